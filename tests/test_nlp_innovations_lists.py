"""Innovations: lists and their items, by class (type words naming their items, counted and glossed lists, lists
after a cue word or a colon, acronyms in a list of apps, examples after a sentence about innovations, where an item
ends). Merged from the audit rounds' files (round 2-8, the r2300 group, the audit of the groups r1-r704); every text
written for the test."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from fixtures.support import innovation_values as values
from spacy.language import Language

import extractor.summary
from extractor.nlp import analyse


def test_a_facility_among_the_names_of_a_list_is_an_item(nlp: Language) -> None:
    text = "Inovasi kota yang ditiru daerah lain antara lain SIPENA, e-Parkir, dan Command Center."
    assert names(nlp, text) == ["SIPENA", "e-Parkir", "Command Center"]


def test_a_lower_case_name_joined_to_the_region_after_a_type_word(nlp: Language) -> None:
    text = "Warga Kabupaten Sleman dapat mengadu lewat portal laporsleman, yang dikelola dinas kominfo."
    assert names(nlp, text) == ["laporsleman"]


@pytest.mark.parametrize(("text", "expected"), [
    # "Aplikasi" capitalised after a lower-case word is a type word
    ("Di pameran itu pemkot menampilkan layanannya dengan Aplikasi SIGAPKU serta papan informasi.", ["SIGAPKU"]),
    # ... not after "dan", where it opens a list item's name
    ("Tiga inovasi dipaparkan, meliputi Dapur Gizi, SITANI dan Aplikasi Ronda Warga.",
     ["Dapur Gizi", "SITANI", "Aplikasi Ronda Warga"]),
])
def test_a_capitalised_type_word_inside_a_sentence(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_the_sector_an_app_serves_parts_it_from_the_next(nlp: Language) -> None:
    text = "Wali kota akan memaparkan aplikasi Pasar Rakyat untuk sektor ekonomi dan Sehat Bersama di bidang kesehatan."
    assert names(nlp, text) == ["Pasar Rakyat", "Sehat Bersama"]


@pytest.mark.parametrize(("text", "expected"), [
    # a type word and a lower-case name after a weak cue
    ("Smart economy salah satunya diwujudkan dengan aplikasi pasar tani yang dibuat oleh Dinas Pertanian.",
     [("pasar tani", "Smart Economy")]),
    # a web address does not end the dimension's list
    (("Smart governance diwujudkan dengan beberapa website seperti Slemankab.go.id dan Sidata untuk informasi "
      "statistik daerah."), [("Slemankab", "Smart Governance"), ("Sidata", "Smart Governance")]),
    # "sebagai berikut" and the definition of a dimension name nothing
    ("Lalu pilar Smart Living dengan inovasi sebagai berikut:", []),
    ("Smart governance adalah layanan publik tanpa antre bagi warga.", []),
])
def test_items_after_a_weak_cue(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(v["name"], v["dimension"]) for v in values(nlp, text)] == expected


def test_an_item_of_a_list_is_read_with_its_own_describing_words(nlp: Language,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    rows: list[dict[str, str]] = []
    monkeypatch.setattr(extractor.summary, "predict_dimensions", lambda r: rows.extend(r) or [])
    doc = analyse("Pemkot memiliki sistem terintegrasi. Seperti Sistem Informasi Kinerja, aplikasi perpajakan "
                  "e-Pajakku, layanan perizinan SIPINTU, dan aplikasi surat-menyurat e-Surat.", nlp=nlp)
    extractor.summary._innovations(doc)
    read = {r["name"]: (r["description"], r["sentence"]) for r in rows}
    # the words before the next item are that item's, in what the classifier reads and as a description
    assert read["Sistem Informasi Kinerja"] == ("", "Seperti Sistem Informasi Kinerja, ")
    assert read["e-Pajakku"] == ("", "aplikasi perpajakan e-Pajakku, ")
    assert read["e-Surat"] == ("", "aplikasi surat-menyurat e-Surat.")


@pytest.mark.parametrize(("text", "expected"), [
    # apps and programmes in one list, a concept among them: each named without its type word
    (("Beberapa program unggulan yang disiapkan meliputi Aplikasi Kuda Laut (antrean terpadu, cepat), Aplikasi Sirih "
      "(data desa wisata), pembenahan pasar ikan dengan konsep Satu Desa Satu Karya, Program Sepeda Hijau (angkutan "
      "pegawai), Program Taman Cerita, serta Program Pesan Ibu (tabungan sampah warga)."),
     ["Kuda Laut", "Sirih", "Satu Desa Satu Karya", "Sepeda Hijau", "Taman Cerita", "Pesan Ibu"]),
    # programmes only, after an innovation cue
    (("Kabupaten Lembah Biru menyiapkan program unggulan tahun depan meliputi Program Lumbung Pintar, Program Ojek "
      "Sehat, serta Program Taman Cerita."), ["Lumbung Pintar", "Ojek Sehat", "Taman Cerita"]),
    # "dan" inside an item's name parts no items; a second type word is no part of the name
    (("Aplikasi lain yang diluncurkan yakni Aplikasi Website Pasar Kita, Aplikasi Aset Daerah dan Aplikasi "
      "Pemeliharaan Jalan dan Jembatan."), ["Pasar Kita", "Aset Daerah", "Pemeliharaan Jalan dan Jembatan"]),
    # programmes only, with no cue and no app among them: no innovations
    ("Pemerintah desa menggelar kerja bakti. Kegiatannya Program Bersih Kali, Program Jalan Rapi dan Program Pagar Hijau.",
     []),
])
def test_items_of_a_list_naming_their_type(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # acronyms among the apps a list word opens, after a sentence about systems and apps
    (("Dinas itu telah menggunakan sistem informasi atau aplikasi. Seperti SIMPAN, e-Anggaran, e-Kinerja, SIMKEU, "
      "SIPENA dan banyak lainnya."), ["SIMPAN", "e-Anggaran", "e-Kinerja", "SIMKEU", "SIPENA"]),
    # the offices and bodies using an app are none
    ("Aplikasi itu dipakai oleh banyak perangkat daerah. Seperti BAPPEDA, BPKAD, DISKOMINFO, BKPSDM, DPRD, BPBD dan lainnya.",
     []),
    ("Sistem ini dipakai banyak lembaga seperti BPK, KPK, PDAM, BUMD dan OPD lain.", []),
    # ... nor the bodies backing it
    ("Sistem ini didukung banyak pihak seperti BAKTI, TELKOMSEL, INDOSAT dan lainnya.", []),
    # no sentence about apps: places in capitals
    ("Warga kota datang dari banyak kelurahan. Seperti SUKAMAJU, SUKARAME, SIDODADI dan lainnya.", []),
    # two items make no list
    ("Pemkot memakai aplikasi layanan. Seperti SIMPAN dan SIMKEU.", []),
])
def test_acronyms_in_a_list_of_apps(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list a count announces may mix lower-case and capitalised names; a clause may tell where the services run
    (("Ada empat layanan yang ditawarkan dan terpadu di ruang kendali pemerintah kabupaten, yakni ronda warga, "
      "KampungKu, Desa Pintar dan Peta Desa,” katanya."), ["ronda warga", "KampungKu", "Desa Pintar", "Peta Desa"]),
    # ... the capitalised words after its last name are no item
    ("Ada tiga aplikasi, yakni lapak desa, SiKerja dan antrean daring, yang dipakai Dinas Sosial.",
     ["lapak desa", "SiKerja", "antrean daring"]),
])
def test_a_counted_list_of_mixed_names(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_a_list_opening_its_own_sentence_names_the_programmes_announced_before(nlp: Language) -> None:
    text = ("Pemkab Ngawi sudah menjalankan sejumlah program yang sejalan dengan smart city. Di antaranya, Petani "
            "Cerdas, Sapa Warga Desa (Sawade), dan pembuatan sumur resapan.")
    assert names(nlp, text) == ["Petani Cerdas", "Sapa Warga Desa (Sawade)"]


@pytest.mark.parametrize(("text", "expected"), [
    # the examples of the sentence before, after "Di antaranya"
    (("Kota Batu masuk percontohan inovasi daerah. Di antaranya di bidang wisata seperti Kampung Batik, "
     "Kampung Tahu, dan Kampung Gerabah."), ["Kampung Batik", "Kampung Tahu", "Kampung Gerabah"]),
    ("Kabupaten Ende punya banyak inovasi. Antara lain Kampung Tenun dan Kampung Kopi.", ["Kampung Tenun", "Kampung Kopi"]),
    # with no innovation in the sentence before, the villages are places
    ("Kota Batu masuk percontohan daerah. Di antaranya di bidang wisata seperti Kampung Batik dan Kampung Tahu.", []),
])
def test_examples_after_a_sentence_about_innovations_are_innovations(nlp: Language, text: str,
                                                                     expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a counted item that is a type word and a lower-case name, its own sentence, after the count of innovations
    (("Bupati memaparkan tiga inovasi daerah. Pertama, aplikasi Sehatku untuk antrean puskesmas. Kedua, gerakan gemar "
     "menabung. Kegiatan itu dimulai dari sekolah sejak 2019."), ["Sehatku", "gemar menabung"]),
    # a demonstrative is no name, and with no innovation named before, a counted phrase is no programme
    ("Pemkab punya dua program quick win. Pertama, program ini sangat baik.", []),
    ("Pertama, program wisata desa. Warga senang dengan kegiatan itu.", []),
])
def test_a_counted_lower_case_programme_is_read(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a lower-case list item glossed by a bracket that opens with its type word
    (("Semua layanan, mulai antrean puskesmas, jelajah sikka (portal tentang wisata) dan lainnya, ada dalam aplikasi "
     "Sikka Maju Mobile."), ["jelajah sikka", "Sikka Maju Mobile"]),
    # a gerund, one word or a bracket without a type word glosses no name
    ("Warga memakai pendaftaran daring (layanan baru) dan puskesmas (layanan dasar) setiap hari.", []),
    ("Pemkab membangun taman, jalur sepeda (sepanjang dua kilometer) dan pasar.", []),
])
def test_a_lower_case_item_glossed_by_its_type_word_is_read(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_the_gloss_describes_the_item(nlp: Language) -> None:
    text = "Layanan warga, mulai antrean puskesmas, jelajah sikka (portal tentang wisata) dan lainnya, kini terpadu."
    assert [(v["name"], v["description"]) for v in values(nlp, text)] == [("jelajah sikka", "portal tentang wisata")]


@pytest.mark.parametrize(("text", "expected"), [
    # a capitalised type word opening a sentence (or after a connective), its name, then a clause in lower case
    ("Program Kampung Bersinar diluncurkan untuk mencegah narkoba.", ["Kampung Bersinar"]),
    ("Kota itu punya banyak terobosan. Inovasi Sidamas menjadi andalan tahun ini.", ["Sidamas"]),
    ("Warga kini tak perlu antre. Aplikasi Antre Sehat bisa diunduh gratis.", ["Antre Sehat"]),
    ("Sementara itu, Program Bedah Rumah tetap berjalan.", ["Bedah Rumah"]),
    # ... not a common compound, a body's name, one common word, the national programme's word or a headline
    ("Program Studi Teknik Informatika Universitas Riau ikut mendampingi.", []),
    ("Program Kerja Pemkot Bogor 2024 disusun bersama DPRD.", []),
    ("Inovasi Daerah Kota Blitar dinilai kementerian pekan lalu.", []),
    ("Aplikasi Khusus pegawai itu hanya bisa dibuka di kantor.", []),
    ("Program Smart Regency ini membuat kabupaten kami makin maju.", []),
    ("APLIKASI SIDAMAS DILUNCURKAN\nKota itu meluncurkan layanan baru.", []),
])
def test_a_type_word_opening_a_sentence_names_a_programme(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the sentence's cue word may carry the possessive "-nya" ("Inovasinya", "Programnya")
    ("Inovasinya antara lain Lapak Warga, Sipandu dan Sehati.", ["Lapak Warga", "Sipandu", "Sehati"]),
    ("Kota Bima punya banyak program. Programnya meliputi Bima Sehat, Lapak Tani serta Sipandu.",
     ["Bima Sehat", "Lapak Tani", "Sipandu"]),
    ("Aplikasinya seperti Sipandu, Halo Warga dan Lapak Tani sudah dipakai warga.", ["Sipandu", "Halo Warga", "Lapak Tani"]),
    ("Layanannya yakni Sipandu Kota dan Halo Warga.", ["Sipandu Kota", "Halo Warga"]),
    # guard: other nouns with "-nya" open lists of people and of steps
    ("Tim penilai datang antara lain Budi Santoso, Andi Wijaya dan Rina Sari.", []),
    ("Kegiatannya antara lain Rapat Koordinasi, Kunjungan Lapangan dan Evaluasi Akhir.", []),
])
def test_a_cue_word_with_its_possessive_opens_a_list(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name ending a list whose other items are activities in lower case
    ("Program yang dijalankan meliputi peningkatan kapasitas aparatur, penguatan jaringan dan Serang Pintar.",
     ["Serang Pintar"]),
    ("Inovasi Kabupaten Bantul antara lain pelatihan kader, pemeriksaan gratis, serta Bantul Sehat.", ["Bantul Sehat"]),
    ("Aplikasi yang dikembangkan yaitu layanan surat daring dan Lapor Bantul.", ["Lapor Bantul"]),
    # guard: a person, a body or a plan after such words
    ("Program itu seperti biasa dihadiri pejabat dan Bupati Bantul Abdul Halim.", []),
    ("Program ini antara lain mendorong kolaborasi dan Dinas Kominfo sebagai pelaksana.", []),
    ("Rapat membahas antara lain anggaran dan Rencana Kerja Daerah.", []),
])
def test_a_name_ending_a_list_of_activities(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # where or since when a lower-case item runs ends its name
    ("Untuk smart living, ada layanan ambulans gratis dan pojok baca digital di tiap kelurahan.",
     ["ambulans gratis", "pojok baca digital"]),
    ("Smart Society yaitu taman baca warga di setiap RW dan posko relawan sejak 2020.",
     ["taman baca warga", "posko relawan"]),
    ("Di bidang smart environment ada bank sampah digital, kebun gizi pada tiap sekolah, dan patroli sungai.",
     ["bank sampah digital", "kebun gizi", "patroli sungai"]),
    ("Smart Living ada warung sehat keliling ke desa-desa terpencil.", ["warung sehat keliling"]),
])
def test_a_lower_case_item_ends_before_its_place(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a colon after the list word opens the list as a comma does
    ("Kota Ternate meluncurkan sejumlah inovasi, antara lain: Lapor Bupati, Ternate Sehat dan Siap Darurat.",
     ["Lapor Bupati", "Ternate Sehat", "Siap Darurat"]),
    ("Inovasi yang dikembangkan Pemkot Bitung meliputi: Bitung Smart Card dan Lapak Warga.",
     ["Bitung Smart Card", "Lapak Warga"]),
    ("Beberapa aplikasi Kabupaten Sleman, seperti: Sleman Sembada dan Lapor Sleman.", ["Sleman Sembada", "Lapor Sleman"]),
])
def test_a_colon_after_a_list_word_opens_the_list(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list opened by a type word and an acronym of four or five letters goes on after it
    ("Bupati menyebut beberapa program yang sudah berjalan, diantaranya program TEMAN, Sapa Rakyat, dan Kebun Kita Hijau.",
     ["TEMAN", "Sapa Rakyat", "Kebun Kita Hijau"]),
    # ... and after the acronym's expansion in brackets with "dan" (guard: with a comma it did already)
    ("Ada dua program unggulan yakni program SOLA (Sorong Layanan Online) dan Pasar Budaya Sorong Raya.",
     ["SOLA (Sorong Layanan Online)", "Pasar Budaya Sorong Raya"]),
    ("Tiga program unggulan yakni program SOLA (Sorong Layanan Online), Pasar Budaya Sorong Raya dan Kampung Baca.",
     ["SOLA (Sorong Layanan Online)", "Pasar Budaya Sorong Raya", "Kampung Baca"]),
    # guard: what follows "dan" after a bracket in lower case or a body is no item
    ("Dinas menjalankan program BEDAH (bedah rumah) dan Pemerintah Kota menanggung biayanya.", ["BEDAH"]),
    ("Dinas Sosial menjalankan aplikasi Teman Warga dan Bupati Sorong meresmikannya.", ["Teman Warga"]),
])
def test_a_list_opened_by_a_typed_acronym_goes_on(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list a verb opens goes on after a name with its expansion in brackets
    (("Untuk dimensi Smart Living, Dinkes memaparkan Jempol Sehat (jemput bola layanan lansia), Bidan Siaga "
      "(pendampingan ibu hamil) dan Dapur Gizi Desa."), ["Jempol Sehat", "Bidan Siaga", "Dapur Gizi Desa"]),
    # guard: what follows such a bracket is no item when it is a body or an official
    ("Sebagai inovasi, Bupati meresmikan Taman Baca Warga (lantai dua), Wakil Bupati juga hadir.", ["Taman Baca Warga"]),
])
def test_a_list_a_verb_opens_goes_on_after_a_bracket(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the last item a heading lists on its line ends the text: it is whole
    ("Inovasi Kabupaten Karo:\nSmart Governance: Sipelita, Lapor Camat\nSmart Living: Sehat Ceria",
     [("Sipelita", "Smart Governance"), ("Lapor Camat", "Smart Governance"), ("Sehat Ceria", "Smart Living")]),
    ("- Smart Society: Sekolah Lapang Iklim\n- Smart Environment: Kampung Iklim Lestari",
     [("Sekolah Lapang Iklim", "Smart Society"), ("Kampung Iklim Lestari", "Smart Environment")]),
    # two headings on one line, parted by a full stop
    ("Smart Branding: Kenduri Seni Pesisir. Smart Economy: Koperasi Digital Nelayan.",
     [("Kenduri Seni Pesisir", "Smart Branding"), ("Koperasi Digital Nelayan", "Smart Economy")]),
    # a phrase and the acronym it spells out, listed under a heading, are one name
    ("Smart Governance: Camat Menyapa Warga (CAMAR) dan Sistem Arsip Digital (SIARDI).",
     [("Camat Menyapa Warga (CAMAR)", "Smart Governance"), ("Sistem Arsip Digital (SIARDI)", "Smart Governance")]),
    # a short sentence on the line after a heading: its verb ends the name
    (("Kota itu memaparkan quick win kepada asesor.\nSmart Governance\nAplikasi Sitanggap menjadi andalan dinas.\n"
      "Smart Living\nSehat Jiwa Warga merupakan layanan konseling."),
     [("Aplikasi Sitanggap", "Smart Governance"), ("Sehat Jiwa Warga", "Smart Living")]),
    # guard: a line of prose in lower case after a heading names nothing, however short its verb leaves it
    ("Kota itu memaparkan quick win.\nSmart Environment\nia berharap tahap dua nanti dapat lebih meningkatkan hasilnya.",
     []),
])
def test_the_items_of_a_heading_on_its_line(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(v["name"], v["dimension"]) for v in values(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a line announcing the programmes, then a line for each, opening with its list mark
    (("Pemkab menyiapkan empat inovasi quick win, yaitu:\n- Gerbang Tani (Gerakan Pembangunan Tani) – pendampingan "
      "petani muda\n- Garda (Garut Satu Data)\n- Sinar Desa\n- Jawara Usaha (Juara Wirausaha Desa)\n"
      "Kepala Bappeda berharap evaluasi berjalan lancar."), ["Gerbang Tani", "Garda", "Sinar Desa", "Jawara Usaha"]),
    ("Keempat inovasi itu adalah:\n1. Lapak Tani\n2. Sigap Banjir\n3. Pasar Pintar\nSemuanya sudah berjalan.",
     ["Lapak Tani", "Sigap Banjir", "Pasar Pintar"]),
    # ... not a list of people, nor of activities
    ("Tim asesor yang hadir yaitu:\n- Budi Santoso\n- Rina Wati\nEvaluasi berjalan lancar.", []),
    ("Kegiatan program smart city meliputi:\n- penyusunan masterplan\n- Bimtek Tahap II\nSemua berjalan lancar.", []),
    # ... and a bulleted list whose lines name their dimension is read as dimension headings, each item with its own
    (("Pendamping memandu tiga program unggulan, yakni:\n- Smart Governance: Sumbawa Satu Data\n"
      "- Smart Branding: Festival Pesona Taliwang\n- Smart Living: Ambulans Desa Siaga\nSemua berjalan."),
     ["Sumbawa Satu Data", "Festival Pesona Taliwang", "Ambulans Desa Siaga"]),
    # ... nor a line that announces no list (a menu's "Layanan publik di kantor:")
    ("Layanan publik yang tersedia di kantor:\n- Kartu Sehat\n- Sigap Banjir\nSemua berjalan lancar.", []),
])
def test_the_items_of_a_bulleted_list(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_an_item_with_its_short_form_in_brackets_read_as_a_person_is_kept(nlp: Language) -> None:
    text = ("Inovasi yang disiapkan yakni Gerbang Cahayaku, Sentra Pangan Rakyat (Serasi), Juara Wirausaha Desa "
            "(Jawara Desa), dan Kampung Hijau.")
    assert names(nlp, text) == ["Gerbang Cahayaku", "Sentra Pangan Rakyat (Serasi)", "Juara Wirausaha Desa (Jawara Desa)",
                                "Kampung Hijau"]


@pytest.mark.parametrize(("text", "expected"), [
    # a list that "mulai dari" opens ends with "hingga"
    ("Wali kota memamerkan sejumlah aplikasi, mulai dari e-Budget, Padat Warga, Sayang Lansia hingga KampungKu.",
     ["e-Budget", "Padat Warga", "Sayang Lansia", "KampungKu"]),
    # ... a month after "hingga" is no item
    ("Mulai dari Sipandu, Lapak Warga hingga Desember tahun ini aplikasi digratiskan.", ["Sipandu", "Lapak Warga"]),
    # ... also after a comma, and with a last item opening with a common noun ("Warga")
    ("Inovasi yang dipaparkan mulai dari Halo Dinas, Pasar Tani, hingga Warga Bersih.",
     ["Halo Dinas", "Pasar Tani", "Warga Bersih"]),
    # ... nor does "hingga" end a list that no "mulai" opens
    ("Aplikasi yang dipamerkan antara lain Padat Warga dan Sayang Lansia hingga Kota Lama.",
     ["Padat Warga", "Sayang Lansia"]),
    # a name may open with two letters in lower case and a hyphen
    ("Pemkot memaparkan sejumlah inovasi seperti Sipandu Beraksi, e-Lapor Kita, dan si-Ramah.",
     ["Sipandu Beraksi", "e-Lapor Kita", "si-Ramah"]),
    # ... but not a preposition hyphenated by mistake before a capital
    ("Pemkab memperkenalkan aplikasi Sapa Warga dan layanan ke-Kantor Desa secara daring.", ["Sapa Warga"]),
])
def test_the_end_of_a_list_and_the_shape_of_its_names(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected
