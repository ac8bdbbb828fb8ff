"""People categories by context: who presents for the ministry, who sits in an assessor list, heads of state,
regional leaders named together, unit offices, bureaus, known figures, and words that only look like names.

Texts are written for these tests; names are invented unless a test is about a known national figure.
"""

from __future__ import annotations

import pytest
from fixtures.support import people_by_name as found
from fixtures.support import people_with_proposals as all_mentions
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        # the presenter's position before the name, the ministry's acronym misspelt
        "Rapat daring itu dihadiri Asisten I Budi Raharjo dan Narasumber Dari Kemekominfo Wulan Pertiwi.",
        # the position after the name, the ministry written out
        "Sementara itu Wulan Pertiwi, pemateri dari Kementrian Komunikasi dan Informatika, memaparkan tahapan.",
    ],
)
def test_a_presenter_of_the_ministry_is_one_of_its_guides(nlp: Language, text: str) -> None:
    assert found(nlp, text, ["Wulan Pertiwi", "Budi Raharjo"])["Wulan Pertiwi"]["category"] == "assessor"


def test_a_guest_speaker_from_a_campus_stays_other(nlp: Language) -> None:
    text = "Sesi sore menghadirkan narasumber tamu dari Universitas Jember, Wulan Pertiwi, yang membahas data desa."
    assert found(nlp, text, ["Wulan Pertiwi"])["Wulan Pertiwi"]["category"] == "other"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # positions that name no office, inside a sentence that opens with the assessors
        (("Para asesor berasal dari beragam bidang, misalnya praktisi tata kelola data Yoga Prasetya serta "
          "perwakilan dari Kementerian Keuangan Lestari Handayani."), ["Yoga Prasetya", "Lestari Handayani"]),
        # an assessor list whose first member is described after the name
        ("Tim evaluasi terdiri dari Yoga Prasetya, akademisi kebijakan publik, dan Lestari Handayani dari UNS.",
         ["Yoga Prasetya", "Lestari Handayani"]),
        # the programme's expert team, each member named after "masing-masing"
        ("Hadir pula Tim Ahli Smart City Kemkominfo, masing-masing Yoga Prasetya dan Lestari Handayani.",
         ["Yoga Prasetya", "Lestari Handayani"]),
    ],
)
def test_generic_roles_in_an_assessor_context(nlp: Language, text: str, names: list[str]) -> None:
    people = found(nlp, text, names)
    assert sorted(people) == sorted(names)
    assert {p["category"] for p in people.values()} == {"assessor"}


def test_a_ministry_representative_before_the_assessors_stays_ministry(nlp: Language) -> None:
    text = "Acara dibuka perwakilan dari Kementerian Keuangan Lestari Handayani, lalu tim asesor mulai menilai."
    assert found(nlp, text, ["Lestari Handayani"])["Lestari Handayani"]["category"] == "ministry"


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        ("Penghargaan diserahkan Wakil Presiden Republik Indonesia H. M. Taufik Hidayat di istana.",
         "M. Taufik Hidayat", "ministry"),
        ("Kerja sama diteken Presiden Direktur PT Nusa Data Indonesia Rendra Wijaya di kampus itu.",
         "Rendra Wijaya", "other"),
        ("Nota itu disaksikan Menkomdigi Sari Anggraini secara daring.", "Sari Anggraini", "ministry"),
        ("Rapat dihadiri Kadinkominfo Sari Anggraini bersama jajaran.", "Sari Anggraini", "regional_official"),
        ("Pertanyaan itu dijawab Plt. Kepala Biro Humas Kominfo Sari Anggraini di kantornya.", "Sari Anggraini",
         "ministry"),
        ("Menurut Kepala Seksi Aplikasi di Dinas Kominfo Kota Bima, Sari Anggraini, data sudah terpadu.",
         "Sari Anggraini", "regional_official"),
        ("Rapat dihadiri Plt Asisten III Sari Anggraini dan pejabat lain.", "Sari Anggraini", "regional_official"),
        ("Pertanyaan dewan dijawab Staf Khusus Kementerian Dalam Negeri Sari Anggraini.", "Sari Anggraini",
         "ministry"),
    ],
)
def test_positions_of_the_state_and_of_units(nlp: Language, text: str, name: str, category: str) -> None:
    people = found(nlp, text, [name.removeprefix("M. ")])
    assert list(people) == [name]
    assert people[name]["category"] == category


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Pemerintah Kota Bima di bawah pimpinan Arman Setiawan dan Dedi Kusnadi terus berbenah.",
         ["Arman Setiawan", "Dedi Kusnadi"]),
        ("Di tengah pandemi, kota pimpinan Arman Setiawan itu menambah layanan daring.", ["Arman Setiawan"]),
    ],
)
def test_leaders_of_a_regional_government(nlp: Language, text: str, names: list[str]) -> None:
    people = found(nlp, text, names)
    assert sorted(people) == sorted(names)
    assert {p["category"] for p in people.values()} == {"regional_official"}


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        ("Turnamen itu memperebutkan Piala Bupati Bima di Kejuaraan daerah tahun ini.", []),
        ("Penilaian melibatkan Bappenas, Kemenko Perekonomian, KemenPUPR dan Kantor Staf Presiden.", []),
        ("Bimtek dibuka Sekda Kota Bima, Ir. Arman Setiawan, M. Si., di aula kantor.", ["Arman Setiawan"]),
        ("Kegiatan itu diprakarsai Ketua Asosiasi Pemerintah Kabupaten Seluruh Indonesia di Jakarta.", []),
        ("Kepala Dinas Kominfo Kabupaten Bima Arman Setiawan menyampaikannya Jum’at (18/01/19).", ["Arman Setiawan"]),
        ("Penulis : EN\nKota itu siap dinilai bulan depan.", []),
    ],
)
def test_words_that_only_look_like_names(nlp: Language, text: str, proposed: list[str]) -> None:
    assert list(found(nlp, text, proposed)) == proposed


def test_a_passive_speech_verb_is_not_part_of_the_name(nlp: Language) -> None:
    text = "Dikatakan Arman Setiawan, program itu berjalan sesuai rencana."
    assert list(found(nlp, text, ["Dikatakan Arman Setiawan"])) == ["Arman Setiawan"]


def test_known_figures_without_their_initials_or_with_a_generic_position(nlp: Language) -> None:
    # a national official whose name the guidebooks print with initials, written without them
    text = "Menurut Safrizal, daerah perlu saling belajar tentang kota cerdas."
    assert found(nlp, text, ["Safrizal"])["Safrizal"]["category"] == "ministry"
    # a national assessor introduced only as a representative of the ministry
    text = "Perwakilan dari Kemenkominfo RI, Hari Kusdaryanto, memberi arahan secara daring."
    assert found(nlp, text, ["Hari Kusdaryanto"])["Hari Kusdaryanto"]["category"] == "assessor"


def test_one_person_with_initials_and_two_positions_is_one_entry_of_one_category(nlp: Language) -> None:
    text = ("Rapat dibuka Sekda Arman R Setiawan di aula kantor bupati. Arman Rizal Setiawan, selaku Ketua Dewan "
            "Smart City, meminta semua dinas mendukung.")
    people = all_mentions(nlp, text, ["Arman R Setiawan", "Arman Rizal Setiawan"])
    assert len(people) == 1
    (values,) = people.values()
    assert len(values) == 2 and {v["category"] for v in values} == {"regional_official"}


@pytest.mark.parametrize(
    ("text", "proposed", "names"),
    [
        # two credit labels before a name in capitals
        ("Reporter / Redaktur : RUDI HARTAWAN\nKota itu siap dinilai bulan depan.", [], ["RUDI HARTAWAN"]),
        # a photo credit after a caption, the photographer before the outlet
        ("Kepala dinas saat meninjau ruang kendali. | Wulan/Kabarkota.com\nKota itu siap dinilai.", ["Wulan"],
         ["Wulan"]),
    ],
)
def test_credits_of_journalists(nlp: Language, text: str, proposed: list[str], names: list[str]) -> None:
    people = found(nlp, text, proposed)
    assert list(people) == names
    assert {p["category"] for p in people.values()} == {"other"}


@pytest.mark.parametrize("joint", ["–", ", "])
def test_the_familiar_name_of_a_position_holder(nlp: Language, joint: str) -> None:
    text = f"Bunda Rina{joint}sapaan akrab Wali Kota Bima berharap peserta lomba berprestasi."
    people = found(nlp, text, ["Rina"])
    assert list(people) == ["Rina"]
    assert people["Rina"]["category"] == "regional_official"
