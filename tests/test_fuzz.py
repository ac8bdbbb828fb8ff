"""Property and fuzz tests of reading, parsing and NLP: any input gives a result or a typed error, in bounded time.

Hypothesis runs derandomised with a modest number of examples, so the suite stays fast and deterministic.
`FUZZ_EXAMPLES=5000 python -m pytest tests/test_fuzz.py` runs a longer, randomised search.
"""

from __future__ import annotations

import json
import os
import signal
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from fixtures.news import WONOSOBO, story_html, story_text
from fixtures.support import CliRun, assert_clean_output
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import pipeline
from extractor.errors import ExtractorError, ParseError, TimeLimitError
from extractor.limits import time_limit, time_limit_available
from extractor.parse import decode_html, parse_page
from extractor.records import Article, Extraction, Failure, Page
from extractor.settings import Settings
from extractor.sources import iter_pages
from extractor.summary import extract_article

SETTINGS = Settings()
FUZZ = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")), deadline=None,
                derandomize="FUZZ_EXAMPLES" not in os.environ, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Pieces of markup and of Indonesian news text, so that generated input reaches past the first checks into the
# grammars for dates, scores, regions and people.
TAGS = ["<html>", "</html>", "<body>", "</body>", "<p>", "</p>", "<div>", "</div>", "<article>", "<h1>", "<br>",
        "<script>", "</script>", "<!--", "-->", "<table><tr><td>", "<meta charset='utf-16'>", "<![CDATA[", "&amp;",
        "&#0;", "&#x110000;", "<title>", "<a href='javascript:x'>", "<p <p", "<", ">", "\x00", "\ufeff"]
WORDS = ["Kota", "Kabupaten", "Bandung", "Wonosobo", "Parepare", "Bupati", "Wali", "Kota", "smart", "city",
         "evaluasi", "tahap", "II", "nilai", "skor", "3,45", "98.7", "indeks", "14", "Maret", "2023", "(14/3)",
         "Selasa", "Dr.", "H.", "S.Kom.,", "M.Si", "Kemenkominfo", "dimensi", "smart governance", "aplikasi",
         "inovasi", "“", "”", "—", ".", ",", ":", ";", "\n", "\n\n", "Rp", "1.000", "%", "ke-3", "Prof.", "Ir."]
words = st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=80).map(" ".join)
markup = st.lists(st.sampled_from(TAGS) | words, max_size=40).map("".join)
codecs_ = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1", "utf-32"])


def encode(text: str, codec: str) -> bytes:
    return text.encode(codec, errors="replace")


# decoding and parsing


@FUZZ
@given(st.binary(max_size=4000))
def test_decode_html_takes_any_bytes(raw: bytes) -> None:
    assert isinstance(decode_html(raw), str)


@FUZZ
@given(st.binary(max_size=4000) | st.builds(encode, markup, codecs_))
def test_parse_html_gives_an_article_or_a_parse_error(raw: bytes) -> None:
    try:
        article = parse_page(Page(source="fuzz.html", html=raw), replace(SETTINGS, min_text_chars=1, languages=()))
    except ParseError as exc:
        assert exc.reason and exc.stage == "parse"
    else:
        assert isinstance(article, Article)


@FUZZ
@given(st.text(max_size=3000) | words)
def test_parse_text_gives_an_article_or_a_parse_error(text: str) -> None:
    try:
        article = parse_page(Page(source="fuzz.txt", text=text), replace(SETTINGS, min_text_chars=1, languages=()))
    except ParseError as exc:
        assert exc.reason
    else:
        assert article.text.strip()


@FUZZ
@given(st.text(max_size=3000) | words, st.none() | st.dates())
def test_nlp_takes_any_text(text: str, published: object) -> None:
    article = Article(id="fuzz", source="fuzz.txt", url=None, title=None, text=text, published=published)  # type: ignore[arg-type]
    try:
        extraction = extract_article(article)
    except ExtractorError:
        return
    assert isinstance(extraction, Extraction)
    for mention in extraction.mentions:
        assert 0 <= mention.start <= mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.text


@FUZZ
@given(st.binary(max_size=3000) | st.builds(encode, markup, codecs_) | words.map(str.encode))
def test_process_page_never_fails_unexpectedly(raw: bytes) -> None:
    result = pipeline.process_page(Page(source="fuzz.html", html=raw), SETTINGS)
    if isinstance(result, Failure):
        assert not result.reason.startswith("unexpected error"), result.reason
    else:
        assert isinstance(result, Extraction)


# reading files of any content


JSON_PIECES = ['{"text": ', '{"html": ', '"Kota Bandung"', "null", "[", "]", "{", "}", ",", ":", '"id"', "1e400",
               '"\\ud800"', "NaN", "true", "\n", '"url": ', "\\", '"']


@FUZZ
@given(
    st.sampled_from([".jsonl", ".warc", ".warc.gz", ".txt", ".html"]),
    st.binary(max_size=3000) | st.lists(st.sampled_from(JSON_PIECES), max_size=60).map(lambda p: "".join(p).encode()),
)
def test_any_file_gives_pages_or_failures(suffix: str, raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(raw)
        items = list(iter_pages([str(path)], max_bytes=2000))
    assert items  # an empty or unusable file is a failure, never silence
    for item in items:
        assert isinstance(item, (Page, Failure))
        if isinstance(item, Failure):
            assert item.stage == "read" and item.reason


# JSON numbers as written: small, negative, and longer than Python converts (4300 digits)
json_integers = st.integers().map(str) | st.integers(1, 9000).map(lambda n: "9" * n)
# any code point, lone surrogates and NUL included (st.text() leaves surrogates out unless told)
any_text = st.text(st.characters(exclude_categories=())) | st.sampled_from(["\udc80", "kota\x00", "\ud800x"])
jsonl_fields = st.fixed_dictionaries({}, optional={
    "id": any_text | st.none(), "url": any_text, "title": any_text, "published": any_text, "text": any_text,
    "html": any_text})


def jsonl_record(fields: dict[str, object], number: str | None) -> bytes:
    """One JSONL line (surrogates as \\u escapes), with an integer "id" spliced in as written when given."""
    line = json.dumps(fields)
    if number is not None:
        line = f'{{"id": {number}' + (", " + line[1:] if fields else "}")
        line = line.replace(', "id": null', "")
    return line.encode() + b"\n"


@FUZZ
@given(st.lists(st.builds(jsonl_record, jsonl_fields, st.none() | json_integers), min_size=1, max_size=5))
def test_jsonl_records_of_any_unicode_and_integers_fail_one_line_each(lines: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.jsonl"
        path.write_bytes(b"".join(lines))
        items = list(iter_pages([str(path)]))
    assert [item.source for item in items] == [f"{path}#{n}" for n in range(1, len(lines) + 1)]
    for item in items:
        if isinstance(item, Failure):
            assert item.stage == "read" and "unexpected" not in item.reason and "cannot be read" not in item.reason
        else:  # what a page holds can be hashed and stored
            for value in (item.source, item.url, item.title, item.published, item.text, item.item_id):
                assert value is None or b"\x00" not in value.encode("utf-8")  # encodes: no lone surrogate


# bounded time per document


def slow(seconds: float) -> None:
    """Busy Python work for about `seconds` (interruptible, as parsing and NLP code is between C calls)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        sum(range(1000))


needs_signals = pytest.mark.skipif(not time_limit_available(), reason="no SIGALRM here")


@needs_signals
@pytest.mark.parametrize("stage", ["parse", "nlp"])
def test_document_over_the_time_limit_is_a_failure(monkeypatch: pytest.MonkeyPatch, stage: str) -> None:
    real_parse = pipeline.parse_page
    if stage == "parse":
        monkeypatch.setattr(pipeline, "parse_page", lambda page, s: (slow(30), real_parse(page, s))[1])
    else:
        monkeypatch.setattr(pipeline, "extract_article", lambda article: slow(30))
    page = Page(source="lambat.txt", text=story_text(WONOSOBO))
    result = pipeline.process_page(page, replace(SETTINGS, time_limit=0.2))
    assert result == Failure("lambat.txt", stage, "took longer than 0.2 s (raise --time-limit if it is genuine)")
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL  # the handler is put back
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@needs_signals
def test_document_within_the_time_limit_is_untouched() -> None:
    page = Page(source="wonosobo.html", html=story_html(WONOSOBO))
    result = pipeline.process_page(page, replace(SETTINGS, time_limit=60))
    assert isinstance(result, Extraction)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_no_time_limit_when_zero_or_outside_the_main_thread() -> None:
    with time_limit(0, "x"):
        slow(0.05)
    outcome: list[str] = []

    def work() -> None:
        assert not time_limit_available()
        with time_limit(0.01, "x"):
            slow(0.05)
        outcome.append("done")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert outcome == ["done"]


@needs_signals
def test_time_limit_raises_a_typed_error() -> None:
    with pytest.raises(TimeLimitError, match="took longer than 0.05 s"), time_limit(0.05, "x"):
        slow(30)


# the whole command on a batch of bad inputs


def test_a_batch_of_bad_inputs_ends_in_failures_not_a_traceback(cli: CliRun, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    depth = 50_000
    bad = {
        "kosong.html": b"",
        "acak.html": bytes(range(256)) * 50,
        "dalam.html": b"<html><body>" + b"<div>" * depth + WONOSOBO.body.encode() + b"</div>" * depth,
        "tanpa-body.html": b"<html><head><title>x</title></head></html>",
        "besar.html": b"<p>" + b"kota " * 300_000 + b"</p>",
        "inggris.txt": b"The city government presented its digital services to the assessors. " * 10,
        "acak.txt": bytes(range(128, 256)) * 20,
        "rusak.jsonl": b'{"text": \n[1, 2]\n{"html": 5}\n',
        "kosong.jsonl": b"",
        "acak.warc.gz": bytes(range(256)) * 20,
    }
    for name, raw in bad.items():
        (batch / name).write_bytes(raw)
    (batch / "wonosobo.html").write_bytes(story_html(WONOSOBO))
    result = cli("extract", "--max-bytes", "1000000", "--time-limit", "30", batch)
    assert_clean_output(result)
    assert result.exit_code == 1
    assert len(result.stdout.strip().splitlines()) == 1  # the one good article
    for name in bad:
        assert str(batch / name) in result.stderr
    assert "nested too deeply" in result.stderr
    assert "over the limit of 1000000 bytes" in result.stderr
    assert "unexpected error" not in result.stderr
