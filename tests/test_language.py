"""Language identification: py3langid's answers, its model read from the unpacked copy in the cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from extractor import language

TEXTS = [
    "Pemerintah kota menyiapkan ruang kendali baru untuk memantau lalu lintas dan layanan warga setiap hari.",
    "The city council opened a new control room to watch traffic and public services every day.",
    "Kerajaan negeri akan melancarkan aplikasi baharu untuk rakyat pada bulan hadapan.",
    "KOTA CERDAS 2024",
    "12.05.2024",
    "",
]


@pytest.fixture(scope="module")
def packed() -> LanguageIdentifier:
    """py3langid's identifier read from its packed model, as py3langid.classify reads it."""
    return LanguageIdentifier.from_model_file(MODEL_DIR / MODEL_FILE)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache directory for this test; the identifier is read anew."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    language.identifier.cache_clear()
    yield tmp_path / language.CACHE_NAME
    language.identifier.cache_clear()


def _no_unpacking(*args: Any, **kwargs: Any) -> LanguageIdentifier:
    raise AssertionError("the packed model was unpacked")


def test_the_unpacked_copy_answers_as_py3langid(cache: Path, packed: LanguageIdentifier,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    first = language.identifier()  # unpacks the model and writes the copy
    [folder] = cache.iterdir()
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{name}.npy" for name in language.ARRAYS)
    language.identifier.cache_clear()
    monkeypatch.setattr(LanguageIdentifier, "from_model_file", _no_unpacking)
    second = language.identifier()  # another process: reads the copy only
    for text in TEXTS:
        assert first.classify(text) == second.classify(text) == packed.classify(text)
        assert second.rank(text) == packed.rank(text)
    assert language.detect_language(TEXTS[0]) == "id" and language.detect_language(TEXTS[1]) == "en"


def test_a_cache_that_cannot_be_written_falls_back_to_the_packed_model(tmp_path: Path, packed: LanguageIdentifier,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    language.identifier.cache_clear()
    try:
        found = language.identifier()
    finally:
        language.identifier.cache_clear()
    assert [found.classify(text) for text in TEXTS] == [packed.classify(text) for text in TEXTS]


def test_a_copy_another_process_wrote_first_is_kept(tmp_path: Path, packed: LanguageIdentifier) -> None:
    folder = tmp_path / "langid-x"
    language._write(packed, folder)
    written = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    language._write(packed, folder)  # the rename fails: the first copy stays, the second is removed
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == written
    assert [p.name for p in tmp_path.iterdir()] == ["langid-x"]
