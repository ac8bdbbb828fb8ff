"""The extraction version: which rules and models produced a stored row, not only which package release.

It is the package version plus the start of a SHA-256 over the pipeline's data files (gazetteers, patterns, word
lists) and the model files, e.g. "0.1.0+3f2a9c1b7d0e": editing a data file or retraining a model changes it, so
rows extracted before and after can be told apart. Computed once per process.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extractor.settings import MODEL_DIR, VERSION

_PACKAGE = Path(__file__).resolve().parent
# (name, directory) of the data files the pipeline reads: rules, word lists and gazetteers
DATA_DIRS = (("data", _PACKAGE / "data"), ("nlp/data", _PACKAGE / "nlp" / "data"),
             ("classify/data", _PACKAGE / "classify" / "data"))
MODEL_DIRS = (("models", MODEL_DIR),)
# Characters of the combined hash kept in the version string: 48 bits, no collision among a project's versions.
SHORT_HASH = 12


@dataclass(frozen=True)
class ExtractionVersion:
    """The version string and what it is made of."""

    version: str  # "0.1.0+3f2a9c1b7d0e"
    package: str
    data_sha256: str
    models_sha256: str
    files: dict[str, str]  # "nlp/data/regions.csv" -> SHA-256 of the file, for every file hashed


def _files(roots: tuple[tuple[str, Path], ...]) -> dict[str, str]:
    """SHA-256 of every file under the roots, by "name/relative/path" (code, caches and hidden files left out)."""
    hashes: dict[str, str] = {}
    for name, root in roots:
        for path in sorted(root.rglob("*")):
            relative = path.relative_to(root)
            if (not path.is_file() or path.suffix in (".py", ".pyc")
                    or any(part.startswith((".", "__")) for part in relative.parts)):
                continue
            hashes[f"{name}/{relative.as_posix()}"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def _combined(files: dict[str, str]) -> str:
    return hashlib.sha256("".join(f"{name}\0{digest}\n" for name, digest in sorted(files.items())).encode()).hexdigest()


@cache
def extraction_version() -> ExtractionVersion:
    """The extraction version of this process's package, data files and models (hashed once, about 0.1 s)."""
    data, models = _files(DATA_DIRS), _files(MODEL_DIRS)
    data_sha256, models_sha256 = _combined(data), _combined(models)
    combined = hashlib.sha256(f"{VERSION}\0{data_sha256}\0{models_sha256}".encode()).hexdigest()
    return ExtractionVersion(f"{VERSION}+{combined[:SHORT_HASH]}", VERSION, data_sha256, models_sha256,
                             {**data, **models})
