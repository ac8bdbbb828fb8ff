"""A day written with its weekday but without a year ("Senin (7/8)") in an article with no date of its own takes
the year the page's address names ("/2017/08/slug") when the weekday fits it; the article's dates leave out such a
day, and any whose year neither the text nor its headline states (it came from the page's metadata or address): the
date span keeps it for the events (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from extractor.nlp.dates import find_dates
from extractor.records import Article
from extractor.summary import extract_article, url_years

TEXT = "Pemkab Sikka menggelar bimbingan teknis kota cerdas di aula kantor bupati, Senin (7/8)."


def days(text: str, years: frozenset[int]) -> list[str]:
    return [v["iso_start"] for _, _, v in find_dates(text, None, years) if v["kind"] == "event"]


def test_the_weekday_date_takes_the_year_of_the_address() -> None:
    assert days(TEXT, frozenset({2017})) == ["2017-08-07"]


def test_the_address_year_is_left_when_the_weekday_does_not_fit_it() -> None:
    assert days(TEXT, frozenset({2018})) == []  # 7 August 2018 is a Tuesday


def test_a_year_stated_in_the_text_wins_over_the_address() -> None:
    text = "Sejak 2023 program berjalan. Pemkab Sikka menggelar bimtek kota cerdas, Senin (7/8)."
    assert days(text, frozenset({2017})) == ["2023-08-07"]


def test_the_address_names_the_year_only_with_a_month() -> None:
    assert url_years("https://kabar.example/2017/08/bimtek-kota-cerdas/") == (2017,)
    assert url_years("https://kabar.example/berita/2017-bimtek-kota-cerdas") == ()
    assert url_years(None) == ()
    assert url_years("https://kabar.example/" + "2017/" * 10_000 + "x" * 50_000) == ()


def test_an_undated_article_reads_its_address_year(nlp: Language) -> None:
    # the date span takes the address's year (the events count from it), but the article's dates leave the day out:
    # its year is nowhere on the page (the gold's "a day whose year the text leaves open stays out")
    article = Article(id="t", source="t", url="https://kabar.example/2017/08/bimtek-kota-cerdas/", title=None,
                      text=TEXT)
    extraction = extract_article(article)
    assert [m.value["iso_start"] for m in extraction.mentions if m.label == "date"] == ["2017-08-07"]
    assert extraction.summary["dates"] == []


def outside(text: str, published: date | None, url: frozenset[int] = frozenset(),
            headline: frozenset[int] = frozenset()) -> list[tuple[str, bool]]:
    return [(v["iso_start"], bool(v.get("outside"))) for _, _, v in find_dates(text, published, url, headline)
            if v["kind"] == "event"]


def test_a_yearless_day_dated_by_metadata_alone_is_outside_the_text() -> None:
    # the page's metadata dates it 8 August 2017; the text states no year
    assert outside(TEXT, date(2017, 8, 8)) == [("2017-08-07", True)]
    # "Oktober lalu" counted from the metadata's date: no year of the text either
    assert outside("Wali kota Rendang meresmikan aplikasi itu Oktober lalu.", date(2021, 2, 3)) == [
        ("2020-10", True)]


def test_a_yearless_day_is_inside_when_the_page_states_the_year() -> None:
    # the body states the year, in words, as an anniversary or in another full date; or the headline does
    assert outside("Program kota cerdas Sikka berjalan sejak 2017. " + TEXT, date(2017, 8, 8)) == [
        ("2017-08-07", False)]
    assert outside("Bimtek dibuka bersamaan dengan HUT ke-72 RI, Senin (7/8).", date(2017, 8, 8)) == [
        ("2017-08-07", False)]
    assert outside(TEXT, date(2017, 8, 8), headline=frozenset({2017})) == [("2017-08-07", False)]
    # a date with its year written is never outside
    assert outside("Bimtek dibuka Senin (7/8/2017) di Maumere.", date(2017, 8, 8)) == [("2017-08-07", False)]


def test_the_address_year_alone_is_outside_the_text() -> None:
    assert outside(TEXT, None, url=frozenset({2017})) == [("2017-08-07", True)]


def test_the_summary_keeps_a_day_whose_year_the_headline_states(nlp: Language) -> None:
    article = Article(id="t", source="t", url="https://kabar.example/bimtek-kota-cerdas/", text=TEXT,
                      title="Sikka Gelar Bimtek Kota Cerdas 2017", published=date(2017, 8, 8))
    assert [d["start"] for d in extract_article(article).summary["dates"]] == ["2017-08-07"]
    untitled = Article(id="t", source="t", url="https://kabar.example/bimtek-kota-cerdas/", text=TEXT, title=None,
                       published=date(2017, 8, 8))
    assert extract_article(untitled).summary["dates"] == []
