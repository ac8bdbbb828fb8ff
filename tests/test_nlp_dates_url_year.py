"""A day written with its weekday but without a year ("Senin (7/8)") in an article with no date of its own takes
the year the page's address names ("/2017/08/slug") when the weekday fits it (sentences written for these
tests)."""

from __future__ import annotations

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
    article = Article(id="t", source="t", url="https://kabar.example/2017/08/bimtek-kota-cerdas/", title=None,
                      text=TEXT)
    summary = extract_article(article).summary
    assert [d["start"] for d in summary["dates"]] == ["2017-08-07"]
