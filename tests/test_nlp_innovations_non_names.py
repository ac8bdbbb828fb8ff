"""Innovations: what is no programme of a region, by class (vocabulary and connectives, offices, units and bodies,
meetings and agreements, indices and their aspects, rating bodies and grades, rooms and generic facilities, national
or ministry apps, linked headlines and speech), each with the programmes beside it that must stay. Merged from the
audit rounds' files (round 2-9, the r2300 group, the audit of the groups r1-r704); every text written for the test."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from spacy.language import Language

from extractor.nlp import analyse


@pytest.mark.parametrize(
    "text",
    [
        # a connective or a reporting verb ending in -nya before a comma opens a clause about an app
        "Rencananya, aplikasi tersebut dipakai seluruh kelurahan mulai bulan depan.",
        "Diungkapkannya, aplikasi yang dibangun tahun lalu kini dipakai ribuan warga.",
        # the leaders of a council among the backers of an app, and the words of a ministry
        "Aplikasi Sampahku mendapat dukungan pihak utama, seperti Wakil Bupati, Pj Sekda, dan Pimpinan DPRD Sleman.",
        "Program kota cerdas ini didorong melalui Pendayagunaan dan Aparatur Negara untuk layanan yang lebih cepat.",
        # e-mail is a channel, not an e-service
        "Situs aplikasi itu terhubung dengan kanal aduan warga, di antaranya e-mail aduan@contoh.id dan pesan singkat.",
        # a list after the region's vision names no programme
        "Inovasi pelayanan publik ini mendukung visi dan misi kabupaten yakni Sleman Sejahtera 2030.",
        "“Aplikasi ini bagian dari Visi-misi kita yang sudah lama jelas yaitu Sleman Berdaya,” kata bupati.",
        # the programme's word cut before its lower-case half, and a selection parameter of the programme
        "Narasumber menekankan pentingnya daerah memiliki Quick win atau brand keunggulan berbasis aplikasi.",
        "Parameter pemilihan aplikasi daerah contohnya adalah Kemampuan Keuangan Daerah (KKD) dan indeks lain.",
        # a launch is an event, not the programme it launches
        "Bupati hadir usai Launching Desa Digital Tepatnya di balai desa, Senin.",
    ],
)
def test_vocabulary_connectives_and_bodies_are_no_innovations(nlp: Language, text: str) -> None:
    assert [n for n in names(nlp, text) if n != "Sampahku"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a conjunction after the type word: what follows is no app's name
        "Dinas kominfo menggelar lomba aplikasi dan Games Nusantara untuk pelajar.",
        # "Aplikasi" inside a body's name
        "Hadir Direktur Layanan Aplikasi Informatika Pemerintahan dalam acara itu.",
    ],
)
def test_a_type_word_before_a_conjunction_or_in_a_body_names_nothing(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_the_rating_categories_of_an_award_are_no_innovations(nlp: Language) -> None:
    text = ("Kota ini meraih dua penghargaan kota cerdas, yang terdiri dari Rating Layanan Digital (Smart Governance) "
            "dan Rating Mobilitas (Smart Mobility).")
    assert names(nlp, text) == []


def test_the_national_id_card_and_a_ministrys_programme_are_no_innovations_of_a_region(nlp: Language) -> None:
    text = ("Dirjen Aptika menyampaikan hal itu pada program TokTok Kominfo di Jakarta. Contoh layanan terpadu adalah "
            "realisasi e-KTP di seluruh daerah, sedangkan Kota Sukamaju punya aplikasi Lapor Cepat.")
    assert names(nlp, text) == ["Lapor Cepat"]


def test_a_list_of_discussion_themes_names_no_programme(nlp: Language) -> None:
    themes = ("Pekan kota cerdas digelar di kampus. Selain pengumuman hasil rating, ada diskusi dengan tema Smart "
              "Government, Smart Tourism & Island, Smart Infrastructure, dan Smart Village.")
    listed = "Kota ini memaparkan inovasi Smart Governance, antara lain aplikasi Lapor Cepat, Sikembang dan Simpel Desa."
    assert names(nlp, themes) == []
    assert names(nlp, listed) == ["Lapor Cepat", "Sikembang", "Simpel Desa"]


@pytest.mark.parametrize(("text", "expected"), [
    # a connective or a list word opening the sentence is no part of the name
    (("Program unggulan kota ada dua. Yakni Sipadu untuk pilar smart governance, Kredit Tani Maju untuk pilar smart "
      "economy."), ["Sipadu", "Kredit Tani Maju"]),
    (("Pemkot menyiapkan sejumlah aplikasi untuk warga kota. Kemudian SIDAMAI, merupakan aplikasi berita yang "
      "menyampaikan kabar kecamatan."), ["SIDAMAI"]),
    # a value word written in capitals is an app's acronym
    (("Pemkot menyiapkan sejumlah aplikasi untuk warga kota.\nKemudian SINERGI, merupakan aplikasi berita untuk "
      "kabar kecamatan."), ["SINERGI"]),
])
def test_a_connective_opening_the_sentence_is_no_part_of_the_name(nlp: Language, text: str,
                                                                  expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # the steps of an evaluation, a region's government by its short name, the grade of an index
    "Panitia menyusun jadwal hari kedua, di antaranya Focus Group Discussion (FGD) bersama dinas soal aplikasi.",
    "Kadis menjelaskan bahwa Assessment aplikasi kota merupakan penilaian oleh kementerian.",
    "Salah satu yang menjadi inovasi andalan Pemda Sleman adalah pembukaan akses jalan.",
    "Indeks SPBE kota ditargetkan naik menjadi predikat “Sangat Baik” tahun depan dengan inovasi digital.",
    # a room visited or met in
    "Rombongan Pemkab Sleman kembali usai mengunjungi Bandung Command Center, Rabu (14/9).",
    "Komisi III meminta anggaran smart city saat mengunjungi Command Center Diskominfo, Senin pagi.",
    # values, as before
    "Program ini berjalan berkat beberapa nilai, diantaranya Komitmen, Kolaborasi dan Sinergi para pihak dalam aplikasi.",
])
def test_evaluation_steps_governments_grades_and_visited_rooms_are_no_innovations(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_a_command_center_launched_is_still_an_innovation(nlp: Language) -> None:
    assert names(nlp, "Wali kota meresmikan Sleman Command Center, Senin.") == ["Sleman Command Center"]


def test_no_person_in_a_cut_word(nlp: Language) -> None:

    doc = analyse("Sesuai arahan bupati, aplikasi Desa Cermat dan Aplikas", nlp=nlp)
    assert [s.text for s in doc.spans["people"]] == []


@pytest.mark.parametrize(("text", "expected"), [
    # the organiser's research programme and a national service are not the region's innovations
    (("Pusat kajian kampus itu menutup kegiatan Riset Kota Digital Indonesia (RKDI) tahun ini, sementara kota peserta "
      "memaparkan aplikasi Sapa Warga."), ["Sapa Warga"]),
    ("Layanan itu kelak terhubung ke platform Layanan Publik Nasional, kata kepala dinas.", []),
    ("Pusat studi kampus itu menyelenggarakan Riset Desa Digital Terpadu bersama sepuluh kota undangan.", []),
    # the body that publishes a rating is no programme
    ("Kota itu berada di posisi 90 sebagaimana dirilis Global Urban Center dalam laporan tahunannya.", []),
])
def test_national_programmes_and_rating_bodies(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an official's position in a list of speakers is no programme, whole or in parts
    (("Acara itu menghadirkan tiga pembicara antara lain Deputi Bidang Pelayanan dan Tata Usaha, Sari Wulandari, "
      "yang membahas layanan terpadu."), []),
    # a passive verb opening a sentence is no name
    ("Kota itu terpilih pada tahap pertama. Diketahui, gerakan ini bertujuan membangun kota cerdas di daerah.", []),
    # the platforms an app runs on are not apps
    ("Warga kini bisa membuka layanan terpadu itu lewat laman, aplikasi iOS dan Android, atau pesan singkat.", []),
    # "e-services" is generic vocabulary, like e-government
    ("Aplikasi dinas diarahkan menjadi platform terpadu melalui pembentukan integrated e-services bagi warga.", []),
    # a financial report and a rank are results
    (("Capaian itu antara lain Smart Governance berupa Laporan Keuangan Daerah yang memperoleh predikat WTP dan "
      "layanan publiknya masuk TOP 45."), []),
])
def test_positions_verbs_platforms_vocabulary_and_results_are_no_names(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the domains an index scores, listed after "domain" and one word describing them
    (("Indeks digital itu dinilai berdasarkan tiga domain utama, yakni Regulasi Data Daerah, Tata Kelola Jaringan "
      "Kota, dan Layanan Warga Terpadu."), []),
    ("Penilaian mencakup empat domain, yaitu Kapasitas Layanan Publik, Keamanan Data Kota dan Kesiapan Aparatur.", []),
    # a list of programmes is still read
    ("Kota itu memiliki program unggulan, yakni Lumbung Pangan Warga, Sapa Desa dan Ojek Sehat.",
     ["Lumbung Pangan Warga", "Sapa Desa", "Ojek Sehat"]),
])
def test_the_domains_an_index_scores_are_no_programmes(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name ending with the e-government index's name is one of its aspects
    ("Dinas itu menyiapkan program antara lain Lumbung Pangan Warga, Kebijakan SPBE dan Tata Kelola SPBE.",
     ["Lumbung Pangan Warga"]),
    ("Tahun ini Diskominfo memperbarui aplikasi Layanan SPBE agar nilai indeksnya naik.", []),
])
def test_the_aspects_of_the_e_government_index_are_no_programmes(nlp: Language, text: str,
                                                                 expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # the body that publishes a ranking, named as the subject of its release
    "Peringkat itu diketahui setelah Global Urban Center merilis laporan tahunannya pekan lalu.",
    "Posisi kota itu naik setelah Asia Cities Center (ACC) menerbitkan daftar terbarunya.",
    # ... and a rating organiser named after competitiveness or an observatory, whatever its verb
    "Daftar kota cerdas itu disusun Asia Competitiveness Center bersama sejumlah kampus.",
    "Data tersebut dihimpun Urban Observatory Center sejak tiga tahun terakhir.",
])
def test_the_publisher_of_a_ranking_is_no_programme(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_a_centre_that_runs_a_service_is_still_a_programme(nlp: Language) -> None:
    assert names(nlp, "Pemkot meresmikan Taman Kota Care Center untuk melayani aduan warga.") == [
        "Taman Kota Care Center"]


@pytest.mark.parametrize(("text", "expected"), [
    # a development index named by its acronym in a dimension's targets is a statistic
    ("Target Smart Economy adalah IPM mencapai 75 dan angka kemiskinan turun.", []),
    # a data centre, in either spelling, is a generic facility
    ("Kabupaten itu juga telah memiliki Data Centre berkapasitas besar dan aplikasi Sapa Desa.", ["Sapa Desa"]),
])
def test_indices_and_generic_facilities_are_no_programmes(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # the headline of a linked article, ending with its outlet's address
    ("Kota itu terus berbenah.\nPemkab Tetangga meluncurkan aplikasi Sapa Desa - kabarkota.com\nWali kota meminta "
     "dinas bekerja cepat."),
    # the headlines listed under a link word alone on its line
    ("Kota itu terus berbenah.\nBACA JUGA:\n- Bupati resmikan aplikasi Sapa Desa di Pendopo\n- Harga Cabai Naik "
     "Lagi\nWali kota meminta dinas bekerja cepat."),
    ("Kota itu terus berbenah.\nBaca Juga:\nWarga Kini Bisa Pakai aplikasi Sapa Desa\nWali kota meminta dinas "
     "bekerja cepat."),
])
def test_a_linked_articles_headline_names_no_innovation(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_a_sentence_after_a_link_word_is_read(nlp: Language) -> None:
    # a line after the link word that closes with a stop is the article's own text (the link itself was dropped)
    text = "Kota itu terus berbenah.\nBaca Juga:\nDinas itu lalu meluncurkan aplikasi Sapa Desa bagi warga.\n"
    assert names(nlp, text) == ["Sapa Desa"]


@pytest.mark.parametrize(("text", "expected"), [
    # misc17: a short quote its speaker is named after is speech, no name
    ("Bupati meninjau inovasi smart city daerah.\n“Aplikasi ini untuk warga,” ujar Bupati Sleman.", []),
    ("Program smart city itu diluncurkan kemarin. “Pelayanan harus lebih mudah” tegasnya.", []),
    ("Pemkot Batam menyusun aplikasi smart city.\n\"Semoga Batam makin maju,\" katanya.", []),
    # guard: a quoted name
    ("Pemkot Bogor meluncurkan aplikasi smart city bernama “Sipadu Warga” untuk pengaduan.", ["Sipadu Warga"]),
])
def test_a_quote_with_its_speaker_is_speech(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # misc17: a room a system is run from is the region's own, not a venue ("di" written apart from its verb too)
    ("Pemkot menyiapkan sistem smart city. Seluruh layanan itu dikendalikan di Palu War Room.", ["Palu War Room"]),
    ("Pemkot menyiapkan sistem smart city. Seluruh kamera CCTV kota dipantau di Bogor Command Center.",
     ["Bogor Command Center"]),
    ("Program smart city terus dikembangkan. Data layanan publik di kelola di Ambon War Room setiap hari.",
     ["Ambon War Room"]),
    ("Aplikasi aduan smart city dibahas. Semua aduan warga terpusat di Madiun Operation Room.",
     ["Madiun Operation Room"]),
    # guards: a meeting held there
    ("Rapat evaluasi smart city digelar di Indramayu Command Center, Senin.", []),
    ("Rapat smart city digelar di Kendari War Room, Senin.", []),
])
def test_a_room_a_system_is_run_from_is_no_venue(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # a discussion meeting, however the outlet spells it out
    "Kominfo menggelar Forum Group Discussion (FGD) tentang rencana induk kota cerdas Ternate.",
    "Pemkot Kendari melaksanakan Focus Group Discussion (FGD) bersama akademisi.",
    # a signed agreement, with its short form
    "Penandatanganan Nota Kesepahaman (MoU) antara Pemkab Sigi dan Kementerian Kominfo dilakukan di Jakarta.",
    "Kedua pihak meneken Perjanjian Kerja Sama (PKS) tentang pertukaran data kependudukan.",
    "Kota itu menandatangani Memorandum of Understanding (MoU) dengan sebuah kampus.",
])
def test_meetings_and_agreements_are_no_programmes(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a room any office may fit out, named only by its kind
    ("Menurut asesor, Kabupaten Gowa memulai dengan Smart Room yang keren.", []),
    ("Diskominfo Sumbawa juga punya War Room yang sesuai standar.", []),
    # a room named after its city is one
    ("Semua layanan dikendalikan di Palopo War Room milik pemkot.", ["Palopo War Room"]),
])
def test_a_room_named_by_its_kind_only_is_no_programme(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a government or a service is based on
    ("Langkah itu mendukung pemerintahan berbasis sistem Elektronik di semua dinas.", []),
    ("Pelayanan perizinan kini berbasis aplikasi Digital di setiap kecamatan.", []),
    # an app after its type word is still read
    ("Kota Bitung meluncurkan aplikasi Sigap untuk pengaduan warga.", ["Sigap"]),
])
def test_what_a_thing_is_based_on_is_no_name(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # a unit of a regional office, named like the ministry's directorate
    "Kepala Bidang (Kabid) Aplikasi Teknologi Informatika (Aptika) pada Diskominfo Kabupaten Garut, Budi, hadir.",
    # generic facilities and networks
    "Media Center, Senin (14/12) Pemerintah Kabupaten Garut menerima penghargaan kota cerdas.",
    ("Pada 2009 dilakukan pengembangan aplikasi melalui Intranet Pemerintah Daerah, lalu aplikasi online untuk "
     "Layanan dan Informasi Publik."),
    # a connective opening a sentence of a quote
    "\"Kami ingin warga dilayani. Jadi, aplikasi itu bukan untuk gaya-gayaan,\" tuturnya.",
])
def test_units_facilities_and_connectives_are_no_programmes(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_a_list_opening_a_sentence_after_no_programme_names_none(nlp: Language) -> None:
    assert names(nlp, "Warga Ngawi menyambut baik acara itu. Di antaranya, Budi Santoso dan Rina Wati.") == []


@pytest.mark.parametrize("text", [
    "Berkat inovasi pelayanan, Pemkab Sorong dua kali masuk dalam inovasi Top 99 dan Top 30 secara nasional.",
    "Rencana induk memuat enam dimensi, yaitu Smart Government, Smart Live, Smart Economy dan Smart Mobility.",
    "Pemkab meminta dukungan sarana seperti Internet dan komputer bagi kantor desa di Kabupaten Tebo.",
    "Menurut Kadis, pengembangan SPBE di Kabupaten Tebo sudah disiapkan melalui Perbup dan Perda, lalu SOP-nya.",
    "Pemerintah pusat mencanangkan program Akselerasi Transformasi Digital pada empat sektor, kata Bupati Tebo.",
    "Wali Kota Palu berbicara dalam webinar bertajuk Transformasi Digital Nelayan dan Petani di Palu, Selasa.",
    "Dalam program ini kami bekerja sama dengan komunitas seperti Orari, Rapi, Pramuka dan karang taruna.",
    "Di sekitar Kabupaten Kulon Progo ada proyek nasional yaitu bandara Kulon Progo International Airport (KPIA).",
    "Pemprov berniat mengembangkan Alun-Alun Kota Tegal dan Gedung Negara menjadi ruang publik.",
    "Dinas juga membentuk Forum Kelompok Sadar Wisata, Forum Perguruan Tinggi hingga Forum Satu Data Tegal.",
    "Wali Kota menggelar rapat bersama tim teknis Manado Kota Digital di kantor Wali Kota Manado.",
])
def test_ranks_equipment_regulations_bodies_and_places_are_no_innovations(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Pemkab Tebo meluncurkan aplikasi Tebo Lapor Cepat untuk pengaduan warga.", ["Tebo Lapor Cepat"]),
    ("Pemkot Tegal meluncurkan Festival Kopi Tegal untuk mendorong UMKM.", ["Festival Kopi Tegal"]),
])
def test_a_named_programme_beside_the_new_vetoes_is_kept(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # the modules of the national planning and budgeting system, in lower case, are vocabulary like e-government
    "Semua dinas di Kabupaten Sumba Barat sudah memakai e-planning, e-budgeting dan e-monev dalam penganggaran.",
    "Pemkot Tidore menerapkan aplikasi seperti e-budgeting dan e-planing sejak tahun lalu.",
])
def test_planning_modules_are_vocabulary(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


@pytest.mark.parametrize("text", [
    # an adverb opening a quoted clause is no app, whatever type word follows it
    "“Kedepan, sistem-sistem perizinan yang berbelit akan kami pangkas,” ujar bupati di kantornya.",
    "“Ke depan, layanan untuk pedagang pasar makin mudah,” kata wali kota dalam sambutannya.",
])
def test_an_adverb_before_a_comma_names_nothing(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


@pytest.mark.parametrize("text", [
    # the offices a dimension is assigned to are bodies, not programmes, however the list joins them
    ("Untuk Smart Governance, perangkat daerah pengampunya meliputi Inspektorat, Badan Kesatuan Bangsa dan Politik "
    "Daerah, Sekretariat DPRD dan Bagian Hukum Setda."),
    # the ministry's directorate of public information, named with its short form
    ("Menurut Kepala Seksi Layanan Digital Dirjen Informasi dan Komunikasi Publik (IKP) Kominfo, Budi Santoso, seleksi "
    "itu berjalan ketat."),
])
def test_offices_and_directorates_are_no_programmes(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_programme_unggulan_heads_the_list_and_is_none(nlp: Language) -> None:
    text = ("Rencana itu terkait dengan Program Unggulan Pemkab Sikka, yakni Smart Governance pada program "
            "Sikka Sigap Melayani (SISMA), Smart Branding pada program Tenun Digital (Tendig).")
    assert names(nlp, text) == ["Sikka Sigap Melayani (SISMA)", "Tenun Digital (Tendig)"]


def test_a_ticker_of_other_headlines_names_no_programme(nlp: Language) -> None:
    text = ("Berita terkini   |   21:00 . Dinas Luncurkan Aplikasi Sipetani untuk Petani   |   20:00 . Era Digital, "
            "Remaja Butuh Literasi   |   19:00 . Jalan Desa Diperbaiki\n"
            "Pemkab Nganjuk meluncurkan aplikasi Sipedas pada pukul 10:00 . Acaranya meriah.")
    assert names(nlp, text) == ["Sipedas"]


@pytest.mark.parametrize(("text", "expected"), [
    # a chatbot is a type word like "aplikasi": its name follows
    ("Warga bisa bertanya lewat situs, aplikasi Android, serta chatbot Tanya Kediri yang aktif sepanjang hari.",
     ["Tanya Kediri"]),
    # CCTV is a generic facility even as the first item of a list of services
    (("Berbagai layanan mulai CCTV, antrean puskesmas dan lainnya kini ada dalam satu aplikasi bernama Sikka Maju "
     "Mobile."), ["Sikka Maju Mobile"]),
])
def test_chatbots_are_named_and_cctv_is_a_facility(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a generic facility with only generic words, after a launch verb
    ("Pemkot Tegal segera mengoperasikan Command Center Baru di lantai tiga balai kota.", []),
    ("Bupati meresmikan Command Center Terpadu milik Pemkab Bantul.", []),
    # guard: one named after its region is a programme
    ("Wali kota meresmikan Pontianak Command Center untuk memantau lalu lintas.", ["Pontianak Command Center"]),
])
def test_a_generic_facility_after_a_verb_is_no_programme(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the apps and programmes the central government runs for every region
    ("Pegawai kini wajib mengisi aplikasi SRIKANDI dan aplikasi e-Kinerja BKN setiap hari.", []),
    ("Warga diminta mengunduh aplikasi SatuSehat Mobile sebelum datang ke puskesmas.", []),
    ("ASN di daerah itu memakai aplikasi MyASN untuk data kepegawaian.", []),
    ("Pemkab mendukung program Sekolah Rakyat dan program Tiga Juta Rumah.", []),
    ("Seluruh pegawai wajib memakai aplikasi lpse, Aplikasi MyASN, dan SRIKANDI.", []),
    ("Kota itu juga memiliki aplikasi Sapa Warga dan terhubung dengan aplikasi SRIKANDI.", ["Sapa Warga"]),
    # ... also when the list drops the type word before them, and the national insurers and identity card
    (("Keluarga miskin tercatat dalam Program Keluarga Harapan (PKH) dan layanan BPJS Kesehatan, sedangkan "
      "inovasi daerahnya ialah aplikasi Sigap Desa."), ["Sigap Desa"]),
    ("Untuk dimensi Smart Living, warga memakai aplikasi Mobile JKN dan aplikasi Jemput Pasien.", ["Jemput Pasien"]),
    ("Petugas membantu warga mengaktifkan Identitas Kependudukan Digital (IKD) di kantor kecamatan.", []),
])
def test_the_central_governments_apps_are_no_regions_programmes(nlp: Language, text: str,
                                                                 expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an app whose owner, named right after it, is a ministry or the central government: the region only uses it,
    # whatever the app is called; the region's own app beside it stays
    ("Pemkab Banyumas memakai aplikasi SIPD dari Kemendagri.", []),
    ("Selain aplikasi Lapor Sleman, warga bisa memakai aplikasi SP4N Lapor milik KemenPANRB.", ["Lapor Sleman"]),
    (("Diskominfo memasang aplikasi Sidik Cepat buatan Kementerian Kesehatan di semua puskesmas, serta meluncurkan "
      "aplikasi Klinik Warga."), ["Klinik Warga"]),
    ("Data warga diolah dengan aplikasi Desa Cerdas besutan Kemendes PDTT dan aplikasi Ronda Kampung milik Pemkab Bantul.",
     ["Ronda Kampung"]),
    ("Kota Kediri menjalankan program Kampung Digital dari pemerintah pusat bersama aplikasi Kediri Sehat.",
     ["Kediri Sehat"]),
    # guard: another region's app, or the region's office that runs it, is no central owner
    ("Kota Bogor meniru aplikasi Sipadu milik Kota Tangerang untuk layanan izin.", ["Sipadu"]),
    ("Pemkot meluncurkan aplikasi Sidoel Mantap dari Diskominfo Kota Madiun.", ["Sidoel Mantap"]),
])
def test_an_app_a_ministry_owns_is_no_regions_programme(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title-case line of its own between a finished sentence and a paragraph of prose heads a section, even when a
    # marker word ("Digital", "Festival") would make it a programme's name in a sentence
    (("Kabupaten Gowa terus berbenah.\n\nTransformasi Digital Pelayanan\n\nPemkab menyiapkan jaringan internet di 100 "
      "desa dan aplikasi Gowa Sehat bagi warga."), ["Gowa Sehat"]),
    ("Transformasi Digital Pelayanan\n\nPemkab menyiapkan jaringan internet di 100 desa.", []),
    (("Wali kota menerima tim penilai di pendopo.\nEkonomi Digital Tumbuh\nSebanyak 300 pelaku usaha kini berjualan "
      "lewat lokapasar milik pemkot."), []),
    (("Kota Sukabumi meluncurkan layanan baru.\n\nSapa Warga Online\n\nAplikasi Sapa Warga Online memudahkan warga "
      "mengadu kepada pemkot."), ["Sapa Warga Online"]),
    # guard: a heading with no marker word, and the items of a list each on a line of its own after its cue
    (("Sekda membuka rapat evaluasi pada Senin pagi.\n\nMenuju Kota Festival\n\nTahun ini kota itu menggelar dua "
      "puluh acara budaya bagi wisatawan."), []),
    ("Inovasi unggulan Kota Sukabumi:\nPasar Online Rakyat\nBank Sampah Digital\n\nRapat ditutup pada sore hari oleh sekda.",
     ["Pasar Online Rakyat", "Bank Sampah Digital"]),
    (("Inovasi unggulan Kota Sukabumi antara lain:\n\nPasar Online Rakyat\n\nPemkot juga mengembangkan aplikasi lain "
      "untuk warga kota."), ["Pasar Online Rakyat"]),
])
def test_a_heading_line_is_no_programme(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the office that runs an app, in brackets right after its name, is no part of the name: its words ("Dinas",
    # "Badan") or its short form, alone or before its region
    ("Pemkab Lumajang meluncurkan aplikasi Lumajang Sehat (Dinas Kesehatan) untuk warga.", ["Lumajang Sehat"]),
    ("Inovasi yang dinilai antara lain Sipipa (Dislautkan), Lapak Warga (Dinkes Kota Batu) dan E-Perpus (Dinas Perpustakaan).",
     ["Sipipa", "Lapak Warga", "E-Perpus"]),
    ("Kota Blitar memiliki aplikasi SIPADU (Bappeda) dan aplikasi Sadewa (Diskominfo).", ["SIPADU", "Sadewa"]),
    ("Aplikasi Simpel Pajak (Badan Pendapatan Daerah) diluncurkan pekan lalu oleh wali kota.", ["Simpel Pajak"]),
    # guard: brackets that spell a name out stay with it
    ("Kota Blitar memiliki aplikasi Sadewa (Sistem Data Warga) yang dikelola Diskominfo.", ["Sadewa (Sistem Data Warga)"]),
    ("Pemkab Lumajang meluncurkan aplikasi Sidoel (Dinamika Online Lumajang) untuk warga.",
     ["Sidoel (Dinamika Online Lumajang)"]),
])
def test_the_office_in_brackets_after_a_name_is_no_part_of_it(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a technical unit of an office is a body, whichever list or cue names it
    ("Pemkot Tegal memiliki UPT Pusat Data Kota yang mengelola server seluruh OPD.", []),
    ("Inovasi Kota Kupang antara lain Kupang Smart Card, UPTD Command Center dan aplikasi Lapor Kupang.",
     ["Kupang Smart Card", "Lapor Kupang"]),
    ("Smart governance: UPTD Layanan Digital, Sipandu Online dan Lapak Warga.", ["Sipandu Online", "Lapak Warga"]),
    # guard: a unit spelt out as a service is one, and so is the long name of a technical unit
    ("Untuk smart governance, Kota Surakarta memiliki Unit Layanan Aduan Surakarta (ULAS) bagi warga.",
     ["Unit Layanan Aduan Surakarta (ULAS)"]),
    ("Pemkab Sinjai membentuk Unit Pelaksana Teknis Pusat Data untuk mengelola server.", []),
])
def test_a_technical_unit_is_no_programme(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an activity before an acronym ("pelatihan UMKM", "penyuluhan KB") names what it serves: no name, and the items
    # after it are still read
    ("Untuk dimensi smart economy, ada pelatihan UMKM, pasar murah, dan Batu Belanja.", ["pasar murah", "Batu Belanja"]),
    ("Untuk dimensi smart economy ada pelatihan UMKM, pasar murah, dan Batu Belanja.", ["pasar murah", "Batu Belanja"]),
    ("Untuk smart living ada penyuluhan KB, posyandu keliling dan Sehati.", ["posyandu keliling", "Sehati"]),
    ("Di bidang smart governance ada pelatihan ASN, kantor tanpa kertas, dan Lapor Kota.", ["Lapor Kota"]),
    # guard: a type word before an acronym names the app
    ("Smart governance ada aplikasi SIPADU dan Lapor Kota.", ["SIPADU", "Lapor Kota"]),
    ("Smart society ada pelatihan UMKM dan Sehati.", ["Sehati"]),
])
def test_an_activity_before_an_acronym_names_no_item(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # guard: bodies, offices and officials
    "Peluncuran dihadiri Kapolresta Pekalongan, Dandim 0710 dan Ketua DPRD setempat.",
    "Warga dapat mengadu langsung melalui Diskominfosantik atau datang ke kantor camat.",
    "Rapat itu juga diikuti RSUP Kandou dan Puskesmas Tuminting.",
    "Kegiatan itu diikuti perwakilan Badan Siber dan Sandi Negara serta BPKP Perwakilan Jambi.",
    # guard: clause-opening words
    "Menariknya, aplikasi tersebut dibuat oleh pegawai dinas sendiri.",
    "Ditegaskannya, layanan itu gratis bagi warga.",
    "Kendati demikian, program itu tetap berjalan.",
    # guard: grades, indices, evaluation steps, events and the programme's own vocabulary
    "Kota itu meraih predikat Memuaskan dan masuk Top 10 nasional.",
    "Daerah itu memenuhi syarat Kapasitas Fiskal Daerah (KFD) dan Indeks Kemahalan Konstruksi.",
    "Tim penilai melakukan Desk Evaluation dan Focus Group Discussion dengan OPD.",
    "Mahasiswa mengikuti Winter Course Program tentang kota cerdas.",
    "Kabupaten itu menyusun Masterplan Smart Regency dan Quick Win tahun pertama.",
    "Penilaian meliputi Pilar Tata Kelola, Pilar Layanan dan Pilar Infrastruktur.",
])
def test_classes_that_carried_stay_out(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


# -- audit of r1600-r1623 (misc16) ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # an app's type word and what it does in lower case, then the acronym that names it
    (("Untuk layanan digital, Kabupaten Bantul sudah memiliki sistem informasi keuangan desa (SIKEUDES), aplikasi "
     "pengaduan masyarakat (SIPEMAS), dan sistem informasi kepegawaian daerah (SIMPEG)."),
     ["SIKEUDES", "SIPEMAS", "SIMPEG"]),
    ("Pemkot Kediri juga menerapkan aplikasi layanan administrasi kependudukan (SILADUK) untuk warga.", ["SILADUK"]),
    (("Diskominfo Kabupaten Sumedang mengembangkan sistem informasi desa (SID) dan sistem pelayanan perizinan online "
     "(SIPPOL)."), ["SID", "SIPPOL"]),
    # a word the acronym spells may be left out of the phrase ("Satu Pintu")
    ("Kami punya sistem informasi manajemen pelayanan terpadu (SIMPTSP) di mal pelayanan publik.", ["SIMPTSP"]),
    # guard: a body's acronym, and programme vocabulary, name no app
    ("Data itu dikirim lewat aplikasi milik organisasi perangkat daerah (OPD) setiap bulan.", []),
    ("Data dikirim lewat sistem pemerintahan berbasis elektronik (SPBE).", []),
])
def test_a_lower_case_app_phrase_names_its_acronym(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_the_villages_finance_app_is_no_innovation(nlp: Language) -> None:
    assert names(nlp, "Laporan dana desa disusun lewat aplikasi siskeudes.") == []


def test_a_region_s_own_complaint_app_stays(nlp: Language) -> None:
    assert names(nlp, "Pemkab meluncurkan aplikasi Lapor Bupati untuk aduan warga.") == ["Lapor Bupati"]


# -- second audit of names in prose -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # an expo and a fair of innovations are events, not programmes
    "Pemkot menggelar Festival Inovasi Daerah 2023 di alun-alun.",
    "Pemkab memamerkan aplikasinya di ajang Jatim Expo 2024.",
    # a task force or a committee a region forms is a body
    "Pemkab membentuk Satgas Inovasi Digital untuk mempercepat program.",
    "Program dijalankan Komite Inovasi Daerah bersama aplikasi OPD.",
    # a dashboard named by its kind alone is a generic tool
    "Pemkab membangun Dashboard untuk memantau program inovasi.",
])
def test_events_bodies_and_generic_tools_in_prose(nlp: Language, text: str) -> None:
    assert names(nlp, text) == []


def test_the_complaint_service_s_acronym_alone_stays_a_programme(nlp: Language) -> None:
    # an acronym alone is a body or a document, except those data/innovation_vetoes.csv keeps (keep_acronym)
    assert names(nlp, "Warga dapat menyampaikan aduan melalui aplikasi LAPOR milik Pemkot Depok.") == ["LAPOR"]


def test_an_international_body_after_a_type_word_is_no_name(nlp: Language) -> None:
    text = "Kabupaten itu memamerkan program Desa Digital di forum kota cerdas ASEAN tahun ini."
    assert names(nlp, text) == ["Desa Digital"]
