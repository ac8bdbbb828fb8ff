"""The benchmarks of issues 7 and 16 in one command, printed as one table with the target of each figure.

usage: python benchmarks/run.py [--pages DIR] [--throughput N] [--sizes 1000,10000] [--events 1000000]
                                [--only startup,throughput,workers,memory,query] [--cache DIR] [--profile]
                                [--quick]

0. startup: wall time of `extractor --help` and of `extractor extract` on one 3 KB article (best and median
   of 5 runs), and, in fresh processes, the time spacy.load takes for models/smartcity_id and the time the
   classifier takes to import and load (numpy imported before, as spaCy always has);
1. throughput: `extractor.pipeline.ingest` end to end (parse, NLP, store, dedupe, event assembly) against
   `trafilatura.bare_extraction(with_metadata=True)` alone, on the same N pages in the same run;
2. workers: ingest with 2 workers against 1;
3. memory: peak RSS of an ingest of each size, each in its own process (os.wait4 gives that process's peak);
4. query: `find_events(region=...)` on a SQLite database of synthetic events (built once under --cache).

Pages are generated from the project's samples (benchmarks/pages.py) unless --pages names a directory of
real pages, e.g. from `python /work/shared/bench/make_id_pages.py OUT_DIR [COPIES]`. Every ingest writes a
fresh SQLite file. --profile writes a cProfile report of the 1-worker ingest next to the cache.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pages as page_maker
import querydb

TARGETS = {"ratio": 0.5, "speedup": 1.8, "memory_growth": 0.10, "query_ms": 50.0, "help_s": 0.3, "extract_s": 1.5,
           "classifier_s": 0.3}
STEPS = ("startup", "throughput", "workers", "memory", "query")
ARTICLE = HERE.parent / "corpus" / "articles" / "a01_bandaaceh_asesmen.txt"
REPEAT = 5
PIPELINE_LOAD = ("import time, spacy, extractor.nlp as nlp\nstart = time.perf_counter()\nnlp.load_pipeline()\n"
                 "print(time.perf_counter() - start)")
CLASSIFIER_LOAD = ("import time, numpy\nstart = time.perf_counter()\nfrom extractor.classify.model import load\n"
                   "load()\nprint(time.perf_counter() - start)")


CPU_SECONDS: dict[str, float] = {}  # least CPU time (user + system) of a command's runs, by command name


def _wall(command: list[str], repeat: int) -> list[float]:
    """Wall seconds of `repeat` runs of a command, sorted; its least CPU time goes to CPU_SECONDS."""
    times, cpu = [], []
    for _ in range(repeat):
        before = os.times()
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
        after = os.times()
        cpu.append(after.children_user + after.children_system - before.children_user - before.children_system)
    CPU_SECONDS[command[1]] = min(cpu)
    return sorted(times)


def _timed_in_process(code: str, repeat: int) -> list[float]:
    """What a fresh interpreter running `code` prints (its own timing), `repeat` times, sorted."""
    return sorted(float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                                       text=True).stdout.strip().splitlines()[-1]) for _ in range(repeat))


def startup() -> dict[str, Any]:
    """Start-up times of the CLI, the pipeline and the classifier."""
    exe = str(Path(sys.executable).with_name("extractor"))
    return {"help": _wall([exe, "--help"], REPEAT), "extract": _wall([exe, "extract", str(ARTICLE)], REPEAT),
            "pipeline": _timed_in_process(PIPELINE_LOAD, REPEAT),
            "classifier": _timed_in_process(CLASSIFIER_LOAD, REPEAT)}


def child(what: str, paths: list[Path], workdir: Path, workers: int = 1, profile: Path | None = None) -> dict[str, Any]:
    """Run benchmarks/measure.py in a new process; its JSON result plus its peak RSS in MB."""
    workdir.mkdir(parents=True, exist_ok=True)
    listing = workdir / f"{what}-{len(paths)}-w{workers}.txt"
    listing.write_text("\n".join(str(p) for p in paths), encoding="utf-8")
    db = workdir / f"{what}-{len(paths)}-w{workers}.db"
    for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        stale.unlink(missing_ok=True)
    command = [sys.executable, str(HERE / "measure.py"), what, str(listing), "--workers", str(workers),
               "--db", f"sqlite:///{db}"]
    if profile:
        command += ["--profile", str(profile)]
    log = workdir / f"{what}-{len(paths)}-w{workers}.log"
    load = os.getloadavg()[0]
    with log.open("w") as err:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=err, text=True)
        assert process.stdout is not None
        output = process.stdout.read()
        _pid, status, usage = os.wait4(process.pid, 0)  # this child's own peak memory, not any other's
        process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}); see {log}")
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    result["peak_mb"] = usage.ru_maxrss / 1024  # Linux reports kilobytes
    result["rate"] = result["pages"] / result["seconds"]
    # CPU seconds of the process and its workers: on a busy machine wall time says little about the code
    result["cpu_s"] = usage.ru_utime + usage.ru_stime
    result["load"] = load  # 1-minute load average when it started (2 cores: above 2 means waiting)
    return result


def _note(run: dict[str, Any]) -> str:
    return f"cpu {run['cpu_s']:.0f} s, load {run['load']:.1f}"


def _mark(ok: bool | None) -> str:
    return "" if ok is None else ("yes" if ok else "NO")


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=Path, help="directory of real HTML pages instead of generated ones")
    parser.add_argument("--throughput", type=int, help="pages for throughput and workers (default: first size)")
    parser.add_argument("--sizes", default="1000,10000", help="ingest sizes for peak memory, comma-separated")
    parser.add_argument("--events", type=int, default=1_000_000, help="events in the query database")
    parser.add_argument("--only", default=",".join(STEPS), help="steps to run: " + ",".join(STEPS))
    parser.add_argument("--cache", type=Path, default=HERE.parent / ".cache" / "benchmarks")
    parser.add_argument("--profile", action="store_true", help="also write a cProfile report of the ingest")
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a check that everything runs")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.events = "6,12", 2_000
    sizes = [int(s) for s in args.sizes.split(",") if s]
    n = args.throughput or sizes[0]
    steps = {s.strip() for s in args.only.split(",") if s.strip()}
    unknown = steps - set(STEPS)
    if unknown:
        parser.error(f"unknown step(s) {', '.join(sorted(unknown))}; use {', '.join(STEPS)}")

    rows: list[tuple[str, str, str, str]] = []
    results: dict[str, Any] = {}
    if "startup" in steps:
        print("start-up times ...", file=sys.stderr)
        times = startup()
        results["startup"] = times

        results["startup_cpu"] = dict(CPU_SECONDS)

        def best(name: str, command: str | None = None) -> str:
            values = times[name]
            cpu = f" (cpu {CPU_SECONDS[command]:.2f})" if command in CPU_SECONDS else ""
            return f"{values[0]:.2f} / {values[len(values) // 2]:.2f} s{cpu}"

        rows += [
            ("`extractor --help`, best / median of 5", best("help", "--help"), f"<= {TARGETS['help_s']} s",
             _mark(times["help"][0] <= TARGETS["help_s"])),
            (f"`extractor extract` of one {ARTICLE.stat().st_size / 1000:.1f} KB article, best / median of 5",
             best("extract", "extract"), f"<= {TARGETS['extract_s']} s", _mark(times["extract"][0] <= TARGETS["extract_s"])),
            ("pipeline: spacy.load(models/smartcity_id), best / median of 5", best("pipeline"), "", ""),
            ("classifier: import and load, best / median of 5", best("classifier"), f"<= {TARGETS['classifier_s']} s",
             _mark(times["classifier"][0] <= TARGETS["classifier_s"])),
        ]
    needed = max([n] + (sizes if "memory" in steps else []))
    if steps & {"throughput", "workers", "memory"}:
        if args.pages:
            paths = page_maker.real_pages(args.pages, needed)
            source = f"real pages from {args.pages}"
        else:
            paths = page_maker.write_pages(args.cache / f"pages-v{page_maker.GENERATOR_VERSION}", needed)
            source = "pages generated from corpus/samples and corpus/articles"
        print(f"{len(paths)} {source}", file=sys.stderr)
    with tempfile.TemporaryDirectory(dir=args.cache if args.cache.exists() else None) as tmp:
        work = Path(tmp)
        one: dict[str, Any] | None = None
        if steps & {"throughput", "workers"}:
            print(f"ingest of {n} pages, 1 worker ...", file=sys.stderr)
            one = child("ingest", paths[:n], work, 1)
            results["ingest_1"] = one
        if args.profile:  # a run of its own: the profiler slows the code it watches
            profile = args.cache / "profile-ingest.txt"
            args.cache.mkdir(parents=True, exist_ok=True)
            print(f"profiled ingest of {n} pages, 1 worker ...", file=sys.stderr)
            child("ingest", paths[:n], work / "profiled", 1, profile)
            print(f"profile written to {profile}", file=sys.stderr)
        if "throughput" in steps and one:
            print(f"trafilatura on {n} pages ...", file=sys.stderr)
            bare = child("trafilatura", paths[:n], work)
            results["trafilatura"] = bare
            ratio = one["rate"] / bare["rate"]
            results["ratio"] = ratio
            rows += [
                (f"ingest end to end, {one['pages']} pages, 1 worker", f"{one['rate']:.1f} pages/s", "", _note(one)),
                ("  stored / near-dup / skipped / failed",
                 f"{one['stored']}/{one['near_duplicates']}/{one['skipped']}/{one['failed']}", "", ""),
                (f"trafilatura.bare_extraction alone, {bare['pages']} pages", f"{bare['rate']:.1f} pages/s", "",
                 _note(bare)),
                ("throughput ratio ingest / trafilatura", f"{ratio:.2f}", f">= {TARGETS['ratio']}",
                 _mark(ratio >= TARGETS["ratio"])),
                (f"  of which the derived rebuild at the end (all {one['stored']} articles new: in full)",
                 f"{one.get('rebuild_s', 0):.1f} s", "", ""),
            ]
        if "workers" in steps and one:
            print(f"ingest of {n} pages, 2 workers ...", file=sys.stderr)
            two = child("ingest", paths[:n], work, 2)
            results["ingest_2"] = two
            speedup = two["rate"] / one["rate"]
            results["speedup"] = speedup
            rows += [
                (f"ingest, {two['pages']} pages, 2 workers", f"{two['rate']:.1f} pages/s", "", _note(two)),
                ("speed-up 2 workers / 1", f"{speedup:.2f}x", f">= {TARGETS['speedup']}x",
                 _mark(speedup >= TARGETS["speedup"])),
            ]
            if "cpu_parent" in two:  # where the 2-worker run's CPU went: the parent's share runs beside the workers
                rows.append(("  CPU: parent (pages, storing, rebuild) / workers (parse, NLP)",
                             f"{two['cpu_parent']:.1f} / {two['cpu_workers']:.1f} s", "", ""))
        if "memory" in steps:
            peaks = {}
            for size in sizes:
                if one is not None and size == n:
                    run = one
                else:
                    print(f"ingest of {size} pages, 1 worker (memory) ...", file=sys.stderr)
                    run = child("ingest", paths[:size], work, 1)
                peaks[size] = run
                rows.append((f"peak memory, ingest of {run['pages']} pages", f"{run['peak_mb']:.0f} MB",
                             "", f"{run['rate']:.1f} pages/s, {_note(run)}"))
            results["memory"] = peaks
            if len(sizes) > 1:
                growth = peaks[sizes[-1]]["peak_mb"] / peaks[sizes[0]]["peak_mb"] - 1
                results["memory_growth"] = growth
                rows.append((f"memory growth {sizes[-1]} vs {sizes[0]} pages", f"{growth:+.0%}",
                             f"<= +{TARGETS['memory_growth']:.0%}", _mark(growth <= TARGETS["memory_growth"])))
    if "query" in steps:
        db = args.cache / f"events-{args.events}-v{querydb.BUILDER_VERSION}.db"
        if not db.exists():
            print(f"building {db} ({args.events} events) ...", file=sys.stderr)
        querydb.build(db, args.events)
        timing = querydb.time_queries(db)
        results["query"] = timing
        rows += [
            (f"region query, event ids only ({args.events} events)", f"{timing['ids_ms']:.1f} ms",
             f"< {TARGETS['query_ms']:.0f} ms", _mark(timing["ids_ms"] < TARGETS["query_ms"])),
            (f"region query, first page of find_events ({querydb.PAGE} events)", f"{timing['page_ms']:.1f} ms",
             f"< {TARGETS['query_ms']:.0f} ms", _mark(timing["page_ms"] < TARGETS["query_ms"])),
            (f"region query, all of find_events ({timing['events_found']:.0f} events returned)",
             f"{timing['events_ms']:.1f} ms", "", ""),
            (f"region + year query, find_events ({timing['year_found']:.0f} events returned)",
             f"{timing['year_ms']:.1f} ms", "", ""),
        ]

    print(f"machine: {os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}, "
          f"{platform.system()}, load average {os.getloadavg()[0]:.1f} (timings on a shared machine are noisy)")
    if steps & {"throughput", "workers", "memory"}:
        print(f"pages: {source}")
    width = max(len(r[0]) for r in rows) if rows else 10
    print(f"{'measure':{width}}  {'value':>16}  {'target':>10}  met")
    for name, value, target, met in rows:
        print(f"{name:{width}}  {value:>16}  {target:>10}  {met}")
    args.cache.mkdir(parents=True, exist_ok=True)
    (args.cache / "last-run.json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
