"""Training rows from the project's own corpus: each gold innovation with the description and sentence the
extractor finds for it, labelled with the gold dimension."""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from extractor.errors import ExtractorError
from extractor.records import Failure

log = logging.getLogger(__name__)

COLUMNS = ("name", "description", "sentence", "dimension", "region", "year", "evidence", "source_url")


def corpus_rows(gold_dir: Path, article_dirs: Sequence[Path]) -> Iterator[dict[str, str]]:
    """One row per gold innovation with a dimension, for every article of `article_dirs` that has gold."""
    from extractor.nlp import analyse
    from extractor.nlp.spans import sentence_of, spans_of
    from extractor.parse import parse_page
    from extractor.settings import load_settings
    from extractor.sources import iter_pages

    settings = load_settings()
    paths = sorted(p for d in article_dirs for p in d.iterdir() if (gold_dir / f"{p.stem}.json").exists())
    for page in iter_pages([str(p) for p in paths]):
        if isinstance(page, Failure):
            log.warning("skipping %s: %s", page.source, page.reason)
            continue
        try:
            article = parse_page(page, settings)
        except ExtractorError as exc:
            log.warning("skipping %s", exc)
            continue
        gold = json.loads((gold_dir / f"{Path(page.source).stem}.json").read_text(encoding="utf-8"))
        doc = analyse(article.text, article.published)
        text = doc.text
        found: dict[str, dict[str, Any]] = {}
        for span in spans_of(doc, "innovations"):
            a, b = sentence_of(doc, span.start_char)
            found.setdefault(span._.value["name"].casefold(),
                             {"description": span._.value.get("description") or "", "sentence": text[a:b]})
        region = (gold.get("regions") or [""])[0]
        year = (gold.get("published") or "")[:4]
        for item in gold.get("innovations") or []:
            if not item.get("dimension"):
                continue
            seen = found.get(item["name"].casefold()) or {"description": "",
                                                          "sentence": _sentence(text, item["name"])}
            yield {"name": item["name"], "description": seen["description"],
                   "sentence": " ".join(seen["sentence"].split()),
                   "dimension": item["dimension"], "region": region, "year": year,
                   "evidence": item.get("dimension_source") or "inferred", "source_url": Path(page.source).as_posix()}


def _sentence(text: str, name: str) -> str:
    """The sentence (between full stops or line breaks) where `name` first appears, or ''."""
    at = text.casefold().find(name.casefold())
    if at < 0:
        return ""
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)
    ends = [e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0]
    return text[start:min(ends) + 1 if ends else len(text)].strip()


def write_rows(rows: Sequence[dict[str, str]], path: Path) -> Path:
    """Write training rows as CSV with COLUMNS."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path
