"""Language identification: py3langid, its model read from an unpacked copy in the user's cache.

py3langid ships its model as an LZMA-compressed npz (4.5 MB, 68 MB unpacked); unpacking it costs 0.35-0.45 s of
CPU in every process, a quarter of `extractor extract` on one article. The first process writes the unpacked
arrays to the cache directory, one .npy file each; later ones map them (a few milliseconds, and the worker
processes of a run share the pages). The identifier is py3langid's own, built from the same arrays, so every
text gets the same language as from `py3langid.classify`.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

import numpy as np
import py3langid
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

log = logging.getLogger(__name__)

# Where the unpacked model goes: $XDG_CACHE_HOME, else ~/.cache (as pip and spaCy's projects keep theirs).
CACHE_NAME = "smartcity-extractor"
# The model's arrays and the LanguageIdentifier fields they become.
ARRAYS = ("nb_ptc", "nb_pc", "nb_classes", "tk_nextmove", "tk_row", "tk_output")
# The text's first characters tell its language; the rest would only cost time.
SAMPLE_CHARS = 3000


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language the text is written in, as py3langid.classify tells it."""
    code, _score = identifier().classify(text[:SAMPLE_CHARS])
    return str(code)


@lru_cache(maxsize=1)
def identifier() -> LanguageIdentifier:
    """py3langid's identifier (read once per process): from the unpacked copy, which is written first when
    missing; from the packed model when the cache cannot be written or read."""
    model = MODEL_DIR / MODEL_FILE
    digest = hashlib.sha256(model.read_bytes()).hexdigest()[:16]
    folder = cache_dir() / f"langid-{py3langid.__version__}-{digest}"
    try:
        if not folder.is_dir():
            _write(LanguageIdentifier.from_model_file(model), folder)
        return _read(folder)
    except (OSError, ValueError) as exc:  # a read-only home, a full disk, a damaged copy
        log.info("cannot use the unpacked language model in %s (%s); unpacking it in memory", folder, exc)
        return LanguageIdentifier.from_model_file(model)


def cache_dir() -> Path:
    """The directory this package caches derived data files in."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / CACHE_NAME


def _write(found: LanguageIdentifier, folder: Path) -> None:
    """Save the identifier's arrays as .npy files in `folder`, whole or not at all (written beside, then renamed:
    another process may be writing the same copy)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
    try:
        for name in ARRAYS:
            np.save(work / f"{name}.npy", np.asarray(getattr(found, name)), allow_pickle=False)
        work.rename(folder)
    except OSError:
        if not folder.is_dir():  # not another process's copy renamed first
            raise
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _read(folder: Path) -> LanguageIdentifier:
    """The identifier over the arrays in `folder`, mapped read-only (py3langid reads its tables by index, which
    a memoryview answers as an array does)."""
    arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in ARRAYS}
    return LanguageIdentifier(arrays["nb_ptc"], np.array(arrays["nb_pc"]), arrays["nb_classes"].tolist(),
                              memoryview(arrays["tk_nextmove"]), memoryview(arrays["tk_output"]),
                              tk_row=memoryview(arrays["tk_row"]))
