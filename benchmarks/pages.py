"""Benchmark pages made from the project's own samples: many distinct news pages, offline, deterministic.

Each page takes one base article (corpus/samples/*.html, or corpus/articles/*.txt poured into the page
structure of a sample), keeps its lead paragraph, replaces about half of the other paragraphs with paragraphs
of other articles, shuffles them, and swaps region names, personal names, years and numbers with ones drawn
from the project's data files (the gazetteer, the gold annotations). The pages differ enough that ingest's
near-duplicate detection (Jaccard >= 0.7 of word 5-shingles) keeps them apart, as it would real articles.
"""

from __future__ import annotations

import copy
import csv
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "extractor" / "nlp" / "data"
# bump when the generator changes, so cached page sets are rebuilt
GENERATOR_VERSION = "1"
# paragraphs of fewer characters are captions, bylines or ads, not article text
MIN_PARAGRAPH = 60
# share of a base article's paragraphs replaced by paragraphs of other articles
MIX_SHARE = 0.5
YEARS = list(range(2017, 2026))


@dataclass(frozen=True)
class Base:
    """One article to vary: its title, dateline and paragraphs, and the page it is written into."""

    name: str
    title: str
    dateline: str | None
    paragraphs: list[str]
    skeleton: str  # path of the sample page giving the HTML structure


def _body(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The element holding most of the article's paragraphs."""
    def count(element: lxml.html.HtmlElement) -> int:
        return sum(1 for p in element.findall("p") if len(p.text_content().strip()) >= MIN_PARAGRAPH)

    return max(tree.iter("div", "article", "section", "main"), key=count)


def _title_element(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    found = tree.findall(".//h1")
    return found[0] if found else None


def load_bases(root: Path = ROOT) -> list[Base]:
    """The bundled articles: HTML samples with their own structure, text articles in a sample's structure."""
    samples = sorted((root / "corpus" / "samples").glob("*.html"))
    bases = []
    for path in samples:
        tree = lxml.html.fromstring(path.read_bytes())
        body = _body(tree)
        title = _title_element(tree)
        paragraphs = [p.text_content().strip() for p in body.findall("p")
                      if len(p.text_content().strip()) >= MIN_PARAGRAPH]
        bases.append(Base(path.stem, title.text_content().strip() if title is not None else path.stem,
                          None, paragraphs, str(path)))
    for i, path in enumerate(sorted((root / "corpus" / "articles").glob("*.txt"))):
        lines = path.read_text(encoding="utf-8").split("\n")
        blocks = [b.strip() for b in "\n".join(lines[2:]).split("\n\n") if b.strip()]
        bases.append(Base(path.stem, lines[0].strip(), lines[1].strip() or None,
                          [" ".join(b.split()) for b in blocks], str(samples[i % len(samples)])))
    return bases


@dataclass(frozen=True)
class Vocabulary:
    """What the swaps draw on: region names in the articles and in the gazetteer, name words, years."""

    article_regions: list[str]  # bare names ("Banda Aceh") of the regions the bundled articles name
    gazetteer_regions: list[str]  # bare names of every kabupaten/kota
    name_words: list[str]  # words of the personal names the bundled articles name


def _bare(region: str) -> str:
    return re.sub(r"^(Kabupaten|Kota)\s+", "", region)


def load_vocabulary(root: Path = ROOT) -> Vocabulary:
    """Region and name vocabularies from the gazetteer and the gold annotations."""
    needs_prefix = {line.strip().lower() for line in (DATA / "bare_name_needs_prefix.txt").read_text().splitlines()
                    if line.strip() and not line.startswith("#")}
    with (DATA / "regions.csv").open(encoding="utf-8") as f:
        gazetteer = sorted({_bare(r["name"]) for r in csv.DictReader(f) if r["kind"] in ("kabupaten", "kota")})
    regions: set[str] = set()
    words: set[str] = set()
    for path in sorted((root / "corpus" / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        regions.update(_bare(r) for r in gold.get("regions", []))
        for person in gold.get("people", []):
            words.update(w for w in person["name"].split() if len(w) > 2 and w[0].isupper())
    return Vocabulary(
        article_regions=sorted(regions, key=len, reverse=True),
        gazetteer_regions=[r for r in gazetteer if r.lower() not in needs_prefix],
        name_words=sorted(words),
    )


def _swapper(rng: random.Random, vocab: Vocabulary) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of the words to swap and what each becomes on this page (one consistent choice per page)."""
    mapping: dict[str, str] = {}
    for region in vocab.article_regions:
        mapping[region] = rng.choice(vocab.gazetteer_regions)
    shuffled = vocab.name_words[:]
    rng.shuffle(shuffled)
    mapping.update(zip(vocab.name_words, shuffled, strict=True))
    shift = rng.randrange(len(YEARS))
    mapping.update({str(y): str(YEARS[(i + shift) % len(YEARS)]) for i, y in enumerate(YEARS)})
    keys = sorted(mapping, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(k) for k in keys) + r")\b"), mapping


_NUMBER = re.compile(r"\b\d{1,2}(?:,\d{1,2})?\b")


def _numbers(text: str, rng: random.Random) -> str:
    """Small numbers (days, ranks, scores like 3,85) replaced by others of the same shape."""
    def swap(match: re.Match[str]) -> str:
        whole, _, frac = match.group(0).partition(",")
        new = str(rng.randint(1, 28)) if len(whole) > 1 or int(whole) > 0 else whole
        return new + ("," + "".join(str(rng.randint(0, 9)) for _ in frac) if frac else "")

    return _NUMBER.sub(swap, text)


def make_page(i: int, bases: list[Base], vocab: Vocabulary, pool: list[str]) -> str:
    """The HTML of benchmark page number i (deterministic)."""
    rng = random.Random(i)
    base = bases[i % len(bases)]
    lead, rest = base.paragraphs[0], base.paragraphs[1:]
    rest = [rng.choice(pool) if rng.random() < MIX_SHARE else p for p in rest]
    rng.shuffle(rest)
    paragraphs = [lead, *rest]
    if base.dateline:
        paragraphs.insert(0, base.dateline)
    paragraphs = [_numbers(p, rng) for p in paragraphs]

    tree = lxml.html.fromstring(Path(base.skeleton).read_bytes())
    body = _body(tree)
    old = [p for p in body.findall("p") if len(p.text_content().strip()) >= MIN_PARAGRAPH]
    at = list(body).index(old[0]) if old else len(body)
    for p in old:
        body.remove(p)
    for offset, text in enumerate(paragraphs):
        element = lxml.html.Element("p")
        element.text = text
        body.insert(at + offset, element)
    title = _title_element(tree)
    if title is not None:
        for child in list(title):
            title.remove(child)
        title.text = base.title
    for element in tree.iter("title"):
        element.text = base.title
    url = f"https://bench.example/berita/{i:07d}-{base.name.replace('_', '-')}"
    for link in tree.iter("link"):
        if link.get("rel") == "canonical":
            link.set("href", url)
    for meta in tree.iter("meta"):
        if meta.get("property") == "og:url":
            meta.set("content", url)
        if meta.get("property") == "og:title":
            meta.set("content", base.title)
    html = lxml.html.tostring(copy.deepcopy(tree), encoding="unicode", doctype="<!DOCTYPE html>")
    pattern, mapping = _swapper(rng, vocab)
    return pattern.sub(lambda m: mapping[m.group(1)], html)


def paragraph_pool(bases: list[Base] | None = None) -> list[str]:
    """The paragraphs other pages may borrow: every paragraph of every base article but the lead."""
    return [p for b in bases or load_bases() for p in b.paragraphs[1:]]


def write_pages(out: Path, n: int) -> list[Path]:
    """Write n benchmark pages into out (kept and reused when already there) and return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / f"page{i:07d}.html" for i in range(n)]
    stamp = out / f".generator-{GENERATOR_VERSION}"
    if not stamp.exists():
        for old in out.glob("page*.html"):
            old.unlink()
    missing = [i for i, p in enumerate(paths) if not p.exists()]
    if missing:
        bases = load_bases()
        vocab = load_vocabulary()
        pool = paragraph_pool(bases)
        for i in missing:
            paths[i].write_text(make_page(i, bases, vocab, pool), encoding="utf-8")
    stamp.touch()
    return paths


def real_pages(directory: Path, n: int) -> list[Path]:
    """Up to n HTML pages of a directory of real pages (e.g. from make_id_pages.py), in name order."""
    found = sorted(p for p in directory.rglob("*") if p.suffix.lower() in (".html", ".htm") and p.is_file())
    return found[:n]
