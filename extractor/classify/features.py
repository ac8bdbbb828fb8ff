"""What the dimension classifier sees of an innovation: its name, its description and the sentence around it,
as scikit-learn features (the text functions live in extractor.classify.text, which needs no scikit-learn).

Character n-grams and stemmed words (TF-IDF) of the name and description and of the sentence, and the cue
counts of both (see extractor.classify.text).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer

from extractor.classify.text import (  # noqa: F401  (re-exported: saved models name features.normalise)
    COLUMNS,
    DATA,
    DIMENSIONS,
    TEXTS,
    WORD,
    columns,
    cue_counts,
    cue_words,
    normalise,
    stem,
    words,
)


class CueCounts(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Six features: the cue-word counts of each dimension in a text column."""

    def fit(self, texts: Iterable[str], labels: Any = None) -> CueCounts:
        """Nothing to learn: the cue lists are data."""
        return self

    def transform(self, texts: Iterable[str]) -> np.ndarray:
        """One row of six counts per text."""
        return np.array([cue_counts(t) for t in texts], dtype=float).reshape(-1, len(DIMENSIONS))


def as_frame(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """The classifier's input: the three texts of each innovation (name, what it does, its context; see
    extractor.classify.text.columns)."""
    return pd.DataFrame([columns(r) for r in rows], columns=list(TEXTS))


# Weights of the feature blocks, from a grid on the region-and-source-grouped folds of the development rows
# (name 0.25..1, description characters 0..1, context 0.5..1.5, cues 1..3); the context raised from 1 to 2 on six
# draws of those folds (0, 0.5, 1, 1.5, 2; README, "Innovation dimensions"): for a row of a list the context is its
# description again, so what the innovation does outweighs its name.
# character n-grams seen in one row only name one innovation: left out (as good on the folds, a smaller model)
MIN_DF = 2
WEIGHTS = {"name_chars": 1.0, "name_words": 1.0, "text_chars": 0.5, "words": 1.0, "context": 2.0,
           "name_cues": 1.0, "cues": 2.0, "context_cues": 1.0}


def build_features(weights: dict[str, float] | None = None) -> ColumnTransformer:
    """Character n-grams and stemmed words of the name (app-name parts: e-, si-, -ku), stemmed words and word
    pairs of what the innovation does, stemmed words of its context (it may talk about other innovations too),
    and the cue counts of each."""
    options: dict[str, Any] = {"sublinear_tf": True, "min_df": MIN_DF}
    return ColumnTransformer(
        [
            ("name_chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), **options), "name"),
            ("name_words", TfidfVectorizer(preprocessor=normalise, **options), "name"),
            ("text_chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), **options), "text"),
            ("words", TfidfVectorizer(preprocessor=normalise, ngram_range=(1, 2), **options), "text"),
            ("context", TfidfVectorizer(preprocessor=normalise, **options), "context"),
            ("name_cues", CueCounts(), "name"),
            ("cues", CueCounts(), "text"),
            ("context_cues", CueCounts(), "context"),
        ],
        transformer_weights=weights or WEIGHTS,
    )
