"""Events, the dates audit of the first-sight errors: the start of a step whose date is written apart from it
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from fixtures.support import events_in as events
from spacy.language import Language


@pytest.mark.parametrize(("text", "expected"), [
    # the year the text calls this one dates a step told without a date of its own
    (("Dinas Kominfo Kabupaten Sinjai menggelar bimbingan teknis penyusunan masterplan smart city bersama "
      "kementerian. Pada tahun 2023 ini Sinjai menjadi salah satu daerah pendamping."),
     [("technical_guidance", "2023")]),
    (("Wali Kota Bitung memaparkan kesiapan daerahnya di hadapan tim asesor smart city. Jaringan serat optik sudah "
      "terpasang sejak 2017, dan di 2019 ini akan menjangkau seluruh kelurahan."), [("assessment", "2019")]),
    (("Pemkab Muna Barat menandatangani nota kesepahaman smart city dengan Kementerian Kominfo.\n"
      "Bupati menyebut, tahun 2021 ini daerahnya mulai menyusun rencana induk."), [("mou_signing", "2021")]),
    # two years each called this one: no certain year
    (("Pemkab Muna Barat menandatangani nota kesepahaman smart city dengan Kementerian Kominfo. Anggaran tahun "
      "2021 ini naik, dan target tahun 2022 ini lebih tinggi."), [("mou_signing", None)]),
])
def test_the_year_a_text_calls_this_one_dates_an_undated_step(nlp: Language, text: str,
                                                               expected: list[tuple[str, str | None]]) -> None:
    assert [(e["type"], e["start"]) for e in events(nlp, text)] == expected
