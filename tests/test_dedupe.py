"""Stage 4, duplicates: text fingerprints, MinHash near-duplicates, and what the store does with each.

The store tests run on an in-memory SQLite database (StaticPool) with hand-made Extractions, so no NLP runs here.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import replace

import pytest
from fixtures.news import PAREPARE, SUMBAWA, WONOSOBO, WONOSOBO_SYNDICATED, Story, story_html
from sqlmodel import Session, select

from extractor.db.models import ArticleRow, FailureRow, MentionRow, RawPage
from extractor.db.session import get_engine, open_session
from extractor.db.store import (
    StoreResult,
    counts,
    load_near_duplicate_index,
    record_failure,
    store_extraction,
)
from extractor.dedupe import (
    NearDuplicateIndex,
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


def test_index_finds_the_earliest_similar_article() -> None:
    index = NearDuplicateIndex(SETTINGS.near_duplicate_threshold, PERMS)
    index.add(7, text_minhash(PAREPARE.body, PERMS))
    index.add(3, text_minhash(WONOSOBO.body, PERMS))
    index.add(5, text_minhash(WONOSOBO.body + " Berita ini disiarkan ulang.", PERMS))
    index.add(3, text_minhash(SUMBAWA.body, PERMS))  # adding an id twice keeps the first
    found = index.find(text_minhash(WONOSOBO_SYNDICATED.body, PERMS))
    assert found is not None
    assert found[0] == 3
    assert SETTINGS.near_duplicate_threshold <= found[1] <= 1.0
    assert index.find(text_minhash(SUMBAWA.body, PERMS)) is None


# the store


@pytest.fixture
def session() -> Iterator[Session]:
    engine = get_engine("sqlite://")  # in memory, one shared connection (StaticPool)
    with open_session(engine) as session:
        yield session
    engine.dispose()


def store(
    session: Session, article: Article, raw: bytes | None, mentions: tuple[Mention, ...] = ()
) -> StoreResult:
    index = load_near_duplicate_index(session, SETTINGS)
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


def test_indexing_an_article_leaves_the_refresh_watermark_to_the_database_load() -> None:
    # another process may commit an article with a lower id after ours; a refresh must still read it
    index = NearDuplicateIndex(0.7, 128)
    index.add(10, text_minhash("kalimat " * 20, 128))
    assert index.last_id == 0 and len(index) == 1
