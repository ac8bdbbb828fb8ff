"""Dimension of an innovation from its name and description: a scikit-learn text classifier."""

from __future__ import annotations

import csv
import logging
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any

import joblib
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_union

from extractor.errors import NlpError

log = logging.getLogger(__name__)

try:
    # models/ is installed as the package extractor.models (see pyproject.toml)
    import extractor.models as _models

    MODEL_DIR = Path(_models.__file__).resolve().parent
except ImportError:  # running from a checkout that shadows the installed package
    MODEL_DIR = Path(__file__).resolve().parents[2] / "models"
MODEL_FILE = "dimension_classifier.joblib"
DIMENSIONS = ("Smart Governance", "Smart Branding", "Smart Economy", "Smart Living", "Smart Society",
              "Smart Environment")


def build_classifier() -> Pipeline:
    """Character n-grams catch app-name parts (e-, si-, -pedia); words catch descriptions."""
    features = make_union(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, lowercase=True),
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, lowercase=True),
    )
    # C=5 and balanced classes: the best macro-F1 in 5-fold CV on corpus/training (Branding and Environment
    # have few examples)
    return Pipeline([("features", features),
                     ("model", LogisticRegression(C=5.0, class_weight="balanced", max_iter=2000))])


def read_training(path: Path) -> tuple[list[str], list[str]]:
    """Texts and labels of a training CSV with name, description and dimension columns."""
    with path.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r.get("dimension") in DIMENSIONS]
    return [innovation_text(r["name"], r.get("description") or "") for r in rows], [r["dimension"] for r in rows]


def innovation_text(name: str, description: str) -> str:
    """The text the classifier sees for one innovation."""
    return f"{name}. {description}".strip()


def train(training_csv: Path, output_dir: Path = MODEL_DIR) -> Path:
    """Train on a CSV and save the model; returns the model path."""
    texts, labels = read_training(training_csv)
    if len(set(labels)) < 2:
        raise NlpError(str(training_csv), "needs examples of at least two dimensions", "check the CSV columns")
    classifier = build_classifier().fit(texts, labels)
    # a known innovation keeps the label its curated row gives; the model is for the ones never seen
    known = {name_key(text.split(". ", 1)[0]): label for text, label in zip(texts, labels)}
    output_dir.mkdir(parents=True, exist_ok=True)
    path = output_dir / MODEL_FILE
    joblib.dump({"model": classifier, "known": known}, path)
    return path


def name_key(name: str) -> str:
    """Case- and spacing-insensitive key of an innovation's name."""
    return " ".join(name.casefold().split())


@lru_cache(maxsize=1)
def load_classifier(path: Path = MODEL_DIR / MODEL_FILE) -> dict[str, Any] | None:
    """The packaged classifier, or None (with a warning) when it is missing or was saved by another sklearn."""
    if not path.exists():
        log.warning("no dimension classifier at %s; run `extractor build-model`", path)
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return joblib.load(path)
        except Exception as exc:  # noqa: BLE001  (a pickle from an incompatible scikit-learn)
            log.warning("cannot load %s (%s); run `extractor build-model`", path, exc)
            return None


def predict_dimension(name: str, description: str = "") -> str | None:
    """The most likely dimension of an innovation, or None when no classifier is installed."""
    bundle = load_classifier()
    if bundle is None:
        return None
    known = bundle["known"].get(name_key(name))
    if known is not None:
        return str(known)
    return str(bundle["model"].predict([innovation_text(name, description)])[0])
