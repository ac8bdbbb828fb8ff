"""What the dimension classifier sees of an innovation: its name, its description and the sentence around it.

Indonesian-aware normalisation: lower case, hyphenated prefixes split ("e-Padi" -> "e padi"), and every word
reduced to its stem with Sastrawi ("pelayanan" and "layanan" -> "layan"), so a description written with other
affixes still meets the words the model learnt. Six cue features count the words of each dimension's cue list
(data/dimension_cues.csv): the regional vocabulary of names changes from region to region, the vocabulary of
what an innovation does (sampah, wisata, puskesmas, UMKM) does not.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer

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


class CueCounts(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Six features: the cue-word counts of each dimension in a text column."""

    def fit(self, texts: Iterable[str], labels: Any = None) -> CueCounts:
        """Nothing to learn: the cue lists are data."""
        return self

    def transform(self, texts: Iterable[str]) -> np.ndarray:
        """One row of six counts per text."""
        return np.array([cue_counts(t) for t in texts], dtype=float).reshape(-1, len(DIMENSIONS))


def as_frame(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """The classifier's input: name, description and sentence of each innovation, plus their joint text."""
    frame = pd.DataFrame([{c: str(r.get(c) or "") for c in COLUMNS} for r in rows], columns=list(COLUMNS))
    frame["text"] = frame["name"] + ". " + frame["description"]
    # without a sentence (a row of a curated list), the innovation's own text stands for its context
    frame["context"] = frame["sentence"].where(frame["sentence"].str.strip() != "", frame["text"])
    return frame


def build_features(context_weight: float = 1.0, cue_weight: float = 2.0) -> ColumnTransformer:
    """Character n-grams of name and description (app-name parts: e-, si-, -ku), stemmed words of the name and
    description, stemmed words of the sentence (weighted down: it may talk about other innovations too) and cue
    counts of both."""
    return ColumnTransformer(
        [
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True), "text"),
            ("words", TfidfVectorizer(preprocessor=normalise, ngram_range=(1, 2), sublinear_tf=True), "text"),
            ("context", TfidfVectorizer(preprocessor=normalise, sublinear_tf=True, min_df=1), "context"),
            ("cues", CueCounts(), "text"),
            ("context_cues", CueCounts(), "context"),
        ],
        # weights from a grid on the grouped folds (context 0.3..1, cues 0.5..2): the cue counts generalise best
        transformer_weights={"context": context_weight, "cues": cue_weight, "context_cues": context_weight * cue_weight},
    )
