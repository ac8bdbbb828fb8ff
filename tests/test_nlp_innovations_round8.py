"""Innovations, eighth round on real news (the groups r2000-r2023 and r2100-r2123): a unit of a regional office
named after the ministry's directorate, generic facilities and networks, a connective opening a quoted sentence, and
an app's name spelt out with a comma before its acronym, a list opening its own sentence after the one
announcing the programmes ("... sejumlah program ... . Di antaranya, A, B") (sentences written for these tests)."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from spacy.language import Language

from extractor.nlp.innovations import PHRASE_ACRONYM


@pytest.mark.parametrize("text", [
    # a unit of a regional office, named like the ministry's directorate
    "Kepala Bidang (Kabid) Aplikasi Teknologi Informatika (Aptika) pada Diskominfo Kabupaten Garut, Budi, hadir.",
    # generic facilities and networks
    "Media Center, Senin (14/12) Pemerintah Kabupaten Garut menerima penghargaan kota cerdas.",
    ("Pada 2009 dilakukan pengembangan aplikasi melalui Intranet Pemerintah Daerah, lalu aplikasi online untuk "
     "Layanan dan Informasi Publik."),
    # a connective opening a sentence of a quote
    "\"Kami ingin warga dilayani. Jadi, aplikasi itu bukan untuk gaya-gayaan,\" tuturnya.",
])
def test_units_facilities_and_connectives_are_no_programmes(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    (("Pemkab Sumedang mulai memakai Sistem Informasi Pengelolaan Aset, Persediaan dan Pengadaan (Sipaspa) "
      "tahun ini."), ["Sistem Informasi Pengelolaan Aset, Persediaan dan Pengadaan (Sipaspa)"]),
    ("Pemkab Garut meluncurkan aplikasi Layanan Administrasi, Kependudukan dan Catatan Sipil (Lakcas) untuk warga.",
     ["Layanan Administrasi, Kependudukan dan Catatan Sipil (Lakcas)"]),
])
def test_an_apps_name_spelt_out_with_a_comma_keeps_its_acronym(nlp: Language, text: str,
                                                               expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_the_widened_phrase_pattern_stays_linear_on_hostile_input() -> None:
    assert PHRASE_ACRONYM.search("Aaa, " * 12_500 + "(x") is None
    assert PHRASE_ACRONYM.search("A" + " " * 50_000 + "(") is None


def test_a_list_opening_its_own_sentence_names_the_programmes_announced_before(nlp: Language) -> None:
    text = ("Pemkab Ngawi sudah menjalankan sejumlah program yang sejalan dengan smart city. Di antaranya, Petani "
            "Cerdas, Sapa Warga Desa (Sawade), dan pembuatan sumur resapan.")
    assert names(nlp, text) == ["Petani Cerdas", "Sapa Warga Desa (Sawade)"]


def test_a_list_opening_a_sentence_after_no_programme_names_none(nlp: Language) -> None:
    assert names(nlp, "Warga Ngawi menyambut baik acara itu. Di antaranya, Budi Santoso dan Rina Wati.") == []
