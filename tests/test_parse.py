"""Stage 2, parse: a Page becomes an Article with main text and metadata, or a ParseError saying why not."""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import replace
from datetime import date

import pytest
from fixtures.news import ENGLISH, NAV_ONLY_HTML, PAREPARE, WONOSOBO, news_html, story_html, story_text

from extractor.errors import ParseError
from extractor.parse import decode_html, detect_language, parse_page
from extractor.records import Article, Page
from extractor.settings import Settings

SETTINGS = Settings()


def parse_html(html: bytes, url: str | None = None, **page: str) -> Article:
    return parse_page(Page(source="arsip/berita.html", url=url, html=html, **page), SETTINGS)  # type: ignore[arg-type]


# metadata


@pytest.mark.parametrize(
    ("meta_dates", "json_ld"),
    [(True, True), (True, False), (False, True)],
    ids=["meta-and-json-ld", "meta-tags-only", "json-ld-only"],
)
def test_metadata_from_html(meta_dates: bool, json_ld: bool) -> None:
    html = story_html(WONOSOBO, meta_dates=meta_dates, json_ld=json_ld)
    article = parse_page(Page(source="arsip/wonosobo.html", html=html, item_id="wonosobo"), SETTINGS)
    assert article.title == WONOSOBO.title
    assert article.canonical_url == WONOSOBO.canonical
    assert article.site == WONOSOBO.site
    # the page was updated on 2023-06-02 (dateModified, listed first); the original publication date counts
    assert WONOSOBO.modified == "2023-06-02"
    assert article.published == date(2023, 3, 14)
    assert article.language == "id"
    assert article.id == "wonosobo"


def test_main_text_has_the_paragraphs_and_not_the_site_chrome() -> None:
    article = parse_html(story_html(WONOSOBO))
    for paragraph in WONOSOBO.paragraphs:
        assert paragraph in article.text
    for chrome in ("Beranda", "Terpopuler", "Harga cabai", "Hak cipta", "Pedoman Media Siber"):
        assert chrome not in article.text


def test_raw_digest_is_sha256_of_the_raw_bytes() -> None:
    html = story_html(PAREPARE)
    assert parse_html(html).raw_sha256 == hashlib.sha256(html).hexdigest()


@pytest.mark.parametrize(
    ("canonical", "expected"),
    [
        (
            "https://WartaDaerah.example.id/daerah/wonosobo?utm_source=facebook&utm_medium=social",
            "https://wartadaerah.example.id/daerah/wonosobo",
        ),
        (
            "https://wartadaerah.example.id:443/daerah/wonosobo?page=2&fbclid=abc",
            "https://wartadaerah.example.id/daerah/wonosobo?page=2",
        ),
        (
            "https://wartadaerah.example.id/daerah/wonosobo#komentar",
            "https://wartadaerah.example.id/daerah/wonosobo",
        ),
    ],
)
def test_canonical_url_is_normalised(canonical: str, expected: str) -> None:
    article = parse_html(story_html(WONOSOBO, canonical=canonical))
    assert article.canonical_url == expected


def test_page_url_is_kept_and_used_when_there_is_no_canonical_link() -> None:
    url = "https://wartadaerah.example.id/daerah/wonosobo?utm_campaign=wa"
    article = parse_html(story_html(WONOSOBO, canonical=None), url=url)
    assert article.url == url
    assert article.canonical_url == "https://wartadaerah.example.id/daerah/wonosobo"
    assert article.id == url  # no item id: the URL names it


def test_publication_date_given_by_the_source_is_the_fallback() -> None:
    html = story_html(PAREPARE, meta_dates=False, json_ld=False)
    assert parse_html(html, published="2022-08-10").published == date(2022, 8, 10)


@pytest.mark.parametrize(
    "declaration",
    [
        '<meta charset="{charset}">',
        '<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
    ],
)
@pytest.mark.parametrize("charset", ["windows-1252", "iso-8859-1"])
def test_page_in_a_declared_legacy_charset_is_decoded_by_it(declaration: str, charset: str) -> None:
    quoted = replace(
        PAREPARE,
        paragraphs=(
            PAREPARE.paragraphs[0],
            "“Kami ingin perizinan selesai dalam sehari,” kata Wali Kota Parepare — sambil menunjuk layar di aula. "
            + PAREPARE.paragraphs[1],
            PAREPARE.paragraphs[2],
        ),
    )
    html = story_html(quoted, charset="cp1252").replace(
        b'<meta charset="cp1252">', declaration.format(charset=charset).encode()
    )
    with pytest.raises(UnicodeDecodeError):
        html.decode("utf-8")
    text = parse_html(html).text
    assert "“Kami ingin perizinan selesai dalam sehari,” kata Wali Kota Parepare — sambil" in text
    assert "\ufffd" not in text


def test_utf8_byte_order_mark_is_not_text() -> None:
    assert decode_html("\ufeff<p>Kota</p>".encode()) == "<p>Kota</p>"


# plain text


@pytest.mark.parametrize(
    ("text", "title", "first_words"),
    [
        (story_text(PAREPARE), PAREPARE.title, "PAREPARE —"),
        # a first line that ends a sentence is body text, not a headline
        (PAREPARE.body, None, "PAREPARE —"),
        (f"{PAREPARE.title}\r\n{PAREPARE.body}", PAREPARE.title, "PAREPARE —"),
        # a credit line opening the text is the byline, not a headline
        (f"LAPORAN : ANI\n{PAREPARE.body}", None, "LAPORAN : ANI"),
        # a hard-wrapped lead that opens with its date is no headline; a dated headline in capitals is
        (f"Selasa, 3 Oktober 2023, hari pertama sosialisasi\nkota cerdas dibuka di aula.\n{PAREPARE.body}", None,
         "Selasa, 3 Oktober 2023, hari"),
        (f"Selasa, 3 Oktober 2023, Parepare Raih Penghargaan\n{PAREPARE.body}",
         "Selasa, 3 Oktober 2023, Parepare Raih Penghargaan", "PAREPARE —"),
        # a page template's date line with the month first is no headline either (its year would date the scores)
        (f"Kamis, November 7, 2024\n{PAREPARE.body}", None, "Kamis, November 7, 2024"),
    ],
)
def test_text_first_line_is_the_headline_when_it_looks_like_one(
    text: str, title: str | None, first_words: str
) -> None:
    article = parse_page(Page(source="arsip/parepare.txt", text=text, item_id="parepare"), SETTINGS)
    assert article.title == title
    assert article.text.startswith(first_words)
    assert article.raw_sha256 == hashlib.sha256(text.encode()).hexdigest()
    assert article.published is None and article.canonical_url is None


def test_text_with_a_given_title_is_not_split() -> None:
    page = Page(
        source="b.jsonl#1",
        text=story_text(WONOSOBO),
        title="Judul dari JSONL",
        published="2023-03-14",
        url="https://wartadaerah.example.id/w?utm_source=x",
    )
    article = parse_page(page, SETTINGS)
    assert article.title == "Judul dari JSONL"
    assert article.text.startswith(WONOSOBO.title)
    assert article.published == date(2023, 3, 14)
    assert article.canonical_url == "https://wartadaerah.example.id/w"


# pages without a usable Indonesian article


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        (Page(source="kosong.html", html=b""), "the page is empty"),
        (Page(source="spasi.html", html=b"  \n\t "), "the page is empty"),
        (Page(source="kosong.txt", text=" \n "), "the item is empty"),
        (Page(source="nihil.jsonl#1"), "neither HTML nor text"),
        (Page(source="indeks.html", html=NAV_ONLY_HTML), "no article text"),
        (
            Page(source="pendek.html", html=news_html("Singkat", ["Wonosobo dievaluasi hari ini."])),
            "no article text",
        ),
        (Page(source="english.html", html=story_html(ENGLISH, lang="en")), "in 'en'"),
        (Page(source="english.txt", text=story_text(ENGLISH)), "in 'en'"),
    ],
    ids=[
        "empty",
        "whitespace",
        "empty-text",
        "no-content",
        "navigation-only",
        "too-short",
        "english-html",
        "english-text",
    ],
)
def test_page_without_an_indonesian_article_raises_parse_error(page: Page, reason: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_page(page, SETTINGS)
    assert reason in info.value.reason
    assert info.value.item == page.source
    assert info.value.stage == "parse"
    assert info.value.fix


@pytest.mark.parametrize(
    ("text", "code"), [(WONOSOBO.body, "id"), (PAREPARE.body, "id"), (ENGLISH.body, "en")]
)
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


# hostile and broken pages: each a ParseError naming the cause, or a correct article


QUOTED = replace(
    PAREPARE,
    paragraphs=(
        "“Kami ingin perizinan selesai dalam sehari,” kata Wali Kota Parepare — sambil menunjuk layar di aula. "
        + PAREPARE.paragraphs[0],
        *PAREPARE.paragraphs[1:],
    ),
)
QUOTE = "“Kami ingin perizinan selesai dalam sehari,” kata Wali Kota Parepare — sambil"


def test_windows_1252_page_declared_as_utf8_keeps_its_characters() -> None:
    html = story_html(QUOTED, charset="cp1252").replace(b'<meta charset="cp1252">', b'<meta charset="utf-8">')
    with pytest.raises(UnicodeDecodeError):
        html.decode("utf-8")
    text = parse_html(html).text
    assert QUOTE in text
    assert "\ufffd" not in text


def test_latin1_page_without_a_declaration_is_read_as_windows_1252() -> None:
    html = story_html(QUOTED, charset="cp1252").replace(b'<meta charset="cp1252">', b"")
    assert QUOTE in parse_html(html).text


def test_utf8_page_with_a_few_legacy_bytes_keeps_both() -> None:
    # a UTF-8 template around an article pasted from a Windows-1252 source
    html = story_html(QUOTED).replace("sehari,”".encode(), b"sehari,\x94")
    text = parse_html(html).text
    assert QUOTE in text
    assert "Wali Kota Parepare — sambil" in text  # the UTF-8 dash is still one character


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_pages_with_or_without_byte_order_mark(codec: str) -> None:
    html = story_html(QUOTED).decode("utf-8").encode(codec)
    assert QUOTE in parse_html(html).text


def test_declared_utf16_on_an_ascii_page_is_ignored() -> None:
    html = story_html(QUOTED).replace(b'<meta charset="utf-8">', b'<meta charset="utf-16">')
    assert QUOTE in parse_html(html).text


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (bytes(range(256)) * 40, "binary data, not HTML"),
        (b"\x00" * 5000, "binary data, not HTML"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary data, not HTML"),
        (gzip.compress(b"<html><body><p>kota</p></body></html>" * 50), "gzip-compressed data"),
        (b"PK\x03\x04" + b"\x00" * 100, "zip-compressed data"),
    ],
    ids=["all-bytes", "nul-bytes", "png", "gzip", "zip"],
)
def test_binary_or_compressed_file_is_not_html(raw: bytes, reason: str) -> None:
    with pytest.raises(ParseError, match=reason) as info:
        parse_html(raw)
    assert info.value.stage == "parse" and info.value.fix


@pytest.mark.parametrize("closed", [True, False], ids=["closed", "unclosed"])
def test_deeply_nested_page_says_so(closed: bool) -> None:
    depth = 300_000
    body = "".join(f"<p>{p}</p>" for p in WONOSOBO.paragraphs)
    html = "<html><body>" + "<div>" * depth + body + ("</div>" * depth if closed else "") + "</body></html>"
    with pytest.raises(ParseError, match="nested too deeply"):
        parse_html(html.encode())


def test_page_without_body_says_so() -> None:
    with pytest.raises(ParseError, match="no body text"):
        parse_html(b"<html><head><title>Kota Cerdas</title><meta charset='utf-8'></head></html>")


@pytest.mark.parametrize("cut", [0.8, 0.95])
def test_truncated_page_gives_the_text_before_the_cut(cut: float) -> None:
    html = story_html(WONOSOBO)
    head = html[: int(len(html) * cut)]
    article = parse_html(head)
    complete = [p for p in WONOSOBO.paragraphs if p.encode() in head]
    assert len(complete) >= 3 and all(p in article.text for p in complete)
    cut_off = [p for p in WONOSOBO.paragraphs if p not in complete]
    if cut_off:  # the paragraph the cut went through keeps what arrived of it
        assert cut_off[0][:40] in article.text


def test_page_truncated_before_its_text_is_a_parse_error() -> None:
    html = story_html(WONOSOBO)
    with pytest.raises(ParseError, match=r"no article text found \(\d+ characters of main text, at least 200 needed"):
        parse_html(html[: len(html) // 2])


@pytest.mark.parametrize(
    "html",
    [
        b"<html><body><p>" + WONOSOBO.body.encode() + b"</div></span></table></p></td></html></html>",
        b"<html><body><p>" + WONOSOBO.body.encode() + b"<!-- a comment never closed <script>x",
        story_html(WONOSOBO).replace(b"Pemerintah", b"Pemerintah \x00", 1).replace(b"<title>", b"<title>\x00"),
    ],
    ids=["stray-closing-tags", "unclosed-comment", "nul-inside-text"],
)
def test_malformed_markup_still_yields_the_article(html: bytes) -> None:
    assert "Wonosobo" in parse_html(html).text


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        # the article text ends up inside a broken tag's attributes: nothing is left to read as text
        (b"<<<>>><p <p <p>" + WONOSOBO.body.encode(), "no article text found in the HTML"),
        (b"<html><body><p>" * 5000, "the HTML has no body text"),
        (b"</p>" * 1000, "the markup cannot be parsed"),
        (b"<!DOCTYPE", "the markup cannot be parsed"),
    ],
    ids=["broken-tags", "opening-tags-only", "closing-tags-only", "doctype-only"],
)
def test_garbled_markup_is_a_parse_error_saying_why(html: bytes, reason: str) -> None:
    with pytest.raises(ParseError, match=reason) as info:
        parse_html(html)
    assert info.value.stage == "parse" and info.value.fix


def test_page_over_the_size_limit_is_refused_before_parsing() -> None:
    html = story_html(WONOSOBO)
    page = Page(source="besar.html", html=html)
    with pytest.raises(ParseError, match=f"{len(html)} bytes, over the limit of 1000 bytes"):
        parse_page(page, replace(SETTINGS, max_bytes=1000))
    with pytest.raises(ParseError, match="over the limit"):
        parse_page(Page(source="besar.txt", text=story_text(WONOSOBO)), replace(SETTINGS, max_bytes=1000))
    assert parse_page(page, replace(SETTINGS, max_bytes=len(html))).text


@pytest.mark.parametrize("raw", [b"\x00<p>Kota Cerdas</p>", b"<p>Kota Cerdas</p>\x00\x00"])
def test_stray_nul_bytes_do_not_make_utf8_markup_utf16(raw: bytes) -> None:
    assert decode_html(raw) == raw.decode("utf-8")
