"""Innovations: named apps and programmes of a region, with the dimension the text files them under."""

from __future__ import annotations

from typing import Any

import pytest
from fixtures.support import innovation_values as innovations
from spacy.language import Language

from extractor.nlp import analyse


def short(name: str) -> str:
    """The name without a parenthesised expansion: "SIPADU (Sistem ...)" and "SIPADU" name the same app."""
    return name.split(" (", 1)[0]


def expansion_kept(item: dict[str, Any], expansion: str) -> bool:
    """The expansion is kept, in the name or in the description."""
    return expansion in item["name"] or expansion in (item.get("description") or "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Inovasi unggulan daerah:\n"
                "Smart Governance\n"
                "SIPADU (Sistem Informasi Pelayanan Terpadu)\n"
                "E-Kinerja\n"
                "Smart Living\n"
                "Posyandu Digital\n"
                "Smart Economy\n"
                "Pasar Online Rakyat\n"
                "\n"
                "Rapat ditutup sore hari."
            ),
            [
                ("SIPADU", "Smart Governance"),
                ("E-Kinerja", "Smart Governance"),
                ("Posyandu Digital", "Smart Living"),
                ("Pasar Online Rakyat", "Smart Economy"),
            ],
        ),
        (
            "Smart Governance:\n- SIPADU\n- E-Kinerja\nSmart Branding:\n- Festival Kopi Lereng",
            [
                ("SIPADU", "Smart Governance"),
                ("E-Kinerja", "Smart Governance"),
                ("Festival Kopi Lereng", "Smart Branding"),
            ],
        ),
    ],
)
def test_items_under_a_dimension_heading(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    found = innovations(nlp, text)
    assert [(short(i["name"]), i["dimension"]) for i in found] == expected
    assert {i["dimension_source"] for i in found} == {"stated"}


@pytest.mark.parametrize(
    ("text", "name", "expansion"),
    [
        (
            "Smart Governance\nSIPADU (Sistem Informasi Pelayanan Terpadu)\n\nRapat ditutup sore hari.",
            "SIPADU",
            "Sistem Informasi Pelayanan Terpadu",
        ),
        (
            "Warga kini memakai SIMANTAP (Sistem Informasi Manajemen Terpadu), aplikasi pelayanan desa.",
            "SIMANTAP",
            "Sistem Informasi Manajemen Terpadu",
        ),
        (
            "Pemkab mengembangkan aplikasi SIMANTAP (Sistem Informasi Manajemen Terpadu) untuk warga.",
            "SIMANTAP",
            "Sistem Informasi Manajemen Terpadu",
        ),
    ],
)
def test_acronym_app_with_expansion(nlp: Language, text: str, name: str, expansion: str) -> None:
    found = innovations(nlp, text)
    assert len(found) == 1
    assert short(found[0]["name"]) == name
    assert expansion_kept(found[0], expansion)


def test_list_of_acronym_apps(nlp: Language) -> None:
    text = (
        "Inovasi daerah antara lain SIGAP (Sistem Informasi Gawat Darurat Terpadu) "
        "dan LAKSA (Layanan Kesehatan Sigap)."
    )
    found = innovations(nlp, text)
    assert [short(i["name"]) for i in found] == ["SIGAP", "LAKSA"]
    assert expansion_kept(found[0], "Sistem Informasi Gawat Darurat Terpadu")
    assert expansion_kept(found[1], "Layanan Kesehatan Sigap")


@pytest.mark.parametrize(
    "text",
    [
        "Rapat BAPPEDA (Badan Perencanaan Pembangunan Daerah) membahas anggaran.",
        "Laporan OPD (Organisasi Perangkat Daerah) diserahkan kemarin.",
    ],
)
def test_acronym_outside_an_app_sentence_is_not_an_innovation(nlp: Language, text: str) -> None:
    assert innovations(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Dinas merilis aplikasi "Lapor Cepat" bagi warga.', "Lapor Cepat"),
        ('Warga bisa memakai aplikasi bernama "Jaga Desa" di ponsel.', "Jaga Desa"),
        ("Pemkab memperkenalkan program “Desa Terang” kepada warga.", "Desa Terang"),
        ('Sistem antrean itu bernama "Antre Sehat" dan gratis.', "Antre Sehat"),
    ],
)
def test_quoted_names(nlp: Language, text: str, name: str) -> None:
    assert [i["name"] for i in innovations(nlp, text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pemkot meluncurkan layanan antar dokumen gratis untuk warga.", "layanan antar dokumen gratis"),
        ("Dinas meluncurkan layanan pengaduan daring, yang bisa diakses warga.", "layanan pengaduan daring"),
    ],
)
def test_launched_service(nlp: Language, text: str, name: str) -> None:
    assert [i["name"] for i in innovations(nlp, text)] == [name]


def test_dimension_stated_in_the_sentence(nlp: Language) -> None:
    found = innovations(nlp, 'Untuk dimensi Smart Living, dinas merilis aplikasi "Lapor Cepat" bagi warga.')
    assert [(i["name"], i["dimension"], i["dimension_source"]) for i in found] == [
        ("Lapor Cepat", "Smart Living", "stated")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kota ini mengikuti Gerakan Menuju 100 Smart City tahun ini.",
        "Program Smart City terus berjalan di kota itu.",
        'Warga memakai aplikasi "Smart City" itu setiap hari.',
        "Pemkab menyusun program Gerakan Menuju 100 Smart City bersama konsultan.",
        "Smart City menjadi tema rapat pagi ini.",
    ],
)
def test_smart_city_is_not_an_innovation(nlp: Language, text: str) -> None:
    assert innovations(nlp, text) == []


@pytest.mark.parametrize("text, name", [
    ("Bupati hadir di balai desa. Sinyal Desa Nusa menjadi program penyediaan wifi publik bagi pelajar.",
     "Sinyal Desa Nusa"),
    ("Kepala dinas menjelaskan rencananya. Dapur Sehat Warga merupakan layanan gizi keliling bagi balita.",
     "Dapur Sehat Warga"),
    # a long description after the name
    (("Pemkab sudah merintis Kios Kopi Lereng, lapak daring bersama bagi kelompok petani kopi di lereng gunung "
      "agar biji kopi mereka bisa dijual langsung tanpa tengkulak."), "Kios Kopi Lereng"),
])
def test_a_name_the_sentence_defines(nlp: Language, text: str, name: str) -> None:
    assert [i["name"] for i in innovations(nlp, text)] == [name]


@pytest.mark.parametrize("text, name, description", [
    (("Kepala Dinas Kominfo, Rudi Hartono, menjelaskan Lentera Desa, jaringan lampu jalan tenaga surya di "
     "dusun terpencil."), "Lentera Desa", "jaringan lampu jalan tenaga surya di dusun terpencil"),
    ("Sekda memaparkan Kebun Pintar Rakyat yang mengirim data kelembapan tanah ke ponsel petani.",
     "Kebun Pintar Rakyat", "yang mengirim data kelembapan tanah ke ponsel petani"),
    ("Pemkab juga menyiapkan Halo Bidan Mobile untuk konsultasi kehamilan tanpa datang ke puskesmas.",
     "Halo Bidan Mobile", "untuk konsultasi kehamilan tanpa datang ke puskesmas"),
])
def test_a_presented_name_with_what_it_does(nlp: Language, text: str, name: str, description: str) -> None:
    [item] = innovations(nlp, text)
    assert (item["name"], item["description"]) == (name, description)


@pytest.mark.parametrize("text", [
    "Ia memaparkan Budi Santoso, kepala dinas yang baru dilantik.",
    "Bupati menjelaskan Kabupaten Alor, daerah kepulauan di timur.",
    # bare names that may be a kabupaten or a kota are no programme either
    "Daerah lain yang sudah ikut gerakan ini antara lain Lombok Timur dan Bima.",
    "Dua kabupaten, yakni Bangka Barat dan Belitung Timur, menerima penghargaan Smart City.",
])
def test_a_presented_person_or_region_is_no_innovation(nlp: Language, text: str) -> None:
    assert innovations(nlp, text) == []


def test_a_dimension_in_parentheses_files_the_item(nlp: Language) -> None:
    text = ("Enam program disiapkan:\n1. Sungai Bersih Kita (Smart Environment) – patroli sampah sungai.\n"
            "2. Lapak Nelayan (Smart Economy) – penjualan ikan secara daring.\n")
    assert [(i["name"], i["dimension"], i["dimension_source"]) for i in innovations(nlp, text)] == [
        ("Sungai Bersih Kita", "Smart Environment", "stated"), ("Lapak Nelayan", "Smart Economy", "stated")]


def test_items_in_brackets_after_each_dimension(nlp: Language) -> None:
    text = ("Dinas Kominfo menyebut program yang dinilai terbagi dalam dimensi “Smart Living” (Rumah Sehatku, "
            "Ambulans Siaga Desa), “Smart Economy” (Pasar Tani Daring) dan Smart Environment (Bank Sampah Juara).")
    assert [(i["name"], i["dimension"], i["dimension_source"]) for i in innovations(nlp, text)] == [
        ("Rumah Sehatku", "Smart Living", "stated"), ("Ambulans Siaga Desa", "Smart Living", "stated"),
        ("Pasar Tani Daring", "Smart Economy", "stated"), ("Bank Sampah Juara", "Smart Environment", "stated")]


def test_the_rest_of_a_heading_line_describes_its_item(nlp: Language) -> None:
    text = ("Paparan daerah:\n\nSmart Branding: Pesona Teluk, aplikasi panduan wisata Pulau Kakaban, Maratua "
            "dan Tanjung Batu\nSmart Economy: e-Pasar Ikan, lelang ikan secara elektronik\n")
    found = innovations(nlp, text)
    assert [i["name"] for i in found] == ["Pesona Teluk", "e-Pasar Ikan"]
    assert found[0]["description"].startswith("aplikasi panduan wisata")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # inline lists under dimensions, acronyms alone included
        (
            "Paparan bupati:\nSmart Governance: SIGAP dan PTSP; Smart Branding: FKT, Kopi Lereng dan Gowes Pantai.",
            [("SIGAP", "Smart Governance"), ("PTSP", "Smart Governance"), ("FKT", "Smart Branding"),
             ("Kopi Lereng", "Smart Branding"), ("Gowes Pantai", "Smart Branding")],
        ),
        (
            "Inovasi yang dipaparkan mencakup Smart Governance: SIGAP dan PTSP; Smart Economy: Pasar Tani Online.",
            [("SIGAP", "Smart Governance"), ("PTSP", "Smart Governance"), ("Pasar Tani Online", "Smart Economy")],
        ),
        # a dimension named in a sentence files the names right after it, lower-case ones too
        (
            "Untuk Smart Branding yaitu Aplikasi Jelajah dan terbangunnya Taman Sungai Biru.",
            [("Aplikasi Jelajah", "Smart Branding"), ("Taman Sungai Biru", "Smart Branding")],
        ),
        (
            ("Smart Society itu ada taman baca warga, Smart Economy ada lapak tani dan Smart Living ada kampung "
            "hijau lestari."),
            [("taman baca warga", "Smart Society"), ("lapak tani", "Smart Economy"),
             ("kampung hijau lestari", "Smart Living")],
        ),
        # each name filed forward under its own dimension
        (
            "Kabupaten itu mengusung Lapak Desa untuk Smart Economy dan Pemuda Digital untuk Smart Society.",
            [("Lapak Desa", "Smart Economy"), ("Pemuda Digital", "Smart Society")],
        ),
        # the body that runs an item is named after "dari", and is no item
        (
            ("Penilai meninjau Smart Economy dengan Pasar Tani Online dari Dinas Koperasi dan UKM, dan Smart "
             "Environment dengan Kampung Hijau dari Dinas Lingkungan Hidup dan Kehutanan."),
            [("Pasar Tani Online", "Smart Economy"), ("Kampung Hijau", "Smart Environment")],
        ),
    ],
)
def test_lists_filed_under_dimensions(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    found = innovations(nlp, text)
    assert [(short(i["name"]), i["dimension"]) for i in found] == expected
    assert {i["dimension_source"] for i in found} == {"stated"}


def test_the_next_item_of_a_list_is_no_description(nlp: Language) -> None:
    found = innovations(nlp, "Pemkot Alor memadukan tiga layanan dalam aplikasi Alor Kita, yakni e-parkir, "
                             "e-retribusi sampah dan Kartu Pelajar Pintar.")
    described = {i["name"]: i["description"] for i in found}
    assert described["Alor Kita"] is None and described["e-parkir"] is None
    # ... while "yakni" before what the item does still tells it
    found = innovations(nlp, "Inovasi kelima adalah PBB Daring, yakni pembayaran pajak bumi dan bangunan lewat ponsel.")
    assert found[0]["description"].startswith("yakni pembayaran pajak")


def test_a_two_word_item_of_a_counted_list_of_programmes_is_no_person(nlp: Language) -> None:
    text = "Pemkab meluncurkan tiga aplikasi, yakni Lapor Bupati, Pasar Rakyat dan Siswa Winasis."
    doc = analyse(text, nlp=nlp)
    assert [s._.value["name"] for s in doc.spans["innovations"]] == ["Lapor Bupati", "Pasar Rakyat", "Siswa Winasis"]
    assert not doc.spans["people"]
    # a counted list of speakers names people
    doc = analyse("Diskusi menghadirkan tiga narasumber, yakni Budi Santoso, Rina Wulandari dan Agus Salim.", nlp=nlp)
    assert not doc.spans["innovations"] and len(doc.spans["people"]) == 3


def test_a_description_after_a_listed_name_is_no_name(nlp: Language) -> None:
    found = innovations(nlp, "Untuk Smart Governance ada SIPEKA, aplikasi perencanaan dan pelaporan desa.")
    assert [(i["name"], i["dimension"]) for i in found] == [("SIPEKA", "Smart Governance")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pemkot juga memperkenalkan Bupati Sapa Warga (BUSAWA) sebagai inovasi layanan aduan.",
         "Bupati Sapa Warga (BUSAWA)"),
        ("Inovasi lain adalah Bank Olah Sampah Terpadu (BOST) di tepi pasar.", "Bank Olah Sampah Terpadu (BOST)"),
        ("Program unggulan daerah, Material Recovery Facility (MRF), mengolah sampah warga.",
         "Material Recovery Facility (MRF)"),
    ],
)
def test_a_phrase_with_its_acronym_is_an_innovation(nlp: Language, text: str, name: str) -> None:
    assert [i["name"] for i in innovations(nlp, text)] == [name]


def test_names_listed_after_an_app_type_word(nlp: Language) -> None:
    text = "Layanan pemkot hadir lewat superapp Halo Kota (Harapan Layanan Online Kota), Satu Peta, dan Kanal Aduan."
    assert [short(i["name"]) for i in innovations(nlp, text)] == ["Halo Kota", "Satu Peta", "Kanal Aduan"]


@pytest.mark.parametrize(
    "text",
    [
        "Pemkab memaparkan program Quick Wins untuk enam dimensi.",
        "Kegiatan ini adalah program Bimtek bagi OPD.",
        "Aplikasi yang dibahas, diantaranya Kesiapan Integrasi data antarperangkat daerah.",
        "Dewan memiliki tiga Pokja antara lain Pokja Smart Governance, Smart Services dan Smart Safety.",
        "Bimtek dihadiri utusan distrik yaitu Distrik Waena, Abepura dan Heram.",
        "Program kota ini disusun dalam Rencana Induk Pembangunan (RIP) dan aplikasi pendukungnya.",
        "Pemkot mengembangkan aplikasi e-Government dan Digital Government untuk layanan publik.",
        "Tim evaluasi terdiri dari kementerian, yakni Kemenkominfo, Kemenpan RB dan Bappenas, yang menilai aplikasi.",
        ("Kota cerdas butuh Pembangunan Ekonomi Cerdas (Smart Economy) dan Tata Pemerintahan Cerdas "
        "(Smart Governance)."),
        ("Survei menilai Smart Living (Harmonisasi Tata Ruang) dengan nilai 3,1 dan Smart Society (Interaksi "
         "Masyarakat Efisien) dengan nilai 3,0."),
        "Juri menilai kategori, antara lain Smart Readiness dan Smart Mobility, dalam IKCI 2015.",
        "Salah satunya dinilai dari indeks Sistem Pemerintahan Berbasis Elektronik (SPBE) yang baik.",
        "Evaluasi melibatkan pakar akademisi seperti UGM ITS, Binus, dan UNY dalam program ini.",
        "Acara itu disiarkan melalui kanal Youtube Kominfo TV untuk aplikasi daerah.",
        "Program kota cerdas daerah itu meliputi Program Smart Living, Program Smart Society dan Program Smart Branding.",
    ],
)
def test_programme_vocabulary_is_not_an_innovation(nlp: Language, text: str) -> None:
    assert innovations(nlp, text) == []


def test_a_stated_dimension_does_not_spill_onto_the_item_before_it(nlp: Language) -> None:
    text = ("Di antaranya Smart Governance dengan predikat WTP berturut-turut. Kemudian aplikasi Lapor Cepat yang "
            "meraih penghargaan, dan Smart Branding yakni penataan Taman Kali Asri menjadi ruang publik.")
    found = {i["name"]: i["dimension"] for i in innovations(nlp, text)}
    assert found == {"Lapor Cepat": "Smart Governance", "Taman Kali Asri": "Smart Branding"}


def test_the_stated_dimension_holds_for_every_mention_of_a_name(nlp: Language) -> None:
    text = ("Asesor memuji inovasi penataan Taman Kali Asri.\n"
            "Untuk Smart Branding yakni Penataan Taman Kali Asri yang kini ramai dikunjungi.")
    found = innovations(nlp, text)
    assert {(i["name"], i["dimension"]) for i in found} == {("Penataan Taman Kali Asri", "Smart Branding")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Warga kini bisa memakai evoting untuk memilih ketua RT.", "evoting"),
        ("Pembayaran pasar lewat e-retribusi mulai bulan ini.", "e-retribusi"),
    ],
)
def test_joined_lower_case_e_services(nlp: Language, text: str, name: str) -> None:
    assert [i["name"] for i in innovations(nlp, text)] == [name]


def test_a_dimension_then_what_the_region_has(nlp: Language) -> None:
    found = innovations(nlp, "Pada Smart Governance, kami sudah punya Gedung Layanan Terpadu.")
    assert [(i["name"], i["dimension"]) for i in found] == [("Gedung Layanan Terpadu", "Smart Governance")]


@pytest.mark.parametrize(
    "text",
    [
        "Aplikasi ini dipakai pegawai, datanya juga dipakai untuk menghitung besaran Tunjangan Kinerja Daerah (TKD).",
        "Aplikasi pemkot ikut mendukung pembangunan Ibu Kota Nusantara (IKN) di Kalimantan Timur.",
    ],
)
def test_an_acronym_far_from_any_cue_is_no_innovation(nlp: Language, text: str) -> None:
    assert innovations(nlp, text) == []


def test_a_commercial_platform_is_no_innovation(nlp: Language) -> None:
    assert innovations(nlp, "Aduan warga diterima melalui aplikasi WhatsApp dan kanal Instagram dinas.") == []


def test_a_name_after_a_type_word_and_three_describing_words(nlp: Language) -> None:
    text = "Salah satu yang dinilai adalah aplikasi pengelolaan aduan masyarakat Sapa Warga milik pemkot."
    assert [i["name"] for i in innovations(nlp, text)] == ["Sapa Warga"]


def test_an_item_is_filed_under_the_dimension_it_represents(nlp: Language) -> None:
    text = ("Tahun ini dinilai enam inovasi, mulai dari pembayaran pajak daring yang mewakili smart governance, "
            "program Sigap Desa yang mewakili smart branding, dan Rumah Maggot yang mewakili smart environment.")
    found = {i["name"]: i["dimension"] for i in innovations(nlp, text)}
    assert found == {"pembayaran pajak daring": "Smart Governance", "Sigap Desa": "Smart Branding",
                     "Rumah Maggot": "Smart Environment"}


def test_a_dimension_after_the_body_that_runs_the_item_files_it(nlp: Language) -> None:
    text = ("Yang ditinjau adalah aplikasi Simpel Desa dari Bappeda untuk dimensi smart governance, lalu program "
            "Kios Tani dari Dinas Pertanian untuk dimensi smart economy.")
    found = {i["name"]: i["dimension"] for i in innovations(nlp, text)}
    assert found == {"Simpel Desa": "Smart Governance", "Kios Tani": "Smart Economy"}


def test_a_headline_with_a_dimension_lists_no_items(nlp: Language) -> None:
    text = ("Pemkab Contoh Raih Penghargaan Smart Living\n\n3 Mei 2023, 09:15 WIB | editor : Budi Santoso\n\n"
            "Pemkab meluncurkan aplikasi Sehat Bersama bagi warga.")
    assert [i["name"] for i in innovations(nlp, text)] == ["Sehat Bersama"]


def test_items_of_a_count(nlp: Language) -> None:
    text = ("Tiga inovasi daerah dipaparkan, meliputi Dapur Sehat (Dapur Sehat Atasi Stunting), SIPAKAR (Sistem "
            "Pakar Pertanian) dan Aplikasi Jaga Warga.")
    names = [short(i["name"]) for i in innovations(nlp, text)]
    assert names == ["Dapur Sehat", "SIPAKAR", "Aplikasi Jaga Warga"]


def test_a_list_that_goes_on_from_the_sentence_before(nlp: Language) -> None:
    text = ("Untuk dimensi Smart Society, pemkab menyediakan banyak wadah. Mulai dari Taman Baca Ceria, Pojok "
            "Kreatif serta Kampung Digital.")
    found = [(i["name"], i["dimension"]) for i in innovations(nlp, text)]
    assert found == [("Taman Baca Ceria", "Smart Society"), ("Pojok Kreatif", "Smart Society"),
                     ("Kampung Digital", "Smart Society")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Forum tatap muka bupati itu, warga menyebutnya dengan Sapa Pagi, digelar tiap Senin.", "Sapa Pagi"),
        ("Warga cukup mengunduh aplikasi 'Sapa Kota' di ponsel sejak Jum'at lalu.", "Sapa Kota"),
        ("Pemkot memperkenalkan program Bandar City of Culture untuk wisata.", "Bandar City of Culture"),
        ("Warga Sleman kini memakai aplikasi lapor sleman untuk mengadu.", "lapor sleman"),
        ("Aplikasi itu juga memantau kegiatan Sleman Bersih Sungai (SBS) setiap pekan.", "Sleman Bersih Sungai (SBS)"),
    ],
)
def test_names_named_quoted_or_lower_case(nlp: Language, text: str, name: str) -> None:
    assert [i["name"] for i in innovations(nlp, text)] == [name]


def test_a_hard_wrapped_line_between_a_namer_and_its_name(nlp: Language) -> None:
    text = "Presentasi diawali dimensi smart society dengan nama inovasi\nKartu Pintar Warga dan capaian 80 persen."
    assert [i["name"] for i in innovations(nlp, text)] == ["Kartu Pintar Warga"]


def test_the_body_after_oleh_is_no_innovation(nlp: Language) -> None:
    text = "Untuk dimensi smart living, yaitu program Posyandu Digital oleh DINKES."
    assert [i["name"] for i in innovations(nlp, text)] == ["Posyandu Digital"]


def test_a_type_word_after_dan_starts_the_next_item(nlp: Language) -> None:
    text = "Aplikasi yang diluncurkan yakni Sapa Warga, Aplikasi Hibah dan Bansos dan Aplikasi Jalan Mulus."
    assert [i["name"] for i in innovations(nlp, text)] == ["Sapa Warga", "Aplikasi Hibah dan Bansos",
                                                           "Aplikasi Jalan Mulus"]


@pytest.mark.parametrize(
    "text",
    [
        "Laporan dikirim warga melalui Smartphone ke aplikasi dinas.",
        "Aplikasinya bisa diunduh melalui Play Store dan App Store.",
        "Dinas meluncurkan aplikasi cerdas untuk warga.",
        "Program aplikasi kota ini bagian dari Visi Indonesia Digital 2045.",
        "Forum bertajuk Transformasi menghadirkan aplikasi daerah.",
        "Aplikasi rumah layak bagi Masyarakat Berpenghasilan Rendah (MBR) terus berjalan.",
        "JAKARTA (BeritaKota.com) – Aplikasi pelayanan daerah dinilai tim pusat.",
    ],
)
def test_platforms_visions_groups_and_datelines_are_no_innovations(nlp: Language, text: str) -> None:
    assert innovations(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # bodies: a directorate, an office, an association, a community group, a city forum
        "Program tersebut didukung Ditjen Aplikasi Informatika melalui layanan daerah.",
        "Kota ini membentuk Chief Digital Transformation Office (CDTO) untuk memandu aplikasi daerah.",
        "Aplikasi warga dikelola bersama Ikatan Ahli Teknologi Daerah (IATD).",
        "Inovasi diperkuat oleh Kelompok Informasi Masyarakat di tiap kelurahan.",
        "Program kesehatan dijalankan bersama Forum Kota Sehat sejak tahun lalu.",
        # dimensions in Indonesian and the guide's sub-dimensions
        "Penghargaan dibagi per kategori yakni Smart Ekonomi, Smart Sosial dan Smart Governance.",
        "Dimensi Smart Branding meliputi Tourism Branding, Business Branding dan City Appearance Branding.",
        # a ceremony, a clause opening with a verb, generic services and activities
        "Acara ditutup dengan Penutupan Riset Kota Digital di aula kampus.",
        "Pemkot menyediakan layanan seperti Free Wifi di taman kota.",
        "Dinas menyiapkan program seperti Layanan Perizinan dan Aplikasi ASN untuk pegawai.",
        "Untuk Smart Branding ada pembangunan taman dan kegiatan lainnya.",
    ],
)
def test_bodies_sub_dimensions_ceremonies_and_generic_services_are_no_innovations(nlp: Language, text: str) -> None:
    assert innovations(nlp, text) == []


def test_smart_sosial_is_smart_society(nlp: Language) -> None:
    doc = analyse("Penghargaan dibagi per kategori yakni Smart Ekonomi dan Smart Sosial.", nlp=nlp)
    assert [s._.value["name"] for s in doc.spans["dimensions"]] == ["Smart Economy", "Smart Society"]


# -- issue 14, fourth round: quick-win lists, counted lists, addresses, abbreviations, places and stated dimensions --


def names(nlp: Language, text: str) -> list[str]:
    return [short(i["name"]) for i in innovations(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        # a connective before a comma, a decree, an award, statistics, a statue, values, a word ending in "e-nya"
        "Artinya, program yang bisa selesai dalam sebulan menjadi prioritas daerah.",
        "Aplikasi daerah mengacu pada Surat Keputusan Gubernur Nomor 7 Tahun 2023 tentang layanan.",
        "Kota ini membawa pulang Nusantara Digital Award (NDA) atas aplikasi layanan warga.",
        "Setiap dinas memiliki data Statistik Sektoral yang diolah aplikasi daerah.",
        "Untuk Smart Branding dibangun Patung Garuda Emas di alun-alun.",
        "Program smart city dijaga dengan beberapa nilai diantaranya, Komitmen, Sinergi dan Partisipasi Warga.",
        "Untuk Smart Governance lebih ke pelayanan governance-nya, layanan publiknya makin cepat.",
    ],
)
def test_connectives_decrees_awards_statues_and_values_are_no_innovations(nlp: Language, text: str) -> None:
    assert innovations(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a place after a place noun; a venue, a body and the tail of a longer name that end in "Center"
        "Pemerintah menjalankan gerakan kawasan Teluk Indah sebagai kawasan cerdas.",
        "Rapat aplikasi daerah digelar di Kendari Command Center, Senin pagi.",
        "Peringkat aplikasi kota disusun oleh Global Urban Research Center setiap tahun.",
        "Penilaian aplikasi dilakukan Tim Kota Pintar and Digital Innovation Center (KPDIC) dari kampus.",
        # a dateline with the outlet's name in capitals
        "KENDARI (SUARAKOTA) – Aplikasi pelayanan daerah dinilai tim pusat.",
    ],
)
def test_places_venues_bodies_and_datelines_are_no_innovations(nlp: Language, text: str) -> None:
    assert innovations(nlp, text) == []


def test_a_quick_win_list_after_yaitu_and_a_comma(nlp: Language) -> None:
    text = ("Sejumlah quick win di kabupaten itu yaitu, Sigap Warga (Dinsos), Pasar Rakyat Online (Disdag), "
            "dan Bunda Sehat (Puskesmas Kota).")
    assert {"Sigap Warga", "Pasar Rakyat Online", "Bunda Sehat"} <= set(names(nlp, text))


def test_the_items_of_a_counted_list_lose_their_ordinal(nlp: Language) -> None:
    text = ("Dinas menyiapkan lima quick wins tahun ini. “Pertama, Sistem Informasi Data Desa (SIDADES), tempat "
            "seluruh desa menyetor datanya. Kedua, Gerai Arsip Keliling yang menyambangi kecamatan,” katanya. "
            "Kelima Retribusi Online, yakni pembayaran retribusi pasar tanpa uang tunai.")
    found = names(nlp, text)
    assert {"Sistem Informasi Data Desa", "Gerai Arsip Keliling", "Retribusi Online"} <= set(found)
    assert not any(n.lower().startswith(("pertama", "kedua", "kelima")) for n in found)


def test_a_service_named_by_its_web_address(nlp: Language) -> None:
    text = "Tiga jenis aplikasi pasar warga.com, Sehatku, Arsipku, yang diajukan dinilai sudah baik."
    assert {"pasar warga.com", "Sehatku", "Arsipku"} <= set(names(nlp, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a capitalised short name and the words it abbreviates, in a sentence about innovations
        ("Lalu ada Tanak (Tanam Air Kampung) inovasi penampungan air hujan di tiap RT.", "Tanak"),
        ("Dan Sabu (Sampah Jadi Bahan Bakar Utama) inovasi pengolahan limbah pasar.", "Sabu"),
        # a lower-case one right after a type word; the closing bracket may be lost at the sentence's end
        ("Penghargaan diraih berkat inovasi aplikasi si pintar (Sistem Pelayanan Izin Tanpa Antre.", "si pintar"),
    ],
)
def test_a_short_name_and_the_words_it_abbreviates(nlp: Language, text: str, name: str) -> None:
    found = innovations(nlp, text)
    assert [short(i["name"]) for i in found] == [name]
    assert expansion_kept(found[0], text.split("(", 1)[1].split(")")[0].rstrip("."))


def test_a_body_and_its_full_name_is_no_innovation(nlp: Language) -> None:
    assert innovations(nlp, "Inovasi itu dikelola Dinsos (Dinas Sosial) bersama kelurahan.") == []


def test_a_one_word_item_of_a_list_is_no_person(nlp: Language) -> None:
    doc = analyse("Aplikasi unggulan daerah antara lain Sikuat, Sehatku, dan Lapak Desa.", nlp=nlp)
    found = [s._.value["name"] for s in doc.spans["innovations"]]
    assert {"Sikuat", "Sehatku", "Lapak Desa"} <= set(found)
    assert not {s.text for s in doc.spans["people"]} & set(found)


def test_items_under_a_dimension_outweigh_persons_read_into_them(nlp: Language) -> None:
    text = "Program yang dinilai yaitu “Smart Governance” (Lawang Sari, Mentari Desa, Selina) dan lainnya."
    found = {i["name"]: i["dimension"] for i in innovations(nlp, text)}
    assert {n: found.get(n) for n in ("Lawang Sari", "Mentari Desa", "Selina")} == dict.fromkeys(
        ("Lawang Sari", "Mentari Desa", "Selina"), "Smart Governance")


@pytest.mark.parametrize(
    ("text", "name", "dimension"),
    [
        ("Salah satunya adalah Kampung Hijau yang masuk dalam dimensi smart environment.", "Kampung Hijau",
         "Smart Environment"),
        ("Smart ekonomi salah satunya diwujudkan dengan Pasar Tani Digital milik dinas.", "Pasar Tani Digital",
         "Smart Economy"),
        ("Sedangkan smart goverernance diwujudkan dengan aplikasi Data Kita untuk statistik daerah.", "Data Kita",
         "Smart Governance"),
    ],
)
def test_a_stated_dimension_is_read(nlp: Language, text: str, name: str, dimension: str) -> None:
    found = {short(i["name"]): (i["dimension"], i["dimension_source"]) for i in innovations(nlp, text)}
    assert found.get(name) == (dimension, "stated")


def test_the_body_after_an_item_of_a_dimension_ends_it(nlp: Language) -> None:
    text = "Dimensi smart governance, yaitu aplikasi lapak warga oleh Diskominfo."
    found = innovations(nlp, text)
    # the type word before a lower-case name is no part of it
    assert [(i["name"], i["dimension"]) for i in found] == [("lapak warga", "Smart Governance")]


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        # a clause too long for a description is cut at its last whole word, not lost with the item
        (("Kadis memaparkan Kebun Pintar Warga yang mengajari ibu-ibu menanam sayur di pekarangan sempit dengan pot "
         "bekas agar belanja dapur keluarga bisa ditekan setiap bulan."), "Kebun Pintar Warga",
         "yang mengajari ibu-ibu menanam sayur di pekarangan sempit dengan pot bekas agar belanja dapur"),
        (("Kota itu juga punya SIGAPURA, sistem pencatatan gangguan listrik yang mengirim laporan warga ke petugas "
         "jaga di setiap gardu kelurahan sepanjang malam."), "SIGAPURA",
         "sistem pencatatan gangguan listrik yang mengirim laporan warga ke petugas jaga di setiap gardu"),
        # "dan" before a capitalised word ends the description
        (("Dinas menjalankan Perahu Sehat Bahari yang membawa bidan ke pulau seperti Pulau Kecil dan Pulau Besar "
         "setiap pekan."), "Perahu Sehat Bahari", "yang membawa bidan ke pulau seperti Pulau Kecil"),
    ],
)
def test_a_long_describing_clause_keeps_its_item(nlp: Language, text: str, name: str, description: str) -> None:
    found = {short(i["name"]): i["description"] for i in innovations(nlp, text)}
    assert found.get(name) == description


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a capitalised opener before a marker word leaves the name opening with it
        ("Melalui Festival Teluk Senja yang digelar tiap tahun, kota menarik wisatawan.", "Festival Teluk Senja"),
        # four words before a marker word
        ("Pemkab menyiapkan Rumah Baca Raden Ajeng Digital di balai desa.", "Rumah Baca Raden Ajeng Digital"),
    ],
)
def test_a_name_marked_by_its_first_or_last_word(nlp: Language, text: str, name: str) -> None:
    assert name in [i["name"] for i in innovations(nlp, text)]


def test_serta_joins_the_items_of_a_heading_line(nlp: Language) -> None:
    text = "Inovasi per dimensi:\n\nSmart Branding: Lembahpedia yang dikelola dinas serta Pasar Senja Online dari DPMPTSP.\n"
    found = {i["name"]: i["dimension"] for i in innovations(nlp, text)}
    assert found == {"Lembahpedia": "Smart Branding", "Pasar Senja Online": "Smart Branding"}


def test_an_item_of_a_list_keeps_what_is_told_right_after_it(nlp: Language) -> None:
    text = ("Dinas membawa beberapa layanan, di antaranya “SIGAP DESA” untuk surat keterangan warga, “Tani Maju” "
            "yang membantu petani menjual gabah, serta “Jaga Kampung”, sistem piket warga lewat kamera.")
    found = {i["name"]: i["description"] for i in innovations(nlp, text)}
    assert found == {"SIGAP DESA": "untuk surat keterangan warga",
                     "Tani Maju": "yang membantu petani menjual gabah",
                     "Jaga Kampung": "sistem piket warga lewat kamera"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tahun ini tiket dan jadwal acara kami satukan dalam satu aplikasi, Bukit Pesona,\" ujarnya.", ["Bukit Pesona"]),
        # a body set off after the type word does not end its clause
        ("Dinas menyiapkan sejumlah aplikasi, Diskominfo membantu pelatihannya.", []),
    ],
)
def test_a_name_set_off_by_a_comma_after_its_type_word(nlp: Language, text: str, names: list[str]) -> None:
    assert [i["name"] for i in innovations(nlp, text)] == names


def test_a_list_item_keeps_no_clause_cut_short(nlp: Language) -> None:
    text = ("Beragam inovasi, seperti Surat Kilat Warga yang memakai ponsel yang dibuat sangat membantu karena "
            "memudahkan warga desa dan berbagai program lainnya.")
    found = {i["name"]: i["description"] for i in innovations(nlp, text)}
    assert found == {"Surat Kilat Warga": None}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the owner or partner after a type word is a body
        ("Desa membuka Kopi Lereng Mart, toko daring milik Koperasi Lereng Jaya yang menjual kopi warga.",
         ["Kopi Lereng Mart"]),
        ("Pemkab, lewat kerja sama dengan Bank Lembah Syariah, menyediakan wifi gratis untuk program kota cerdas.", []),
        # banks other than waste banks, and natural places, are no programmes
        ("Inovasi yang dipamerkan yaitu Bank Sampah Ceria, Bank Lembah Makmur dan Gunung Rimba Raya.",
         ["Bank Sampah Ceria"]),
        # the room an event is held in
        ("Evaluasi diikuti dari ruang Lembah Hijau Command Center di balai kota.", []),
    ],
)
def test_bodies_places_and_rooms_are_no_innovations(nlp: Language, text: str, names: list[str]) -> None:
    assert [i["name"] for i in innovations(nlp, text)] == names


def test_prose_between_two_headings_ends_the_first_ones_items(nlp: Language) -> None:
    text = ("Paparan Kota Lembah:\n\nSmart Branding\n- Lembah Fest, tiket masuk nontunai di kawasan wisata\n\n"
            "Bukit menyusun paparannya dengan cara yang sama. Kepala dinasnya menyampaikan program berikut.\n\n"
            "Smart Living\n- Bukit Sehat, layanan telemedisin puskesmas\n")
    found = {i["name"]: i["dimension"] for i in innovations(nlp, text)}
    assert found == {"Lembah Fest": "Smart Branding", "Bukit Sehat": "Smart Living"}


def test_the_words_an_acronym_stands_for_are_no_other_item(nlp: Language) -> None:
    text = "Inovasi kami ada SILAKU, Sistem Layanan Kependudukan, yang dipakai warga, dan Pasar Rakyat Online."
    assert [short(i["name"]) for i in innovations(nlp, text)] == ["SILAKU", "Pasar Rakyat Online"]


@pytest.mark.parametrize(
    "text",
    [
        # the parts of a dimension in the programme's guide
        "Dimensi Smart Economy dibagi atas 3 sub dimensi yaitu Industry, Welfare dan Transaction, tiap sub dimensi dua program.",
        "Ada juga Smart Society dengan tiga sub dimensi yaitu, Komunitas, Pendidikan dan Keamanan.",
        # a dimension translated or defined in lower case
        "Bimtek kali ini membahas smart economy (ekonomi yang maju) dan smart branding (citra daerah yang kuat).",
        "Menurut dia, smart governance adalah pelayanan publik yang cepat dan murah.",
        # the theme of an event, quoted
        "Forum aplikasi daerah itu bertema “Tumbuh Bersama Digital” dan dihadiri 50 daerah.",
        # bodies backing an event, listed
        "Pameran aplikasi daerah didukung sponsor antara lain Telkomsel, Biznet dan Lintas Data.",
        # offices, agreements, officials and national programmes
        "Program itu dijalankan melalui Diskominfotik dengan aplikasi buatan sendiri.",
        "Lewat program Kerjasama Antar Daerah (KSAD) aplikasi kota lain bisa dipakai.",
        "Koordinator aplikasi daerah adalah Sekretaris Daerah (Sekda) setempat.",
        "Ia bertemu Direktur Layanan Aplikasi Informatika Pemerintahan (LAIP) di Jakarta.",
        "Warga Tangerang Selatan (Tangsel) memakai aplikasi itu setiap hari.",
        "Pemkab meresmikan Mal Pelayanan Publik (MPP) dan memasang aplikasi INA Digital.",
    ],
)
def test_parts_glosses_themes_and_bodies_are_no_innovations(nlp: Language, text: str) -> None:
    assert innovations(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a phrase opening with a type word names an app with its acronym, however the text before it is glued
        (("Untuk pilar itu,Pemkot Sungai Penuhmembuat Sistem Informasi Antrean Puskesmas (SIANTAP) dan Sistem "
          "Aplikasi Lampu Taman (SIAP LATA)."),
         ["Sistem Informasi Antrean Puskesmas (SIANTAP)", "Sistem Aplikasi Lampu Taman (SIAP LATA)"]),
        # joined by a short lower-case word, abbreviated in mixed case
        ("Pemkot menyediakan aplikasi Suara atas Keluhan Warga (Sakwa) bagi warga.", ["Suara atas Keluhan Warga (Sakwa)"]),
        # the words an acronym stands for name no second app
        ("Pertama, SIPEDOL (Sistem Informasi Perjalanan Dinas Online) untuk mencatat perjalanan dinas.", ["SIPEDOL"]),
        # a word or two may describe the type before the name set off by a comma
        ("Dinas itu membuat aplikasi berbasis ponsel, SiKerja. Aplikasi ini membantu pencari kerja.", ["SiKerja"]),
    ],
)
def test_acronym_phrases_and_apposed_names(nlp: Language, text: str, names: list[str]) -> None:
    assert [i["name"] for i in innovations(nlp, text)] == names


def test_a_counted_list_names_lower_case_apps(nlp: Language) -> None:
    text = ("Kini sudah ada empat aplikasi layanan publik, yakni e-surat, warung layanan digital, peta desa versi 3.0 "
            "dan bangku pintar taman yang bisa dipakai warga.")
    assert [i["name"] for i in innovations(nlp, text)] == [
        "e-surat", "warung layanan digital", "peta desa versi 3.0", "bangku pintar taman"]


def test_a_counted_list_of_aims_names_no_app(nlp: Language) -> None:
    text = "Ada tiga program prioritas yaitu peningkatan layanan, penguatan ekonomi warga dan pembangunan jalan desa."
    assert innovations(nlp, text) == []


def test_a_type_word_after_dan_opens_another_item_under_a_dimension(nlp: Language) -> None:
    text = "Dimensi smart living yaitu program E-Posyandu dan program simpatik oleh Dinkes."
    assert [(i["name"], i["dimension"]) for i in innovations(nlp, text)] == [
        ("E-Posyandu", "Smart Living"), ("simpatik", "Smart Living")]


def test_names_in_a_list_of_apps(nlp: Language) -> None:
    text = "Kota itu punya aplikasi Halo Warga, Antrean Sehat, E-Retribusi dan Lapak Tani untuk warganya."
    assert [i["name"] for i in innovations(nlp, text)] == ["Halo Warga", "Antrean Sehat", "E-Retribusi", "Lapak Tani"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an acronym of four or five letters right after its type word names the app; a short one does not
        ("Warga kini memakai aplikasi SIBAS untuk melapor banjir.", ["SIBAS"]),
        ("Sekolah itu memakai teknologi IT dan program CSR dalam aplikasi belajar.", []),
        # a name ending with Center right after "di" is a venue
        ("Evaluasi aplikasi daerah digelar secara daring di Sumber Command Center (SCC), Kamis.", []),
        # two names of two words each joined by "dan" are two programmes; "Hibah dan Bansos" is one
        ("Kerja sama itu diterapkan dalam program Road Manager dan Bike Sharing.", ["Road Manager", "Bike Sharing"]),
        ("Pemkot meluncurkan aplikasi Hibah dan Bansos bagi lembaga sosial.", ["Hibah dan Bansos"]),
    ],
)
def test_acronyms_venues_and_pairs(nlp: Language, text: str, names: list[str]) -> None:
    assert [i["name"] for i in innovations(nlp, text)] == names


def test_a_type_word_filed_by_itself_under_a_dimension(nlp: Language) -> None:
    text = ("Penilaian mencakup dua program, kios pintar yang mewakili smart economy, dan bank sampah yang mewakili "
            "smart environment.")
    assert [(i["name"], i["dimension"]) for i in innovations(nlp, text)] == [
        ("kios pintar", "Smart Economy"), ("bank sampah", "Smart Environment")]


@pytest.mark.parametrize(
    "text",
    [
        "Pemkab terus meluncurkan inovasi agar warga lebih sehat dan sejahtera.",
        "Bimtek aplikasi daerah tetap menerapkan Protokol Kesehatan yang ketat.",
    ],
)
def test_a_purpose_or_a_health_protocol_names_no_programme(nlp: Language, text: str) -> None:
    assert innovations(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a name right after its type word is a programme even where it reads like a person's name
        ("Dinas itu menjalankan program Layad Rawat untuk warga lanjut usia.", ["Layad Rawat"]),
        # "pelayanan" is a type word too
        ("Unggulan tahun lalu adalah pelayanan Plafon yang diterapkan Dispendukcapil.", ["Plafon"]),
        # a laboratory is an office
        ("Aplikasi itu mempercepat pelayanan Laboratorium Uji Air kepada industri.", []),
    ],
)
def test_names_right_after_a_type_word(nlp: Language, text: str, names: list[str]) -> None:
    assert [i["name"] for i in innovations(nlp, text)] == names


def test_a_person_after_a_profession_stays_a_person(nlp: Language) -> None:
    doc = analyse("Asesor itu antara lain praktisi sistem informasi Hari Singgih dari Jakarta.", nlp=nlp)
    assert [s._.value["name"] for s in doc.spans["innovations"]] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a facility any region builds, with only generic words around it, names no particular one
        ("Kabupaten Contoh Bangun 4 Command Center Baru\n\nGedung itu dipakai dinas kominfo.", []),
        ("Pembangunan Command Center yang memakan dana Rp 3 miliar rampung bulan ini.", []),
        ("Kota Contoh Miliki Command Center\n\nRuang itu dipakai memantau lalu lintas.", []),
        ("Fungsi ruang pantau ditingkatkan menjadi Command Operation Center tahun depan.", []),
        # ... a region's own, named after it, is one; so is the facility a list of programmes names
        ("Wali kota meresmikan Sumber Command Center, Senin.", ["Sumber Command Center"]),
        ("Program yang berjalan diantaranya Kios Tani, Pengembangan Command Center, dan Pasar Ikan.",
         ["Kios Tani", "Pengembangan Command Center", "Pasar Ikan"]),
    ],
)
def test_a_generic_facility_names_no_innovation(nlp: Language, text: str, names: list[str]) -> None:
    assert [i["name"] for i in innovations(nlp, text)] == names


@pytest.mark.parametrize(
    "text",
    [
        # the central government's programmes, which a region only carries out
        "Digitalisasi daerah menopang program prioritas pemerintah seperti Sekolah Garuda, Cek Kesehatan Gratis.",
        "Aplikasi desa juga mendata penerima Makan Bergizi Gratis dan anggota Koperasi Desa Merah Putih.",
        "Dana program itu berasal dari Corporate Social Responsibility (CSR) perusahaan tambang.",
    ],
)
def test_national_programmes_are_no_regions_innovation(nlp: Language, text: str) -> None:
    assert innovations(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # an essay's heading opening with an abstract noun
        "Tantangan dan Urgensi Transformasi Digital Daerah\nKota-kota di Indonesia tumbuh cepat.",
        "Peluang Ekonomi Digital Pedesaan\nDesa-desa mulai berjualan daring.",
        # a person called by an honorific, a national body
        "Platform itu dibangun pada masa gubernur sebelumnya, yaitu Pak ABW, dengan sistem yang rapi.",
        "Aplikasi pengaduan itu dinilai oleh lembaga pengawas pelayanan publik Ombudsman RI.",
        # a quality or a reply quoted alone
        "Dinas meraih predikat badan publik “Informatif” dari komisi informasi berkat aplikasi PPID.",
        "Peserta bimtek aplikasi menjawab “Sanggup” sambil bertepuk tangan.",
    ],
)
def test_headings_people_bodies_and_qualities_are_no_innovations(nlp: Language, text: str) -> None:
    assert [i["name"] for i in innovations(nlp, text) if i["name"] != "PPID"] == []


def test_a_name_in_ascii_quotes_after_a_namer(nlp: Language) -> None:
    text = "Ruang pantau kota itu diberi nama 'Mata Elang' oleh wali kota."
    assert [i["name"] for i in innovations(nlp, text)] == ["Mata Elang"]


def test_a_national_programme_said_earlier_leaves_the_regions_app(nlp: Language) -> None:
    text = "Selain program nasional, pemkot meluncurkan aplikasi Lapak Warga bagi pedagang."
    assert [i["name"] for i in innovations(nlp, text)] == ["Lapak Warga"]


@pytest.mark.parametrize(
    "text",
    [
        # a bracket that repeats the name glosses it, it spells out nothing
        "Dilihat dari Langkah Cerdas (Kota Cerdas), secara umum sistem kota terbaik baru tahap integrasi.",
        # the end of a longer English name is no name by itself
        "Aplikasi itu dinilai oleh Pusat Kajian Kota, dan Smart Region and Citizen Service Center.",
    ],
)
def test_glosses_and_tails_of_english_names_are_no_innovations(nlp: Language, text: str) -> None:
    assert innovations(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # learning events and the programme's own fairs are events, not innovations
        ("Sosialisasi aplikasi daerah juga digelar melalui Winter Course Program selama dua tahun.", []),
        ("Pemkot menggelar Sumber Smart Festival 2021 bagi pelajar dan pelaku UMKM.", []),
        # ... a region's cultural festival is its branding programme
        ("Inovasi smart branding daerah itu adalah Festival Kopi Lereng.", ["Festival Kopi Lereng"]),
    ],
)
def test_events_named_like_programmes(nlp: Language, text: str, names: list[str]) -> None:
    assert [i["name"] for i in innovations(nlp, text)] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case bracket after the dimension translates it; the items follow it
        (
            "Dari pilar smart economy (ekonomi yang tangguh) menominasikan Pasar Desa Maju, Kredit Tani, dan Koperasi RW.",
            [("Pasar Desa Maju", "Smart Economy"), ("Kredit Tani", "Smart Economy"), ("Koperasi RW", "Smart Economy")],
        ),
        (
            "Usulan smart living (lingkungan hidup yang layak) adalah Klinik Keliling Sehat dan Ambulans Desa.",
            [("Klinik Keliling Sehat", "Smart Living"), ("Ambulans Desa", "Smart Living")],
        ),
        # ... and a type word with its describing word may open the list
        (
            "Dari pilar smart branding (memasarkan daerah) muncul aplikasi terpadu WISTRA dan Galeri Batik Lembah.",
            [("WISTRA", "Smart Branding"), ("Galeri Batik Lembah", "Smart Branding")],
        ),
    ],
)
def test_items_after_a_dimension_and_its_gloss(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(short(i["name"]), i["dimension"]) for i in innovations(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # in a list, "dan" between two one-word names parts the last two items
        ("Aplikasi unggulan tahun ini meliputi Sigoro, Simpati dan Lontar.", ["Sigoro", "Simpati", "Lontar"]),
        # ... a name of one word after "dan" still ends a longer name, and a first item keeps its "dan"
        ("Selain itu diluncurkan juga aplikasi Kas dan Zakat, Aplikasi Data Jalan dan Jembatan.",
         ["Kas dan Zakat", "Aplikasi Data Jalan dan Jembatan"]),
    ],
)
def test_dan_between_one_word_names_of_a_list(nlp: Language, text: str, names: list[str]) -> None:
    assert [i["name"] for i in innovations(nlp, text)] == names


@pytest.mark.parametrize(
    "text",
    [
        # the officials of the leadership forum listed as a council's members are no programmes
        ("Tugas dewan itu, dengan jajaran Forkopimda meliputi Dandim, Kapolres, Ketua Pengadilan Negeri, serta Wakil "
         "Bupati sebagai pengarah, adalah menampung masukan warga terkait perkembangan program kota cerdas."),
        # a hospital is a body, not a programme
        "Selain itu ada program RSUD Sejahtera Raya yang gedungnya kurang layak.",
    ],
)
def test_officials_and_hospitals_are_no_innovations(nlp: Language, text: str) -> None:
    assert innovations(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive clause may come between the dimension and its list
        ("Quick win smart living yang diusulkan adalah Ambulans Desa Siaga dan Klinik Keliling.",
         [("Ambulans Desa Siaga", "Smart Living"), ("Klinik Keliling", "Smart Living")]),
        # "ialah" lists like "adalah"
        ("Inovasi unggulan kota itu pada smart living ialah Perahu Sehat Terapung.",
         [("Perahu Sehat Terapung", "Smart Living")]),
    ],
)
def test_a_dimension_lists_after_a_passive_clause_or_ialah(nlp: Language, text: str,
                                                            expected: list[tuple[str, str]]) -> None:
    assert [(i["name"], i["dimension"]) for i in innovations(nlp, text)] == expected


def test_a_clause_turning_to_another_subject_leaves_the_dimension(nlp: Language) -> None:
    text = ("Untuk pilar smart economy, dinas koperasi menjalankan Kredit Usaha Warga, sedangkan dinas pariwisata "
            "menggelar Festival Teluk Indah.")
    found = {i["name"]: i["dimension"] for i in innovations(nlp, text)}
    assert found == {"Kredit Usaha Warga": "Smart Economy", "Festival Teluk Indah": None}


def test_a_dimension_lists_what_is_proposed_for_it(nlp: Language) -> None:
    text = "Dari dimensi smart society, diusulkan Rumah Baca Warga dan Kampung Digital."
    assert [(i["name"], i["dimension"]) for i in innovations(nlp, text)] == [
        ("Rumah Baca Warga", "Smart Society"), ("Kampung Digital", "Smart Society")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "terdiri dari", "meliputi", "mencakup" list a dimension's items
        ("Smart Governance terdiri dari e-Office, e-Budgeting dan Lapor Cepat.",
         [("e-Office", "Smart Governance"), ("e-Budgeting", "Smart Governance"), ("Lapor Cepat", "Smart Governance")]),
        ("Smart Economy mencakup Pasar Tani Online dan Koperasi RW.",
         [("Pasar Tani Online", "Smart Economy"), ("Koperasi RW", "Smart Economy")]),
        # ... the sectors a dimension covers are no programmes
        ("Smart Living meliputi Kesehatan, Transportasi dan Pendidikan.", []),
    ],
)
def test_a_dimension_consists_of_its_items(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(i["name"], i["dimension"]) for i in innovations(nlp, text)] == expected


def test_items_a_team_nominates_for_a_dimension(nlp: Language) -> None:
    text = "Untuk pilar smart living, tim menominasikan Ambulans Desa dan Klinik Apung."
    assert [(i["name"], i["dimension"]) for i in innovations(nlp, text)] == [
        ("Ambulans Desa", "Smart Living"), ("Klinik Apung", "Smart Living")]


@pytest.mark.parametrize(
    "text",
    [
        "Pemkot memamerkan Sapa Warga untuk smart governance dan Festival Teluk Indah.",
        "Inovasi yang diajukan yakni Sipandu (smart governance) dan Festival Teluk Indah.",
    ],
)
def test_a_dimension_filing_the_name_before_it_does_not_spill_onto_the_next(nlp: Language, text: str) -> None:
    found = {i["name"]: i["dimension"] for i in innovations(nlp, text)}
    assert found["Festival Teluk Indah"] is None
    assert "Smart Governance" in found.values()


def test_a_dimension_after_a_list_files_all_of_its_items(nlp: Language) -> None:
    text = "Ketiga inovasi itu, yakni Sapa Warga, Lapor Cepat dan E-Office, termasuk pilar smart governance."
    assert {i["name"]: i["dimension"] for i in innovations(nlp, text)} == {
        "Sapa Warga": "Smart Governance", "Lapor Cepat": "Smart Governance", "E-Office": "Smart Governance"}


@pytest.mark.parametrize(
    "text",
    [
        "Instansi yang disebut memiliki layanan terbaik yakni Kepolisian Resor Tanjung Harapan.",
        "Penilaian memakai sistem Urban Digital Readiness Index (UDRI) yang digagas lembaga riset.",
    ],
)
def test_the_police_and_an_index_are_no_innovations(nlp: Language, text: str) -> None:
    assert innovations(nlp, text) == []


def test_list_items_parted_by_the_body_that_runs_each(nlp: Language) -> None:
    text = ("Layanan yang sudah berjalan antara lain seperti aplikasi Kirim Surat yang membantu warga mengurus dokumen "
            "nikah milik Disdukcapil, Ojek Sekolah atau antar jemput siswa gratis oleh Dinas Perhubungan Tanjung Laut, "
            "Jelajah Pesisir dari Dinas Pariwisata yang memuat agenda budaya.")
    assert [i["name"] for i in innovations(nlp, text)] == ["Kirim Surat", "Ojek Sekolah", "Jelajah Pesisir"]


@pytest.mark.parametrize(
    "text",
    [
        # the subject of the main clause after a clause about the programme
        "Lewat program Gerakan Kota Hijau yang digaungkan oleh Pemerintah Pusat sejak lama, Hartono ditunjuk sebagai ahli.",
        # what an app holds, not other apps
        "Kota itu mengusulkan aplikasi Jelajah Kei yang memuat informasi Pantai Pasir Putih, Goa Hitam dan paket wisata.",
    ],
)
def test_a_clause_after_an_item_is_no_list(nlp: Language, text: str) -> None:
    assert [i["name"] for i in innovations(nlp, text)][1:] == []


@pytest.mark.parametrize(
    "text",
    [
        # the funds and revenue a programme is paid from, spelt out before their acronym
        "Kelompok inovasi desa dapat dianggarkan melalui Dana Desa (DD) di setiap desa.",
        "Program kampung tematik mengikuti Rencana Tata Ruang Wilayah (RTRW) kabupaten.",
        # however the words of a common acronym are spelt
        "Program pelatihan menyiapkan Sumber Daya Insani (SDM) aparatur untuk aplikasi baru.",
    ],
)
def test_the_common_acronyms_of_government_are_no_innovations(nlp: Language, text: str) -> None:
    assert innovations(nlp, text) == []


def test_an_app_defining_its_own_acronym_is_kept_beside_the_common_ones(nlp: Language) -> None:
    text = "Pemkot meluncurkan aplikasi Sistem Informasi Desa (SIDESA) yang dibiayai Pendapatan Asli Daerah (PAD)."
    assert [short(i["name"]) for i in innovations(nlp, text)] == ["Sistem Informasi Desa"]


@pytest.mark.parametrize("word", ["Terlebih", "Semula", "Lantas", "Alhasil", "Padahal", "Ternyata", "Praktis"])
def test_a_common_word_opening_a_sentence_before_a_comma_is_a_connective(nlp: Language, word: str) -> None:
    assert innovations(nlp, f"{word}, program ini sudah diatur lewat peraturan daerah.") == []


def test_a_name_set_off_before_its_type_word_is_kept(nlp: Language) -> None:
    text = "Sipadu, aplikasi layanan terpadu milik Pemkot Palu, makin ramai dipakai."
    assert [i["name"] for i in innovations(nlp, text)] == ["Sipadu"]


@pytest.mark.parametrize(
    "text",
    [
        "Webinar inovasi daerah menghadirkan narasumber Rudi Hasan dan dua dosen kampus negeri.",
        "Webinar inovasi daerah menghadirkan Rudi Hasan, SE., M.Ec.Dev dan dua dosen kampus negeri.",
    ],
)
def test_a_name_after_a_role_or_before_a_degree_is_a_person_not_a_programme(nlp: Language, text: str) -> None:
    # without the people finder: the innovations finder itself knows the name is a person's
    doc = analyse(text, nlp=nlp, skip=("smartcity_people",))
    assert [s._.value["name"] for s in doc.spans["innovations"]] == []


@pytest.mark.parametrize(
    "text",
    [
        "Pemkot akan mengeluarkan program Quiquin pada tahun depan.",
        "Pemkot Jambi punya program Quick Queen yang sudah dibangun di enam dimensi.",
    ],
)
def test_quick_win_misspelt_is_the_programme_word(nlp: Language, text: str) -> None:
    assert innovations(nlp, text) == []


def test_the_person_acronym_and_opening_patterns_stay_linear_on_hostile_input() -> None:
    from extractor.nlp.innovations import ACRONYM_NAME, SENTENCE_OPEN, _person_cues

    role, degree = _person_cues()
    hostile = ["(" + "A " * 25_000, ", S." * 12_500 + "x", "narasumber " * 5_000 + "a", "Dana " * 10_000 + "(DD"]
    for text in hostile:
        assert SENTENCE_OPEN.fullmatch(text) is None
        assert role.search(text, max(0, len(text) - 40)) is None
    # the words before a bracket, then the acronym in it (a missing closing bracket is allowed)
    acronym = ACRONYM_NAME.fullmatch(hostile[3])
    assert acronym is not None and acronym.group(1) == "DD"
    assert [ACRONYM_NAME.fullmatch(text) for text in hostile[:3]] == [None, None, None]
    # ", S." is a degree's opening ("Rudi Hasan, S.Kom"); no other text opens with one
    degrees = [degree.match(text) for text in hostile]
    assert [found.group("d") if found else None for found in degrees] == [None, "S.", None, None]


def test_a_name_opening_with_an_officials_post_is_no_programme(nlp: Language) -> None:
    text = "Tim pengarah program smart city antara lain Asda Bidang Ekonomi, Kaban Keuangan dan Kabag Organisasi."
    assert innovations(nlp, text) == []



@pytest.mark.parametrize(
    "text",
    [
        # meetings, trainings, contests and visits, whatever their theme
        "Pemkot meluncurkan program Rapat Koordinasi Digital dan program Pelatihan Literasi Data.",
        # places and buildings, whatever their name
        "Pemkot meluncurkan program Graha Wisata dan program Pendopo Agung.",
        # documents by their kind, and a rule cited with its number and year
        "Program smart city disusun lewat Keputusan Bupati Tentang Tim, Pedoman Penyusunan Inovasi dan Perwali No 12 Tahun 2020.",
        # the units of an office
        "Pemkot meluncurkan program Bagian Organisasi dan program Seksi Persandian.",
        # the generic words of technology named alone
        "Pemkot meluncurkan program Big Data dan program Kecerdasan Buatan.",
    ],
)
def test_kinds_of_names_a_new_outlet_writes_are_no_innovations(nlp: Language, text: str) -> None:
    assert innovations(nlp, text) == []


def test_a_clause_of_a_title_case_headline_is_no_innovation(nlp: Language) -> None:
    text = "Pemkab Mulai Bangun Desa Terpadu Dan Berbasis Digital\n\nPemkab menyiapkan rencana smart city tahun ini."
    assert innovations(nlp, text) == []


def test_a_festival_and_a_capitalised_acronym_definition_stay(nlp: Language) -> None:
    text = ("Program smart city kota itu antara lain Festival Kopi Lembah dan "
            "Sistem Informasi Perencanaan Dan Pelaporan (SIPELA).")
    assert [short(i["name"]) for i in innovations(nlp, text)] == ["Festival Kopi Lembah", "Sistem Informasi Perencanaan Dan Pelaporan"]


@pytest.mark.parametrize(("text", "expected"), [
    ("KOTAMOBAGU - Aplikasi Sistem Keluhan Warga (Si KaWan) milik pemkot meraih juara kedua lomba inovasi.",
     ["Sistem Keluhan Warga"]),
    ("Banda Aceh (ANTARA) - Program Gampong Bersih dimulai pekan ini di sembilan kecamatan.", ["Gampong Bersih"]),
])
def test_a_type_word_opening_the_first_sentence_after_its_dateline(nlp: Language, text: str,
                                                                    expected: list[str]) -> None:
    assert names(nlp, text) == expected
