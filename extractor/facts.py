"""Normalised values of the stored facts: what a score measures, region and province codes, canonical programme
names, the six pillars (pure functions over the data files in extractor/data and extractor/nlp/data)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from extractor.nlp.lexicon import load_lexicon

DATA = Path(__file__).parent / "data"
SCORE_KINDS = ("index", "rank", "percentage", "dimension_score", "other")
# The six dimensions (pillars) of the Gerakan Menuju 100 Smart City masterplan; Smart Mobility, Smart People and
# the like come from other frameworks (Boyd Cohen's wheel) that some regions quote.
PILLARS = ("Smart Governance", "Smart Branding", "Smart Economy", "Smart Living", "Smart Society",
           "Smart Environment")


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


@lru_cache(maxsize=1)
def _metric_rules() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    return tuple((re.compile(r["pattern"], re.IGNORECASE), r["kind"], r["metric"]) for r in _rows("score_metrics.csv"))


@lru_cache(maxsize=1)
def _dimension_names() -> dict[str, str]:
    """Lower-case dimension name -> canonical name, for every dimension the NLP knows."""
    return {name.lower(): name for _, name in load_lexicon().dimensions}


@dataclass(frozen=True)
class ScoreMeaning:
    """What a score measures: its kind, the dimension of a dimension score, and a normalised metric label."""

    kind: str
    dimension: str | None
    metric: str


@lru_cache(maxsize=1)
def _context_rules() -> tuple[tuple[str, re.Pattern[str], str, str], ...]:
    return tuple((r["side"], re.compile(r["pattern"], re.IGNORECASE), r["kind"], r["metric"])
                 for r in _rows("score_contexts.csv"))


def score_meaning(score: dict[str, Any], before: str = "", after: str = "") -> ScoreMeaning:
    """The kind, dimension and metric of a summary's score item: the NLP's own keys when it gives them, else read
    from its `what` phrase (a dimension name, or a row of data/score_metrics.csv), refined by the words of its
    sentence `before` and `after` the number (data/score_contexts.csv)."""
    what = str(score.get("what") or "").strip().lower()
    dimension = score.get("dimension") or _dimension_names().get(what)
    kind = score.get("kind") if score.get("kind") in SCORE_KINDS else None
    metric = score.get("metric")
    if score.get("kind") == "rank" or kind == "rank":
        kind = "rank"
    elif dimension and kind in (None, "dimension_score"):
        kind = "dimension_score"
    rule = next(((k, m) for pattern, k, m in _metric_rules() if pattern.search(what)), None)
    if kind is None:
        kind = rule[0] if rule else "other"
    context = next((m for side, pattern, k, m in _context_rules()
                    if k == kind and pattern.search(before if side == "before" else after)), None)
    if not metric:
        if context:
            metric = context
        elif kind == "dimension_score" and dimension:
            metric = re.sub(r"\W+", "_", str(dimension).lower())
        elif rule and rule[0] == kind:
            metric = rule[1]
        else:
            metric = kind
    # one spelling in the database: the NLP's labels ("smart city index, national rank") as identifiers
    return ScoreMeaning(kind, dimension if kind == "dimension_score" else None,
                        re.sub(r"\W+", "_", str(metric).lower()).strip("_"))


@lru_cache(maxsize=4096)
def region_codes(name: str | None) -> tuple[str | None, str | None]:
    """The Kemendagri code of a canonical region name and of its province ("Kota Bandung" -> ("32.73", "32"))."""
    region = load_lexicon().region(name) if name else None
    if region is None:
        return None, None
    return region.code, region.code.split(".")[0]


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    """Lower-case province name or alias -> province code."""
    lex = load_lexicon()
    codes = {r.name.lower(): r.code for r in lex.regions if r.kind == "provinsi"}
    for alias, canonical in lex.province_aliases.items():
        if canonical.lower() in codes:
            codes[alias.lower()] = codes[canonical.lower()]
    return codes


@lru_cache(maxsize=1)
def province_names() -> dict[str, str]:
    """Province code -> canonical province name."""
    return {r.code: r.name for r in load_lexicon().regions if r.kind == "provinsi"}


def province_code(text: str) -> str | None:
    """The code of the province a user names ("Jawa Barat", "jabar", "32"), or None."""
    term = " ".join(text.strip().lower().split())
    if re.fullmatch(r"\d{2}", term):
        return term
    term = re.sub(r"^(?:provinsi|prov\.?)\s+", "", term)
    return _provinces().get(term)


@lru_cache(maxsize=1)
def _programmes() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(r["pattern"], re.IGNORECASE), r["programme"]) for r in _rows("programmes.csv"))


def canonical_programme(name: str | None) -> str | None:
    """The canonical name of a programme as written (data/programmes.csv); a name it does not know stays as is."""
    if not name:
        return None
    written = " ".join(name.split())
    return next((canonical for pattern, canonical in _programmes() if pattern.search(written)), written)


def is_pillar(dimension: str | None) -> bool:
    """True for one of the six dimensions of the programme, False for another framework's (Smart Mobility)."""
    return dimension in PILLARS


ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
         "satu": 1, "dua": 2, "tiga": 3}


def round_of(stage: str | None) -> int | None:
    """The round a stage names ("Tahap II", "tahap 2", "Tahap dua" -> 2)."""
    found = re.search(r"\btahap\s+(\w+)", stage or "", re.IGNORECASE)
    if found is None:
        return None
    word = found.group(1).lower()
    return int(word) if word.isdigit() else ROMAN.get(word)


@lru_cache(maxsize=1)
def _assessment_pattern() -> re.Pattern[str]:
    words = [w.strip() for w in (DATA / "assessment_words.txt").read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")]
    # the year within a few words of the assessment word, in the same sentence: "penilaian tahun 2019",
    # "evaluasi Gerakan Menuju 100 Smart City 2019"
    return re.compile(rf"\b(?:{'|'.join(words)})\b[^.\n]{{0,60}}?\b(?:tahun\s+)?(?P<y>(?:19|20)\d{{2}})\b",
                      re.IGNORECASE)


ASSESSED_TYPES = frozenset({"assessment", "evaluation", "pre_evaluation", "award", "selection_result"})


def programme_in(text: str) -> str | None:
    """The canonical name of the programme the text names first (data/programmes.csv), or None."""
    found = [(m.start(), canonical) for pattern, canonical in _programmes() for m in [pattern.search(text)] if m]
    return min(found)[1] if found else None


def annotate_events(events: list[dict[str, Any]], text: str, published: str | None) -> list[dict[str, Any]]:
    """The events of an article with a canonical `programme` (the one the article names when the event has
    none) and, for assessment-like ones, `assessed_year`: the year the text names after an assessment word (the
    first not after the publication year). Values the events already hold are kept (canonicalised)."""
    limit = int(published[:4]) if published else 9999
    years = [int(m.group("y")) for m in _assessment_pattern().finditer(text) if int(m.group("y")) <= limit]
    year = years[0] if years else None
    programme = programme_in(text)
    out = []
    for e in events:
        e = {**e, "programme": canonical_programme(e.get("programme")) or programme}
        if e.get("type") in ASSESSED_TYPES:
            e["assessed_year"] = e.get("assessed_year") or year
        out.append(e)
    return out
