"""People on real news, issue 13 (fourth round): where a name starts and ends inside a run of capitalised words, and
which words of a position or an office are no names.

Texts are written for these tests; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures.support import people_by_name as found
from spacy.language import Language


def test_an_honorific_inside_the_words_after_a_head_of_region_opens_the_name(nlp: Language) -> None:
    text = "Acara dibuka Wakil Bupati Tabul H Darmawan Sutejo di aula kantor bupati."
    people = found(nlp, text, ["Darmawan Sutejo"])
    assert set(people) == {"Darmawan Sutejo"}
    assert people["Darmawan Sutejo"]["category"] == "regional_official"


def test_a_position_after_the_first_words_ends_the_name(nlp: Language) -> None:
    text = "Rapat diikuti Sekda Sleman Hartono, Lestari Widya Kasubag Kerjasama Setda Sleman, dan pejabat lain."
    people = found(nlp, text, ["Hartono"])
    assert "Lestari Widya" in people and not any("Kerjasama" in name for name in people)


def test_a_position_serving_no_region_is_followed_by_a_name_not_a_place(nlp: Language) -> None:
    text = "Hadir pula Kadiskominfo Mardiansyah, Joko Pramono Kabid Aptika, serta staf."
    people = found(nlp, text, [])
    assert people["Mardiansyah"]["role"] == "Kadiskominfo"


def test_a_middle_initial_i_is_no_roman_numeral(nlp: Language) -> None:
    text = "Evaluasi dipimpin ketua tim asesor, Rahma I. Wardhani, bersama anggota tim."
    people = found(nlp, text, ["Rahma I. Wardhani"])
    assert set(people) == {"Rahma I. Wardhani"}


def test_a_bracketed_short_form_of_a_region_is_no_person(nlp: Language) -> None:
    text = "Bupati Luwu Utara (Lutra), Sekar Ayuningtyas, membuka rapat koordinasi smart city."
    people = found(nlp, text, ["Lutra", "Sekar Ayuningtyas"])
    assert set(people) == {"Sekar Ayuningtyas"}


def test_a_word_inside_a_list_of_office_words_is_no_person(nlp: Language) -> None:
    text = "Dinas Komunikasi, Informatika, Sandi dan Statistik Kota Cilegon menggelar bimtek smart city."
    assert found(nlp, text, ["Sandi"]) == {}


def test_a_government_office_after_yang_juga_decides_the_category(nlp: Language) -> None:
    text = "Hadir pula Ketua APEKSI Ratna Kumalasari yang juga Wali Kota Madiun dalam acara itu."
    people = found(nlp, text, ["Ratna Kumalasari"])
    assert people["Ratna Kumalasari"]["category"] == "regional_official"


def test_a_region_acronym_in_title_case_opening_a_name_is_a_first_name(nlp: Language) -> None:
    text = "Paparan disampaikan Kepala Bidang Aptika Diskominfo Oki Tri Handoko kepada tim asesor."
    people = found(nlp, text, ["Oki Tri Handoko"])
    assert set(people) == {"Oki Tri Handoko"}


def test_the_regional_inspector_before_a_name(nlp: Language) -> None:
    text = "Inspektur Kabupaten Musi Rawas, Sudirman Latif, memimpin rombongan kunjungan kerja."
    people = found(nlp, text, ["Sudirman Latif"])
    assert people["Sudirman Latif"]["category"] == "regional_official"


@pytest.mark.parametrize("text", [
    "Penghargaan diserahkan pada acara Closing Ceremony Gerakan Menuju Smart City di Jakarta.",
    "Tim Smart City Kota Bogor hadir di paseban Sri Bima Setdakot Bogor.",
])
def test_event_and_venue_words_are_no_people(nlp: Language, text: str) -> None:
    assert found(nlp, text, ["Closing Ceremony", "Sri Bima"]) == {}
