"""Innovations, sixth round on real news (issue 14): the domains of a national index, the publisher of an
international ranking, development indices and the headlines of linked articles are no region's innovations
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from spacy.language import Language


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


def test_speech_and_control_words_read_hostile_input_in_linear_time(nlp: Language) -> None:
    finder = nlp.get_pipe("smartcity_innovations")
    assert finder.spoken.match(" \t" * 25_000 + "x") is None
    assert finder.controlled.search("dikendalikan" + " " * 50_000 + "x") is None
