"""`extractor reprocess`: the NLP again over the stored text, and with --reparse the parsing too, from the stored raw
HTML page (articles read from .txt or JSONL text have none and are extracted from their stored text)."""

from __future__ import annotations

import json
from pathlib import Path

from fixtures.news import write_batch
from fixtures.support import CliRun, ingest_cli, read_db, snapshot
from sqlalchemy import text

from extractor.db.session import get_engine

BROKEN = ("Teks ini rusak: sebuah salinan yang terpotong dan keliru dari artikel aslinya, tanpa daerah, tanpa "
          "penilai dan tanpa tanggal apa pun, cukup panjang untuk dianggap sebagai sebuah artikel berita.")


def _break_texts(db_url: str, *keys: str) -> None:
    """Overwrite the stored text and title of the articles, as a parser bug or a hand edit would have left them."""
    engine = get_engine(db_url)
    try:
        with engine.begin() as connection:
            for key in keys:
                connection.execute(text("UPDATE article SET text = :text, title = 'rusak' WHERE key = :key"),
                                   {"text": BROKEN, "key": key})
    finally:
        engine.dispose()


def test_reparse_restores_the_text_from_the_stored_raw_page(tmp_path: Path, cli: CliRun, db_url: str) -> None:
    sources = write_batch(tmp_path / "batch")  # two HTML pages stored, one .txt, one English page (fails)
    assert ingest_cli(cli, db_url, *sources).exit_code == 1
    ingested = read_db(db_url)
    _break_texts(db_url, "1-wonosobo", "3-parepare")

    plain = cli("reprocess", "--db", db_url, "--quiet")  # the NLP only: the stored text stays as it is
    assert plain.exit_code == 0, plain.output
    assert "reparsed" not in json.loads(plain.stdout)
    assert read_db(db_url).by_key("1-wonosobo").text == BROKEN

    result = cli("reprocess", "--db", db_url, "--reparse", "--quiet")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["reprocessed"], report["reparsed"], report["from_text"], report["failed"]) == (3, 2, 1, 0)
    assert "1 articles have no stored HTML page (read from .txt or JSONL text): reprocessed from their stored text" \
        in result.stderr

    again = read_db(db_url)
    wonosobo, original = again.by_key("1-wonosobo"), ingested.by_key("1-wonosobo")
    assert (wonosobo.text, wonosobo.title, wonosobo.text_sha256, wonosobo.minhash) == (
        original.text, original.title, original.text_sha256, original.minhash)
    # the .txt article has no HTML page to parse again: its stored text is what there is
    assert again.by_key("3-parepare").text == BROKEN
    parepare = [m for m in again.mentions if m.article_id == again.by_key("3-parepare").id]
    assert all(m.text == BROKEN[m.start:m.end] for m in parepare)
    # the re-parsed articles found again what ingest found in them
    mentions = [m for m in snapshot(again)["mentions"] if m[0] != "3-parepare"]
    assert mentions and mentions == [m for m in snapshot(ingested)["mentions"] if m[0] != "3-parepare"]


def test_reparse_keeps_an_article_stored_whatever_its_relevance(tmp_path: Path, cli: CliRun, db_url: str) -> None:
    page = tmp_path / "olahraga.html"
    page.write_text("<html><head><title>Persib menang</title></head><body><article>" + "".join(
        f"<p>Persib Bandung menang {n}-0 atas lawannya di stadion pada pekan ke-{n} liga, kata pelatih kepada "
        "wartawan seusai pertandingan yang ditonton ribuan suporter.</p>" for n in range(1, 6))
        + "</article></body></html>", encoding="utf-8")
    assert ingest_cli(cli, db_url, page, "--min-relevance", "0").exit_code == 0
    result = cli("reprocess", "--db", db_url, "--reparse", "--quiet")
    assert result.exit_code == 0, result.output
    assert (json.loads(result.stdout)["reparsed"], len(read_db(db_url).articles)) == (1, 1)
