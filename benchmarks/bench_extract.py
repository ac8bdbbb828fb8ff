"""Throughput of `extract` on the bundled corpus, as ratios against baselines run in the same process.

usage: python benchmarks/bench_extract.py [PATH ...] [--repeat N]

Baselines: trafilatura parsing alone, blank("id") tokenisation alone, and our tokenizer alone. The report
says how much the smart-city components cost next to tokenisation, and articles/second end to end.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from extractor.nlp import analyse, load_pipeline
from extractor.parse import parse_page
from extractor.records import Article, Page
from extractor.settings import Settings
from extractor.sources import iter_pages
from extractor.summary import summarise

ROOT = Path(__file__).resolve().parents[1]


def timed(repeat: int, work: Callable[[], object]) -> float:
    """Median seconds of `repeat` runs."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "corpus/samples"), str(ROOT / "corpus/articles")])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    settings = Settings()
    pages = [p for p in iter_pages(args.paths) if isinstance(p, Page)]
    articles: list[Article] = [parse_page(p, settings) for p in pages]
    texts = [a.text for a in articles]
    tokens = sum(len(t.split()) for t in texts)
    nlp = load_pipeline()
    blank = spacy.blank("id")
    analyse(texts[0])  # warm caches (lexicon, regexes, classifier)

    parse_s = timed(args.repeat, lambda: [parse_page(p, settings) for p in pages])
    blank_s = timed(args.repeat, lambda: [blank.make_doc(t) for t in texts])
    ours_s = timed(args.repeat, lambda: [nlp.make_doc(t) for t in texts])
    nlp_s = timed(args.repeat, lambda: [analyse(a.text, a.published, nlp) for a in articles])
    full_s = timed(args.repeat, lambda: [summarise(analyse(a.text, a.published, nlp), a)
                                         for a in (parse_page(p, settings) for p in pages)])
    n = len(articles)
    print(f"{n} articles, {tokens} words, median of {args.repeat} runs")
    print(f"{'stage':38} {'s':>8} {'articles/s':>11} {'x blank tok':>12}")
    rows = [("blank('id') tokenizer (baseline)", blank_s), ("our tokenizer", ours_s),
            ("trafilatura parse", parse_s), ("NLP pipeline (tokenize + components)", nlp_s),
            ("extract end to end (parse+NLP+summary)", full_s)]
    for name, seconds in rows:
        print(f"{name:38} {seconds:8.3f} {n / seconds:11.1f} {seconds / blank_s:12.2f}")
    print(f"components cost {(nlp_s - ours_s) / ours_s:.1f}x our tokenisation")


if __name__ == "__main__":
    main()
