"""Stage 1, sources: every input kind becomes Pages, and every unreadable item becomes a Failure, never an exception.

No parsing and no NLP here: these tests look at what `iter_pages` yields.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fixtures.news import PAREPARE, WONOSOBO, WarcRecord, jsonl_line, story_html, story_text, write_warc

from extractor.errors import FetchError, SourceError
from extractor.records import Failure, Page
from extractor.sources import count_items, is_url, iter_pages, read_url_list


def pages(*sources: object, fetch: object = None) -> list[Page | Failure]:
    return list(iter_pages([str(s) for s in sources], fetch))  # type: ignore[arg-type]


def only_pages(items: list[Page | Failure]) -> list[Page]:
    return [item for item in items if isinstance(item, Page)]


def only_failures(items: list[Page | Failure]) -> list[Failure]:
    return [item for item in items if isinstance(item, Failure)]


# files of each kind


@pytest.mark.parametrize("name", ["wonosobo.html", "wonosobo.htm", "WONOSOBO.HTML"])
def test_html_file_is_one_page_of_raw_bytes(tmp_path: Path, name: str) -> None:
    raw = story_html(WONOSOBO)
    path = tmp_path / name
    path.write_bytes(raw)
    [page] = pages(path)
    assert isinstance(page, Page)
    assert page.html == raw  # bytes as on disk: the parser decodes, and the raw page is stored as is
    assert page.text is None
    assert page.source == str(path)
    assert page.item_id == path.stem


def test_text_file_is_one_page_of_text(tmp_path: Path) -> None:
    path = tmp_path / "parepare.txt"
    path.write_text(story_text(PAREPARE), encoding="utf-8")
    [page] = pages(path)
    assert isinstance(page, Page)
    assert page.text == story_text(PAREPARE)
    assert page.html is None
    assert page.item_id == "parepare"


def test_text_file_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "parepare.txt"
    path.write_bytes("\ufeff".encode() + story_text(PAREPARE).encode())
    [page] = pages(path)
    assert isinstance(page, Page) and page.text is not None
    assert page.text.startswith(PAREPARE.title)


def test_jsonl_lines_become_pages_and_bad_lines_failures(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        jsonl_line(
            id="w-1",
            url="https://wartadaerah.example.id/w",
            title=WONOSOBO.title,
            published="2023-03-14",
            text=WONOSOBO.body,
        ),
        "{this is not json",
        "",  # blank lines are not items
        jsonl_line(id="p-1", html=story_html(PAREPARE).decode()),
        jsonl_line(id="empty", url="https://wartadaerah.example.id/x", title="Tanpa isi"),
        jsonl_line(id="n-1", text=WONOSOBO.body, html=""),
        '["a list", "not an object"]',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = pages(path)

    good = only_pages(items)
    assert [p.source for p in good] == [f"{path}#1", f"{path}#4", f"{path}#6"]
    text_page, html_page, empty_html_page = good
    assert text_page.item_id == "w-1"
    assert text_page.url == "https://wartadaerah.example.id/w"
    assert text_page.title == WONOSOBO.title
    assert text_page.published == "2023-03-14"
    assert text_page.text == WONOSOBO.body and text_page.html is None
    assert html_page.html == story_html(PAREPARE) and html_page.text is None
    assert empty_html_page.text == WONOSOBO.body  # an empty "html" field falls back to "text"

    bad = {f.source: f for f in only_failures(items)}
    assert set(bad) == {f"{path}#2", f"{path}#5", f"{path}#7"}
    assert "not valid JSON" in bad[f"{path}#2"].reason
    assert "no 'text' or 'html'" in bad[f"{path}#5"].reason
    assert all(f.stage == SourceError.stage for f in bad.values())


def test_jsonl_byte_order_mark_does_not_break_the_first_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_bytes("\ufeff".encode() + jsonl_line(id="w-1", text=WONOSOBO.body).encode() + b"\n")
    [page] = pages(path)
    assert isinstance(page, Page)
    assert page.item_id == "w-1"


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_are_pages_others_skipped_or_failed(tmp_path: Path, name: str) -> None:
    wonosobo, parepare = story_html(WONOSOBO), story_html(PAREPARE)
    path = write_warc(
        tmp_path / name,
        [
            WarcRecord("https://wartadaerah.example.id/wonosobo", wonosobo),
            WarcRecord("https://wartadaerah.example.id/logo.png", b"\x89PNG\r\n", content_type="image/png"),
            WarcRecord(
                "https://wartadaerah.example.id/hilang", b"<html>tidak ada</html>", status="404 Not Found"
            ),
            WarcRecord(
                "https://wartadaerah.example.id/laporan.pdf", b"%PDF-1.4", content_type="application/pdf"
            ),
            WarcRecord(
                "https://kabarsulsel.example.id/parepare",
                parepare,
                content_type="application/xhtml+xml; charset=utf-8",
            ),
        ],
    )
    items = pages(path)

    good = only_pages(items)
    assert [p.url for p in good] == [
        "https://wartadaerah.example.id/wonosobo",
        "https://kabarsulsel.example.id/parepare",
    ]
    assert [p.html for p in good] == [wonosobo, parepare]
    [failure] = only_failures(items)
    assert failure.source == "https://wartadaerah.example.id/hilang"
    assert "404" in failure.reason


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("page.warc", b"<html>\n<body><p>a saved page, not an archive</p></body>\n</html>\n"),
        ("page.warc.gz", b"<html>\n<body><p>a saved page, not an archive</p></body>\n</html>\n"),
        # five words on a line look like an old ARC header to warcio
        ("notes.warc", b"these five words are text\nand more text\n"),
        ("empty.warc.gz", b""),
    ],
)
def test_file_that_is_no_warc_is_a_failure_and_the_batch_goes_on(
    tmp_path: Path, name: str, content: bytes
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "wonosobo.html"
    good.write_bytes(story_html(WONOSOBO))
    items = pages(bad, good)
    [failure] = only_failures(items)
    assert failure.source == str(bad)
    assert failure.stage == "read"
    assert [p.source for p in only_pages(items)] == [str(good)]


def test_directory_is_walked_recursively_in_name_order(tmp_path: Path) -> None:
    root = tmp_path / "arsip"
    (root / "2023" / "maret").mkdir(parents=True)
    (root / "b.html").write_bytes(story_html(WONOSOBO))
    (root / "2023" / "maret" / "a.txt").write_text(story_text(PAREPARE), encoding="utf-8")
    (root / "2023" / "c.jsonl").write_text(jsonl_line(id="c", text=PAREPARE.body) + "\n", encoding="utf-8")
    write_warc(
        root / "2023" / "d.warc.gz", [WarcRecord("https://wartadaerah.example.id/d", story_html(WONOSOBO))]
    )
    (root / "catatan.pdf").write_bytes(b"%PDF-1.4")  # kinds we do not read are left alone
    (root / "daftar.csv").write_text("a,b\n")
    items = pages(root)
    assert only_failures(items) == []
    assert [p.source for p in only_pages(items)] == [
        str(root / "2023" / "c.jsonl") + "#1",
        "https://wartadaerah.example.id/d",
        str(root / "2023" / "maret" / "a.txt"),
        str(root / "b.html"),
    ]


def test_unreadable_subdirectory_is_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "arsip"
    (root / "terkunci").mkdir(parents=True)
    (root / "wonosobo.html").write_bytes(story_html(WONOSOBO))
    locked = str(root / "terkunci")
    real_scandir = os.scandir

    def scandir(path: str) -> Iterator[os.DirEntry[str]]:
        # root may read any directory, so a chmod cannot make one unreadable here; refuse it the way the OS would
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = pages(root)
    [failure] = only_failures(items)
    assert failure.source == locked
    assert failure.stage == "read"
    assert "Permission denied" in failure.reason
    assert [p.source for p in only_pages(items)] == [str(root / "wonosobo.html")]


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root may read a directory without permission"
)
def test_unreadable_subdirectory_is_a_failure_for_real(tmp_path: Path) -> None:
    root = tmp_path / "arsip"
    locked = root / "terkunci"
    locked.mkdir(parents=True)
    (locked / "a.html").write_bytes(story_html(WONOSOBO))
    locked.chmod(0)
    try:
        [failure] = pages(root)
    finally:
        locked.chmod(0o755)
    assert isinstance(failure, Failure)
    assert failure.source == str(locked)


# items that cannot be read


def test_invalid_utf8_text_file_is_a_failure_and_the_batch_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "rusak.txt"
    bad.write_bytes(b"Judul\n\nTeks dengan bait \xff\xfe yang bukan UTF-8.")
    good = tmp_path / "parepare.txt"
    good.write_text(story_text(PAREPARE), encoding="utf-8")
    items = pages(bad, good)
    [failure] = only_failures(items)
    assert (failure.source, failure.stage) == (str(bad), "read")
    assert "cannot read the file" in failure.reason
    assert [p.source for p in only_pages(items)] == [str(good)]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("tidak-ada.html", "no such file"),
        ("laporan.pdf", "unsupported file type"),
    ],
)
def test_unusable_path_is_a_failure(tmp_path: Path, name: str, reason: str) -> None:
    path = tmp_path / name
    if name.endswith(".pdf"):
        path.write_bytes(b"%PDF-1.4")
    [failure] = pages(path)
    assert isinstance(failure, Failure)
    assert failure.source == str(path)
    assert reason in failure.reason


# URLs


def test_urls_go_to_the_fetcher_and_fetch_errors_become_failures() -> None:
    good = Page(
        source="https://wartadaerah.example.id/a", url="https://wartadaerah.example.id/a", html=b"<p>x</p>"
    )

    def fetch(url: str) -> Page:
        if url.endswith("/a"):
            return good
        raise FetchError(url, "HTTP 404 Not Found")

    items = pages("https://wartadaerah.example.id/a", "http://wartadaerah.example.id/b", fetch=fetch)
    assert items[0] is good
    assert items[1] == Failure("http://wartadaerah.example.id/b", "fetch", "HTTP 404 Not Found")


def test_urls_without_a_fetcher_are_failures() -> None:
    [failure] = pages("https://wartadaerah.example.id/a")
    assert isinstance(failure, Failure) and failure.stage == "fetch"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("https://wartadaerah.example.id/a", True),
        ("http://127.0.0.1:8000/a", True),
        ("HTTPS://WartaDaerah.example.id/a", True),
        ("arsip/wonosobo.html", False),
        ("/tmp/https:/x.html", False),
        ("ftp://example.id/a.html", False),
    ],
)
def test_is_url(source: str, expected: bool) -> None:
    assert is_url(source) is expected


def test_url_list_ignores_blank_lines_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_bytes(
        "\ufeff# daftar berita evaluasi\nhttps://a.example.id/1\n\n   \n  # https://a.example.id/lewati\n"
        "  https://a.example.id/2  \n".encode()
    )
    assert read_url_list(path) == ["https://a.example.id/1", "https://a.example.id/2"]


def test_missing_url_list_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="cannot read the URL list"):
        read_url_list(tmp_path / "tidak-ada.txt")


# hostile and broken inputs: each a Failure naming the cause, and the batch goes on


def good_page(tmp_path: Path) -> Path:
    path = tmp_path / "baik" / "wonosobo.html"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(story_html(WONOSOBO))
    return path


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("kosong.jsonl", "holds no records"),
        ("kosong.warc", "no WARC record"),
        ("kosong.warc.gz", "no WARC record"),
    ],
)
def test_empty_file_is_a_failure(tmp_path: Path, name: str, reason: str) -> None:
    (tmp_path / name).write_bytes(b"")
    items = pages(tmp_path / name, good_page(tmp_path))
    [failure] = only_failures(items)
    assert (failure.source, failure.stage) == (str(tmp_path / name), "read")
    assert reason in failure.reason
    assert len(only_pages(items)) == 1


@pytest.mark.parametrize("name", ["kosong.html", "kosong.txt"])
def test_empty_page_is_passed_on_for_the_parser_to_name(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"")
    [page] = pages(tmp_path / name)
    assert isinstance(page, Page) and not (page.html or page.text)


@pytest.mark.parametrize(
    ("name", "reason"),
    [("acak.txt", "not UTF-8 text"), ("acak.warc", "not a WARC file"), ("acak.warc.gz", "not a WARC file")],
)
def test_binary_file_is_a_failure(tmp_path: Path, name: str, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(bytes(range(256)) * 64)
    items = pages(path, good_page(tmp_path))
    [failure] = only_failures(items)  # one failure for the file, not one per attempt at reading it
    assert (failure.source, failure.stage) == (str(path), "read")
    assert reason in failure.reason
    assert len(only_pages(items)) == 1


def test_binary_jsonl_gives_one_failure_per_line(tmp_path: Path) -> None:
    path = tmp_path / "acak.jsonl"
    path.write_bytes(b"\xff\xfe\x00garbage\n\x00\x01PNG\n" + jsonl_line(id="w", text=WONOSOBO.body).encode())
    items = pages(path)
    assert [type(i).__name__ for i in items] == ["Failure", "Failure", "Page"]
    assert "not UTF-8" in items[0].reason  # type: ignore[union-attr]
    assert "not valid JSON" in items[1].reason  # type: ignore[union-attr]


def test_utf16_text_file_with_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "parepare.txt"
    path.write_bytes(story_text(PAREPARE).encode("utf-16"))
    [page] = pages(path)
    assert isinstance(page, Page) and page.text == story_text(PAREPARE)


@pytest.mark.parametrize("name", ["besar.html", "besar.txt"])
def test_file_over_the_size_limit_is_a_failure_and_not_read(
    tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / name
    with path.open("wb") as out:  # 60 MB without writing 60 MB: a sparse file
        out.truncate(60_000_000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("an oversized file was read"))
    [failure] = list(iter_pages([str(path)], max_bytes=10_000_000))
    assert isinstance(failure, Failure) and failure.stage == "read"
    assert "60000000 bytes, over the limit of 10000000 bytes" in failure.reason


def test_jsonl_line_over_the_size_limit_is_a_failure_and_the_next_line_is_read(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    huge = jsonl_line(id="besar", text="kota " * 500_000)  # 2.5 MB on one line
    path.write_text(huge + "\n" + jsonl_line(id="kecil", text=WONOSOBO.body) + "\n", encoding="utf-8")
    items = list(iter_pages([str(path)], max_bytes=1_000_000))
    assert isinstance(items[0], Failure) and items[0].source == f"{path}#1"
    assert f"line 1 is {len(huge) + 1} bytes, over the limit" in items[0].reason
    assert isinstance(items[1], Page) and items[1].item_id == "kecil" and items[1].source == f"{path}#2"


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ('{"text": ["a", "b"]}', "field 'text' must be a string, not an array"),
        ('{"html": {"body": "x"}}', "field 'html' must be a string, not an object"),
        ('{"text": "Teks.", "url": 42}', "field 'url' must be a string, not a number"),
        ('{"text": "Teks.", "title": true}', "field 'title' must be a string, not true/false"),
        ('{"text": "Teks.", "published": 20230314}', "field 'published' must be a string"),
        ('{"text": "Teks.", "id": {"a": 1}}', "field 'id' must be a string or a number"),
        ('["text", "html"]', "has no 'text' or 'html' field"),
        ('"text"', "has no 'text' or 'html' field"),
        ("null", "has no 'text' or 'html' field"),
        ('{"title": "Hanya judul"}', "has no 'text' or 'html' field"),
        ('{"text": "Teks"', "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "not valid JSON"),
        ('{"text": NaN}', "must be a string, not a number"),
    ],
)
def test_jsonl_record_of_the_wrong_shape_is_a_failure(tmp_path: Path, record: str, reason: str) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(record + "\n" + jsonl_line(id="ok", text=WONOSOBO.body) + "\n", encoding="utf-8")
    items = pages(path)
    assert isinstance(items[0], Failure) and items[0].stage == "read"
    assert reason in items[0].reason
    assert isinstance(items[1], Page) and items[1].item_id == "ok"


def test_jsonl_null_fields_are_absent_and_numeric_id_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": 7, "text": "Teks berita.", "url": null, "title": null}\n', encoding="utf-8")
    [page] = pages(path)
    assert isinstance(page, Page) and (page.item_id, page.url, page.title) == ("7", None, None)


def test_warc_without_html_responses_is_a_failure(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "gambar.warc.gz", [
        WarcRecord("https://wartadaerah.example.id/logo.png", b"\x89PNG\r\n", content_type="image/png"),
        WarcRecord("https://wartadaerah.example.id/feed", b"<rss/>", content_type="application/rss+xml"),
    ])
    [failure] = pages(path)
    assert isinstance(failure, Failure) and failure.source == str(path)
    assert "no HTML response among the 3 WARC records" in failure.reason  # warcinfo + 2 responses


def test_warc_record_over_the_size_limit_is_a_failure(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "besar.warc.gz", [
        WarcRecord("https://wartadaerah.example.id/besar", b"<p>" + b"kota " * 400_000 + b"</p>"),
        WarcRecord("https://wartadaerah.example.id/wonosobo", story_html(WONOSOBO)),
    ])
    items = list(iter_pages([str(path)], max_bytes=1_000_000))
    assert isinstance(items[0], Failure) and items[0].source == "https://wartadaerah.example.id/besar"
    assert "over the limit of 1000000 bytes" in items[0].reason
    assert isinstance(items[1], Page) and items[1].html == story_html(WONOSOBO)


def test_truncated_warc_keeps_the_records_before_the_break(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "potong.warc.gz", [
        WarcRecord("https://wartadaerah.example.id/wonosobo", story_html(WONOSOBO)),
        WarcRecord("https://kabarsulsel.example.id/parepare", story_html(PAREPARE) * 20),
    ])
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) - 300])
    items = pages(path, good_page(tmp_path))
    assert isinstance(items[0], Page) and items[0].url == "https://wartadaerah.example.id/wonosobo"
    assert isinstance(items[1], Failure) and items[1].source == "https://kabarsulsel.example.id/parepare"
    assert "WARC record is truncated" in items[1].reason
    assert isinstance(items[2], Page) and items[2].source.endswith("wonosobo.html")  # the batch went on


@pytest.mark.parametrize("name", ["nama\x00nul.html", "x" * 5000 + ".html"], ids=["nul-byte", "name-too-long"])
def test_impossible_path_is_a_failure(name: str) -> None:
    [failure] = pages(name)
    assert isinstance(failure, Failure) and failure.stage == "read"


def test_unexpected_fetcher_error_is_a_failure() -> None:
    def fetch(url: str) -> Page:
        raise UnicodeError("label too long")

    [failure] = pages("https://wartadaerah.example.id/a", fetch=fetch)
    assert failure == Failure("https://wartadaerah.example.id/a", "fetch", "unexpected error: UnicodeError: "
                              "label too long")


def test_jsonl_with_only_an_oversized_line_has_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "besar.jsonl"
    path.write_text('{"id": "x", "text": "' + "kota " * 300_000 + '"}', encoding="utf-8")
    items = list(iter_pages([str(path)], max_bytes=1_000_000))
    assert len(items) == 1 and isinstance(items[0], Failure) and "over the limit" in items[0].reason


# the total a progress display shows


def test_count_items_counts_what_iter_pages_yields(tmp_path: Path) -> None:
    folder = tmp_path / "berita"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.html").write_bytes(story_html(PAREPARE))
    (folder / "sub" / "b.txt").write_text(story_text(WONOSOBO), encoding="utf-8")
    (folder / "notes.md").write_text("not an article")
    lines = tmp_path / "batch.jsonl"
    # three records, a blank line between two of them, the last without a newline (a block boundary inside
    # a line is covered by the 1 MB line)
    lines.write_text(jsonl_line(id="1", text=story_text(PAREPARE)) + "\n" + jsonl_line(id="2", text="x" * 2**20)
                     + "\n  \n" + jsonl_line(id="3", text=story_text(WONOSOBO)), encoding="utf-8")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    sources = [str(folder), str(lines), str(empty), "https://example.org/berita", str(tmp_path / "missing.html")]
    assert count_items(sources) == len(list(iter_pages(sources))) == 8


def test_count_items_does_not_read_warc_files(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "crawl.warc.gz", [WarcRecord("https://example.org/a", story_html(PAREPARE))])
    assert count_items([str(warc)]) is None
    assert count_items([str(tmp_path)]) is None  # a directory holding one
