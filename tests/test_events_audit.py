"""Events, the generalisation audit of the first groups (r1-r704): how a step is reported when its sentence names it
only as the source of a score, ... (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures.support import events_in as events
from spacy.language import Language


def _kinds(nlp: Language, text: str, published: date) -> list[tuple[str, list[str]]]:
    return [(e["type"], e["regions"]) for e in events(nlp, text, published)]


@pytest.mark.parametrize(("text", "region"), [
    # the score first, the step only named after it as what issued the index
    ("Indeks smart city Kota Palu naik menjadi 3,12 pada 2023. Penilaian indeks ini dikeluarkan Kementerian Kominfo.",
     "Kota Palu"),
    # the step named as the source of the score in the score's own sentence
    ("Dari hasil penilaian, Kabupaten Sumedang memperoleh nilai 3,41 dalam implementasi smart city tahun 2023.",
     "Kabupaten Sumedang"),
    (("Pemkab Bantaeng memperoleh nilai 3,25 pada indeks kota cerdas tahun 2023. Penilaian dilakukan oleh Kementerian "
      "Kominfo bersama sejumlah kementerian."), "Kabupaten Bantaeng"),
    (("Kota Ternate mencatat nilai smart city 2,91 untuk tahun 2023, kata kepala diskominfo. Evaluasi itu digelar "
      "kementerian setiap tahun."), "Kota Ternate"),
])
def test_a_score_told_beside_a_mentioned_step_reports_the_evaluation(nlp: Language, text: str, region: str) -> None:
    assert _kinds(nlp, text, date(2024, 3, 1)) == [("evaluation", [region])]


@pytest.mark.parametrize("text", [
    # the score of another index, a step of another programme
    "Nilai indeks inovasi daerah Kota Kendari mencapai 48,20 pada 2023. Indeks itu adalah sistem penilaian inovasi.",
    "Indeks SPBE Kota Kendari naik menjadi 3,40 pada 2023. Penilaian indeks SPBE dilakukan KemenPAN-RB.",
])
def test_the_score_of_another_index_reports_no_evaluation(nlp: Language, text: str) -> None:
    assert _kinds(nlp, text, date(2024, 3, 1)) == []
