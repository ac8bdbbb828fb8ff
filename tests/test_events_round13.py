"""Events, issue 14 round 13: a council's steps, a selection told as history, a step over the end of a month, and
one label for a stage however it is written (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures.support import events_in as events
from spacy.language import Language

from extractor.facts import round_of


@pytest.mark.parametrize("text", [
    "Pemkab Sikka menggelar Rapat Dewan Sikka Smart City Tahun 2024 di aula Bappeda, Selasa (4/6/2024).",
    ("Pembentukan Dewan dan Tim Pelaksana Smart City Kabupaten Ende berlangsung di ruang rapat Setda, Rabu "
     "(27/6/2018)."),
    "Wakil Bupati Ngada melantik Dewan Kota Cerdas di aula kantor bupati, Senin (2/7/2018).",
])
def test_a_council_meeting_or_its_forming_is_an_event_of_type_other(nlp: Language, text: str) -> None:
    assert [e["type"] for e in events(nlp, text)] == ["other"]


def test_a_selection_told_as_history_with_sejak_is_no_event(nlp: Language) -> None:
    text = ("Pemkab Sikka menggelar Rapat Dewan Sikka Smart City di aula Bappeda, Selasa (4/6/2024). "
            "\"Sejak ditetapkan Sikka menjadi kabupaten percontohan, kami terus berbenah,\" ujar Sekda.")
    assert [e["type"] for e in events(nlp, text)] == ["other"]


def test_two_days_of_one_step_over_the_end_of_a_month_are_one_event(nlp: Language) -> None:
    text = ("Bimtek penyusunan masterplan smart city tahap dua di Kota Tidore Kepulauan masuk hari kedua, Selasa, "
            "1 Agustus 2023. Bimtek tahap dua ini sudah berlangsung sejak Senin, 31 Juli 2023.")
    found = events(nlp, text)
    assert [(e["type"], e["start"], e["end"]) for e in found] == [("technical_guidance", "2023-07-31", "2023-08-01")]


@pytest.mark.parametrize("written, label, number", [
    ("tahap ke-2", "Tahap II", 2),
    ("tahap dua", "Tahap II", 2),
    ("Tahap Kedua", "Tahap II", 2),
    ("tahap 3", "Tahap III", 3),
    ("Tahap I", "Tahap I", 1),
    ("tahap keempat", "Tahap IV", 4),
    ("tahap 6", "Tahap VI", 6),
])
def test_a_stage_is_labelled_with_its_roman_numeral_however_written(nlp: Language, written: str, label: str,
                                                                    number: int) -> None:
    text = f"Pemkab Ende menggelar bimtek penyusunan masterplan smart city {written} di aula Bappeda, Senin (3/7/2023)."
    stages = [e["stage"] for e in events(nlp, text)]
    assert stages == [label] and round_of(label) == number


LEAD = "ENDE - Kota cerdas tidak selalu berarti aplikasi. Hal itu disampaikan Kepala Dinas Kominfo Kabupaten Ende, Rudi. "


@pytest.mark.parametrize("sentence, kind", [
    (("Mantan camat ini menuturkan, saat FGD dengan jajaran OPD terkait dukungan smart city, yang ada di benak "
      "pimpinan OPD adalah aplikasi."), "other"),
    ("Ia menjelaskan dalam bimtek penyusunan masterplan smart city bahwa inovasi tidak harus berupa aplikasi.",
     "technical_guidance"),
])
def test_an_attribution_with_a_prefixed_verb_places_the_speaker_at_the_step(nlp: Language, sentence: str,
                                                                             kind: str) -> None:
    assert [e["type"] for e in events(nlp, LEAD + sentence)] == [kind]


@pytest.mark.parametrize("text, expected", [
    # "tahun ini" after the step's word: the publication date's year
    ("Kota Sorong sudah menjalani evaluasi tahap II atau penilaian tahun ini. Ada 12 rekomendasi.", "2023"),
    # several years named with the step: the one where the text first tells of it, later ones recall others
    (("Kota Sorong sudah menjalani evaluasi smart city 2023 pekan ini. Wali kota membandingkan hasil evaluasi "
      "smart city 2021 dengan capaian sekarang."), "2023"),
])
def test_a_step_without_a_date_takes_the_year_named_with_it(nlp: Language, text: str, expected: str) -> None:
    found = [e for e in events(nlp, text, date(2023, 11, 18)) if e["type"] == "evaluation"]
    assert [e["start"] for e in found] == [expected]
