"""Stage 4, duplicates: text fingerprints, MinHash near-duplicates, and what the store does with each.

The store tests run on an in-memory SQLite database (StaticPool) with hand-made Extractions, so no NLP runs here.
"""

from __future__ import annotations

import pickle
import random
import zlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from fixtures.news import PAREPARE, SUMBAWA, WONOSOBO, WONOSOBO_SYNDICATED, Story, story_html
from sqlalchemy import delete, func
from sqlmodel import Session, select

from extractor.db.models import ArticleRow, FailureRow, MentionRow, MinhashBandRow, RawPage
from extractor.db.near_duplicates import near_duplicate_index, open_near_duplicate_index
from extractor.db.session import get_engine, open_session
from extractor.db.store import (
    StoreResult,
    counts,
    prepare,
    record_failure,
    store_extraction,
    store_prepared,
)
from extractor.dedupe import (
    band_hashes,
    lsh_layout,
    minhash_from_bytes,
    minhash_to_bytes,
    text_fingerprint,
    text_minhash,
)
from extractor.parse import parse_page
from extractor.records import Article, Extraction, Failure, Mention, Page
from extractor.settings import Settings

SETTINGS = Settings()
PERMS = SETTINGS.minhash_permutations


def article_of(story: Story, source: str, chrome: str = "portal", **html: object) -> tuple[Article, bytes]:
    raw = story_html(story, chrome, **html)
    return parse_page(Page(source=source, html=raw, item_id=source), SETTINGS), raw


# fingerprints and MinHash


@pytest.mark.parametrize(
    "variant",
    [
        WONOSOBO.body.upper(),
        "  " + WONOSOBO.body.replace(" ", "\n\n   ") + "\n",
        WONOSOBO.body.replace(",", "").replace(".", " . "),
    ],
)
def test_fingerprint_ignores_case_whitespace_and_punctuation(variant: str) -> None:
    assert text_fingerprint(variant) == text_fingerprint(WONOSOBO.body)


def test_fingerprint_tells_different_texts_apart() -> None:
    assert text_fingerprint(WONOSOBO.body) != text_fingerprint(WONOSOBO.body.replace("dua ribu", "tiga ribu"))


def test_minhash_survives_storage() -> None:
    minhash = text_minhash(WONOSOBO.body, PERMS)
    restored = minhash_from_bytes(minhash_to_bytes(minhash), PERMS)
    assert list(restored.hashvalues) == list(minhash.hashvalues)
    assert restored.jaccard(minhash) == 1.0


def test_syndicated_copy_is_similar_and_other_articles_are_not() -> None:
    original = text_minhash(WONOSOBO.body, PERMS)
    assert (
        original.jaccard(text_minhash(WONOSOBO_SYNDICATED.body, PERMS)) >= SETTINGS.near_duplicate_threshold
    )
    for other in (PAREPARE, SUMBAWA):
        assert original.jaccard(text_minhash(other.body, PERMS)) < 0.2


# the index in the database (minhash_band)


@pytest.fixture
def session() -> Iterator[Session]:
    engine = get_engine("sqlite://")  # in memory, one shared connection (StaticPool)
    with open_session(engine) as session:
        yield session
    engine.dispose()


def original(session: Session, article_id: int, text: str, settings: Settings = SETTINGS) -> None:
    """Store an article row and index it as an original."""
    minhash = text_minhash(text, settings.minhash_permutations)
    session.add(ArticleRow(id=article_id, key=str(article_id), source=str(article_id), text=text,
                           text_sha256=text_fingerprint(text), minhash=minhash_to_bytes(minhash)))
    session.flush()
    near_duplicate_index(settings).add(session, article_id, minhash.hashvalues)
    session.commit()


def test_index_finds_the_earliest_similar_original(session: Session) -> None:
    index = near_duplicate_index(SETTINGS)
    original(session, 7, PAREPARE.body)
    original(session, 3, WONOSOBO.body)
    original(session, 5, WONOSOBO.body + " Berita ini disiarkan ulang.")
    found = index.find(session, text_minhash(WONOSOBO_SYNDICATED.body, PERMS).hashvalues)
    assert found is not None
    assert found[0] == 3
    assert SETTINGS.near_duplicate_threshold <= found[1] <= 1.0
    assert index.find(session, text_minhash(SUMBAWA.body, PERMS).hashvalues) is None
    # only the originals between the bounds (as when copies stored by two runs at once are linked)
    assert index.find(session, text_minhash(WONOSOBO.body, PERMS).hashvalues, after=3)[0] == 5  # type: ignore
    assert index.find(session, text_minhash(WONOSOBO.body, PERMS).hashvalues, after=3, before=5) is None


def varied_texts(n: int, seed: int) -> list[str]:
    """Texts of a small vocabulary, many of them variants of an earlier one with some words changed, so that
    their similarities spread around the threshold."""
    rng = random.Random(seed)
    words = [f"kata{i}" for i in range(300)]
    texts: list[str] = []
    for _ in range(n):
        if texts and rng.random() < 0.7:
            text = rng.choice(texts).split()
            for _ in range(rng.randrange(1, 12)):
                text[rng.randrange(len(text))] = rng.choice(words)
        else:
            text = [rng.choice(words) for _ in range(120)]
        texts.append(" ".join(text))
    return texts


@pytest.mark.parametrize("colliding", [False, True], ids=["band-hashes", "colliding-band-hashes"])
def test_index_finds_what_datasketch_minhash_lsh_finds(session: Session, monkeypatch: pytest.MonkeyPatch,
                                                       colliding: bool) -> None:
    from datasketch import MinHashLSH

    if colliding:  # every band hash shared by many articles: the candidates are still those of equal bands
        monkeypatch.setattr("extractor.db.near_duplicates.band_hashes",
                            lambda values, layout: [h % 3 for h in band_hashes(values, layout)])
    threshold = SETTINGS.near_duplicate_threshold
    index = near_duplicate_index(SETTINGS)
    lsh = MinHashLSH(threshold=threshold, num_perm=PERMS)
    seen: dict[int, np.ndarray] = {}
    outcomes = []
    for article_id, text in enumerate(varied_texts(160, 4), start=1):
        minhash = text_minhash(text, PERMS)
        values = np.asarray(minhash.hashvalues, dtype=np.uint64)
        similar = [(i, float(np.count_nonzero(values == seen[i])) / len(values)) for i in lsh.query(minhash)]
        expected = min([(i, s) for i, s in similar if s >= threshold], default=None)
        assert index.find(session, minhash.hashvalues) == expected
        outcomes.append(expected is not None)
        if expected is None:
            lsh.insert(article_id, minhash)
            seen[article_id] = values
            original(session, article_id, text)
    assert 20 < sum(outcomes) < 140  # copies and originals both


def test_an_article_another_process_committed_is_a_candidate(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'news.db'}"
    index = near_duplicate_index(SETTINGS)
    with open_session(get_engine(url)) as first, open_session(get_engine(url)) as second:
        assert index.find(second, text_minhash(WONOSOBO_SYNDICATED.body, PERMS).hashvalues) is None
        original(first, 1, WONOSOBO.body)
        assert index.find(second, text_minhash(WONOSOBO_SYNDICATED.body, PERMS).hashvalues) is not None


def test_opening_the_index_fills_it_for_a_database_without_bands_and_for_another_threshold(session: Session) -> None:
    original(session, 1, WONOSOBO.body)
    original(session, 2, PAREPARE.body)
    session.execute(delete(MinhashBandRow))  # as a database upgraded from before the table
    session.commit()
    copy = text_minhash(WONOSOBO_SYNDICATED.body, PERMS).hashvalues
    assert near_duplicate_index(SETTINGS).find(session, copy) is None
    open_near_duplicate_index(session, SETTINGS)
    assert session.exec(select(func.count()).select_from(MinhashBandRow)).one() == 2 * lsh_layout(0.7, PERMS)[0]
    assert near_duplicate_index(SETTINGS).find(session, copy) is not None
    looser = replace(SETTINGS, near_duplicate_threshold=0.5)
    assert lsh_layout(0.5, PERMS) != lsh_layout(0.7, PERMS)
    open_near_duplicate_index(session, looser)
    bands = session.exec(select(MinhashBandRow.band).where(MinhashBandRow.article_id == 1)).all()
    assert len(bands) == lsh_layout(0.5, PERMS)[0]
    assert near_duplicate_index(looser).find(session, copy) is not None


# the store


def store(
    session: Session, article: Article, raw: bytes | None, mentions: tuple[Mention, ...] = ()
) -> StoreResult:
    index = open_near_duplicate_index(session, SETTINGS)
    return store_extraction(session, Extraction(article, mentions), raw, index, SETTINGS, "test")


def rows(session: Session) -> list[ArticleRow]:
    return list(session.exec(select(ArticleRow).order_by(ArticleRow.id)))  # type: ignore[arg-type]


def test_same_article_twice_is_stored_once(session: Session) -> None:
    article, raw = article_of(WONOSOBO, "a/wonosobo.html")
    first = store(session, article, raw, (Mention("region", "Wonosobo", 11, 19, "Wonosobo."),))
    again = store(session, article, raw, (Mention("region", "Wonosobo", 11, 19, "Wonosobo."),))
    assert first.outcome == "stored"
    assert again.outcome == "skipped"
    assert again.article_id == first.article_id
    assert counts(session) == {"articles": 1, "failed": 0, "duplicates": 0, "copies": 0, "mentions": 1}


def test_same_text_at_another_url_is_stored_once_and_recorded_as_a_copy(session: Session) -> None:
    article, raw = article_of(WONOSOBO, "a/wonosobo.html")
    copy, copy_raw = article_of(
        WONOSOBO,
        "b/salinan.html",
        chrome="koran",
        canonical="https://lain.example.id/salinan-wonosobo",
        site="Media Lain",
    )
    assert copy.text == article.text and copy.canonical_url != article.canonical_url
    assert store(session, article, raw).outcome == "stored"
    assert store(session, copy, copy_raw).outcome == "copy"
    assert store(session, copy, copy_raw).outcome == "skipped"
    assert len(rows(session)) == 1 and counts(session)["copies"] == 1


def test_the_article_of_the_same_text_comes_before_the_one_of_the_same_url(session: Session) -> None:
    article, raw = article_of(WONOSOBO, "a/wonosobo.html")
    other, other_raw = article_of(PAREPARE, "b/parepare.html")
    # the text of the first at the URL of the second: a copy of the first (the second would have it skipped)
    both, both_raw = article_of(WONOSOBO, "c/both.html", canonical=PAREPARE.canonical)
    first = store(session, article, raw)
    store(session, other, other_raw)
    result = store(session, both, both_raw)
    assert (result.outcome, result.article_id) == ("copy", first.article_id)


def test_same_normalised_url_is_stored_once(session: Session) -> None:
    article, raw = article_of(WONOSOBO, "a/wonosobo.html")
    updated = replace(
        WONOSOBO,
        paragraphs=(
            *WONOSOBO.paragraphs,
            "Berita ini diperbarui dengan tanggapan Bupati Wonosobo mengenai jadwal pengumuman hasil evaluasi.",
        ),
    )
    shared = "https://WARTADAERAH.example.id:443/daerah/2023/03/wonosobo-evaluasi-tahap-kedua?utm_source=wa#komentar"
    variant, variant_raw = article_of(updated, "b/wonosobo-utm.html", canonical=shared)
    assert variant.text != article.text
    assert variant.canonical_url == article.canonical_url
    assert store(session, article, raw).outcome == "stored"
    assert store(session, variant, variant_raw).outcome == "skipped"
    assert [r.key for r in rows(session)] == ["a/wonosobo.html"]


def test_near_duplicate_is_stored_and_linked_to_the_first_copy(session: Session) -> None:
    original, raw = article_of(WONOSOBO, "a/wonosobo.html")
    copy, copy_raw = article_of(WONOSOBO_SYNDICATED, "b/koran.html", chrome="koran")
    other, other_raw = article_of(PAREPARE, "c/parepare.html")
    first = store(session, original, raw)
    second = store(session, copy, copy_raw)
    third = store(session, other, other_raw)
    assert second.outcome == "near_duplicate"
    assert second.duplicate_of == first.article_id
    assert third.outcome == "stored"
    stored = {r.key: r for r in rows(session)}
    assert stored["b/koran.html"].duplicate_of == stored["a/wonosobo.html"].id
    assert stored["b/koran.html"].similarity is not None
    assert stored["b/koran.html"].similarity >= SETTINGS.near_duplicate_threshold
    assert stored["a/wonosobo.html"].duplicate_of is None
    assert stored["c/parepare.html"].duplicate_of is None
    assert counts(session)["duplicates"] == 1


def test_a_later_copy_links_to_the_original_not_to_another_copy(session: Session) -> None:
    original, raw = article_of(WONOSOBO, "a/wonosobo.html")
    copy, copy_raw = article_of(WONOSOBO_SYNDICATED, "b/koran.html", chrome="koran")
    again = replace(
        WONOSOBO_SYNDICATED,
        canonical="https://ketiga.example.id/wonosobo",
        paragraphs=(*WONOSOBO_SYNDICATED.paragraphs, "(Disiarkan ulang dari Koran Jateng.)"),
    )
    third, third_raw = article_of(again, "c/ketiga.html")
    first = store(session, original, raw)
    store(session, copy, copy_raw)
    result = store(session, third, third_raw)
    assert result.outcome == "near_duplicate"
    assert result.duplicate_of == first.article_id
    assert counts(session)["duplicates"] == 2


def test_raw_page_is_stored_compressed_under_its_sha256(session: Session) -> None:
    article, raw = article_of(PAREPARE, "a/parepare.html")
    store(session, article, raw)
    [page] = session.exec(select(RawPage)).all()
    assert page.sha256 == article.raw_sha256
    assert zlib.decompress(page.content) == raw
    assert len(page.content) < len(raw)
    assert page.size == len(raw) and page.is_html
    assert rows(session)[0].raw_sha256 == page.sha256


def test_a_later_success_clears_the_recorded_failure(session: Session) -> None:
    article, raw = article_of(PAREPARE, "a/parepare.html")
    record_failure(session, Failure("a/parepare.html", "fetch", "HTTP 503"))
    record_failure(session, Failure("a/parepare.html", "fetch", "HTTP 503, still"))  # updated, not added
    assert [f.reason for f in session.exec(select(FailureRow))] == ["HTTP 503, still"]
    store(session, article, raw)
    assert counts(session)["failed"] == 0


def test_an_item_now_recorded_as_a_copy_no_longer_counts_as_failed(session: Session) -> None:
    article, raw = article_of(PAREPARE, "a/parepare.html")
    copy, copy_raw = article_of(PAREPARE, "b/salinan.html", canonical="https://lain.example.id/parepare")
    store(session, article, raw)
    record_failure(session, Failure("b/salinan.html", "fetch", "connection refused"))  # an earlier run
    assert store(session, copy, copy_raw).outcome == "copy"
    assert counts(session)["failed"] == 0


def test_mentions_are_stored_once_per_span(session: Session) -> None:
    article, raw = article_of(WONOSOBO, "a/wonosobo.html")
    mention = Mention(
        "region",
        "Kabupaten Wonosobo",
        70,
        88,
        "Pemerintah Kabupaten Wonosobo menjalani evaluasi.",
        {"name": "Kabupaten Wonosobo"},
    )
    store(session, article, raw, (mention, mention, replace(mention, label="person")))
    stored = session.exec(select(MentionRow)).all()
    assert sorted(m.label for m in stored) == ["person", "region"]
    assert {m.version for m in stored} == {"test"}




def test_a_prepared_extraction_sent_between_processes_stores_the_same_rows(session: Session) -> None:
    article, raw = article_of(WONOSOBO, "a/wonosobo.html")
    mention = Mention("region", "Wonosobo", 11, 19, "Wonosobo.", {"name": "Kabupaten Wonosobo"})
    extraction = Extraction(article, (mention, mention), {"published": date(2023, 3, 2), "regions": ["Wonosobo"]})
    # what a worker sends back: pickled, as the process pool does
    prepared = pickle.loads(pickle.dumps(prepare(extraction, raw, SETTINGS)))
    assert prepared.mentions == [{"label": "region", "text": "Wonosobo", "start": 11, "end": 19,
                                  "sentence": "Wonosobo.", "value": {"name": "Kabupaten Wonosobo"}}]
    index = open_near_duplicate_index(session, SETTINGS)
    stored = store_prepared(session, prepared, index, "test")
    assert stored.outcome == "stored"
    [row] = rows(session)
    assert row.text_sha256 == text_fingerprint(article.text)
    assert row.minhash == minhash_to_bytes(text_minhash(article.text, PERMS))
    assert row.summary == {"published": "2023-03-02", "regions": ["Wonosobo"]}
    assert row.ingested_at is not None and row.extraction_version == "test"
    [page] = session.exec(select(RawPage)).all()
    assert zlib.decompress(page.content) == raw and page.size == len(raw) and page.is_html
    assert [(m.label, m.article_id, m.version) for m in session.exec(select(MentionRow))] == [
        ("region", row.id, "test")]
    bands = session.exec(select(MinhashBandRow.hash).where(MinhashBandRow.article_id == row.id)
                         .order_by(MinhashBandRow.band)).all()  # type: ignore[arg-type]
    assert list(bands) == band_hashes(np.frombuffer(row.minhash or b"", dtype=np.uint64), index.layout)
