"""Parse a Page into an Article: trafilatura for main text and metadata, htmldate as date fallback."""

from __future__ import annotations

import codecs
import hashlib
import logging
import re
from dataclasses import replace
from datetime import date
from urllib.parse import urldefrag

from extractor.errors import ExtractorError, ParseError
from extractor.language import detect_language
from extractor.nlp.lexicon import load_lexicon
from extractor.records import Article, Page
from extractor.settings import Settings

log = logging.getLogger(__name__)

# spaCy's Language.max_length, kept by the pipeline: longer texts make it raise (and would take gigabytes).
MAX_TEXT_CHARS = 1_000_000
# A first line of a .txt file is taken as the headline when it is short and does not end a sentence.
HEADLINE_MAX_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?…:;”\"]\s*$")
# ... nor when it is a date line ("Kamis, 10 Agustus 2023 | 14.20 WITA", and the month first as page templates print
# it: "Kamis, November 7, 2024"): a text item without its headline starts with its dateline. A weekday, a place or a
# clock time may stand around the date; nothing else.
_MONTH = r"(?:jan|feb|peb|mar|apr|mei|may|jun|jul|agu|ags|aug|sep|okt|oct|nov|des|dec)[a-z]*\.?"
_DATE_OPENING = (rf"^(?:[A-Za-z']+,?\s+){{0,2}}(?:\(?\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d{{2}}|{_MONTH}\s+\d{{1,2}},?\s+"
                 r"(?:19|20)\d{2}|\(?\d{1,2}/\d{1,2}/(?:19|20)?\d{2}\)?)")
_DATE_LINE = re.compile(
    _DATE_OPENING + r"[\s|,·\-–]*(?:pukul\s*)?(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?\s*(?:WI[BT]A?)?\s*$",
    re.IGNORECASE,
)
# ... nor when it opens with a date and a comma and goes on in lower case ("Rabu, 4 Mei 2022, hari pertama bimtek
# ..."): it is the lead's first line, hard-wrapped, whose date dates the event.
_DATED_LEAD = re.compile(_DATE_OPENING + r"\s*,\s+(?-i:[a-z])", re.IGNORECASE)
# The charset a page declares in <meta charset> or <meta http-equiv="Content-Type">; browsers look in the first
# 1024 bytes, older CMS templates put it further down the head, so a little more is searched.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
META_CHARSET_SEARCH_BYTES = 4096
# WHATWG Encoding: pages labelled Latin-1 or ASCII are decoded as windows-1252 by every browser.
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
                    "ascii": "cp1252"}
# A declared UTF-8 is often wrong (a Windows-1252 page under a UTF-8 template), and a declared UTF-16 without a
# byte-order mark is always wrong (WHATWG: such a <meta> means UTF-8); these labels are checked, not trusted.
_UNICODE_LABELS = {"utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "utf-32", "unicode"}
# Byte-order marks, longest first: a UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Magic numbers of compressed files that are sometimes saved under an .html name.
_COMPRESSED = ((b"\x1f\x8b", "gzip"), (b"BZh", "bzip2"), (b"\xfd7zXZ\x00", "xz"), (b"PK\x03\x04", "zip"),
               (b"\x28\xb5\x2f\xfd", "zstd"))
# Share of control characters (other than tab, newlines, form feed) above which a page is binary data: text and
# HTML have next to none, random or compressed bytes decoded as text about a tenth.
BINARY_CONTROL_SHARE = 0.05
BINARY_SAMPLE_CHARS = 4096
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
# libxml2 checks each attribute of an element against all the element's others, so its time grows with the square
# of their number, in one C call no signal can interrupt (measured: 5,000 attributes 0.02 s, 20,000 0.35 s, 40,000
# 1.6 s, 1,000,000 over 9 minutes; trafilatura parses a page more than once). Real elements carry a few dozen.
MAX_ATTRIBUTES = 1000
# An opening tag, its quoted values read whole (they may hold ">"); only tags long enough to hold MAX_ATTRIBUTES
# attributes are looked at closely.
_TAG = re.compile(r"""<[A-Za-z](?:[^<>"']+|"[^"]*"|'[^']*')*""")
_QUOTED = re.compile(r""""[^"]*"|'[^']*'""")
# libxml2 stops building the tree at 256 levels of nesting (without XML_PARSE_HUGE) and says so in its log.
_TOO_DEEP = "Excessive depth"


def _utf8_or_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode a byte that is not valid UTF-8 as Windows-1252 (Latin-1 where it has none)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), error.end


codecs.register_error("smartcity-cp1252", _utf8_or_cp1252)


def raw_digest(raw: bytes) -> str:
    """Content address of a raw page: hex SHA-256 of its bytes."""
    return hashlib.sha256(raw).hexdigest()


def parse_page(page: Page, settings: Settings) -> Article:
    """Turn one Page into an Article, raising ParseError when it holds no usable Indonesian article."""
    size = len(page.html) if page.html is not None else len((page.text or "").encode("utf-8", errors="replace"))
    if size > settings.max_bytes:
        raise ParseError(
            page.source,
            f"the page is {size} bytes, over the limit of {settings.max_bytes} bytes",
            "news articles are far smaller; raise max_bytes (--max-bytes) if the page is genuine",
        )
    if page.html is not None:
        article = _parse_html(page)
    elif page.text is not None:
        article = _parse_text(page)
    else:
        raise ParseError(page.source, "the item has neither HTML nor text", "give it an `html` or `text` field")
    if len(article.text) < settings.min_text_chars:
        raise ParseError(
            page.source,
            f"no article text found ({len(article.text)} characters of main text, at least "
            f"{settings.min_text_chars} needed)",
            "check that the page is a news article and not an index or error page",
        )
    if len(article.text) > MAX_TEXT_CHARS:
        raise ParseError(
            page.source,
            f"the article text is {len(article.text)} characters, over the {MAX_TEXT_CHARS} the NLP takes",
            "news articles are far shorter; split the text if it is genuine",
        )
    language = detect_language(article.text)
    if language not in settings.languages:
        raise ParseError(
            page.source,
            f"the article is in '{language}', not in {', '.join(settings.languages)}",
            "only Indonesian news is extracted",
        )
    return replace(article, language=language)


def decode_html(raw: bytes) -> str:
    """The page as text: by its byte-order mark, else UTF-8, else the charset it declares, else Windows-1252."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return raw.decode(codec, errors="replace")
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return raw.decode(utf16, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(raw[:META_CHARSET_SEARCH_BYTES])
    if declared:
        label = declared.group(1).decode("ascii").lower()
        if label not in _UNICODE_LABELS:
            try:
                return raw.decode(_CHARSET_ALIASES.get(label, label), errors="replace")
            except (LookupError, UnicodeError):  # an unknown name, or Python's "undefined", which decodes nothing
                log.debug("unusable charset %r declared; guessing", label)
    # UTF-8 where it is valid and Windows-1252 for the bytes that are not: right for pages in either, and for
    # pages mixing both (a UTF-8 template around a legacy article body)
    return raw.decode("utf-8", errors="smartcity-cp1252")


def _utf16_without_bom(raw: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when the bytes read as markup in it (ASCII characters, the first one '<')."""
    head = raw[:64]
    head = head[: len(head) - len(head) % 2]
    for codec in ("utf-16-le", "utf-16-be"):
        start = head.decode(codec, errors="replace").lstrip()[:8]
        # UTF-8 or Latin-1 markup read as UTF-16 turns into CJK characters: only ASCII means the guess is right
        if len(start) >= 4 and start[0] == "<" and start.isascii():
            return codec
    return None


def _not_html_reason(raw: bytes, markup: str) -> str | None:
    """Why the bytes are no HTML page at all (compressed or binary data), or None when they may be one."""
    for magic, kind in _COMPRESSED:
        if raw.startswith(magic):
            return f"the page is {kind}-compressed data, not HTML"
    sample = markup[:BINARY_SAMPLE_CHARS]
    controls = len(_CONTROL.findall(sample))
    if sample and controls / len(sample) > BINARY_CONTROL_SHARE:
        return f"the page is binary data, not HTML ({controls} control characters in its first {len(sample)})"
    return None


def _attributes_reason(markup: str) -> str | None:
    """Why the markup would take the parser minutes (an element with too many attributes), or None."""
    for tag in _TAG.finditer(markup):
        if tag.end() - tag.start() < 2 * MAX_ATTRIBUTES:
            continue
        names = [t for t in _QUOTED.sub(" ", tag.group()).split()[1:] if not t.startswith("=")]
        if len(names) > MAX_ATTRIBUTES:
            return (f"the HTML has an element with {len(names)} attributes (over {MAX_ATTRIBUTES}), which the "
                    "parser takes minutes over")
    return None


def _no_text_reason(markup: str) -> str:
    """Why trafilatura found no text: nesting too deep for the parser, no <body>, or no article-like text."""
    import lxml.html  # only pages that fail need it
    parser = lxml.html.HTMLParser()
    try:
        tree = lxml.html.document_fromstring(markup, parser=parser)
    except (ValueError, lxml.etree.LxmlError):
        return "no article text found in the HTML (the markup cannot be parsed)"
    if any(_TOO_DEEP in entry.message for entry in parser.error_log):
        return "no article text found: the HTML is nested too deeply (over 255 levels) for the parser"
    body = tree.find("body")
    if body is None or not body.text_content().strip():
        return "no article text found: the HTML has no body text"
    return "no article text found in the HTML"


def _parse_html(page: Page) -> Article:
    html = page.html or b""
    if not html.strip():
        raise ParseError(page.source, "the page is empty", "re-fetch it or remove it from the input")
    markup = decode_html(html)
    not_html = _not_html_reason(html, markup)
    if not_html:
        raise ParseError(page.source, not_html, "give the page as HTML (decompress or convert it first)")
    pathological = _attributes_reason(markup)
    if pathological:
        raise ParseError(page.source, pathological, "check that the page is a news article")
    import trafilatura  # imported on the first page: reading .txt and .jsonl text needs none of it

    try:
        doc = trafilatura.bare_extraction(
            markup,
            url=page.url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=True,
        )
    except ExtractorError:  # the time limit
        raise
    except Exception as exc:
        # trafilatura, lxml and htmldate (inside trafilatura) raise on markup they cannot take apart (ValueError,
        # LookupError, RecursionError, an AssertionError in htmldate): the page is unusable, and stays so
        log.debug("trafilatura failed on %s", page.source, exc_info=True)
        raise ParseError(page.source, f"the HTML cannot be parsed ({exc.__class__.__name__}: {exc})",
                         "check that the file is an HTML page") from None
    # bare_extraction gives a dict only with as_dict=True; the check tells mypy which of its types we have
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        raise ParseError(page.source, _no_text_reason(markup), "check that the page is a news article")
    # a date the source states (a JSONL "published" field) beats what is read from the page: when the page has no
    # date markup, trafilatura's guess can be as weak as the year of the copyright line, as 1 January
    published = _to_date(page.published) or _to_date(doc.date) or _htmldate(markup, page.url)
    canonical = doc.url or page.url
    return Article(
        id=_article_id(page, canonical),
        source=page.source,
        url=page.url or canonical,
        title=(doc.title or page.title or None),
        text=_clean(doc.text or ""),
        author=doc.author or None,
        site=doc.sitename or doc.hostname or None,
        canonical_url=_normalise(canonical),
        published=published,
        published_source="metadata" if published else None,
        raw_sha256=raw_digest(html),
    )


def _is_credit_line(line: str) -> bool:
    """"LAPORAN : ADY", "Editor: Nur Aini": a byline label and a colon open the line, which is no headline."""
    label = re.match(r"^\s*([A-Za-z]+)\s*:", line)
    return label is not None and label.group(1).lower() in load_lexicon().byline_words


def _parse_text(page: Page) -> Article:
    text = _clean(page.text or "")
    if not text:
        raise ParseError(page.source, "the item is empty", "remove it from the input")
    title = page.title
    if title is None:
        first, _, rest = text.partition("\n")
        if (rest.strip() and len(first) <= HEADLINE_MAX_CHARS and not _SENTENCE_END.search(first)
                and not _DATE_LINE.match(first.strip()) and not _DATED_LEAD.match(first.strip())
                and not _is_credit_line(first)):
            title, text = first.strip(), rest.strip()
    published = _to_date(page.published)
    return Article(
        id=_article_id(page, page.url),
        source=page.source,
        url=page.url,
        title=title,
        text=text,
        canonical_url=_normalise(page.url),
        published=published,
        published_source="metadata" if published else None,
        raw_sha256=raw_digest((page.text or "").encode("utf-8")),
    )


def _article_id(page: Page, url: str | None) -> str:
    return page.item_id or url or page.source


def _normalise(url: str | None) -> str | None:
    if not url:
        return None
    # courlan (with urllib3) takes 0.03 s to import; text items without a URL need none of it
    from courlan import normalize_url

    # the fragment never reaches the server: page#komentar is the same article as page (as in fetch.cache_key)
    url = urldefrag(url.strip()).url
    try:
        return str(normalize_url(url))
    except Exception:  # noqa: BLE001  (courlan raises bare ValueErrors on odd URLs; keep the URL as written)
        return url


def _htmldate(html: str, url: str | None) -> date | None:
    import htmldate

    try:
        found = htmldate.find_date(html, url=url, original_date=True)
    except Exception as exc:  # noqa: BLE001  (htmldate fails on malformed markup; the date is optional)
        log.debug("htmldate failed: %s", exc)
        return None
    return _to_date(found)


def _to_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _clean(text: str) -> str:
    # NUL is no text (PostgreSQL refuses it in a text column); a .txt file can hold one
    text = text.replace("\x00", "").replace("\r\n", "\n")
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()

