"""People on real news, issue 13 (twelfth round): words of offices and bodies that a position before them made look
like a name ("Pemda", "Forum", "Kesbangpol", "Dialog", "Perempuan"), "Kaban" (the head of an agency) read as a
position, not a name, a German doctorate after "Dr." ("Rer.Nat."), and a campus's department, study group and a verb
opening a sentence ("Berperan sebagai moderator"), and a sentence end glued to the next word ("X.sebelum").

Texts are written for these tests; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures.support import people_by_name as found
from spacy.language import Language


@pytest.mark.parametrize("text, proposed, names", [
    (("Acara dibuka oleh Plt Asisten Pemerintahan dan Kesra Pemda Sumba Timur, Bernadus mewakili Penjabat Bupati "
      "Sumba Timur, Senin (3/6/2024)."), ["Bernadus"], {"Bernadus"}),
    ("Pelatihan diikuti Kepala OPD, Tim Pelaksana Smart City, Forum Warga dan Dinas Kominfo, kata Bambang Sutrisno.",
     ["Bambang Sutrisno"], {"Bambang Sutrisno"}),
    (("Kepala Dinas Komunikasi Informatika Statistik dan Persandian (Dialog SP) Kota Magelang, Wulan Sari menerangkan "
      "rencana itu."), ["Wulan Sari"], {"Wulan Sari"}),
])
def test_words_of_offices_and_bodies_after_a_position_are_no_people(
        nlp: Language, text: str, proposed: list[str], names: set[str]) -> None:
    assert set(found(nlp, text, proposed)) == names


def test_the_head_of_an_agency_written_kaban_is_a_position(nlp: Language) -> None:
    text = ("Naskah ditandatangani Plt Kaban Kesbangpol Markus Tambunan, Plt Kadis Pemberdayaan Perempuan Rosa "
            "Hutagalung serta Plt Kadis Perpustakaan Lina Simbolon.")
    people = found(nlp, text, ["Markus Tambunan", "Rosa Hutagalung", "Lina Simbolon"])
    assert set(people) == {"Markus Tambunan", "Rosa Hutagalung", "Lina Simbolon"}
    assert people["Markus Tambunan"]["category"] == "regional_official"


def test_a_german_doctorate_after_dr_is_a_title_not_a_person(nlp: Language) -> None:
    text = ("Sambutan disampaikan Dekan Fakultas Teknik, Prof. Dr. Rer.Nat. Yusuf Hadi Purnomo, S.Si., M.Sc., yang "
            "berharap kerja sama berlanjut.")
    people = found(nlp, text, ["Yusuf Hadi Purnomo"])
    assert set(people) == {"Yusuf Hadi Purnomo"}
    assert people["Yusuf Hadi Purnomo"]["role"] == "Dekan Fakultas Teknik"


def test_words_of_a_campus_study_group_and_a_verb_opening_the_sentence_are_no_people(nlp: Language) -> None:
    text = ("Seminar digelar Departemen Teknik Sipil. Berperan sebagai moderator yaitu Dr. Nuraini Lestari selaku "
            "Ketua Kelompok Studi Smart City, Village & Region dan Sekretaris Departemen Teknik Sipil.")
    assert set(found(nlp, text, ["Nuraini Lestari"])) == {"Nuraini Lestari"}


def test_a_sentence_end_glued_to_the_next_word_ends_the_name(nlp: Language) -> None:
    text = "Hal itu disampaikan Bupati Samosir Markus Tambunan.sebelum membuka acara ia berterima kasih kepada panitia."
    people = found(nlp, text, ["Markus Tambunan.sebelum"])
    assert set(people) == {"Markus Tambunan"}
    assert people["Markus Tambunan"]["category"] == "regional_official"


def test_a_web_address_keeps_its_ending(nlp: Language) -> None:
    text = "Berita ini dikutip dari Warta.com, kata Bambang Sutrisno."
    assert set(found(nlp, text, ["Bambang Sutrisno"])) == {"Bambang Sutrisno"}
