"""People on real news, issue 13 (sixth round): dimension, place, venue and noun words that are no names, the
items of a list of those present, sign-offs and photo credits, and the category of masterplan guides, ministry
officials who evaluate and regional assistants.

Texts are written for these tests; the names are invented (the ministry official is a public figure of
data/known_people.csv).
"""

from __future__ import annotations

import pytest
from fixtures.support import people_by_name as found
from spacy.language import Language


def test_a_word_after_smart_is_a_dimension_not_a_name(nlp: Language) -> None:
    text = ("Dimensinya yakni Smart Governance, Smart Branding, Smart Economy dan Smart Living. Hendra Wijaya selaku "
            "pembimbing menjelaskan hal itu.")
    assert set(found(nlp, text, ["Hendra Wijaya", "Branding"])) == {"Hendra Wijaya"}


@pytest.mark.parametrize("proposed", [["Pelaksanaan"], []])
def test_a_long_noun_of_pe_or_ke_and_an_is_no_name(nlp: Language, proposed: list[str]) -> None:
    text = ("Rapat itu dihadiri Staf Ahli Kepresidenan RI Hendra Wijaya bersama Dirjen Aptika Kominfo RI. "
            "Pelaksanaan rapat berlangsung lancar.")
    assert set(found(nlp, text, ["Hendra Wijaya", *proposed])) == {"Hendra Wijaya"}


def test_a_committee_and_a_complex_of_offices_are_no_names(nlp: Language) -> None:
    text = ("Acara dibuka Ketua Panitia lalu Bupati Sorong Hendra Wijaya menutupnya di Aula Kantor Bupati, Kompleks "
            "Perkantoran Mariat.")
    assert set(found(nlp, text, ["Hendra Wijaya"])) == {"Hendra Wijaya"}


def test_one_word_between_commas_before_a_region_is_a_place(nlp: Language) -> None:
    text = "Kegiatan itu digelar di SMA Negeri 1, Balige, Toba, pekan lalu."
    assert found(nlp, text, ["Balige"]) == {}


def test_the_role_then_name_items_of_those_present_are_each_a_person(nlp: Language) -> None:
    text = ("Turut hadir Asisten Pemerintahan Yosef DP Sihombing, Kadisi Lindup dr.Marta Hutapea, Plt. BPBD Rudi "
            "Hartawan, Kadis Perpustakaan TM Silalahi, dan staf.")
    people = found(nlp, text, ["Rudi Hartawan"])
    assert set(people) == {"Yosef DP Sihombing", "Marta Hutapea", "Rudi Hartawan", "TM Silalahi"}
    assert people["Yosef DP Sihombing"]["category"] == "regional_official"
    assert people["Marta Hutapea"]["category"] == "regional_official"  # "Kadisi": the head of an office, misspelt


def test_a_writer_signing_off_after_a_slash_is_a_person(nlp: Language) -> None:
    text = "Rapat itu dihadiri sejumlah staf./Dison TF.\n\nAcara berikutnya digelar pekan depan."
    assert set(found(nlp, text, [])) == {"Dison TF"}


def test_a_photo_credit_for_an_outlet_in_capitals_names_its_photographer(nlp: Language) -> None:
    text = "SUTRISNO HUMAS FOR KOTAPOS.ID SAMBUTAN: Bupati Sorong Hendra Wijaya menyampaikan sambutannya."
    assert {name.lower() for name in found(nlp, text, ["Hendra Wijaya"])} == {"sutrisno", "hendra wijaya"}


def test_a_named_team_of_masterplan_guides_are_assessors(nlp: Language) -> None:
    text = ("Para peserta bimtek didampingi Tim Penyusunan Master Plan Smart City Kementerian Kominfo, yaitu "
            "Ibu Lestari Handayani, M.Sc, Bapak Drs. Sutrisno, M.Si, dan Dr. Ing. Rudi Hartawan, M.Sc.")
    people = found(nlp, text, ["Lestari Handayani", "Rudi Hartawan"])
    assert {name: p["category"] for name, p in people.items()} == {
        "Lestari Handayani": "assessor", "Sutrisno": "assessor", "Rudi Hartawan": "assessor"}


def test_a_ministry_official_presented_among_the_assessors_is_an_assessor(nlp: Language) -> None:
    text = ("Para asesor lalu bertanya satu per satu kepada tim daerah.\n\nDwi Elfrida Simanungkalit mengatakan "
            "bahwa pemkab perlu menggandeng komunitas.")
    people = found(nlp, text, ["Dwi Elfrida Simanungkalit"])
    assert people["Dwi Elfrida Simanungkalit"]["category"] == "assessor"


def test_a_ministry_official_away_from_assessors_stays_with_the_ministry(nlp: Language) -> None:
    text = "Acara dibuka pagi hari.\n\nDwi Elfrida Simanungkalit mengatakan bahwa pemkab perlu menggandeng komunitas."
    people = found(nlp, text, ["Dwi Elfrida Simanungkalit"])
    assert people["Dwi Elfrida Simanungkalit"]["category"] == "ministry"


def test_a_regional_assistant_with_a_misspelt_portfolio_is_a_regional_official(nlp: Language) -> None:
    text = ("Sambutan dibacakan Asisten Perekoniman dan Pembangunan Setdakab Minahasa Ir Budi Hartono, saat membuka "
            "acara.")
    people = found(nlp, text, ["Budi Hartono"])
    assert people["Budi Hartono"]["category"] == "regional_official"
