"""Sentences: a single line break after a comma or a connective ("yang", "dan", "di") leaves the sentence open on a
page that is not hard-wrapped as a whole (audit of r2300-r2323, r2400-r2423, r2500-r2513; sentences written for
these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractor.nlp import analyse, load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def sentences(nlp: Language, text: str) -> list[str]:
    return [" ".join(s.text.split()) for s in analyse(text, nlp=nlp).sents if s.text.strip()]


def test_a_line_ending_with_a_comma_goes_on(nlp: Language) -> None:
    text = "Piala diterima wakil bupati di gedung pameran, Serpong,\nRabu (6/12/2023).\nAcara lain menyusul."
    assert sentences(nlp, text)[0] == "Piala diterima wakil bupati di gedung pameran, Serpong, Rabu (6/12/2023)."


def test_a_line_ending_with_a_connective_goes_on(nlp: Language) -> None:
    text = "Bimtek kota cerdas digelar di\nAula Bappeda Kota Tidore.\nPesertanya kepala dinas."
    assert sentences(nlp, text)[0] == "Bimtek kota cerdas digelar di Aula Bappeda Kota Tidore."


def test_a_heading_line_still_ends_its_sentence(nlp: Language) -> None:
    text = "Kota Tidore Ikuti Evaluasi Smart City\nWali kota hadir di aula."
    assert sentences(nlp, text) == ["Kota Tidore Ikuti Evaluasi Smart City", "Wali kota hadir di aula."]


def test_many_open_lines_finish(nlp: Language) -> None:
    text = "kata,\nyang\ndan\n" * 4500
    assert len(text) > 50_000
    # every line ends with a comma or a connective: the page is one open sentence
    assert sentences(nlp, text) == [" ".join(text.split())]
