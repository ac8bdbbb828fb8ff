"""Turn the cached real articles into evaluation input: one JSONL file per half of the real-article set.

usage: python benchmarks/real_articles.py [--cache DIR] [--out DIR]

The gold files live in corpus/real/dev and corpus/real/test (facts only, one <id>.json per article). The
article texts are other people's writing and are never committed: they are cached, git-ignored, as
.cache/real-articles/<id>.txt (the headline, where the page has one, as <id>.title). This script writes out/real-dev.jsonl and out/real-test.jsonl (id, url, title,
published and text of each cached article), ready for

    extractor evaluate corpus/real/dev out/real-dev.jsonl --show-errors

Without the cache, score the live pages instead (internet access needed; pages are matched to gold by URL):

    extractor evaluate corpus/real/test $(cat corpus/real/test/urls.txt)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SPLITS = ("dev", "test")


def gold_files(real_dir: Path, split: str) -> list[Path]:
    """The gold files of one half of the real-article set."""
    return sorted((real_dir / split).glob("*.json"))


def record(gold: dict[str, Any], cache: Path) -> dict[str, Any] | None:
    """The evaluation input for one gold article, or None when its text is not cached."""
    text_file = cache / f"{gold['id']}.txt"
    if not text_file.is_file():
        return None
    # headlines are other people's writing too: cached beside the text, not in the gold
    title_file = cache / f"{gold['id']}.title"
    title = title_file.read_text(encoding="utf-8") if title_file.is_file() else gold.get("title")
    return {"id": gold["id"], "url": gold.get("url"), "title": title,
            "published": gold.get("published"), "text": text_file.read_text(encoding="utf-8")}


def build(real_dir: Path, cache: Path, out: Path) -> dict[str, tuple[int, int]]:
    """Write out/real-<split>.jsonl for each half; (articles written, articles without cached text) per half."""
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for split in SPLITS:
        written = missing = 0
        with (out / f"real-{split}.jsonl").open("w", encoding="utf-8") as sink:
            for path in gold_files(real_dir, split):
                item = record(json.loads(path.read_text(encoding="utf-8")), cache)
                if item is None:
                    missing += 1
                    continue
                sink.write(json.dumps(item, ensure_ascii=False) + "\n")
                written += 1
        counts[split] = (written, missing)
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--real", type=Path, default=ROOT / "corpus" / "real", help="the real-article gold")
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache" / "real-articles")
    parser.add_argument("--out", type=Path, default=ROOT / "out")
    args = parser.parse_args()
    counts = build(args.real, args.cache, args.out)
    for split, (written, missing) in counts.items():
        note = f" ({missing} not cached: score the live pages, see --help)" if missing else ""
        print(f"{args.out / f'real-{split}.jsonl'}: {written} articles{note}")
    return 0 if any(written for written, _ in counts.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
