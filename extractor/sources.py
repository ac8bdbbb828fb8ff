"""Expand what a user passes (URLs, URL lists, files, directories) into Pages, one per article."""

from __future__ import annotations

import codecs
import errno
import gzip
import json
import logging
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from extractor.errors import ExtractorError, SourceError
from extractor.names import safe_name, unsafe_character
from extractor.records import Failure, Page

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm"}
TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl"}
WARC_SUFFIXES = {".warc", ".warc.gz"}
JSONL_FIELDS = {"id", "url", "title", "published", "text", "html"}
# JSONL fields that must hold a string when present (null counts as absent); "id" may also be a number.
JSONL_STRING_FIELDS = ("url", "title", "published", "text", "html")
# Byte-order marks of the UTF-16/32 text files some Windows tools write; anything else must be UTF-8.
TEXT_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
             (codecs.BOM_UTF16_BE, "utf-16"))
# UTF-16 without byte-order mark: in Latin-script text (Indonesian) the high byte of most characters is NUL;
# UTF-8 text has no NUL at all. Looked at in the first bytes only.
UTF16_SAMPLE = 4096
UTF16_NUL_SHARE = 0.5
# Lines of an oversized JSONL record are skipped in pieces of this size, never held whole.
SKIP_CHUNK = 1 << 20
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


def iter_pages(
    sources: Iterable[str], fetch: UrlFetcher | None = None, max_bytes: int | None = None
) -> Iterator[Item]:
    """Yield a Page for every article found in the sources, or a Failure naming the item and the reason.

    Files, JSONL lines and WARC records larger than `max_bytes` (None: no limit) are failures, never read whole.
    """
    for source in sources:
        if is_url(source):
            yield from _from_url(source, fetch)
            continue
        path = Path(source)
        try:
            is_dir, is_file = path.is_dir(), path.is_file()
            odd = None if is_dir or is_file else _not_regular(path)
        except (OSError, ValueError) as exc:  # a name too long, or with a NUL byte, cannot even be looked up
            yield Failure(source, SourceError.stage, f"not a usable path ({exc})")
            continue
        if is_dir:
            yield from _from_directory(path, max_bytes)
        elif is_file:
            yield from _from_file(path, max_bytes)
        else:
            yield Failure(source, SourceError.stage, odd or "no such file, directory or URL")


def count_items(sources: Iterable[str]) -> int | None:
    """How many items `iter_pages` yields for the sources, when that is cheap to know: a URL or a file counts one,
    a directory its files of a known kind, a JSONL file its records; None when a WARC file is among them (its
    records are only known by reading it). A progress display's total, not a promise."""
    total = 0
    for source in sources:
        if is_url(source):
            total += 1
            continue
        path = Path(source)
        try:
            files = ([Path(folder) / name for folder, _, names in os.walk(path) for name in names
                      if _kind(Path(name))] if path.is_dir() else [path])
            for file in files:
                kind = _kind(file)
                if kind == "warc":
                    return None
                total += max(1, _jsonl_records(file)) if kind == "jsonl" and file.is_file() else 1
        except (OSError, ValueError):
            total += 1  # one failure
    return total


def _jsonl_records(path: Path) -> int:
    """The non-blank lines of a JSONL file, read in blocks (a line may be larger than memory)."""
    records, content = 0, False
    with path.open("rb") as stream:
        while block := stream.read(1 << 20):
            *ended, rest = block.split(b"\n")
            for line in ended:
                records += content or bool(line.strip())
                content = False
            content = content or bool(rest.strip())
    return records + content


def _from_url(url: str, fetch: UrlFetcher | None) -> Iterator[Item]:
    if safe_name(url) != url:  # a NUL, newline or ESC is no part of any address
        yield Failure(url, "fetch", "not a valid URL (it holds control characters)")
        return
    if fetch is None:
        yield Failure(url, "fetch", "fetching URLs is not enabled here")
        return
    try:
        yield fetch(url)
    except ExtractorError as exc:
        yield Failure(url, exc.stage, exc.reason)
    except Exception as exc:  # a bug on one odd URL must not stop a batch of thousands
        log.debug("unexpected error fetching %s", url, exc_info=True)
        yield Failure(url, "fetch", f"unexpected error: {exc.__class__.__name__}: {exc}")


def _from_directory(root: Path, max_bytes: int | None) -> Iterator[Item]:
    """Every readable file of a known kind under root, in name order; unreadable subdirectories are failures."""
    unreadable: list[OSError] = []
    files: list[Path] = []
    odd: list[tuple[Path, str]] = []
    # os.walk rather than Path.rglob: rglob silently skips directories it may not list, and follows symlink loops
    for folder, _dirs, names in os.walk(root, onerror=unreadable.append):
        for path in (Path(folder) / name for name in names):
            if not _kind(path):
                continue
            if path.is_file():
                files.append(path)
            elif reason := _not_regular(path):  # a FIFO or a link loop named like an article: no silent skip
                odd.append((path, reason))
    for error in unreadable:
        yield Failure(str(error.filename or root), SourceError.stage,
                      f"cannot read the directory: {error.strerror or error}")
    for path, reason in sorted(odd):
        yield Failure(str(path), SourceError.stage, reason)
    for file in sorted(files):
        yield from _from_file(file, max_bytes)


def _not_regular(path: Path) -> str | None:
    """Why an existing path that is neither a directory nor a regular file cannot be read, or None when nothing
    is there."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link loop (it points, through links, back to itself)"
        if path.is_symlink():
            return "a symbolic link to nothing (its target is missing)"
        return None if exc.errno == errno.ENOENT else f"cannot read it: {exc.strerror or exc}"
    kinds = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
             (stat.S_ISBLK, "a device"))
    kind = next((name for test, name in kinds if test(mode)), None)
    return f"not a regular file but {kind}" if kind else None


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


def _from_file(path: Path, max_bytes: int | None) -> Iterator[Item]:
    kind = _kind(path)
    source = str(path)
    try:
        if kind in ("html", "text") and max_bytes is not None:
            size = path.stat().st_size
            if size > max_bytes:
                yield Failure(source, SourceError.stage, _too_large("the file", size, max_bytes))
                return
        if kind == "html":
            yield Page(source=source, html=path.read_bytes(), item_id=path.stem)
        elif kind == "text":
            yield Page(source=source, text=_decode_text(path.read_bytes()), item_id=path.stem)
        elif kind == "jsonl":
            yield from _from_jsonl(path, max_bytes)
        elif kind == "warc":
            yield from _from_warc(path, max_bytes)
        else:
            yield Failure(source, SourceError.stage, f"unsupported file type '{path.suffix}' (use .html, .htm, "
                          ".txt, .jsonl, .warc or .warc.gz)")
    except UnicodeDecodeError as exc:
        yield Failure(source, SourceError.stage, f"cannot read the file: it is not UTF-8 text ({exc.reason} at "
                      f"byte {exc.start})")
    except (OSError, gzip.BadGzipFile, EOFError) as exc:
        yield Failure(source, SourceError.stage, f"cannot read the file: {exc}")
    except Exception as exc:  # a reader library failing on a broken file must not stop the batch (zlib, warcio)
        log.debug("unexpected error reading %s", source, exc_info=True)
        yield Failure(source, SourceError.stage, f"cannot read the file: {exc.__class__.__name__}: {exc}")


def _too_large(what: str, size: int, limit: int) -> str:
    return f"{what} is {size} bytes, over the limit of {limit} bytes (raise --max-bytes if it is genuine)"


def _decode_text(raw: bytes) -> str:
    """A text file's content: UTF-16/32 when it starts with their byte-order mark, UTF-16 when every other byte
    is NUL (as in Latin-script text Windows saved without a mark), else strict UTF-8."""
    for bom, codec in TEXT_BOMS:
        if raw.startswith(bom):
            return raw.decode(codec)
    return raw.decode(_utf16_without_bom(raw) or TEXT_ENCODING)


def _utf16_without_bom(raw: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when the NUL bytes of the start sit at odd or even positions only, and are many."""
    head = raw[:UTF16_SAMPLE]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if len(head) >= 4 and len(head) % 2 == 0:
        pairs = len(head) // 2
        if odd > UTF16_NUL_SHARE * pairs and even == 0:
            return "utf-16-le"
        if even > UTF16_NUL_SHARE * pairs and odd == 0:
            return "utf-16-be"
    return None


def _from_jsonl(path: Path, max_bytes: int | None) -> Iterator[Item]:
    # binary lines, decoded one by one: a bad line is one failure, and an oversized one is never held whole
    records = 0
    with path.open("rb") as lines:
        number = 0
        while True:
            line = lines.readline(max_bytes + 1) if max_bytes is not None else lines.readline()
            if not line:
                break
            number += 1
            source = f"{path}#{number}"
            if max_bytes is not None and len(line) > max_bytes and not line.endswith(b"\n"):
                records += 1
                size = len(line) + _skip_line(lines)
                yield Failure(source, SourceError.stage, _too_large(f"line {number}", size, max_bytes))
                continue
            if not line.strip():
                continue
            records += 1
            yield _record_item(source, number, line)
    if records == 0:
        yield Failure(str(path), SourceError.stage, "the JSONL file holds no records (it is empty)")


def _skip_line(stream: Any) -> int:
    """Read past the rest of the current line in bounded pieces; return how many bytes were skipped."""
    skipped = 0
    while True:
        piece = stream.readline(SKIP_CHUNK)
        skipped += len(piece)
        if not piece or piece.endswith(b"\n"):
            return skipped


def _record_item(source: str, number: int, line: bytes) -> Item:
    """One JSONL line as a Page, or a Failure saying what is wrong with it."""
    try:
        return _checked_record(source, number, line)
    except Exception as exc:  # whatever else is wrong with one line, the lines after it are still read
        log.debug("unexpected error reading %s", source, exc_info=True)
        return Failure(source, SourceError.stage, f"line {number} cannot be read: {exc.__class__.__name__}: {exc}")


def _checked_record(source: str, number: int, line: bytes) -> Item:
    try:
        # "utf-8-sig" drops the byte-order mark Windows editors put before the first line
        record = json.loads(line.decode(TEXT_ENCODING if number == 1 else "utf-8"))
    except UnicodeDecodeError as exc:
        return Failure(source, SourceError.stage, f"line {number} is not UTF-8 ({exc.reason} at byte {exc.start})")
    except json.JSONDecodeError as exc:
        return Failure(source, SourceError.stage, f"line {number} is not valid JSON: {exc.msg}")
    except RecursionError:
        return Failure(source, SourceError.stage, f"line {number} is not valid JSON: nested too deeply")
    except ValueError:  # Python refuses to convert integers of more than sys.get_int_max_str_digits() digits
        return Failure(source, SourceError.stage, f"line {number} holds a number too long to read (over "
                       f"{sys.get_int_max_str_digits()} digits)")
    if not isinstance(record, dict) or not (record.keys() & {"text", "html"}):
        return Failure(source, SourceError.stage, f"line {number} has no 'text' or 'html' field")
    for name in JSONL_STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return Failure(source, SourceError.stage,
                           f"line {number}: field '{name}' must be a string, not {_json_type(value)}")
    item_id = record.get("id")
    if item_id is not None and (isinstance(item_id, bool) or not isinstance(item_id, (str, int))):
        return Failure(source, SourceError.stage,
                       f"line {number}: field 'id' must be a string or a number, not {_json_type(item_id)}")
    for name in ("id", *JSONL_STRING_FIELDS):
        value = record.get(name)
        problem = unsafe_character(value) if isinstance(value, str) else None
        if problem:
            return Failure(source, SourceError.stage, f"line {number}: field '{name}' holds {problem}")
    return _page_from_record(source, record)


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", bool: "true/false", int: "a number", float: "a number"}
    return names.get(type(value), type(value).__name__)


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


def _from_warc(path: Path, max_bytes: int | None) -> Iterator[Item]:
    # warcio (with fsspec and asyncio, 0.03 s to import) is read only for archives
    from warcio.exceptions import ArchiveLoadFailed

    try:
        yield from _warc_records(path, max_bytes)
    except ArchiveLoadFailed as exc:  # a .warc(.gz) holding something else; without this the whole batch stops
        yield Failure(str(path), SourceError.stage, f"not a WARC file: {exc}")


def _warc_records(path: Path, max_bytes: int | None) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    records = 0
    html_records = 0
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
                # images, scripts and feeds fill every crawl; skipping them is normal, so they are no failures
                log.debug("skipping WARC record of type %r in %s", content_type, path)
                continue
            html_records += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            source = url or f"{path}#{record.rec_headers.get_header('WARC-Record-ID')}"
            if url and safe_name(url) != url:
                yield Failure(url, "read", "the WARC record's target URI is not a valid URL (it holds control "
                              "characters)")
                continue
            status = record.http_headers.get_statuscode()
            if status and not status.startswith("2"):
                yield Failure(source, "read", f"WARC record has HTTP status {status}")
                continue
            # content_stream() undoes chunked and gzip transfer coding, so the limit bounds the decoded size
            body = _read_up_to(record.content_stream(), max_bytes + 1 if max_bytes is not None else None)
            if max_bytes is not None and len(body) > max_bytes:
                yield Failure(source, "read", f"WARC record is over the limit of {max_bytes} bytes "
                              "(raise --max-bytes if it is genuine)")
                continue
            # warcio ends a record quietly where a cut-short file ends; what its length promised tells the truth
            missing = getattr(record.raw_stream, "limit", 0)
            if isinstance(missing, int) and missing > 0:
                yield Failure(source, "read", f"WARC record is truncated: {missing} of its {record.length} bytes "
                              "are missing (the file was cut short)")
                continue
            yield Page(source=source, url=url, html=body)
    if records == 0:
        yield Failure(str(path), SourceError.stage, "not a WARC file: no WARC record found in it")
    elif html_records == 0:
        yield Failure(str(path), SourceError.stage, f"no HTML response among the {records} WARC records "
                      "(only HTML pages are read)")


def _read_up_to(stream: Any, limit: int | None) -> bytes:
    """Read a stream to its end, or to `limit` bytes when given (warcio's reads may return less than asked)."""
    if limit is None:
        return bytes(stream.read())
    chunks: list[bytes] = []
    total = 0
    while total < limit:
        chunk = stream.read(min(SKIP_CHUNK, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)
