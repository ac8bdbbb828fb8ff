"""Tokenizer: abbreviations with dots stay whole, whitespace has no special-case rules."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from extractor.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "abbreviation"),
    [
        ("Kantor Kab. Sleman ramai sejak pagi.", "Kab."),
        ("Sambutan dibacakan Ir. Hendra Wiratama di aula.", "Ir."),
        ("Laporan disusun Dewi Anggraini, ST. bersama tim.", "ST."),
        ("Materi dibawakan Rahmat Hidayat, S.IP. kepada peserta.", "S.IP."),
        ("Narasumber Agus Salim, M.Si. menjawab pertanyaan.", "M.Si."),
        ("Acara dibuka Dr. Wulan Sari di pendopo.", "Dr."),
        ("Rombongan Hj. Nur Aini tiba siang hari.", "Hj."),
        ("Tim meninjau Prov. Jawa Tengah pekan ini.", "Prov."),
        ("Posko berada di Jl. Merdeka nomor sepuluh.", "Jl."),
    ],
)
def test_abbreviation_is_one_token(nlp: Language, text: str, abbreviation: str) -> None:
    assert abbreviation in [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize(
    ("text", "last_two"),
    [
        ("Warga datang ke balai desa.", ["desa", "."]),
        ("Apakah aplikasinya sudah jalan?", ["jalan", "?"]),
        ("Program itu berhasil!", ["berhasil", "!"]),
    ],
)
def test_sentence_final_punctuation_is_split(nlp: Language, text: str, last_two: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)][-2:] == last_two


def test_no_whitespace_only_special_cases(nlp: Language) -> None:
    assert isinstance(nlp.tokenizer, Tokenizer)
    rules = nlp.tokenizer.rules or {}
    assert [key for key in rules if key.strip() == ""] == []


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("satu\ndua", ["satu", "\n", "dua"]),
        ("satu\n\ndua", ["satu", "\n\n", "dua"]),
        ("satu  dua", ["satu", " ", "dua"]),
    ],
)
def test_whitespace_still_tokenised(nlp: Language, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)] == tokens
