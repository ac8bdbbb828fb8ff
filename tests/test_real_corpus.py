"""The real-article gold set (corpus/real): well-formed facts, split by outlet, no reserved article, and the
script that turns the git-ignored text cache into evaluation input."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from extractor.nlp.lexicon import read_rows

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "corpus" / "real"
TOOLS = ROOT.parent / "shared" / "tools"
sys.path.insert(0, str(ROOT / "benchmarks"))
import real_articles

GOLD = {split: [json.loads(p.read_text(encoding="utf-8")) for p in real_articles.gold_files(REAL, split)]
        for split in real_articles.SPLITS}
ALL = [g for golds in GOLD.values() for g in golds]
CATEGORIES = {"ministry", "regional_official", "assessor", "other"}
EVENT_TYPES = {"assessment", "selection_result", "evaluation", "pre_evaluation", "technical_guidance",
               "mou_signing", "launch", "award", "other"}
PILLARS = {"Smart Governance", "Smart Branding", "Smart Economy", "Smart Living", "Smart Society",
           "Smart Environment", "Smart Mobility", "Smart People"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
REGION_ROWS = read_rows("regions.csv")
KABKOTA = {r["name"] for r in REGION_ROWS if r["kind"] in ("kabupaten", "kota")}
PROVINCES = {r["name"] for r in REGION_ROWS if r["kind"] == "provinsi"}


def test_the_set_is_large_and_varied() -> None:
    assert len(ALL) >= 80
    assert len({g["site"] for g in ALL}) >= 40
    years = {int(d["start"][:4]) for g in ALL for d in g["dates"] + g["events"] if d.get("start")}
    assert min(years) <= 2018 and max(years) >= 2025


def test_each_outlet_is_in_one_half_only() -> None:
    dev, test = ({g["site"] for g in GOLD[s]} for s in ("dev", "test"))
    assert not dev & test
    assert all(g["split"] == split for split, golds in GOLD.items() for g in golds)


def test_urls_files_list_every_article() -> None:
    from extractor.sources import read_url_list

    for split, golds in GOLD.items():
        assert sorted(read_url_list(REAL / split / "urls.txt")) == sorted(g["url"] for g in golds)
    assert sorted(read_url_list(REAL / "urls.txt")) == sorted(g["url"] for g in ALL)


@pytest.mark.parametrize("gold", ALL, ids=[g["id"] for g in ALL])
def test_gold_file_is_well_formed(gold: dict[str, Any]) -> None:
    assert gold["url"].startswith("http") and gold["site"] and gold["found_by"]
    assert not set(gold["regions"]) - KABKOTA, "regions are canonical Kabupaten X / Kota X names"
    assert not set(gold["provinces"]) - PROVINCES
    assert all(p["name"] and p["category"] in CATEGORIES for p in gold["people"])
    assert all(DATE.match(d["start"]) and DATE.match(d["end"]) for d in gold["dates"])
    assert all(isinstance(s["value"], int | float) for s in gold["scores"])
    assert not set(gold["dimensions"]) - PILLARS
    assert all(i["name"] and i["dimension_source"] in ("stated", "inferred") and
               (i["dimension"] is None or i["dimension"] in PILLARS) for i in gold["innovations"])
    for event in gold["events"]:
        assert event["type"] in EVENT_TYPES
        assert not set(event["regions"]) - KABKOTA
        assert all(event[k] is None or DATE.match(event[k]) for k in ("start", "end"))


@pytest.mark.skipif(not (TOOLS / "reserved.py").is_file(), reason="../shared/tools/reserved.py is not here")
def test_no_reserved_article_is_in_the_set() -> None:
    sys.path.insert(0, str(TOOLS))
    from reserved import is_reserved

    cache = ROOT / ".cache" / "real-articles"  # headlines are cached beside the texts, not in the gold

    def title(gold: dict[str, Any]) -> str | None:
        cached = cache / f"{gold['id']}.title"
        return cached.read_text(encoding="utf-8") if cached.is_file() else gold.get("title")

    assert not [g["id"] for g in ALL if is_reserved(g["url"], title(g))]


def test_build_writes_cached_articles_and_counts_the_missing(tmp_path: Path) -> None:
    real, cache = tmp_path / "real", tmp_path / "cache"
    for split, ids in (("dev", ["a", "b"]), ("test", ["c"])):
        (real / split).mkdir(parents=True)
        for gid in ids:
            (real / split / f"{gid}.json").write_text(json.dumps({"id": gid, "url": f"https://x.example/{gid}",
                                                                  "title": gid.upper(), "published": None}))
    cache.mkdir()
    (cache / "a.txt").write_text("teks a")
    (cache / "c.txt").write_text("teks c")

    counts = real_articles.build(real, cache, tmp_path / "out")

    assert counts == {"dev": (1, 1), "test": (1, 0)}
    lines = (tmp_path / "out" / "real-dev.jsonl").read_text().splitlines()
    assert [json.loads(line) for line in lines] == [
        {"id": "a", "url": "https://x.example/a", "title": "A", "published": None, "text": "teks a"}]
