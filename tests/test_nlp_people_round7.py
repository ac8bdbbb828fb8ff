"""People on real news, issue 13 (seventh round): the staff a study visit lists under one position in brackets,
the functional grades of a regional office, a representative of a ministry, and a weekday cut by a stray comma.

Texts are written for these tests; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures.support import people_by_name as found
from spacy.language import Language


@pytest.mark.parametrize("joint", [", S.T. dan", " dan", ", S.Kom.,"])
def test_the_names_in_the_bracket_after_a_position_all_hold_it(nlp: Language, joint: str) -> None:
    text = (f"Rombongan Diskominfo Kota Bima terdiri dari Kepala Bidang Statistik (Hendra Wijaya), dua Pranata "
            f"Komputer Ahli Pertama (Rina Susanti{joint} Yosef Manuhutu, S.Sos.) dan seorang sopir.")
    people = found(nlp, text, ["Hendra Wijaya", "Rina Susanti", "Yosef Manuhutu"])
    assert set(people) == {"Hendra Wijaya", "Rina Susanti", "Yosef Manuhutu"}
    assert people["Yosef Manuhutu"]["category"] == "regional_official"
    assert people["Yosef Manuhutu"]["role"] == people["Rina Susanti"]["role"] == "Pranata Komputer Ahli Pertama"


def test_a_name_after_a_closed_bracket_does_not_take_its_position(nlp: Language) -> None:
    text = ("Hadir Kepala Bidang Statistik (Hendra Wijaya), dan Rina Susanti menyampaikan pendapatnya sebagai warga "
            "Kota Bima.")
    people = found(nlp, text, ["Hendra Wijaya", "Rina Susanti"])
    assert people["Rina Susanti"]["role"] is None


@pytest.mark.parametrize("position", ["Pengendali Teknologi Informasi", "staf Bidang Aplikasi"])
def test_functional_grades_and_staff_of_a_unit_serve_the_region(nlp: Language, position: str) -> None:
    text = f"Diskominfo Kota Bima mengirim {position} (Rina Susanti) ke Kota Denpasar untuk studi tiru smart city."
    people = found(nlp, text, ["Rina Susanti"])
    assert people["Rina Susanti"]["category"] == "regional_official"


@pytest.mark.parametrize("body", ["Kemendagri", "Bappenas"])
def test_a_representative_of_a_ministry_belongs_to_it(nlp: Language, body: str) -> None:
    text = f"Rapat smart city itu juga dihadiri Hendra Wijaya, perwakilan dari {body}, dan para kepala dinas."
    people = found(nlp, text, ["Hendra Wijaya"])
    assert people["Hendra Wijaya"]["category"] == "ministry"
    assert people["Hendra Wijaya"]["affiliation"]


def test_an_academic_from_a_university_keeps_the_university(nlp: Language) -> None:
    text = "Materi disampaikan Hendra Wijaya, akademisi dari Universitas Gadjah Mada, kepada peserta."
    people = found(nlp, text, ["Hendra Wijaya"])
    assert people["Hendra Wijaya"]["category"] == "other"
    assert people["Hendra Wijaya"]["affiliation"] == "Universitas Gadjah Mada"


def test_a_weekday_cut_by_a_comma_and_a_functional_grade_are_no_names(nlp: Language) -> None:
    text = ("Hal itu disampaikan Kadis Kominfo Hendra Wijaya, Jum,at (22/02/2019). Ia didampingi Pejabat "
            "Fungsional Pranata Humas dan staf.")
    assert set(found(nlp, text, ["Hendra Wijaya"])) == {"Hendra Wijaya"}


@pytest.mark.parametrize("office", ["Kepala Dinas Kominfo Provinsi NTB", "Kadis Kominfo Sumut"])
def test_a_province_official_named_without_a_comma_is_found(nlp: Language, office: str) -> None:
    text = f"Acara smart city itu digelar pagi hari. {office} Hendra Wijaya hadir dan memberi sambutan singkat."
    people = found(nlp, text, ["Hendra Wijaya"])
    assert people["Hendra Wijaya"]["category"] == "regional_official"


def test_a_university_head_keeps_the_name_after_the_university(nlp: Language) -> None:
    text = "Acara itu digelar pagi hari. Rektor Universitas Gadjah Mada Hendra Wijaya hadir bersama para dosen."
    people = found(nlp, text, ["Hendra Wijaya"])
    assert people["Hendra Wijaya"]["affiliation"] == "Universitas Gadjah Mada"


@pytest.mark.parametrize("text", [
    "Deputi Bidang Koordinasi Ekonomi Digital Kemenko Perekonomian Hendra Wijaya hadir dalam evaluasi itu.",
    "Evaluasi itu dihadiri Hendra Wijaya dari Kementerian Perhubungan bersama pejabat daerah.",
    "Dalam rapat itu Perwakilan Bappenas Hendra Wijaya memberi sambutan tentang kota cerdas.",
])
def test_officials_of_the_programme_s_central_partners_are_the_ministry_s(nlp: Language, text: str) -> None:
    people = found(nlp, f"Rapat digelar pagi hari. {text}", ["Hendra Wijaya"])
    assert people["Hendra Wijaya"]["category"] == "ministry"


def test_a_lecturer_who_is_also_an_evaluator_is_an_assessor(nlp: Language) -> None:
    text = ("Rapat digelar pagi hari. Hendra Wijaya, dosen ITB yang juga anggota tim evaluator, menilai paparan "
            "Bupati Bima.")
    assert found(nlp, text, ["Hendra Wijaya"])["Hendra Wijaya"]["category"] == "assessor"


def test_a_lecturer_who_speaks_is_no_assessor(nlp: Language) -> None:
    text = "Rapat digelar pagi hari. Hendra Wijaya, dosen ITB yang hadir sebagai warga, memberi pendapat."
    assert found(nlp, text, ["Hendra Wijaya"])["Hendra Wijaya"]["category"] == "other"


@pytest.mark.parametrize(("position", "category"), [
    ("Menteri Dalam Negeri", "ministry"),
    ("Menteri Komunikasi dan Informatika", "ministry"),
    ("Mendagri", "ministry"),
    ("Direktur RSUD Bima", "regional_official"),
])
def test_ministers_named_by_their_ministry_and_a_regional_hospital_head(nlp: Language, position: str,
                                                                        category: str) -> None:
    text = f"Rapat smart city digelar pagi hari. {position} Hendra Wijaya membuka rapat itu."
    assert found(nlp, text, ["Hendra Wijaya"])["Hendra Wijaya"]["category"] == category


@pytest.mark.parametrize(("position", "category"), [("Kabid TIK", "regional_official"),
                                                    ("Ketua Relawan TIK", "other")])
def test_a_name_after_an_office_s_acronym_is_found(nlp: Language, position: str, category: str) -> None:
    text = f"Rapat smart city digelar pagi hari. {position} Hendra Wijaya menjelaskan rencana itu."
    assert found(nlp, text, ["Hendra Wijaya"])["Hendra Wijaya"]["category"] == category


def test_a_ministry_misspelt_in_a_list_of_partners_is_no_person(nlp: Language) -> None:
    text = "Gerakan itu melibatkan Kemendagri, Kementerian PUPR, Menpan RB, Bapenas dan Kantor Staf Kepresidenan."
    assert found(nlp, text, []) == {}


def test_a_professor_whose_sentence_makes_them_an_assessor_is_one(nlp: Language) -> None:
    text = ("Evaluasi smart city digelar secara daring. Hendra Wijaya, Guru Besar Fakultas Teknik UGM, menjadi salah "
            "satu penilai.")
    assert found(nlp, text, ["Hendra Wijaya"])["Hendra Wijaya"]["category"] == "assessor"


def test_a_university_person_right_after_the_assessors_are_presented_is_one(nlp: Language) -> None:
    text = ("Evaluasi smart city digelar secara daring. Tim penilai terdiri atas akademisi dan praktisi. Hendra Wijaya "
            "dari ITB menyoroti command center.")
    assert found(nlp, text, ["Hendra Wijaya"])["Hendra Wijaya"]["category"] == "assessor"


def test_a_university_person_far_from_the_assessors_is_not_one(nlp: Language) -> None:
    text = ("Tim penilai terdiri atas akademisi dan praktisi. Wali Kota memaparkan capaian kota. Hendra Wijaya dari "
            "ITB menyoroti command center.")
    assert found(nlp, text, ["Hendra Wijaya"])["Hendra Wijaya"]["category"] == "other"


@pytest.mark.parametrize("office", ["Kepresidenan", "Kepersidenan"])
def test_a_deputy_of_the_presidential_staff_office_is_central_government(nlp: Language, office: str) -> None:
    text = (f"Penghargaan smart city diterima Sekda dari Deputi II Kepala Staf {office} RI Hendra Wijaya didampingi "
            "menteri.")
    assert found(nlp, text, ["Hendra Wijaya"])["Hendra Wijaya"]["category"] == "ministry"
