"""Smart-city dimension of an innovation from its name, description and sentence: a scikit-learn classifier
(trained with scikit-learn, applied without it: see compact.py).

    >>> from extractor.classify import classify
    >>> classify([{"name": "Bank Sampah Digital", "description": "tabungan warga dari sampah terpilah"}])
    [{'name': 'Bank Sampah Digital', 'dimension': 'Smart Environment', 'confidence': ..., 'top': [...]}]
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractor.classify.model import (
    MODEL_DIR,
    OVERRIDE,
    Classifier,
    Prediction,
    file_hash,
    load,
    packaged,
    read_metadata,
    save,
    using,
)
from extractor.classify.text import DIMENSIONS
from extractor.errors import NlpError, SourceError

__all__ = [
    "DIMENSIONS",
    "TRAINING_FILES",
    "Classifier",
    "CrossValidation",
    "Prediction",
    "classify",
    "classify_csv",
    "cross_validate",
    "load",
    "packaged_validation",
    "predict_dimensions",
    "train",
    "using",
]

if TYPE_CHECKING:
    from extractor.classify.training import CrossValidation

log = logging.getLogger(__name__)

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "training"  # in a checkout of the project
TRAINING_FILES = (CORPUS / "innovations.csv", CORPUS / "corpus_innovations.csv", CORPUS / "real_innovations.csv")
TEST_REGIONS = CORPUS / "test_regions.txt"  # the fixed test split (see extractor.classify.training)
EXCLUDED_REGIONS = CORPUS / "excluded_regions.txt"  # keys of regions kept out of training (reserved)


def __getattr__(name: str) -> Any:
    # training needs scikit-learn, which takes seconds to import: loaded on first use, never by predictions
    if name in ("CrossValidation", "cross_validate"):
        from extractor.classify import training

        return getattr(training, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def predict_dimensions(rows: Sequence[dict[str, Any]]) -> list[Prediction]:
    """The packaged model's dimension for each row of name, description and sentence (no predictions when no
    model is installed)."""
    model = OVERRIDE.get() or packaged()
    return model.predict(rows) if model is not None and rows else []


def packaged_validation(training_file: str | None = None) -> CrossValidation:
    """The packaged model's region-grouped cross-validation, as `extractor train` measured and saved it; only the
    rows of one training file (e.g. "corpus_innovations.csv") when `training_file` is given."""
    from extractor.classify.training import CrossValidation

    metadata = read_metadata()
    folds = metadata.get("out_of_fold") or {}
    if not folds.get("true"):
        raise NlpError(str(MODEL_DIR), "the classifier metadata holds no cross-validation predictions",
                       "run `extractor train`")
    true, predicted = folds["true"], folds["predicted"]
    if training_file is not None:
        files = folds.get("training_file") or []
        if training_file not in files:
            raise NlpError(str(MODEL_DIR), f"the classifier metadata holds no out-of-fold rows of {training_file}",
                           "run `extractor train`")
        true = [t for t, f in zip(true, files) if f == training_file]
        predicted = [p for p, f in zip(predicted, files) if f == training_file]
    return CrossValidation.of(metadata["model"], true, predicted, [])


def classify(rows: Sequence[dict[str, Any]], model: Classifier | None = None) -> list[dict[str, Any]]:
    """{name, dimension, confidence, top} for each row with a name and a description, in order: the dimension is
    None (unknown) below the model's free-text threshold (the input may be no innovation); `top` lists the two
    likeliest dimensions with probabilities."""
    classifier = model or load(free_text=True)
    return [{"name": row.get("name"), "dimension": p.dimension, "confidence": p.confidence,
             "top": [{"dimension": d, "probability": c} for d, c in p.top]}
            for row, p in zip(rows, classifier.predict(rows))]


def read_innovations(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a CSV with `name` and `description` columns (others ignored)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames is None or "name" not in reader.fieldnames:
                raise SourceError(str(path), "the CSV has no `name` column",
                                  "give a header line with name and description")
            for row in reader:
                yield {"name": row.get("name") or "", "description": row.get("description") or ""}
    except OSError as exc:
        raise SourceError(str(path), f"cannot read the file: {exc.strerror}", "check the path") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise SourceError(str(path), f"not a UTF-8 CSV file ({exc})", "save it as UTF-8 CSV") from exc


def classify_csv(path: Path, model: Classifier | None = None) -> list[dict[str, Any]]:
    """`classify` over the rows of a CSV file with name and description columns."""
    return classify(list(read_innovations(path)), model)


def train(paths: Sequence[Path] = TRAINING_FILES, output_dir: Path = MODEL_DIR,
          test_regions: Path | None = TEST_REGIONS, excluded: Path | None = EXCLUDED_REGIONS) -> dict[str, Any]:
    """Choose among the candidates in grouped cross-validation, score the choice on the fixed test regions, fit
    it on all rows (those of excluded regions left out), and save it with its metadata; returns the metadata."""
    from extractor.classify.training import read_lines, read_training, train_and_evaluate

    rows = read_training(paths, read_lines(excluded))
    pipeline, figures = train_and_evaluate(rows, read_lines(test_regions))
    metadata = {**figures, "training_files": [str(p) for p in paths], "training_sha256": file_hash(paths),
                "test_regions_file": test_regions.name if test_regions else None}
    save(pipeline, metadata, output_dir, check_rows=rows)
    packaged.cache_clear()
    return metadata
