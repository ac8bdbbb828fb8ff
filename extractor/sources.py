"""Expand what a user passes (URLs, URL lists, files, directories) into Pages, one per article."""

from __future__ import annotations

import gzip
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from extractor.errors import ExtractorError, SourceError
from extractor.records import Failure, Page

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm"}
TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl"}
WARC_SUFFIXES = {".warc", ".warc.gz"}
JSONL_FIELDS = {"id", "url", "title", "published", "text", "html"}
# Text inputs are UTF-8; "utf-8-sig" also drops the byte-order mark Windows editors put at the start, which
# would otherwise end up in a headline, break the first JSON line or the first URL of a list.
TEXT_ENCODING = "utf-8-sig"

Item = Page | Failure
UrlFetcher = Callable[[str], Page]


def is_url(source: str) -> bool:
    """True when the argument is an http(s) URL rather than a path."""
    return source[:8].lower().startswith(("http://", "https://"))  # schemes are case-insensitive (RFC 3986)


def read_url_list(path: Path) -> list[str]:
    """URLs of a text file, one per line; blank lines and `#` comments are ignored."""
    try:
        lines = path.read_text(encoding=TEXT_ENCODING).splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(str(path), f"cannot read the URL list: {exc}", "check the path and encoding") from exc
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def iter_pages(sources: Iterable[str], fetch: UrlFetcher | None = None) -> Iterator[Item]:
    """Yield a Page for every article found in the sources, or a Failure naming the item and the reason."""
    for source in sources:
        if is_url(source):
            yield from _from_url(source, fetch)
            continue
        path = Path(source)
        if path.is_dir():
            yield from _from_directory(path)
        elif path.is_file():
            yield from _from_file(path)
        else:
            yield Failure(source, SourceError.stage, "no such file, directory or URL")


def _from_url(url: str, fetch: UrlFetcher | None) -> Iterator[Item]:
    if fetch is None:
        yield Failure(url, "fetch", "fetching URLs is not enabled here")
        return
    try:
        yield fetch(url)
    except ExtractorError as exc:
        yield Failure(url, exc.stage, exc.reason)


def _from_directory(root: Path) -> Iterator[Item]:
    """Every readable file of a known kind under root, in name order; unreadable subdirectories are failures."""
    unreadable: list[OSError] = []
    files: list[Path] = []
    # os.walk rather than Path.rglob: rglob silently skips directories it may not list, and follows symlink loops
    for folder, _dirs, names in os.walk(root, onerror=unreadable.append):
        files.extend(p for p in (Path(folder) / name for name in names) if p.is_file() and _kind(p))
    for error in unreadable:
        yield Failure(str(error.filename or root), SourceError.stage,
                      f"cannot read the directory: {error.strerror or error}")
    for file in sorted(files):
        yield from _from_file(file)


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".warc.gz") or path.suffix.lower() == ".warc":
        return "warc"
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return None


def _from_file(path: Path) -> Iterator[Item]:
    kind = _kind(path)
    source = str(path)
    try:
        if kind == "html":
            yield Page(source=source, html=path.read_bytes(), item_id=path.stem)
        elif kind == "text":
            yield Page(source=source, text=path.read_text(encoding=TEXT_ENCODING), item_id=path.stem)
        elif kind == "jsonl":
            yield from _from_jsonl(path)
        elif kind == "warc":
            yield from _from_warc(path)
        else:
            yield Failure(source, SourceError.stage, f"unsupported file type '{path.suffix}' (use .html, .htm, "
                          ".txt, .jsonl, .warc or .warc.gz)")
    except (OSError, UnicodeDecodeError, gzip.BadGzipFile, EOFError) as exc:
        yield Failure(source, SourceError.stage, f"cannot read the file: {exc}")
    except ArchiveLoadFailed as exc:  # a .warc(.gz) holding something else; without this the whole batch stops
        yield Failure(source, SourceError.stage, f"not a WARC file: {exc}")


def _from_jsonl(path: Path) -> Iterator[Item]:
    with path.open(encoding=TEXT_ENCODING) as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            source = f"{path}#{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Failure(source, SourceError.stage, f"line {number} is not valid JSON: {exc.msg}")
                continue
            if not isinstance(record, dict) or not (record.keys() & {"text", "html"}):
                yield Failure(source, SourceError.stage, f"line {number} has no 'text' or 'html' field")
                continue
            yield _page_from_record(source, record)


def _page_from_record(source: str, record: dict[str, Any]) -> Page:
    html = record.get("html")
    item_id = record.get("id")
    return Page(
        source=source,
        url=record.get("url") or None,
        html=html.encode("utf-8") if isinstance(html, str) and html else None,
        text=None if html else str(record.get("text") or ""),
        title=record.get("title") or None,
        published=record.get("published") or None,
        item_id=str(item_id) if item_id not in (None, "") else (record.get("url") or None),
    )


def _from_warc(path: Path) -> Iterator[Item]:
    records = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            # warcio falls back to the old ARC format on lines it cannot place, so a file that is no archive at
            # all can come out as header-less "records"; only real ones count
            if record.format.startswith("warc") or record.http_headers is not None:
                records += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            status = record.http_headers.get_statuscode()
            if status and not status.startswith("2"):
                yield Failure(url or str(path), "read", f"WARC record has HTTP status {status}")
                continue
            yield Page(source=url or f"{path}#{record.rec_headers.get_header('WARC-Record-ID')}",
                       url=url, html=record.content_stream().read())
    if records == 0:
        yield Failure(str(path), SourceError.stage, "not a WARC file: no WARC record found in it")
