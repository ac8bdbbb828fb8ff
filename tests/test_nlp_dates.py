"""Dates: Indonesian date expressions normalised to ISO dates, with granularity and kind."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from extractor.nlp import analyse, load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def dates(nlp: Language, text: str, published: date | None = None) -> list[dict[str, Any]]:
    doc = analyse(text, published, nlp=nlp)
    return [dict(s._.value, span_text=s.text) for s in doc.spans["dates"]]


def events(nlp: Language, text: str, published: date | None = None) -> list[tuple[str, str, str]]:
    return [
        (d["iso_start"], d["iso_end"], d["granularity"])
        for d in dates(nlp, text, published)
        if d["kind"] == "event"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bimtek berlangsung 18 – 20 Juni 2019 di aula dinas.", ("2019-06-18", "2019-06-20")),
        ("Bimtek berlangsung 18 - 20 Juni 2019 di aula dinas.", ("2019-06-18", "2019-06-20")),
        ("Asesmen digelar 2-3 Mei 2017 di balai kota.", ("2017-05-02", "2017-05-03")),
        ("Evaluasi dilaksanakan 21 dan 22 Februari 2022 secara daring.", ("2022-02-21", "2022-02-22")),
        ("Pelatihan berlangsung 18 hingga 20 Juni 2019 di hotel.", ("2019-06-18", "2019-06-20")),
        ("Kunjungan berlangsung 30 Juni - 2 Juli 2019 di Bali.", ("2019-06-30", "2019-07-02")),
        # across the year end: each side's own year, and a missing first year is the year before the second's
        ("Evaluasi berlangsung 28 Desember 2019 – 3 Januari 2020 di Jakarta.", ("2019-12-28", "2020-01-03")),
        ("Evaluasi berlangsung 28 Desember – 3 Januari 2020 di Jakarta.", ("2019-12-28", "2020-01-03")),
        ("Penandatanganan dilakukan 5 Mei 2017 di kantor bupati.", ("2017-05-05", "2017-05-05")),
    ],
)
def test_day_ranges_and_days(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert events(nlp, text) == [(*expected, "day")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Rapat digelar Selasa (25/2/2020) di ruang rapat.", None, "2020-02-25"),
        ("Rapat digelar Senin (3/6) di ruang rapat.", date(2019, 6, 5), "2019-06-03"),
        ("Rapat digelar Kamis (12/9) di ruang rapat.", date(2021, 9, 13), "2021-09-12"),
        # a space typed beside a slash inside the brackets
        ("Wali kota membuka bimtek di aula rumah dinas, Senin, (3 /7/2023).", None, "2023-07-03"),
    ],
)
def test_numeric_dates_read_day_first(
    nlp: Language, text: str, published: date | None, expected: str
) -> None:
    assert events(nlp, text, published) == [(expected, expected, "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Evaluasi tahap dua dimulai awal Maret 2019.", "2019-03"),
        ("Penilaian lapangan dijadwalkan minggu kedua November 2021.", "2021-11"),
        ("Rencana induk diserahkan akhir Agustus 2020.", "2020-08"),
    ],
)
def test_parts_of_a_month_have_month_granularity(nlp: Language, text: str, expected: str) -> None:
    assert events(nlp, text) == [(expected, expected, "month")]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (date(2019, 11, 2), "2019-10-07"),
        (date(2019, 3, 1), "2018-10-07"),
    ],
)
def test_past_date_without_year_takes_year_from_publication(
    nlp: Language, published: date, expected: str
) -> None:
    found = events(nlp, "Bimtek tahap pertama digelar 7 Oktober lalu di aula.", published)
    assert [start for start, _, _ in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Acara dimulai pukul 13.00 WIB di aula.",
        "Rapat dibuka pukul 09.30 oleh sekda.",
        "Nilai yang diraih mencapai 2,87 dari skala empat.",
        "Keputusan Nomor 265/Kominfo/05/2017 menjadi dasar program.",
        "Peserta berkumpul 13.00 WIB di lobi.",
    ],
)
def test_not_dates(nlp: Language, text: str) -> None:
    assert dates(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bimtek digelar 14 Agustus di aula dinas.",
        "Rapat digelar Senin (3/6) di ruang rapat.",
        "Penilaian lapangan dijadwalkan awal Maret mendatang.",
    ],
)
def test_no_year_and_no_publication_date_gives_no_event(nlp: Language, text: str) -> None:
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    "byline",
    [
        "Senin, 14 Agustus 2023 | 10:15 WIB",
        "Senin, 14 Agustus 2023 10:15 WIB",
    ],
)
def test_byline_is_publication_not_event(nlp: Language, byline: str) -> None:
    text = f"{byline}\nKota Malang menggelar bimtek pada 20 Juli 2023 di balai kota."
    found = dates(nlp, text)
    assert [(d["iso_start"], d["kind"]) for d in found] == [
        ("2023-08-14", "publication"),
        ("2023-07-20", "event"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Bimtek berlangsung 18 – 20 Juni 2019 di aula dinas.", None, "18 – 20 Juni 2019"),
        ("Rapat digelar Selasa (25/2/2020) di ruang rapat.", None, "Selasa (25/2/2020)"),
        ("Penilaian lapangan dijadwalkan minggu kedua November 2021.", None, "minggu kedua November 2021"),
        pytest.param("Rapat koordinasi digelar pada 12 Juni.", date(2020, 6, 20), "12 Juni"),
    ],
)
def test_date_text_is_the_expression(nlp: Language, text: str, published: date | None, expected: str) -> None:
    found = [d for d in dates(nlp, text, published) if d["kind"] == "event"]
    assert [(d["text"], d["span_text"]) for d in found] == [(expected, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one year the article states that fits the weekday written with the date
        ("Pada 2021 program berjalan. Evaluasi kedua digelar Senin (24/5) di balai kota.",
         [("2021-05-24", "2021-05-24", "day")]),
        ("Masterplan disusun pada 2018 dan 2021. Tim hadir lagi Senin (24/5).", [("2021-05-24", "2021-05-24", "day")]),
        # a weekday that fits no stated year, or two of them: the year is not certain, no date
        ("Program sejak Mei 2017. Bimtek kedua digelar Rabu (26/2) di aula.", [("2017-05", "2017-05", "month")]),
        ("Tahun 2019 dan 2024 penting. Evaluasi berlangsung Sabtu (1/6).", []),
        # without a weekday, only when the article states a single year
        ("Penandatanganan dilakukan (8/5) di Jakarta untuk program tahun 2018.", [("2018-05-08", "2018-05-08", "day")]),
        ("Program 2017 diperluas pada 2018. Penandatanganan dilakukan (8/5) di Jakarta.", []),
        # a time of day after the weekday, a weekday and a date without brackets
        ("Evaluasi berlangsung Rabu sore (5/10) secara daring pada tahun 2022.", [("2022-10-05", "2022-10-05", "day")]),
        ("Bimtek digelar Selasa, 30/11 di aula kantor bupati, rangkaian tahun 2021.",
         [("2021-11-30", "2021-11-30", "day")]),
        # a range without its year takes the year stated in the article
        ("Rapat 24 – 25 Mei di aula itu dibuka sekda pada hari pertama, Senin (24/5/2021), dengan sambutan.",
         [("2021-05-24", "2021-05-25", "day"), ("2021-05-24", "2021-05-24", "day")]),
    ],
)
def test_a_date_without_its_year_takes_a_certain_year_from_the_article(
        nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert events(nlp, text) == expected


def test_the_weekday_moves_a_date_to_the_year_before_publication(nlp: Language) -> None:
    # 29 December 2022 was a Thursday; 29 December 2023 is after publication and a Friday
    assert events(nlp, "Evaluasi tahap II berlangsung Kamis (29/12).", date(2023, 1, 3)) == [
        ("2022-12-29", "2022-12-29", "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Asesmen dilakukan pada 2–3/5/2017 di Jakarta.", ("2017-05-02", "2017-05-03")),
        ("Evaluasi berlangsung Rabu 12 sampai dengan Jumat, 14 Desember 2018.", ("2018-12-12", "2018-12-14")),
        ("Bimtek digelar Senin 3 hingga Selasa 4 Juli 2023 di Palu.", ("2023-07-03", "2023-07-04")),
        # "tanggal" before a range across months, with the year on both ends or only on the last
        ("Penilaian dijadwalkan tanggal 28 September 2020 sampai dengan 1 Oktober 2020 secara daring.",
         ("2020-09-28", "2020-10-01")),
        ("Mulai tanggal 16 Agustus – 18 September 2022 ada evaluasi.", ("2022-08-16", "2022-09-18")),
        # a weekday before each end of a range across months
        ("Bimtek berlangsung Kamis 30 November 2023 hingga Jumat 1 Desember 2023 di Sorong.",
         ("2023-11-30", "2023-12-01")),
        # two numeric dates joined by a range word
        ("Tinjauan lapangan digelar Selasa (08/06/2021) hingga Rabu (09/06/2021) secara daring.",
         ("2021-06-08", "2021-06-09")),
        # a space inside the brackets, a two-digit year
        ("Bimtek digelar di aula kantor bupati, Rabu ( 11/08/22) pagi.", ("2022-08-11", "2022-08-11")),
    ],
)
def test_ranges_with_weekdays_or_numeric_months(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert [(s, e) for s, e, _ in events(nlp, text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a two-digit year with a one-digit month
    ("Bimtek dibuka di aula kantor bupati, Senin (30/7/18) pagi.", "2018-07-30"),
    # no year: the one stated year the weekday fits (not the past years the text lists)
    (("Bimtek dibuka wali kota, Senin (13/06). Pendampingan diberikan tahun 2019 dan 2021. Untuk tahun 2022 ini "
      "bimtek digelar empat kali."), "2022-06-13"),
])
def test_a_day_and_month_in_brackets_with_a_short_or_no_year(nlp: Language, text: str, expected: str) -> None:
    assert (expected, expected, "day") in events(nlp, text)


def test_a_yearless_range_in_brackets_takes_the_year_of_the_full_dates(nlp: Language) -> None:
    text = "Program digagas tahun 2017. Evaluasi dibuka Senin (24/5/2021). Dua hari ke depan (24 – 25 Mei) tim menilai."
    assert ("2021-05-24", "2021-05-25", "day") in events(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Rapat digelar kemarin.", "2023-03-13"),
    ("Rapat digelar Senin lalu.", "2023-03-13"),
    ("Rapat digelar Selasa lalu.", "2023-03-07"),
    ("Rapat digelar tiga hari yang lalu.", "2023-03-11"),
    ("Rapat digelar hari ini.", "2023-03-14"),
    ("Rapat digelar bulan lalu.", "2023-02"),
    # the weekday of the week before the article's (14 March 2023 is a Tuesday)
    ("Rapat digelar Rabu pekan lalu.", "2023-03-08"),
    ("Rapat digelar Senin minggu lalu.", "2023-03-06"),
    # a part of the article's own day
    ("Rapat digelar tadi pagi.", "2023-03-14"),
    ("Rapat digelar siang tadi.", "2023-03-14"),
    ("Rapat digelar sehari lalu.", "2023-03-13"),
])
def test_relative_dates_count_back_from_the_publication_date(nlp: Language, text: str, expected: str) -> None:
    found = [d for d in dates(nlp, text, date(2023, 3, 14)) if d["kind"] == "relative"]
    assert [d["iso_start"] for d in found] == [expected]


@pytest.mark.parametrize("text", ["Rapat digelar tadi malam.", "Malam tadi, rapat digelar di pendopo."])
def test_last_night_is_no_day_of_its_own(nlp: Language, text: str) -> None:
    # "tadi malam" is the night just past: the article's day when it went up late, the day before when it went up in
    # the morning; the date alone cannot tell which
    assert [d for d in dates(nlp, text, date(2023, 3, 14)) if d["kind"] == "relative"] == []


@pytest.mark.parametrize("text", ["Rapat digelar Jumat (10/3) kemarin.", "Rapat digelar tahun kemarin.",
                                  "Rapat digelar Maret kemarin."])
def test_kemarin_after_a_date_or_a_period_adds_no_relative_date(nlp: Language, text: str) -> None:
    assert [d for d in dates(nlp, text, date(2023, 3, 14)) if d["kind"] == "relative"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # 13 March 2020 was a Friday, 13 March 2016 a Sunday: the weekday picks the year, apostrophe as typeset
    ("Festival digelar sejak 2016. Acara dibuka Jum’at pagi (13/03) pada tahun 2020.", "2020-03-13"),
    ("Festival digelar sejak 2016. Acara dibuka Jum'at pagi (13/03) pada tahun 2020.", "2020-03-13"),
])
def test_friday_is_read_with_either_apostrophe(nlp: Language, text: str, expected: str) -> None:
    assert events(nlp, text) == [(expected, expected, "day")]


def test_a_relative_friday_with_a_typeset_apostrophe(nlp: Language) -> None:
    found = [d for d in dates(nlp, "Rapat digelar Jum’at lalu.", date(2023, 3, 14)) if d["kind"] == "relative"]
    assert [d["iso_start"] for d in found] == ["2023-03-10"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # 2019 is called past and no other year is stated: Friday 12 June is of the first year after it it fits
        ("Kota ini ikut program sejak 2019 lalu. Bimtek kedua digelar Jumat (12/6) di aula.",
         [("2020-06-12", "2020-06-12", "day")]),
        # without a weekday the one year not called past is the year
        ("Program dimulai sejak tahun 2019 silam dan diperluas tahun 2021. Penandatanganan dilakukan (8/3) di aula.",
         [("2021-03-08", "2021-03-08", "day")]),
        # "24 Maret 2020 lalu" says the date is past, not that 2020 is
        ("Indeks diluncurkan pada 24 Maret 2020 lalu. Malam anugerah digelar Kamis (13/8) di Jakarta.",
         [("2020-03-24", "2020-03-24", "day"), ("2020-08-13", "2020-08-13", "day")]),
    ],
)
def test_a_year_called_past_is_not_the_year_of_a_date_without_one(
        nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Pada penilaian Februari lalu, kota itu meraih nilai 3,1.", "2023-02"),
    ("Pada rapat bulan Januari yang lalu, dinas memaparkan program.", "2023-01"),
    # the month named is not yet past this year: the last one was a year before
    ("Pada lokakarya November lalu, dinas memaparkan program.", "2022-11"),
])
def test_a_named_month_called_past_is_a_month_event_date(nlp: Language, text: str, expected: str) -> None:
    found = [d for d in dates(nlp, text, date(2023, 3, 14)) if d["kind"] == "event"]
    assert [(d["iso_start"], d["granularity"]) for d in found] == [(expected, "month")]


def test_a_named_month_after_sejak_starts_a_period_and_dates_nothing(nlp: Language) -> None:
    assert dates(nlp, "Tim menghimpun data sejak Februari lalu.", date(2023, 3, 14)) == []


@pytest.mark.parametrize("text, expected", [
    # a two-digit year without brackets, after a place name
    ("Evaluasi digelar di sebuah hotel di Denpasar 17/5/23 dan diikuti bupati.", "2023-05-17"),
    ("Rapat koordinasi berlangsung pada 3/11/21 di aula dinas.", "2021-11-03"),
])
def test_a_day_month_and_short_year_without_brackets(nlp: Language, text: str, expected: str) -> None:
    assert events(nlp, text) == [(expected, expected, "day")]


def test_a_letter_number_with_a_dash_is_no_short_dated_day(nlp: Language) -> None:
    assert events(nlp, "Surat bernomor B-12/05/22 dikirim ke daerah.") == []


def test_the_end_of_a_plan_period_does_not_date_a_day_without_its_year(nlp: Language) -> None:
    # 14 June is a Wednesday in 2023 and in 2028, a Friday in 2019: 2028 only ends the roadmap's period
    assert events(nlp, "Peta jalan 2019-2028 disusun. Tim asesor datang Rabu (14/6) ke balai kota.") == []
    assert events(nlp, "Peta jalan 2023-2028 disusun. Tim asesor datang Rabu (14/6) ke balai kota.") == [
        ("2023-06-14", "2023-06-14", "day")]


@pytest.mark.parametrize("text, kind", [
    # a short news line near the top that names a date and ends as a sentence is news, not the byline
    ("Kota Delta – Forum kota digital sudah digelar pada hari Senin (27/5) dan dibuka oleh Menteri.\nIsi berita.",
     "event"),
    ("Oleh Redaksi | Senin (27/5/2024)\nForum kota digital dibuka menteri.", "publication"),
])
def test_a_line_that_ends_as_a_sentence_is_no_byline(nlp: Language, text: str, kind: str) -> None:
    found = [d for d in dates(nlp, text, date(2024, 5, 29)) if d["iso_start"] == "2024-05-27"]
    assert [d["kind"] for d in found] == [kind]


def test_a_date_closing_a_short_header_cell_is_the_pages_stamp(nlp: Language) -> None:
    text = "Berita Kota Delta | 14/03/2023\n\nWali kota membuka forum kota cerdas, Senin (13/3/2023)."
    assert [(d["iso_start"], d["kind"]) for d in dates(nlp, text)] == [
        ("2023-03-14", "publication"), ("2023-03-13", "event")]


def test_the_dates_of_a_link_to_another_story_are_not_this_articles(nlp: Language) -> None:
    text = ("Kota Delta membuka forum kota cerdas, Senin (13/3/2023).\n"
            "Baca Juga: Tarif parkir naik mulai 1 April 2023, cek daftarnya\nForum diikuti semua dinas.")
    assert events(nlp, text) == [("2023-03-13", "2023-03-13", "day")]


def test_two_days_in_a_row_joined_by_dan_are_one_range(nlp: Language) -> None:
    assert events(nlp, "Evaluasi digelar Senin (4/9/2023) dan Selasa (5/9/2023) di balai kota.") == [
        ("2023-09-04", "2023-09-05", "day")]
    assert events(nlp, "Bimtek digelar Senin (4/9/2023) dan Jumat (8/9/2023) di balai kota.") == [
        ("2023-09-04", "2023-09-04", "day"), ("2023-09-08", "2023-09-08", "day")]


def test_a_range_of_months_starts_at_its_first(nlp: Language) -> None:
    assert events(nlp, "Pendampingan masterplan berlangsung Mei hingga Agustus 2021.") == [
        ("2021-05", "2021-08", "month")]


def test_a_day_of_last_year(nlp: Language) -> None:
    text = "Kota Delta | Dibaca 210 kali | Kamis, 9 Maret 2023\nPenghargaan itu diraih pada 14 Desember tahun lalu."
    assert events(nlp, text) == [("2022-12-14", "2022-12-14", "day")]


def test_the_year_the_weekdays_fit_dates_the_days_written_without_one(nlp: Language) -> None:
    # 13 April is a Friday in 2018 (not in 2017): both years are named, the weekday tells
    text = ("Program berjalan sejak 2017. Di tahun 2018 kabupaten itu dinilai pada 6 Maret. Hal itu disampaikan "
            "kepala dinas, Jumat (13/4). Tanggal 8 Mei akan digelar penandatanganan nota kesepahaman.")
    assert events(nlp, text) == [("2018-03-06", "2018-03-06", "day"), ("2018-04-13", "2018-04-13", "day"),
                                 ("2018-05-08", "2018-05-08", "day")]


@pytest.mark.parametrize("text", [
    "Semua kuesioner harus diselesaikan sebelum 28 Juni 2024.",
    "Diharapkan akhir November 2024 masterplan bisa selesai.",
    "Target kita, bulan Oktober 2024 nanti, dokumen sudah disahkan.",
])
def test_a_date_to_finish_before_or_hoped_for_dates_no_event(nlp: Language, text: str) -> None:
    assert events(nlp, text) == []
    assert [d["kind"] for d in dates(nlp, text)] == ["target"]


@pytest.mark.parametrize("text, expected", [
    ("Bimtek kedua dibuka Kamis (5/9/2019). Bimtek pertama digelar bulan Juli lalu.", ["2019-07"]),
    # the last such month before the article's latest full date, which may be of the year before
    ("Evaluasi digelar Senin (3/2/2025). Tahap pertama berlangsung Oktober lalu.", ["2024-10"]),
    # only a named month: "kemarin" or "Senin lalu" need the article's own date
    ("Evaluasi digelar Senin (3/2/2025). Tim datang kemarin.", []),
])
def test_a_named_past_month_without_the_articles_date_counts_back_from_its_latest_date(
        nlp: Language, text: str, expected: list[str]) -> None:
    found = [d["iso_start"] for d in dates(nlp, text) if d["granularity"] == "month" or d["kind"] == "relative"]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the month first in brackets, as a page's English date stamp writes it after the weekday
    ("Bimtek tahap II digelar di aula dinas kesehatan, Rabu (September 29, 2021).", "2021-09-29"),
    ("Evaluasi berlangsung di ruang command center pada Selasa (November 9, 2021) pagi.", "2021-11-09"),
    ("Penandatanganan nota kesepahaman dilakukan secara daring, kamis (apr 7, 2022).", "2022-04-07"),
    ("Rapat koordinasi smart city digelar (Agustus 18, 2021) di balai kota.", "2021-08-18"),
])
def test_a_day_written_month_first_in_brackets(nlp: Language, text: str, expected: str) -> None:
    assert events(nlp, text) == [(expected, expected, "day")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Bimtek dibuka di Aula Bappeda, Jumat 7 Mai 2021.", ("2021-05-07", "2021-05-07", "day")),
    ("Rapat itu berlangsung pada 12 Febuari 2020 di kantor bupati.", ("2020-02-12", "2020-02-12", "day")),
])
def test_months_spelt_other_ways(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert events(nlp, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # 16 November was a Thursday in 2017 and in 2023: the year its sentence states decides
    ("Program ini dimulai sejak 2017. Pemkab Tapin mengikuti evaluasi tahap II tahun 2023, Kamis (16/11), di pendopo.",
     "2023-11-16"),
    ("Kota Pariaman ikut sejak 2018. Evaluasi tahap I smart city tahun 2024 digelar di Pendopo, Kamis (16/5).",
     "2024-05-16"),
])
def test_a_weekday_fitting_several_years_takes_the_year_of_its_sentence(nlp: Language, text: str,
                                                                        expected: str) -> None:
    assert [start for start, _, granularity in events(nlp, text) if granularity == "day"] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Penghargaan diterima di Jakarta, Rabu (6/11/2019). Sehari sebelumnya, bupati tampil di depan juri.",
     "2019-11-05"),
    ("Bimtek digelar Senin (8/7/2019). Keesokan harinya, bupati meneken nota kesepahaman.", "2019-07-09"),
    ("Evaluasi berlangsung 3-4 Juni 2024, dan sehari kemudian tim meninjau command center.", "2024-06-05"),
])
def test_the_day_next_to_the_last_one_named(nlp: Language, text: str, expected: str) -> None:
    found = [d for d in dates(nlp, text) if d["kind"] == "relative"]
    assert [(d["iso_start"], d["granularity"]) for d in found] == [(expected, "day")]


def test_no_day_named_before_leaves_the_next_day_unknown(nlp: Language) -> None:
    assert not [d for d in dates(nlp, "Sehari sebelumnya, bupati tampil di depan juri.") if d["kind"] == "relative"]


def test_the_next_day_pattern_reads_long_hostile_runs() -> None:
    from extractor.nlp.dates import NEXT_TO

    assert NEXT_TO.search("sehari " * 10_000 + "x" * 50_000) is None


@pytest.mark.parametrize(("text", "expected"), [
    # a day that ends or starts a stated stretch of days ("selama N hari")
    ("Tim penilai berada di Kota Bitung selama tiga hari yang berakhir Sabtu (9/3/2024).",
     [("2024-03-07", "2024-03-09", "day")]),
    ("Rapat koordinasi digelar selama 2 hari hingga 12 Agustus 2021 di aula bappeda.",
     [("2021-08-11", "2021-08-12", "day")]),
    ("Pelatihan itu berlangsung selama dua hari, mulai Selasa (14/5/2019), diikuti seluruh OPD.",
     [("2019-05-14", "2019-05-15", "day")]),
    # guard: without "selama" the day stays a day
    ("Bimtek berlangsung tiga hari hingga Rabu (14/8/2019).", [("2019-08-14", "2019-08-14", "day")]),
])
def test_a_day_ending_or_starting_a_stretch_of_days(nlp: Language, text: str,
                                                   expected: list[tuple[str, str, str]]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Evaluasi akan dilaksanakan pada bulan Maret dan Agustus 2021.",
     [("2021-03", "2021-03", "month"), ("2021-08", "2021-08", "month")]),
    ("Bimtek dijadwalkan Februari, Mei serta September 2023 di Kabupaten Sigi.",
     [("2023-02", "2023-02", "month"), ("2023-05", "2023-05", "month"), ("2023-09", "2023-09", "month")]),
    # (review) a month's letters ending another word name no month: "Umar", "ramai"
    ("Rapat dibuka Pak Umar dan November 2020 evaluasi dimulai.", [("2020-11", "2020-11", "month")]),
    ("Suasana ramai dan Desember 2021 bimtek digelar.", [("2021-12", "2021-12", "month")]),
])
def test_months_listed_before_a_month_and_year_share_it(nlp: Language, text: str,
                                                        expected: list[tuple[str, str, str]]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the year the text calls this one dates a day written without one
    (("Menurut dia, pada tahun 2018 ini Kota Palu terpilih, dan hingga 2020 ditargetkan 100 kota. Penandatanganan "
      "dijadwalkan 14 Juni mendatang."), [("2018-06-14", "2018-06-14", "day")]),
    ("Di 2023 ini sudah 50 daerah ikut. Target 2025 nanti seluruhnya. Rapat berikutnya 3 Oktober.",
     [("2023-10-03", "2023-10-03", "day")]),
])
def test_the_year_a_text_calls_this_one(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the weekday of a year-less range of days must fit the one year the text states
    ("Kegiatan berlangsung Rabu dan Kamis (9-10/6). Sebelumnya kota itu meraih penghargaan ASEAN 2019.", []),
    ("Kegiatan berlangsung Rabu dan Kamis (9-10/6). Sebelumnya kota itu meraih penghargaan ASEAN 2021.",
     [("2021-06-09", "2021-06-10", "day")]),
])
def test_the_weekday_of_a_year_less_range_must_fit(nlp: Language, text: str,
                                                    expected: list[tuple[str, str, str]]) -> None:
    assert events(nlp, text) == expected


def test_a_bracketed_link_inside_a_paragraph_dates_nothing(nlp: Language) -> None:
    text = "Rapat digelar Senin (4/3/2024). (Baca juga: Kota Palu raih penghargaan 5 Mei 2019) Rapat berlanjut."
    assert events(nlp, text) == [("2024-03-04", "2024-03-04", "day")]


def test_the_stretch_month_and_year_patterns_read_hostile_input() -> None:
    from extractor.nlp.dates import DAYS_UNTIL, MONTH_BEFORE, THIS_YEAR
    assert DAYS_UNTIL.search("selama dua hari " + " " * 50_000 + "x") is None
    assert MONTH_BEFORE.search("Juni " * 10_000 + "x") is None
    assert THIS_YEAR.search("2020 " * 10_000 + "x") is None


@pytest.mark.parametrize(("text", "expected"), [
    # the year after a dash instead of a slash
    ("Rombongan dinas berkunjung ke Kota Lumbara, Kamis (4/11-2021), untuk studi tiru.", "2021-11-04"),
    # a garbled year is read as none: the year comes from the article's full dates when the weekday fits it
    ("Rapat tahap I digelar Rabu (11/11/2020). Evaluasi dijadwalkan Jumat (13/11/202) mendatang.", "2020-11-13"),
    ("Penandatanganan kota cerdas 2017 berlangsung hari ini Senin (22/05/3017) di Rantepao.", "2017-05-22"),
])
def test_a_bracketed_day_with_a_garbled_year_separator_or_year(nlp: Language, text: str, expected: str) -> None:
    assert (expected, expected, "day") in events(nlp, text)


def test_a_dash_before_a_short_number_in_brackets_is_no_year(nlp: Language) -> None:
    # "(3/6-10)": the dash before a number of two digits writes no year, and such a bracket is read as no date
    assert events(nlp, "Tahun 2021 rapat digelar Kamis (3/6-10) di aula.") == []


def test_the_garbled_bracket_date_reads_hostile_input() -> None:
    from extractor.nlp.dates import GRAMMAR, find_dates

    assert GRAMMAR.search("(1/2-" * 10_000 + "x" * 50_000) is None
    assert len(find_dates("(12/11/" + "0" * 50_000 + ")", None)) == 0


def test_a_weekday_of_this_week_is_counted_from_the_article_date(nlp: Language) -> None:
    found = dates(nlp, "Rapat digelar Rabu ini, dan hujan kemarin tidak menghalangi.", date(2024, 3, 7))
    assert [(d["span_text"], d["iso_start"]) for d in found] == [("Rabu ini", "2024-03-06"), ("kemarin", "2024-03-06")]


def test_minggu_ini_is_this_week_and_no_sunday(nlp: Language) -> None:
    assert dates(nlp, "Hasil evaluasi diumumkan minggu ini.", date(2024, 3, 7)) == []


def test_the_relative_day_pattern_reads_long_hostile_runs() -> None:
    from extractor.nlp.dates import PERIOD_BEFORE, RELATIVE

    assert RELATIVE.search("Senin " * 10_000 + "x" * 50_000) is None
    assert RELATIVE.search("tadi " * 10_000 + "pagi" * 10_000 + "x" * 50_000) is None
    assert PERIOD_BEFORE.search("agu" * 20_000 + "x") is None
