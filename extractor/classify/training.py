"""Training data, model selection by region-grouped cross-validation, and the keyword baseline."""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC

from extractor.classify.features import DIMENSIONS, as_frame, build_features, cue_counts
from extractor.errors import NlpError

log = logging.getLogger(__name__)

FOLDS = 5
# The comparison `extractor train` runs; each is a linear model with calibrated probabilities. C values from a
# grid on the grouped folds (LogisticRegression C in 1..20, LinearSVC C in 0.2..1); class weights balanced
# because Governance has twice the rows of any other dimension.
CANDIDATES: dict[str, Callable[[], Any]] = {
    "logistic_regression": lambda: LogisticRegression(C=5.0, class_weight="balanced", max_iter=1000, random_state=0),
    "linear_svc_calibrated": lambda: CalibratedClassifierCV(
        LinearSVC(C=0.2, class_weight="balanced", max_iter=10000, random_state=0), method="sigmoid", cv=3),
}


def build_classifier(model: str = "logistic_regression") -> Pipeline:
    """The features and one of the CANDIDATES, as one scikit-learn Pipeline."""
    return Pipeline([("features", build_features()), ("model", CANDIDATES[model]())])


def read_training(paths: Sequence[Path]) -> list[dict[str, str]]:
    """Rows with a valid dimension from training CSVs (name, description, dimension, region; sentence optional)."""
    rows: list[dict[str, str]] = []
    for path in paths:
        try:
            with path.open(encoding="utf-8") as handle:
                found = list(csv.DictReader(handle))
        except OSError as exc:
            raise NlpError(str(path), f"cannot read training data: {exc.strerror}", "check the path") from exc
        missing = {"name", "dimension"} - set(found[0] if found else ())
        if missing:
            raise NlpError(str(path), f"training CSV lacks column(s) {', '.join(sorted(missing))}",
                           "give name, description, dimension and region columns")
        # each row remembers its file, so scores can be split by source (public lists, the project's corpus)
        rows += [{**r, "training_file": path.name}
                 for r in found if r.get("dimension") in DIMENSIONS and r.get("name")]
    labels = {r["dimension"] for r in rows}
    if len(labels) < 2:
        raise NlpError(", ".join(map(str, paths)), "needs examples of at least two dimensions",
                       "check the CSV's dimension column")
    return rows


@dataclass
class CrossValidation:
    """Out-of-fold predictions of one model over the training rows, folds grouped by region."""

    model: str
    true: list[str]
    predicted: list[str]
    confidence: list[float]
    labels: tuple[str, ...] = DIMENSIONS
    macro_f1: float = 0.0
    per_class_f1: dict[str, float] = field(default_factory=dict)

    @classmethod
    def of(cls, model: str, true: list[str], predicted: list[str], confidence: list[float]) -> CrossValidation:
        """Scores computed from the predictions."""
        per_class = f1_score(true, predicted, labels=list(DIMENSIONS), average=None, zero_division=0)
        return cls(model, true, predicted, confidence,
                   macro_f1=round(float(f1_score(true, predicted, average="macro", zero_division=0)), 3),
                   per_class_f1={d: round(float(v), 3) for d, v in zip(DIMENSIONS, per_class)})


def keyword_baseline(row: dict[str, str]) -> str:
    """The dimension with most cue words in the name and description (Smart Governance when none)."""
    counts = cue_counts(f"{row.get('name', '')} {row.get('description', '')}")
    return DIMENSIONS[int(np.argmax(counts))] if max(counts) else "Smart Governance"


def folds(rows: Sequence[dict[str, str]]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Train/test index pairs in which no region is on both sides."""
    groups = [r.get("region") or r["name"] for r in rows]
    return list(GroupKFold(n_splits=min(FOLDS, len(set(groups)))).split(rows, groups=groups))


def cross_validate(rows: Sequence[dict[str, str]], model: str = "logistic_regression") -> CrossValidation:
    """Grouped cross-validation of one candidate ("keyword_baseline" for the baseline)."""
    true = [r["dimension"] for r in rows]
    if model == "keyword_baseline":
        return CrossValidation.of(model, true, [keyword_baseline(r) for r in rows], [1.0] * len(rows))
    predicted, confidence = [""] * len(rows), [0.0] * len(rows)
    for train_index, test_index in folds(rows):
        fitted = build_classifier(model).fit(as_frame([rows[i] for i in train_index]),
                                             [true[i] for i in train_index])
        probabilities = fitted.predict_proba(as_frame([rows[i] for i in test_index]))
        for i, p in zip(test_index, probabilities):
            predicted[i], confidence[i] = str(fitted.classes_[p.argmax()]), float(p.max())
    return CrossValidation.of(model, true, predicted, confidence)


def best_threshold(validation: CrossValidation) -> float:
    """The confidence below which leaving the dimension empty beats guessing (best F1 of the kept predictions
    against all rows, over thresholds 0.20..0.60)."""
    def f1_at(threshold: float) -> float:
        kept = [c >= threshold for c in validation.confidence]
        right = sum(k and t == p for k, t, p in zip(kept, validation.true, validation.predicted))
        return 2 * right / (sum(kept) + len(kept)) if kept else 0.0

    return max(np.arange(0.20, 0.61, 0.05).round(2).tolist(), key=lambda t: (f1_at(t), -t))
