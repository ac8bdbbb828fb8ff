"""People on real news, issue 13 (fifth round): words of titles, degrees, verbs and places that are no names,
names wrapped over a line, and the category of presenters, inspectorates and the president.

Texts are written for these tests; the names are invented.
"""

from __future__ import annotations

from typing import Any

import pytest
from fixtures.support import people_with_proposals
from spacy.language import Language

from extractor.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def found(nlp: Language, text: str, proposed: list[str]) -> dict[str, dict[str, Any]]:
    """The people of `text` by name, with the `ner` step replaced by the given PER proposals."""
    return {name: values[0] for name, values in people_with_proposals(nlp, text, proposed).items()}


def test_a_degree_in_mixed_case_after_the_name_is_no_person(nlp: Language) -> None:
    text = "Kepala Dinas Kominfo Provinsi Jambi, Dr Wulan Sari Dewi, SSi, MSi, membuka rapat itu."
    assert set(found(nlp, text, ["Wulan Sari Dewi"])) == {"Wulan Sari Dewi"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Data penilaian diambil dari Dirjen Perimbangan Keuangan dan laporan BPK.", set()),
        ("Aturan itu terbit lewat Keputusan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi.", set()),
        ("Sementara itu Ketua Forwaka Salatiga, Budi Santoso, menyambut baik acara itu.", {"Budi Santoso"}),
    ],
)
def test_one_word_between_a_position_and_the_rest_of_its_title_is_no_name(
        nlp: Language, text: str, names: set[str]) -> None:
    assert set(found(nlp, text, ["Budi Santoso"])) == names


def test_the_head_of_the_presidential_staff_serves_the_central_government(nlp: Language) -> None:
    text = "Tarian itu ditampilkan di hadapan Kepala Staf Kepresidenan Republik Indonesia, Hendra Wijaya, dan tamu."
    people = found(nlp, text, ["Hendra Wijaya"])
    assert set(people) == {"Hendra Wijaya"}
    assert people["Hendra Wijaya"]["category"] == "ministry"


def test_cities_of_a_world_ranking_are_no_people(nlp: Language) -> None:
    text = "Peringkat teratas indeks itu diraih Zurich, Oslo, dan Canberra, disusul Dubai."
    assert found(nlp, text, ["Zurich", "Oslo", "Dubai"]) == {}


def test_a_capitalised_verb_after_a_name_ends_it(nlp: Language) -> None:
    text = ("Tamu diterima Wakil Wali Kota Tegal, Rudi Hartawan. Dalam kesempatan itu Rudi Mengucapkan terima kasih "
            "kepada warga.")
    assert set(found(nlp, text, ["Rudi Hartawan", "Rudi Mengucapkan"])) == {"Rudi Hartawan"}


def test_a_company_acronym_before_the_model_s_name_ends_the_position(nlp: Language) -> None:
    text = "Program itu berlanjut, kata Director of Strategy and Business Development PGX M. Wahid Santoso."
    names = set(found(nlp, text, ["M. Wahid Santoso"]))
    assert len(names) == 1 and "Wahid Santoso" in next(iter(names)) and "Business" not in next(iter(names))


def test_a_presenter_of_a_technical_guidance_is_a_programme_guide(nlp: Language) -> None:
    text = "Bimtek itu mengundang narasumber dari Institut Teknologi Bandung (ITB) Prof Wulan Pertiwi dan tim ahli."
    assert found(nlp, text, ["Wulan Pertiwi"])["Wulan Pertiwi"]["category"] == "assessor"


def test_the_regional_inspectorate_before_a_name_is_its_head(nlp: Language) -> None:
    text = "Inspektorat Daerah Kabupaten Lahat, Hendra Wijaya, S.E., selaku pimpinan rombongan, membuka diskusi."
    assert found(nlp, text, ["Hendra Wijaya"])["Hendra Wijaya"]["category"] == "regional_official"


def test_an_office_topic_in_a_list_of_offices_is_no_name(nlp: Language) -> None:
    text = "Hadir dalam rapat itu antara lain Inspektorat Daerah, Dinkes Dalduk KB, Disbudpar dan DLH."
    assert found(nlp, text, []) == {}


def test_the_president_s_short_name_is_filed_with_the_central_government(nlp: Language) -> None:
    text = "Penghargaan itu diserahkan Jokowi kepada para wali kota, kata panitia."
    assert found(nlp, text, ["Jokowi"])["Jokowi"]["category"] == "ministry"


def test_a_name_wrapped_over_a_line_of_a_fixed_width_text_stays_whole(nlp: Language) -> None:
    text = ("Hasil penilaian tahun ini\ndiumumkan oleh Kepala Dinas Kominfo Kabupaten Lahat, Hendra\nWijaya, saat rapat "
            "persiapan penilaian tahun depan dan\npemberian piagam kepada para inovator, yang\nberlangsung di aula.")
    people = found(nlp, text, ["Hendra", "Wijaya"])
    assert set(people) == {"Hendra Wijaya"}
    assert people["Hendra Wijaya"]["category"] == "regional_official"


def test_a_line_break_after_a_headline_still_ends_a_name(nlp: Language) -> None:
    text = "Kota Lahat Raih Penghargaan\nHendra Wijaya membuka acara itu. Lalu\nacara itu berjalan dan\nselesai sore."
    assert set(found(nlp, text, ["Hendra Wijaya"])) == {"Hendra Wijaya"}


def test_a_region_s_short_form_given_in_brackets_is_no_name_later(nlp: Language) -> None:
    text = ("Kabupaten Tana Toraja (Tator) menjalani evaluasi. Giliran berikutnya, Sekda Tator, Yohanes Rante, "
            "memaparkan program. Untuk Smart Living, Tator mengandalkan posyandu keliling.")
    people = found(nlp, text, ["Yohanes Rante"])
    assert set(people) == {"Yohanes Rante"}
    assert people["Yohanes Rante"]["category"] == "regional_official"


def test_a_word_after_a_sentence_opening_dari_or_after_di_is_a_place(nlp: Language) -> None:
    text = ("Paparan pertama selesai. Dari Wamena, Kepala Diskominfo Jayawijaya, Yohanes Rante, menjelaskan aplikasi "
            "yang dibuat setelah banjir melanda di Wamena tahun lalu.")
    people = found(nlp, text, ["Yohanes Rante"])
    assert set(people) == {"Yohanes Rante"}
    assert people["Yohanes Rante"]["category"] == "regional_official"


@pytest.mark.parametrize("proposed", [["Budi Santoso-Hendra Wijaya"], ["Budi Santoso"], []])
def test_a_pair_joined_by_a_hyphen_is_two_people_of_the_same_office(nlp: Language, proposed: list[str]) -> None:
    text = "Program itu janji Wali Kota dan Wakil Wali Kota Bitung Budi Santoso-Hendra Wijaya sejak 2019."
    people = found(nlp, text, proposed)
    assert set(people) == {"Budi Santoso", "Hendra Wijaya"}
    assert {p["category"] for p in people.values()} == {"regional_official"}


def test_a_presenter_named_in_brackets_after_the_name_has_that_role(nlp: Language) -> None:
    text = "Bimtek itu dibuka pagi hari.\n\nSementara itu, Hendra Wijaya (Pemateri) menjelaskan tahapan penyusunan."
    people = found(nlp, text, [])
    assert people["Hendra Wijaya"]["category"] == "assessor"


def test_who_stands_in_for_a_ministry_official_is_filed_with_the_ministry(nlp: Language) -> None:
    text = ("Direktur Aplikasi Pemerintahan Kemenkominfo, yang diwakili Ketua Tim Data Desa, Lestari Handayani, "
            "membuka kegiatan itu.")
    assert found(nlp, text, ["Lestari Handayani"])["Lestari Handayani"]["category"] == "ministry"


def test_people_picked_out_of_the_assessors_of_the_sentence_before_are_assessors(nlp: Language) -> None:
    text = ("Menurut panitia, para penilai berasal dari kementerian dan kampus. Dua di antaranya adalah Dr. Hendra "
            "Wijaya dari Institut Teknologi Bandung dan Prof. Lestari Handayani dari Universitas Gadjah Mada.")
    people = found(nlp, text, ["Hendra Wijaya", "Lestari Handayani"])
    assert {name: p["category"] for name, p in people.items()} == {
        "Hendra Wijaya": "assessor", "Lestari Handayani": "assessor"}


def test_a_role_after_the_last_item_of_an_assessor_list_is_that_item_s_own(nlp: Language) -> None:
    text = ("Rapat dihadiri tim asesor yaitu Rudy Hartawan, Marlina Bharata, serta Kartini selaku pemandu acara "
            "tersebut. Setelah itu rapat dimulai.")
    people = found(nlp, text, ["Rudy Hartawan", "Marlina Bharata"])
    assert {name: p["category"] for name, p in people.items()} == {
        "Rudy Hartawan": "assessor", "Marlina Bharata": "assessor", "Kartini": "other"}
