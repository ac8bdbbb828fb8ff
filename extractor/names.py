"""One escaping function for every item name and reason that is stored or printed."""

from __future__ import annotations

import re

# Characters no name may carry into a database or a terminal: C0 and C1 controls (NUL, ESC, newline), DEL, lone
# surrogates (undecodable file names, JSON "\udc80" escapes; no database encoding takes them) and the bidi
# overrides that make a terminal show text in another order than it is.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")

# Characters that are no text at all: PostgreSQL refuses NUL in text, and UTF-8 cannot encode a lone surrogate.
_NOT_TEXT = re.compile("[\x00\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_name(value: str) -> str:
    """The string with every control character, lone surrogate and bidi override written as a backslash escape
    (ESC as "\\x1b"), so it can be stored in any database and printed to any terminal as one line."""
    return _UNSAFE.sub(_escape, value)


def unsafe_character(value: str) -> str | None:
    """What makes `value` unfit to store as text (a NUL character or a lone surrogate), or None."""
    found = _NOT_TEXT.search(value)
    if found is None:
        return None
    if found.group() == "\x00":
        return "a NUL character"
    return f"a lone surrogate ({safe_name(found.group())}), which is not Unicode text"
