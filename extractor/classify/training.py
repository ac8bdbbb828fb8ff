"""Training data, honest evaluation, model selection, the abstention threshold and the keyword baseline.

Honest means scored on regions and sources the model never saw: cross-validation folds group rows that share
a region *or* a source (one article listing several regions' innovations joins them), and a fixed test split of
regions (corpus/training/test_regions.txt, a seeded random draw) is used for no choice at all: models,
weights and the threshold are chosen on the folds of the other rows, then a model fitted on those rows is
scored once on the test regions.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.ensemble import VotingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix, f1_score
from sklearn.model_selection import GroupKFold
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC

from extractor.classify.features import DIMENSIONS, as_frame, build_features, cue_counts
from extractor.errors import NlpError

log = logging.getLogger(__name__)

FOLDS = 5


def _linear_svc() -> CalibratedClassifierCV:
    return CalibratedClassifierCV(LinearSVC(C=0.2, class_weight="balanced", max_iter=10000, random_state=0),
                                  method="sigmoid", cv=3)


# The comparison `extractor train` runs: linear models, each with sigmoid-calibrated probabilities (three
# internal folds), so that the threshold means the same for any. C values from a grid on the grouped folds of
# the development rows (LogisticRegression C in 1..20, LinearSVC C in 0.1..1); class weights balanced because
# Governance has more rows than any other dimension. The soft vote adds a complement naive Bayes over the same
# features (its own sigmoid calibration) to the SVM at NAIVE_BAYES_WEIGHT; weight and alpha from shuffled draws
# of the grouped folds (weight 0.1..1 at alpha 0.3; README, "Innovation dimensions"). With the context at weight 2,
# 0.5 scores a little better on the folds but gives nonsense phrases more confidence (3 and 4 of the 50 of
# tests/fixtures/out_of_domain.txt get a dimension at its free-text threshold, against the target of 2).
NAIVE_BAYES_WEIGHT, NAIVE_BAYES_ALPHA = 0.1, 0.3
CANDIDATES: dict[str, Callable[[], Any]] = {
    "logistic_regression_calibrated": lambda: CalibratedClassifierCV(
        LogisticRegression(C=5.0, class_weight="balanced", max_iter=1000, random_state=0), method="sigmoid", cv=3),
    "linear_svc_calibrated": _linear_svc,
    "linear_svc_naive_bayes_vote": lambda: VotingClassifier(
        [("svc", _linear_svc()),
         ("naive_bayes", CalibratedClassifierCV(ComplementNB(alpha=NAIVE_BAYES_ALPHA), method="sigmoid", cv=3))],
        voting="soft", weights=[1.0, NAIVE_BAYES_WEIGHT]),
}
# Two abstention thresholds. For an innovation the pipeline found, ARTICLE_THRESHOLD: the one at which the real dev
# half's innovation+dimension is best (`python benchmarks/classifier_threshold.py`; 0.762 given every dimension,
# 0.764 at 0.25, 0.761 at 0.30, 0.765 at 0.35, 0.755 at 0.40, 0.744 at 0.45: abstaining at 0.35 drops ten wrong
# dimensions and five right ones), since the pipeline's rows (a name and its sentence, seldom a description) are
# not the training rows; the out-of-fold rows' own best (THRESHOLD_RANGE, best_threshold) is reported beside it.
# Never above the free-text threshold. For free input (`extractor classify`), which may be no innovation at all, the lowest at which the
# kept out-of-fold predictions were right TARGET_PRECISION of the time: a dimension there is one the database would
# rather hold than not.
ARTICLE_THRESHOLD = 0.35
THRESHOLD_RANGE = (0.20, 0.60)
TARGET_PRECISION = 0.9
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.20, 0.81, 0.05))
TEST_SEED, TEST_REGIONS = 18, 50  # the draw of corpus/training/test_regions.txt
# Each row counts n ** -REGION_WEIGHT_EXPONENT, n the training rows of its region: a region with many rows (its
# names, its annotators' wording) pulls the model less than as many rows of many regions, which is what a region
# never seen before resembles. Chosen on shuffled draws of the grouped folds (0.5 against 0 and 1; README,
# "Innovation dimensions").
REGION_WEIGHT_EXPONENT = 0.5
# A row of these files counts this share of a row (after the region weighting). The real dev gold's rows hold a
# name only, half of them Smart Governance: at 1 they lift the Governance probability of an input with nothing to
# go on (an empty one: 0.28 -> 0.41), and 3 of the 50 phrases of tests/fixtures/out_of_domain.txt get a dimension
# at the free-text threshold (target: 2); 2 at 0.4, 3 at 0.5. At 0.4 the grouped folds score as at 1 (six draws:
# all rows 0.841 against 0.839, the other files' rows 0.860 against 0.859) and the real dev half's cross-fitted
# innovation+dimension keeps most of the gain (0.744 without the rows, 0.765 at 0.4, 0.768 at 1; README).
FILE_WEIGHTS = {"dev_gold_innovations.csv": 0.4}


# Free input may be no innovation at all ("Selamat malam para pembaca", a line of any news story). A logistic
# regression over the classifier's own features (the gate) tells the training rows' names and descriptions from
# GATE_FRAGMENTS runs of 2-9 words cut at random (seeded) from the sentences of general news in the NER corpora
# (../shared/data/ner, the train files); `extractor classify` gives no dimension where it judges the input no
# innovation (model.GATE_THRESHOLD). Its C is scikit-learn's default; nothing of it was fitted to the out-of-domain
# phrases of tests/fixtures, which measure it.
GATE_FRAGMENTS, GATE_WORDS = 3000, (2, 9)


def news_fragments(ner_data: Path, count: int = GATE_FRAGMENTS, seed: int = 0) -> list[str]:
    """`count` runs of GATE_WORDS words from random sentences of the NER corpora's train files (one token and its
    tag a line, sentences between blank lines)."""
    sentences: list[list[str]] = []
    for corpus in ("nergrit", "nerp"):
        words: list[str] = []
        for line in (ner_data / corpus / "train.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip():
                words.append(line.split("\t", 1)[0])
            elif words:
                sentences.append(words)
                words = []
        if words:
            sentences.append(words)
    draw = random.Random(seed)
    draw.shuffle(sentences)
    fragments = []
    for sentence in sentences[:count]:
        length = draw.randint(*GATE_WORDS)
        start = draw.randint(0, max(0, len(sentence) - length))
        fragments.append(" ".join(sentence[start:start + length]))
    return fragments


def gate_inputs(rows: Sequence[dict[str, str]]) -> list[dict[str, str]]:
    """Each row's name and description as inputs of their own, as free input comes."""
    return [{column: row[column]} for row in rows for column in ("name", "description") if row.get(column)]


def fit_gate(fitted: Pipeline, rows: Sequence[dict[str, str]], fragments: Sequence[str]) -> LogisticRegression:
    """The gate over the features of a fitted classifier: the rows' names and descriptions against the news
    fragments, each fragment once as a name and once as a description."""
    positives = gate_inputs(rows)
    negatives = [{column: text} for text in fragments for column in ("name", "description")]
    features = fitted.named_steps["features"].transform(as_frame(positives + negatives))
    labels = [1] * len(positives) + [0] * len(negatives)
    return LogisticRegression(class_weight="balanced", max_iter=2000, random_state=0).fit(features, labels)


def gate_share(fitted: Pipeline, gate: LogisticRegression, inputs: Sequence[dict[str, str]]) -> float:
    """The share of the inputs the gate judges innovations."""
    if not inputs:
        return 0.0
    probabilities = gate.predict_proba(fitted.named_steps["features"].transform(as_frame(list(inputs))))[:, 1]
    return round(float(np.mean(probabilities >= 0.5)), 3)


def build_classifier(model: str = "linear_svc_calibrated") -> Pipeline:
    """The features and one of the CANDIDATES, as one scikit-learn Pipeline."""
    return Pipeline([("features", build_features()), ("model", CANDIDATES[model]())])


def region_key(name: str) -> str:
    """The key of a region in an exclusion list: SHA-256 of its lower-cased name, spaces squeezed (the form of
    ../shared/tools/reserved.py, so reserved regions are listed without being named)."""
    return "r:" + hashlib.sha256(" ".join(name.lower().split()).encode("utf-8")).hexdigest()


def read_lines(path: Path | None) -> frozenset[str]:
    """The lines of a list file (region names or keys, one per line, # comments); none when there is no file."""
    if path is None or not path.exists():
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


def read_training(paths: Sequence[Path], excluded: frozenset[str] = frozenset()) -> list[dict[str, str]]:
    """Rows with a valid dimension from training CSVs (name, description, dimension, region; sentence optional),
    without the rows of regions whose key is in `excluded`."""
    rows: list[dict[str, str]] = []
    for path in paths:
        try:
            with path.open(encoding="utf-8") as handle:
                reader = csv.DictReader(handle)
                found, columns = list(reader), set(reader.fieldnames or ())
        except OSError as exc:
            raise NlpError(str(path), f"cannot read training data: {exc.strerror}", "check the path") from exc
        # a file of the header only is no error: a generated file may hold no rows (no dev gold in a corpus)
        missing = {"name", "dimension"} - columns
        if missing:
            raise NlpError(str(path), f"training CSV lacks column(s) {', '.join(sorted(missing))}",
                           "give name, description, dimension and region columns")
        kept = [r for r in found if region_key(r.get("region") or "") not in excluded]
        if len(kept) < len(found):
            log.info("%s: %d rows of excluded regions left out", path.name, len(found) - len(kept))
        # each row remembers its file, so scores can be split by source (public lists, the project's corpus)
        rows += [{**r, "training_file": path.name} for r in kept if r.get("dimension") in DIMENSIONS and r.get("name")]
    labels = {r["dimension"] for r in rows}
    if len(labels) < 2:
        raise NlpError(", ".join(map(str, paths)), "needs examples of at least two dimensions",
                       "check the CSV's dimension column")
    return rows


def groups(rows: Sequence[dict[str, str]]) -> list[str]:
    """A group per row such that rows sharing a region or a source share a group (connected components)."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    keys = [("region:" + (r.get("region") or r["name"]), "source:" + (r.get("source_url") or r["name"]))
            for r in rows]
    for region, source in keys:
        parent[root(region)] = root(source)
    return [root(region) for region, _ in keys]


def folds(rows: Sequence[dict[str, str]], seed: int | None = None) -> list[tuple[np.ndarray, np.ndarray]]:
    """Train/test index pairs in which no region and no source is on both sides; with a seed, the groups are
    shuffled before they are dealt to the folds (another draw of the same groups)."""
    found = groups(rows)
    if len(set(found)) < 2:
        raise NlpError(f"{len(rows)} training rows", "cross-validation needs rows of at least two regions that "
                       "share no source", "add rows of other regions, from other sources")
    splitter = GroupKFold(n_splits=min(FOLDS, len(set(found))), shuffle=seed is not None, random_state=seed)
    return list(splitter.split(rows, groups=found))


def draw_test_regions(rows: Sequence[dict[str, str]], seed: int = TEST_SEED, count: int = TEST_REGIONS) -> list[str]:
    """`count` regions of the rows, drawn at random with `seed` (how test_regions.txt was made), sorted."""
    regions = sorted({r["region"] for r in rows if r.get("region")})
    random.Random(seed).shuffle(regions)
    return sorted(regions[:count])


def split(rows: Sequence[dict[str, str]], test_regions: frozenset[str]) -> tuple[list[int], list[int]]:
    """Indices of the development rows and of the test rows (those of `test_regions`); rows that share a source
    with a test row belong to neither, so no test article is learnt from."""
    test = [i for i, r in enumerate(rows) if r.get("region") in test_regions]
    sources = {rows[i].get("source_url") for i in test}
    dev = [i for i, r in enumerate(rows) if r.get("region") not in test_regions and r.get("source_url") not in sources]
    return dev, test


@dataclass
class CrossValidation:
    """Predictions of one model over rows it never saw (out of fold, or a test split), with their scores."""

    model: str
    true: list[str]
    predicted: list[str]
    confidence: list[float]
    labels: tuple[str, ...] = DIMENSIONS
    macro_f1: float = 0.0
    per_class_f1: dict[str, float] = field(default_factory=dict)

    @classmethod
    def of(cls, model: str, true: list[str], predicted: list[str], confidence: list[float]) -> CrossValidation:
        """Scores computed from the predictions."""
        per_class = f1_score(true, predicted, labels=list(DIMENSIONS), average=None, zero_division=0)
        return cls(model, true, predicted, confidence,
                   macro_f1=round(float(f1_score(true, predicted, average="macro", zero_division=0)), 3),
                   per_class_f1={d: round(float(v), 3) for d, v in zip(DIMENSIONS, per_class)})

    def confusion(self) -> list[list[int]]:
        """Rows: true dimension, columns: predicted (both in DIMENSIONS order)."""
        return confusion_matrix(self.true, self.predicted, labels=list(DIMENSIONS)).tolist()  # type: ignore[no-any-return]

    def abstention(self, threshold: float) -> dict[str, float]:
        """At `threshold`: the share of rows given a dimension, and how often those are right."""
        kept = [(t, p) for t, p, c in zip(self.true, self.predicted, self.confidence) if c >= threshold]
        return {"coverage": round(len(kept) / max(len(self.true), 1), 3),
                "precision": round(sum(t == p for t, p in kept) / max(len(kept), 1), 3)}

    def abstentions(self, *thresholds: float) -> list[dict[str, float]]:
        """`abstention` at each threshold, with the threshold."""
        return [{"threshold": t, **self.abstention(t)} for t in thresholds]

    def summary(self) -> dict[str, Any]:
        """Rows, macro-F1, per-class F1 and confusion matrix, for the metadata."""
        return {"rows": len(self.true), "macro_f1": self.macro_f1, "per_class_f1": self.per_class_f1,
                "confusion": self.confusion()}


def keyword_baseline(row: dict[str, str]) -> str:
    """The dimension with most cue words in the name and description (Smart Governance when none)."""
    counts = cue_counts(f"{row.get('name', '')} {row.get('description', '')}")
    return DIMENSIONS[int(np.argmax(counts))] if max(counts) else "Smart Governance"


def region_weights(rows: Sequence[dict[str, str]]) -> np.ndarray:
    """One training weight per row, n ** -REGION_WEIGHT_EXPONENT for a row of a region with n rows (rows without a
    region counted by name) times the FILE_WEIGHTS of its training file, scaled to a mean of 1."""
    counts = Counter(r.get("region") or r["name"] for r in rows)
    weights = np.array([counts[r.get("region") or r["name"]] ** -REGION_WEIGHT_EXPONENT
                        * FILE_WEIGHTS.get(r.get("training_file") or "", 1.0) for r in rows], dtype=float)
    return weights / weights.mean()


def fit(rows: Sequence[dict[str, str]], model: str) -> Pipeline:
    """A classifier of kind `model` fitted on the rows, weighted by region (see region_weights)."""
    return build_classifier(model).fit(as_frame(rows), [r["dimension"] for r in rows],
                                       model__sample_weight=region_weights(rows))


def scored(fitted: Pipeline, model: str, rows: Sequence[dict[str, str]]) -> CrossValidation:
    """The predictions of a fitted classifier on rows, scored."""
    probabilities = fitted.predict_proba(as_frame(rows))
    return CrossValidation.of(model, [r["dimension"] for r in rows],
                              [str(fitted.classes_[p.argmax()]) for p in probabilities],
                              [float(p.max()) for p in probabilities])


def cross_validate(rows: Sequence[dict[str, str]], model: str = "linear_svc_calibrated",
                   seed: int | None = None) -> CrossValidation:
    """Cross-validation of one candidate ("keyword_baseline" for the baseline), folds grouped by region and
    source (shuffled with `seed`, see `folds`)."""
    true = [r["dimension"] for r in rows]
    if model == "keyword_baseline":
        return CrossValidation.of(model, true, [keyword_baseline(r) for r in rows], [1.0] * len(rows))
    predicted, confidence = [""] * len(rows), [0.0] * len(rows)
    for train_index, test_index in folds(rows, seed):
        fold = scored(fit([rows[i] for i in train_index], model), model, [rows[i] for i in test_index])
        for i, p, c in zip(test_index, fold.predicted, fold.confidence):
            predicted[i], confidence[i] = p, c
    return CrossValidation.of(model, true, predicted, confidence)


def best_threshold(validation: CrossValidation) -> float:
    """The threshold in THRESHOLD_RANGE below which leaving the dimension empty beats guessing (best F1 of the
    kept predictions against all rows)."""
    def f1_at(threshold: float) -> float:
        kept = validation.abstention(threshold)
        return 2 * kept["coverage"] * kept["precision"] / (kept["coverage"] + 1)

    low, high = THRESHOLD_RANGE
    return max((t for t in THRESHOLDS if low <= t <= high), key=lambda t: (f1_at(t), -t))


def precise_threshold(validation: CrossValidation) -> float:
    """The lowest threshold of THRESHOLDS at which the kept predictions reach TARGET_PRECISION (the highest when
    none does)."""
    return next((t for t in THRESHOLDS if validation.abstention(t)["precision"] >= TARGET_PRECISION), THRESHOLDS[-1])


def report(metadata: dict[str, Any]) -> str:
    """The figures of a training run as text: grouped cross-validation and test split, per dimension, with the
    confusion matrices and the abstention."""
    short = [d.removeprefix("Smart ")[:5] for d in DIMENSIONS]
    lines = []
    for title, key in (("grouped cross-validation (region and source)", "cross_validation"),
                       ("fixed test split (regions never used for a choice)", "test_split")):
        part = metadata.get(key) or {}
        if not part.get("rows"):
            continue
        kept = " and ".join(f"{a['coverage']:.0%} of them given a dimension at {a['threshold']}, right {a['precision']:.0%}"
                            for a in part["abstention"])
        lines += [f"{title}: {part['rows']} rows, macro-F1 {part['macro_f1']}; {kept}",
                  "  per dimension F1: " + ", ".join(f"{s} {part['per_class_f1'][d]}" for s, d in zip(short, DIMENSIONS)),
                  "  confusion (rows: true, columns: predicted)",
                  "  " + " " * 6 + " ".join(f"{s:>5}" for s in short)]
        lines += [f"  {s:>5} " + " ".join(f"{n:>5}" for n in row) for s, row in zip(short, part["confusion"])]
    gate = metadata.get("gate")
    if gate:
        lines.append(f"innovation gate (fitted without the test regions and half the {gate['fragments']} news "
                     f"fragments): keeps {gate['test_names_kept']:.0%} of the test split's names, "
                     f"{gate['test_descriptions_kept']:.0%} of its descriptions, {gate['other_fragments_kept']:.0%} "
                     "of the other fragments")
    candidates = {n: v["macro_f1"] for n, v in metadata["cross_validation"]["candidates"].items()}
    lines.append(f"candidates (grouped cross-validation macro-F1): {candidates}; chosen {metadata['model']}")
    return "\n".join(lines)


def train_and_evaluate(rows: Sequence[dict[str, str]], test_regions: frozenset[str], fragments: Sequence[str] = (),
                       ) -> tuple[Pipeline, LogisticRegression | None, dict[str, Any]]:
    """Choose the model and threshold on the grouped folds of the development rows, score that choice once on
    the test regions, and fit it on every row, with the gate when news `fragments` are given; returns the fitted
    pipeline, the gate and the figures."""
    dev_index, test_index = split(rows, test_regions)
    dev = [rows[i] for i in dev_index]
    validations = {name: cross_validate(dev, name) for name in (*CANDIDATES, "keyword_baseline")}
    best = max(CANDIDATES, key=lambda name: (validations[name].macro_f1, name))
    free_text = precise_threshold(validations[best])
    threshold = min(ARTICLE_THRESHOLD, free_text)
    figures: dict[str, Any] = {
        "model": best,
        "threshold": threshold,
        "out_of_fold_threshold": best_threshold(validations[best]),
        "free_text_threshold": free_text,
        "target_precision": TARGET_PRECISION,
        "rows": len(rows),
        "regions": len({r.get("region") for r in rows}),
        "cross_validation": {
            "folds": f"GroupKFold({FOLDS}) over groups joining the rows of one region or one source",
            **validations[best].summary(), "abstention": validations[best].abstentions(threshold, free_text),
            "candidates": {n: {"macro_f1": v.macro_f1, "per_class_f1": v.per_class_f1} for n, v in validations.items()},
        },
        # the chosen model's out-of-fold predictions, for gates without the training data
        "out_of_fold": {"true": validations[best].true, "predicted": validations[best].predicted,
                        "training_file": [r["training_file"] for r in dev]},
    }
    if test_index:
        fitted_dev = fit(dev, best)
        test_rows = [rows[i] for i in test_index]
        test = scored(fitted_dev, best, test_rows)
        figures["test_split"] = {"regions": len({rows[i]["region"] for i in test_index}), **test.summary(),
                                 "abstention": test.abstentions(threshold, free_text)}
        if fragments:  # the gate fitted on the development rows and half the fragments, scored on the rest
            gate = fit_gate(fitted_dev, dev, fragments[::2])
            figures["gate"] = {
                "fragments": len(fragments),
                "test_names_kept": gate_share(fitted_dev, gate, [{"name": r["name"]} for r in test_rows if r.get("name")]),
                "test_descriptions_kept": gate_share(fitted_dev, gate, [{"description": r["description"]}
                                                                        for r in test_rows if r.get("description")]),
                "other_fragments_kept": gate_share(fitted_dev, gate, [{c: t} for t in fragments[1::2]
                                                                      for c in ("name", "description")]),
            }
    fitted = fit(rows, best)
    return fitted, fit_gate(fitted, rows, fragments) if fragments else None, figures
