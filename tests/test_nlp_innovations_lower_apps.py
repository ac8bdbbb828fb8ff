"""Innovations: one lower-case word of an app's shape ("sipakabar", "limbahku") after an app's type word and the words
that say what it does, ending the phrase or set off by a comma; every text written for the test."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from spacy.language import Language


@pytest.mark.parametrize(("text", "expected"), [
    ("Ia menyebut program unggulan, di antaranya aplikasi aduan sipakabar, layanan perawat Rumah Sehat Kita.",
     ["sipakabar", "Rumah Sehat Kita"]),
    ("Warga kini memakai aplikasi setor sampah plastik, limbahku.", ["limbahku"]),
    ("Smart Environment: aplikasi setor sampah plastik, limbahku.\nSmart Living: Posyandu Cerdas Melati.",
     ["limbahku", "Posyandu Cerdas Melati"]),
])
def test_a_described_lower_app(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # a common word or a verb of that shape
    "Pemkot membuat aplikasi pendaftaran sidang.",
    "Warga memakai aplikasi layanan untuk siapkan dokumen.",
])
def test_no_lower_app(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_hostile_lower_run(nlp: Language) -> None:
    assert names(nlp, "aplikasi" + " setor" * 3000 + ".") == []
