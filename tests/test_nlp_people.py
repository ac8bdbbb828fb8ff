"""People: names without titles, their position, region, affiliation and category; one entry per person.

Texts are whole sentences with ordinary lower-case words: a mostly capitalised line reads as a headline.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from extractor.nlp import analyse, load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def mentions(nlp: Language, text: str) -> list[tuple[str, dict[str, Any]]]:
    doc = analyse(text, nlp=nlp)
    return [(s.text, dict(s._.value)) for s in doc.spans["people"]]


def people(nlp: Language, text: str) -> dict[str, dict[str, Any]]:
    """One value per distinct person name."""
    out: dict[str, dict[str, Any]] = {}
    for _, value in mentions(nlp, text):
        out.setdefault(value["name"], value)
    return out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acara dibuka oleh Dr. Ir. H. Ahmad Fauzi, M.T. di aula kantor.", "Ahmad Fauzi"),
        ("Hadir pula Hj. Siti Rahma, S.E., M.Si. dalam rapat itu.", "Siti Rahma"),
        ("Rapat dipimpin Dedi Kurniawan ST MM di ruang sekda.", "Dedi Kurniawan"),
        ("Materi disampaikan Drs. Hendra Wiratama, S.IP. kepada peserta.", "Hendra Wiratama"),
        ("Paparan dibawakan Prof. Dr. Lestari Wulandari, M.Kom. dengan runtut.", "Lestari Wulandari"),
    ],
)
def test_name_without_honorifics_and_degrees(nlp: Language, text: str, name: str) -> None:
    assert list(people(nlp, text)) == [name]


AFTERWARDS = " membuka pelatihan itu di aula pada pagi hari."
OFFICIALS = [
    (
        "Kepala Dinas Kominfo Kabupaten Sleman Budi Hartono" + AFTERWARDS,
        "Budi Hartono",
        "Kepala Dinas Kominfo",
        "Kabupaten Sleman",
    ),
    ("Kepala Bappeda Sleman Budi Santoso" + AFTERWARDS, "Budi Santoso", "Kepala Bappeda", "Kabupaten Sleman"),
    ("Wali Kota Bandung Yana Permadi" + AFTERWARDS, "Yana Permadi", "Wali Kota", "Kota Bandung"),
    ("Bupati Sleman Erwin Saputra" + AFTERWARDS, "Erwin Saputra", "Bupati", "Kabupaten Sleman"),
    (
        "Hadir pula Sekretaris Daerah Kabupaten Sleman, Harda Wicaksana, dalam rapat yang digelar siang itu.",
        "Harda Wicaksana",
        "Sekretaris Daerah",
        "Kabupaten Sleman",
    ),
]


@pytest.mark.parametrize(("text", "name", "role", "region"), OFFICIALS)
def test_regional_official(nlp: Language, text: str, name: str, role: str, region: str) -> None:
    found = people(nlp, text)
    assert list(found) == [name]
    assert found[name]["category"] == "regional_official"
    assert found[name]["role"].startswith(role)
    assert found[name]["region"] == region


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Plt. Kepala Dinas Kominfo Rina Marlina" + AFTERWARDS, "Rina Marlina", "Plt. Kepala Dinas Kominfo"),
        ("Pj. Bupati Sleman Erwin Saputra" + AFTERWARDS, "Erwin Saputra", "Pj. Bupati"),
    ],
)
def test_position_as_written(nlp: Language, text: str, name: str, role: str) -> None:
    found = people(nlp, text)
    assert found[name]["role"] == role
    assert found[name]["category"] == "regional_official"


@pytest.mark.parametrize(
    "text",
    [
        "Plt. Kepala Dinas Kominfo Rina Marlina" + AFTERWARDS,
        "Kepala Dinas Kominfo Kabupaten Sleman Budi Hartono" + AFTERWARDS,
        "Kepala Diskominfo Kota Bandung Ahmad Fauzi" + AFTERWARDS,
    ],
)
def test_regional_kominfo_office_is_not_the_ministry(nlp: Language, text: str) -> None:
    (person,) = people(nlp, text).values()
    assert person["category"] == "regional_official"
    assert person["affiliation"] != "Kemenkominfo"


MINISTRY_TAIL = " membuka acara itu dan meminta daerah merawat inovasinya."


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Direktur Jenderal Aplikasi Informatika Kemenkominfo, Bayu Pranata," + MINISTRY_TAIL,
            "Bayu Pranata",
            "Direktur Jenderal Aplikasi Informatika",
        ),
        (
            "Direktur Jenderal Aplikasi Informatika Kemenkominfo Bayu Pranata" + MINISTRY_TAIL,
            "Bayu Pranata",
            "Direktur Jenderal Aplikasi Informatika",
        ),
        pytest.param(
            "Staf Ahli Menteri Kominfo, Rina Marlina," + MINISTRY_TAIL, "Rina Marlina", "Staf Ahli Menteri"
        ),
    ],
)
def test_ministry_people(nlp: Language, text: str, name: str, role: str) -> None:
    found = people(nlp, text)
    assert list(found) == [name]
    assert found[name]["category"] == "ministry"
    assert found[name]["affiliation"] == "Kemenkominfo"
    assert found[name]["role"].startswith(role)
    assert found[name]["region"] is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Evaluasi dilakukan tim asesor yaitu Yudi Prasetyo, Andi Wijaya dan Rini Susanti hari itu.",
            ["Yudi Prasetyo", "Andi Wijaya", "Rini Susanti"],
        ),
        (
            "Para juri yakni Budi Santoso, Citra Lestari, dan Dodi Firmansyah hadir di aula.",
            ["Budi Santoso", "Citra Lestari", "Dodi Firmansyah"],
        ),
    ],
)
def test_assessors_from_a_list(nlp: Language, text: str, names: list[str]) -> None:
    found = people(nlp, text)
    assert list(found) == names
    assert {p["category"] for p in found.values()} == {"assessor"}


def test_short_mention_gives_affiliation_to_listed_assessor(nlp: Language) -> None:
    text = (
        "Evaluasi dilakukan tim asesor yaitu Yudi Prasetyo, Andi Wijaya dan Rini Susanti hari itu.\n"
        "Menurut pak yudi dari ITB, paparan daerah sudah baik."
    )
    found = people(nlp, text)
    assert set(found) == {"Yudi Prasetyo", "Andi Wijaya", "Rini Susanti"}
    assert found["Yudi Prasetyo"]["affiliation"] == "Institut Teknologi Bandung"
    assert found["Andi Wijaya"]["affiliation"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Hendra Gunawan sebagai asesor memberi masukan kepada tim.",
        "Asesor Hendra Gunawan memberi masukan kepada tim.",
    ],
)
def test_assessor_by_position(nlp: Language, text: str) -> None:
    found = people(nlp, text)
    assert list(found) == ["Hendra Gunawan"]
    assert found["Hendra Gunawan"]["category"] == "assessor"


def test_role_after_sebagai_stops_at_the_position(nlp: Language) -> None:
    found = people(nlp, "Hendra Gunawan sebagai asesor memberi masukan kepada tim.")
    assert found["Hendra Gunawan"]["role"] == "asesor"


@pytest.mark.parametrize(
    "text",
    [
        '"Kami siap dinilai," kata Rudi Hartono kepada wartawan.',
        "Menurut Rudi Hartono, aplikasi itu sudah dipakai warga.",
        '"Datanya lengkap," ujar Rudi Hartono di sela acara.',
    ],
)
def test_speech_verb_marks_a_person(nlp: Language, text: str) -> None:
    assert list(people(nlp, text)) == ["Rudi Hartono"]


@pytest.mark.parametrize(
    "text",
    [
        "Materi disampaikan Fitri R. Ananda, S.Kom. di aula. Menurut Fitri R Ananda, data menjadi kunci.",
        "Bupati Sleman Erwin Saputra membuka acara. Erwin berharap inovasi terus tumbuh.",
        '"Kami siap," kata Rudi Hartono. Rudi menambahkan bahwa tim sudah bekerja.',
    ],
)
def test_one_person_written_several_ways_counts_once(nlp: Language, text: str) -> None:
    found = mentions(nlp, text)
    assert len(found) >= 2
    assert len({value["name"] for _, value in found}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Pertemuan berlangsung di Hotel Aston dengan suasana santai.",
        "Rapat lanjutan digelar lewat Zoom Meeting bersama peserta.",
        "Praktisi teknologi turut hadir dalam diskusi.",
        "Peserta menginap di Hotel Aston Sleman selama kegiatan.",
        "Kabupaten Sleman dan Kota Yogyakarta menandatangani kerja sama.",
    ],
)
def test_organisation_and_place_words_are_not_people(nlp: Language, text: str) -> None:
    assert mentions(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Menurut Rudi Hartono, aplikasi itu sudah dipakai warga.", "Rudi Hartono"),
        pytest.param('"Datanya lengkap," ujar Rudi Hartono.', "Rudi Hartono"),
        pytest.param("Asesor yang hadir yaitu Andi Wijaya dan Rini Susanti.", "Rini Susanti"),
    ],
)
def test_mention_text_is_the_name_as_written(nlp: Language, text: str, mention: str) -> None:
    assert mention in [span_text for span_text, _ in mentions(nlp, text)]
