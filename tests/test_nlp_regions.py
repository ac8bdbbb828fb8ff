"""Regions: kabupaten/kota and provinces, resolved to canonical Kemendagri names and codes."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractor.nlp import analyse, load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def names(nlp: Language, text: str, label: str) -> list[str]:
    doc = analyse(text, nlp=nlp)  # keep the Doc alive while its SpanGroup is read
    return [s._.value["name"] for s in doc.spans[label]]


def regions(nlp: Language, text: str) -> list[str]:
    return names(nlp, text, "regions")


def provinces(nlp: Language, text: str) -> list[str]:
    return names(nlp, text, "provinces")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tim pusat berkunjung ke Kabupaten Sleman pekan ini.", "Kabupaten Sleman"),
        ("Tim pusat berkunjung ke Kab. Sleman pekan ini.", "Kabupaten Sleman"),
        ("Tim pusat berkunjung ke Kab Sleman pekan ini.", "Kabupaten Sleman"),
        ("Pemkab Banyuwangi menyiapkan paparan inovasi.", "Kabupaten Banyuwangi"),
        ("Pemkot Bandung menyiapkan paparan inovasi.", "Kota Bandung"),
        ("Bupati Sleman membuka rapat koordinasi.", "Kabupaten Sleman"),
        ("Wali Kota Malang membuka rapat koordinasi.", "Kota Malang"),
        ("Walikota Malang membuka rapat koordinasi.", "Kota Malang"),
        ("Pemerintah Kota Bogor menyiapkan paparan inovasi.", "Kota Bogor"),
        ("Kota Jambi mengirim tiga pejabat.", "Kota Jambi"),
    ],
)
def test_prefixed_names(nlp: Language, text: str, expected: str) -> None:
    assert regions(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Kabupaten Sleman siap dinilai.", "Kabupaten Sleman", "34.04"),
        ("Kabupaten Banyuwangi siap dinilai.", "Kabupaten Banyuwangi", "35.10"),
        ("Kota Tangerang Selatan siap dinilai.", "Kota Tangerang Selatan", "36.74"),
        ("Kota Malang siap dinilai.", "Kota Malang", "35.73"),
        ("Kabupaten Malang siap dinilai.", "Kabupaten Malang", "35.07"),
    ],
)
def test_kemendagri_code(nlp: Language, text: str, name: str, code: str) -> None:
    doc = analyse(text, nlp=nlp)
    spans = list(doc.spans["regions"])
    assert [(s._.value["name"], s._.value["code"]) for s in spans] == [(name, code)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kabupaten Bantul, Kulon Progo dan Sleman lolos seleksi.",
            ["Kabupaten Bantul", "Kabupaten Kulon Progo", "Kabupaten Sleman"],
        ),
        (
            "Kabupaten Sleman, Bantul dan Kulon Progo lolos seleksi.",
            ["Kabupaten Sleman", "Kabupaten Bantul", "Kabupaten Kulon Progo"],
        ),
        (
            "Kota Padang, Bukittinggi dan Payakumbuh lolos seleksi.",
            ["Kota Padang", "Kota Bukittinggi", "Kota Payakumbuh"],
        ),
        (
            "Kab. Sleman, Bantul, dan Gunungkidul lolos seleksi.",
            ["Kabupaten Sleman", "Kabupaten Bantul", "Kabupaten Gunungkidul"],
        ),
    ],
)
def test_list_sharing_a_prefix(nlp: Language, text: str, expected: list[str]) -> None:
    assert regions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pemkab Kukar memaparkan rencana induk.", "Kabupaten Kutai Kartanegara"),
        ("Warga Kukar menyambut baik rencana itu.", "Kabupaten Kutai Kartanegara"),
        ("Pemkot Tangsel memaparkan rencana induk.", "Kota Tangerang Selatan"),
        ("Warga Tangsel menyambut baik rencana itu.", "Kota Tangerang Selatan"),
    ],
)
def test_short_forms(nlp: Language, text: str, expected: str) -> None:
    assert regions(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kategori kota kecil dimenangi Tidore, disusul dua kota lain.", "Kota Tidore Kepulauan"),
        ("Delegasi Talaud tiba lebih dulu di lokasi.", "Kabupaten Kepulauan Talaud"),
        ("Pemkab Meranti menyiapkan data.", "Kabupaten Kepulauan Meranti"),
    ],
)
def test_island_regions_named_by_the_island_alone(nlp: Language, text: str, expected: str) -> None:
    assert regions(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kabupaten Gunung Kidul menyiapkan data.", "Kabupaten Gunungkidul"),
        ("Pemkab Gunung Kidul menyiapkan data.", "Kabupaten Gunungkidul"),
        ("Kota Tanjungpinang menyiapkan data.", "Kota Tanjung Pinang"),
        ("Pemkot Tanjungpinang menyiapkan data.", "Kota Tanjung Pinang"),
        ("Kota Bau-Bau menyiapkan data.", "Kota Bau Bau"),
        ("Kota Baubau menyiapkan data.", "Kota Bau Bau"),
        ("Warga Baubau menyiapkan data.", "Kota Bau Bau"),
        ("Pemkab Batang Hari menyiapkan data.", "Kabupaten Batanghari"),
        ("Juara kategori kota besar diraih Kota Makasar.", "Kota Makassar"),
        ("Kabupaten Boven Digul menyiapkan data.", "Kabupaten Boven Digoel"),
        ("Bupati Pakpak Barat hadir di forum itu.", "Kabupaten Pakpak Bharat"),
    ],
)
def test_spelling_variants(nlp: Language, text: str, expected: str) -> None:
    assert regions(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Banyuwangi menjadi tuan rumah pertemuan itu.", "Kabupaten Banyuwangi"),
        ("Delegasi dari Bukittinggi tiba siang tadi.", "Kota Bukittinggi"),
    ],
)
def test_bare_unique_name(nlp: Language, text: str, expected: str) -> None:
    assert regions(nlp, text) == [expected]


@pytest.mark.parametrize("name", ["Bogor", "Tangerang", "Bekasi", "Cirebon", "Malang"])
def test_bare_ambiguous_name_is_left_out(nlp: Language, name: str) -> None:
    assert regions(nlp, f"Delegasi dari {name} tiba siang tadi.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bupati Bogor membuka acara. Bogor menargetkan nilai tinggi.", {"Kabupaten Bogor"}),
        ("Wali Kota Bekasi membuka acara. Bekasi menargetkan nilai tinggi.", {"Kota Bekasi"}),
        ("Warga Kabupaten Malang datang. Malang menargetkan nilai tinggi.", {"Kabupaten Malang"}),
        ("Kabupaten Bogor dan Kota Bogor bekerja sama.", {"Kabupaten Bogor", "Kota Bogor"}),
        # a ranking by category names the kind of the bare names of its paragraph
        ("Pada kategori kabupaten besar, juara pertama Bekasi, disusul Malang.",
         {"Kabupaten Bekasi", "Kabupaten Malang"}),
        ("Untuk kategori kota kecil, Magelang unggul. Berikutnya Madiun dan Blitar.\nBogor belum ikut.",
         {"Kota Magelang", "Kota Madiun", "Kota Blitar"}),
    ],
)
def test_ambiguous_name_resolved_by_the_text(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(regions(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short heading line states the kind of the list items under it, until the next heading
        (("Daftar peraih penghargaan tahun ini.\n\n- Kota Besar\n- Malang skor 70\n- Bekasi skor 68\n\n"
          "- Kabupaten Terbaik\n- Semarang skor 65\n"),
         {"Kota Malang", "Kota Bekasi", "Kabupaten Semarang"}),
        # a heading ending with ':' at the end of a paragraph, numbered items without bullets
        ("Juri lalu membacakan hasil untuk kategori kota dengan warga di bawah sejuta jiwa:\n1. Madiun\n2. Solok\n",
         {"Kota Madiun", "Kota Solok"}),
        ("Kategori Kota Sedang\nMagelang nilai 58\nBlitar nilai 57\n", {"Kota Magelang", "Kota Blitar"}),
    ],
)
def test_list_heading_states_the_kind_of_its_items(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(regions(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a heading that is a sentence, and prose after a list, take no kind from a heading
        "Kota besar menyiapkan data.\nMalang ikut.\n",
        "- Kota Kecil\n- Madiun\nTim juri yang datang dari ibu kota kemudian berkunjung ke Malang untuk mengecek data.\n",
    ],
)
def test_list_heading_does_not_reach_past_its_list(nlp: Language, text: str) -> None:
    assert "Kota Malang" not in regions(nlp, text)


def test_kind_phrase_later_in_the_paragraph(nlp: Language) -> None:
    # "..., Malang, dan Bekasi untuk kategori kota besar": the phrase may follow the names it qualifies
    text = "Penghargaan jatuh kepada Malang, Bekasi, dan Depok untuk kategori kota besar.\nBogor belum ikut."
    assert set(regions(nlp, text)) == {"Kota Malang", "Kota Bekasi", "Kota Depok"}


@pytest.mark.parametrize(
    "text",
    [
        "Dosen Universitas Sumatera Utara memberi materi.",
        "Pinjaman dari Bank Kalbar sudah cair.",
        "Pakar Institut Teknologi Bandung memberi materi.",
        "Mahasiswa Politeknik Negeri Padang memberi materi.",
        "Dosen Universitas Gadjah Mada memberi materi.",
        # a university's short name before its city
        "Guru besar UGM Yogyakarta memberi materi.",
        "Asesor dari UKSW Salatiga memberi materi.",
    ],
)
def test_organisation_names_are_not_regions(nlp: Language, text: str) -> None:
    doc = analyse(text, nlp=nlp)
    assert list(doc.spans["regions"]) == [] and list(doc.spans["provinces"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nasib malang menimpa pedagang itu.",
        "Lahan itu berupa tanah datar yang luas.",
        "Warga membangun kota baru di pinggiran.",
        "Mereka tinggal di pesisir selatan pulau.",
        pytest.param("Tanah datar di lokasi itu cukup luas."),
    ],
)
def test_lowercase_words_are_not_regions(nlp: Language, text: str) -> None:
    assert regions(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Provinsi Jawa Timur mendukung program itu.", ["Jawa Timur"]),
        ("Pemprov Jatim mendukung program itu.", ["Jawa Timur"]),
        ("Warga Jatim mendukung program itu.", ["Jawa Timur"]),
        ("Provinsi Jambi mendukung program itu.", ["Jambi"]),
        ("Gubernur Jawa Barat mendukung program itu.", ["Jawa Barat"]),
    ],
)
def test_provinces(nlp: Language, text: str, expected: list[str]) -> None:
    assert provinces(nlp, text) == expected
    assert regions(nlp, text) == []


def test_kota_jambi_is_a_kota_not_the_province(nlp: Language) -> None:
    doc = analyse("Kota Jambi mengirim tiga pejabat ke Jakarta.", nlp=nlp)
    assert [s._.value["name"] for s in doc.spans["regions"]] == ["Kota Jambi"]
    assert [s._.value["name"] for s in doc.spans["provinces"]] == []


def test_kota_and_province_of_the_same_name(nlp: Language) -> None:
    text = "Kota Jambi dan Provinsi Jambi menandatangani kerja sama."
    assert regions(nlp, text) == ["Kota Jambi"]
    assert provinces(nlp, text) == ["Jambi"]


@pytest.mark.parametrize("text", [
    "Liputan Kaltim Today dari Samarinda.",
    "Sumber: Suara NTB, edisi pagi.",
    "Foto oleh redaksi Bali Tribune.",
    "Berita ini dimuat Tribun Jateng.",
])
def test_outlets_named_after_a_place_are_no_province_mentions(nlp: Language, text: str) -> None:
    assert provinces(nlp, text) == []


def test_a_related_story_link_names_no_region_of_the_article(nlp: Language) -> None:
    text = "Kabupaten Sigi mengikuti evaluasi kota cerdas.\nBACA JUGA: Kanwil Jateng Gelar Sosialisasi Pajak\nSelesai."
    assert provinces(nlp, text) == [] and regions(nlp, text) == ["Kabupaten Sigi"]


@pytest.mark.parametrize("text, expected", [
    # a bare name that needs a prefix ("Batu", "Kendal") is of the kind a count before the list names
    ("Dua kota dari Jawa Timur, yakni Batu dan Madiun, lolos seleksi.", ["Kota Batu", "Kota Madiun"]),
    ("Tiga kabupaten di pantai utara, yaitu Batang, Kendal dan Demak, hadir.",
     ["Kabupaten Batang", "Kabupaten Demak", "Kabupaten Kendal"]),
])
def test_a_count_of_one_kind_names_the_kind_of_the_list_after_it(nlp: Language, text: str,
                                                                   expected: list[str]) -> None:
    assert sorted(regions(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a name split or joined otherwise, or with a lower-case word, after an explicit kind word
    ("Peringkat kelima ditempati Kab. Tasik Malaya dengan nilai 3,1.", ["Kabupaten Tasikmalaya"]),
    ("Urutan kesepuluh: Kab. Hulu sungai Selatan 2,9.", ["Kabupaten Hulu Sungai Selatan"]),
    # one letter dropped, added or changed
    ("Penghargaan juga diterima Kota Makasar tahun ini.", ["Kota Makassar"]),
    ("Pemkot Pontiana memaparkan aplikasi layanan.", ["Kota Pontianak"]),
    ("Tim menilai Kabupaten Kutai Kartanagara pekan lalu.", ["Kabupaten Kutai Kartanegara"]),
    # the writer mistook the kind, and the name has no match of the kind written
    ("Pemenang lain ialah Kabupaten Tumohon dan Kabupaten Badung.", ["Kabupaten Badung", "Kota Tomohon"]),
])
def test_misspelt_name_after_a_kind_word(nlp: Language, text: str, expected: list[str]) -> None:
    assert sorted(regions(nlp, text)) == expected


@pytest.mark.parametrize("text", [
    "Warga menyebut Kota Karang sebagai rumah mereka.",  # a nickname two letters from Karawang
    "Untuk Kategori Kota Sedang nilainya naik.",  # a ranking's class, not Sumedang
    "Hal itu disampaikan Wali Kota Sigit saat membuka acara.",  # a person's name after the title
    "Pameran digelar di Kota Kasablanka Mall akhir pekan.",  # a mall
    "Rombongan menyusuri Kota Tua sebelum rapat.",  # too short to guess
    "Kegiatan berlangsung di kota. Semarng menjadi tuan rumah berikutnya.",  # never across a sentence end
    "Festival tahunan itu mengangkat julukan Kota Bunga bagi daerah ini.",  # a common word one letter from Bungo
])
def test_no_guess_after_a_kind_word(nlp: Language, text: str) -> None:
    assert regions(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Penghargaan diserahkan dalam malam anugerah di Yogyakarta, Rabu (3/9).",  # a venue
    "Yogyakarta - Kamis (2/3/2023) Pemerintah daerah menandatangani nota kesepakatan.",  # a dateline
    "Hal itu disampaikan dosen Universitas Gajah Mada (UGM) Yogyakarta kepada peserta.",  # a campus town
])
def test_bare_yogyakarta_names_the_province_town_not_the_kota(nlp: Language, text: str) -> None:
    assert regions(nlp, text) == []


def test_bare_yogyakarta_in_a_ranking_of_cities_is_the_kota(nlp: Language) -> None:
    text = "Untuk kategori kota sedang, peringkat teratas diraih Magelang, Salatiga dan Yogyakarta."
    assert "Kota Yogyakarta" in regions(nlp, text)


@pytest.mark.parametrize("text", [
    "Pemateri lain, Rina Sari dari Universitas Kristen Satya Wacana – Salatiga, membahas tata kelola.",
    "Peserta datang dari kampus (Unhas Makassar, Unanda Palopo dan ITH Parepare).",
    "Narasumber ketiga berasal dari STIE YKPN Sleman.",
    "Acara itu disiarkan langsung oleh Metro TV.",
])
def test_a_place_inside_an_organisations_or_stations_name_is_no_region(nlp: Language, text: str) -> None:
    assert regions(nlp, text) == []


@pytest.mark.parametrize("tag_line", [
    "Kab/Kota: Bantul, Madiun, Surabaya",
    # a misspelt name on a tag line is page chrome too
    "Topik: Pemkot Pontiana",
    "Kab/Kota: Kota Makasar, Kabupaten Kutai Kartanagara",
])
def test_an_aggregators_tag_line_names_no_region_of_the_body(nlp: Language, tag_line: str) -> None:
    text = f"{tag_line}\nTokoh Terkait\n\nKabupaten Sleman meraih penghargaan smart city."
    assert regions(nlp, text) == ["Kabupaten Sleman"]


@pytest.mark.parametrize("text", [
    "KENDARI (Kabar Kita) — Provinsi Sulawesi Tenggara menyiapkan peta jalan provinsi cerdas.",
    "BERITAKITA.COM, Kendari – Provinsi Sulawesi Tenggara menyiapkan peta jalan provinsi cerdas.",
])
def test_a_kota_named_only_in_the_dateline_is_no_region_of_the_article(nlp: Language, text: str) -> None:
    assert regions(nlp, text) == []
    assert provinces(nlp, text) == ["Sulawesi Tenggara"]


def test_a_province_in_the_dateline_is_counted(nlp: Language) -> None:
    assert provinces(nlp, "Kabarku.com, Jawa Tengah - Pemkot Surakarta meluncurkan tujuh aplikasi.") == ["Jawa Tengah"]


@pytest.mark.parametrize("text, expected", [
    ("Tiga kota teratas dalam indeks itu adalah Jakarta, Medan, dan Makassar.", ["Daerah Khusus Ibukota Jakarta"]),
    ("Peringkat berikutnya Bandung, Jakarta dan Surabaya.", ["Daerah Khusus Ibukota Jakarta"]),
    ("Rapat koordinasi digelar di Jakarta, Senin.", []),  # a venue
    ("Tim berangkat ke Pusat Data di Tangerang Selatan, Jakarta untuk dinilai.", []),  # an address
])
def test_the_capital_in_a_list_of_regions_is_its_province(nlp: Language, text: str, expected: list[str]) -> None:
    assert provinces(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare name of one kind only lends its kind to a name that alone would need a prefix
        ("Penghargaan juga diraih Kota Ambon, Kutai Timur dan Siak serta Kota Bitung.",
         ["Kota Ambon", "Kabupaten Kutai Timur", "Kabupaten Siak", "Kota Bitung"]),
        # not to a name of both kinds: "Bima" stays ambiguous
        ("Daerah lain yang ikut antara lain Lombok Timur dan Bima.", ["Kabupaten Lombok Timur"]),
    ],
)
def test_a_bare_name_of_one_kind_lends_it_to_the_next_in_a_list(nlp: Language, text: str,
                                                                  expected: list[str]) -> None:
    assert regions(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dari Sumut ada Kota Medan dan Kabupaten Sibolga yang menerima penghargaan.", ["Kota Medan", "Kota Sibolga"]),
    ("Pesertanya dari Kota Sabang sampai Kota Nunukan di utara Kalimantan.", ["Kota Sabang", "Kabupaten Nunukan"]),
])
def test_a_prefix_of_the_wrong_kind_still_names_the_only_region_of_that_name(
        nlp: Language, text: str, expected: list[str]) -> None:
    assert regions(nlp, text) == expected


def test_a_prefixed_name_with_a_lower_case_last_word_is_found_when_it_is_a_name_exactly(nlp: Language) -> None:
    text = "Kontingen datang dari Kabupaten Boven digoel di ujung timur dan Kabupaten Tanah datar."
    assert regions(nlp, text) == ["Kabupaten Boven Digoel", "Kabupaten Tanah Datar"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Empat kabupaten ditetapkan, yakni Kukar, Kubar, PPU dan Paser.",
     ["Kabupaten Kutai Kartanegara", "Kabupaten Kutai Barat", "Kabupaten Penajam Paser Utara", "Kabupaten Paser"]),
    ("Peserta FGD yaitu Kabupaten Karo, Dairi dan Pakpak Barat.",
     ["Kabupaten Karo", "Kabupaten Dairi", "Kabupaten Pakpak Bharat"]),
])
def test_press_short_forms_and_spellings_of_kabupaten(nlp: Language, text: str, expected: list[str]) -> None:
    assert regions(nlp, text) == expected


def test_salah_satu_kota_after_a_bare_name_states_its_kind(nlp: Language) -> None:
    text = "Rapat evaluasi bertempat di Bekasi, salah satu kota dengan banyak inovasi digital."
    assert regions(nlp, text) == ["Kota Bekasi"]


def test_a_list_mixing_kinds_gives_each_bare_name_the_kind_it_has(nlp: Language) -> None:
    text = "Penghargaan serupa diraih Kota Makasar, Kutai Kartanegara dan Siak tahun itu."
    assert regions(nlp, text) == ["Kota Makassar", "Kabupaten Kutai Kartanegara", "Kabupaten Siak"]


def test_a_ranking_going_on_in_the_next_paragraph_keeps_its_kind(nlp: Language) -> None:
    text = ("Juara pertama kategori kota besar diraih Kota Medan.\n\n"
            "Peserta dibagi menurut jumlah penduduk. Setelah Medan, Bogor di peringkat kedua, disusul Malang.\n\n"
            "Untuk provinsi, juara pertama Jawa Barat disusul Gorontalo.")
    assert regions(nlp, text) == ["Kota Medan", "Kota Medan", "Kota Bogor", "Kota Malang"]
    assert "Gorontalo" in provinces(nlp, text)


def test_a_region_the_headline_names_with_its_prefix_is_the_articles(nlp: Language) -> None:
    from extractor.records import Article
    from extractor.summary import summarise

    text = "Penandatanganan nota kesepakatan kota cerdas berlangsung secara daring, Selasa. Bandung hadir juga."
    article = Article(id="t1", source="test", url=None, title="Pemkab Sigi Teken MoU Kota Cerdas dengan Bandung",
                      text=text)
    summary = summarise(analyse(text, None, nlp=nlp), article, analyse(article.title or "", None, nlp=nlp))
    assert summary["regions"] == ["Kabupaten Sigi"]


def test_a_place_above_a_weekday_line_is_a_widget_and_no_region(nlp: Language) -> None:
    text = "Samarinda\nSelasa, 3 Desember 2024\n\nKUTAI BARAT - Pemkab Kutai Barat menyiapkan dokumen kota cerdas."
    assert regions(nlp, text) == ["Kabupaten Kutai Barat"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tim penilai dari pemkot pasuruan datang pagi itu.", ["Kota Pasuruan"]),
    ("Sekda kabupaten sumedang membuka rapat itu.", ["Kabupaten Sumedang"]),
    ("Dinas kominfo kab. bantul meluncurkan portal baru.", ["Kabupaten Bantul"]),
    ("Warga kota batu mengikuti pelatihan daring.", ["Kota Batu"]),
    ("pemkab gresik dan pemkot surabaya menandatangani nota.", ["Kabupaten Gresik", "Kota Surabaya"]),
    ("Laporan itu dibacakan wali kota malang kemarin.", ["Kota Malang"]),
    ("Tim pemerintah kabupaten\ngunungkidul hadir.", ["Kabupaten Gunungkidul"]),
    ("Peta jalan kota tangerang selatan disahkan.", ["Kota Tangerang Selatan"]),
])
def test_a_lower_case_name_right_after_a_kind_word(nlp: Language, text: str, expected: list[str]) -> None:
    assert regions(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gubernur menyebut provinsi jawa barat siap.", ["Jawa Barat"]),
    ("Anggaran pemprov jatim naik tahun ini.", ["Jawa Timur"]),
])
def test_a_lower_case_province_right_after_a_kind_word(nlp: Language, text: str, expected: list[str]) -> None:
    assert provinces(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Tantangan kota besar berbeda dengan kota kecil.",
    "Dana bagi kota sedang disalurkan bulan depan.",
    "Sebanyak 40 kabupaten kota se-Indonesia ikut serta.",
    "Perwakilan pemerintah kabupaten/kota bogor hadir.",
    "Warga ibu kota jakarta pindah ke pinggiran.",
    "Rombongan menuju kotabaru pagi itu.",
])
def test_a_lower_case_kind_word_before_a_common_word_names_no_region(nlp: Language, text: str) -> None:
    assert regions(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Pemko Solok menggelar rapat persiapan.", ["Kota Solok"]),
    ("Sekretaris Pemko Bukit Tinggi membuka acara.", ["Kota Bukittinggi"]),
    ("Pada 1990 Kotamadya Madiun mulai membangun jaringan.", ["Kota Madiun"]),
    ("Arsip Kodya Blitar dipindahkan.", ["Kota Blitar"]),
])
def test_short_kinds_of_a_kota(nlp: Language, text: str, expected: list[str]) -> None:
    assert regions(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("PEMKAB BANYUWANGI RAIH PENGHARGAAN KOTA CERDAS", ["Kabupaten Banyuwangi"]),
    ("Juara ketiga diraih KOTA MADIUN tahun ini.", ["Kota Madiun"]),
    ("Kab.Sleman dan Pemkot Pasuruan,Pemkab Kendal hadir.", ["Kabupaten Sleman", "Kota Pasuruan", "Kabupaten Kendal"]),
])
def test_a_name_in_capitals_or_run_together_with_punctuation(nlp: Language, text: str, expected: list[str]) -> None:
    assert regions(nlp, text) == expected


def test_a_lower_case_kind_word_before_a_hostile_run_stays_fast(nlp: Language) -> None:
    assert regions(nlp, "kota " * 10000) == [] and regions(nlp, "kab." * 12500) == []


# -- generalisation audit of r1600-r1623 (misc16) ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Pelatihan ini untuk delapan kabupaten yang ada di kawasan Danau Toba.",  # a lake
    "Wisatawan mendaki Gunung Kerinci lalu berkemah di tepi danau.",  # a mountain
    "Festival perahu digelar di Teluk Ambon dan Sungai Siak pekan depan.",  # a bay and a river
    "Wisata di kawasan danau Toba terus tumbuh.",  # the landform word in lower case
])
def test_a_region_name_after_a_landform_word_names_the_landform(nlp: Language, text: str) -> None:
    assert regions(nlp, text) == []


def test_a_province_name_after_a_landform_word_names_the_water(nlp: Language) -> None:
    assert provinces(nlp, "Kapal penyeberangan melintasi Selat Bali setiap jam.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # guard: regions whose own name opens with a landform word, and a misspelt one
    ("Wali Kota Sungai Penuh dan Bupati Gunung Mas hadir.", ["Kota Sungai Penuh", "Kabupaten Gunung Mas"]),
    ("Pemerintah Kota Bukit Tinggi menggelar rapat.", ["Kota Bukittinggi"]),
    # the beach, not the kabupaten
    ("Pemkab Ciamis menata kawasan Pantai Pangandaran.", ["Kabupaten Ciamis"]),
])
def test_regions_named_with_a_landform_word_are_kept(nlp: Language, text: str, expected: list[str]) -> None:
    assert regions(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Kabar Sulsel.com, Makassar – Pemkot Makassar menggelar rapat smart city.",
    "Seputar Jambi.co.id - Pemkab Muaro Jambi menggelar bimtek masterplan.",
    "Berita ini dikutip dari Lintas Papua.id pekan lalu.",
])
def test_a_province_in_an_outlets_web_address_is_no_province_mention(nlp: Language, text: str) -> None:
    assert provinces(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Pemkab Sleman menggelar bimtek.\nSumber: Lintas Papua",
    "Pemkab Sleman menggelar bimtek.\nsumber : Info Riau Read More",
    "Pemkab Sleman menggelar bimtek.\nSumber berita: Kabar Sulbar",
])
def test_a_province_in_a_source_line_names_the_outlet(nlp: Language, text: str) -> None:
    assert provinces(nlp, text) == []
    assert regions(nlp, text) == ["Kabupaten Sleman"]


def test_a_prefixed_region_in_a_source_line_still_counts(nlp: Language) -> None:
    # guard: the kind word makes it the region's office ("Humas Pemprov Papua")
    assert provinces(nlp, "Pemkab Sleman menggelar bimtek.\nSumber: Humas Pemprov Papua") == ["Papua"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dateline's city is the place written from (corpus/gold a32); the outlet named after a place is none
        ("BITUNG, Manado Post – Pemkot Bitung menyiapkan paparan kota cerdas.", ["Kota Bitung"]),
        ("TOMOHON, Manado Post - Pemkot Tomohon menyiapkan paparan kota cerdas.", ["Kota Tomohon"]),
        ("SOLOK, Padang Ekspres – Pemkot Solok menyiapkan paparan kota cerdas.", ["Kota Solok"]),
        ("BATU, Radar Malang – Pemkot Batu menyiapkan paparan kota cerdas.", ["Kota Batu"]),
    ],
)
def test_an_outlet_named_after_a_place_in_the_dateline_is_no_region(nlp: Language, text: str,
                                                                      expected: list[str]) -> None:
    assert sorted(set(regions(nlp, text))) == expected


def test_source_line_and_web_address_read_hostile_input_in_linear_time() -> None:
    from extractor.nlp.regions import CREDIT_LINE, WEB_SUFFIX
    assert CREDIT_LINE.match("sumber" + " " * 50_000 + "x") is None
    assert CREDIT_LINE.match("(" + " \t" * 25_000 + "x") is None
    assert WEB_SUFFIX.match("." + "co." * 16_000 + "x") is None


# -- misc17: a new group of outlets (r1700-r1723) --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a name the page wraps over a line break
    ("Program itu dijalankan pemerintah Kabupaten Hulu\nSungai Selatan sejak awal tahun.",
     ["Kabupaten Hulu Sungai Selatan"]),
    ("Tim asesor mengunjungi Kabupaten Lima Puluh\nKota pekan lalu.", ["Kabupaten Lima Puluh Kota"]),
    ("Bupati membuka paparan smart city di Kabupaten Tanah\nDatar, Kamis.", ["Kabupaten Tanah Datar"]),
    ("Wakil bupati menyebut Padang\nPariaman siap menerapkan kota cerdas.", ["Kabupaten Padang Pariaman"]),
    # guard: a paragraph break parts two names
    ("Kegiatan itu digelar di Kota Padang\n\nPariaman menyusul tahun depan.", ["Kota Padang", "Kota Pariaman"]),
])
def test_a_name_wrapped_over_a_line_break_is_one_name(nlp: Language, text: str, expected: list[str]) -> None:
    assert regions(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pemkab Bantul menggelar evaluasi smart city.\nBaca: Sleman Raih Penghargaan Wisata\nEvaluasi tiap bulan.",
     ["Kabupaten Bantul"]),
    ("Pemkab Klaten menggelar bimtek.\nArtikel Terkait: Boyolali Siapkan Masterplan\nBimtek dua hari.",
     ["Kabupaten Klaten"]),
    ("Pemkab Klaten menggelar bimtek.\nBaca Selengkapnya: Boyolali Siapkan Masterplan\nBimtek dua hari.",
     ["Kabupaten Klaten"]),
    ("Pemkab Klaten menggelar bimtek.\nBerita Lainnya  Wisata Boyolali Ramai Pengunjung\nBimtek dua hari.",
     ["Kabupaten Klaten"]),
    # a heading alone on its line links the line below
    ("Pemkab Klaten menggelar bimtek.\nBaca Juga:\nBoyolali Siapkan Masterplan\nBimtek dua hari.", ["Kabupaten Klaten"]),
    # guard: the body after the link counts
    ("Pemkab Klaten menggelar bimtek.\nBaca juga: Berita Lain\nPeserta datang dari Boyolali.",
     ["Kabupaten Klaten", "Kabupaten Boyolali"]),
])
def test_places_of_a_linked_story_are_not_this_articles(nlp: Language, text: str, expected: list[str]) -> None:
    assert regions(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Penilaian digelar di Gedung Serbaguna Dinas Kominfo Mataram, Selasa.", ["Kota Mataram"]),
    ("Acara berlangsung di Hotel Grand Mercure Banjarmasin pada Rabu.", ["Kota Banjarmasin"]),
    ("Paparan digelar di Gedung Pusat Data Nasional (PDN) Sidoarjo kemarin.", ["Kabupaten Sidoarjo"]),
    ("Para peserta menginap di Hotel Santika Palu selama acara.", ["Kota Palu"]),
    # guards: a body's town and a building named after a place are no region
    ("Mahasiswa Universitas Negeri Manado ikut membantu.", []),
    ("Rapat di Gedung Sate membahas rencana itu.", []),
])
def test_a_town_after_a_buildings_name_is_where_it_stands(nlp: Language, text: str, expected: list[str]) -> None:
    assert regions(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Materi disampaikan Ketua Ikatan Ahli Informatika Indonesia Wilayah Jatim, Budi.", []),
    ("Hadir pula Ketua Asosiasi Pengusaha Teknologi Cabang Kaltim.", []),
    ("Narasumber dari Himpunan Mahasiswa Informatika Sulsel memaparkan materi.", []),
    ("GenPI.co Jatim - Pemkot Malang menggelar bimtek smart city.", []),
    ("Jpnn.com Sumbar - Pemkot Padang menggelar bimtek smart city.", []),
    # guards: a province's government and a dateline in capitals count
    ("Pemerintah Provinsi Sumatera Barat mendukung program itu.", ["Sumatera Barat"]),
    ("Kabarkita.com LAMPUNG - Pemprov menggelar bimtek smart province.", ["Lampung"]),
])
def test_a_province_naming_an_associations_chapter_or_an_outlets_edition(nlp: Language, text: str,
                                                                         expected: list[str]) -> None:
    assert provinces(nlp, text) == expected


def test_link_lines_wraps_and_editions_read_hostile_input_in_linear_time() -> None:
    from extractor.nlp.regions import EDITION, LINK_HEADING_ALONE, RELATED_LINK, WRAPPED
    assert RELATED_LINK.match(" \t" * 25_000 + "x") is None
    assert LINK_HEADING_ALONE.match("a" * 50_000) is None
    assert WRAPPED.search("\n" * 50_000) is None
    assert EDITION.search("a.com" + " " * 50_000 + "x") is None


@pytest.mark.parametrize(("text", "expected"), [
    # a ministry's office, or its address, before a city of the capital
    ("Rapat itu digelar di Kantor Kementerian Komdigi, Jakarta Pusat, Rabu (7/05).", []),
    ("Wali Kota Ternate bertemu Dirjen di gedung Kemendagri, Jl. Medan Merdeka Utara, Jakarta Pusat.", ["Kota Ternate"]),
    ("Audiensi dilakukan di kantor Kemenpan RB, Jakarta Selatan, dan dihadiri Bupati Buton.", ["Kabupaten Buton"]),
    # guards: another building there, or a city of the capital taking part, counts
    ("Penghargaan diterima di gedung Kompas Gramedia, Jakarta Pusat.", ["Kota Administrasi Jakarta Pusat"]),
    ("Rapat di Kantor Kementerian Kominfo. Jakarta Timur juga meraih penghargaan.",
     ["Kota Administrasi Jakarta Timur"]),
])
def test_a_city_of_the_capital_seating_a_ministry_is_no_region(nlp: Language, text: str,
                                                              expected: list[str]) -> None:
    assert regions(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a link to another story in brackets inside a paragraph
    ("Tim Kota Bima juga hadir. (Baca Juga : Pemerintah Kota Palu Jalin Kerja Sama Dengan Kampus) Acara berlanjut.",
     ["Kota Bima"]),
    ("Rapat dihadiri Bupati Sleman (baca juga: Kabupaten Bantul raih penghargaan) dan Wali Kota Magelang.",
     ["Kabupaten Sleman", "Kota Magelang"]),
    # guard: a bracket that links nothing keeps its place
    ("Rapat dihadiri perwakilan Kota Magelang (Jawa Tengah) dan Kota Bima.", ["Kota Magelang", "Kota Bima"]),
])
def test_a_bracketed_link_inside_a_paragraph_names_no_region(nlp: Language, text: str,
                                                             expected: list[str]) -> None:
    assert regions(nlp, text) == expected


def test_the_ministry_seat_patterns_read_hostile_input() -> None:
    from extractor.nlp.regions import CENTRAL_SEAT, SENTENCE_BREAK
    assert CENTRAL_SEAT.search("kantor" + " " * 50_000 + "x") is None
    assert SENTENCE_BREAK.search("." + " " * 50_000 + "x") is None
