"""The fitted classifier as plain arrays: read without scikit-learn, pandas or pickle, and fast to apply.

scikit-learn and skops take about 2 s to import and the skops file 0.3 s to read, at every start of a process
that classifies; the pipeline's ColumnTransformer and the pandas frame cost about 10 ms per call. A fitted
pipeline of `training.build_classifier` is only vocabularies, IDF weights, linear coefficients and sigmoid
calibrations, so `compile_pipeline` copies those into a `CompactModel`, whose `predict_proba` repeats the
pipeline's arithmetic: the same float operations in the same order, hence the same probabilities to the last
bit (`save` checks that on the training rows, tests/test_classify.py on others).

The file is a NumPy .npz archive of numeric and string arrays read with `allow_pickle=False`: whatever it
holds, reading it runs no code, and `model.load` refuses a file whose SHA-256 is not the one in the metadata.
"""

from __future__ import annotations

import json
import math
import re
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from extractor.classify.text import TEXTS, columns, cue_counts, normalise

FORMAT = 3  # 2: three texts (name, text, context), places masked; terms as UTF-8 bytes; 3: soft votes, naive Bayes
READABLE = (2, 3)
SEPARATOR = "\n"  # between the terms of a vocabulary (no term holds one: analyzers split on white space)
# scikit-learn's defaults that the compiled features assume (CountVectorizer's token pattern and the white space
# that its char_wb analyzer squeezes)
TOKEN_PATTERN = r"(?u)\b\w\w+\b"
_TOKENS = re.compile(TOKEN_PATTERN)
_WHITE_SPACES = re.compile(r"\s\s+")
COLUMN_INDEX = {name: i for i, name in enumerate(TEXTS)}


@dataclass(frozen=True)
class Block:
    """One transformer of the ColumnTransformer: TF-IDF n-grams ("char_wb", "word") or the six cue counts
    ("cues") of one column, with its weight and the offset of its columns in the feature vector."""

    kind: str
    column: str
    weight: float | None
    offset: int
    ngram_range: tuple[int, int] = (1, 1)
    vocabulary: dict[str, int] | None = None
    idf: np.ndarray | None = None

    def features(self, text: str) -> tuple[list[int], np.ndarray]:
        """Sorted column indices (with the offset) and values of this block for one text."""
        if self.kind == "cues":
            counts = np.array(cue_counts(text), dtype=float)
            nonzero = [i for i, c in enumerate(counts) if c != 0]
            values = counts[nonzero]
        else:
            assert self.vocabulary is not None and self.idf is not None
            grams = _char_wb_ngrams(text, *self.ngram_range) if self.kind == "char_wb" else \
                _word_ngrams(normalise(text), *self.ngram_range)
            found = Counter(i for i in (self.vocabulary.get(g) for g in grams) if i is not None)
            nonzero = sorted(found)
            # TfidfTransformer: sublinear tf, idf, then l2 norm summed in index order as scikit-learn's Cython does
            values = np.array([found[i] for i in nonzero], dtype=np.float64)
            np.log(values, values)
            values += 1.0
            values *= self.idf[nonzero]
            total = 0.0
            for v in values.tolist():
                total += v * v
            if total != 0.0:
                values /= math.sqrt(total)
        if self.weight is not None:
            values = values * self.weight
        return [self.offset + i for i in nonzero], values


@dataclass(frozen=True)
class CompactModel:
    """The features and linear model(s) of a fitted pipeline; `predict_proba` takes rows, not a DataFrame."""

    classes_: np.ndarray
    blocks: tuple[Block, ...]
    kind: str  # "sigmoid": CalibratedClassifierCV(method="sigmoid"); "softmax": multinomial LogisticRegression
    coef: np.ndarray  # (models, classes, features)
    intercept: np.ndarray  # (models, classes)
    calibration: np.ndarray  # (models, classes, 2): sigmoid a and b ("sigmoid" only)
    class_index: np.ndarray  # (models, classes): the column of each model's class in classes_
    # what each calibrated model's sigmoids read: 0 its linear scores (decision_function), 1 the probabilities
    # of a naive Bayes whose joint log likelihood those scores are (predict_proba)
    response: np.ndarray | None = None  # (models,); None: all 0
    member: np.ndarray | None = None  # (models,): the soft-vote member each model belongs to; None: all 0
    member_weights: np.ndarray | None = None  # (members,): the vote's weights; None: no vote
    # (features + 1,): a logistic regression over the same features telling an innovation from other text, its
    # intercept last (see training.fit_gate); None: no gate
    gate: np.ndarray | None = None
    # every model's coefficients side by side, (features, models * classes): one product per row for all models
    stacked: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        models, classes, features = self.coef.shape
        object.__setattr__(self, "stacked",
                           np.ascontiguousarray(self.coef.transpose(2, 0, 1).reshape(features, models * classes)))

    def features(self, rows: Sequence[dict[str, Any]]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per row, the indices and values of its non-zero features, in index order."""
        out = []
        seen: dict[tuple[int, str], tuple[list[int], np.ndarray]] = {}  # an article's rows share sentences
        for row in rows:
            texts = columns(row)
            indices: list[int] = []
            parts = []
            for number, block in enumerate(self.blocks):
                key = (number, texts[COLUMN_INDEX[block.column]])
                if key not in seen:
                    seen[key] = block.features(key[1])
                found, values = seen[key]
                indices += found
                parts.append(values)
            out.append((np.array(indices, dtype=np.intp), np.concatenate(parts)))
        return out

    def decisions(self, rows: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
        """The linear scores of every model, (models, rows, classes), as scipy's sparse product sums them (feature
        by feature: each column is summed on its own, so all models in one product sum as each alone would)."""
        models, classes, _ = self.coef.shape
        scores = np.zeros((len(rows), models * classes))
        for r, (indices, values) in enumerate(rows):
            if len(indices):
                scores[r] = np.add.reduce(values[:, None] * self.stacked[indices], axis=0)
        return scores.reshape(len(rows), models, classes).transpose(1, 0, 2) + self.intercept[:, None, :]

    def predict_proba(self, rows: Sequence[dict[str, Any]],
                      features: list[tuple[np.ndarray, np.ndarray]] | None = None) -> np.ndarray:
        """Class probabilities per row, in the order of classes_ (`features`: the rows' features, when the caller
        has them already)."""
        features = self.features(rows) if features is None else features
        n_classes = len(self.classes_)
        decisions = self.decisions(features)
        if self.kind == "softmax":
            scores = decisions[0]
            scores -= np.reshape(np.max(scores, axis=1), (-1, 1))
            np.exp(scores, out=scores)
            scores /= np.reshape(np.sum(scores, axis=1), (-1, 1))
            return scores
        models = self.coef.shape[0]
        response = np.zeros(models, dtype=np.intp) if self.response is None else self.response
        member = np.zeros(models, dtype=np.intp) if self.member is None else self.member
        votes = []
        for number in range(int(member.max()) + 1):
            # CalibratedClassifierCV.predict_proba: the mean of its calibrated models
            mine = [m for m in range(models) if member[m] == number]
            mean = np.zeros((len(rows), n_classes))
            for model in mine:
                scores = decisions[model]
                if response[model] == 1:
                    scores = _naive_bayes_proba(scores)
                mean += self._calibrated(model, scores)
            mean /= len(mine)
            votes.append(mean)
        if self.member_weights is None:
            return votes[0]
        # VotingClassifier(voting="soft").predict_proba
        return np.average(np.asarray(votes), axis=0, weights=self.member_weights)  # type: ignore[no-any-return]

    def innovation_probability(self, rows: Sequence[dict[str, Any]],
                               features: list[tuple[np.ndarray, np.ndarray]] | None = None) -> np.ndarray | None:
        """The gate's probability that each row is an innovation at all; None without a gate."""
        if self.gate is None:
            return None
        weights, bias = self.gate[:-1], float(self.gate[-1])
        features = self.features(rows) if features is None else features
        logits = [float(values @ weights[indices]) + bias for indices, values in features]
        return np.array([1 / (1 + math.exp(-z)) for z in logits])

    def _calibrated(self, model: int, scores: np.ndarray) -> np.ndarray:
        """_CalibratedClassifier.predict_proba of one model's scores (sigmoids, then normalised)."""
        n_classes = len(self.classes_)
        proba = np.zeros((scores.shape[0], n_classes))
        for column, index in enumerate(self.class_index[model]):
            a, b = self.calibration[model, column]
            inner = -(a * scores[:, column] + b)
            # scipy.special.expit, with the C library's exp as scipy uses it
            proba[:, index] = [1 / (1 + math.exp(-x)) for x in inner.tolist()]
        denominator = np.sum(proba, axis=1)[:, np.newaxis]
        uniform = np.full_like(proba, 1 / n_classes)
        proba = np.divide(proba, denominator, out=uniform, where=denominator != 0)
        proba[(1.0 < proba) & (proba <= 1.0 + 1e-5)] = 1.0
        return proba


def _naive_bayes_proba(jll: np.ndarray) -> np.ndarray:
    """ComplementNB.predict_proba from its joint log likelihood: exp(jll - logsumexp(jll)), with the operations of
    scikit-learn's _logsumexp."""
    array_max = np.max(jll, axis=1, keepdims=True)
    index_max = jll == array_max
    array = np.array(jll, copy=True)
    array[index_max] = -np.inf
    m = np.sum(index_max.astype(array.dtype), axis=1, keepdims=True, dtype=array.dtype)
    shift = np.where(np.isfinite(array_max), array_max, 0)
    exp = np.exp(array - shift)
    s = np.sum(exp, axis=1, keepdims=True, dtype=exp.dtype)
    s = np.where(s == 0, s, s / m)
    out = np.squeeze(np.log1p(s) + np.log(m) + array_max, axis=1)
    return np.exp(jll - np.atleast_2d(out).T)  # type: ignore[no-any-return]


def _char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """scikit-learn's char_wb analyzer (lower case, n-grams inside words padded with a space)."""
    grams = []
    for word in _WHITE_SPACES.sub(" ", text.lower()).split():
        word = " " + word + " "
        length = len(word)
        for n in range(low, high + 1):
            offset = 0
            grams.append(word[offset:offset + n])
            while offset + n < length:
                offset += 1
                grams.append(word[offset:offset + n])
            if offset == 0:  # a short word counts once
                break
    return grams


def _word_ngrams(text: str, low: int, high: int) -> list[str]:
    """scikit-learn's word analyzer on preprocessed text: the token pattern, then n-grams joined by spaces."""
    tokens = _TOKENS.findall(text)
    grams = list(tokens) if low == 1 else []
    for n in range(max(low, 2), min(high + 1, len(tokens) + 1)):
        grams += [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
    return grams


class UnsupportedPipeline(ValueError):
    """The fitted pipeline has a part `compile_pipeline` does not know how to copy."""


def compile_pipeline(pipeline: Any) -> CompactModel:
    """The CompactModel of a fitted pipeline of `training.build_classifier`; raises UnsupportedPipeline when the
    pipeline holds anything else (a new feature or model must be taught here first)."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.ensemble import VotingClassifier
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.naive_bayes import ComplementNB
    from sklearn.svm import LinearSVC

    from extractor.classify.features import CueCounts

    features, model = pipeline.named_steps["features"], pipeline.named_steps["model"]
    weights = features.transformer_weights or {}
    blocks, offset = [], 0
    for name, transformer, column in features.transformers_:
        if name == "remainder":
            if transformer != "drop":
                raise UnsupportedPipeline(f"remainder={transformer!r}")
            continue
        if column not in COLUMN_INDEX:
            raise UnsupportedPipeline(f"column {column!r}")
        weight = weights.get(name)
        if isinstance(transformer, CueCounts):
            blocks.append(Block("cues", column, weight, offset))
            offset += 6
            continue
        if not isinstance(transformer, TfidfVectorizer):
            raise UnsupportedPipeline(f"transformer {name}: {type(transformer).__name__}")
        _check_vectorizer(name, transformer)
        vocabulary = {str(term): int(index) for term, index in transformer.vocabulary_.items()}
        blocks.append(Block(transformer.analyzer, column, weight, offset, tuple(transformer.ngram_range),
                            vocabulary, np.asarray(transformer.idf_, dtype=np.float64)))
        offset += len(vocabulary)
    if isinstance(model, LogisticRegression) and len(model.classes_) > 2:
        return CompactModel(np.asarray(model.classes_), tuple(blocks), "softmax", model.coef_[None].copy(),
                            model.intercept_[None].copy(), np.zeros((1, len(model.classes_), 2)),
                            np.arange(len(model.classes_))[None])
    # a soft vote's members learn label-encoded classes (0, 1, ...: the columns of classes_)
    vote = isinstance(model, VotingClassifier) and model.voting == "soft"
    members = list(model.estimators_) if vote else [model]
    weights = (model.weights or [1.0] * len(members)) if vote else None
    parts: dict[str, list[Any]] = {"coef": [], "intercept": [], "calibration": [], "class_index": [], "response": [],
                                   "member": []}
    for number, calibrated_cv in enumerate(members):
        if not (isinstance(calibrated_cv, CalibratedClassifierCV) and calibrated_cv.method == "sigmoid"
                and len(calibrated_cv.classes_) > 2):
            raise UnsupportedPipeline(f"model {calibrated_cv!r}")
        inner = list(calibrated_cv.classes_)
        for calibrated in calibrated_cv.calibrated_classifiers_:
            estimator = calibrated.estimator
            if isinstance(estimator, LinearSVC | LogisticRegression):
                coef, intercept, response = estimator.coef_, estimator.intercept_, 0
            elif isinstance(estimator, ComplementNB):
                coef, intercept, response = estimator.feature_log_prob_, np.zeros(len(estimator.classes_)), 1
            else:
                raise UnsupportedPipeline(f"model {estimator!r}")
            parts["coef"].append(coef)
            parts["intercept"].append(intercept)
            parts["calibration"].append([(c.a_, c.b_) for c in calibrated.calibrators])
            parts["class_index"].append([inner.index(c) for c in estimator.classes_])
            parts["response"].append(response)
            parts["member"].append(number)
    return CompactModel(np.asarray(model.classes_), tuple(blocks), "sigmoid",
                        np.array(parts["coef"], dtype=np.float64), np.array(parts["intercept"], dtype=np.float64),
                        np.array(parts["calibration"], dtype=np.float64), np.array(parts["class_index"], dtype=np.intp),
                        np.array(parts["response"], dtype=np.intp), np.array(parts["member"], dtype=np.intp),
                        None if weights is None else np.array(weights, dtype=np.float64))


def _check_vectorizer(name: str, vectorizer: Any) -> None:
    """Refuse the TfidfVectorizer settings the compiled analyzers do not repeat."""
    from extractor.classify import text

    expected = {"input": "content", "encoding": "utf-8", "decode_error": "strict", "strip_accents": None,
                "tokenizer": None, "stop_words": None, "token_pattern": TOKEN_PATTERN, "binary": False,
                "norm": "l2", "use_idf": True, "sublinear_tf": True, "dtype": np.float64}
    params = vectorizer.get_params()
    wrong = {key: params[key] for key, value in expected.items() if params[key] != value}
    if vectorizer.analyzer == "char_wb":
        if not (vectorizer.lowercase and vectorizer.preprocessor is None):
            wrong["preprocessor"] = vectorizer.preprocessor
    elif vectorizer.analyzer == "word":
        if vectorizer.preprocessor is not text.normalise:
            wrong["preprocessor"] = vectorizer.preprocessor
    else:
        wrong["analyzer"] = vectorizer.analyzer
    if wrong:
        raise UnsupportedPipeline(f"transformer {name}: {wrong}")


def write(model: CompactModel, path: Path) -> Path:
    """Save the model as an .npz archive of plain arrays (fixed timestamps: the same model, the same bytes),
    deflated: a soft vote holds twice the coefficients, about half of them zeros or repeats."""
    layout = {"format": FORMAT, "kind": model.kind, "blocks": [
        {"kind": b.kind, "column": b.column, "weight": b.weight, "offset": b.offset, "ngram_range": b.ngram_range}
        for b in model.blocks]}
    arrays: dict[str, np.ndarray] = {
        "layout": np.array([json.dumps(layout, sort_keys=True)]), "classes": np.array([str(c) for c in model.classes_]),
        "coef": model.coef, "intercept": model.intercept, "calibration": model.calibration,
        "class_index": model.class_index.astype(np.int64)}
    for name in ("response", "member", "member_weights", "gate"):
        value = getattr(model, name)
        if value is not None:
            arrays[name] = np.asarray(value, dtype=np.int64 if name in ("response", "member") else np.float64)
    for i, block in enumerate(model.blocks):
        if block.vocabulary is not None and block.idf is not None:
            terms = sorted(block.vocabulary, key=block.vocabulary.__getitem__)
            if any(SEPARATOR in t for t in terms):
                raise ValueError(f"a term of block {i} holds the separator {SEPARATOR!r}")
            # UTF-8 bytes of the joined terms: a NumPy string array pads every term to the longest, in UTF-32
            arrays[f"terms{i}"] = np.frombuffer(SEPARATOR.join(terms).encode("utf-8"), dtype=np.uint8)
            arrays[f"idf{i}"] = block.idf
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w") as member:
                np.lib.format.write_array(member, np.ascontiguousarray(array), allow_pickle=False)
    return path


def read(source: Path | BinaryIO) -> CompactModel:
    """Read a model written by `write`; raises ValueError (OSError, zipfile.BadZipFile) on anything else."""
    with np.load(source, allow_pickle=False) as archive:
        layout = json.loads(str(archive["layout"][0]))
        if layout.get("format") not in READABLE:
            raise ValueError(f"unknown format {layout.get('format')!r}")
        blocks = []
        for i, spec in enumerate(layout["blocks"]):
            vocabulary, idf = None, None
            if spec["kind"] not in ("char_wb", "word", "cues") or spec["column"] not in COLUMN_INDEX:
                raise ValueError(f"unknown block {spec!r}")
            if spec["kind"] != "cues":
                terms = archive[f"terms{i}"].astype(np.uint8, copy=False).tobytes().decode("utf-8").split(SEPARATOR)
                vocabulary = dict(zip(terms, range(len(terms))))
                idf = archive[f"idf{i}"].astype(np.float64, copy=False)
            blocks.append(Block(spec["kind"], spec["column"], spec["weight"], int(spec["offset"]),
                                tuple(spec["ngram_range"]), vocabulary, idf))  # type: ignore[arg-type]
        optional = {name: archive[name] if name in archive.files else None
                    for name in ("response", "member", "member_weights", "gate")}
        model = CompactModel(archive["classes"], tuple(blocks), layout["kind"], archive["coef"],
                             archive["intercept"], archive["calibration"], archive["class_index"].astype(np.intp),
                             *(None if v is None else v.astype(np.intp if n in ("response", "member") else np.float64)
                               for n, v in optional.items()))
    features = sum(len(b.vocabulary) if b.vocabulary is not None else 6 for b in blocks)
    models = model.coef.shape[0]
    if model.coef.shape[1:] != (len(model.classes_), features) or model.kind not in ("sigmoid", "softmax") \
            or any(v is not None and v.shape != (models,) for v in (model.response, model.member)) \
            or (model.member_weights is not None and (model.member is None
                                                       or model.member_weights.shape != (int(model.member.max()) + 1,))) \
            or (model.gate is not None and model.gate.shape != (features + 1,)):
        raise ValueError("the arrays do not fit together")
    return model
