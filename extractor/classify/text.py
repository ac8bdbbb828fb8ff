"""What the classifier reads of a text, without scikit-learn: words, their Sastrawi stems and the cue counts.

Indonesian-aware normalisation: lower case, hyphenated prefixes split ("e-Padi" -> "e padi"), and every word
reduced to its stem with Sastrawi ("pelayanan" and "layanan" -> "layan"), so a description written with other
affixes still meets the words the model learnt. Six cue features count the words of each dimension's cue list
(data/dimension_cues.csv): the regional vocabulary of names changes from region to region, the vocabulary of
what an innovation does (sampah, wisata, puskesmas, UMKM) does not.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
DIMENSIONS = ("Smart Governance", "Smart Branding", "Smart Economy", "Smart Living", "Smart Society",
              "Smart Environment")
COLUMNS = ("name", "description", "sentence")
WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Sastrawi stem of one lower-case word."""
    return str(_stemmer().stem(word)) or word


def words(text: str) -> list[str]:
    """Lower-case word tokens, with hyphens and slashes as separators."""
    return WORD.findall(text.casefold())


def normalise(text: str) -> str:
    """Lower-cased, tokenised and stemmed text (the word features' preprocessor)."""
    return " ".join(stem(w) for w in words(text))


@lru_cache(maxsize=1)
def cue_words() -> dict[str, frozenset[str]]:
    """Each dimension's cue words, in their written and their stemmed forms."""
    with (DATA / "dimension_cues.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    cues = {r["dimension"]: set(r["words"].split()) for r in rows}
    return {d: frozenset(cues[d] | {stem(w) for w in cues[d]}) for d in DIMENSIONS}


def cue_counts(text: str) -> list[int]:
    """How many distinct cue words of each dimension (in DIMENSIONS order) the text contains."""
    tokens = set(words(text))
    tokens |= {stem(w) for w in tokens}
    cues = cue_words()
    return [len(tokens & cues[d]) for d in DIMENSIONS]


def columns(row: dict[str, Any]) -> tuple[str, str]:
    """The two texts the classifier reads of an innovation: "name. description", and its sentence (or, for a
    row of a curated list without one, that same text)."""
    values = {c: str(row.get(c) or "") for c in COLUMNS}
    text = values["name"] + ". " + values["description"]
    return text, values["sentence"] if values["sentence"].strip() != "" else text
