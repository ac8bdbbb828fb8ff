"""The abstention threshold for the innovations the pipeline finds, measured on the real dev half: innovation+dimension
of `extractor evaluate` at each threshold of the packaged classifier (training.ARTICLE_THRESHOLD was chosen here).

usage: python benchmarks/classifier_threshold.py [GOLD_DIR] [ARTICLES]
       (default: corpus/real/dev and out/real-dev.jsonl, which benchmarks/real_articles.py writes from the cache)

The articles are extracted once with a threshold of 0 (every unfiled innovation keeps the classifier's likeliest
dimension and its probability); a threshold t then empties the predicted dimensions whose probability is below t.
Prints one JSON line per threshold. Never point it at the real test half: it is for choosing.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from extractor.classify.model import Classifier, load, using
from extractor.classify.training import THRESHOLDS
from extractor.evaluate import load_gold, score
from extractor.pipeline import extract_sources
from extractor.records import Failure
from extractor.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def unthresholded(articles: list[str]) -> list[dict[str, Any]]:
    """The summaries of the articles, every unfiled innovation given the classifier's likeliest dimension."""
    with using(Classifier(load().pipeline, 0.0)):
        return [r.summary for r in extract_sources(articles, Settings()) if not isinstance(r, Failure)]


def at_threshold(summary: dict[str, Any], threshold: float) -> dict[str, Any]:
    """The summary with the predicted dimensions below `threshold` left empty, as the pipeline would leave them."""
    innovations = [dict(item, dimension=None, dimension_source=None)
                   if item.get("dimension_source") == "predicted" and (item.get("confidence") or 0) < threshold
                   else item for item in summary.get("innovations") or []]
    return {**summary, "innovations": innovations}


def sweep(gold_dir: Path, articles: list[str], thresholds: tuple[float, ...] = (0.0, *THRESHOLDS)) -> list[dict[str, Any]]:
    """innovation+dimension (P, R, F1, tp/fp/fn) at each threshold."""
    gold = load_gold(gold_dir)
    summaries = unthresholded(articles)
    return [{"threshold": t, **score(gold, [at_threshold(s, t) for s in summaries])["innovation+dimension"]}
            for t in thresholds]


def main() -> None:
    """Print the sweep as JSON lines."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", type=Path, default=ROOT / "corpus" / "real" / "dev")
    parser.add_argument("articles", nargs="?", default=str(ROOT / "out" / "real-dev.jsonl"))
    args = parser.parse_args()
    for line in sweep(args.gold, [args.articles]):
        print(json.dumps(line), flush=True)


if __name__ == "__main__":
    main()
