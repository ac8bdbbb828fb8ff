"""The errors the extractor made on a group of real dev articles the first time it saw them (issues 13/14).

usage: python benchmarks/first_sight.py IDS [IDS ...] [--out DIR] [--texts out/real-dev.jsonl]

For each group of gold ids (a range such as r1000-r1015), the code of the commit right before the group's first
gold file was added is checked out in a temporary git worktree and runs `extractor evaluate --show-errors` on the
group: what that code got wrong on articles it had never seen. The current code usually gets them right as worded;
the generalisation audits of the eighth session wrote new texts for each class of these errors to see whether it
gets the class right. Writes DIR/errors-<group>.txt (default .cache/first-sight). Name only readable groups: never
a measurement group (corpus/training/held_out_articles.txt) nor the test half.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "corpus" / "real" / "dev"


def git(*args: str) -> str:
    """Run git in the checkout and return its output."""
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def first_sight_commit(first_id: str) -> str:
    """The commit before the one that added the gold file of `first_id`."""
    added = git("log", "--diff-filter=A", "--format=%H", "--", f"corpus/real/dev/{first_id}.json").splitlines()
    if not added:
        raise SystemExit(f"{first_id}: no commit added corpus/real/dev/{first_id}.json")
    return git("rev-parse", f"{added[-1]}^")


def group_ids(spec: str) -> list[str]:
    """The gold ids a spec names that exist in the dev half, in order; none of a measurement group."""
    sys.path.insert(0, str(ROOT))
    from extractor.classify.corpus import HELD_OUT_FILE, held_out_ids
    from extractor.classify.training import read_lines
    from extractor.evaluate import load_gold, select_gold

    ids = sorted(select_gold(load_gold(GOLD), spec), key=lambda i: int(i[1:]))
    held = held_out_ids(ids, read_lines(ROOT / "corpus" / "training" / HELD_OUT_FILE))
    if held:
        raise SystemExit(f"{spec}: {', '.join(sorted(held))} belong to a measurement group, which nobody reads")
    return ids


def run_group(spec: str, texts: Path, out: Path) -> Path:
    """Evaluate the group with its first-sight code; the errors file written."""
    ids = group_ids(spec)
    if not ids:
        raise SystemExit(f"{spec}: no dev gold article")
    commit = first_sight_commit(ids[0])
    with tempfile.TemporaryDirectory() as tmp:
        tree, gold, records = Path(tmp) / "tree", Path(tmp) / "gold", Path(tmp) / "records.jsonl"
        git("worktree", "add", "--detach", str(tree), commit)
        try:
            gold.mkdir()
            for i in ids:
                shutil.copy(GOLD / f"{i}.json", gold)
            with texts.open(encoding="utf-8") as lines:
                records.write_text("".join(x for x in lines if json.loads(x)["id"] in ids), encoding="utf-8")
            result = subprocess.run([sys.executable, "-c", "from extractor.cli import main; main()", "evaluate",
                                     str(gold), str(records), "--show-errors"], check=False, cwd=tree,
                                    env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
                                    capture_output=True, text=True)
        finally:
            git("worktree", "remove", "--force", str(tree))
    target = out / f"errors-{spec.replace(',', '_')}.txt"
    target.write_text(f"# {spec}: code of {commit[:10]}\n{result.stdout}{result.stderr}", encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("groups", nargs="+", help="gold ids and ranges of one group, e.g. r1000-r1015")
    parser.add_argument("--out", type=Path, default=ROOT / ".cache" / "first-sight")
    parser.add_argument("--texts", type=Path, default=ROOT / "out" / "real-dev.jsonl")
    args = parser.parse_args()
    if not args.texts.is_file():
        print(f"{args.texts}: no article texts (python benchmarks/real_articles.py builds them from the cache)")
        return
    args.out.mkdir(parents=True, exist_ok=True)
    for spec in args.groups:
        print(run_group(spec, args.texts, args.out))


if __name__ == "__main__":
    main()
