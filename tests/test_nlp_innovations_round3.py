"""Innovations, third round on real news: connectives opening a name, the steps of an evaluation, visited rooms and
grades read as names; a pillar that files the item after it; lower-case names after a weak cue; web addresses in a
dimension's list; what the classifier reads of an item of a list."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from fixtures.support import innovation_values as values
from spacy.language import Language

import extractor.summary
from extractor.nlp import analyse


@pytest.mark.parametrize(("text", "expected"), [
    # a connective or a list word opening the sentence is no part of the name
    (("Program unggulan kota ada dua. Yakni Sipadu untuk pilar smart governance, Kredit Tani Maju untuk pilar smart "
      "economy."), ["Sipadu", "Kredit Tani Maju"]),
    (("Pemkot menyiapkan sejumlah aplikasi untuk warga kota. Kemudian SIDAMAI, merupakan aplikasi berita yang "
      "menyampaikan kabar kecamatan."), ["SIDAMAI"]),
    # a value word written in capitals is an app's acronym
    (("Pemkot menyiapkan sejumlah aplikasi untuk warga kota.\nKemudian SINERGI, merupakan aplikasi berita untuk "
      "kabar kecamatan."), ["SINERGI"]),
])
def test_a_connective_opening_the_sentence_is_no_part_of_the_name(nlp: Language, text: str,
                                                                  expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # the steps of an evaluation, a region's government by its short name, the grade of an index
    "Panitia menyusun jadwal hari kedua, di antaranya Focus Group Discussion (FGD) bersama dinas soal aplikasi.",
    "Kadis menjelaskan bahwa Assessment aplikasi kota merupakan penilaian oleh kementerian.",
    "Salah satu yang menjadi inovasi andalan Pemda Sleman adalah pembukaan akses jalan.",
    "Indeks SPBE kota ditargetkan naik menjadi predikat “Sangat Baik” tahun depan dengan inovasi digital.",
    # a room visited or met in
    "Rombongan Pemkab Sleman kembali usai mengunjungi Bandung Command Center, Rabu (14/9).",
    "Komisi III meminta anggaran smart city saat mengunjungi Command Center Diskominfo, Senin pagi.",
    # values, as before
    "Program ini berjalan berkat beberapa nilai, diantaranya Komitmen, Kolaborasi dan Sinergi para pihak dalam aplikasi.",
])
def test_evaluation_steps_governments_grades_and_visited_rooms_are_no_innovations(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_a_command_center_launched_is_still_an_innovation(nlp: Language) -> None:
    assert names(nlp, "Wali kota meresmikan Sleman Command Center, Senin.") == ["Sleman Command Center"]


def test_pada_pilar_files_the_item_before_it_and_an_unnamed_pillar_files_none(nlp: Language) -> None:
    text = "Kemudian, Kelas Bahasa Gratis pada pilar smart society, Home Care Lansia untuk pilar kesehatan."
    found = {v["name"]: v for v in values(nlp, text)}
    assert found["Kelas Bahasa Gratis"]["dimension"] == "Smart Society"
    # the dimension before it filed the item before it; the pillar it is filed under is no description either
    assert found["Home Care Lansia"]["dimension"] is None
    assert found["Home Care Lansia"]["description"] is None


@pytest.mark.parametrize(("text", "expected"), [
    # a type word and a lower-case name after a weak cue
    ("Smart economy salah satunya diwujudkan dengan aplikasi pasar tani yang dibuat oleh Dinas Pertanian.",
     [("pasar tani", "Smart Economy")]),
    # a web address does not end the dimension's list
    (("Smart governance diwujudkan dengan beberapa website seperti Slemankab.go.id dan Sidata untuk informasi "
      "statistik daerah."), [("Slemankab", "Smart Governance"), ("Sidata", "Smart Governance")]),
    # "sebagai berikut" and the definition of a dimension name nothing
    ("Lalu pilar Smart Living dengan inovasi sebagai berikut:", []),
    ("Smart governance adalah layanan publik tanpa antre bagi warga.", []),
])
def test_items_after_a_weak_cue(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(v["name"], v["dimension"]) for v in values(nlp, text)] == expected


def test_an_item_of_a_list_is_read_with_its_own_describing_words(nlp: Language,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    rows: list[dict[str, str]] = []
    monkeypatch.setattr(extractor.summary, "predict_dimensions", lambda r: rows.extend(r) or [])
    doc = analyse("Pemkot memiliki sistem terintegrasi. Seperti Sistem Informasi Kinerja, aplikasi perpajakan "
                  "e-Pajakku, layanan perizinan SIPINTU, dan aplikasi surat-menyurat e-Surat.", nlp=nlp)
    extractor.summary._innovations(doc)
    read = {r["name"]: (r["description"], r["sentence"]) for r in rows}
    # the words before the next item are that item's, in what the classifier reads and as a description
    assert read["Sistem Informasi Kinerja"] == ("", "Seperti Sistem Informasi Kinerja, ")
    assert read["e-Pajakku"] == ("", "aplikasi perpajakan e-Pajakku, ")
    assert read["e-Surat"] == ("", "aplikasi surat-menyurat e-Surat.")


def test_a_name_opening_with_lalu_lintas_keeps_it(nlp: Language) -> None:
    # "lalu" opens a sentence as a connective, but "Lalu Lintas" (traffic) is part of a name
    text = "Pemkot Kendari meluncurkan aplikasi Lalu Lintas Cerdas untuk memantau kemacetan."
    assert names(nlp, text) == ["Lalu Lintas Cerdas"]


def test_a_pillar_the_text_names_as_no_dimension_is_no_description_either(nlp: Language) -> None:
    # a description read with the verb that presents the name, not only one told after it
    found = values(nlp, "Pada smart living, Pemkot menjalankan Home Care Lansia untuk pilar kesehatan.")
    assert [(v["name"], v["dimension"], v["description"]) for v in found] == [("Home Care Lansia", None, None)]
