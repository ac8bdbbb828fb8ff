"""The pipeline's innovation dimensions on the development corpus, each article classified by a model that never
saw its region's rows: the honest counterpart of the corpus gate, whose packaged model is trained on the corpus.

The articles are split into region-grouped folds (GroupKFold on each article's first gold region, as the
classifier's own cross-validation groups its rows); for each fold a classifier of the packaged kind and threshold
is fitted on every training row except those of the fold's articles and regions, and classifies the fold's
articles inside the ordinary pipeline. Run `python -m extractor.classify.crossfit` (about a minute); the README
quotes its innovation+dimension row.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

from sklearn.model_selection import GroupKFold

from extractor.classify import TRAINING_FILES
from extractor.classify.model import Classifier, read_metadata, using
from extractor.classify.training import FOLDS, fit, read_lines, read_training

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
ARTICLE_DIRS = ("samples", "articles")


def cross_fitted_predictions(corpus: Path = ROOT / "corpus", folds: int = FOLDS) -> list[dict[str, Any]]:
    """The pipeline's summary of every development-corpus article, its unfiled innovations classified by a model
    trained without the rows of the article's fold (its articles and every region they name)."""
    from extractor.evaluate import load_gold
    from extractor.pipeline import extract_sources
    from extractor.records import Failure
    from extractor.settings import Settings

    gold = load_gold(corpus / "gold")
    articles = sorted((p for d in ARTICLE_DIRS for p in (corpus / d).iterdir() if p.stem in gold),
                      key=lambda p: p.stem)
    training = corpus / "training"
    rows = read_training([training / p.name for p in TRAINING_FILES if (training / p.name).exists()],
                         read_lines(training / "excluded_regions.txt"))
    metadata = read_metadata()
    groups = [(gold[p.stem].get("regions") or [p.stem])[0] for p in articles]
    summaries: list[dict[str, Any]] = []
    for _, test_index in GroupKFold(n_splits=folds).split(articles, groups=groups):
        stems = {articles[i].stem for i in test_index}
        regions = {r for i in test_index for r in gold[articles[i].stem].get("regions") or []}
        kept = [r for r in rows if Path(r.get("source_url") or "").stem not in stems and r.get("region") not in regions]
        log.info("fold of %d articles: training on %d of %d rows", len(stems), len(kept), len(rows))
        pipeline = fit(kept, metadata["model"])
        with using(Classifier(pipeline, float(metadata["threshold"]))):
            summaries += [r.summary for r in extract_sources([str(articles[i]) for i in test_index], Settings())
                          if not isinstance(r, Failure)]
    return summaries


def main() -> None:
    """Print the scores of the cross-fitted predictions as JSON."""
    from extractor.evaluate import load_gold, score

    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "corpus"
    print(json.dumps(score(load_gold(corpus / "gold"), cross_fitted_predictions(corpus)), indent=1))


if __name__ == "__main__":
    main()
