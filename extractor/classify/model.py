"""The packaged classifier: the fitted pipeline saved with skops (no pickle) and as plain arrays (what
predictions use, see compact.py), its metadata beside it, predictions with confidence."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractor.classify import compact
from extractor.errors import NlpError
from extractor.settings import MODEL_DIR

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

log = logging.getLogger(__name__)

MODEL_FILE = "dimension_classifier.skops"
ARRAYS_FILE = "dimension_classifier.npz"
# free input the gate gives a lower probability of being an innovation at all gets no dimension
GATE_THRESHOLD = 0.5
META_FILE = "dimension_classifier.json"
# The only types beyond skops' defaults a model file may hold; skops refuses anything else instead of executing it.
TRUSTED = ["extractor.classify.features.CueCounts", "extractor.classify.features.normalise",
           "extractor.classify.text.normalise",
           # scikit-learn's calibration internals, which skops does not list as safe by default
           "sklearn.calibration._CalibratedClassifier", "sklearn.calibration._SigmoidCalibration",
           # the soft vote's named_estimators_: a dict with attribute access
           "sklearn.utils._bunch.Bunch"]
LIBRARIES = ("scikit-learn", "skops", "numpy", "scipy", "PySastrawi")


@dataclass(frozen=True)
class Prediction:
    """A dimension with the model's probability; `dimension` is None below the model's threshold (unknown).
    `top` holds the two likeliest dimensions with their probabilities, whether or not the model abstains."""

    dimension: str | None
    confidence: float
    top: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class Classifier:
    """A fitted model (the CompactModel of the packaged file, or a scikit-learn Pipeline) and the threshold
    below which it abstains."""

    pipeline: compact.CompactModel | Pipeline
    threshold: float
    gated: bool = False  # free input: no dimension either where the gate judges the row no innovation at all

    def predict(self, rows: Sequence[dict[str, Any]]) -> list[Prediction]:
        """One prediction per row of name, description (and sentence)."""
        if not rows:
            return []
        gate = None
        if isinstance(self.pipeline, compact.CompactModel):
            features = self.pipeline.features(rows)
            probabilities = self.pipeline.predict_proba(rows, features)
            gate = self.pipeline.innovation_probability(rows, features) if self.gated else None
        else:
            from extractor.classify.features import as_frame

            probabilities = self.pipeline.predict_proba(as_frame(rows))
        classes = self.pipeline.classes_
        out = []
        for number, p in enumerate(probabilities):
            top = tuple((str(classes[i]), round(float(p[i]), 3)) for i in p.argsort()[::-1][:2])
            dimension, confidence = top[0]
            known = confidence >= self.threshold and (gate is None or gate[number] >= GATE_THRESHOLD)
            out.append(Prediction(dimension if known else None, confidence, top))
        return out


def file_hash(paths: Sequence[Path]) -> str:
    """SHA-256 over the bytes of the training files, in order."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def library_versions() -> dict[str, str]:
    """Versions of the libraries a saved model depends on."""
    return {name: version(name) for name in LIBRARIES}


def save(pipeline: Pipeline, metadata: dict[str, Any], output_dir: Path,
         check_rows: Sequence[dict[str, Any]] = (), gate: Any = None) -> Path:
    """Write the model (skops and arrays, with the innovation gate, a fitted binary LogisticRegression over the
    pipeline's features, when given) and its metadata (training hash, versions, metrics, threshold, the files'
    SHA-256); returns the skops path. The arrays must predict exactly what the pipeline predicts on `check_rows`,
    or nothing is written."""
    import numpy as np
    import skops.io as sio

    from extractor.classify.features import as_frame

    output_dir.mkdir(parents=True, exist_ok=True)
    arrays = compact.compile_pipeline(pipeline)
    if gate is not None:
        arrays = replace(arrays, gate=np.append(gate.coef_[0], gate.intercept_[0]).astype(np.float64))
    if check_rows and not np.array_equal(arrays.predict_proba(check_rows),
                                         pipeline.predict_proba(as_frame(check_rows))):
        raise NlpError(str(output_dir / ARRAYS_FILE), "the compiled classifier predicts other probabilities than "
                       "the fitted pipeline", "report it: extractor/classify/compact.py must follow scikit-learn")
    path = output_dir / MODEL_FILE
    sio.dump(pipeline, path)
    untrusted = set(sio.get_untrusted_types(file=path)) - set(TRUSTED)
    if untrusted:  # a new custom type must be reviewed and added to TRUSTED, never trusted blindly
        path.unlink()
        raise NlpError(str(path), f"model holds types not in TRUSTED: {sorted(untrusted)}",
                       "add them to extractor.classify.model.TRUSTED after review")
    compact.write(arrays, output_dir / ARRAYS_FILE)
    meta = {**metadata, "libraries": library_versions(),
            "files": {name: _sha256(output_dir / name) for name in (ARRAYS_FILE, MODEL_FILE)}}
    (output_dir / META_FILE).write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_metadata(model_dir: Path = MODEL_DIR) -> dict[str, Any]:
    """The metadata saved with the model."""
    path = model_dir / META_FILE
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError) as exc:  # TypeError: JSON that is no object
        raise NlpError(str(path), f"cannot read the classifier metadata ({exc})", "run `extractor train`") from exc


def _threshold(metadata: dict[str, Any], model_dir: Path, key: str = "threshold") -> float:
    """The abstention threshold `key` of the metadata; NlpError when it holds none from 0 to 1."""
    threshold = metadata.get(key)
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise NlpError(str(model_dir / META_FILE), f"the classifier metadata holds no threshold from 0 to 1 (it "
                       f"holds {threshold!r})", "run `extractor train` to rebuild it")
    return float(threshold)


def load(model_dir: Path = MODEL_DIR, free_text: bool = False) -> Classifier:
    """The saved classifier, from its arrays (or, in a directory without them, from the skops file), with the
    threshold for innovations the pipeline found, or with `free_text` the stricter one for input that may be no
    innovation at all; raises NlpError when it is missing, unreadable, not the file the metadata names, holds
    untrusted types or has no valid threshold."""
    metadata = read_metadata(model_dir)
    threshold = _threshold(metadata, model_dir, "free_text_threshold" if free_text else "threshold")
    path = model_dir / ARRAYS_FILE
    if not path.exists():
        return Classifier(load_pipeline(model_dir, metadata), threshold)
    try:
        data = path.read_bytes()
        expected = (metadata.get("files") or {}).get(ARRAYS_FILE)
        if hashlib.sha256(data).hexdigest() != expected:
            raise ValueError(f"its SHA-256 is not the one in {META_FILE}")
        model = compact.read(io.BytesIO(data))
    except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:
        raise NlpError(str(path), f"cannot load the classifier ({exc.__class__.__name__}: {exc})",
                       "run `extractor train` to rebuild it") from exc
    return Classifier(model, threshold, gated=free_text)


def load_pipeline(model_dir: Path = MODEL_DIR, metadata: dict[str, Any] | None = None) -> Pipeline:
    """The fitted scikit-learn pipeline from the skops file (for inspection and research; slow to import and
    read); raises NlpError when it is missing, unreadable or holds untrusted types."""
    import skops.io as sio

    metadata = read_metadata(model_dir) if metadata is None else metadata
    path = model_dir / MODEL_FILE
    try:
        pipeline = sio.load(path, trusted=TRUSTED)
    except Exception as exc:  # skops raises UntrustedTypesFoundException, OSError, zipfile/version errors
        raise NlpError(str(path), f"cannot load the classifier ({exc.__class__.__name__}: {exc})",
                       "run `extractor train` to rebuild it") from exc
    saved, installed = metadata.get("libraries", {}), library_versions()
    if saved.get("scikit-learn") != installed["scikit-learn"]:
        log.warning("classifier saved with scikit-learn %s, running %s; rebuild with `extractor train`",
                    saved.get("scikit-learn"), installed["scikit-learn"])
    return pipeline


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
