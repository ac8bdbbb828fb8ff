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
    """The classifier's input: name, description and sentence of each innovation, plus their joint text."""
    frame = pd.DataFrame([{c: str(r.get(c) or "") for c in COLUMNS} for r in rows], columns=list(COLUMNS))
    # without a sentence (a row of a curated list), the innovation's own text stands for its context
    pairs = [columns(r) for r in rows]
    frame["text"] = [text for text, _ in pairs]
    frame["context"] = [context for _, context in pairs]
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
