"""Innovations: where a programme's name starts and ends, by class (a name and its acronym, a name defined after a
comma or before "atau", names joined by "dan", lower-case and joined e-services, a name cut by the end of the text,
a phone number closing a service's name). Merged from the audit rounds' files (round 2-8, the audit of the groups
r1-r704); every text written for the test."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from spacy.language import Language

from extractor.nlp import analyse


@pytest.mark.parametrize(("text", "expected"), [
    ("Pemkot juga menerapkan e-audit dan e-transport untuk angkutan kota.", ["e-audit", "e-transport"]),
])
def test_joined_e_services_in_lower_case(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_a_name_defined_after_a_comma(nlp: Language) -> None:
    text = "Kabupaten Sleman punya banyak inovasi.\nSikasep, adalah serangkaian program kebersihan berbasis aplikasi."
    assert names(nlp, text) == ["Sikasep"]


def test_names_in_capitals_joined_by_dan_are_two(nlp: Language) -> None:
    text = "Pemkot memamerkan Aplikasi SIMANTAP, SIMANTAP WARGA DAN PANGGILAN DARURAT 112, serta aplikasi lain."
    assert names(nlp, text) == ["SIMANTAP", "SIMANTAP WARGA", "PANGGILAN DARURAT 112"]


def test_a_short_name_before_atau_and_the_long_one(nlp: Language) -> None:
    text = ("Untuk smart branding, pemkab menggelar Sendratari atau Festival Budaya Pesisir setiap tahun.")
    doc = analyse(text, nlp=nlp)
    assert [(s._.value["name"], s._.value["dimension"]) for s in doc.spans["innovations"]] == [
        ("Sendratari (Festival Budaya Pesisir)", "Smart Branding")]


def test_a_programme_a_region_makes(nlp: Language) -> None:
    text = "Untuk mewujudkan smart branding, pemkot membuat Kampung Batik Lestari bersama perajin setempat."
    doc = analyse(text, nlp=nlp)
    assert [(s._.value["name"], s._.value["dimension"]) for s in doc.spans["innovations"]] == [
        ("Kampung Batik Lestari", "Smart Branding")]


def test_a_marker_word_ending_a_person_makes_it_a_service(nlp: Language) -> None:
    text = "Konsep yang ditiru adalah milik kota tetangga. “Sleman Single Window itu melayani semua perizinan,” katanya."
    assert "Sleman Single Window" in names(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Quick win tahun ini meliputi SiDesa, Portal Sleman Smartcity dan Pasar Tani.",
     ["SiDesa", "Portal Sleman Smartcity", "Pasar Tani"]),
    # the programme's own name stays vocabulary
    ("Quick win tahun ini meliputi SiDesa, Pasar Tani, dan Sleman Smart City.", ["SiDesa", "Pasar Tani"]),
])
def test_a_portal_named_after_its_region_and_the_programme(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_a_name_opening_with_lalu_lintas_keeps_it(nlp: Language) -> None:
    # "lalu" opens a sentence as a connective, but "Lalu Lintas" (traffic) is part of a name
    text = "Pemkot Kendari meluncurkan aplikasi Lalu Lintas Cerdas untuk memantau kemacetan."
    assert names(nlp, text) == ["Lalu Lintas Cerdas"]


@pytest.mark.parametrize(("text", "expected"), [
    # the long form and its acronym (an e-service in lower case first) are one innovation, named by both
    (("Dua kabupaten tetangga kini memakai aplikasi Elektronik-Retribusi Pasar Harian Terpadu (e-RPHT) milik kota "
      "itu."), ["Elektronik-Retribusi Pasar Harian Terpadu (e-RPHT)"]),
    # an acronym in brackets that does not abbreviate the name before it is another name
    ("Dinas itu mengelola aplikasi Lapor Kades dan layanan Antre Sehat (PUSKA) tahun ini.",
     ["Lapor Kades", "Antre Sehat (PUSKA)"]),
])
def test_a_name_and_its_acronym_are_one(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the excerpt stops in mid-word: the cut name is left out, not shortened into a name the text never gives
    (("Kota itu menjalankan program unggulan antara lain Lumbung Digital Warga, Ojek Sehat Desa dan Pasar "
      "Ikan Te"), ["Lumbung Digital Warga", "Ojek Sehat Desa"]),
    ("Quick win yang dipaparkan saat penilaian antara lain Program Dokter Keliling Pan", []),
    ("Quick win yang dipaparkan saat penilaian antara lain Program Dokter Keliling Pan...", []),
    # ... the whole item before a cut one stays, and the cut word is no person
    ("Sesuai arahan bupati, aplikasi Desa Cermat dan Aplikas", ["Desa Cermat"]),
    # a name closing the text with a full stop is whole
    ("Kota itu meluncurkan aplikasi Lumbung Digital Warga.", ["Lumbung Digital Warga"]),
])
def test_a_name_cut_by_the_end_of_the_text(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Program" capitalised after a lower-case word, then its name
    ("Dalam rangka mewujudkan Program Garut 1000 Warung, pemkab menyusun rencana induk.", ["Garut 1000 Warung"]),
    ("Pemkab menggandeng relawan untuk Program Sigi Sejuta Pohon.", ["Sigi Sejuta Pohon"]),
    # a university's study programme and the national movement are none
    ("Mahasiswa dari Program Studi Teknik Informatika ikut hadir.", []),
    ("Kabupaten itu ikut Program Menuju 100 Smart City sejak 2018.", []),
])
def test_a_capitalised_program_after_a_lower_case_word_names_one(nlp: Language, text: str,
                                                                 expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (("Pemkab Sumedang mulai memakai Sistem Informasi Pengelolaan Aset, Persediaan dan Pengadaan (Sipaspa) "
      "tahun ini."), ["Sistem Informasi Pengelolaan Aset, Persediaan dan Pengadaan (Sipaspa)"]),
    ("Pemkab Garut meluncurkan aplikasi Layanan Administrasi, Kependudukan dan Catatan Sipil (Lakcas) untuk warga.",
     ["Layanan Administrasi, Kependudukan dan Catatan Sipil (Lakcas)"]),
])
def test_an_apps_name_spelt_out_with_a_comma_keeps_its_acronym(nlp: Language, text: str,
                                                               expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a phone number closes a service's name
    ("Tahun ini Kota Ternate meluncurkan sejumlah inovasi, antara lain:\n\n- Call Center 112 sebagai nomor darurat",
     ["Call Center 112"]),
    ("Pemkot Malang memperkenalkan Call Center 112 kepada warga.", ["Call Center 112"]),
    ("Warga bisa menghubungi Command Center 110 bila ada kejadian darurat.", ["Command Center 110"]),
    # guard: a count before the facility, and a facility with no number, name none
    ("Pemkab membangun 9 Command Center baru di tiap kecamatan.", []),
    ("Pemkab meresmikan Command Center di kantor bupati.", []),
])
def test_a_phone_number_closes_a_services_name(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one lower-case word of an app's shape after an app's type word, before a clause
    ("Warga cukup mengunduh aplikasi sipandu untuk mengurus surat pindah.", ["sipandu"]),
    ("Pengurusan izin usaha kini dilakukan melalui aplikasi siizin milik DPMPTSP.", ["siizin"]),
    ("Warga dapat memesan sayur lewat aplikasi pasarku yang dikelola Disperindag.", ["pasarku"]),
    # ... or joined to its region's name, after it
    ("Pemkab Klaten juga menyiapkan aplikasi klatenpintar bagi pelaku UMKM.", ["klatenpintar"]),
    # an activity or a verb of that shape is none
    ("Pegawai berlatih dengan aplikasi simulasi untuk menghadapi bencana.", []),
    ("Kepala dinas menjelaskan aplikasi siapkan data sebelum rapat.", []),
])
def test_a_lower_case_app_name_of_an_app_s_shape(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pemkot meluncurkan aplikasi Sipeka dan Lapak Warga bulan lalu.", ["Sipeka", "Lapak Warga"]),
    ("Program yang berjalan antara lain Simpeg Online dan Sikadu.", ["Simpeg Online", "Sikadu"]),
    ("Dana itu dipakai untuk program Hibah dan Bansos bagi warga miskin.", ["Hibah dan Bansos"]),
    # the single word, not the shorter side, is the one of an app's shape
    ("Pemkab meluncurkan aplikasi Simpeldesaku dan Lapak Warga untuk layanan warga.", ["Simpeldesaku", "Lapak Warga"]),
    # an activity of an app's shape joins no pair
    ("Pemkab menggelar program Simulasi dan Pelatihan Bencana bagi warga.", ["Simulasi dan Pelatihan Bencana"]),
])
def test_an_app_shaped_word_joined_to_a_longer_name_is_an_item_of_its_own(nlp: Language, text: str,
                                                                         expected: list[str]) -> None:
    assert names(nlp, text) == expected


# -- second audit of names in prose -------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # a "Pusat" phrase defining its acronym may be a programme; a study centre or a ministry's office stays a body
    ("Pemkot Salatiga menggagas Pusat Informasi Terpadu Anak (PITA) untuk melayani aduan anak.",
     ["Pusat Informasi Terpadu Anak (PITA)"]),
    ("Inovasi lain adalah Pusat Layanan Warga Digital (PLWD) yang melayani warga tanpa antre.",
     ["Pusat Layanan Warga Digital (PLWD)"]),
    ("Pusat Pengembangan Sumber Daya Manusia (PPSDM) Kemendagri menggelar pelatihan aplikasi.", []),
    ("Rapat inovasi digelar di Pusat Kajian Kebijakan Publik Universitas Brawijaya.", []),
    # "menginisiasi" introduces a programme like "menggagas"
    ("Diskominfo menginisiasi Ronda Siber bersama relawan TIK sebagai program literasi.", ["Ronda Siber"]),
    # a name quoted after its type word or a namer may open with a weekday; speech in quotes still names nothing
    ("Pemkab Gresik punya program 'Jumat Berkah' untuk berbagi dengan warga.", ["Jumat Berkah"]),
    ("Inovasi bernama “Senin Bersih” digelar di setiap kelurahan.", ["Senin Bersih"]),
    ("“Jumat nanti kami mulai program ini,” kata camat.", []),
    # a festival the model reads as a person is the region's festival
    ("Festival Lembah Baliem menjadi program smart branding Kabupaten Jayawijaya.", ["Festival Lembah Baliem"]),
])
def test_names_in_prose_second_audit(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a value word opening a name is saved by the acronym that spells it out
    ("Inovasi yang disiapkan yakni Sinergi Ekonomi Kreatif Berbasis Kolaborasi (Serasi) dan Kampung Hijau.",
     ["Sinergi Ekonomi Kreatif Berbasis Kolaborasi (Serasi)", "Kampung Hijau"]),
    # ... the values alone stay out
    ("Nilai program yang dijunjung diantaranya Komitmen, Kolaborasi dan Integritas.", []),
])
def test_a_value_word_spelt_out_by_its_acronym(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_a_short_name_read_alone_before_its_long_form_is_one_item(nlp: Language) -> None:
    text = "Pemkot meningkatkan smart branding lewat Terpesona atau Festival Kebudayaan City of Rendang tahun ini."
    assert names(nlp, text) == ["Terpesona (Festival Kebudayaan City of Rendang)"]


@pytest.mark.parametrize(("text", "expected"), [
    # a common noun that opens no person's name may open a programme's right after its type word or in a list
    ("Kota itu punya aplikasi Warga Sehat untuk aduan kesehatan.", ["Warga Sehat"]),
    ("Inovasi daerah ini antara lain Sapa Desa, Lapak Tani dan Masyarakat Peduli Sampah.",
     ["Sapa Desa", "Lapak Tani", "Masyarakat Peduli Sampah"]),
    # guard: in prose it names the people
    ("Inovasi itu dipaparkan di hadapan Warga Desa Sukamaju dan tim asesor.", []),
    ("Aplikasi itu melayani Masyarakat Kota Sorong sejak tahun lalu.", []),
])
def test_a_common_noun_may_open_a_typed_or_listed_name(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Pemkot sudah punya layanan aduan seperti Si Tanggap yang merupakan program Dinas Kominfo.", "Si Tanggap"),
    ("Sudah 93 laporan masuk melalui SiKeluh sejak aplikasi itu diuji coba bulan lalu.", "SiKeluh"),
])
def test_a_name_of_an_apps_shape_is_no_person(nlp: Language, text: str, name: str) -> None:
    assert names(nlp, text) == [name]


def test_a_person_whose_name_starts_like_an_app_stays_a_person(nlp: Language) -> None:
    assert names(nlp, "Aplikasi itu dikelola Siti Rahma, kepala seksi layanan aplikasi Diskominfo.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a tour or a walk offered on line or on foot names a programme by its last words, opening a sentence
    ("Nilai itu ditopang dua program. Danau Biru Virtual Tour menyajikan tur daring ke desa wisata.",
     ["Danau Biru Virtual Tour"]),
    ("Pemkot menyiapkan Lorong Pecinan Heritage Walk bagi wisatawan.", ["Lorong Pecinan Heritage Walk"]),
])
def test_a_tour_or_walk_names_a_programme(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected
