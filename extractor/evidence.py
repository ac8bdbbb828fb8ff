"""Where a value comes from in an article: offsets and sentence of the mention or text that supports it (pure)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from extractor.nlp.lexicon import load_lexicon, quick_start
from extractor.records import Mention

# A sentence ends at . ! ? followed by a space and a capital or a quote, or at a line break.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z0-9])|\n+")


@dataclass(frozen=True)
class Span:
    """A stretch of an article's text supporting a value."""

    start: int
    end: int
    text: str
    sentence: str


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of the text holding the characters [start, end): from the last sentence end before `start` to
    the first one after `end` (ends overlapping the characters do not count)."""
    starts, ends = _sentence_ends(text)
    before = bisect_right(ends, start)
    after = bisect_left(starts, end)
    return text[ends[before - 1] if before else 0:starts[after] if after < len(starts) else len(text)].strip()


@lru_cache(maxsize=1)  # the evidence of one article asks for many sentences of its text in a row
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Where the text's sentence ends (SENTENCE_END) start, and where they end: both in text order."""
    found = [m.span() for m in SENTENCE_END.finditer(text)]
    return [a for a, _ in found], [b for _, b in found]


def from_mention(m: Mention) -> Span:
    """The span of a mention, with the sentence the NLP gave it."""
    return Span(m.start, m.end, m.text, m.sentence)


def find_mention(
    mentions: Sequence[Mention], label: str, test: Callable[[dict[str, Any], Mention], bool]
) -> Span | None:
    """The first mention of the label whose value passes the test."""
    for m in mentions:
        if m.label == label and test(m.value, m):
            return from_mention(m)
    return None


def find_text(text: str, needle: str | None) -> Span | None:
    """The first occurrence of the needle in the text, case-insensitively."""
    if not needle:
        return None
    start = text.lower().find(needle.lower())
    if start < 0:
        return None
    end = start + len(needle)
    return Span(start, end, text[start:end], sentence_around(text, start, end))


@lru_cache(maxsize=1)
def _triggers() -> dict[str, re.Pattern[str]]:
    out: dict[str, list[str]] = {}
    for kind, pattern in load_lexicon().event_triggers:
        out.setdefault(kind, []).append(f"(?:{pattern})")
    # behind a look-ahead for the letters a trigger can start with: the same matches, the text scanned faster
    return {kind: re.compile(quick_start("|".join(p)), re.IGNORECASE) for kind, p in out.items()}


def find_trigger(text: str, event_type: str, near: int | None = None) -> Span | None:
    """The words naming an event of this type, the ones nearest to `near` (e.g. the event's date) if given."""
    matches = _trigger_spans(text, event_type)
    if not matches:
        return None
    start, end = min(matches, key=lambda x: abs(x[0] - near)) if near is not None else matches[0]
    return Span(start, end, text[start:end], sentence_around(text, start, end))


@lru_cache(maxsize=8)  # an article reporting several events of a type has its text searched once for them
def _trigger_spans(text: str, event_type: str) -> tuple[tuple[int, int], ...]:
    """Where the words naming an event of this type are in the text, in text order."""
    pattern = _triggers().get(event_type)
    return tuple(m.span() for m in pattern.finditer(text)) if pattern is not None else ()


def region_near(
    mentions: Sequence[Mention], offset: int, sentence: str | None, fallback: str | None
) -> str | None:
    """The region a value at `offset` belongs to: in its sentence, the region it is given to ("nilai 3,2 untuk
    Kabupaten X"), else the subject nearest before it ("Kota X meraih 3,2, sementara Kabupaten Y 2,9"), else the
    nearest after it; else the last region named before it, else the fallback (the article's first)."""
    regions = [m for m in mentions if m.label == "region" and m.value.get("name")]
    same = [m for m in regions if sentence is not None and m.sentence == sentence]
    given_to = [m for m in same if m.start > offset and GIVEN_TO.match(m.sentence, *_gap(m, offset))]
    before_in = [m for m in same if m.start < offset]
    chosen = (given_to[:1] or before_in[-1:] or sorted(same, key=lambda m: m.start)[:1])
    if chosen:
        return str(chosen[0].value["name"])
    before = [m for m in regions if m.start < offset]
    return str(before[-1].value["name"]) if before else fallback


# between a value and the region it is given to: "3,2 untuk", "2,9 bagi", "peringkat 5 kepada"
GIVEN_TO = re.compile(r"\S*\s+(?:untuk|bagi|kepada|milik)\s+$", re.IGNORECASE)


def _gap(mention: Mention, offset: int) -> tuple[int, int]:
    """The span of the sentence between the value at `offset` and the region mention (sentence offsets)."""
    sentence_start = mention.start - mention.sentence.find(mention.text) if mention.text in mention.sentence else 0
    return max(0, offset - sentence_start), max(0, mention.start - sentence_start)
