"""Experiment (issue 14): would a learned "which year is this score for" carry better than the year rules?

usage: python benchmarks/score_year_model.py [--texts out/real-dev.jsonl] [--gold corpus/real/dev] [--no-extractor]

Each gold score (value, year) of a readable dev article is aligned to the places its value is written in the text;
every year 2010-2030 written in the text, plus "none", is a candidate for each place, and a logistic regression
scores the candidates (argmax per place). Out-of-fold accuracy (5 folds grouped by site) is compared with
(a) the nearest year before the value in its sentence, else none, and (b) the extractor's own year for the value
(inflated: its rules were tuned on these articles). Then trained on r1-r1211 only and tried on the even r13xx group.

Needs the article texts (out/real-dev.jsonl, built by benchmarks/real_articles.py from .cache/real-articles);
without them it says so and exits 0. Reads only the readable ids (READABLE below), never the measurement groups.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = 14
NONE = 0  # the "none" candidate
YEAR = re.compile(r"(?<![\d.,/])(20[12]\d|2030)(?![\d])")
# ranks the gold gives as plain integers are also written as words or roman numerals
ORDINALS = {1: "pertama", 2: "kedua", 3: "ketiga", 4: "keempat", 5: "kelima", 6: "keenam", 7: "ketujuh",
            8: "kedelapan", 9: "kesembilan", 10: "kesepuluh"}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX", 10: "X"}
# a small integer counts as the score only with a rank or score word just before it (else "6 dimensi" would too)
RANK_CUE = re.compile(r"(peringkat|posisi|urutan|ranking|rangking|juara|nomor urut|terbaik|skor|nilai|indeks|"
                      r"index|poin|point|meraih|mendapat|memperoleh|sebesar|dengan)\W{0,3}(ke\W{0,2})?$",
                      re.IGNORECASE)
CUES = {"tahun": r"tahun", "evaluasi": r"evaluasi", "penilaian": r"penilaian", "hasil": r"hasil",
        "periode": r"periode", "sebelumnya": r"sebelumnya", "lalu": r"lalu", "menjadi": r"menjadi",
        "dari": r"dari", "pada": r"pada", "sejak": r"sejak",
        "legal": r"nomor|no\.|sk|perpres|permen\w*|peraturan|keputusan|undang|uu|pp"}


def readable(ident: str) -> bool:
    """The ids this experiment may read: r1-r1211 and the even r1300-r1322 (the rest are measurement groups)."""
    n = int(ident.lstrip("r"))
    return n <= 1211 or (1300 <= n <= 1322 and n % 2 == 0)


def late_group(ident: str) -> bool:
    """The even r13xx group: read by the year rounds after their first sight, held out of the r1-r1211 training."""
    return int(ident.lstrip("r")) >= 1300


@dataclass
class Place:
    """One written occurrence of a gold score's value, with its candidate years and the gold year."""
    article: str
    site: str
    value: float
    gold: int | None
    start: int
    end: int
    candidates: list[int] = field(default_factory=list)  # NONE first
    features: list[dict[str, float]] = field(default_factory=list)


def value_pattern(value: float) -> re.Pattern[str]:
    """Where a value is written: decimal comma or dot (trailing zeros allowed), ranks also as words and numerals."""
    if float(value).is_integer():
        n = int(value)
        forms = [rf"(?<![\d.,]){n}(?![\d]|[.,]\d)"]
        if n in ORDINALS:
            forms += [rf"\bke-?\s?{n}\b", rf"\b{ORDINALS[n]}\b", rf"(?<=\s){ROMAN[n]}\b"]
        return re.compile("|".join(forms), re.IGNORECASE if n not in ROMAN else 0)
    whole, frac = f"{value}".split(".")
    return re.compile(rf"(?<![\d.,]){whole}[.,]{frac}0*(?![\d])")


def find_places(text: str, value: float) -> list[tuple[int, int]]:
    """The spans of the value in the text; a bare small integer only right after a rank or score word."""
    spans = []
    for m in value_pattern(value).finditer(text):
        bare = m.group().isdigit()
        if bare and float(value) < 100 and not RANK_CUE.search(text[max(0, m.start() - 30):m.start()]):
            continue
        if bare and YEAR.fullmatch(m.group()):
            continue
        spans.append(m.span())
    return spans


def sentence_bounds(text: str) -> list[int]:
    """Start offsets of the sentences: after '. ', '! ', '? ' (not a decimal point) and after each line break."""
    starts = {0}
    for m in re.finditer(r"[.!?]['\"”’)]?\s+|\n+", text):
        starts.add(m.end())
    return sorted(starts)


def index_of(bounds: list[int], at: int) -> int:
    """Which segment (sentence or paragraph) an offset falls in."""
    lo, hi = 0, len(bounds) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if bounds[mid] <= at:
            lo = mid
        else:
            hi = mid - 1
    return lo


def cue_hits(snippet: str) -> dict[str, float]:
    """Which cue words a snippet of text holds."""
    low = snippet.lower()
    return {name: 1.0 for name, cue in CUES.items() if re.search(rf"\b(?:{cue})\b", low)}


def featurise(text: str, published: int | None, place: Place) -> None:
    """Fill in the candidates of a place (NONE, then the years written in the text) and their features."""
    years = [(int(m.group()), m.start()) for m in YEAR.finditer(text)]
    sentences = sentence_bounds(text)
    paragraphs = [0] + [m.end() for m in re.finditer(r"\n+", text)]
    first_line_end = text.find("\n") if "\n" in text else len(text)
    at = place.start
    sent, par = index_of(sentences, at), index_of(paragraphs, at)
    counts: dict[int, int] = defaultdict(int)
    for y, _ in years:
        counts[y] += 1
    latest = max(counts) if counts else None
    in_sentence = [(y, p) for y, p in years if index_of(sentences, p) == sent]
    before_in_sentence = [(y, p) for y, p in in_sentence if p < at]
    nearest_before = max(before_in_sentence, key=lambda t: t[1])[0] if before_in_sentence else None
    after_in_sentence = [(y, p) for y, p in in_sentence if p > at]
    nearest_after = min(after_in_sentence, key=lambda t: t[1])[0] if after_in_sentence else None
    place.candidates = [NONE]
    place.features = [{"none": 1.0, "none_no_year_in_sentence": float(not in_sentence),
                       "none_no_year_in_paragraph": float(not any(index_of(paragraphs, p) == par for _, p in years)),
                       "none_no_year_in_text": float(not years)}]
    distances = {}
    for y in sorted(counts):
        # the writing of the year nearest the value stands for it
        pos = min((p for yy, p in years if yy == y), key=lambda p: abs(p - at))
        distances[y] = abs(pos - at)
        between = text[min(pos, at):max(pos, at)]
        before_year = text[max(0, pos - 25):pos]
        s_pos, p_pos = index_of(sentences, pos), index_of(paragraphs, pos)
        f = {"year": 1.0, "dist_chars": max(-1.0, min(1.0, (pos - at) / 300)),
             "log_dist": math.log1p(abs(pos - at)) / 8, "before": float(pos < at),
             "dist_sentences": max(-3, min(3, s_pos - sent)) / 3, "same_sentence": float(s_pos == sent),
             "same_paragraph": float(p_pos == par), "year_first_line": float(pos < first_line_end),
             "value_first_line": float(at < first_line_end),
             "years_between": min(3, sum(1 for yy, p in years if min(pos, at) < p < max(pos, at) and yy != y)) / 3,
             "nearest_before_in_sentence": float(y == nearest_before),
             "nearest_after_in_sentence": float(y == nearest_after),
             "publication_year": float(published == y), "after_publication": float(published is not None
                                                                                   and y > published),
             "latest": float(y == latest), "log_count": math.log1p(counts[y]) / 2}
        if abs(pos - at) < 200:
            f.update({f"between_{k}": v for k, v in cue_hits(between).items()})
        f.update({f"before_{k}": v for k, v in cue_hits(before_year).items()})
        place.candidates.append(y)
        place.features.append(f)
    # the nearest year of all, and the nearest before, get a rank feature (the argmax needs relative cues)
    for rank, y in enumerate(sorted(distances, key=distances.__getitem__)[:2]):
        place.features[place.candidates.index(y)][f"nearest_{rank}"] = 1.0
    if published is not None and published not in counts:
        # the gold often dates an undated score by the article's year: let it be a candidate, marked unwritten
        place.candidates.append(published)
        place.features.append({"year": 1.0, "publication_year": 1.0, "unwritten": 1.0,
                               "none_no_year_in_sentence": float(not in_sentence)})


def baseline_sentence(place: Place, text: str) -> int | None:
    """Baseline (a): the nearest year before the value in its sentence, else none."""
    sentences = sentence_bounds(text)
    sent = index_of(sentences, place.start)
    before = [m for m in YEAR.finditer(text) if m.start() < place.start and index_of(sentences, m.start()) == sent]
    return int(before[-1].group()) if before else None


def load(texts: Path, gold_dir: Path) -> tuple[list[Place], dict[str, dict[str, Any]], dict[str, int]]:
    """The places of every readable article with scores, the records used, and how many gold scores were skipped."""
    records = {}
    with texts.open(encoding="utf-8") as source:
        for line in source:
            item = json.loads(line)
            if readable(item["id"]):
                records[item["id"]] = item
    places: list[Place] = []
    tally = {"scores": 0, "aligned": 0, "not_found": 0, "several_years": 0}
    used = {}
    for ident, item in sorted(records.items()):
        gold = json.loads((gold_dir / f"{ident}.json").read_text(encoding="utf-8"))
        if not gold.get("scores"):
            continue
        used[ident] = item
        published = int(item["published"][:4]) if item.get("published") else None
        years_of: dict[float, set[int | None]] = defaultdict(set)
        for s in gold["scores"]:
            years_of[float(s["value"])].add(s["year"])
        for s in gold["scores"]:
            tally["scores"] += 1
            value = float(s["value"])
            if len(years_of[value]) > 1:
                tally["several_years"] += 1  # one value, two gold years: its places cannot be labelled
                continue
            spans = find_places(item["text"], value)
            if not spans:
                tally["not_found"] += 1
                continue
            tally["aligned"] += 1
            for start, end in spans:
                place = Place(ident, gold.get("site") or ident, value, s["year"], start, end)
                featurise(item["text"], published, place)
                places.append(place)
    # a value stated twice in the gold with the same year is one set of places
    unique = {(p.article, p.start): p for p in places}
    return list(unique.values()), used, tally


def extractor_years(used: dict[str, dict[str, Any]]) -> dict[str, list[tuple[float, int | None]]]:
    """Baseline (b): the (value, year) pairs the extractor's pipeline finds in each article."""
    from extractor.pipeline import extract_sources
    from extractor.settings import load_settings

    found: dict[str, list[tuple[float, int | None]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in used.values()),
                        encoding="utf-8")
        for result in extract_sources([str(path)], load_settings()):
            summary = getattr(result, "summary", None)
            if summary is not None:
                found[summary["id"]] = [(float(s["value"]), s.get("year")) for s in summary.get("scores", [])]
    return found


def matrix(places: list[Place], names: list[str]) -> tuple[Any, list[int]]:
    """The feature rows of all candidates of the places, and where each place's rows start."""
    import numpy as np

    column = {n: i for i, n in enumerate(names)}
    rows: list[Any] = []
    starts: list[int] = []
    for p in places:
        starts.append(len(rows))
        for f in p.features:
            row = np.zeros(len(names))
            for k, v in f.items():
                if k in column:
                    row[column[k]] = v
            rows.append(row)
    return np.array(rows), starts


def labels(places: list[Place]) -> list[int]:
    """1 for the candidate that is the gold year (NONE for a gold without year), else 0."""
    return [int(c == (p.gold if p.gold is not None else NONE)) for p in places for c in p.candidates]


def fit_predict(train: list[Place], test: list[Place]) -> list[list[float]]:
    """Train the candidate scorer on some places; the candidates' scores of the others."""
    from sklearn.linear_model import LogisticRegression

    names = sorted({k for p in train for f in p.features for k in f})
    x, _ = matrix(train, names)
    model = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced", random_state=SEED)
    model.fit(x, labels(train))
    xt, starts = matrix(test, names)
    scores = model.decision_function(xt)
    return [list(scores[s:s + len(p.candidates)]) for s, p in zip(starts, test, strict=True)]


def choice(place: Place, scores: list[float]) -> int | None:
    """The candidate with the highest score, NONE read as no year."""
    best = place.candidates[max(range(len(scores)), key=scores.__getitem__)]
    return None if best == NONE else best


def by_value(places: list[Place], picks: dict[int, int | None],
             scores: dict[int, list[float]] | None = None) -> tuple[int, int]:
    """Per gold value (one year for all its places): right and total; the model's places vote by their best score."""
    groups: dict[tuple[str, float], list[int]] = defaultdict(list)
    for i, p in enumerate(places):
        groups[(p.article, p.value)].append(i)
    right = 0
    for members in groups.values():
        if scores is not None:
            best = max(members, key=lambda i: max(scores[i]))
            pick = picks[best]
        else:
            pick = picks[members[0]]
        right += pick == places[members[0]].gold
    return right, len(groups)


def out_of_fold(places: list[Place]) -> tuple[dict[int, int | None], dict[int, list[float]]]:
    """Each place's model pick and scores from the fold that did not train on its site."""
    from sklearn.model_selection import GroupKFold

    picks: dict[int, int | None] = {}
    scores: dict[int, list[float]] = {}
    folds = GroupKFold(n_splits=5, shuffle=True, random_state=SEED)
    for train_i, test_i in folds.split(places, groups=[p.site for p in places]):
        got = fit_predict([places[i] for i in train_i], [places[i] for i in test_i])
        for i, s in zip(test_i, got, strict=True):
            picks[int(i)], scores[int(i)] = choice(places[i], s), s
    return picks, scores


def table(rows: list[tuple[str, list[tuple[int, int]]]], heads: list[str]) -> str:
    """A small fixed-width table of right/total cells."""
    out = [f"{'':44}" + "".join(f"{h:>22}" for h in heads)]
    for name, cells in rows:
        out.append(f"{name:44}" + "".join(f"{r:>5}/{n:<5} {r / n:6.3f}    " if n else f"{'-':>12}          "
                                          for r, n in cells))
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=Path, default=ROOT / "out" / "real-dev.jsonl")
    parser.add_argument("--gold", type=Path, default=ROOT / "corpus" / "real" / "dev")
    parser.add_argument("--no-extractor", action="store_true", help="skip baseline (b), the pipeline run")
    args = parser.parse_args()
    if not args.texts.is_file():
        print(f"skipped: no article texts at {args.texts} (build them from the cache: python "
              "benchmarks/real_articles.py)")
        return 0
    places, used, tally = load(args.texts, args.gold)
    texts = {k: v["text"] for k, v in used.items()}
    print(f"{len(used)} readable articles with scores; {tally['scores']} gold scores: {tally['aligned']} aligned, "
          f"{tally['not_found']} not found in the text, {tally['several_years']} skipped (one value, several gold "
          f"years); {len(places)} places")
    reachable = sum(1 for p in places if p.gold is None or p.gold in p.candidates)
    print(f"gold year among the candidates at {reachable}/{len(places)} places "
          f"({sum(p.gold is None for p in places)} places with gold 'none')")

    early = [i for i, p in enumerate(places) if not late_group(p.article)]
    late = [i for i, p in enumerate(places) if late_group(p.article)]
    sentence = {i: baseline_sentence(p, texts[p.article]) for i, p in enumerate(places)}
    picks, scores = out_of_fold(places)
    trained_early = fit_predict([places[i] for i in early], [places[i] for i in late]) if late else []
    late_picks = {i: choice(places[i], s) for i, s in zip(late, trained_early, strict=True)}
    late_scores = dict(zip(late, trained_early, strict=True))

    def acc(pred: dict[int, int | None], members: list[int]) -> tuple[int, int]:
        return sum(pred[i] == places[i].gold for i in members), len(members)

    def sub(members: list[int]) -> list[Place]:
        return [places[i] for i in members]

    def remap(pred: dict[int, Any], members: list[int]) -> dict[int, Any]:
        return {k: pred[i] for k, i in enumerate(members)}

    everything = list(range(len(places)))
    rows = [("model, out of fold (5 site-grouped folds)",
             [acc(picks, everything), by_value(places, picks, scores), acc(picks, late),
              by_value(sub(late), remap(picks, late), remap(scores, late))]),
            ("model, trained on r1-r1211 only", [(0, 0), (0, 0), acc(late_picks, late),
                                                 by_value(sub(late), remap(late_picks, late),
                                                          remap(late_scores, late))]),
            ("(a) nearest year before, in the sentence",
             [acc(sentence, everything), by_value(places, sentence), acc(sentence, late),
              by_value(sub(late), remap(sentence, late))])]
    if not args.no_extractor:
        found = extractor_years(used)
        ext: dict[int, Any] = {}
        for i, p in enumerate(places):
            years = [y for v, y in found.get(p.article, []) if abs(v - p.value) < 1e-9]
            ext[i] = years[0] if years else "not found"
        ext_found = [i for i in everything if ext[i] != "not found"]
        rows.append(("(b) extractor's year (tuned on these!)",
                     [acc(ext, everything), by_value(places, ext), acc(ext, late),
                      by_value(sub(late), remap(ext, late))]))
        rows.append(("    (b) where it found the value",
                     [acc(ext, ext_found), by_value(sub(ext_found), remap(ext, ext_found)),
                      acc(ext, [i for i in late if i in set(ext_found)]),
                      by_value(sub([i for i in late if i in set(ext_found)]),
                               remap(ext, [i for i in late if i in set(ext_found)]))]))
    print()
    print(table(rows, ["all: places", "all: values", "even r13xx: places", "even r13xx: values"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
