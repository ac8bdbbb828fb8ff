"""People: who is an assessor.

An assessor evaluates or guides the programme: a member of an assessors' or experts' team, a presenter,
instructor, facilitator, coach or consultant of the programme or its ministry, or someone picked out right
after the assessors are presented. Whoever speaks before the assessors, a region's own team or consultant, a
company's founder and a lecturer who only gives a view are none of them.

Texts are whole sentences with ordinary lower-case words (a mostly capitalised line reads as a headline); they
and their names are written for these tests, but for a few national figures of data/known_people.csv. The
helpers of tests/fixtures/support.py run either the rules on the trained model's proposals that a test gives,
so that the test does not move when the model is retrained (`people_by_name`, `people_with_proposals`,
`doc_with_proposals`), or the whole pipeline (`people_found` by lower-cased name, `people_as_written`,
`people_mentions`).
"""

from __future__ import annotations

import pytest
from fixtures.support import people_as_written, people_by_name, people_found
from spacy.language import Language

NAME = "Budi Santoso"


# -- an assessor's word or team in the sentence --------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Hendra Gunawan sebagai asesor memberi masukan kepada tim.",
        "Asesor Hendra Gunawan memberi masukan kepada tim.",
    ],
)
def test_assessor_by_position(nlp: Language, text: str) -> None:
    found = people_as_written(nlp, text)
    assert list(found) == ["Hendra Gunawan"]
    assert found["Hendra Gunawan"]["category"] == "assessor"


def test_assessor_word_in_the_sentence_files_a_model_name_as_assessor(nlp: Language) -> None:
    text = "Bertindak sebagai asesor dalam evaluasi itu Sinta Maharani dari unsur BRIN."
    assert people_by_name(nlp, text, ["Sinta Maharani"])["Sinta Maharani"]["category"] == "assessor"


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
    found = people_by_name(nlp, text, [name])
    assert list(found) == [name]
    assert found[name]["category"] == category


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
    people = people_by_name(nlp, text, names)
    assert sorted(people) == sorted(names)
    assert {p["category"] for p in people.values()} == {"assessor"}


@pytest.mark.parametrize("phrase, role", [
    ("salah satu tim evaluasi dari Universitas Gadjah Mada", "tim evaluasi"),
    ("salah seorang anggota tim penilai", "tim penilai"),
])
def test_one_of_an_evaluation_team_after_the_name_is_an_assessor(nlp: Language, phrase: str, role: str) -> None:
    text = f"Menurut Darsono Wibisono, {phrase}, capaian Kabupaten Sigi naik tahun ini."
    people = people_by_name(nlp, text, ["Darsono Wibisono"])
    assert people["Darsono Wibisono"]["category"] == "assessor"
    assert people["Darsono Wibisono"]["role"] == role


def test_a_member_of_the_guiding_team_after_the_name_is_an_assessor(nlp: Language) -> None:
    text = "Bimtek digelar dua hari. Arif Nugraha Putra, anggota tim pendamping Smart City Sigi, meminta program unggulan."
    people = people_by_name(nlp, text, [])
    assert people["Arif Nugraha Putra"]["category"] == "assessor"


@pytest.mark.parametrize("post", ["Ketua Tim Ahli Penyusunan Master Plan Smart City", "Ketua Tim Evaluasi Smart City",
                                  "Anggota Tim Ahli Smart City"])
@pytest.mark.parametrize("order", ["{post} {name} mengatakan", "{name}, {post}, mengatakan"])
def test_the_head_or_member_of_the_programmes_team_is_an_assessor_before_or_after_the_name(
        nlp: Language, post: str, order: str) -> None:
    text = f"Rapat itu berjalan lancar. {order.format(post=post, name=NAME)} program itu diteruskan."
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "assessor"


def test_a_master_plan_teams_name_stands_between_position_and_name(nlp: Language) -> None:
    text = "Sementara Ketua Tim Ahli penyusunan master plan smart city, Dr. Ir. Bayu Kurniawan menjelaskan tahapannya."
    assert people_by_name(nlp, text, ["Bayu Kurniawan"])["Bayu Kurniawan"]["category"] == "assessor"


def test_a_team_set_off_before_a_name_with_its_own_comma_still_lists_an_assessor(nlp: Language) -> None:
    text = "Presentasi Kabupaten Sigi dinilai oleh Tim Evaluator, Dodi Prasetyo, dari ITB."
    people = people_by_name(nlp, text, ["Dodi Prasetyo"])
    assert people["Dodi Prasetyo"]["category"] == "assessor"


@pytest.mark.parametrize("name", ["Yan", "Rudin"])
def test_a_name_from_the_assessors_team_is_an_assessor(nlp: Language, name: str) -> None:
    # (the model proposes "Rudin" and the sentence's assessor word files it; "Yan" it leaves out)
    text = f"Sementara itu, {name} dari Tim Penilai RKCI menuturkan bahwa kota cerdas bergantung pada tata kelola."
    assert people_found(nlp, text)[name.lower()]["category"] == "assessor"


def test_the_rating_teams_researcher_is_an_assessor(nlp: Language) -> None:
    text = "Tim Peneliti Utama RKCI, Hendra Wijaya mengatakan pihaknya menilai proses penerapan kota cerdas."
    assert people_found(nlp, text)["hendra wijaya"]["category"] == "assessor"


def test_the_rating_committee_is_a_post_and_its_member_an_assessor(nlp: Language) -> None:
    # (the committee's English name made a false person "Steering Committee" and left the rater without a post)
    text = ("Rating kota cerdas digelar lagi tahun ini. Menurut Steering Committee RKCI 2021, Dr. Ir. Hendra Wijaya "
            "MT., rating ini memetakan potensi tiap kota.")
    people = people_found(nlp, text)
    assert "steering committee" not in people
    assert people["hendra wijaya"]["category"] == "assessor"


def test_a_known_rater_with_a_post_of_his_university_stays_an_assessor_in_a_rating_article(nlp: Language) -> None:
    # Suhono Harso Supangkat (known_people.csv) named without his middle name, with the post of his university's
    # centre: in an article on the rating he is one of its raters; at a forum he is only its speaker
    post = "Ketua Pusat Inovasi Kota dan Komunitas Cerdas ITB"
    rating = f"Rating kota cerdas digelar lagi tahun ini. Kata {post} itu, Suhono Supangkat, rating memetakan potensi."
    forum = f"Forum kota cerdas digelar di kampus. Kata {post} itu, Suhono Supangkat, forum membahas masa depan."
    assert people_found(nlp, rating)["suhono supangkat"]["category"] == "assessor"
    assert people_found(nlp, forum)["suhono supangkat"]["category"] == "other"


@pytest.mark.parametrize("post", ["Koordinator Tim Evaluator Smart City", "Koordinator Tim Asesor Gerakan Menuju Smart City"])
def test_the_head_of_an_assessor_team_after_the_name_is_an_assessor(nlp: Language, post: str) -> None:
    # ("Koordinator" alone is a ministry's post: the team it heads decides)
    text = f"Budi Santoso, {post}, menjelaskan tahapan evaluasi."
    assert people_found(nlp, text)["budi santoso"]["category"] == "assessor"


def test_a_researcher_of_another_body_stays_other(nlp: Language) -> None:
    text = "Tim Peneliti Utama lembaga survei itu, Hendra Wijaya mengatakan warga puas dengan layanan kota."
    assert people_found(nlp, text)["hendra wijaya"]["category"] == "other"


# -- presenters, guides and consultants of the programme -----------------------------------------------------

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
    people = people_by_name(nlp, text, ["Wulan Pertiwi", "Budi Raharjo"])
    assert people["Wulan Pertiwi"]["category"] == "assessor"


def test_a_guest_speaker_from_a_campus_stays_other(nlp: Language) -> None:
    text = "Sesi sore menghadirkan narasumber tamu dari Universitas Jember, Wulan Pertiwi, yang membahas data desa."
    assert people_by_name(nlp, text, ["Wulan Pertiwi"])["Wulan Pertiwi"]["category"] == "other"


@pytest.mark.parametrize("text", [
    ("Selain evaluasi, Rina Kartika, sebagai narasumber tim asesor program smart city Kemenkominfo juga akan "
    "meninjau lapangan."),
    ("Evaluasi kota cerdas berlangsung di Kota Sorong. Rina Kartika, selaku narasumber tim penilai program smart "
    "city, meninjau lapangan secara daring."),
])
def test_a_presenter_of_the_assessors_team_is_an_assessor(nlp: Language, text: str) -> None:
    assert people_found(nlp, text)["rina kartika"]["category"] == "assessor"


def test_a_presenter_of_the_regions_own_team_is_no_assessor(nlp: Language) -> None:
    text = "Pertemuan itu dihadiri Andi Marwan, sebagai narasumber tim pelaksana smart city Kabupaten Sinjai."
    assert people_found(nlp, text)["andi marwan"]["category"] != "assessor"


def test_a_presenter_of_a_technical_guidance_is_a_programme_guide(nlp: Language) -> None:
    text = "Bimtek itu mengundang narasumber dari Institut Teknologi Bandung (ITB) Prof Wulan Pertiwi dan tim ahli."
    assert people_by_name(nlp, text, ["Wulan Pertiwi"])["Wulan Pertiwi"]["category"] == "assessor"


def test_a_presenter_named_in_brackets_after_the_name_has_that_role(nlp: Language) -> None:
    text = "Bimtek itu dibuka pagi hari.\n\nSementara itu, Hendra Wijaya (Pemateri) menjelaskan tahapan penyusunan."
    people = people_by_name(nlp, text, [])
    assert people["Hendra Wijaya"]["category"] == "assessor"


@pytest.mark.parametrize(("text", "name"), [
    (("Bimbingan teknis masterplan smart city Kabupaten Sumbawa digelar tiga hari. Pertemuan itu menghadirkan nara "
     "sumber Yusuf Hidayat dari Kementerian Kominfo."), "yusuf hidayat"),
    (("Bimtek smart city tahap kedua Kota Bima berlangsung di aula. Nara sumber dari Kemenkominfo, Rina Kusumawati, "
     "memaparkan rencana induk."), "rina kusumawati"),
    (("Bimtek tahap ketiga Kabupaten Dompu ditutup Senin, tetap dengan nara sumber Dedi Kurniawan dari "
     "Kementerian Komunikasi dan Informatika RI."), "dedi kurniawan"),
])
def test_a_presenter_spelt_nara_sumber_from_the_ministry_is_an_assessor(nlp: Language, text: str, name: str) -> None:
    people = people_found(nlp, text)
    assert people[name]["category"] == "assessor", people


def test_a_speaker_from_the_private_sector_is_no_assessor(nlp: Language) -> None:
    people = people_found(nlp, "Diskusi diisi narasumber dari kalangan praktisi, Galang Permana, pendiri perusahaan rintisan "
                        "teknologi, yang berbagi pengalaman.")
    assert people["galang permana"]["category"] == "other"


def test_a_speaker_with_a_regional_post_stays_a_regional_official(nlp: Language) -> None:
    people = people_found(nlp, "Narasumber kegiatan ini yaitu Kepala Bappeda Kota Batu, Joko Santoso.")
    assert people["joko santoso"]["category"] == "regional_official"


def test_the_ministrys_instructors_of_a_technical_guidance_are_its_guides(nlp: Language) -> None:
    text = ("Bimtek masterplan smart city Kabupaten Sigi digelar dua hari. Acara itu dihadiri instruktur "
            "Kemenkominfo ibu Rina, Dodi Prasetyo, serta sejumlah kepala dinas.")
    people = people_by_name(nlp, text, ["Rina", "Dodi Prasetyo"])
    assert {name: p["category"] for name, p in people.items()} == {"Rina": "assessor", "Dodi Prasetyo": "assessor"}
    assert people["Dodi Prasetyo"]["affiliation"] == "Kemenkominfo"


def test_a_facilitator_of_a_technical_guidance_guides_the_programme(nlp: Language) -> None:
    text = "Bimtek tahap pertama digelar di Palu. Fasilitator Budi Santoso menjelaskan isi masterplan."
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "assessor"


@pytest.mark.parametrize("event, category", [
    ("Bimbingan Teknis Gerakan Menuju Smart City", "assessor"),  # a guide of the programme
    ("seminar kebudayaan daerah", "other"),
])
def test_an_academic_speaking_at_a_technical_guidance_is_one_of_its_guides(nlp: Language, event: str,
                                                                          category: str) -> None:
    text = (f"Hal itu disampaikan Guru Besar Fakultas Teknik UGM, Bambang Riyanto, dalam acara {event} di "
            "gedung DPRD Kabupaten Sigi.")
    assert people_by_name(nlp, text, ["Bambang Riyanto"])["Bambang Riyanto"]["category"] == category


def test_a_clause_that_makes_the_person_a_guide_of_the_programme(nlp: Language) -> None:
    text = ("Hadir pula Prof. Dr. Gunawan Siregar yang selama ini menjadi pendamping kita dalam pengembangan "
            "smart city.")
    assert people_by_name(nlp, text, ["Gunawan Siregar"])["Gunawan Siregar"]["category"] == "assessor"


def test_guides_after_a_passive_verb_written_apart_are_assessors(nlp: Language) -> None:
    text = "Tinjauan lapangan program smart city Kabupaten Sigi yang di bimbing oleh Budi Santoso berlangsung dua hari."
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "assessor"


def test_expert_staff_of_a_director_general_is_a_guide(nlp: Language) -> None:
    text = ("Menurut Staf Ahli Dirjen Aptika Kemenkominfo, Bondan Prakoso, pendampingan di Madiun berjalan "
            "sesuai jadwal.")
    assert people_by_name(nlp, text, ["Bondan Prakoso"])["Bondan Prakoso"]["category"] == "assessor"


def test_a_guide_of_the_ministry_spelt_without_its_last_word_is_an_assessor(nlp: Language) -> None:
    text = ("Fasilitator Bimbingan Teknis Masterplan Smart City Kementerian Komunikasi Informasi RI Joko Prasetyo "
            "mengatakan komitmen pimpinan daerah sangat menentukan.")
    people = people_found(nlp, text)
    assert people["joko prasetyo"]["category"] == "assessor"
    assert people["joko prasetyo"]["affiliation"] == "Kemenkominfo"


@pytest.mark.parametrize("text", [
    "Pembimbing Smart City Kemenkominfo RI untuk Kabupaten Garut Dr Bambang Sutejo mengatakan, bimtek berjalan.",
    "Pembimbing Kemenkominfo bagi Kota Bogor, Bambang Sutejo mengatakan, bimtek berjalan.",
])
def test_a_coach_keeps_the_post_when_the_region_coached_follows(nlp: Language, text: str) -> None:
    people = people_found(nlp, text)
    assert people["bambang sutejo"]["category"] == "assessor"
    assert people["bambang sutejo"]["region"] is None


def test_a_regional_post_with_untuk_before_a_region_is_not_read_as_a_coachs(nlp: Language) -> None:
    people = people_found(nlp, "Kepala Dinas Kominfo untuk Kabupaten Garut Bambang Sutejo hadir.")
    assert people["bambang sutejo"]["category"] != "assessor"


def test_a_consultant_of_the_ministry_stays_an_assessor(nlp: Language) -> None:
    text = "Menurut Hadi Purnomo selaku konsultan Kementerian Kominfo, dokumen hampir selesai."
    assert people_by_name(nlp, text, ["Hadi Purnomo"])["Hadi Purnomo"]["category"] == "assessor"


def test_the_programmes_consultant_drafting_a_masterplan_is_an_assessor(nlp: Language) -> None:
    text = (f"Rapat itu berjalan lancar. Tim ahli konsultan penyusunan masterplan Smart City Kendal {NAME}, berharap "
            f"buku itu menjadi acuan.")
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "assessor"


@pytest.mark.parametrize("text", [
    "Hal itu diungkapkan Hadi Purnomo, Direktur Lintas Data selaku konsultan mitra Pemkab Sigi, kemarin.",
    "Konsultan Pemkab Sigi, Hadi Purnomo, mengatakan dokumen hampir selesai.",
])
def test_a_consultant_hired_by_the_region_is_no_assessor(nlp: Language, text: str) -> None:
    people = people_by_name(nlp, text, ["Hadi Purnomo"])
    assert people["Hadi Purnomo"]["category"] == "other"
    assert people["Hadi Purnomo"]["region"] is None


def test_a_consultant_the_region_hired_stays_other(nlp: Language) -> None:
    text = f"Rapat itu berjalan lancar. Konsultan Pemkab Kendal, {NAME}, mengatakan dokumen hampir selesai."
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "other"


@pytest.mark.parametrize("post", ["Founder & Chairman Data Kota", "Pendiri Data Kota", "Co-Founder Data Kota"])
def test_a_companys_founder_is_no_assessor_where_a_jury_is_named_later(nlp: Language, post: str) -> None:
    text = (f"Penghargaan itu diberikan di Jakarta. {post}, {NAME}, mengungkapkan penerima penghargaan dipilih "
            f"dari data capaian pembangunan. Budi mengatakan, dalam rapat dewan juri pemenang ditentukan bersama.")
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "other"


# -- people near the assessors -------------------------------------------------------------------------------

def test_a_ministry_official_presented_among_the_assessors_is_an_assessor(nlp: Language) -> None:
    text = ("Para asesor lalu bertanya satu per satu kepada tim daerah.\n\nDwi Elfrida Simanungkalit mengatakan "
            "bahwa pemkab perlu menggandeng komunitas.")
    people = people_by_name(nlp, text, ["Dwi Elfrida Simanungkalit"])
    assert people["Dwi Elfrida Simanungkalit"]["category"] == "assessor"


def test_a_ministry_official_away_from_assessors_stays_with_the_ministry(nlp: Language) -> None:
    text = "Acara dibuka pagi hari.\n\nDwi Elfrida Simanungkalit mengatakan bahwa pemkab perlu menggandeng komunitas."
    people = people_by_name(nlp, text, ["Dwi Elfrida Simanungkalit"])
    assert people["Dwi Elfrida Simanungkalit"]["category"] == "ministry"


def test_a_ministry_representative_before_the_assessors_stays_ministry(nlp: Language) -> None:
    text = "Acara dibuka perwakilan dari Kementerian Keuangan Lestari Handayani, lalu tim asesor mulai menilai."
    assert people_by_name(nlp, text, ["Lestari Handayani"])["Lestari Handayani"]["category"] == "ministry"


def test_people_picked_out_of_the_assessors_of_the_sentence_before_are_assessors(nlp: Language) -> None:
    text = ("Menurut panitia, para penilai berasal dari kementerian dan kampus. Dua di antaranya adalah Dr. Hendra "
            "Wijaya dari Institut Teknologi Bandung dan Prof. Lestari Handayani dari Universitas Gadjah Mada.")
    people = people_by_name(nlp, text, ["Hendra Wijaya", "Lestari Handayani"])
    assert {name: p["category"] for name, p in people.items()} == {
        "Hendra Wijaya": "assessor", "Lestari Handayani": "assessor"}


def test_a_lecturer_who_is_also_an_evaluator_is_an_assessor(nlp: Language) -> None:
    text = ("Rapat digelar pagi hari. Hendra Wijaya, dosen ITB yang juga anggota tim evaluator, menilai paparan "
            "Bupati Bima.")
    assert people_by_name(nlp, text, ["Hendra Wijaya"])["Hendra Wijaya"]["category"] == "assessor"


def test_a_lecturer_who_speaks_is_no_assessor(nlp: Language) -> None:
    text = "Rapat digelar pagi hari. Hendra Wijaya, dosen ITB yang hadir sebagai warga, memberi pendapat."
    assert people_by_name(nlp, text, ["Hendra Wijaya"])["Hendra Wijaya"]["category"] == "other"


def test_a_professor_whose_sentence_makes_them_an_assessor_is_one(nlp: Language) -> None:
    text = ("Evaluasi smart city digelar secara daring. Hendra Wijaya, Guru Besar Fakultas Teknik UGM, menjadi salah "
            "satu penilai.")
    assert people_by_name(nlp, text, ["Hendra Wijaya"])["Hendra Wijaya"]["category"] == "assessor"


def test_a_university_person_right_after_the_assessors_are_presented_is_one(nlp: Language) -> None:
    text = ("Evaluasi smart city digelar secara daring. Tim penilai terdiri atas akademisi dan praktisi. Hendra Wijaya "
            "dari ITB menyoroti command center.")
    assert people_by_name(nlp, text, ["Hendra Wijaya"])["Hendra Wijaya"]["category"] == "assessor"


def test_a_university_person_far_from_the_assessors_is_not_one(nlp: Language) -> None:
    text = ("Tim penilai terdiri atas akademisi dan praktisi. Wali Kota memaparkan capaian kota. Hendra Wijaya dari "
            "ITB menyoroti command center.")
    assert people_by_name(nlp, text, ["Hendra Wijaya"])["Hendra Wijaya"]["category"] == "other"


def test_members_of_an_evaluation_team_named_before(nlp: Language) -> None:
    text = ("Penilaian dipandu Rudi Hartono selaku Ketua Tim Evaluasi. Adapun anggota tim itu terdiri atas dua "
            "orang, yakni Sari Wulandari dari ITB dan Bagus Santoso (Akademisi UGM).")
    found = people_by_name(nlp, text, ["Rudi Hartono", "Sari Wulandari", "Bagus Santoso"])
    assert found["Sari Wulandari"]["category"] == "assessor"
    assert found["Bagus Santoso"]["category"] == "assessor"


def test_members_of_a_team_never_named_as_evaluators(nlp: Language) -> None:
    text = "Anggota tim terdiri dari dua orang yaitu Sari Wulandari dari Bappeda dan Bagus Santoso dari Diskominfo."
    found = people_by_name(nlp, text, ["Sari Wulandari", "Bagus Santoso"])
    # no assessors; staff of the region's own offices are its officials (gold schema)
    assert {p["category"] for p in found.values()} == {"regional_official"}


def test_the_chair_of_a_regional_implementing_team_is_a_regional_official(nlp: Language) -> None:
    text = "Pada kesempatan yang sama, Ketua Tim Pelaksana, Ir. Rahmat Wairisal melaporkan jalannya bimtek."
    people = people_by_name(nlp, text, ["Rahmat Wairisal"])
    assert people["Rahmat Wairisal"]["category"] == "regional_official"


@pytest.mark.parametrize("opening", ["Didepan tim evaluasi", "Di hadapan Tim Penilai"])
def test_who_speaks_before_the_assessors_is_none_of_them(nlp: Language, opening: str) -> None:
    text = f"{opening}, Sri Wahyuni juga menerangkan enam program unggulan."
    assert people_by_name(nlp, text, ["Sri Wahyuni"])["Sri Wahyuni"]["category"] != "assessor"


def test_assessors_a_speaker_addresses_do_not_make_the_speaker_one(nlp: Language) -> None:
    text = "Tim asesor menilai paparan wali kota. Di hadapan asesor, Budi Santoso menjelaskan aplikasi warga."
    assert people_by_name(nlp, text, [NAME])[NAME]["category"] == "other"


def test_a_team_closing_a_phrase_before_the_subject_is_not_their_position(nlp: Language) -> None:
    text = ("Sekda Kabupaten Sigi, Rudi Hartono, memimpin presentasi smart city. Dalam sesi tanya jawab dengan Tim "
            "Evaluator, Rudi Hartono menjelaskan program unggulan.")
    people = people_by_name(nlp, text, ["Rudi Hartono"])
    assert people["Rudi Hartono"]["category"] == "regional_official"


@pytest.mark.parametrize("later", [
    "Menanggapi catatan tim asesor, Wahyudi menyebut kebijakan akan diperkuat.",
    "Di depan para evaluator kementerian, Sekda Wahyudi memaparkan enam pilar.",
])
def test_an_official_named_again_near_the_assessors_stays_an_official(nlp: Language, later: str) -> None:
    text = ("Sekretaris Daerah Kabupaten Blora, Wahyudi Tri Laksono, memimpin rombongan pemkab dalam evaluasi itu. "
            + later)
    people = people_found(nlp, text)
    assert set(people) == {"wahyudi tri laksono"}
    assert people["wahyudi tri laksono"]["category"] == "regional_official"


def test_to_give_ones_view_is_no_assessing_for_a_known_assessor_with_an_office(nlp: Language) -> None:
    name = "Marsudi Wahyu Kisworo"
    text = f"Acara itu ramai.\nRektor Kampus Maju, Prof.Dr.Ir. {name} menilai, kota cerdas tidak mesti canggih."
    assert people_by_name(nlp, text, [name])[name]["category"] == "other"


# -- the body an assessor comes from -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "body"), [
    ("Tim asesor smart city terdiri atas Budi Santoso dari Universitas Negeri Padang dan Rina Wati dari ITB.",
     "Universitas Negeri Padang"),
    ("Tim asesor smart city terdiri atas Budi Santoso (Politeknik Negeri Bali) dan Rina Wati (ITB).",
     "Politeknik Negeri Bali"),
    ("Kota itu dinilai para pakar, yakni Budi Santoso (UTDI) dan Rina Wati (UGM).",
     "Universitas Teknologi Digital Indonesia"),
])
def test_an_assessors_university_is_read_whether_or_not_a_list_holds_it(nlp: Language, text: str, body: str) -> None:
    people = people_by_name(nlp, text, ["Budi Santoso", "Rina Wati"])
    assert (people["Budi Santoso"]["category"], people["Budi Santoso"]["affiliation"]) == ("assessor", body)


def test_a_post_inside_the_previous_items_body_is_no_post_of_the_next(nlp: Language) -> None:
    text = ("Tim evaluator menilai kabupaten itu secara daring. Tim itu terdiri dari Rina Wati dari Ikatan Konsultan "
            "Teknologi Informasi Indonesia, Budi Santoso dari Telkom University dan Dewi Lestari dari UGM.")
    people = people_by_name(nlp, text, ["Rina Wati", "Budi Santoso", "Dewi Lestari"])
    assert people["Budi Santoso"]["role"] is None
    assert (people["Budi Santoso"]["category"], people["Budi Santoso"]["affiliation"]) == ("assessor",
                                                                                           "Universitas Telkom")


@pytest.mark.parametrize("text", [
    "Tim asesor Kemenkominfo, Andi Wijaya, S.T. dan Budi Santoso, M.Kom, menilai paparan Pemkab Sleman.",
    "Tim asesor Kemenkominfo, Andi Wijaya dan Budi Santoso, M.Kom, menilai paparan Pemkab Sleman.",
    "Tim asesor Kemenkominfo, Dr. Andi Wijaya dan Ir. Budi Santoso, menilai paparan Pemkab Sleman.",
])
def test_the_second_of_two_assessors_joined_by_dan_is_an_assessor(nlp: Language, text: str) -> None:
    found = people_found(nlp, text)
    assert sorted(found) == ["andi wijaya", "budi santoso"]
    assert {p["category"] for p in found.values()} == {"assessor"}


def test_an_official_with_a_post_after_an_assessor_and_dan_keeps_the_post(nlp: Language) -> None:
    # guard: a post of its own outweighs the assessor before "dan"
    found = people_found(nlp, "Tim asesor, Andi Wijaya, didampingi Bupati Sleman Kustini dan Sekda Harda.")
    assert found["kustini"]["category"] == found["harda"]["category"] == "regional_official"
