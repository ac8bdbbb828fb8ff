"""Precision, recall and F1 per field of extractor output against gold annotations (as tools/score.py)."""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from extractor.errors import SourceError

# Honorifics and degrees the scorer ignores in names (the same set as the project's reference scorer).
TITLES = {
    "ir", "dr", "drs", "dra", "h", "hj", "prof", "st", "s", "mm", "mba", "msi", "mh", "mhi", "mt", "mkom",
    "spd", "sip", "ssos", "sag", "se", "sh", "skom", "ssi", "phd", "ipu", "asean", "eng", "kh", "m", "si",
    "pak", "bu", "bapak", "ibu", "mp", "map", "msc", "ak", "ca",
}


def norm_text(value: Any) -> str:
    """Lower-case words without punctuation."""
    s = unicodedata.normalize("NFKC", str(value or "")).lower()
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", s)).strip()


def norm_person(name: Any) -> str:
    """A name without honorifics and degrees."""
    return " ".join(t for t in norm_text(name).split() if t not in TITLES)


def _similar(a: str, b: str, threshold: float) -> bool:
    return bool(a and b) and (a == b or difflib.SequenceMatcher(None, a, b).ratio() >= threshold)


def _date_key(d: dict[str, Any]) -> tuple[str, str]:
    start = (d.get("start") or "")[:10]
    return start, (d.get("end") or start or "")[:10]


def _event_key(e: dict[str, Any]) -> tuple[Any, str | None, frozenset[str]]:
    """An event as type, start date (in the granularity it was given) and the set of evaluated regions."""
    return e.get("type"), e.get("start") or None, frozenset(norm_text(r) for r in e.get("regions") or [])


def _innovation_same(g: dict[str, Any], p: dict[str, Any]) -> bool:
    a, b = norm_text(g.get("name")), norm_text(p.get("name"))
    if not a or not b:
        return False
    ta, tb = set(a.split()), set(b.split())
    return a in b or b in a or len(ta & tb) / len(ta | tb) >= 0.5


Getter = Callable[[dict[str, Any]], list[Any]]
Same = Callable[[Any, Any], bool]
FIELDS: dict[str, tuple[Getter, Same]] = {
    "regions": (lambda d: [norm_text(x) for x in d.get("regions") or []], lambda g, p: g == p),
    "provinces": (lambda d: [norm_text(x).removeprefix("provinsi ") for x in d.get("provinces") or []],
                  lambda g, p: g == p),
    "people": (lambda d: [norm_person(x.get("name")) for x in d.get("people") or []],
               lambda g, p: _similar(g, p, 0.85)),
    "people+category": (lambda d: [(norm_person(x.get("name")), x.get("category")) for x in d.get("people") or []],
                        lambda g, p: g[1] == p[1] and _similar(g[0], p[0], 0.85)),
    "dates": (lambda d: [_date_key(x) for x in d.get("dates") or []], lambda g, p: g == p),
    "scores": (lambda d: [(round(float(x["value"]), 2), x.get("year")) for x in d.get("scores") or []
                          if x.get("value") is not None], lambda g, p: g == p),
    # the same values with the years left out: how many misses are of the year a score is for, not of the number
    "score values": (lambda d: [round(float(x["value"]), 2) for x in d.get("scores") or []
                                if x.get("value") is not None], lambda g, p: g == p),
    "dimensions": (lambda d: [norm_text(x) for x in d.get("dimensions") or []], lambda g, p: g == p),
    "innovations": (lambda d: list(d.get("innovations") or []), _innovation_same),
    "innovation+dimension": (lambda d: [x for x in d.get("innovations") or [] if x.get("dimension")],
                             lambda g, p: _innovation_same(g, p) and g.get("dimension") == p.get("dimension")),
    "event types": (lambda d: [x.get("type") for x in d.get("events") or []], lambda g, p: g == p),
    "events (type+start+regions)": (lambda d: [_event_key(x) for x in d.get("events") or []],
                                    lambda g, p: g == p),
}


def _match(gold: list[Any], pred: list[Any], same: Same) -> tuple[list[Any], list[Any]]:
    """Greedy one-to-one matching: the gold items missed and the predicted items left over."""
    used = [False] * len(pred)
    missed = []
    for g in gold:
        i = next((i for i, p in enumerate(pred) if not used[i] and same(g, p)), None)
        if i is None:
            missed.append(g)
        else:
            used[i] = True
    return missed, [p for p, u in zip(pred, used) if not u]


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    """Gold annotations by id, one JSON file per article."""
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise SourceError(str(gold_dir), "no gold *.json files found", "pass the directory of gold annotations")
    return {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in files}


def read_predictions(path: Path) -> list[dict[str, Any]]:
    """The article-level records of a JSONL file (one JSON object a line, as `extractor extract` writes them)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise SourceError(str(path), f"cannot read the predictions: {reason}", "give a JSONL file") from exc
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SourceError(f"{path}:{number}", f"not a JSON line ({exc.msg})",
                              "give the JSONL `extractor extract` writes") from exc
        if not isinstance(record, dict):
            raise SourceError(f"{path}:{number}", "not a JSON object", "give one article's record a line")
        records.append(record)
    return records


def select_gold(gold: dict[str, dict[str, Any]], spec: str) -> dict[str, dict[str, Any]]:
    """The gold articles `spec` names: ids and ranges of ids, comma-separated ("r1100-r1112,r402"), so a group
    added together can be scored on its own."""
    chosen: dict[str, dict[str, Any]] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        ids = _ids_in(gold, part) if "-" in part else [part] if part in gold else []
        if not ids:
            raise SourceError(part, "no gold article has this id or falls in this range",
                              "name ids of GOLD_DIR's files (without .json), e.g. r402 or r1100-r1112")
        chosen.update((i, gold[i]) for i in ids)
    return chosen


def _ids_in(gold: dict[str, dict[str, Any]], span: str) -> list[str]:
    """The ids of `gold` from the first to the last of a range "r1100-r1112" (same letters, number between)."""
    first, _, last = span.partition("-")
    ends = [re.fullmatch(r"([^\d]*)(\d+)", x.strip()) for x in (first, last)]
    if not all(ends):
        return []
    (prefix, low), (other, high) = (m.groups() for m in ends if m)
    if prefix != other:
        return []
    found = (re.fullmatch(re.escape(prefix) + r"(\d+)", i) for i in gold)
    return sorted(m.group(0) for m in found if m and int(low) <= int(m.group(1)) <= int(high))


def _url_key(url: Any) -> str:
    """A URL without scheme, "www.", trailing slash or fragment, for matching fetched pages to gold files."""
    text = str(url or "").strip().lower().split("#")[0].rstrip("/")
    return re.sub(r"^https?://(www\.)?", "", text)


def pair_predictions(gold: dict[str, dict[str, Any]],
                     predictions: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The prediction for each gold article: by id, else by URL (pages fetched again get other ids)."""
    by_id: dict[str, dict[str, Any]] = {}
    by_url: dict[str, dict[str, Any]] = {}
    for p in predictions:
        by_id[str(p.get("id"))] = p
        if p.get("url"):
            by_url[_url_key(p["url"])] = p
    return {gid: by_id.get(gid) or (by_url.get(_url_key(g["url"])) if g.get("url") else None) or {}
            for gid, g in gold.items()}


def errors(gold: dict[str, dict[str, Any]],
           predictions: Iterable[dict[str, Any]]) -> dict[str, dict[str, dict[str, list[Any]]]]:
    """Per article and field, the gold items missed and the predicted items that are extra (fields without
    errors are left out)."""
    paired = pair_predictions(gold, predictions)
    out: dict[str, dict[str, dict[str, list[Any]]]] = {}
    for gid, g in gold.items():
        for field, (get, same) in FIELDS.items():
            missed, extra = _match(get(g), get(paired[gid]), same)
            if missed or extra:
                out.setdefault(gid, {})[field] = {"missed": missed, "extra": extra}
    return out


def score(gold: dict[str, dict[str, Any]], predictions: Iterable[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Micro-averaged precision, recall and F1 per field over the gold articles."""
    paired = pair_predictions(gold, predictions)
    totals = {field: [0, 0, 0] for field in FIELDS}
    for gid, g in gold.items():
        for field, (get, same) in FIELDS.items():
            gold_items, pred_items = get(g), get(paired[gid])
            missed, extra = _match(gold_items, pred_items, same)
            counts = (len(gold_items) - len(missed), len(extra), len(missed))
            for i in range(3):
                totals[field][i] += counts[i]
    rows = {}
    for field, (tp, fp, fn) in totals.items():
        precision = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows[field] = {"tp": tp, "fp": fp, "fn": fn, "precision": round(precision, 3), "recall": round(recall, 3),
                       "f1": round(f1, 3)}
    return rows


def format_table(rows: dict[str, dict[str, float]], articles: int) -> str:
    """The score table as text, in the layout of tools/score.py."""
    lines = [f"{articles} gold articles", f"{'field':28} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
    for field, r in rows.items():
        lines.append(f"{field:28} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}   "
                     f"{r['tp']}/{r['fp']}/{r['fn']}")
    return "\n".join(lines)


def _show(item: Any) -> str:
    """One gold or predicted item, short and readable."""
    if isinstance(item, dict):
        return ", ".join(f"{k}={v}" for k, v in item.items() if v not in (None, "", []))
    if isinstance(item, tuple):
        return " | ".join(_show(sorted(x) if isinstance(x, frozenset) else x) for x in item)
    if isinstance(item, list):
        return "[" + ", ".join(map(str, item)) + "]"
    return str(item)


def format_errors(found: dict[str, dict[str, dict[str, list[Any]]]]) -> str:
    """The errors as text: per article and field, "- missed" and "+ extra" lines."""
    lines = []
    for gid, fields in found.items():
        lines.append(f"== {gid}")
        for field, items in fields.items():
            lines.append(f"  {field}")
            lines += [f"    - {_show(x)}" for x in items["missed"]]
            lines += [f"    + {_show(x)}" for x in items["extra"]]
    return "\n".join(lines)
