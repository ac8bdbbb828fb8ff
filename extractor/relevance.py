"""Relevance of an article to the smart-city programme: a transparent weighted vocabulary (data/relevance_terms.csv).

A crawl of an outlet's feed or sitemap brings mostly unrelated news; ingest skips an article whose score is below
`Settings.min_relevance` before the NLP runs, and records it with its score and the words found. How the words,
their weights and the threshold were chosen, and the precision and recall they reach, is benchmarks/relevance.py.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extractor.errors import ConfigError
from extractor.nlp.lexicon import quick_start

TERMS_FILE = Path(__file__).resolve().parent / "data" / "relevance_terms.csv"
# Hyphens and runs of spaces between words ("smart-city", "kota  cerdas") count as one space.
SEPARATOR = r"[\s\-]+"


@dataclass(frozen=True)
class Relevance:
    """An article's score (0 to 1) and the programme words found in it, heaviest first."""

    score: float
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Term:
    """One programme word or phrase with its weight."""

    text: str
    weight: float
    pattern: re.Pattern[str]


@lru_cache(maxsize=4)
def load_terms(path: Path = TERMS_FILE) -> tuple[Term, ...]:
    """The weighted vocabulary of a CSV file (term, weight, why; lines starting with # are comments)."""
    try:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    except OSError as exc:
        raise ConfigError(str(path), f"cannot read the relevance vocabulary ({exc})", "reinstall the package") from None
    terms = []
    for row in csv.DictReader(lines):
        try:
            weight = float(row["weight"])
        except (KeyError, TypeError, ValueError):
            raise ConfigError(str(path), f"row {row} has no numeric weight", "fix the file") from None
        words = row["term"].strip().lower().split()
        pattern = re.compile(quick_start(r"(?<!\w)" + SEPARATOR.join(map(re.escape, words)) + r"(?!\w)"))
        terms.append(Term(" ".join(words), weight, pattern))
    return tuple(terms)


def relevance(title: str | None, text: str, terms: tuple[Term, ...] | None = None) -> Relevance:
    """Score a text: 1 - exp(-sum of the weights of the distinct terms found in the title and text)."""
    folded = f"{title or ''}\n{text}".lower()
    found = sorted((t for t in (terms if terms is not None else load_terms()) if t.pattern.search(folded)),
                   key=lambda t: (-t.weight, t.text))
    return Relevance(round(1.0 - math.exp(-sum(t.weight for t in found)), 4), tuple(t.text for t in found))


def off_topic_reason(found: Relevance, threshold: float) -> str:
    """Why an article was skipped, as recorded and printed."""
    words = ", ".join(found.terms) if found.terms else "none"
    return (f"not about the smart-city programme: relevance {found.score:.2f} below {threshold:g} "
            f"(programme words found: {words})")
