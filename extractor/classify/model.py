"""The packaged classifier: saved with skops (no pickle), its metadata beside it, predictions with confidence."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import skops.io as sio
from sklearn.pipeline import Pipeline

from extractor.classify.features import as_frame
from extractor.errors import NlpError

log = logging.getLogger(__name__)

try:
    # models/ is installed as the package extractor.models (see pyproject.toml)
    import extractor.models as _models

    MODEL_DIR = Path(_models.__file__).resolve().parent
except ImportError:  # running from a checkout that shadows the installed package
    MODEL_DIR = Path(__file__).resolve().parents[2] / "models"
MODEL_FILE = "dimension_classifier.skops"
META_FILE = "dimension_classifier.json"
# The only types beyond skops' defaults a model file may hold; skops refuses anything else instead of executing it.
TRUSTED = ["extractor.classify.features.CueCounts", "extractor.classify.features.normalise",
           # scikit-learn's calibration internals, which skops does not list as safe by default
           "sklearn.calibration._CalibratedClassifier", "sklearn.calibration._SigmoidCalibration"]
LIBRARIES = ("scikit-learn", "skops", "numpy", "scipy", "PySastrawi")


@dataclass(frozen=True)
class Prediction:
    """A dimension with the model's probability; `dimension` is None below the model's threshold."""

    dimension: str | None
    confidence: float


@dataclass(frozen=True)
class Classifier:
    """A fitted pipeline and the threshold below which it abstains."""

    pipeline: Pipeline
    threshold: float

    def predict(self, rows: Sequence[dict[str, Any]]) -> list[Prediction]:
        """One prediction per row of name, description (and sentence)."""
        if not rows:
            return []
        probabilities = self.pipeline.predict_proba(as_frame(rows))
        classes = self.pipeline.classes_
        best = [(str(classes[p.argmax()]), round(float(p.max()), 3)) for p in probabilities]
        return [Prediction(d if c >= self.threshold else None, c) for d, c in best]


def file_hash(paths: Sequence[Path]) -> str:
    """SHA-256 over the bytes of the training files, in order."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def library_versions() -> dict[str, str]:
    """Versions of the libraries a saved model depends on."""
    return {name: version(name) for name in LIBRARIES}


def save(pipeline: Pipeline, metadata: dict[str, Any], output_dir: Path) -> Path:
    """Write the model and its metadata (training hash, versions, metrics, threshold); returns the model path."""
    output_dir.mkdir(parents=True, exist_ok=True)
    path = output_dir / MODEL_FILE
    sio.dump(pipeline, path)
    untrusted = set(sio.get_untrusted_types(file=path)) - set(TRUSTED)
    if untrusted:  # a new custom type must be reviewed and added to TRUSTED, never trusted blindly
        path.unlink()
        raise NlpError(str(path), f"model holds types not in TRUSTED: {sorted(untrusted)}",
                       "add them to extractor.classify.model.TRUSTED after review")
    meta = {**metadata, "libraries": library_versions()}
    (output_dir / META_FILE).write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path


def read_metadata(model_dir: Path = MODEL_DIR) -> dict[str, Any]:
    """The metadata saved with the model."""
    path = model_dir / META_FILE
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError) as exc:  # TypeError: JSON that is no object
        raise NlpError(str(path), f"cannot read the classifier metadata ({exc})", "run `extractor train`") from exc


def load(model_dir: Path = MODEL_DIR) -> Classifier:
    """The saved classifier; raises NlpError when it is missing, unreadable or holds untrusted types."""
    path = model_dir / MODEL_FILE
    metadata = read_metadata(model_dir)
    try:
        pipeline = sio.load(path, trusted=TRUSTED)
    except Exception as exc:  # skops raises UntrustedTypesFoundException, OSError, zipfile/version errors
        raise NlpError(str(path), f"cannot load the classifier ({exc.__class__.__name__}: {exc})",
                       "run `extractor train` to rebuild it") from exc
    saved, installed = metadata.get("libraries", {}), library_versions()
    if saved.get("scikit-learn") != installed["scikit-learn"]:
        log.warning("classifier saved with scikit-learn %s, running %s; rebuild with `extractor train`",
                    saved.get("scikit-learn"), installed["scikit-learn"])
    threshold = metadata.get("threshold")
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise NlpError(str(model_dir / META_FILE), f"the classifier metadata holds no threshold from 0 to 1 (it "
                       f"holds {threshold!r})", "run `extractor train` to rebuild it")
    return Classifier(pipeline, float(threshold))


@lru_cache(maxsize=1)
def packaged() -> Classifier | None:
    """The classifier in models/, loaded once; None (with a warning) when it cannot be loaded."""
    try:
        return load()
    except NlpError as exc:
        log.warning("%s", exc)
        return None


# the classifier predict_dimensions uses instead of the packaged one, within `using`
OVERRIDE: ContextVar[Classifier | None] = ContextVar("classifier_override", default=None)


@contextmanager
def using(model: Classifier) -> Iterator[None]:
    """Within the block, the pipeline classifies innovations with `model` instead of the packaged classifier."""
    token = OVERRIDE.set(model)
    try:
        yield
    finally:
        OVERRIDE.reset(token)
