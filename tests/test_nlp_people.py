"""People: names without titles, their position, region, affiliation and category; one entry per person.

Texts are whole sentences with ordinary lower-case words: a mostly capitalised line reads as a headline.
"""

from __future__ import annotations

from typing import Any

import pytest
from fixtures.support import people_with_proposals
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


# -- the rules around the trained model --------------------------------------------------------------------
# These tests preset what the model proposes (doc.ents, label PER) instead of running it, so they check the
# rules alone and do not change when the model is retrained.


def with_model(nlp: Language, text: str, proposed: list[str]) -> dict[str, dict[str, Any]]:
    """The people by name (first mention's value) with the `ner` step replaced by the given PER proposals."""
    return {name: values[0] for name, values in people_with_proposals(nlp, text, proposed).items()}


@pytest.mark.parametrize(
    ("text", "proposed", "names"),
    [
        # one-word names, with a speech verb or alone
        ('"Jaringan sudah siap," ungkap Wartini kepada wartawan.', ["Wartini"], ["Wartini"]),
        ("Lebih lanjut, Suparjo menjelaskan bahwa aplikasi itu gratis.", ["Suparjo"], ["Suparjo"]),
        # names with no title at all
        ("Acara itu dihadiri Rudiantara dan Tjahjo Kumolo di gedung utama.", ["Rudiantara", "Tjahjo Kumolo"],
         ["Rudiantara", "Tjahjo Kumolo"]),
    ],
)
def test_model_proposes_names_the_rules_cannot_cue(nlp: Language, text: str, proposed: list[str],
                                                   names: list[str]) -> None:
    assert list(with_model(nlp, text, proposed)) == names


def test_one_word_name_needs_the_model(nlp: Language) -> None:
    text = '"Jaringan sudah siap," ungkap Wartini kepada wartawan.'
    assert with_model(nlp, text, []) == {}


@pytest.mark.parametrize(
    ("text", "proposed", "names"),
    [
        # role and topic words of a position, even when the model takes them for a name
        ("Staf Ahli Bupati Bidang Hukum dan Politik, Rahmat Hidayat, membuka acara itu.", ["Politik"],
         ["Rahmat Hidayat"]),
        ("Asisten Pemerintah Kota (Pemko) Payakumbuh, Amrul Hakim, mengatakan kota siap.", ["Pemko"],
         ["Amrul Hakim"]),
        ("Bimtek itu dihadiri Ketua Organisasi Pers dan para camat.", ["Pers"], []),
        ("Kegiatan dibuka Wakil Bupati (Wabup) Sunarto Litang di aula.", ["Wabup"], ["Sunarto Litang"]),
        # a misspelt role word is no name either
        ("Rapat dihadiri Asisten Bidang Administasi Umum Hendra Gunawan di ruang rapat.", [], ["Hendra Gunawan"]),
        ("Menteri Komunikasi dan Informastika, Yohanes Plate, membuka acara.", ["Informastika"],
         ["Yohanes Plate"]),
        # degrees after a name
        ("Program ini didampingi oleh Yusuf Hamdani, B.Sc, M.Sc, sebagai pendamping dari kementerian.", [],
         ["Yusuf Hamdani"]),
        # an agency pair written with a hyphen
        ("Rapat dihadiri perwakilan TNI-Polri dan undangan lainnya.", ["TNI-Polri"], []),
    ],
)
def test_non_names_are_vetoed(nlp: Language, text: str, proposed: list[str], names: list[str]) -> None:
    assert list(with_model(nlp, text, proposed)) == names


def test_region_does_not_bleed_into_the_name(nlp: Language) -> None:
    found = with_model(nlp, '"Kita terus maju," ujar Pj Sekda Siak Hasanuddin saat membuka rapat.', ["Hasanuddin"])
    assert list(found) == ["Hasanuddin"]
    assert found["Hasanuddin"]["category"] == "regional_official"


def test_initials_stay_in_the_name(nlp: Language) -> None:
    found = with_model(nlp, "Walikota Manado G.S. Budi Lumentut membuka acara itu.", ["Budi Lumentut"])
    assert list(found) == ["G.S. Budi Lumentut"]
    assert found["G.S. Budi Lumentut"]["category"] == "regional_official"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (("Tim asesor terdiri atas Dewi Lestari (Dosen ITS), Bambang Suryo (Dosen Unpad), serta Rahmat Hidayat "
         "(Bappenas)."), ["Dewi Lestari", "Bambang Suryo", "Rahmat Hidayat"]),
        # a list that runs over a false sentence end after a degree
        (("Kota itu dinilai tim asesor: Prof. Ir. Joko Santoso, MURP., Ph.D (UGM), Prof. Dr. Hana Kusuma (ITB), "
         "dan Lukas Wenda (Uncen)."), ["Joko Santoso", "Hana Kusuma", "Lukas Wenda"]),
    ],
)
def test_assessor_lists_with_institutions_in_brackets(nlp: Language, text: str, names: list[str]) -> None:
    found = with_model(nlp, text, names)
    assert list(found) == names
    assert {p["category"] for p in found.values()} == {"assessor"}


def test_assessor_word_in_the_sentence_files_a_model_name_as_assessor(nlp: Language) -> None:
    text = "Bertindak sebagai asesor dalam evaluasi itu Sinta Maharani dari unsur BRIN."
    assert with_model(nlp, text, ["Sinta Maharani"])["Sinta Maharani"]["category"] == "assessor"


@pytest.mark.parametrize(
    ("text", "proposed", "names"),
    [
        ("Kota itu siap dinilai.\nPewarta: Agus Salim\nEditor: Nur Aini", [], ["Agus Salim", "Nur Aini"]),
        ("Kota itu siap dinilai bulan depan. (Budi Waluyo/Kaltimpost)", [], ["Budi Waluyo"]),
        # a byline under the headline, on the line of the publication date: only with the model
        ("Kota Cerdas Makin Dekat\nRina Kartika - Kamis, 16 Mei 2019 | 14:40 WIB\nKota itu siap dinilai.",
         ["Rina Kartika"], ["Rina Kartika"]),
    ],
)
def test_bylines_and_credits_are_people(nlp: Language, text: str, proposed: list[str], names: list[str]) -> None:
    found = with_model(nlp, text, proposed)
    assert list(found) == names
    assert {p["category"] for p in found.values()} == {"other"}


def test_position_before_a_ministry_written_out_with_republik_indonesia(nlp: Language) -> None:
    text = ("Nota itu diteken Direktur Layanan Aplikasi Kementerian Komunikasi dan Informatika "
            "Republik Indonesia Samsul Arifin di Jakarta.")
    found = with_model(nlp, text, [])
    assert list(found) == ["Samsul Arifin"]
    assert found["Samsul Arifin"]["category"] == "ministry"


def test_name_with_title_once_is_recognised_later_without_it(nlp: Language) -> None:
    text = "Bupati Sleman Suhatri Bur membuka acara. Suhatri mengatakan kota siap dinilai."
    doc = analyse(text, nlp=nlp)
    spans = [(s.text, s._.value["name"]) for s in doc.spans["people"]]
    assert spans == [("Suhatri Bur", "Suhatri Bur"), ("Suhatri", "Suhatri Bur")]


# -- the shipped model, end to end -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acara itu dihadiri Bambang Susilo dan para kepala dinas.", "Bambang Susilo"),
        ('"Semua data sudah terhubung," kata Wartini.', "Wartini"),
    ],
)
def test_shipped_model_finds_names_without_titles(nlp: Language, text: str, name: str) -> None:
    assert name in people(nlp, text)


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        # the legislature is not the regional government
        ("Nota itu disaksikan Wakil Ketua DPRD Sleman, Made Suardana, di aula.", "Made Suardana", "other"),
        # "Kementerian" written out is the ministry, not a misspelt role word
        ("Hadir pula perwakilan Kementerian Kominfo Hendra Saputra dan kepala OPD.", "Hendra Saputra", "ministry"),
        # an institution after the name in an assessor sentence
        ("Tim asesor beranggotakan Prof. Dr. Ir. Yohan Sitompul dari IPB University.", "Yohan Sitompul", "assessor"),
        ("Dalam evaluasi itu Rudi Santosa, S.T., M.T., sebagai pendamping dari Kemenkominfo memberi catatan.",
         "Rudi Santosa", "assessor"),
    ],
)
def test_category_from_the_words_around(nlp: Language, text: str, name: str, category: str) -> None:
    found = with_model(nlp, text, [])
    assert found[name]["category"] == category


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        ("Kota itu mengembangkan Teluk Lautku, aplikasi lelang ikan bagi nelayan.", ["Teluk Lautku"]),
        ("Salah satunya Panrita Kayu Digital, etalase daring bagi perajin.", ["Panrita Kayu"]),
        ("Program unggulan:\n2. Smart Branding: Dara Warisan dan Jejak Tambang\n", ["Dara Warisan"]),
        ("Diterbitkan: Kamis, 15 Agustus 2024 | Oleh: Admin Diskominfo\nRombongan Tim Evaluator tiba di kantor.",
         ["Admin", "Rombongan"]),
    ],
)
def test_apps_and_desk_names_are_not_people(nlp: Language, text: str, proposed: list[str]) -> None:
    assert with_model(nlp, text, proposed) == {}


@pytest.mark.parametrize(
    ("text", "name", "category", "affiliation"),
    [
        # no position in the article: the national figure's known one (an old spelling meets the new)
        ("Smart city menjawab tantangan daerah, ungkap Cahyo Kumolo kepada wartawan.", "Cahyo Kumolo", "ministry",
         "Kementerian Dalam Negeri"),
        # a short form of a known assessor's name
        ("Sementara Harya Widiputra mengatakan, kekuatan kota ada pada data.", "Harya Widiputra", "assessor",
         "Perbanas Institute"),
        # a position the article gives wins over the list
        ("Bupati Sleman Marsudi Wahyu Kisworo membuka acara di pendopo.", "Marsudi Wahyu Kisworo",
         "regional_official", None),
    ],
)
def test_known_national_figures_without_a_position(nlp: Language, text: str, name: str, category: str,
                                                   affiliation: str | None) -> None:
    found = with_model(nlp, text, [name])
    assert found[name]["category"] == category
    assert found[name]["affiliation"] == affiliation


def test_an_unknown_name_without_a_position_stays_other(nlp: Language) -> None:
    text = "Sementara Harya Pranoto mengatakan, kekuatan kota ada pada data."
    assert with_model(nlp, text, ["Harya Pranoto"])["Harya Pranoto"]["category"] == "other"


@pytest.mark.parametrize(
    ("text", "name", "category", "role"),
    [
        # a province written out between the position and the name
        ("Kepala Dinas Kominfo Kalimantan Selatan Gusti Yanuar Noor menyatakan, kota itu siap.",
         "Gusti Yanuar Noor", "regional_official", "Kepala Dinas Kominfo"),
        # the spoken short form of a position, the name in brackets after it
        ("Rapat besok, Insya Allah, dibuka Pak Wali (Hendra Saputra) sendiri di balai kota.", "Hendra Saputra",
         "regional_official", "Pak Wali"),
    ],
)
def test_position_forms_of_real_news(nlp: Language, text: str, name: str, category: str, role: str) -> None:
    found = with_model(nlp, text, [name])
    assert (found[name]["category"], found[name]["role"]) == (category, role)
    assert "Allah" not in found  # a set religious phrase, not a person


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        # a position right after a name the model found, with no comma
        ("Menurut laporan Ardi Sepdianto Kepala Diskominfo, kabupaten itu naik peringkat.", "Ardi Sepdianto",
         "regional_official"),
        # an assessor word inside the role stated after the name
        ("Acara menghadirkan Lukas Pranata sebagai Ketua Pembimbing Smart City dari kementerian.", "Lukas Pranata",
         "assessor"),
    ],
)
def test_positions_stated_after_the_name(nlp: Language, text: str, name: str, category: str) -> None:
    assert with_model(nlp, text, [name])[name]["category"] == category


@pytest.mark.parametrize("word", ["Inspektorat", "Perwako", "Dikpora", "Jajaran", "Kabag", "Quikwins", "Forkopimda"])
def test_agency_and_office_words_are_not_people(nlp: Language, word: str) -> None:
    text = f"Rapat itu juga dihadiri {word} Kabupaten Sleman dan seluruh OPD."
    assert word not in with_model(nlp, text, [word])


@pytest.mark.parametrize(
    ("text", "proposed", "names"),
    [
        # the label inside a header line, after the section and the time
        ("DAERAH | 2 Mei 2021 09:40 Reporter : Wulan Sari\n\nKota itu siap dinilai.", ["Wulan Sari"], ["Wulan Sari"]),
        # the label alone on the line above the name
        ("Kota Cerdas Makin Dekat\nEditor\nB Hartanto\nKota itu siap dinilai bulan depan.", [], ["B Hartanto"]),
        # a name in capitals after the label, at the end of the line or before the date
        ("LAPORAN : ANI\nKota itu siap dinilai bulan depan.", [], ["ANI"]),
        ("By RT SIMATUPANG 04 Okt 2022, 08:56 WIB\nKota itu siap dinilai.", [], ["RT SIMATUPANG"]),
        # a photo credit in capitals names nobody
        ("Kota itu siap dinilai bulan depan.\nFOTO: ISTIMEWA", [], []),
    ],
)
def test_bylines_in_other_layouts(nlp: Language, text: str, proposed: list[str], names: list[str]) -> None:
    found = with_model(nlp, text, proposed)
    assert list(found) == names
    assert {p["category"] for p in found.values()} <= {"other"}


def test_a_nickname_is_the_person_just_named(nlp: Language) -> None:
    text = ("Direktur Jenderal Aplikasi Informatika Rudi Hartanto membuka acara itu. \"Kita terus berbenah,\" kata "
            "pria yang akrab disapa Ucok ini. Ucok berharap daerah terus berinovasi.")
    assert list(with_model(nlp, text, ["Rudi Hartanto", "Ucok"])) == ["Rudi Hartanto"]


@pytest.mark.parametrize(
    ("text", "name", "category", "affiliation"),
    [
        # bracketed short forms between the position and the name
        (("Menurut Direktur Jenderal (Dirjen) Bina Pembangunan Daerah (Bangda) Kementerian Dalam Negeri "
         "(Kemendagri) Hendra Gunawan, daerah perlu saling belajar."), "Hendra Gunawan", "ministry", "Kemendagri"),
        # the directorate's words and the ministry written out before the name
        (("Menurut Direktur Jenderal Bina Pembangunan Daerah Kementerian Dalam Negeri Hendra Gunawan, daerah "
         "perlu saling belajar."), "Hendra Gunawan", "ministry", "Kemendagri"),
        # the task of a coordinator is no name
        (("Koordinator Penyusunan Masterplan Smart City Direktorat LAIP, Kominfo RI, Sinta Dewi, mengatakan "
         "tahap berikutnya dimulai bulan depan."), "Sinta Dewi", "ministry", "Kemenkominfo"),
    ],
)
def test_ministry_positions_with_directorates_and_short_forms(nlp: Language, text: str, name: str, category: str,
                                                              affiliation: str) -> None:
    found = with_model(nlp, text, [name])
    assert list(found) == [name]
    assert (found[name]["category"], found[name]["affiliation"]) == (category, affiliation)


def test_a_misspelt_agency_name_is_no_person(nlp: Language) -> None:
    text = "Nota itu diteken Dirjen Aptika Kekominfo RI, Rudi Hartanto, bersama sejumlah kepala daerah."
    assert list(with_model(nlp, text, ["Rudi Hartanto"])) == ["Rudi Hartanto"]


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        # press short forms and spellings of regions the lists hold
        ("Bupati Konsel Hasan Basri menutup acara itu pada sore hari.", "Hasan Basri", "Kabupaten Konawe Selatan"),
        (("Nota diteken Bupati Limapuluh Kota Arif Rahman secara virtual di Kementerian Komunikasi dan "
         "Informatika, Jakarta, Senin (4/4/2022)."), "Arif Rahman", "Kabupaten Lima Puluh Kota"),
        # a short form no list holds yet, right after the head of a kabupaten
        ("Bupati Kolut Hasan Basri menutup acara itu pada sore hari.", "Hasan Basri", None),
    ],
)
def test_region_short_forms_after_a_regional_head(nlp: Language, text: str, name: str, region: str | None) -> None:
    found = with_model(nlp, text, [name])
    assert list(found) == [name]
    assert (found[name]["category"], found[name]["region"]) == ("regional_official", region)


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        # a team of the ministry, with no position word
        (("Sementara itu, Rina Kusuma, selaku tim gerakan Smart City Kemenkominfo RI mengatakan, penyusunan "
         "dokumen dimulai bulan depan."), "Rina Kusuma", "ministry"),
        # an examining team led by the person
        (("Kota itu dinilai tim penguji yang diketuai Dr Bayu Nugraha dari Direktorat Layanan Aplikasi "
         "Kemenkominfo RI pada pekan lalu."), "Bayu Nugraha", "assessor"),
        # a sentence-initial verb before "sebagai" is no name
        ("Bertindak sebagai asesor dalam evaluasi tahap pertama itu Andi Wijaya dari unsur Kemenkominfo.",
         "Andi Wijaya", "assessor"),
    ],
)
def test_team_roles_give_the_category(nlp: Language, text: str, name: str, category: str) -> None:
    found = with_model(nlp, text, [name])
    assert list(found) == [name]
    assert found[name]["category"] == category


@pytest.mark.parametrize(
    ("position", "category", "role"),
    [
        # heads of smaller areas: the area's name is not part of the person's
        ("Camat Ngaglik", "regional_official", "Camat"),
        ("Lurah Sukamaju", "regional_official", "Lurah"),
        ("Kepala Desa Sukamaju", "regional_official", "Kepala Desa"),
        # short forms of deputies
        ("Wawali Bogor", "regional_official", "Wawali"),
        ("Wabup Sleman", "regional_official", "Wabup"),
        ("Wamen Kominfo", "ministry", "Wamen Kominfo"),
        # a directorate's or deputy's field right before the ministry's name
        ("Direktur Perkotaan Bappenas", "ministry", "Direktur Perkotaan Bappenas"),
        ("Deputi Bidang Pengembangan Regional Bappenas", "ministry", "Deputi Bidang Pengembangan Regional Bappenas"),
        # a body's acronym or name right before the person
        ("Kepala BRIN", "ministry", "Kepala"),
        ("Mentor Smart City dari ITB", "assessor", "Mentor Smart City"),
        ("Rektor Universitas Gadjah Mada", "other", "Rektor"),
        ("Direktur Utama PT Telkom", "other", "Direktur Utama"),
        # the jury, the programme's consultants, the police
        ("Ketua Dewan Juri", "assessor", "Ketua Dewan Juri"),
        ("Konsultan Kemenkominfo", "assessor", "Konsultan Kemenkominfo"),
        ("Kapolres Bogor", "other", "Kapolres"),
        ("Kabag Prokopim Setda Kota Bogor", "regional_official", "Kabag Prokopim Setda"),
    ],
)
def test_more_position_forms(nlp: Language, position: str, category: str, role: str) -> None:
    text = f"Rapat itu dibuka {position} Hendra Saputra di aula kantor pada pagi hari."
    found = with_model(nlp, text, ["Hendra Saputra"])
    assert list(found) == ["Hendra Saputra"]
    assert (found["Hendra Saputra"]["category"], found["Hendra Saputra"]["role"]) == (category, role)


def test_a_campus_name_after_its_acronym_is_no_person(nlp: Language) -> None:
    text = "Ketua tim juri, Rudi Santosa dari IPB University, menilai kota itu siap."
    assert list(with_model(nlp, text, ["Rudi Santosa"])) == ["Rudi Santosa"]


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        # a government position in brackets after the name
        ("Hendra Saputra (Kadis Kominfo Kota Bogor) menyampaikan bahwa kota itu siap dinilai.", "Hendra Saputra",
         "regional_official"),
        # the head named as the leader of the regional government
        ("Pemerintah Kota Bogor di bawah kepemimpinan Hendra Saputra terus berbenah.", "Hendra Saputra",
         "regional_official"),
        # staff experts: of the regional head, or of the ministry written after the position
        ("Bupati Sleman diwakili Staf Ahli Bidang Ekonomi Hendra Saputra menyampaikan sambutan.", "Hendra Saputra",
         "regional_official"),
        ("Hal itu disampaikan Hendra Saputra, Staf Ahli Kementerian Komunikasi dan Informatika RI.",
         "Hendra Saputra", "ministry"),
        # the grade of a functional position is part of the position, not of the name
        ("Pranata Komputer Ahli Muda Hendra Saputra menyampaikan apresiasi atas capaian itu.", "Hendra Saputra",
         "regional_official"),
        # a name that begins with a grade word keeps it
        ("Bupati Kubu Raya Muda Mahendrawan membuka acara itu.", "Muda Mahendrawan", "regional_official"),
    ],
)
def test_positions_around_the_name_in_other_forms(nlp: Language, text: str, name: str, category: str) -> None:
    found = with_model(nlp, text, [name])
    assert list(found) == [name]
    assert found[name]["category"] == category


def test_bracketed_lecturers_in_an_assessor_list_stay_assessors(nlp: Language) -> None:
    text = "Tim asesor terdiri dari Rudi Santosa (Dosen UKSW) dan Rina Kusuma (Dosen UGM) yang menilai kota itu."
    found = with_model(nlp, text, ["Rudi Santosa", "Rina Kusuma"])
    assert {p["category"] for p in found.values()} == {"assessor"}


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        # a position inside an app's name, joined to the next app by "dan"
        ("Inovasi Lapor Mas Bupati dan Sapa Warga dipaparkan di hadapan tim asesor.", []),
        # a position that ends at a comma, a programme's name after it
        ("Menurut Sekda, program Bogor Sehat Berkah berjalan baik.", []),
    ],
)
def test_a_position_that_ends_before_the_capitalised_words(nlp: Language, text: str, proposed: list[str]) -> None:
    assert with_model(nlp, text, proposed) == {}


def test_police_ranks_are_titles(nlp: Language) -> None:
    text = "Acara itu dihadiri Kapolda Jateng Irjen Pol Ahmad Luthfi beserta jajaran."
    assert list(with_model(nlp, text, ["Ahmad Luthfi"])) == ["Ahmad Luthfi"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an evaluation team whose members are set apart by semicolons, with a description between them
        (("Tim evaluasi terdiri dari Rina Kusuma, praktisi kota cerdas dari IKTII selaku ketua tim; Andi Wijaya dari "
         "Telkom University; serta Sari Dewi dari Kemenko Perekonomian."), ["Rina Kusuma", "Andi Wijaya", "Sari Dewi"]),
        # experts who assess, their institutions in brackets
        ("Kota itu dinilai oleh para pakar, yaitu Rina Kusuma (Perbanas) dan Andi Wijaya (UKSW).",
         ["Rina Kusuma", "Andi Wijaya"]),
    ],
)
def test_assessor_teams_in_other_list_forms(nlp: Language, text: str, names: list[str]) -> None:
    found = with_model(nlp, text, names)
    assert list(found) == names
    assert {p["category"] for p in found.values()} == {"assessor"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the ministry's directorate written as its acronym after the position
        ("Plt Direktur LAIP Rina Kusuma membuka acara itu secara daring.", "ministry"),
        # a unit of a regional office with the same word as the ministry's directorate general
        ("Kabid Aptika Rina Kusuma menyampaikan sambutan di aula dinas.", "regional_official"),
        # a programme guide the public guidebooks name, without a position in the article
        ("Menurut Yudho Giri Sucahyo, masterplan harus selaras dengan RPJMD.", "assessor"),
    ],
)
def test_directorates_and_programme_figures(nlp: Language, text: str, category: str) -> None:
    found = with_model(nlp, text, ["Rina Kusuma", "Yudho Giri Sucahyo"])
    assert [p["category"] for p in found.values()] == [category]


def test_a_forum_listed_before_a_position_is_no_person(nlp: Language) -> None:
    text = "Turut hadir jajaran Forkopimda, Camat se-Kabupaten Sleman dan Kepala OPD dalam acara itu."
    assert with_model(nlp, text, []) == {}


def test_a_numbered_list_of_positions_and_names(nlp: Language) -> None:
    # each item is capitalised throughout like a headline, yet names a position, a comma and its holder
    text = ("Kepala daerah yang hadir antara lain:\n1. Wali Kota Pontianak, Rudi Hartono\n"
            "2. Bupati Kabupaten Sleman, Sari Wulandari\n3. Wali Kota Madiun, Bagus Santoso\n")
    found = with_model(nlp, text, ["Rudi Hartono", "Sari Wulandari", "Bagus Santoso"])
    assert list(found) == ["Rudi Hartono", "Sari Wulandari", "Bagus Santoso"]
    assert {p["category"] for p in found.values()} == {"regional_official"}
    assert found["Sari Wulandari"]["region"] == "Kabupaten Sleman"


def test_a_numbered_list_of_places_names_no_one(nlp: Language) -> None:
    text = "Daerah yang lolos seleksi:\n1. Kabupaten Sleman\n2. Kota Madiun Raya Makmur (Tim/Rudi)\n"
    assert with_model(nlp, text, []) == {}


def test_a_paragraph_opening_with_a_name_after_an_acronym(nlp: Language) -> None:
    # the acronym closes the paragraph before; it does not start a body's name ("PDAM Tirta ...")
    text = ("Nilai itu naik dari tahun lalu berkat layanan SPBE.\n"
            "Rudi Hartono, Kepala Dinas Komunikasi dan Informatika Kota Madiun, mengatakan hal itu.")
    found = with_model(nlp, text, ["Rudi Hartono"])
    assert found["Rudi Hartono"]["category"] == "regional_official"


def test_honorifics_glued_to_each_other(nlp: Language) -> None:
    text = "Hadir pula Kepala Dinas Kominfo Kota Madiun Drs.H. M. Rudi Hartono, M.AP dalam rapat itu."
    found = with_model(nlp, text, ["M. Rudi Hartono"])
    assert list(found) == ["M. Rudi Hartono"]
    assert found["M. Rudi Hartono"]["category"] == "regional_official"


def test_a_stray_dot_after_a_first_name(nlp: Language) -> None:
    text = "Tim penilai terdiri dari dua orang yaitu Bagus. R. Santoso dari ITB dan Sari Wulandari dari UGM."
    found = with_model(nlp, text, ["Santoso", "Sari Wulandari"])
    assert list(found) == ["Bagus R. Santoso", "Sari Wulandari"]
    assert {p["category"] for p in found.values()} == {"assessor"}


def test_members_of_an_evaluation_team_named_before(nlp: Language) -> None:
    text = ("Penilaian dipandu Rudi Hartono selaku Ketua Tim Evaluasi. Adapun anggota tim itu terdiri atas dua "
            "orang, yakni Sari Wulandari dari ITB dan Bagus Santoso (Akademisi UGM).")
    found = with_model(nlp, text, ["Rudi Hartono", "Sari Wulandari", "Bagus Santoso"])
    assert found["Sari Wulandari"]["category"] == "assessor"
    assert found["Bagus Santoso"]["category"] == "assessor"


def test_members_of_a_team_never_named_as_evaluators(nlp: Language) -> None:
    text = "Anggota tim terdiri dari dua orang yaitu Sari Wulandari dari Bappeda dan Bagus Santoso dari Diskominfo."
    found = with_model(nlp, text, ["Sari Wulandari", "Bagus Santoso"])
    # no assessors; staff of the region's own offices are its officials (gold schema)
    assert {p["category"] for p in found.values()} == {"regional_official"}


def test_a_position_at_a_company_is_no_regional_office(nlp: Language) -> None:
    text = "Hadir juga Rudi selaku Kepala Divisi IT PT. Maju Bersama Madiun dalam rapat itu."
    found = with_model(nlp, text, ["Rudi"])
    assert list(found) == ["Rudi"]
    assert found["Rudi"]["category"] == "other"


def test_the_units_of_a_deputy_are_no_names(nlp: Language) -> None:
    text = "Deputi Bidang Kelembagaan dan Tata Laksana, Kementerian PANRB, Sari Wulandari, memberi arahan."
    found = with_model(nlp, text, ["Sari Wulandari"])
    assert list(found) == ["Sari Wulandari"]
    assert found["Sari Wulandari"]["category"] == "ministry"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Rapat dibuka Sekertaris Daerah (Sekda) Rudi Hartono yang mewakili Bupati.", "Sekertaris Daerah (Sekda)"),
        ("Rapat dipimpin Kepala Bidang Teknologi Informasi (Kabid TI) Rudi Hartono di aula dinas.",
         "Kepala Bidang Teknologi Informasi (Kabid TI)"),
    ],
)
def test_a_position_spelt_out_before_its_bracketed_short_form(nlp: Language, text: str, role: str) -> None:
    found = with_model(nlp, text, ["Rudi Hartono"])
    assert found["Rudi Hartono"]["category"] == "regional_official"
    assert found["Rudi Hartono"]["role"] == role


def test_a_verb_the_model_takes_into_the_name(nlp: Language) -> None:
    text = "Kepala Dinas Kominfo Kota Madiun, Rudi mengikuti penandatanganan itu di Jakarta."
    assert list(with_model(nlp, text, ["Rudi mengikuti"])) == ["Rudi"]


def test_nicknames_before_and_after_the_full_name(nlp: Language) -> None:
    text = ("Bupati Madiun Rudi Hartono (Kang Rudi) membuka acara. Kepala Dinas Kominfo Kota Madiun, Bagus Santoso "
            "hadir. \u201cKami siap,\u201d ujar Bagus, sapaan akrab Bagus Santoso. Kang Rudi juga berpesan.")
    found = with_model(nlp, text, ["Rudi Hartono", "Kang Rudi", "Bagus Santoso"])
    assert list(found) == ["Rudi Hartono", "Bagus Santoso"]


def test_a_later_mention_spelt_with_a_letter_less(nlp: Language) -> None:
    text = "Menteri Kominfo Johnny Santoso membuka acara. Johny menambahkan, program itu berlanjut."
    found = with_model(nlp, text, ["Johnny Santoso", "Johny"])
    assert list(found) == ["Johnny Santoso"]


def test_a_building_named_after_a_person(nlp: Language) -> None:
    text = "Bertempat di Balai Rakyat Haji Rudi Hartono, sosialisasi itu diikuti puluhan peserta."
    assert with_model(nlp, text, ["Rudi Hartono"]) == {}


def test_a_sentence_wrapped_over_capitalised_lines(nlp: Language) -> None:
    text = "Acara itu berlangsung lancar.\nKepala Dinas Kominfo Kota Madiun, Rudi Hartono\nmenuturkan, acara itu penting.\n"
    found = with_model(nlp, text, ["Rudi Hartono"])
    assert found["Rudi Hartono"]["category"] == "regional_official"
