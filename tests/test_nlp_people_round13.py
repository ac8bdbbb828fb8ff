"""People on real news, issue 13 (thirteenth round), from articles of new outlets: a known figure whom the article
gives an office of their own outside any assessment, council members listed after their commission's chair, a
position that belongs to the next name of a list, acting heads and regional heads of offices named by acronyms,
words of a unit's name, ministries other than the programme's, a ministry's unit right after a name, a credit in
capitals, a name opening its sentence before its position, short forms of a later word and a known name's initial
spelt out, and the head of an office named by "dinas pimpinan X".

Texts are written for these tests; the names are invented (the known figure's name is a public fact).
"""

from __future__ import annotations

from fixtures.support import people_by_name as found
from spacy.language import Language

from extractor.nlp.people import known_person


def test_a_known_figure_keeps_the_office_the_article_gives_outside_an_assessment(nlp: Language) -> None:
    text = ("Forum tahunan itu digelar di Surabaya bulan depan. Ketua Forum Kota Cerdas Indonesia, Suhono Harso "
            "Supangkat, mengatakan wali kota akan menjamu para tamu.")
    people = found(nlp, text, ["Suhono Harso Supangkat"])
    assert people["Suhono Harso Supangkat"]["category"] == "other"


def test_a_known_figure_in_an_assessment_keeps_the_known_category(nlp: Language) -> None:
    text = ("Tim menilai 90 kota selama lima bulan. Ketua Forum Kota Cerdas Indonesia, Suhono Harso Supangkat, "
            "mengatakan hasil penilaian diumumkan pekan depan.")
    people = found(nlp, text, ["Suhono Harso Supangkat"])
    assert people["Suhono Harso Supangkat"]["category"] == "assessor"


def test_council_members_after_their_commissions_chair_are_no_regional_officials(nlp: Language) -> None:
    text = ("Kunjungan dipimpin Ketua Komisi II DPRD Kota Cimahi Rudi Hartono didampingi Budi Santoso, Sekretaris "
            "Ani Lestari dan Dedi Kurnia, Rina Wati, Joko Susilo.")
    names = ["Rudi Hartono", "Budi Santoso", "Ani Lestari", "Dedi Kurnia", "Rina Wati", "Joko Susilo"]
    people = found(nlp, text, names)
    assert {people[n]["category"] for n in names} == {"other"}
    assert people["Ani Lestari"]["role"] == "Sekretaris"
    assert people["Budi Santoso"]["role"] is None and people["Rina Wati"]["role"] is None


def test_a_position_after_a_name_that_heads_the_next_name_is_not_the_first_ones(nlp: Language) -> None:
    text = "Turut hadir tokoh warga Asep Sunarya, Kepala Dinas Kominfo Yuli Astuti serta para camat."
    people = found(nlp, text, ["Asep Sunarya", "Yuli Astuti"])
    assert people["Asep Sunarya"]["role"] is None and people["Asep Sunarya"]["category"] == "other"
    assert people["Yuli Astuti"]["role"] == "Kepala Dinas Kominfo"
    assert people["Yuli Astuti"]["category"] == "regional_official"


def test_the_acting_head_of_an_office_named_by_its_acronym_is_a_regional_official(nlp: Language) -> None:
    text = "Turut hadir Plt. BPBD Markus Tambunan dan sejumlah staf."
    people = found(nlp, text, ["Markus Tambunan"])
    assert people["Markus Tambunan"]["category"] == "regional_official"
    assert people["Markus Tambunan"]["role"] == "Plt. BPBD"


def test_a_regional_heads_office_may_be_an_acronym_and_words_of_a_unit_name(nlp: Language) -> None:
    text = ("Tamu disambut Kepala UPTD War Room Lina Simbolon. Sementara itu, Kepala Seksi Penguatan Keterbukaan "
            "Informasi Publik Diskominfo Cimahi, Yusuf Hadi, menjelaskan tugasnya.")
    people = found(nlp, text, ["Yusuf Hadi"])
    assert set(people) == {"Lina Simbolon", "Yusuf Hadi"}
    assert people["Lina Simbolon"]["role"] == "Kepala UPTD War Room"
    assert people["Lina Simbolon"]["category"] == "regional_official"


def test_an_agreement_and_a_news_agency_are_no_people(nlp: Language) -> None:
    text = ("Dengan komitmen kampus dan Kemendagri dari MoU, Direktur Evaluasi Kinerja Daerah, Gunadi mengatakan "
            "pelatihan dimulai. (ANTARA/Budi)")
    people = found(nlp, text, ["MoU", "Gunadi"])
    assert "MoU" not in people and "ANTARA" not in people


def test_an_official_of_another_ministry_is_central_government(nlp: Language) -> None:
    text = "Pembicara lain adalah Kepala Pusat Data Kementerian Kesehatan, Ratna Dewi, yang memaparkan data."
    people = found(nlp, text, ["Ratna Dewi"])
    assert people["Ratna Dewi"]["category"] == "ministry"


def test_a_ministrys_unit_right_after_the_name_files_it_under_the_ministry(nlp: Language) -> None:
    text = "Rombongan diterima oleh ibu Sinta Dewi Ditjen Aptika.\nMenurut ketua rombongan, hasilnya baik."
    people = found(nlp, text, ["Sinta Dewi"])
    assert people["Sinta Dewi"]["category"] == "ministry"


def test_a_unit_after_the_name_inside_a_longer_phrase_is_no_affiliation(nlp: Language) -> None:
    text = "Hal itu disampaikan Budi Santoso Kemenkeu dan rekan saat rapat."
    assert found(nlp, text, ["Budi Santoso"])["Budi Santoso"]["category"] != "ministry"


def test_a_credit_in_capitals_slashed_to_the_outlet_is_a_person(nlp: Language) -> None:
    text = "Anggota dewan meninjau ruang kendali, Senin. (RAHMAT/KOTAKITA)\n\nKomisi III meminta anggaran ditambah."
    people = found(nlp, text, [])
    assert people["RAHMAT"]["category"] == "other"


def test_a_name_opening_its_sentence_before_its_position_and_verb(nlp: Language) -> None:
    text = ("Ia meminta dinas belajar ke daerah lain. Rustam Ketua Komisi III DPRD Kota Bontang menambahkan, studi "
            "itu penting. Mantan Kabag Humas Pemkab Kukar ini menuturkan hal lain.")
    people = found(nlp, text, [])
    assert set(people) == {"Rustam"}
    assert people["Rustam"]["category"] == "other"


def test_the_short_form_of_a_later_word_of_a_name_is_the_same_person(nlp: Language) -> None:
    text = ("Kami mendapat dukungan Walikota Surabaya Sri Wahyuningsih. Ibu Wahyu akan menerima tamu, kata Walikota "
            "Surabaya Ibu Wahyu.")
    people = found(nlp, text, ["Sri Wahyuningsih", "Wahyu"])
    assert set(people) == {"Sri Wahyuningsih"}


def test_a_known_name_with_its_initial_spelt_out_is_the_known_person() -> None:
    assert known_person("Fitrah Rachmat Kautsar") == known_person("Fitrah R. Kautsar")
    assert known_person("Fitrah Budi Santoso") is None


def test_the_head_of_an_office_named_after_dinas_pimpinan(nlp: Language) -> None:
    text = "Wali kota berpesan agar dinas pimpinan Dasuki segera menyusun rencana kerja."
    assert found(nlp, text, ["Dasuki"])["Dasuki"]["category"] == "regional_official"


def test_the_chair_of_a_regional_implementing_team_is_a_regional_official(nlp: Language) -> None:
    text = "Pada kesempatan yang sama, Ketua Tim Pelaksana, Ir. Rahmat Wairisal melaporkan jalannya bimtek."
    assert found(nlp, text, ["Rahmat Wairisal"])["Rahmat Wairisal"]["category"] == "regional_official"


def test_a_coordinator_of_a_campus_study_group_is_no_ministry_official(nlp: Language) -> None:
    text = ("Moderator diskusi yaitu Dr. Wulan Sari, S.Si. selaku Koordinator Kelompok Studi Kota Cerdas dan "
            "Sekretaris Departemen Geografi.")
    people = found(nlp, text, ["Wulan Sari"])
    assert people["Wulan Sari"]["category"] == "other"


def test_a_coordinator_of_a_ministrys_service_stays_a_ministry_official(nlp: Language) -> None:
    text = "Materi disampaikan Koordinator Layanan Aplikasi Pemerintahan Daerah, Wulan Sari, kemarin."
    assert found(nlp, text, ["Wulan Sari"])["Wulan Sari"]["category"] == "ministry"


def test_a_role_running_on_into_another_persons_name_is_not_the_first_ones(nlp: Language) -> None:
    text = ("Konsultasi dipimpin ketua komisi II Frans Keles didampingi Hendra Bogia, Sekretaris Marta H. Pijoh, "
            "ST dan Anton Wuwung.")
    people = found(nlp, text, ["Frans Keles", "Pijoh", "Anton Wuwung"])
    assert people["Hendra Bogia"]["role"] is None
    assert people["Hendra Bogia"]["category"] == "other"


def test_a_decrees_number_is_no_name(nlp: Language) -> None:
    text = "Tugas dewan tercantum dalam Surat Keputusan Bupati Sleman No.412 Tahun 2023 tentang Dewan Kota Cerdas."
    assert found(nlp, text, []) == {}


def test_a_one_word_name_before_the_next_items_position_is_a_person(nlp: Language) -> None:
    text = "Bupati didampingi asisten administrasi Sumarno dan Kabag Humas Rusdi di lokasi."
    people = found(nlp, text, ["Rusdi"])
    assert set(people) == {"Sumarno", "Rusdi"}
    assert people["Sumarno"]["category"] == "regional_official"


def test_a_verb_opening_the_sentence_before_sebagai_is_no_name(nlp: Language) -> None:
    text = "Tampil sebagai narasumber adalah Pembimbing Smart City Kementerian Kominfo, Rina Wulandari."
    people = found(nlp, text, ["Tampil", "Rina Wulandari"])
    assert list(people) == ["Rina Wulandari"] and people["Rina Wulandari"]["category"] == "assessor"


def test_the_ministrys_short_form_keminfo_is_the_ministry_not_a_name(nlp: Language) -> None:
    text = ("Penjelasan itu disampaikan pejabat Direktorat Layanan Aplikasi Keminfo RI Hapni Septiana kepada "
            "para peserta di Mataram.")
    people = found(nlp, text, ["Keminfo", "Hapni Septiana"])
    assert list(people) == ["Hapni Septiana"] and people["Hapni Septiana"]["category"] == "ministry"
