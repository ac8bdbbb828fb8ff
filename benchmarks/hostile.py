"""How the pipeline's time grows on hostile pages: runs no one would write (thousands of numbers, marks, spaces or
triggers in one sentence) that a batch may still meet.

usage: python benchmarks/hostile.py [--sizes 1000,2000] [--only NAME,...]

For each run it times the whole pipeline (`analyse`) on the run repeated n and 2n times and prints the ratio of the
two times: about 2 means linear, about 4 quadratic. Ratios are of one run on one machine, so they do not depend on
how fast the machine is.
"""

from __future__ import annotations

import argparse
import time

from spacy.language import Language

from extractor.nlp import analyse, load_pipeline

# name -> (text before the run, the repeated unit)
RUNS: dict[str, tuple[str, str]] = {
    "values after a cue word": ("Indeks smart city Kota Bantul ", "3,45 "),
    "values with commas": ("Indeks smart city Kota Bantul ", "3,45, "),
    "a year before each value": ("Indeks smart city Kota Bantul ", "2021 3,45 "),
    "value and year clauses": ("Indeks smart city Kota Bantul ", "nilai 3,45 tahun 2021, "),
    "ranks": ("Indeks smart city Kota Bantul ", "peringkat 2 "),
    "percentages": ("Indeks smart city Kota Bantul ", "85 persen, "),
    "region and value pairs": ("Indeks smart city ", "Kota Bantul 3,45, "),
    "event triggers": ("Kota Bantul ", "evaluasi smart city dan bimtek "),
    "opening brackets": ("Kota Bantul ", "("),
    "spaces before a value": ("Indeks smart city Kota Bantul", " " * 50 + "3,45"),
    # one page-long line of capitalised posts and names (each name read its line and sentence back to the start)
    "posts and names on one line": ("Kota Bantul ", "Kepada Dinas Aa "),
}


def seconds(nlp: Language, text: str) -> float:
    """Wall time of one analysis of `text`."""
    started = time.perf_counter()
    analyse(text, nlp=nlp)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,2000", help="two repeat counts, the second twice the first")
    parser.add_argument("--only", default="", help="comma-separated run names (default: all)")
    args = parser.parse_args()
    small, large = (int(n) for n in args.sizes.split(","))
    chosen = [name for name in RUNS if not args.only or name in args.only.split(",")]
    nlp = load_pipeline()
    print(f"{'run':28} {'chars':>8} {'s':>7} {'chars':>8} {'s':>7} {'ratio':>6}")
    for name in chosen:
        lead, unit = RUNS[name]
        texts = [lead + unit * n + "." for n in (small, large)]
        times = [seconds(nlp, text) for text in texts]
        ratio = times[1] / max(times[0], 1e-6)
        print(f"{name:28} {len(texts[0]):8} {times[0]:7.2f} {len(texts[1]):8} {times[1]:7.2f} {ratio:6.1f}")


if __name__ == "__main__":
    main()
