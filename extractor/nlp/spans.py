"""Where the components put what they find: `doc.spans[label]`, each span carrying a `_.value` dict."""

from __future__ import annotations

import json
import re
import sys
from bisect import bisect_right
from datetime import date
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

if not Span.has_extension("value"):
    Span.set_extension("value", default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)  # datetime.date of publication, set before the pipeline runs
# characters either side of a trigger or number that its checks read of its sentence: more than any real sentence
# holds (< 600), so that a crafted sentence of thousands of them costs each only this much
SENTENCE_REACH = 1000


def add_span(doc: Doc, label: str, start: int, end: int, value: dict[str, Any]) -> Span | None:
    """Add the characters [start, end) as a span of `label` with its normalised value."""
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None:
        return None
    value = dict(value, start=start, end=end)
    span._.value = value
    if label not in doc.spans:
        doc.spans[label] = []
    doc.spans[label].append(span)
    return span


def text_of(doc: Doc) -> str:
    """The doc's text, built once: spaCy rebuilds `Doc.text` from every token on each access."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return str(text)


def span_text(span: Span) -> str:
    """A span's text, sliced from the doc's text built once (`Span.text` joins its tokens on every access)."""
    return text_of(span.doc)[span.start_char:span.end_char]


def spans_of(doc: Doc, label: str) -> list[Span]:
    """The spans a component stored under `label`, in text order."""
    done = doc.user_data.get("spans_of")
    if done is not None and label in done:
        return list(done[label])
    if label not in doc.spans:
        return []
    group = doc.spans[label]
    if done is None:
        # while the pipeline runs, sorted again only when a component replaced the group or added to it (they
        # never change a span in place); holding the group keeps its id from being reused
        drafts = doc.user_data.setdefault("spans_of_draft", {})
        held = drafts.get(label)
        if held is None or held[0] is not group or held[1] != len(group):
            held = drafts[label] = (group, len(group), sorted(group, key=lambda s: (s.start_char, s.end_char)))
        return list(held[2])
    found = done[label] = sorted(group, key=lambda s: (s.start_char, s.end_char))
    return list(found)


def finish(doc: Doc) -> Doc:
    """Mark a doc the pipeline has finished: from now on `spans_of` sorts each label's spans once (the summary and
    the events ask for them hundreds of times, and each time spaCy makes new Span objects)."""
    doc.user_data["spans_of"] = {}
    return doc


def published(doc: Doc) -> date | None:
    """The article's publication date, if the caller set it."""
    value = doc._.published
    return value if isinstance(value, date) else None


def sentence_of(doc: Doc, start: int) -> tuple[int, int]:
    """Character bounds of the sentence containing character `start` (or the token just before it)."""
    bounds = doc.user_data.get("sentence_bounds")
    if bounds is None:
        if len(doc) == 0 or not doc.has_annotation("SENT_START"):
            return 0, sys.maxsize
        # computed once per doc: the components ask for sentences thousands of times
        bounds = doc.user_data["sentence_bounds"] = [(s.start_char, s.end_char) for s in doc.sents]
    # Doc.text is rebuilt from the tokens on every access: never touch it per call
    i = max(0, bisect_right(bounds, (start, sys.maxsize)) - 1)
    return bounds[i]


def main_region(doc: Doc, clear_winner: bool = False) -> str | None:
    """The kabupaten/kota the article is about: named most often, the first named on ties. With
    `clear_winner`, a tie between regions named once each gives None."""
    counts: dict[str, int] = {}
    for span in spans_of(doc, "regions"):
        counts[span._.value["name"]] = counts.get(span._.value["name"], 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    top = [name for name, n in counts.items() if n == best]
    if clear_winner and len(top) > 1 and best == 1:
        return None
    return top[0]



def sort_vocab_strings(pipeline_dir: Path) -> None:
    """Rewrite a saved pipeline's vocab/strings.json in sorted order: spaCy keeps strings in the order it met
    them, which would store runs of the training texts' words (other people's sentences); the order carries no
    meaning (strings are looked up by hash, and features are hashed from the text at run time)."""
    path = pipeline_dir / "vocab" / "strings.json"
    strings = json.loads(path.read_text(encoding="utf-8"))
    # links and paths met in training texts are dropped too: a slug repeats a headline word for word, and a
    # string missing here is added again when a text holds it
    kept = sorted(s for s in strings if "/" not in s and len(s) <= 50)
    path.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")


# A line that links another article: one opened by a link word ("BACA JUGA: Kota X Raih Penghargaan ..."), one that
# ends with the outlet's address after a dash ("Pemkot X Raih Penghargaan ... - ibukotakini.com"; not the text's
# first line, its own headline, nor a dateline of one or two words: "TANGERANG – malangpagi.com"), and the
# headlines listed under a link word alone on its line: bullets, or a line without a closing stop.
LINK_OPENING = re.compile(r"\s*(?:baca(?:\s+juga)?|lihat\s+juga|simak\s+juga|(?:berita|artikel)\s+(?:terkait|lainnya))\b",
                          re.IGNORECASE)
LINK_HEADER = re.compile(rf"{LINK_OPENING.pattern}\s*:?\s*$", re.IGNORECASE)
OUTLET_END = re.compile(r"^\W*(?:\S+\s+){3,}\S*\s[-–—|]\s*(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|org|co|news|info)"
                        r"\s*$", re.IGNORECASE)
LINK_BULLET = re.compile(r"\s*[-–—•*]\s+\S")
LINKED_HEADLINE_WORDS = 25  # a headline is shorter; a longer line without a stop is a cut paragraph
LINK_LIST_LINES = 40  # a list of linked headlines is shorter; the bound keeps a page of bullets linear
SENTENCE_CLOSE = re.compile(r"[.!?\"”’)]\s*$")


def in_link_line(text: str, at: int) -> bool:
    """Whether the line holding `at` links another article (a related article's headline, not this one's news)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end == -1 else end
    line = text[start:end]
    if LINK_OPENING.match(line) or (start > 0 and OUTLET_END.match(line)):
        return True
    bullet = LINK_BULLET.match(line) is not None
    if not bullet and (SENTENCE_CLOSE.search(line) or len(line.split()) > LINKED_HEADLINE_WORDS):
        return False
    # walk back over the blank lines and the bullets of the list to the line that opens it
    for _ in range(LINK_LIST_LINES):
        if start == 0:
            break
        end, start = start - 1, text.rfind("\n", 0, start - 1) + 1
        previous = text[start:end]
        if not previous.strip():
            continue
        if LINK_HEADER.match(previous):
            return True
        if not (bullet and LINK_BULLET.match(previous)):
            return False
    return False
