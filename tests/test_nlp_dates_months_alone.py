"""Dates: months written without their year, month ranges with both years, and a stretch of days written out."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.nlp.dates import find_dates


def event_dates(text: str, published: date | None = None) -> list[tuple[str, str]]:
    return [(v["iso_start"], v["iso_end"]) for _, _, v in find_dates(text, published) if v["kind"] == "event"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "bulan X": the year of the article's dates, or of its publication date
        ("Rapat koordinasi digelar Kamis, 4 April 2024. Tahap berikutnya dijadwalkan bulan september.", None,
         [("2024-04-04", "2024-04-04"), ("2024-09", "2024-09")]),
        ("Uji coba aplikasi antrean dilakukan bulan Maret oleh dinas.", date(2023, 5, 2), [("2023-03", "2023-03")]),
        # after "pada", "di", "sekitar": the year stated later in the sentence
        ("Pendampingan pertama dilakukan pada Mei dan yang penutup di Agustus 2021 di balai kota.", None,
         [("2021-05", "2021-05"), ("2021-08", "2021-08")]),
    ],
)
def test_a_month_written_alone_takes_the_articles_year(text: str, published: date | None,
                                                        expected: list[tuple[str, str]]) -> None:
    assert event_dates(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # counted from the article's latest dated day when it has no publication date
        ("Wali kota meninjau pusat data, Rabu (5/6/2024). Peluncuran aplikasi dijadwalkan pada Oktober mendatang.", None,
         [("2024-06-05", "2024-06-05"), ("2024-10", "2024-10")]),
        # ... into the next year when the month comes before that day's month
        ("Sekda membuka lokakarya, Jumat (6/12/2024). Laporan akhir diserahkan bulan Februari mendatang.", None,
         [("2024-12-06", "2024-12-06"), ("2025-02", "2025-02")]),
        # from the publication date when there is one
        ("Penyusunan dokumen ditargetkan rampung Juli mendatang.", date(2022, 11, 20), [("2023-07", "2023-07")]),
    ],
)
def test_a_month_called_coming_is_the_next_such_month(text: str, published: date | None,
                                                      expected: list[tuple[str, str]]) -> None:
    assert event_dates(text, published) == expected


def test_a_month_called_coming_counts_from_a_weekday_dated_day() -> None:
    # no year is written with the day: the one stated year its weekday fits gives it, and "Maret mendatang" follows
    text = "Program tahun 2023 dievaluasi Kamis (16/11). Tahap akhir digelar pada bulan Maret mendatang di kantor bupati."
    found = find_dates(text, None)
    months = [v for _, _, v in found if v["granularity"] == "month"]
    assert [(v["iso_start"], v["kind"]) for v in months] == [("2024-03", "event")]


@pytest.mark.parametrize(
    "text",
    [
        "Menurut Juni, warga desa itu, layanan sudah membaik.",  # a person called Juni
        "Acara dibuka oleh Kepala Dinas Kominfo Agustus Salim.",  # and one called Agustus
        "Rekap data Jun dan Des tercatat di laporan.",  # short forms never stand alone
        "Pameran kota cerdas di Jakarta Oktober mendatang diikuti banyak daerah.",  # the coming month names an event
    ],
)
def test_a_month_name_alone_without_its_cue_words_is_no_date(text: str) -> None:
    assert event_dates(text, date(2022, 8, 1)) == []


def test_a_month_already_given_with_its_days_adds_nothing() -> None:
    text = ("Tim penilai datang pada 12-14 Juni 2023. Persiapan terus dikebut menjelang kunjungan pada Juni "
            "mendatang.")
    assert event_dates(text) == [("2023-06-12", "2023-06-14")]


def test_a_month_range_with_both_years_written_is_one_range() -> None:
    text = "Data kunjungan dihimpun dari bulan Februari 2020 hingga November 2020 oleh dinas pariwisata."
    assert event_dates(text) == [("2020-02", "2020-11")]
    # a first year after the last one is no range
    assert ("2021-03", "2020-05") not in event_dates("Periode Maret 2021 - Mei 2020 keliru ditulis.")


def test_a_stretch_whose_days_are_written_out_is_the_range_as_written() -> None:
    # "selama dua hari, mulai X dan Y": the two written days, once, not X stretched to X..Y plus Y alone
    text = "Pelatihan operator berlangsung selama dua hari, mulai Rabu (8/5/2024) dan Kamis (9/5/2024) di aula."
    assert event_dates(text) == [("2024-05-08", "2024-05-09")]
    # without the second day written, the stretch still counts its days
    text = "Pelatihan operator berlangsung selama dua hari, mulai Rabu (8/5/2024) di aula dinas."
    assert event_dates(text) == [("2024-05-08", "2024-05-09")]


def test_hostile_input_is_read_in_one_pass() -> None:
    # month names, cue words and digits repeated with no year: the grammar stays linear
    hostile = ("bulan pada Juni dan di Juli mendatang sekitar bulan " * 1000)[:50_000]
    # with no year in the text and no publication date, a month alone dates nothing
    assert find_dates(hostile, None) == []
    # with a publication date, each month takes its year from outside the text
    found = find_dates(hostile, date(2024, 1, 1))
    assert len(found) == hostile.count("Juni") + hostile.count("Juli")
    assert {(v["iso_start"], v["outside"]) for _, _, v in found} == {("2024-06", True), ("2024-07", True)}
    # only the last "Januari" has a year after it
    found = find_dates(("Januari " * 7000)[:50_000] + "2020", None)
    assert [(v["iso_start"], v["text"]) for _, _, v in found] == [("2020-01", "Januari 2020")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the anniversary of independence states the year of a weekday dateline written without one
        ("Pawai budaya memeriahkan HUT ke-76 RI di pusat kota, Selasa (17/8).", [("2021-08-17", "2021-08-17")]),
        ("Upacara Hari Ulang Tahun Ke-79 Kemerdekaan Republik Indonesia digelar Sabtu (17/8) di lapangan.",
         [("2024-08-17", "2024-08-17")]),
        ("Lomba rakyat HUT Kemerdekaan RI ke-75 berlangsung Senin (17/8).", [("2020-08-17", "2020-08-17")]),
        # without its number the anniversary says nothing of the year
        ("Lomba rakyat HUT RI berlangsung Senin (17/8).", []),
    ],
)
def test_an_independence_anniversary_states_the_year_of_a_weekday_dateline(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert event_dates(text) == expected


def test_hostile_anniversary_input_is_read_in_one_pass() -> None:
    # a number of one digit is no anniversary of independence: the weekday dateline keeps no year and dates nothing
    assert find_dates(("HUT ke-7 Hari Ulang Tahun Kemerdekaan RI ke- " * 2000)[:50_000] + " Senin (17/8)", None) == []


def test_a_short_year_of_a_numeric_date_dates_the_articles_other_weekday_days() -> None:
    text = "Tim asesor mulai bekerja Senin (5/10). Hasilnya dipaparkan kepala dinas, Jumat (16/10/20)."
    assert event_dates(text) == [("2020-10-05", "2020-10-05"), ("2020-10-16", "2020-10-16")]
