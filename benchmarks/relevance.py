"""Precision and recall of the relevance filter (extractor.relevance) on a labelled sample, dev and test halves.

usage: python benchmarks/relevance.py [--threshold T] [--json]

Relevant: the real articles (texts cached in .cache/real-articles, ids in corpus/real/dev and corpus/real/test) and,
in the dev half, the project's own corpus (corpus/articles, corpus/samples). Unrelated: Indonesian news found with
the project's search tool (sport, crime, economy, other government programmes, and near-misses: other "smart"
things, digital government and Kominfo news without the programme), listed with their URL, title, kind, half and
query in corpus/relevance/labels.csv; their texts are other people's writing, cached git-ignored in
.cache/unrelated-articles/<id>.txt. The words, weights and threshold were chosen on the dev half only; the test
half is reported, never tuned on. For comparison, a TF-IDF + logistic regression model is trained on the dev half
and scored on the test half, the alternative the rule set was chosen over.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.relevance import relevance

LABELS = ROOT / "corpus" / "relevance" / "labels.csv"
REAL = ROOT / "corpus" / "real"
REAL_CACHE = ROOT / ".cache" / "real-articles"
UNRELATED_CACHE = ROOT / ".cache" / "unrelated-articles"
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


@dataclass(frozen=True)
class Item:
    """One labelled text."""

    id: str
    half: str
    kind: str  # real, corpus, or the kind of unrelated news
    relevant: bool
    title: str | None
    text: str


def load_items() -> list[Item]:
    """Every labelled text whose content is at hand (cached or in the repository)."""
    items = []
    for half in ("dev", "test"):
        for gold in sorted((REAL / half).glob("*.json")):
            cached = REAL_CACHE / f"{gold.stem}.txt"
            if cached.is_file():
                items.append(Item(gold.stem, half, "real", True, None, cached.read_text(encoding="utf-8")))
    for path in sorted((ROOT / "corpus" / "articles").glob("*.txt")):
        items.append(Item(path.stem, "dev", "corpus", True, None, path.read_text(encoding="utf-8")))
    items += _samples()
    with LABELS.open(encoding="utf-8", newline="") as labels:
        for row in csv.DictReader(labels):
            cached = UNRELATED_CACHE / f"{row['id']}.txt"
            if cached.is_file():
                items.append(Item(row["id"], row["split"], row["kind"], row["label"] == "relevant", None,
                                  cached.read_text(encoding="utf-8")))
    return items


def _samples() -> list[Item]:
    from extractor.parse import parse_page
    from extractor.records import Page
    from extractor.settings import Settings

    items = []
    for path in sorted((ROOT / "corpus" / "samples").glob("*.html")):
        article = parse_page(Page(source=str(path), html=path.read_bytes(), item_id=path.stem), Settings())
        items.append(Item(path.stem, "dev", "corpus", True, article.title, article.text))
    return items


def scores(predicted: list[bool], items: list[Item]) -> dict[str, Any]:
    """Precision, recall and F1 of 'relevant', with the counts behind them."""
    tp = sum(p and i.relevant for p, i in zip(predicted, items, strict=True))
    fp = sum(p and not i.relevant for p, i in zip(predicted, items, strict=True))
    fn = sum(not p and i.relevant for p, i in zip(predicted, items, strict=True))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3), "tp": tp, "fp": fp,
            "fn": fn, "relevant": sum(i.relevant for i in items), "unrelated": sum(not i.relevant for i in items)}


def rules(items: list[Item], threshold: float) -> dict[str, Any]:
    """The rule set at one threshold: scores per half, and the mistakes (ids on dev, kinds on test)."""
    found = {i.id: relevance(i.title, i.text) for i in items}
    result: dict[str, Any] = {}
    for half in ("dev", "test"):
        chosen = [i for i in items if i.half == half]
        predicted = [found[i.id].score >= threshold for i in chosen]
        result[half] = scores(predicted, chosen)
        wrong = [i for i, p in zip(chosen, predicted, strict=True) if p != i.relevant]
        result[half]["mistakes"] = ([f"{i.id} ({i.kind}, {found[i.id].score:.2f})" for i in wrong] if half == "dev"
                                    else sorted(f"{i.kind} {found[i.id].score:.2f}" for i in wrong))
    result["dev_curve"] = {t: scores([found[i.id].score >= t for i in items if i.half == "dev"],
                                     [i for i in items if i.half == "dev"])["f1"] for t in THRESHOLDS}
    return result


def model(items: list[Item]) -> dict[str, Any]:
    """TF-IDF (words and word pairs) + logistic regression, fitted on the dev half, scored on the test half."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    dev = [i for i in items if i.half == "dev"]
    test = [i for i in items if i.half == "test"]
    fitted = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2),
                           LogisticRegression(class_weight="balanced", max_iter=1000))
    fitted.fit([f"{i.title or ''}\n{i.text}" for i in dev], [i.relevant for i in dev])
    predicted = [bool(p) for p in fitted.predict([f"{i.title or ''}\n{i.text}" for i in test])]
    wrong = sorted(i.kind for i, p in zip(test, predicted, strict=True) if p != i.relevant)
    return {"test": {**scores(predicted, test), "mistakes": wrong}}


def main(argv: list[str] | None = None) -> int:
    """Print the figures (or JSON with --json)."""
    from extractor.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=Settings().min_relevance)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    items = load_items()
    if not any(i.kind == "real" for i in items) or not any(not i.relevant for i in items):
        print("the cached texts are missing: .cache/real-articles and .cache/unrelated-articles", file=sys.stderr)
        return 2
    report = {"threshold": args.threshold, "rules": rules(items, args.threshold), "model": model(items)}
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    for name, halves in (("rules", report["rules"]), ("tf-idf + logistic regression", report["model"])):
        for half in ("dev", "test"):
            if half in halves:
                s = halves[half]
                print(f"{name:<30} {half:<4} precision {s['precision']:.3f} recall {s['recall']:.3f} "
                      f"F1 {s['f1']:.3f}  ({s['relevant']} relevant, {s['unrelated']} unrelated; "
                      f"{s['fp']} false positives, {s['fn']} missed)  mistakes: {', '.join(s['mistakes']) or '-'}")
    print("rules, dev F1 by threshold:", json.dumps(report["rules"]["dev_curve"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
