"""Grouped cross-validation of the classifier over shuffled draws of the same region-and-source groups: the
mean and spread the README quotes for model and feature choices (a single draw moves by more than most choices).

usage: python benchmarks/classifier_draws.py [--model NAME ...] [--seeds 0,1,2,3,4]

Scores the development rows only (the fixed test regions and their sources left out, as `extractor train`
does); prints one JSON object per model: macro-F1 of each draw, their mean and standard deviation, and the mean
F1 per dimension. Five draws of the vote take a few minutes on one core.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from extractor.classify import EXCLUDED_REGIONS, TEST_REGIONS, TRAINING_FILES
from extractor.classify.features import DIMENSIONS
from extractor.classify.training import CANDIDATES, cross_validate, read_lines, read_training, split


def draws(model: str, seeds: list[int], training: tuple[Path, ...] = TRAINING_FILES) -> dict[str, object]:
    """Macro-F1 of `model` on each shuffled draw of the development rows' groups, with mean, spread and the mean
    F1 per dimension."""
    rows = read_training(training, read_lines(EXCLUDED_REGIONS))
    dev_index, _ = split(rows, read_lines(TEST_REGIONS))
    dev = [rows[i] for i in dev_index]
    runs = [cross_validate(dev, model, seed) for seed in seeds]
    scores = [run.macro_f1 for run in runs]
    return {"model": model, "rows": len(dev), "seeds": seeds, "macro_f1": scores,
            "mean": round(statistics.mean(scores), 4), "sd": round(statistics.pstdev(scores), 4),
            "per_class_f1": {d: round(statistics.mean(run.per_class_f1[d] for run in runs), 3) for d in DIMENSIONS}}


def main() -> None:
    """Print the draws of each model as JSON lines."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", action="append", choices=sorted(CANDIDATES),
                        help="a candidate of extractor.classify.training (default: the soft vote)")
    parser.add_argument("--seeds", default="0,1,2,3,4", help="the draws' seeds, comma-separated")
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    for model in args.model or ["linear_svc_naive_bayes_vote"]:
        print(json.dumps(draws(model, seeds)), flush=True)


if __name__ == "__main__":
    main()
