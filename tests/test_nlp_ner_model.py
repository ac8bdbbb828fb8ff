"""The trained person finder as a file: a missing or broken model gives one clear error naming it and the fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extractor.errors import NlpError
from extractor.nlp import MODEL_DIR, load_pipeline

SHIPPED = MODEL_DIR / "smartcity_ner"


def test_shipped_model_is_there_with_its_provenance() -> None:
    import json

    meta = json.loads((SHIPPED / "meta.json").read_text())
    assert {s["license"] for s in meta["sources"]} >= {"Apache-2.0"}
    assert "IndoNLU" in meta["citation"]
    assert {"heldout", "size_bytes"} <= set(json.loads((SHIPPED / "training.json").read_text()))


def test_missing_model_names_the_file_and_the_fix(tmp_path: Path) -> None:
    with pytest.raises(NlpError) as caught:
        load_pipeline.__wrapped__(tmp_path)
    message = str(caught.value)
    assert str(tmp_path / "smartcity_ner") in message
    assert "extractor train" in message


def test_corrupt_model_names_the_file_and_the_fix(tmp_path: Path) -> None:
    copy = tmp_path / "smartcity_ner"
    shutil.copytree(SHIPPED, copy)
    (copy / "ner" / "model").write_bytes(b"not a model")
    with pytest.raises(NlpError) as caught:
        load_pipeline.__wrapped__(tmp_path)
    message = str(caught.value)
    assert str(copy / "ner" / "model") in message
    assert "extractor train" in message
