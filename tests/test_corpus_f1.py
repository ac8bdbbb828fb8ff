"""Accuracy gates: the pipeline's F1 on the project's corpus against a pinned baseline, and on the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.evaluate import load_gold, score
from extractor.pipeline import extract_sources
from extractor.records import Failure
from extractor.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
# scores may wobble by one item when a rule changes elsewhere; a real regression costs more than this
TOLERANCE = 0.01


def _scores(gold_dir: Path, sources: list[str]) -> dict[str, dict[str, float]]:
    predictions = [r.summary for r in extract_sources(sources, Settings()) if not isinstance(r, Failure)]
    return score(load_gold(gold_dir), predictions)


@pytest.fixture(scope="module")
def corpus_scores() -> dict[str, dict[str, float]]:
    return _scores(ROOT / "corpus" / "gold", [str(ROOT / "corpus" / "samples"), str(ROOT / "corpus" / "articles")])


PINNED = json.loads((ROOT / "corpus" / "baseline.json").read_text())
BASELINE, HELDOUT_BASELINE = PINNED["f1"], PINNED["heldout_f1"]


@pytest.fixture(scope="module")
def heldout_scores() -> dict[str, dict[str, float]]:
    return _scores(ROOT / "corpus" / "heldout" / "gold", [str(ROOT / "corpus" / "heldout" / "articles")])


@pytest.mark.parametrize("field", sorted(HELDOUT_BASELINE))
def test_heldout_f1_does_not_drop_below_baseline(heldout_scores: dict[str, dict[str, float]], field: str) -> None:
    assert heldout_scores[field]["f1"] >= HELDOUT_BASELINE[field] - TOLERANCE, heldout_scores[field]


@pytest.mark.parametrize("field", sorted(BASELINE))
def test_corpus_f1_does_not_drop_below_baseline(corpus_scores: dict[str, dict[str, float]], field: str) -> None:
    assert corpus_scores[field]["f1"] >= BASELINE[field] - TOLERANCE, corpus_scores[field]


def test_every_gold_article_is_extracted(corpus_scores: dict[str, dict[str, float]]) -> None:
    gold = load_gold(ROOT / "corpus" / "gold")
    sources = sorted(p.stem for d in ("samples", "articles") for p in (ROOT / "corpus" / d).iterdir())
    assert sorted(gold) == sources


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="the seed articles in ../shared/corpus are not here")
def test_seed_articles_reach_f1_095_on_every_field() -> None:
    rows = _scores(SHARED / "gold", [str(SHARED / "seeds")])
    low = {field: r["f1"] for field, r in rows.items() if r["f1"] < 0.95}
    assert not low, low
