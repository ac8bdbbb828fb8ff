"""Innovations: named programmes, apps and services of a region, with a description and a stated dimension."""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extractor.nlp.spans import add_span, sentence_of, spans_of

CAP = r"[A-Z][\w'’\-!]*"
QUOTED = r"[“\"'‘](?P<q>[^”\"'’\n]{2,60})[”\"'’]"
NAME_CHAIN = rf"(?P<c>{CAP}(?:\s+(?:{CAP}|dan|&|\d+))*(?:\s*\([A-Z][\w\s&-]{{1,60}}\))?)"
# A word that says "a named thing follows"; the name is quoted or capitalised.
HEAD = re.compile(rf"\b(?P<head>aplikasi|inovasi|program|layanan|platform|sistem|website|portal|label|fitur|"
                  rf"bernama|berlabel|bertajuk|dinamai|dengan\s+nama|seperti|yakni|yaitu|antara\s+lain|"
                  rf"di\s*antaranya)\s+(?:{QUOTED}|{NAME_CHAIN})")
# Heads that only introduce a name in a sentence about innovations ("seperti X" is otherwise anything)
LIST_HEADS = {"seperti", "yakni", "yaitu", "antara lain", "di antaranya", "diantaranya"}
# "meluncurkan layanan publik mandiri": the launched thing, lower-case, up to the end of the clause
LAUNCH = re.compile(r"\b(?:meluncurkan|mengenalkan|memperkenalkan|menghadirkan|me-launching|merilis)\s+"
                    r"(?P<np>(?:aplikasi|layanan|program|inovasi|sistem|platform)\s+[a-z][\w\s-]{2,60}?)"
                    r"(?=\s*(?:[,.;(]|\bdi\s+mana\b|\byang\b|\buntuk\b|\bagar\b|\bsehingga\b|$))")
ACRONYM_DEF = re.compile(r"(?P<a>\b[A-Z][A-Z0-9-]{2,}(?:\s+[A-Z][A-Z0-9-]{2,})*)\s*\((?P<d>[^)]{4,80})\)")
PHRASE_ACRONYM = re.compile(r"(?P<p>(?:[A-Z][\w-]*\s+){1,7})\((?P<a>[A-Z][A-Z0-9]{1,9})\)")
TOPIC = re.compile(r"\b(?:inovasi|aplikasi|program|layanan|platform|sistem\s+informasi|digital)\b", re.IGNORECASE)
NOT_INNOVATION = re.compile(r"smart\s*city|^gerakan|^kota\s|^kabupaten\s|^pemerintah|^kementerian|^dinas|^badan|"
                            r"^tim\b|^ruang|^hotel|^gedung|^zoom|^tahap|^bupati|^wali|^menuju|^kepala|^sekda|"
                            r"^indonesia$|^tik$|^opd$|^asn$|^umkm$", re.IGNORECASE)
HEADING_GAP = re.compile(r"^[\s:–-]*$")


@Language.factory("smartcity_innovations", assigns=["doc.spans"], requires=["doc.spans"])
def make_innovation_finder(nlp: Language, name: str) -> InnovationFinder:
    """Build the innovation finder."""
    return InnovationFinder()


class InnovationFinder:
    """Adds `doc.spans["innovations"]` with value {name, description, dimension, dimension_source}."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["innovations"] = []
        found: list[tuple[int, int, dict[str, Any]]] = []
        taken: list[tuple[int, int]] = []
        blocked = [(s.start_char, s.end_char) for label in ("regions", "provinces", "people", "dimensions")
                   for s in spans_of(doc, label)]
        for start, end, value in self._under_headings(doc) + self._in_prose(doc):
            if any(a < end and start < b for a, b in taken) or _clean(value["name"]) is None:
                continue
            if any(a <= start and end <= b for a, b in blocked):
                continue
            value["name"] = _clean(value["name"])
            taken.append((start, end))
            found.append((start, end, value))
        for start, end, value in sorted(found, key=lambda f: f[0]):
            add_span(doc, "innovations", start, end, value)
        return doc

    def _under_headings(self, doc: Doc) -> list[tuple[int, int, dict[str, Any]]]:
        """Items listed under a dimension written as a heading (alone on its line, or ending one)."""
        text = doc.text
        dims = spans_of(doc, "dimensions")
        headings = [d for d in dims if _is_heading(text, d.start_char, d.end_char)]
        out = []
        for i, heading in enumerate(headings):
            end = headings[i + 1].start_char if i + 1 < len(headings) else _section_end(text, heading.end_char)
            block = text[heading.end_char:end]
            for start, stop, name, description in _items(block):
                out.append((heading.end_char + start, heading.end_char + stop, {
                    "name": name, "description": description, "dimension": heading._.value["name"],
                    "dimension_source": "stated"}))
        return out

    def _in_prose(self, doc: Doc) -> list[tuple[int, int, dict[str, Any]]]:
        text = doc.text
        out = []
        for m in HEAD.finditer(text):
            group = "q" if m.group("q") else "c"
            s, e = m.start(group), m.end(group)
            sent_start, sent_end = sentence_of(doc, s)
            head = re.sub(r"\s+", " ", m.group("head").lower())
            if head in LIST_HEADS and not TOPIC.search(text[sent_start:sent_end]):
                continue
            out.append((s, e, self._value(doc, m.group(group), s)))
        for m in LAUNCH.finditer(text):
            out.append((m.start("np"), m.end("np"), self._value(doc, m.group("np"), m.start("np"))))
        for m in ACRONYM_DEF.finditer(text):
            sent_start, sent_end = sentence_of(doc, m.start())
            if TOPIC.search(text[sent_start:sent_end]):
                value = self._value(doc, m.group("a"), m.start())
                value["description"] = m.group("d").strip()
                out.append((m.start("a"), m.end("a"), value))
        return out

    def _value(self, doc: Doc, name: str, at: int) -> dict[str, Any]:
        start, end = sentence_of(doc, at)
        stated = [d for d in spans_of(doc, "dimensions") if start <= d.start_char < end]
        return {"name": name, "description": None, "dimension": stated[0]._.value["name"] if len(stated) == 1 else None,
                "dimension_source": "stated" if len(stated) == 1 else None}


def _is_heading(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before, after = text[line_start:start], text[end:line_end]
    return (HEADING_GAP.match(after) is not None and len(before.split()) <= 12) or \
        (before.strip() == "" and HEADING_GAP.match(after[:3] or " ") is not None and ":" in after[:2])


def _section_end(text: str, start: int) -> int:
    """End of the last heading's items: the first blank line or prose sentence after them."""
    blank = text.find("\n\n", start + 1)
    end = len(text) if blank == -1 else blank
    for m in re.finditer(r"\n", text[start:end]):
        line_end = text.find("\n", start + m.end())
        line = text[start + m.end(): line_end if line_end != -1 else end]
        if len(line.split()) > 14 and line.rstrip().endswith("."):
            return start + m.start()
    return end


def _items(block: str) -> list[tuple[int, int, str, str | None]]:
    """Split a heading's block into (start, end, name, description) items."""
    items = []
    parts = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n;•]+", block)]
    for offset, part in parts:
        stripped = part.strip(" -–•*\t0123456789.)")
        if not stripped:
            continue
        inner = list(ACRONYM_DEF.finditer(part)) + list(PHRASE_ACRONYM.finditer(part))
        if len(inner) > 1 or (inner and len(part.split()) > 12):
            for m in sorted(inner, key=lambda x: x.start()):
                if m.re is PHRASE_ACRONYM:
                    name = f"{m.group('p').strip()} ({m.group('a')})"
                    items.append((offset + m.start(), offset + m.end(), name, None))
                else:
                    items.append((offset + m.start(), offset + m.end(), m.group("a"), m.group("d")))
            continue
        head = re.split(r"\s*(?:[:(]|\s[–-]\s)\s*", stripped, maxsplit=1)
        name = head[0].strip()
        description = stripped[len(head[0]):].strip(" :()–-") or None
        if 1 <= len(name.split()) <= 8:
            start = offset + part.find(name)
            items.append((start, start + len(name), name, description))
    return items


def _clean(name: str) -> str | None:
    name = re.sub(r"\s+", " ", name).strip(" ,.;:“”\"'")
    if len(name) < 3 or NOT_INNOVATION.search(name):
        return None
    return name
