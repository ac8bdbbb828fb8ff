"""Dates on real news (audit of ranges, year-less days, month-level dates and page chrome): one test per error
class, in sentences written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.nlp.dates import find_dates


def events(text: str, published: date | None = None) -> list[tuple[str, str]]:
    return [(v["iso_start"], v["iso_end"]) for _, _, v in find_dates(text, published)
            if v["kind"] == "event" and not v.get("outside")]


# Class 1: two days joined by "dan" that do not follow each other are two dates, not the days between them.
@pytest.mark.parametrize(("text", "expected"), [
    ("Rapat digelar pada 10 dan 12 Oktober 2022 di dua tempat.", [("2022-10-10", "2022-10-10"),
                                                                  ("2022-10-12", "2022-10-12")]),
    ("Kunjungan digelar tanggal 3 Juli dan 5 Juli 2023 di dua kecamatan.", [("2023-07-03", "2023-07-03"),
                                                                            ("2023-07-05", "2023-07-05")]),
    # two days in a row stay one range
    ("Asesmen dilaksanakan 10 dan 11 Oktober 2022 secara daring.", [("2022-10-10", "2022-10-11")]),
])
def test_days_joined_by_dan_are_one_range_only_in_a_row(text: str, expected: list[tuple[str, str]]) -> None:
    assert events(text) == expected


# Class 2: the days listed before a day share its month and year ("5, 6 dan 7 Juli 2022").
@pytest.mark.parametrize(("text", "expected"), [
    ("Pelatihan digelar 5, 6 dan 7 Juli 2022 di gedung serbaguna.", [("2022-07-05", "2022-07-07")]),
    ("Pameran digelar 12, 13, dan 14 Mei 2023 di alun-alun.", [("2023-05-12", "2023-05-14")]),
    ("Rapat digelar pada 3, 5 dan 7 Juli 2022 di tiga kecamatan.", [("2022-07-03", "2022-07-03"),
                                                                    ("2022-07-05", "2022-07-05"),
                                                                    ("2022-07-07", "2022-07-07")]),
    ("Rapat digelar pada 3, 4 dan 7 Juli 2022 di aula.", [("2022-07-03", "2022-07-04"), ("2022-07-07", "2022-07-07")]),
    # a score before a date lists no day
    ("Nilainya 3,12 Mei 2023 diumumkan.", [("2023-05-12", "2023-05-12")]),
])
def test_listed_days_take_the_month_of_the_last(text: str, expected: list[tuple[str, str]]) -> None:
    assert events(text) == expected


def test_a_listed_day_s_evidence_is_its_own_digits() -> None:
    text = "Rapat digelar pada 05, 09 dan 12 Juli 2022 di aula."
    found = [(text[a:b], v["text"]) for a, b, v in find_dates(text, None) if v["kind"] == "event"]
    assert found == [("05", "05"), ("09", "09"), ("12 Juli 2022", "12 Juli 2022")]


# Class 3: "tahun" between a date and its year ("17 Agustus tahun 2023", "awal bulan Maret tahun 2019").
@pytest.mark.parametrize(("text", "expected"), [
    ("Peluncuran digelar pada 17 Agustus tahun 2023, setelah uji coba tahun 2022.", [("2023-08-17", "2023-08-17")]),
    ("Rapat digelar 5 - 6 Mei tahun 2022, dan evaluasi pada 2023.", [("2022-05-05", "2022-05-06")]),
    ("Sosialisasi berlangsung awal bulan Maret tahun 2019, sedangkan evaluasi pada 2020.", [("2019-03", "2019-03")]),
])
def test_the_word_tahun_before_the_year_of_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert events(text) == expected


# Class 4: two months joined by a range word are one range, across a year end too.
@pytest.mark.parametrize(("text", "expected"), [
    ("Bimtek diikuti pada akhir Desember 2022 hingga awal Januari 2023 oleh semua dinas.", [("2022-12", "2023-01")]),
    ("Evaluasi berlangsung Desember 2022 hingga Februari 2023 secara bertahap.", [("2022-12", "2023-02")]),
])
def test_months_joined_by_a_range_word_are_one_range(text: str, expected: list[tuple[str, str]]) -> None:
    assert events(text) == expected


# Class 5: a day whose weekday fits the year the text states is dated, though the article went out the next year.
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Capaian program sepanjang 2022 dibahas dalam rapat Rabu (28/12) di kantor dinas.", date(2023, 1, 5),
     [("2022-12-28", "2022-12-28")]),
    ("Laporan kinerja 2022 disampaikan Jumat (30/12) kepada tim penilai.", date(2023, 1, 3),
     [("2022-12-30", "2022-12-30")]),
    # without a weekday, the year comes from the publication alone: left out
    ("Penilaian digelar di Tangerang, 2-3 Mei lalu, seperti tahun 2019.", date(2020, 2, 11), []),
])
def test_a_weekday_fitting_a_stated_year_dates_the_day(text: str, published: date,
                                                       expected: list[tuple[str, str]]) -> None:
    assert events(text, published) == expected


# Class 6: more words of a page's stamp line (data/stamp_line_words.txt).
@pytest.mark.parametrize("stamp", ["Tanggal terbit 12 Mei 2023", "Ditulis pada 12 Mei 2023",
                                   "Update: 12/05/2023", "Terbit: 12/05/2023",
                                   "Jumat, 12 Mei 2023 · 3 menit baca"])
def test_stamp_line_words_make_a_publication_line(stamp: str) -> None:
    assert events(f"{stamp}\nEvaluasi digelar 10 Mei 2023 di kantor dinas.") == [("2023-05-10", "2023-05-10")]


@pytest.mark.parametrize("headline", ["Aplikasi Sipandu Dirilis 12 Mei 2023", "Film Profil Kota Tayang 12 Mei 2023"])
def test_a_headline_s_event_verb_is_no_stamp_word(headline: str) -> None:
    # "dirilis" and "tayang" tell an event as often as a page's release: the headline keeps its event's date
    assert events(f"{headline}\nPemkot Contoh menggelar acara itu di balai kota.") == [("2023-05-12", "2023-05-12")]


# Class 7: a link heading alone on its line ("BERITA TERKAIT", "Baca Juga:") links the line below.
@pytest.mark.parametrize("heading", ["BERITA TERKAIT", "Baca Juga:", "Artikel Terkait", "BACA JUGA", "Berita Lainnya"])
def test_the_line_under_a_link_heading_links_another_story(heading: str) -> None:
    text = (f"Evaluasi digelar 10 Mei 2023 di kantor dinas.\n{heading}\nDaerah Lain Dinilai 3 April 2023\n\n"
            "Tim asesor memberi catatan.")
    assert events(text) == [("2023-05-10", "2023-05-10")]


def test_the_audit_patterns_read_hostile_input() -> None:
    from extractor.nlp.dates import BYLINE_LINE, DAY_BEFORE
    assert DAY_BEFORE.search("1, " * 20_000 + "x") is None
    assert BYLINE_LINE.search("terbi " * 10_000) is None
    # the last day before the month is a day of its own
    found = find_dates("1, " * 17_000 + "7 Juli 2022", None)
    assert [(v["iso_start"], v["text"]) for _, _, v in found] == [("2022-07-01", "1"), ("2022-07-07", "7 Juli 2022")]
    # the line under a link heading links another story
    assert find_dates("BERITA TERKAIT\n" * 3_500 + "5 dan 7 Juli 2022", None) == []
    found = find_dates("BACA JUGA\n" + "- 1 Mei 2023\n" * 3_500, None)
    assert {(v["iso_start"], v["iso_end"]) for _, _, v in found} == {("2023-05-01", "2023-05-01")}
