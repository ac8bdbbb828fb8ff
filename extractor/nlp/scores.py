"""Scores: evaluation scores, indices and ranks given to a region, with what is scored and the year."""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extractor.nlp.spans import add_span, published, sentence_of, spans_of, text_of

# Words that announce a score; the number must follow within the same clause.
CUE = re.compile(r"\b(?P<cue>nilai|skor|scor|score|indeks|index|capaian|rata-rata|poin|point|hasil\s+evaluasi|"
                 r"hasil\s+penilaian|predikat|angka|mengantongi|meraih|memperoleh|mendapat(?:kan)?|mencatat)\b",
                 re.IGNORECASE)
# a number followed by a unit is an amount, not a score ("1,5 miliar rupiah", "2,5 juta orang", "13.00 WIB")
UNITS = r"%|persen|WI[BT]A?|miliar|milyar|juta|ribu|triliun|rupiah|orang|jiwa|km|kilometer|ha|hektare|meter|unit|" \
        r"kali|menit|jam|ton|kg|mbps|gb"
NUMBER = re.compile(rf"(?<![\w.,/])(?P<n>\d{{1,2}}(?:[.,]\d{{1,3}}))(?![\w/]|[.,]\d|\s*(?:{UNITS})(?!\w))",
                    re.IGNORECASE)
RANK = re.compile(r"\b(?:peringkat|ranking|rangking|urutan|posisi)\s+(?:ke-?\s*)?(?P<n>\d{1,3}|pertama|kedua|"
                  r"ketiga|keempat|kelima)\b", re.IGNORECASE)
RANK_WORDS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5}
NOT_A_SCORE = re.compile(r"\b(?:target|ditargetkan|pukul|jam|rp|nomor|no\.|versi|tahap)\s*\S*\s*$", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
LAST_YEAR = re.compile(r"\btahun\s+(?:lalu|sebelumnya|kemarin)\b", re.IGNORECASE)
# a cue this far before the number still belongs to it ("nilai evaluasi smart city tahun 2023, yaitu 2.87")
CUE_WINDOW = 80


@Language.factory("smartcity_scores", assigns=["doc.spans"], requires=["doc.spans"])
def make_score_finder(nlp: Language, name: str) -> ScoreFinder:
    """Build the score finder."""
    return ScoreFinder()


class ScoreFinder:
    """Adds `doc.spans["scores"]` with value {value, year, what, kind: score|rank}."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["scores"] = []
        text = text_of(doc)
        dims = [(s.start_char, s.end_char, s._.value["name"]) for s in spans_of(doc, "dimensions")]
        for m in NUMBER.finditer(text):
            what = self._what(text, m.start(), dims)
            if what is None or NOT_A_SCORE.search(text[max(0, m.start() - 20):m.start()]):
                continue
            value = float(m.group("n").replace(",", "."))
            if not 0 < value <= 100:
                continue
            add_span(doc, "scores", m.start(), m.end(), self._value(doc, text, m.start(), value, what, "score"))
        for m in RANK.finditer(text):
            raw = m.group("n").lower()
            rank = RANK_WORDS.get(raw) or int(raw)
            add_span(doc, "scores", m.start(), m.end(),
                     self._value(doc, text, m.start(), float(rank), "peringkat", "rank"))
        return doc

    def _what(self, text: str, at: int, dims: list[tuple[int, int, str]]) -> str | None:
        """The label of the number at `at`: a dimension just before it, or the nearest score cue."""
        for start, end, name in dims:
            if 0 <= at - end <= 4:
                return name
        left = text[max(0, at - CUE_WINDOW):at]
        if re.search(r"[.!?]\s|\n", left):
            left = re.split(r"[.!?]\s|\n", left)[-1]
        cues = list(CUE.finditer(left))
        if not cues:
            return None
        cue = cues[-1]
        tail = re.split(r"[,:;(]|\byaitu\b|\bsebesar\b|\bdengan\b|\bdi\s+angka\b|\btahun\b|\d", left[cue.start():])[0]
        return " ".join(tail.split()[:5]).lower()

    def _value(self, doc: Doc, text: str, at: int, value: float, what: str, kind: str) -> dict[str, Any]:
        return {"value": value, "year": self._year(doc, text, at), "what": what, "kind": kind}

    @staticmethod
    def _year(doc: Doc, text: str, at: int) -> int | None:
        """The year a score is for: the nearest year in its sentence, shifted back by "tahun lalu/sebelumnya"
        when that phrase is nearer; else the previous sentence's; else the publication year."""
        start, end = sentence_of(doc, at)
        sentence = text[start:end]
        offset = at - start
        pub = published(doc)
        years = [(abs(m.start() - offset), int(m.group(0))) for m in YEAR.finditer(sentence)]
        # "tahun lalu" dates this number unless it compares ("naik dari tahun sebelumnya") or another number
        # stands between them ("3,12, naik dari 2,94 pada tahun sebelumnya")
        relative = [abs(m.start() - offset) for m in LAST_YEAR.finditer(sentence)
                    if not re.search(r"\b(?:dari|dibanding(?:kan)?|daripada)\s+$", sentence[:m.start()])
                    and not NUMBER.search(sentence[min(offset + 1, m.start()):max(offset, m.start())])]
        if relative and (not years or min(relative) < min(years)[0]):
            base = min(years)[1] if years else (pub.year if pub else None)
            return base - 1 if base is not None else None
        if years:
            return min(years)[1]
        if start > 0:
            prev_start, _ = sentence_of(doc, max(0, start - 2))
            previous = text[prev_start:start]
            if LAST_YEAR.search(previous) and pub is not None:
                return pub.year - 1
            prev_years = [int(m.group(0)) for m in YEAR.finditer(previous)]
            if prev_years:
                return prev_years[-1]
        return pub.year if pub is not None else None
