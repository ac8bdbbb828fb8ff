"""Which regions take part in an event: one test per error class, on text written for the test."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures.support import events_in as found
from spacy.language import Language


def regions(nlp: Language, text: str, kind: str, published: date | None = None) -> set[str]:
    """The regions of the (one) event of that kind."""
    events = [e for e in found(nlp, text, published) if e["type"] == kind]
    assert len(events) == 1, events
    return set(events[0]["regions"])


FIVE = {"Kota Ternate", "Kota Tidore Kepulauan", "Kabupaten Halmahera Barat", "Kabupaten Halmahera Utara",
        "Kabupaten Pulau Morotai"}


def test_a_counted_group_is_the_enumeration_of_that_size(nlp: Language) -> None:
    text = ("Lima daerah di Maluku Utara lolos seleksi gerakan kota cerdas tahun ini. Kelimanya adalah Kota Ternate, "
            "Kota Tidore Kepulauan, Kabupaten Halmahera Barat, Kabupaten Halmahera Utara dan Kabupaten Pulau Morotai. "
            "Wali Kota Ternate menyebut hasil itu kerja bersama. Dua pekan kemudian para bupati dan wali kota dari "
            "kelima daerah tersebut menandatangani nota kesepahaman di Jakarta, Senin (21/5/2018).")
    assert regions(nlp, text, "mou_signing") == FIVE


@pytest.mark.parametrize("reference", ["ketiga kabupaten itu", "ketiganya"])
def test_a_counted_group_skips_enumerations_of_another_size(nlp: Language, reference: str) -> None:
    text = ("Kabupaten Sikka, Kabupaten Ende dan Kabupaten Ngada mengikuti evaluasi kota cerdas di Kupang pada "
            "18-20 Juni 2019. Wali Kota Kupang dan Bupati Kupang menyambut para tamu. Sebelumnya, pada awal Maret "
            f"2019, {reference} menjalani pra-evaluasi yang difasilitasi dinas provinsi.")
    assert regions(nlp, text, "pre_evaluation") == {"Kabupaten Sikka", "Kabupaten Ende", "Kabupaten Ngada"}


def test_the_sentence_after_the_event_lists_its_regions(nlp: Language) -> None:
    text = ("Kementerian menggelar evaluasi kota cerdas secara daring bagi daerah peserta di Sulawesi Tengah, Selasa "
            "(12/9/2023). Tiga daerah yang dievaluasi adalah Kota Palu, Kabupaten Poso dan Kabupaten Donggala. "
            "Bupati Poso memaparkan aplikasi layanan desa.")
    assert regions(nlp, text, "evaluation") == {"Kota Palu", "Kabupaten Poso", "Kabupaten Donggala"}


def test_a_group_named_without_a_count_is_the_enumeration_before_it(nlp: Language) -> None:
    text = ("Kabupaten Dompu resmi menjadi peserta gerakan kota cerdas tahun ini. Penetapan tersebut diumumkan "
            "kementerian pada 3 Juni 2025. Selain Kabupaten Dompu, Kota Bima juga dinyatakan lolos. Daerah lain yang "
            "masuk daftar antara lain Kabupaten Bima dan Kabupaten Sumbawa. Tak lama kemudian, para peserta "
            "mengikuti bimbingan teknis penyusunan masterplan pada 1-3 Juli 2025 di sebuah hotel.")
    expected = {"Kabupaten Dompu", "Kota Bima", "Kabupaten Bima", "Kabupaten Sumbawa"}
    assert regions(nlp, text, "selection_result") == expected
    assert regions(nlp, text, "technical_guidance") == expected


def test_a_later_sentence_that_names_the_event_again_adds_its_regions(nlp: Language) -> None:
    text = ("Wali Kota Kupang menandatangani nota kesepahaman kota cerdas dengan kementerian, Kamis (27/7/2017). "
            "Penandatanganan berlangsung di gedung kementerian. Selain Kota Kupang, MoU serupa juga diteken Bupati "
            "Alor.")
    assert regions(nlp, text, "mou_signing") == {"Kota Kupang", "Kabupaten Alor"}


def test_a_region_not_taking_part_is_left_out(nlp: Language) -> None:
    text = ("Kabupaten Sikka dan Kabupaten Ende menjalani evaluasi kota cerdas pada 5 Mei 2022. Evaluasi digelar "
            "tatap muka, sementara dua anggota tim evaluator mengikuti dari Kota Surabaya. Kabupaten Ngada belum "
            "ikut dievaluasi tahun ini, dan Kabupaten Nagekeo dijadwalkan menjalani evaluasi serupa pekan depan.")
    events = found(nlp, text)
    assert [(e["type"], set(e["regions"])) for e in events] == [
        ("evaluation", {"Kabupaten Sikka", "Kabupaten Ende"})]


def test_a_plan_in_another_clause_of_the_next_sentence_is_left_out(nlp: Language) -> None:
    text = ("Tim Kabupaten Sikka menyelesaikan evaluasi tahap II pada 8-10 Oktober 2024 di Kupang. Selain Sikka, "
            "sesi yang sama diikuti dua daerah lain, yakni Kabupaten Ende dan Kabupaten Ngada, sementara Kabupaten "
            "Nagekeo dijadwalkan pada sesi terpisah.")
    assert regions(nlp, text, "evaluation") == {"Kabupaten Sikka", "Kabupaten Ende", "Kabupaten Ngada"}


def test_a_region_named_as_a_unit_is_evaluated_where_it_hosts(nlp: Language) -> None:
    text = ("Kabupaten Majene dan Kabupaten Mamasa menjalani evaluasi kota cerdas di Ruang Pola Kantor Bupati, "
            "Majene, pada 21 Agustus 2023.")
    assert regions(nlp, text, "evaluation") == {"Kabupaten Majene", "Kabupaten Mamasa"}


def test_the_hosts_officials_welcome_a_gathering(nlp: Language) -> None:
    text = ("Kementerian mengevaluasi pelaksanaan kota cerdas se-Indonesia di Sumbawa pada 18-20 Juni 2019. "
            "Bupati Sumbawa menyambut baik evaluasi yang digelar di Sumbawa itu.")
    assert regions(nlp, text, "evaluation") == set()


@pytest.mark.parametrize("dateline", ["PALU, KabarTimur.id – ", "Palu (ANTARA) - ", "Palu _ ", "PALU BARAT – "])
def test_the_dateline_takes_no_part(nlp: Language, dateline: str) -> None:
    text = (f"{dateline}Kabupaten Sikka dan Kabupaten Ngada mengikuti bimbingan teknis masterplan kota cerdas pada "
            "3-5 Juni 2024 di sebuah hotel.")
    assert regions(nlp, text, "technical_guidance") == {"Kabupaten Sikka", "Kabupaten Ngada"}


def test_two_events_in_one_sentence_keep_their_own_dates_and_regions(nlp: Language) -> None:
    text = ("Pemerintah Kota Kupang meresmikan ruang kendali kota pada 7 Oktober 2019, sementara Pemkab Sikka menerima "
            "penghargaan kota cerdas di Jakarta, Rabu (9/10/2019).")
    assert {(e["type"], e["start"], tuple(e["regions"])) for e in found(nlp, text)} == {
        ("launch", "2019-10-07", ("Kota Kupang",)), ("award", "2019-10-09", ("Kabupaten Sikka",))}


def test_the_winners_named_after_an_award_ceremony(nlp: Language) -> None:
    text = ("Malam penganugerahan kota cerdas digelar kementerian di Jakarta, Selasa (20/8/2024). Pada kategori kota, "
            "peringkat pertama diraih Kota Kupang. Kabupaten Sikka keluar sebagai yang terbaik untuk kategori "
            "kabupaten. Kabupaten Ende dan Kabupaten Ngada juga masuk nominasi. Kabar baik juga datang dari "
            "Kabupaten Alor. Kabupaten ini menempati peringkat ke-9 dan turut menerima piagam.")
    assert regions(nlp, text, "award") == {"Kota Kupang", "Kabupaten Sikka", "Kabupaten Alor"}


def test_a_plan_dated_only_relatively_is_no_event(nlp: Language) -> None:
    text = ("Kabupaten Sikka mengikuti evaluasi kota cerdas pada 12 Mei 2022. Sementara itu, Kabupaten Ende "
            "dijadwalkan mengikuti evaluasi tahun depan.")
    assert [(e["type"], tuple(e["regions"])) for e in found(nlp, text, date(2022, 5, 14))] == [
        ("evaluation", ("Kabupaten Sikka",))]


def test_a_step_naming_no_region_belongs_to_the_regions_of_the_lead(nlp: Language) -> None:
    text = ("Kabupaten Sikka dan Kabupaten Ende mengikuti bimbingan teknis tahap I penyusunan masterplan pada "
            "23-26 Juli 2018 di Kupang. Bupati Sikka menyebut program bantuan sosial. Kabupaten Sikka juga menyiapkan "
            "aplikasi pasar. Draf masterplan kemudian dibahas pada bimtek tahap II yang digelar September 2018.")
    assert {(e["start"], tuple(sorted(e["regions"]))) for e in found(nlp, text)} == {
        ("2018-07-23", ("Kabupaten Ende", "Kabupaten Sikka")), ("2018-09", ("Kabupaten Ende", "Kabupaten Sikka"))}


def test_a_date_after_hingga_ends_the_event_begun_before(nlp: Language) -> None:
    text = ("Pemerintah Kabupaten Sikka mengikuti bimbingan teknis tahap II kota cerdas. Kegiatan dibuka di aula "
            "kantor bupati, Senin (12/8/2019). Bimtek berlangsung tiga hari hingga Rabu (14/8/2019).")
    assert [(e["start"], e["end"]) for e in found(nlp, text)] == [("2019-08-12", "2019-08-14")]


def test_two_regions_that_are_no_list_do_not_join_the_event(nlp: Language) -> None:
    text = ("Kementerian mengumumkan hasil evaluasi kota cerdas Kabupaten Sikka pada 30 Desember 2020. Kabupaten "
            "Sikka berada di posisi kedua setelah Kabupaten Ende.")
    assert regions(nlp, text, "evaluation") == {"Kabupaten Sikka"}


def test_a_count_in_the_sentence_after_the_event_finds_the_enumeration_after_it(nlp: Language) -> None:
    text = ("Pada 5 Maret 2018 dinas kominfo berangkat ke Jakarta untuk mengikuti penilaian kota cerdas. Kepala dinas "
            "mengikuti acara penilaian yang diikuti lebih dari seratus daerah. Dari Nusa Tenggara Timur sendiri ada "
            "3 peserta. (Kota Kupang, Kabupaten Sikka dan Kabupaten Ende).")
    assert regions(nlp, text, "assessment") == {"Kota Kupang", "Kabupaten Sikka", "Kabupaten Ende"}


def test_a_list_of_selected_regions_with_their_count(nlp: Language) -> None:
    text = ("Kota Kupang dan Kabupaten Sikka resmi tercatat dalam daftar 50 kabupaten/kota yang lolos seleksi "
            "gerakan kota cerdas. Kabar itu datang lewat surat kementerian pada awal Mei 2018. Dari Flores, satu "
            "kabupaten lagi ikut menyusul, yaitu Kabupaten Ende.")
    assert {(e["type"], e["start"], tuple(sorted(e["regions"]))) for e in found(nlp, text)} == {
        ("selection_result", "2018-05", ("Kabupaten Ende", "Kabupaten Sikka", "Kota Kupang"))}


def test_an_undated_event_takes_the_date_of_the_sentence_after_it(nlp: Language) -> None:
    text = ("Kabupaten Sikka menandatangani nota kesepahaman kota cerdas dengan kementerian. Bupati didampingi kepala "
            "dinas kominfo secara virtual dari aula kantor bupati, Kamis (21/4/2022). Bupati berharap masterplan "
            "selesai tahun ini.")
    assert [(e["type"], e["start"]) for e in found(nlp, text)] == [("mou_signing", "2022-04-21")]


def test_the_lead_comes_after_a_date_line(nlp: Language) -> None:
    text = ("Senin, 4 Juni 2018 | 10:15 WIB\n\nKUPANG – Bimbingan teknis masterplan kota cerdas untuk Kabupaten "
            "Sikka berakhir pekan ini. Wali kota menyampaikan terima kasih.")
    assert [(e["type"], tuple(e["regions"])) for e in found(nlp, text)] == [
        ("technical_guidance", ("Kabupaten Sikka",))]


@pytest.mark.parametrize("text, kind, expected", [
    # the region that ends a place named in capitalised words and commas is where the place is
    (("Asesmen smart city terhadap 90 kota/kabupaten digelar di Pusat Data Kementerian Dalam Negeri, Ciputat, "
      "Tangerang Selatan pada 5-7 Maret 2018."), "assessment", set()),
    (("Kabupaten Lembata menandatangani nota kesepahaman smart city bersama 24 kota/kabupaten lain di Four Points "
      "by Sheraton, Makasar, Senin (5/3/2018)."), "mou_signing", {"Kabupaten Lembata"}),
    # but regions listed after the first one ("di Kabupaten X, Kabupaten Y dan Kota Z") still take part
    ("Bimbingan teknis smart city digelar di Kabupaten Lembata, Kabupaten Alor dan Kota Kupang pada 5 Maret 2018.",
     "technical_guidance", {"Kabupaten Alor", "Kota Kupang"}),
])
def test_a_region_at_the_end_of_a_named_place_hosts_the_event(nlp: Language, text: str, kind: str,
                                                              expected: set[str]) -> None:
    assert regions(nlp, text, kind, date(2018, 3, 8)) == expected


def test_a_ranking_an_assessments_result_gives_lists_the_regions_of_the_evaluation(nlp: Language) -> None:
    text = ("Kementerian Kominfo mengumumkan hasil asesmen smart city tahun 2023 yang menempatkan Kabupaten Pesawaran "
            "pada rangking 3 nasional, sesuai surat Pemberitahuan Hasil Evaluasi tanggal 4 Desember 2023, dengan urutan "
            "sebagai berikut:\n1. Kota Madiun 3,41\n2. Kabupaten Sleman 3,30\n3. Kabupaten Pesawaran 3,12\n")
    events = found(nlp, text)
    assert [e["type"] for e in events] == ["evaluation"]
    assert set(events[0]["regions"]) == {"Kota Madiun", "Kabupaten Sleman", "Kabupaten Pesawaran"}


def test_a_counted_group_of_many_names_the_enumeration_of_that_size_further_on(nlp: Language) -> None:
    text = ("Bimbingan teknis masterplan kota cerdas bagi 5 kabupaten di Maluku Utara digelar di Ternate, "
            "Selasa (7/12/2021). Wakil bupati membuka acara itu. Ia menyebut kolaborasi sangat penting. "
            "Dokumen disusun bersama tenaga ahli. 5 kabupaten yang hadir yaitu Halmahera Barat, Halmahera Utara, "
            "Halmahera Timur, Halmahera Selatan dan Pulau Morotai.")
    assert regions(nlp, text, "technical_guidance") == {"Kabupaten Halmahera Barat", "Kabupaten Halmahera Utara",
                                                        "Kabupaten Halmahera Timur", "Kabupaten Halmahera Selatan",
                                                        "Kabupaten Pulau Morotai"}


def test_a_list_item_without_its_bullet_goes_on_the_list(nlp: Language) -> None:
    text = ("Kementerian menyerahkan penghargaan kota cerdas kepada para pemenang di Jakarta, Rabu (9/1/2019). "
            "Berikut daftarnya:\n\n• Kategori Kota Besar\n– Bogor nilai 60,10\n– Depok nilai 59,20\n\n"
            "• Kategori Kota Kecil\nMagelang nilai 55,30\n– Salatiga nilai 54,90\n– Sawahlunto nilai 51,20.")
    assert regions(nlp, text, "award") == {"Kota Bogor", "Kota Depok", "Kota Magelang", "Kota Salatiga",
                                           "Kota Sawahlunto"}


def test_a_command_centre_spelt_the_british_way_is_the_regions_own_office(nlp: Language) -> None:
    text = ("Pemkab Gianyar Teken MoU Kota Cerdas\n\nSekda Gianyar mewakili Bupati Gianyar mengikuti penandatanganan "
            "nota kesepakatan antara Kementerian dan Pemkab Gianyar secara virtual di Gianyar Command Centre. Acara "
            "tersebut diikuti 50 pemkab se-Indonesia, Kamis (21/4/2022).")
    assert regions(nlp, text, "mou_signing") == {"Kabupaten Gianyar"}


@pytest.mark.parametrize("text, kind, expected", [
    # the origin comes before the step and the region assessed comes after a verb
    ("Tim penilai dari Kota Bandung hadir dalam evaluasi smart city Kabupaten Sumedang, Senin (14/8/2023).",
     "evaluation", {"Kabupaten Sumedang"}),
    ("tim juri dari kota Surakarta ikut dalam evaluasi smart city Kabupaten Klaten pada Rabu (9/8/2023).",
     "evaluation", {"Kabupaten Klaten"}),
    # "asal" names the origin as "dari" does; the region hosting its own evaluation is the one evaluated
    ("Tim evaluator asal Kota Malang mengevaluasi pelaksanaan smart city di Kabupaten Jember, Jumat (18/8/2023).",
     "evaluation", {"Kabupaten Jember"}),
    ("Narasumber asal Kabupaten Gowa memandu bimtek masterplan smart city di Kabupaten Takalar, Selasa (8/8/2023).",
     "technical_guidance", {"Kabupaten Takalar"}),
])
def test_an_assessors_origin_is_only_the_place_named_after_dari_or_asal(nlp: Language, text: str, kind: str,
                                                                        expected: set[str]) -> None:
    assert regions(nlp, text, kind, date(2023, 8, 20)) == expected


@pytest.mark.parametrize("text, kind, expected", [
    (("Kabupaten Soppeng menerima penghargaan smart city, Selasa (1/8/2023). Tahun lalu penghargaan yang sama diraih "
     "Kabupaten Pinrang."), "award", {"Kabupaten Soppeng"}),
    (("Kabupaten Enrekang menerima penghargaan smart city, Selasa (1/8/2023), menyusul Kabupaten Sidrap yang lebih "
     "dulu meraihnya."), "award", {"Kabupaten Enrekang"}),
    # guards (these passed before): another clause of an earlier time, a region that now takes the step, an aside
    # set off by commas, a step done before another one
    (("Kota Palu mengikuti bimtek smart city pada Kamis (3/8/2023), sedangkan kabupaten Sigi sudah pernah mengikuti "
     "bimtek serupa tahun sebelumnya."), "technical_guidance", {"Kota Palu"}),
    (("Kabupaten Bulukumba yang tahun lalu lolos seleksi, kini mengikuti evaluasi smart city tahap I, Senin "
     "(14/8/2023)."), "evaluation", {"Kabupaten Bulukumba"}),
    ("Kabupaten Bulukumba, yang lolos seleksi tahun lalu, mengikuti evaluasi smart city tahap I, Senin (14/8/2023).",
     "evaluation", {"Kabupaten Bulukumba"}),
    (("Sebelum hasil seleksi diumumkan, Pemkab Bulukumba lebih dulu memaparkan kesiapan daerahnya dalam asesmen smart "
     "city pada 2-3 Mei 2023."), "assessment", {"Kabupaten Bulukumba"}),
])
def test_a_region_that_got_the_step_earlier_takes_no_part(nlp: Language, text: str, kind: str,
                                                          expected: set[str]) -> None:
    assert regions(nlp, text, kind, date(2023, 8, 20)) == expected


def test_an_assessors_origin_in_capitals_is_read_in_one_pass() -> None:
    from extractor.participants import words

    # each capitalised word is taken whole: a long run of capitals after "dari" used to be split every way
    # before the clause's lower-case end ruled the origin out (2 ** n tries, hours for 40 letters)
    text = "tim penilai dari " + "KEMENTERIANKOMUNIKASIDANINFORMATIKARI" * 2 + " memaparkan hasilnya"
    assert words().origin.search(text) is None
    assert words().origin.search("tim penilai dari Kota Bandung") is not None


def test_an_assessors_origin_after_many_names_or_assessor_words_is_read_in_one_pass() -> None:
    from extractor.participants import words

    # a region word could be read two ways ("Kota" as a name or as a region word): 22 of them before a lower-case
    # word took 5 s and each one more doubled it; and each assessor word used to scan the clause again to its end
    origin = words().origin
    assert origin.search("tim penilai dari " + "Kota " * 10_000 + "menilai ") is None
    assert origin.search("penilai " * 6250) is None


def test_the_clauses_of_a_sentence_with_a_long_run_of_spaces_are_found_in_one_pass() -> None:
    from extractor.participants import clause_of

    # each space of a long run used to be a start from which the run was scanned again (50,000 blank lines took
    # a minute); read quadratically, this run would stall the suite here
    text = "Kota Batu dinilai, sedangkan Kota Malang belum."
    assert clause_of(text, (0, len(text)), text.index("Malang")) == (text.index(", sedangkan"), len(text))
    assert clause_of(text, (0, len(text)), text.index("Batu")) == (0, text.index(", sedangkan"))
    text = "Kota Batu dinilai" + "\n" * 100_000 + "sedangkan Kota Malang belum."
    assert clause_of(text, (0, len(text)), text.index("Malang")) == (text.index("\n"), len(text))


@pytest.mark.parametrize(("text", "kind", "expected"), [
    (("Kota Madiun meraih penghargaan smart city kategori ekonomi, Rabu (9/10/2024). Kota Madiun berada di peringkat "
      "ketiga se-Jawa Timur setelah Kota Surabaya dan Kota Malang."), "award", {"Kota Madiun"}),
    (("Kabupaten Tegal menerima penghargaan kota cerdas pada 3 Desember 2024 dan menempati urutan kedua di bawah "
     "Kabupaten Banyumas."), "award", {"Kabupaten Tegal"}),
    (("Pemkab Sleman meraih penghargaan smart city, Kamis (12/9/2024), dengan nilai yang lebih tinggi dibandingkan "
     "Kabupaten Bantul."), "award", {"Kabupaten Sleman"}),
    ("Kota Pasuruan menerima penghargaan smart city pada 5 Maret 2024, terbaik kedua sesudah Kota Probolinggo.",
     "award", {"Kota Pasuruan"}),
    (("Kota Salatiga menerima penghargaan smart city pada 4 Desember 2024, berada di posisi kedua di atas Kota Magelang "
     "dan Kota Surakarta."), "award", {"Kota Salatiga"}),
    # a neighbour named to place the region (the second, "bertetangga", a guard that passed before)
    (("Pemkab Wajo mengikuti bimtek penyusunan masterplan smart city tahap I di aula Bappeda, Rabu (3/7/2024). "
      "Kabupaten Wajo berbatasan dengan Kabupaten Sidenreng Rappang dan Kabupaten Soppeng."), "technical_guidance",
     {"Kabupaten Wajo"}),
    (("Pemkab Barru menggelar bimtek smart city tahap II, Kamis (4/7/2024). Kabupaten Barru bertetangga dengan Kota "
      "Parepare di pesisir barat Sulawesi Selatan."), "technical_guidance", {"Kabupaten Barru"}),
    # guard (passed before): "setelah" in a clause that ranks nothing is the order of the regions taking part
    ("Kota Batu dan Kota Malang mengikuti evaluasi smart city, Selasa (18/6/2024), setelah Kota Blitar.",
     "evaluation", {"Kota Batu", "Kota Malang", "Kota Blitar"}),
])
def test_a_region_a_ranked_one_is_only_compared_with_takes_no_part(nlp: Language, text: str, kind: str,
                                                                    expected: set[str]) -> None:
    assert regions(nlp, text, kind, date(2024, 12, 20)) == expected


@pytest.mark.parametrize(("text", "kind", "expected"), [
    (("Nota kesepahaman smart city diteken Pemkot Bontang pada 20 Mei 2021, sedangkan pihak kementerian mengikuti dari "
      "Gedung Sapta Pesona, Jalan Medan Merdeka Barat 17, Kota Administrasi Jakarta Pusat."), "mou_signing",
     {"Kota Bontang"}),
    (("Penandatanganan nota kesepahaman smart city oleh Pemkab Sintang berlangsung 3 Juni 2021; Dirjen Aptika meneken "
      "di ruang kerjanya, Jl. Medan Merdeka Barat nomor 9, Jakarta Pusat."), "mou_signing", {"Kabupaten Sintang"}),
    # guards (these passed before): an address without a comma, a region hosting its own step at an address
    (("Kabupaten Paser menandatangani nota kesepahaman Gerakan Menuju Smart City, Kamis (20/5/2021). Dirjen Aptika "
      "meneken dari Kantor Kementerian Kominfo Jl. Medan Merdeka Barat Nomor 9 Jakarta Pusat."), "mou_signing",
     {"Kabupaten Paser"}),
    (("Kabupaten Kudus menjalani evaluasi smart city tahap II, Senin (5/7/2021), di Pendopo Kabupaten, Jalan Simpang "
      "Tujuh No. 1, Kudus."), "evaluation", {"Kabupaten Kudus"}),
])
def test_a_region_after_a_street_address_is_where_a_building_stands(nlp: Language, text: str, kind: str,
                                                                     expected: set[str]) -> None:
    assert regions(nlp, text, kind, date(2021, 12, 20)) == expected


@pytest.mark.parametrize(("text", "kind", "published", "expected"), [
    # guards (these passed before): the venue's region and the region named once in the lead, worded anew
    ("Kota Bitung dievaluasi tim asesor smart city pada Rabu, 26 Juni 2024, di Hotel Prama Sanur, Denpasar.",
     "evaluation", date(2024, 7, 1), {"Kota Bitung"}),
    (("Pemkab Bantaeng memaparkan capaian smart city dalam evaluasi tahap pertama 18-20 Juni 2019 di Hotel Santika "
      "Kota Banyuwangi."), "evaluation", date(2019, 7, 1), {"Kabupaten Bantaeng"}),
    ("Tim Smart City Kabupaten Sumba Timur mengikuti evaluasi pada 12 Juni 2023 di Surabaya.", "evaluation",
     date(2023, 7, 1), {"Kabupaten Sumba Timur"}),
    (("Kabupaten Wonogiri Raih Penghargaan Smart City\nWONOGIRI - Baru-baru ini, Pemkab Wonogiri dinobatkan sebagai "
      "daerah terbaik dimensi smart living. Penghargaan diserahkan Dirjen Aptika di Jakarta pada 20 November 2019 "
      "kepada kepala dinas kominfo."), "award", date(2019, 12, 1), {"Kabupaten Wonogiri"}),
    (("Bupati Kepulauan Yapen membuka bimbingan teknis tahap II penyusunan masterplan smart city di Serui, Senin, "
      "7 Agustus 2023. Staf ahli kementerian menyebut bimtek ini penting."), "technical_guidance", date(2023, 8, 10),
     {"Kabupaten Kepulauan Yapen"}),
])
def test_the_venues_region_stays_out_and_the_leads_region_stays_in(nlp: Language, text: str, kind: str,
                                                                    published: date, expected: set[str]) -> None:
    assert regions(nlp, text, kind, published) == expected


@pytest.mark.parametrize(("text", "kind", "expected"), [
    (("Evaluasi Kabupaten Kendal digelar di Pendopo Kendal, Selasa (12/9/2023), dan dihadiri Wakil Bupati Batang "
      "sebagai peninjau."), "evaluation", {"Kabupaten Kendal"}),
    ("Asesmen smart city Kabupaten Lamongan berlangsung Rabu (13/9/2023), dan Bupati Gresik turut menyaksikan.",
     "assessment", {"Kabupaten Lamongan"}),
    (("Pemkot Pasuruan menjalani evaluasi kota cerdas di Gedung Gradika, Senin (11/9/2023), diikuti pejabat Kabupaten "
      "Probolinggo sebagai pengamat."), "evaluation", {"Kota Pasuruan"}),
    # the absent words of the next list leave out that list only
    (("Kabupaten Sikka mengikuti evaluasi smart city, Senin (11/9/2023), dan Kabupaten Ende belum ikut dievaluasi."),
     "evaluation", {"Kabupaten Sikka"}),
])
def test_an_observer_in_the_same_clause_leaves_out_only_their_own_region(nlp: Language, text: str, kind: str,
                                                                          expected: set[str]) -> None:
    assert regions(nlp, text, kind, date(2023, 9, 20)) == expected


@pytest.mark.parametrize(("text", "kind", "expected"), [
    (("Kabupaten Klaten meraih penghargaan smart city, mengungguli Kabupaten Boyolali dan Kota Surakarta, pada Kamis "
      "(14/9/2023)."), "award", {"Kabupaten Klaten"}),
    ("Kabupaten Sumedang menjalani evaluasi smart city tahap II seperti Kota Bandung, Senin (11/9/2023).",
     "evaluation", {"Kabupaten Sumedang"}),
    ("Pemkot Kediri mengikuti evaluasi smart city, Senin (11/9/2023), mencontoh Kota Surabaya.", "evaluation",
     {"Kota Kediri"}),
])
def test_a_rival_beaten_or_an_example_followed_takes_no_part(nlp: Language, text: str, kind: str,
                                                             expected: set[str]) -> None:
    assert regions(nlp, text, kind, date(2023, 9, 20)) == expected


def test_a_comparison_and_an_address_are_read_in_one_pass() -> None:
    from extractor.participants import ADDRESS, words

    # each word of a run of names is taken whole, and "setelah" needs no scan back to a ranking word
    compared = words().compared
    assert compared.search("peringkat kedua setelah Kota Batu dan Kota Malang") is not None
    for text in ("peringkat " * 5000, "setelah " + "Kota " * 10_000 + "x", "setelah " + "kab." * 12_500 + "x"):
        assert compared.search(text) is None
    assert ADDRESS.search("Jalan Merdeka Barat No. 9, ") is not None
    assert ADDRESS.search("Jalan " + "Merdeka " * 6250 + "x") is None


@pytest.mark.parametrize(("text", "published", "expected"), [
    (("Kementerian Kominfo meluncurkan Gerakan Menuju 100 Smart City di Jakarta, Senin (22/5/2017). Kabupaten Siak "
      "termasuk 25 daerah yang terpilih tahun ini dan meneken nota kesepahaman pada hari yang sama."),
     date(2017, 5, 24), set()),
    (("Pemkab Gianyar meneken MoU smart city saat peluncuran program Gerakan Menuju 100 Smart City di Makassar, Senin "
      "(22/5/2017). Bupati Gianyar berharap program ini mempercepat layanan publik."), date(2017, 5, 24), set()),
    (("Peluncuran Gerakan Menuju 100 Smart City tahap kedua digelar Kementerian Kominfo di Jakarta pada 11 Juli 2018. "
      "Kota Pekalongan termasuk daerah terpilih yang menghadiri acara itu."), date(2018, 7, 12), set()),
    # guard (passed before): a region's own movement is that region's launch
    ("Pemkab Gowa meluncurkan Gerakan Menuju Smart City Kabupaten Gowa, Senin (4/6/2018), di lapangan Syekh Yusuf.",
     date(2018, 6, 5), {"Kabupaten Gowa"}),
])
def test_the_launch_of_the_national_programme_is_no_regions(nlp: Language, text: str, published: date,
                                                           expected: set[str]) -> None:
    assert regions(nlp, text, "launch", published) == expected


def test_the_place_after_a_verb_of_holding_is_the_venue_not_the_participant(nlp: Language) -> None:
    text = "Untuk menilai penerapan smart city di Kolaka, evaluasi dilaksanakan di Kota Malang Jawa Timur pada 3 Juli 2019."
    got = found(nlp, text)
    assert [(e["type"], e["regions"], e["venue"]) for e in got] == [
        ("evaluation", ["Kabupaten Kolaka"], "Kota Malang Jawa Timur")]


def test_a_region_that_did_not_get_in_takes_no_part(nlp: Language) -> None:
    text = ("Kabupaten Kolaka dinyatakan lolos seleksi Gerakan Menuju 100 Smart City pada 10 November 2017. Kota "
            "Kendari, ibu kota provinsi itu, tidak masuk daftar 25 besar tersebut.")
    got = found(nlp, text, published=date(2017, 11, 12))
    assert [(e["type"], e["regions"]) for e in got] == [("selection_result", ["Kabupaten Kolaka"])]


def test_an_event_of_a_body_without_regions_is_of_the_one_region_the_headline_names(nlp: Language) -> None:
    from extractor.events import events_of
    from extractor.nlp import analyse

    text = "Nota Kesepakatan (MoU) Gerakan Menuju Kota Cerdas tahun 2023 diteken secara daring, Selasa (28/2/2023)."
    doc = analyse(text, date(2023, 3, 1), nlp=nlp)
    found = events_of(doc, "Pemkab Kolaka Tanda Tangani MoU Smart City", ("Kabupaten Kolaka",))
    assert [(e["type"], e["regions"]) for e in found] == [("mou_signing", ["Kabupaten Kolaka"])]


def test_the_rivals_an_awarded_region_beat_are_not_regions_of_the_award(nlp: Language) -> None:
    text = ("Kabupaten Sigi menerima penghargaan kabupaten cerdas terbaik dari Menteri Kominfo di Jakarta, Selasa "
            "(5/12/2023). Sigi menyingkirkan tiga nominator lainnya, yakni Kabupaten Poso, Kabupaten Donggala dan "
            "Kabupaten Parigi Moutong.")
    awards = [e for e in found(nlp, text) if e["type"] == "award"]
    assert [e["regions"] for e in awards] == [["Kabupaten Sigi"]]


def test_a_cohort_a_region_is_one_of_gathers_nowhere(nlp: Language) -> None:
    # "satu diantara 40 kota" counts the cohort; the region presenting in a room named after it takes part
    text = ("Kota Kendari tercatat satu diantara 40 kota yang ikut penilaian Rating Kota Cerdas 2019. Wali Kota "
            "Kendari memaparkan materi di Ruang Kendari Hall, Senin (23/9/2019).")
    assert [(e["type"], e["start"], e["regions"]) for e in found(nlp, text)] == [
        ("assessment", "2019-09-23", ["Kota Kendari"])]


@pytest.mark.parametrize("text", [
    ("Kota Kendari terus berbenah. Menteri menjelaskan, pembimbingan itu dilakukan bagi kabupaten dan kota yang "
     "memiliki rencana induk."),
    ("Kota Kendari terus berbenah. Dalam tahap penilaian itu, pemerintah daerah diminta memaparkan program yang "
     "sudah berjalan."),
])
def test_the_process_told_of_regions_in_general_is_no_event(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


def test_a_step_told_of_a_named_region_is_reported(nlp: Language) -> None:
    text = ("Kota Kendari terus berbenah. Bimbingan teknis penyusunan masterplan dilakukan bagi Kabupaten Konawe yang "
            "terpilih.")
    assert [(e["type"], e["regions"]) for e in found(nlp, text)] == [("technical_guidance", ["Kabupaten Konawe"])]


def test_a_region_one_of_a_cohort_hosting_its_own_bimtek_is_guided(nlp: Language) -> None:
    text = ("Kabupaten Ngada menjadi salah satu daerah percontohan kota cerdas tahun ini.\n"
            "“Kami bersyukur Kabupaten Ngada menjadi bagian dari 50 kabupaten/kota yang menjadi percontohan,” kata "
            "Bupati Ngada saat penutupan Bimtek Smart City di Hotel Bintang Ngada, Selasa (5/9/2023).\n")
    got = found(nlp, text)
    assert [(e["type"], e["regions"]) for e in got] == [("technical_guidance", ["Kabupaten Ngada"])]


@pytest.mark.parametrize(("text", "regions"), [
    (("Wali Kota Palu menerima trofi kota cerdas dari menteri di Jakarta, Senin (11/12/2017). Sebelumnya, ketua panitia "
      "mengumumkan lima kota pemenang penghargaan kota cerdas kategori kota kecil, yakni Kota Palu, Kota Bitung, dan "
      "Kota Tomohon."), ["Kota Palu", "Kota Bitung", "Kota Tomohon"]),
    (("Penghargaan kota cerdas diserahkan kepada Bupati Banggai di Jakarta, Senin (11/12/2017).\nSebelumnya panitia "
      "mengumumkan pemenang penghargaan kategori kabupaten, antara lain Kabupaten Poso dan Kabupaten Banggai."),
     ["Kabupaten Banggai", "Kabupaten Poso"]),
    # an earlier year is the region's record
    (("Wali Kota Palu menerima trofi kota cerdas dari menteri di Jakarta, Senin (11/12/2017). Pada tahun sebelumnya, "
      "Kota Bitung juga telah menerima penghargaan kota cerdas."), ["Kota Palu"]),
])
def test_an_opening_earlier_tells_more_of_the_story_reported(nlp: Language, text: str, regions: list[str]) -> None:
    assert [(e["type"], e["start"], e["regions"]) for e in found(nlp, text, date(2017, 12, 12))] == [
        ("award", "2017-12-11", regions)]


@pytest.mark.parametrize(("text", "kind", "expected"), [
    (("Kabupaten Alor menjadi tuan rumah evaluasi implementasi kota cerdas bagi Kabupaten Flores Timur dan "
      "Kabupaten Lembata, Selasa (9/7/2019). Kedua daerah itu memaparkan capaian masterplan di depan evaluator."),
     "evaluation", {"Kabupaten Flores Timur", "Kabupaten Lembata"}),
    (("Pemkot Tarakan bertindak sebagai tuan rumah bimbingan teknis masterplan kota cerdas untuk Kabupaten Bulungan "
      "dan Kabupaten Malinau, Rabu (2/8/2023)."), "technical_guidance", {"Kabupaten Bulungan", "Kabupaten Malinau"}),
    # a gathering of many regions facilitated by its host names none of its own
    (("Evaluasi kota cerdas bagi 40 kabupaten/kota digelar tiga hari mulai Senin (8/7/2019) dan difasilitasi Pemkab "
      "Jember."), "evaluation", set()),
    # the host that is evaluated as well says so
    (("Kota Kendari menjadi tuan rumah evaluasi kota cerdas wilayah timur bagi 18 kabupaten/kota, Rabu (10/7/2019). "
      "Kota Kendari juga ikut dievaluasi sebagai peserta."), "evaluation", {"Kota Kendari"}),
    # a forum keeps its host among the regions that take part
    (("Kota Ambon menjadi tuan rumah seminar kota cerdas wilayah timur, Kamis (11/7/2019)."), "other", {"Kota Ambon"}),
    # a region that hosts its own evaluation hosts no others
    (("Pemerintah Kota Sibolga menjadi tuan rumah bagi evaluasinya sendiri. Evaluasi kota cerdas kota itu berlangsung "
      "di Aula Cendana, Rabu (9/10/2024), dengan asesor hadir secara daring."), "evaluation", {"Kota Sibolga"}),
    # the guests the host's sentence goes on to list, the host among them where the list says so
    (("Kota Bukittinggi menjadi tuan rumah evaluasi kota cerdas tahap I bagi sejumlah kabupaten/kota di Sumatra Barat. "
      "Evaluasi digelar 3-4 Juli 2023 di Hotel Rajawali, Kota Bukittinggi. Selain Kota Bukittinggi, peserta yang "
      "memaparkan capaian di hadapan asesor antara lain Kabupaten Agam, Kota Payakumbuh dan Kabupaten Tanah Datar."),
     "evaluation",
     {"Kota Bukittinggi", "Kabupaten Agam", "Kota Payakumbuh", "Kabupaten Tanah Datar"}),
])
def test_the_host_of_a_step_held_for_other_regions_is_not_one_of_them(
        nlp: Language, text: str, kind: str, expected: set[str]) -> None:
    assert regions(nlp, text, kind) == expected


@pytest.mark.parametrize(("text", "kind", "expected"), [
    (("Evaluasi kota cerdas Kabupaten Ciamis yang digelar Kementerian Kominfo, Kamis (12/10/2023), menghadirkan Wali "
      "Kota Cimahi sebagai pembicara tamu."), "evaluation", {"Kabupaten Ciamis"}),
    (("Kota Banjar menjadi narasumber dalam bimtek penyusunan masterplan kota cerdas Kabupaten Pangandaran, Kamis "
      "(12/10/2023)."), "technical_guidance", {"Kabupaten Pangandaran"}),
])
def test_a_region_whose_official_speaks_at_the_step_of_another_takes_no_part(
        nlp: Language, text: str, kind: str, expected: set[str]) -> None:
    assert regions(nlp, text, kind) == expected


def test_a_host_that_receives_in_its_clause_is_a_recipient(nlp: Language) -> None:
    text = ("Pada malam penganugerahan kota cerdas 18 November 2024, Kabupaten Badung yang menjadi tuan rumah meraih "
            "penghargaan kategori inovasi terbaik.")
    assert regions(nlp, text, "award") == {"Kabupaten Badung"}


def test_the_host_of_a_step_stays_the_host_where_its_official_opens_it(nlp: Language) -> None:
    text = ("Bontang – Gerakan Menuju 100 Smart City memasuki tahap evaluasi pertama tahun 2021.\n"
            "Kegiatan evaluasi yang difasilitasi Pemerintah Kota Bontang itu dibuka Sekretaris Daerah Kota Bontang di "
            "Hotel Santika, Senin (8/3/2021). Salah satu peserta, Kepala Diskominfo Kabupaten Sumbawa, menyebut "
            "evaluasi ini penting bagi daerahnya.")
    assert [(e["type"], e["regions"]) for e in found(nlp, text)] == [("evaluation", ["Kabupaten Sumbawa"])]


def test_the_official_who_opens_a_gathering_of_many_regions_names_its_host(nlp: Language) -> None:
    text = ("Kendari - Evaluasi kota cerdas tahap I dibuka oleh Asisten Sekda Kota Kendari dan diikuti 40 kabupaten/kota "
            "pada Rabu (4/9/2024).")
    assert [(e["type"], e["regions"]) for e in found(nlp, text)] == [("evaluation", [])]


def test_the_official_who_opens_the_step_of_its_own_region_keeps_it(nlp: Language) -> None:
    text = "Evaluasi kota cerdas Kabupaten Muna dibuka oleh Sekda Kabupaten Muna pada Rabu (4/9/2024)."
    assert [(e["type"], e["regions"]) for e in found(nlp, text)] == [("evaluation", ["Kabupaten Muna"])]


@pytest.mark.parametrize("text", [
    "Evaluasi kota cerdas tahap I akan diikuti Pemkab Sumba Timur di Mataram pada 17 Juni 2024.",
    ("Pemkab Sumba Timur menyiapkan bahan paparan kota cerdas. Ketua tim menyebut evaluasi akan digelar di Mataram "
     "17 Juni 2024."),
])
def test_a_step_the_region_goes_to_elsewhere_is_the_region_s_not_the_place_s(nlp: Language, text: str) -> None:
    assert regions(nlp, text, "evaluation", date(2024, 6, 4)) == {"Kabupaten Sumba Timur"}


def test_the_place_a_delegation_travels_to_is_no_region_of_the_step(nlp: Language) -> None:
    text = ("Pada 5 Maret 2019 tim Kota Palopo bertolak menuju Kota Makassar untuk mengikuti asesmen kota cerdas. "
            "Asesmen diikuti sekitar 100 kabupaten dan kota.")
    assert regions(nlp, text, "assessment") == {"Kota Palopo"}


def test_menuju_marks_a_place_only_right_before_the_region() -> None:
    from extractor.participants import AT

    assert AT.search("Tim Kota Palopo bertolak menuju ")
    assert AT.search("sebagai langkah menuju Smart City ") is None


@pytest.mark.parametrize("text", [
    # the opener's region, then another region that takes part ("dibuka oleh Wali Kota X dan diikuti Kabupaten Y")
    ("Evaluasi kota cerdas dibuka oleh Wali Kota Bogor dan diikuti Kabupaten Bekasi serta 40 kabupaten/kota lainnya "
     "pada Selasa (4/6/2024)."),
    # a step open to a region ("dibuka untuk"), not opened by its official
    "Pendaftaran bimtek kota cerdas dibuka untuk Kabupaten Bekasi dan 30 daerah lain pada Selasa (4/6/2024).",
])
def test_a_region_named_after_the_opener_is_no_opener(nlp: Language, text: str) -> None:
    kind = "evaluation" if text.startswith("Evaluasi") else "technical_guidance"
    assert "Kabupaten Bekasi" in regions(nlp, text, kind)


def test_the_official_who_opens_an_online_step_of_many_regions_opens_his_own(nlp: Language) -> None:
    text = ("Bupati Sleman membuka evaluasi kota cerdas tahap II secara daring dari ruang rapat, Selasa (4/6/2024). "
            "Evaluasi ini diikuti 50 kabupaten/kota se-Indonesia.")
    assert regions(nlp, text, "evaluation") == {"Kabupaten Sleman"}


def test_a_region_named_once_after_the_place_of_the_step_is_not_the_article_s(nlp: Language) -> None:
    text = ("Tim Kemenkominfo menggelar evaluasi kota cerdas di Kabupaten Sleman, Selasa (4/6/2024). Evaluasi itu "
            "meniru keberhasilan Kota Yogyakarta tahun lalu.")
    assert "Kota Yogyakarta" not in regions(nlp, text, "evaluation")


def test_two_parties_named_once_each_leave_the_article_without_a_main_region(nlp: Language) -> None:
    text = ("Evaluasi implementasi smart city digelar Kementerian Kominfo. Kabupaten Kutai Timur menyusul tahun depan. "
            "Turut hadir Kepala Diskominfo Kabupaten Berau.")
    assert regions(nlp, text, "evaluation") == set()


@pytest.mark.parametrize(("text", "expected"), [
    # the host named more often than the region evaluated there
    (("Evaluasi tahap II kota cerdas tahun 2021 berlangsung tiga hari. Kegiatan evaluasi yang difasilitasi Pemerintah "
      "Kota Kediri itu dibuka Sekda Kota Kediri di Hotel Bukit, Senin (4/10/2021). \"Kami senang menjadi tuan rumah. "
      "Silakan menikmati kuliner Kediri,\" kata Sekda. Salah satu peserta, Kepala Diskominfo Kabupaten Ogan Ilir Budi "
      "Santoso, menyebut evaluasi ini berguna. \"Ogan Ilir sudah menjalankan dua quick win,\" katanya."),
     {"Kabupaten Ogan Ilir"}),
    # the host alone: no region of the step
    (("Evaluasi tahap II kota cerdas tahun 2021 berlangsung tiga hari. Kegiatan evaluasi yang difasilitasi Pemerintah "
      "Kota Kediri itu dibuka Sekda Kota Kediri di Hotel Bukit, Senin (4/10/2021). \"Kami senang menjadi tuan rumah. "
      "Silakan menikmati kuliner Kediri,\" kata Sekda."), set()),
])
def test_the_host_of_a_step_is_not_the_region_the_step_falls_back_to(
        nlp: Language, text: str, expected: set[str]) -> None:
    assert regions(nlp, text, "evaluation") == expected


@pytest.mark.parametrize("member", [
    "yang masuk program Gerakan Menuju Smart City tahun 2022. Daerah lainnya adalah Kabupaten Mappi.",
    "yang terpilih dalam gerakan kota cerdas tahun ini, bersama Kabupaten Mappi.",
])
def test_the_programmes_members_told_after_a_step_take_no_part_in_it(nlp: Language, member: str) -> None:
    text = ("Bupati Asmat membuka Bimbingan Teknis Tahap I Masterplan Smart City Kabupaten Asmat di Aula Kantor "
            "Bupati, Selasa, 5 Juli 2022. Asmat merupakan satu dari dua kabupaten di Papua Selatan " + member)
    assert regions(nlp, text, "technical_guidance", date(2022, 7, 5)) == {"Kabupaten Asmat"}


def test_a_region_that_signs_the_same_agreement_takes_part_in_the_signing(nlp: Language) -> None:
    text = ("Pemerintah Kabupaten Bima menandatangani nota kesepakatan kota cerdas dengan Kementerian Kominfo, Rabu "
            "12 Mei 2021. Bupati Bima mengikuti acara secara daring dari Kantor Bupati. Selain Bima, daerah lain di "
            "provinsi itu yang ikut meneken kesepakatan tahun ini adalah Kabupaten Dompu.")
    assert regions(nlp, text, "mou_signing", date(2021, 5, 12)) == {"Kabupaten Bima", "Kabupaten Dompu"}


@pytest.mark.parametrize("text, region", [
    (("BANYUWANGI – Pemerintah Kabupaten Banyuwangi mengikuti evaluasi smart city tahap I bersama kabupaten lain "
      "di Kabupaten Banyuwangi, Senin (3/6/2024).\n"), "Kabupaten Banyuwangi"),
    (("SURABAYA – Kota Surabaya menjadi tuan rumah evaluasi tahap I Gerakan Menuju Smart City, Senin (3/6/2024). "
      "Pemkot Surabaya juga mengikuti evaluasi tersebut.\n"), "Kota Surabaya"),
])
def test_a_region_that_takes_part_where_it_hosts_is_evaluated(nlp: Language, text: str, region: str) -> None:
    assert regions(nlp, text, "evaluation", date(2024, 6, 5)) == {region}


def test_the_joining_words_stay_linear_on_a_long_input() -> None:
    from extractor.participants import words

    text = " juga" * 20000 + " mengikuti"
    assert words().joins.match(text) is None
    assert words().joins.match(" (Pemkab) juga turut mengikuti") is not None


def test_a_region_named_as_a_district_of_the_venue_city_takes_no_part(nlp: Language) -> None:
    text = ("Bupati Sumba Timur menandatangani nota kesepahaman Gerakan Menuju 100 Smart City dengan Menteri Kominfo "
            "di Jakarta, Selasa (13/6/2023). Penandatanganan berlangsung di ballroom sebuah hotel di kawasan Kuningan dan "
            "dihadiri 40 kepala daerah.")
    assert regions(nlp, text, "mou_signing") == {"Kabupaten Sumba Timur"}


@pytest.mark.parametrize(("text", "kind", "expected"), [
    (("Sebanyak 30 kabupaten/kota mengikuti evaluasi kota cerdas di Kota Mataram, 5-7 Agustus 2019. Tim evaluator "
      "menilai tindak lanjut masterplan. Beberapa daerah memamerkan inovasinya. Kabupaten Bima menampilkan aplikasi "
      "pasar ikan, sementara Kabupaten Dompu memaparkan layanan air bersih. Kota Bima menyoroti layanan ambulans desa. "
      "Kepala dinas menyebut hasil evaluasi diumumkan akhir tahun."), "evaluation",
     {"Kabupaten Bima", "Kabupaten Dompu", "Kota Bima"}),
    (("Sebanyak 50 kabupaten/kota menjadi peserta tahun ini, dan 30 di antaranya menjalani bimbingan teknis penyusunan "
      "masterplan kota cerdas. Sejumlah inovasi lahir dari proses pendampingan itu. Kabupaten Sumba Barat, misalnya, "
      "menyiapkan kalender wisata. Kabupaten Alor merancang pasar tenun daring."), "technical_guidance",
     {"Kabupaten Sumba Barat", "Kabupaten Alor"}),
    # ... not the examples of another occasion, which the sentence dates
    (("Sebanyak 30 kabupaten/kota mengikuti evaluasi kota cerdas di Kota Mataram, 5-7 Agustus 2019. Tim evaluator "
      "menilai tindak lanjut masterplan.\nPada pameran inovasi daerah di Lombok Tengah, 12 Maret 2019, beberapa daerah "
      "memamerkan inovasinya. Kabupaten Bima menampilkan aplikasi pasar ikan. Kabupaten Dompu memaparkan layanan air "
      "bersih."), "evaluation", set()),
])
def test_the_regions_a_sentence_gives_as_examples_of_a_counted_group_take_part(
        nlp: Language, text: str, kind: str, expected: set[str]) -> None:
    assert regions(nlp, text, kind) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (("Kota Bontang masuk 30 kota yang lolos ke penilaian tahap dua rating kota cerdas 2019. Hasil penilaian tahap "
      "pertama itu diumumkan tim penilai, Senin (15/7/2019).\nAnggota tim penilai mengatakan seluruh kota dinilai dari "
      "data isian mandiri. Untuk kategori kota sedang, Bontang akan bersaing antara lain dengan Kota Tarakan dan Kota "
      "Singkawang yang juga lolos."), {"Kota Bontang", "Kota Tarakan", "Kota Singkawang"}),
    # (not those selected in an earlier year)
    (("Kota Bontang masuk 30 kota yang lolos ke penilaian tahap dua rating kota cerdas 2019. Hasil penilaian tahap "
      "pertama itu diumumkan tim penilai, Senin (15/7/2019).\nAnggota tim penilai mengatakan seluruh kota dinilai dari "
      "data isian mandiri. Bontang akan belajar dari Kota Tarakan yang juga lolos tahun lalu."), {"Kota Bontang"}),
    # (nor those that passed some other test: "yang juga lolos verifikasi Adipura")
    (("Kota Bontang masuk 30 kota yang lolos ke penilaian tahap dua rating kota cerdas 2019. Hasil penilaian tahap "
      "pertama itu diumumkan tim penilai, Senin (15/7/2019).\nSementara itu, Kota Tarakan yang juga lolos verifikasi "
      "Adipura menerima piala pekan depan."), {"Kota Bontang"}),
])
def test_a_list_closed_with_yang_juga_lolos_is_of_the_selection(nlp: Language, text: str, expected: set[str]) -> None:
    assert regions(nlp, text, "selection_result") == expected
