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
