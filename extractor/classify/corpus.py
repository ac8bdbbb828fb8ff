"""Training rows from the project's own gold: each gold innovation of the development corpus with the description
and sentence the extractor finds for it, and each innovation of the real dev half's gold with its facts only (no
article text is committed), labelled with the gold dimension."""

from __future__ import annotations

import csv
import json
import logging
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.errors import ExtractorError, SourceError
from extractor.records import Failure

log = logging.getLogger(__name__)

COLUMNS = ("name", "description", "sentence", "dimension", "region", "year", "evidence", "source_url")
DEV_GOLD_FILE = "dev_gold_innovations.csv"  # written by dev_gold_rows from corpus/real/dev
HELD_OUT_FILE = "held_out_articles.txt"  # ids and ranges of real dev articles no training file may use


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


@dataclass
class DevGoldRows:
    """The training rows of the real dev gold, and how many innovations were left out, by reason."""

    rows: list[dict[str, str]]
    left_out: Counter[str] = field(default_factory=Counter)
    held_out_articles: int = 0


def dev_gold_rows(gold_dir: Path, known: Iterable[dict[str, str]] = (), held_out: Iterable[str] = (),
                  excluded: frozenset[str] = frozenset()) -> DevGoldRows:
    """One row per innovation with a dimension of the real dev gold (name, the gold's description where it has
    one, written in the annotator's own words, dimension, region, year, the gold's dimension_source as evidence,
    its url as source; no sentence: the article text stays out of the repository). The region is the article's only gold region, else the only region of its events; the year
    the first event's start year. Left out: the articles `held_out` names (ids and ranges, never opened),
    innovations without a single region, of a region whose key is in `excluded`, or already among the `known`
    rows (or earlier in the file) by name and region; of a repeat, a stated dimension wins over an inferred one."""
    from extractor.classify.training import region_key

    def key(name: str, region: str) -> tuple[str, str]:
        return " ".join(name.casefold().split()), " ".join(region.casefold().split())

    known_keys = {key(r.get("name") or "", r.get("region") or "") for r in known}
    seen: dict[tuple[str, str], int] = {}
    paths = sorted(gold_dir.glob("*.json"))
    skipped = held_out_ids([p.stem for p in paths], held_out)
    result = DevGoldRows([], Counter(), len(skipped))
    for path in (p for p in paths if p.stem not in skipped):
        gold = json.loads(path.read_text(encoding="utf-8"))
        items = [i for i in gold.get("innovations") or [] if i.get("name")]
        result.left_out["no dimension"] += sum(not i.get("dimension") for i in items)
        items = [i for i in items if i.get("dimension")]
        if not items:
            continue
        events = gold.get("events") or []
        region = _single(gold.get("regions") or []) or _single([r for e in events for r in e.get("regions") or []])
        if not region:
            result.left_out["no single region"] += len(items)
            continue
        if region_key(region) in excluded:
            result.left_out["reserved region"] += len(items)
            continue
        year = next((str(e["start"])[:4] for e in events if e.get("start")), "")
        for item in items:
            if key(item["name"], region) in known_keys:
                result.left_out["already in a training file"] += 1
                continue
            row = {"name": item["name"], "description": item.get("description") or "", "sentence": "",
                   "dimension": item["dimension"], "region": region, "year": year,
                   "evidence": item.get("dimension_source") or "inferred", "source_url": gold.get("url") or path.stem}
            at = seen.get(key(item["name"], region))
            if at is not None:
                result.left_out["repeated in the dev gold"] += 1
                if row["evidence"] == "stated" != result.rows[at]["evidence"]:
                    result.rows[at] = row  # the dimension an article states outweighs one an annotator inferred
                continue
            seen[key(item["name"], region)] = len(result.rows)
            result.rows.append(row)
    return result


def _single(regions: Sequence[str]) -> str:
    """The region when the list holds exactly one (repeats aside), else ''."""
    found = set(regions)
    return found.pop() if len(found) == 1 else ""


def held_out_ids(stems: Sequence[str], held_out: Iterable[str]) -> set[str]:
    """The stems among `stems` that the ids and ranges of `held_out` ("r1212-r1223", "r402", "r1301,r1303") name."""
    from extractor.evaluate import select_gold

    ids: dict[str, dict[str, Any]] = {stem: {} for stem in stems}
    found: set[str] = set()
    # each id or range on its own: one absent from this corpus must not drop the others of its line
    for part in (p for line in held_out for p in line.split(",")):
        try:
            found |= set(select_gold(ids, part))
        except SourceError:
            continue  # no article of this id or range here
    return found


def read_known(paths: Iterable[Path]) -> list[dict[str, str]]:
    """The rows of the training CSVs that exist among `paths` (for dev_gold_rows' `known`)."""
    rows: list[dict[str, str]] = []
    for path in paths:
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                rows += csv.DictReader(handle)
    return rows


def write_dev_gold_rows(corpus: Path, known_files: Sequence[str]) -> DevGoldRows:
    """Regenerate training/DEV_GOLD_FILE of `corpus` from the real dev gold (real/dev), leaving out the articles
    of training/HELD_OUT_FILE, the regions of training/excluded_regions.txt and the rows the `known_files` of
    training/ hold (only a header when there is no dev gold)."""
    from extractor.classify.training import read_lines

    training = corpus / "training"
    result = dev_gold_rows(corpus / "real" / "dev", read_known(training / name for name in known_files),
                           read_lines(training / HELD_OUT_FILE), read_lines(training / "excluded_regions.txt"))
    write_rows(result.rows, training / DEV_GOLD_FILE)
    log.info("%s: %d rows; left out %s and the %d articles of %s", DEV_GOLD_FILE, len(result.rows),
             dict(result.left_out), result.held_out_articles, HELD_OUT_FILE)
    return result
