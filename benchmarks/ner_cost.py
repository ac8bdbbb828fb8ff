"""Cost per page of the trained person finder (`ner`) inside the pipeline.

usage: python benchmarks/ner_cost.py [JSONL] [--repeat N]

Runs the whole pipeline over the texts of a JSONL file (default out/real-dev.jsonl, written by
benchmarks/real_articles.py) with and without the `ner` component, alternately, and prints the median CPU
milliseconds per page of each, plus the CPU time spent in `ner` itself. CPU time (time.process_time), not wall
time, so that other work on a shared machine does not inflate the figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from extractor.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("jsonl", nargs="?", type=Path, default=ROOT / "out" / "real-dev.jsonl")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in args.jsonl.read_text(encoding="utf-8").splitlines() if line]
    nlp = load_pipeline()
    ner = nlp.get_pipe("ner")
    with_ner, without_ner, ner_alone = [], [], []
    for _ in range(args.repeat):
        start = time.process_time()
        for text in texts:
            nlp(text)
        with_ner.append(time.process_time() - start)
        with nlp.select_pipes(disable=["ner"]):
            start = time.process_time()
            for text in texts:
                nlp(text)
            without_ner.append(time.process_time() - start)
        docs = [nlp.make_doc(text) for text in texts]
        start = time.process_time()
        for doc in docs:
            ner(doc)
        ner_alone.append(time.process_time() - start)
    per_page = {name: round(1000 * statistics.median(runs) / len(texts), 1) for name, runs in
                (("pipeline_ms_per_page", with_ner), ("without_ner_ms_per_page", without_ner),
                 ("ner_alone_ms_per_page", ner_alone))}
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(json.dumps({"pages": len(texts), "words_per_page": round(words), **per_page}))


if __name__ == "__main__":
    main()
