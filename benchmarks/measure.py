"""One measurement in its own process, so runs of different sizes do not share memory or caches.

usage: python benchmarks/measure.py ingest|trafilatura LIST_FILE [--workers N] [--db URL] [--profile FILE]

LIST_FILE holds the page paths, one per line. Prints one JSON line: pages, seconds, and for ingest what the
run stored. `run.py` starts this script and reads the process's peak memory with os.wait4.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _ingest(paths: list[str], workers: int, db_url: str) -> Callable[[], dict[str, Any]]:
    from extractor.db import incremental
    from extractor.pipeline import ingest
    from extractor.settings import load_settings

    rebuilding = {"seconds": 0.0}
    rebuild = incremental.refresh_derived

    def timed_rebuild(*args: Any, **kwargs: Any) -> Any:  # the derived rebuild's share of the run
        start = time.perf_counter()
        try:
            return rebuild(*args, **kwargs)
        finally:
            rebuilding["seconds"] += time.perf_counter() - start

    incremental.refresh_derived = timed_rebuild  # type: ignore[assignment]

    with tempfile.TemporaryDirectory() as warm:  # load the pipeline and lexicon before the clock starts
        ingest(paths[:1], load_settings(db_url=f"sqlite:///{warm}/warm.db", workers=1))

    def work() -> dict[str, Any]:
        rebuilding["seconds"] = 0.0
        summary = ingest(paths, load_settings(db_url=db_url, workers=workers))
        return {"stored": summary.stored, "near_duplicates": summary.near_duplicates,
                "skipped": summary.skipped, "failed": summary.failed, "events": summary.totals.get("events"),
                "rebuild_s": rebuilding["seconds"]}

    return work


def _trafilatura(paths: list[str]) -> Callable[[], dict[str, Any]]:
    import trafilatura

    trafilatura.bare_extraction(Path(paths[0]).read_bytes(), with_metadata=True)

    def work() -> dict[str, Any]:
        found = 0
        for path in paths:
            if trafilatura.bare_extraction(Path(path).read_bytes(), with_metadata=True) is not None:
                found += 1
        return {"extracted": found}

    return work


def _cpu() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its ended child processes."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["ingest", "trafilatura"])
    parser.add_argument("list_file", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--db", default="sqlite:///:memory:")
    parser.add_argument("--profile", type=Path, help="write a cProfile report (costliest functions, callees) here")
    args = parser.parse_args(argv)
    paths = args.list_file.read_text(encoding="utf-8").split("\n")
    paths = [p for p in paths if p]
    work = _ingest(paths, args.workers, args.db) if args.what == "ingest" else _trafilatura(paths)
    profiler = cProfile.Profile() if args.profile else None
    start, cpu = time.perf_counter(), _cpu()
    if profiler:
        profiler.enable()
    outcome = work()
    if profiler:
        profiler.disable()
    seconds = time.perf_counter() - start
    # this process's CPU (with 2 workers: reading pages, storing, the rebuild) and its ended workers' (parse, NLP)
    own, children = _cpu()
    outcome.update(cpu_parent=own - cpu[0], cpu_workers=children - cpu[1])
    if profiler:
        with args.profile.open("w") as out:
            stats = pstats.Stats(profiler, stream=out)
            stats.sort_stats("cumulative").print_stats(60)
            stats.sort_stats("tottime").print_stats(30)
            # where each stage of ingest spends its time, one level down
            stats.print_callees(r"store_extraction|rebuild_derived|parse_page|\(analyse\)|summarise")
    print(json.dumps({"pages": len(paths), "seconds": seconds, **outcome}))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
