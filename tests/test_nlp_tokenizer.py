"""Tokenizer: abbreviations with dots stay whole, whitespace has no special-case rules."""

from __future__ import annotations

import pickle

import pytest
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from extractor.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "abbreviation"),
    [
        ("Kantor Kab. Sleman ramai sejak pagi.", "Kab."),
        ("Sambutan dibacakan Ir. Hendra Wiratama di aula.", "Ir."),
        ("Laporan disusun Dewi Anggraini, ST. bersama tim.", "ST."),
        ("Materi dibawakan Rahmat Hidayat, S.IP. kepada peserta.", "S.IP."),
        ("Narasumber Agus Salim, M.Si. menjawab pertanyaan.", "M.Si."),
        ("Acara dibuka Dr. Wulan Sari di pendopo.", "Dr."),
        ("Rombongan Hj. Nur Aini tiba siang hari.", "Hj."),
        ("Tim meninjau Prov. Jawa Tengah pekan ini.", "Prov."),
        ("Posko berada di Jl. Merdeka nomor sepuluh.", "Jl."),
    ],
)
def test_abbreviation_is_one_token(nlp: Language, text: str, abbreviation: str) -> None:
    assert abbreviation in [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize(
    ("text", "last_two"),
    [
        ("Warga datang ke balai desa.", ["desa", "."]),
        ("Apakah aplikasinya sudah jalan?", ["jalan", "?"]),
        ("Program itu berhasil!", ["berhasil", "!"]),
    ],
)
def test_sentence_final_punctuation_is_split(nlp: Language, text: str, last_two: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)][-2:] == last_two


def test_no_whitespace_only_special_cases(nlp: Language) -> None:
    assert isinstance(nlp.tokenizer, Tokenizer)
    rules = nlp.tokenizer.rules or {}
    assert [key for key in rules if key.strip() == ""] == []


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("satu\ndua", ["satu", "\n", "dua"]),
        ("satu\n\ndua", ["satu", "\n\n", "dua"]),
        ("satu  dua", ["satu", " ", "dua"]),
    ],
)
def test_whitespace_still_tokenised(nlp: Language, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)] == tokens


# The special cases wait until a text needs them (extractor/nlp/tokenizer.py): the tokens must be exactly those of
# spaCy's Tokenizer holding every rule, whatever the context and whichever rules were added before.


@pytest.fixture(scope="module")
def eager(nlp: Language) -> Tokenizer:
    lazy = nlp.tokenizer
    return Tokenizer(nlp.vocab, rules=lazy.rules, prefix_search=lazy.prefix_search, suffix_search=lazy.suffix_search,
                     infix_finditer=lazy.infix_finditer, token_match=lazy.token_match, url_match=lazy.url_match)


def _tokens(doc: Doc) -> list[tuple[str, int, str, str]]:
    return [(t.text, t.idx, t.whitespace_, t.norm_) for t in doc]


CONTEXTS = ["{k}", "({k})", "{k}.", '"{k}"', "{k}-{o}", "x{k}", "{k}x", "-{k}", "{k},", "({k}).", "{k}-nya",
            "{spaced}", "{split}", "{broken}", "{o} {k} {o}"]


def _adversarial_texts(rules: dict[str, object]) -> list[str]:
    """Every special case in turn, in contexts that cut, glue, space or wrap it, mixed with other rules."""
    keys = sorted(rules)
    texts = []
    for start in range(0, len(keys), 400):
        words = []
        for i, key in enumerate(keys[start:start + 400]):
            other = keys[(i * 7919) % len(keys)]
            context = CONTEXTS[i % len(CONTEXTS)]
            words.append(context.format(k=key, o=other, spaced=key.replace("-", " - ", 1),
                                        split=key.replace("-", " -", 1), broken=key.replace("-", "-\n", 1)))
        texts.append(" ".join(words))
    return texts


def test_waiting_special_cases_give_the_tokens_of_all_rules(eager: Tokenizer) -> None:
    from extractor.nlp.tokenizer import create_tokenizer

    rules = eager.rules
    texts = _adversarial_texts(rules) + [ARTICLE_TEXT]
    for text in texts:  # a fresh tokenizer per text: only what that text needed has been added
        fresh = create_tokenizer()(load_pipeline())
        assert _tokens(fresh(text)) == _tokens(eager(text))
    running = create_tokenizer()(load_pipeline())
    for text in reversed(texts):  # and one tokenizer across all texts, its cache warm
        assert _tokens(running(text)) == _tokens(eager(text))


def test_tokenizer_serializes_and_pickles_every_rule(nlp: Language, eager: Tokenizer) -> None:
    from extractor.nlp.tokenizer import SmartcityTokenizer

    lazy = nlp.tokenizer
    assert isinstance(lazy, SmartcityTokenizer)
    assert lazy.to_bytes(exclude=["vocab"]) == eager.to_bytes(exclude=["vocab"])
    copy = pickle.loads(pickle.dumps(lazy))
    assert isinstance(copy, SmartcityTokenizer) and copy.rules == eager.rules
    text = "Program kota-kota cerdas (Abu-Abu) di Kab. Sleman."
    assert _tokens(copy(text)) == _tokens(eager(text))


ARTICLE_TEXT = ("Pemkab Sleman menggelar bimtek masing-masing OPD; kegiatan-kegiatan e-Government\n"
                "dan sub-sub dimensi dibahas (Smart-Governance, Kabupaten/Kota) bersama tim-tim asesor.")


def test_threads_sharing_a_fresh_tokenizer_get_the_tokens_of_all_rules(eager: Tokenizer) -> None:
    # dask runs extraction in threads of one process: the first texts add rules while others tokenize
    from concurrent.futures import ThreadPoolExecutor

    from extractor.nlp.tokenizer import create_tokenizer

    texts = _adversarial_texts(eager.rules)[:8] + [ARTICLE_TEXT] * 4
    expected = [_tokens(eager(text)) for text in texts]
    for _ in range(3):
        fresh = create_tokenizer()(load_pipeline())
        with ThreadPoolExecutor(max_workers=4) as pool:
            assert [_tokens(doc) for doc in pool.map(fresh, texts)] == expected


# The prefix regex is written for speed (prefix_regex): its matches must be those of spaCy's own.
PREFIX_PROBES = ["/km", "(Sleman", '"Kota', "Rp5", "US$3", "$10", "...lanjut", "<b/>teks", "<a href=x>tautan",
                 "kata<a href=y>lagi", "x<a>", "—kata", "+62", "+x", "Kota", "", " ", "\n", "§3", "<br />a", "«ya»"]


@pytest.mark.parametrize("text", PREFIX_PROBES)
def test_prefix_regex_matches_as_spacys(text: str) -> None:
    from spacy.lang.id import Indonesian
    from spacy.util import compile_prefix_regex

    from extractor.nlp.tokenizer import prefix_regex

    prefixes = Indonesian.Defaults.prefixes
    ours, spacys = prefix_regex(prefixes).search(text), compile_prefix_regex(prefixes).search(text)
    assert (ours and ours.span()) == (spacys and spacys.span())


def test_pipeline_reads_the_fast_prefix_regex(nlp: Language) -> None:
    from spacy.lang.id import Indonesian

    from extractor.nlp.tokenizer import MARK_RUN, prefix_regex

    expected = prefix_regex([MARK_RUN, *Indonesian.Defaults.prefixes]).pattern
    assert nlp.tokenizer.prefix_search.__self__.pattern == expected


@pytest.mark.parametrize("mark", ["(", ")", "/", '"', "()"])
def test_a_long_run_of_marks_is_one_token(nlp: Language, mark: str) -> None:
    """A run of MARK_RUN's 64 marks or more at a word's start or end is one token (spaCy strips an affix at a time
    and searches the rest again: 8 s for 6,000 "(" before; a run of 50,000 would stall the suite); a shorter run is
    split as before."""
    run = mark * (50_000 // len(mark))
    tokens = [t.text for t in nlp.make_doc(f"Kata {run} lalu kata{run} lalu {run}kata.")]
    assert tokens == ["Kata", run, "lalu", "kata", run, "lalu", run, "kata", "."]
    assert len(nlp.make_doc("(" * 63)) == 63
