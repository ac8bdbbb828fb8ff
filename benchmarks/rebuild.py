"""The derived rebuild after a run that adds articles to a database: incremental against full, in one run.

usage: python benchmarks/rebuild.py [--db SQLITE_FILE | --pages N] [--add 100]

Takes a database of stored articles (a copy of --db, or one built by ingesting N pages generated from the
project's samples), withholds the last --add articles, derives the others, then measures on the same copy
(1) `refresh_derived` deriving the withheld articles incrementally, as an ingest run that stored them does, and
(2) `rebuild_derived`, the full rebuild of every article; prints both, their ratio, and how much of the
database the incremental one assembled again.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def build(pages: int, work: Path) -> Path:
    """A database of `pages` generated pages, ingested with one worker."""
    import pages as page_maker

    from extractor.pipeline import ingest
    from extractor.settings import load_settings

    paths = page_maker.write_pages(work / "pages", pages)
    db = work / "built.db"
    ingest([str(p) for p in paths], load_settings(db_url=f"sqlite:///{db}", workers=1))
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="an SQLite database of stored articles (copied, never changed)")
    parser.add_argument("--pages", type=int, default=2000, help="pages to ingest when no --db is given")
    parser.add_argument("--add", type=int, default=100, help="articles the measured run adds")
    args = parser.parse_args()

    from extractor.db import incremental
    from extractor.db.derive import rebuild_derived
    from extractor.db.queries import derived_counts
    from extractor.db.session import get_engine, open_session

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = args.db or build(args.pages, work)
        db = work / "measured.db"
        shutil.copy(source, db)
        engine = get_engine(f"sqlite:///{db}")
        with open_session(engine) as s:
            ids = [i for (i,) in s.execute(text("SELECT id FROM article WHERE summary IS NOT NULL ORDER BY id"))]
            withheld = ids[-args.add:]
            s.execute(text("CREATE TABLE withheld AS SELECT id, summary FROM article WHERE id >= :first"),
                      {"first": withheld[0]})
            s.execute(text("UPDATE article SET summary = NULL WHERE id >= :first"), {"first": withheld[0]})
            s.commit()
            rebuild_derived(s, "bench")
            before = derived_counts(s)
            s.execute(text("UPDATE article SET summary = (SELECT summary FROM withheld WHERE withheld.id = "
                           "article.id) WHERE id >= :first"), {"first": withheld[0]})
            s.commit()
            start = time.perf_counter()
            added = incremental.refresh_derived(s, "bench")
            incremental_s = time.perf_counter() - start
            after = derived_counts(s)
            start = time.perf_counter()
            rebuild_derived(s, "bench")
            full_s = time.perf_counter() - start
            assert derived_counts(s) == after, "the incremental rebuild differs from the full one"
        engine.dispose()
    print(f"database: {len(ids)} articles ({before['events']} events, {before['people']} people before the run)")
    print(f"run adding {len(withheld)} articles:")
    print(f"  incremental rebuild  {incremental_s:7.2f} s  (assembled again: {added.get('events', 0)} events, "
          f"{added.get('people', 0)} people)")
    print(f"  full rebuild         {full_s:7.2f} s  ({after['events']} events, {after['people']} people)")
    print(f"  ratio incremental / full: {incremental_s / full_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
