"""Parse a Page into an Article: trafilatura for main text and metadata, htmldate as date fallback."""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import replace
from datetime import date
from urllib.parse import urldefrag

import htmldate
import py3langid
import trafilatura
from courlan import normalize_url
from trafilatura.utils import decode_file

from extractor.errors import ParseError
from extractor.records import Article, Page
from extractor.settings import Settings

log = logging.getLogger(__name__)

# A first line of a .txt file is taken as the headline when it is short and does not end a sentence.
HEADLINE_MAX_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?…:;”\"]\s*$")
# The charset a page declares in <meta charset> or <meta http-equiv="Content-Type">; browsers look in the first
# 1024 bytes, older CMS templates put it further down the head, so a little more is searched.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
META_CHARSET_SEARCH_BYTES = 4096
# WHATWG Encoding: pages labelled Latin-1 or ASCII are decoded as windows-1252 by every browser.
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
                    "ascii": "cp1252"}


def raw_digest(raw: bytes) -> str:
    """Content address of a raw page: hex SHA-256 of its bytes."""
    return hashlib.sha256(raw).hexdigest()


def parse_page(page: Page, settings: Settings) -> Article:
    """Turn one Page into an Article, raising ParseError when it holds no usable Indonesian article."""
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
    language = detect_language(article.text)
    if language not in settings.languages:
        raise ParseError(
            page.source,
            f"the article is in '{language}', not in {', '.join(settings.languages)}",
            "only Indonesian news is extracted",
        )
    return replace(article, language=language)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language the text is written in."""
    code, _score = py3langid.classify(text[:3000])
    return str(code)


def decode_html(raw: bytes) -> str:
    """The page as text: UTF-8 when it is valid UTF-8, else the charset the page declares, else a guess."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(raw[:META_CHARSET_SEARCH_BYTES])
    if declared:
        label = declared.group(1).decode("ascii").lower()
        try:
            return raw.decode(_CHARSET_ALIASES.get(label, label), errors="replace")
        except LookupError:
            log.debug("unknown charset %r declared; guessing", label)
    return decode_file(raw)


def _parse_html(page: Page) -> Article:
    html = page.html or b""
    if not html.strip():
        raise ParseError(page.source, "the page is empty", "re-fetch it or remove it from the input")
    markup = decode_html(html)
    doc = trafilatura.bare_extraction(
        markup,
        url=page.url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
    )
    # bare_extraction gives a dict only with as_dict=True; the check tells mypy which of its types we have
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        raise ParseError(page.source, "no article text found in the HTML", "check that the page is a news article")
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
        raw_sha256=raw_digest(html),
    )


def _parse_text(page: Page) -> Article:
    text = _clean(page.text or "")
    if not text:
        raise ParseError(page.source, "the item is empty", "remove it from the input")
    title = page.title
    if title is None:
        first, _, rest = text.partition("\n")
        if rest.strip() and len(first) <= HEADLINE_MAX_CHARS and not _SENTENCE_END.search(first):
            title, text = first.strip(), rest.strip()
    return Article(
        id=_article_id(page, page.url),
        source=page.source,
        url=page.url,
        title=title,
        text=text,
        canonical_url=_normalise(page.url),
        published=_to_date(page.published),
        raw_sha256=raw_digest((page.text or "").encode("utf-8")),
    )


def _article_id(page: Page, url: str | None) -> str:
    return page.item_id or url or page.source


def _normalise(url: str | None) -> str | None:
    if not url:
        return None
    # the fragment never reaches the server: page#komentar is the same article as page (as in fetch.cache_key)
    url = urldefrag(url.strip()).url
    try:
        return str(normalize_url(url))
    except Exception:  # noqa: BLE001  (courlan raises bare ValueErrors on odd URLs; keep the URL as written)
        return url


def _htmldate(html: str, url: str | None) -> date | None:
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
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.replace("\r\n", "\n").split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()

