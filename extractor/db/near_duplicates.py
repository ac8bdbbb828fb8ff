"""Near-duplicate look-ups in the database: the LSH bands of every stored original article (not a near-duplicate)
are rows of minhash_band, written in the article's own transaction.

An article's candidates are the originals with one of its band hashes (an indexed look-up); a candidate counts when
one of its bands holds the same hash values (a collision of the 64-bit band hashes is no candidate) and its
estimated Jaccard similarity reaches the threshold. That finds what an in-memory datasketch MinHashLSH of the same
originals finds, while the memory of a run does not grow with the database, and every run, process and machine
sees the originals the others committed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
from sqlalchemy import delete, insert
from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from extractor.db.models import ArticleRow, MinhashBandRow
from extractor.db.session import write_lock
from extractor.dedupe import band_hashes, lsh_layout, shares_band, similarity
from extractor.settings import Settings

log = logging.getLogger(__name__)

# stored originals whose bands are written at once when the table is filled
FILL_CHUNK = 1000


@dataclass(frozen=True)
class NearDuplicateIndex:
    """Finds the stored original an article copies, and indexes a new original, through minhash_band."""

    threshold: float
    layout: tuple[int, int]  # (bands, hash values per band), as datasketch's MinHashLSH chooses them

    def find(self, session: Session, values: np.ndarray, after: int = 0, before: int | None = None
             ) -> tuple[int, float] | None:
        """The earliest stored original (with an id above `after` and below `before`) whose similarity to the hash
        values reaches the threshold, with that similarity."""
        query = (
            sa_select(ArticleRow.id, ArticleRow.minhash)  # type: ignore[call-overload]
            .where(col(ArticleRow.id).in_(
                sa_select(MinhashBandRow.article_id).where(  # type: ignore[call-overload]
                    col(MinhashBandRow.hash).in_(band_hashes(values, self.layout)),
                    col(MinhashBandRow.article_id) > after)))
            .where(col(ArticleRow.duplicate_of).is_(None))
        )
        if before is not None:
            query = query.where(col(ArticleRow.id) < before)
        found = []
        for article_id, data in session.execute(query):
            stored = np.frombuffer(data, dtype=np.uint64)
            if shares_band(values, stored, self.layout):
                score = similarity(values, stored)
                if score >= self.threshold:
                    found.append((article_id, score))
        return min(found) if found else None

    def add(self, session: Session, article_id: int, values: np.ndarray) -> None:
        """Index a stored original (uncommitted, so it is written with the article)."""
        # into the table, not through the ORM, whose bulk insert looks at each row again
        session.execute(insert(MinhashBandRow.__table__), self.rows(article_id, values))  # type: ignore[attr-defined]

    def remove(self, session: Session, article_id: int) -> None:
        """Forget an article that is no longer an original (uncommitted)."""
        session.execute(delete(MinhashBandRow).where(col(MinhashBandRow.article_id) == article_id))

    def rows(self, article_id: int, values: np.ndarray) -> list[dict[str, int]]:
        """The minhash_band rows of an article."""
        return [{"article_id": article_id, "band": band, "hash": hashed}
                for band, hashed in enumerate(band_hashes(values, self.layout))]

    def later_candidates(self, session: Session, after: int) -> list[int]:
        """The originals above `after` that share a band hash with an earlier original above `after`, in id order."""
        earlier = aliased(MinhashBandRow)
        query = (
            sa_select(MinhashBandRow.article_id).distinct()  # type: ignore[call-overload]
            .join(earlier, col(earlier.hash) == col(MinhashBandRow.hash))
            .where(col(MinhashBandRow.article_id) > col(earlier.article_id), col(earlier.article_id) > after)
            .order_by(MinhashBandRow.article_id)
        )
        return [article_id for (article_id,) in session.execute(query)]


def near_duplicate_index(settings: Settings) -> NearDuplicateIndex:
    """The index of the settings' threshold and number of permutations."""
    threshold, permutations = settings.near_duplicate_threshold, settings.minhash_permutations
    return NearDuplicateIndex(threshold, lsh_layout(threshold, permutations))


def stored_values(session: Session, article_id: int) -> np.ndarray | None:
    """The MinHash hash values stored with an article."""
    query = sa_select(ArticleRow.minhash).where(col(ArticleRow.id) == article_id)  # type: ignore[call-overload]
    data = session.execute(query).scalar()
    return None if data is None else np.frombuffer(data, dtype=np.uint64)


def open_near_duplicate_index(session: Session, settings: Settings) -> NearDuplicateIndex:
    """The index of the settings, once minhash_band holds the bands of every stored original in its layout: a
    database from before the table, or indexed with another threshold or number of permutations, has them written
    again (under a lock, once). Commits."""
    index = near_duplicate_index(settings)
    if not _needs_filling(session, index):
        session.commit()
        return index
    write_lock(session, "minhash_band")
    if _needs_filling(session, index):  # unless another process filled it meanwhile
        session.execute(delete(MinhashBandRow))
        last, filled = 0, 0
        while True:
            query = (
                sa_select(ArticleRow.id, ArticleRow.minhash)  # type: ignore[call-overload]
                .where(col(ArticleRow.duplicate_of).is_(None), col(ArticleRow.minhash).is_not(None),
                       col(ArticleRow.id) > last)
                .order_by(ArticleRow.id).limit(FILL_CHUNK)
            )
            chunk = list(session.execute(query))
            if not chunk:
                break
            session.execute(insert(MinhashBandRow), [
                row for article_id, data in chunk for row in index.rows(article_id, np.frombuffer(data, np.uint64))])
            last, filled = chunk[-1][0], filled + len(chunk)
        log.info("indexed the MinHash bands of %d stored articles for near-duplicate look-ups", filled)
    session.commit()
    return index


def _needs_filling(session: Session, index: NearDuplicateIndex) -> bool:
    """True when the newest stored original lacks its bands in the index's layout."""
    newest = session.execute(
        sa_select(ArticleRow.id, ArticleRow.minhash)  # type: ignore[call-overload]
        .where(col(ArticleRow.duplicate_of).is_(None), col(ArticleRow.minhash).is_not(None))
        .order_by(col(ArticleRow.id).desc()).limit(1)
    ).first()
    if newest is None:
        return False
    stored = session.execute(
        sa_select(MinhashBandRow.hash).where(col(MinhashBandRow.article_id) == newest[0])  # type: ignore
        .order_by(MinhashBandRow.band)
    ).scalars().all()
    return list(stored) != band_hashes(np.frombuffer(newest[1], dtype=np.uint64), index.layout)
