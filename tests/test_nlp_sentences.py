"""Sentences: abbreviations and initials end no sentence; paragraph breaks and final punctuation do."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractor.nlp import analyse, load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in analyse(text, nlp=nlp).sents if s.text.strip()]


@pytest.mark.parametrize(
    "text",
    [
        "Rapat di Kab. Sleman dihadiri Ir. Budi Santoso, ST., M.Si. dan para camat setempat.",
        "Drs. Hendra Wiratama, S.IP. meninjau Prov. Jawa Tengah bersama warga.",
        "Materi dibawakan Fitri R. Ananda dari dinas terkait.",
        "Hadir pula Hj. Siti Rahma, S.E., M.Si. dan Dr. Ir. H. Ahmad Fauzi, M.T. di ruang rapat.",
        "Posko di Jl. Merdeka No. 5 dibuka Plt. Kepala Dinas pagi ini.",
    ],
)
def test_abbreviations_do_not_break_the_sentence(nlp: Language, text: str) -> None:
    assert sentences(nlp, text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Judul tanpa titik\n\nParagraf berikutnya dimulai di sini.",
            ["Judul tanpa titik", "Paragraf berikutnya dimulai di sini."],
        ),
        (
            "Paragraf pertama selesai.\n\nParagraf kedua menyusul.",
            ["Paragraf pertama selesai.", "Paragraf kedua menyusul."],
        ),
        ("Bagian satu\n\nBagian dua\n\nBagian tiga", ["Bagian satu", "Bagian dua", "Bagian tiga"]),
    ],
)
def test_paragraph_break_starts_a_sentence(nlp: Language, text: str, expected: list[str]) -> None:
    assert sentences(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acara selesai. Warga pulang! Benarkah itu?", ["Acara selesai.", "Warga pulang!", "Benarkah itu?"]),
        ('"Kami siap." Warga bertepuk tangan.', ['"Kami siap."', "Warga bertepuk tangan."]),
    ],
)
def test_final_punctuation_ends_a_sentence(nlp: Language, text: str, expected: list[str]) -> None:
    assert sentences(nlp, text) == expected
