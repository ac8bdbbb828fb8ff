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
        "Nota itu diteken Bupati Hamdani Dt. Rajo Nan Sati di kantor bupati.",  # a Minang title, not a sentence end
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


WRAPPED = (
    "Pemerintah Kabupaten Alor mengirim tim ke acara penandatanganan\n"
    "nota kesepahaman gerakan kota cerdas yang digelar kementerian di\n"
    "Jakarta pada Senin (7/5/2018) bersama puluhan daerah lain dari\n"
    "berbagai provinsi yang sebelumnya sudah lolos tahap penilaian.\n"
    "Wakil bupati mengatakan daerahnya siap menyusun rencana induk\n"
    "dalam beberapa bulan ke depan dengan bantuan pendamping dari\n"
    "pusat dan para akademisi yang ditunjuk oleh kementerian itu.\n"
)


def test_hard_wrapped_lines_do_not_break_sentences(nlp: Language) -> None:
    found = sentences(nlp, WRAPPED)
    assert len(found) == 2
    assert "penandatanganan\nnota kesepahaman" in found[0] and "(7/5/2018)" in found[0]


def test_lines_of_a_normal_page_still_break_sentences(nlp: Language) -> None:
    text = "Evaluasi Smart City Kabupaten Alor\nTim penilai hadir di Kalabahi pada hari itu\nSmart Governance\n"
    assert sentences(nlp, text) == ["Evaluasi Smart City Kabupaten Alor", "Tim penilai hadir di Kalabahi pada hari itu",
                                    "Smart Governance"]


@pytest.mark.parametrize(("text", "expected"), [
    # two capitals that close a body's or a stage's name end the sentence
    ("Evaluasi digelar oleh Kementerian Komunikasi dan Digital RI. Nilai itu naik.",
     ["Evaluasi digelar oleh Kementerian Komunikasi dan Digital RI.", "Nilai itu naik."]),
    ("Tim juga berkoordinasi dengan Satpol PP. Warga diminta tertib.",
     ["Tim juga berkoordinasi dengan Satpol PP.", "Warga diminta tertib."]),
    ("Kota Bitung lolos ke evaluasi tahap II. Tim penilai datang pekan depan.",
     ["Kota Bitung lolos ke evaluasi tahap II.", "Tim penilai datang pekan depan."]),
    # guard: two capitals of a name's initials end no sentence
    ("Sambutan disampaikan Bupati HM. Nurdin di pendopo.", ["Sambutan disampaikan Bupati HM. Nurdin di pendopo."]),
])
def test_two_capitals_of_a_body_or_stage_end_a_sentence(nlp: Language, text: str, expected: list[str]) -> None:
    assert sentences(nlp, text) == expected
