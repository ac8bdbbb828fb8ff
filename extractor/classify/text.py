"""What the classifier reads of a text, without scikit-learn: words, their Sastrawi stems and the cue counts.

Indonesian-aware normalisation: lower case, hyphenated prefixes split ("e-Padi" -> "e padi"), and every word
reduced to its stem with Sastrawi ("pelayanan" and "layanan" -> "layan"), so a description written with other
affixes still meets the words the model learnt. Six cue features count the words of each dimension's cue list
(data/dimension_cues.csv): the regional vocabulary of names changes from region to region, the vocabulary of
what an innovation does (sampah, wisata, puskesmas, UMKM) does not.

Place names are masked before anything is read ("Bank Sampah Kota Tual" -> "Bank Sampah wilayah"): a region's
name says nothing about the dimension of its innovations, and a model that learns it learns the annotators of
that region, not the dimension. The names are those of the pipeline's region list (extractor/nlp/data).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
REGION_DATA = DATA.parent.parent / "nlp" / "data"  # the pipeline's region list, read here as plain CSV
PLACE = "wilayah"  # what a masked place name becomes
DIMENSIONS = ("Smart Governance", "Smart Branding", "Smart Economy", "Smart Living", "Smart Society",
              "Smart Environment")
COLUMNS = ("name", "description", "sentence")
# the texts the features read of a row, in the order of `columns`
TEXTS = ("name", "text", "context")
WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    """Sastrawi's stemmer without the cache its factory puts in front, which keeps every word it ever stemmed
    (`stem` keeps the last 65,536)."""
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return Stemmer(ArrayDictionary(StemmerFactory().get_words()))


@lru_cache(maxsize=4096)  # bounded as the lexicon's word caches (WORD_CACHE): a long ingest does not grow it
def stem(word: str) -> str:
    """The Sastrawi stem of one lower-case word."""
    return str(_stemmer().stem(word)) or word


def words(text: str) -> list[str]:
    """Lower-case word tokens, with hyphens and slashes as separators."""
    return WORD.findall(text.casefold())


def normalise(text: str) -> str:
    """Lower-cased, tokenised and stemmed text (the word features' preprocessor)."""
    return " ".join(stem(w) for w in words(text))


@lru_cache(maxsize=1)
def cue_words() -> dict[str, frozenset[str]]:
    """Each dimension's cue words, in their written and their stemmed forms."""
    with (DATA / "dimension_cues.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    cues = {r["dimension"]: set(r["words"].split()) for r in rows}
    return {d: frozenset(cues[d] | {stem(w) for w in cues[d]}) for d in DIMENSIONS}


def cue_counts(text: str) -> list[int]:
    """How many distinct cue words of each dimension (in DIMENSIONS order) the text contains."""
    tokens = set(words(text))
    tokens |= {stem(w) for w in tokens}
    cues = cue_words()
    return [len(tokens & cues[d]) for d in DIMENSIONS]


def _csv_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a data CSV, comment lines skipped."""
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


CAPITALISED = re.compile(r"(?<![\w-])[A-Z][\w-]*")
PLACE_PREFIX = re.compile(r"(?:Kabupaten|Kab\.?|Kota|Provinsi|Prov\.?|Pemkab|Pemkot|Pemprov|Pemda)\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _places() -> dict[str, tuple[str, ...]]:
    """Every province, kabupaten and kota name and alias, lower-cased, by its first word (longest first, so
    "aceh besar" is tried before "aceh"): one dictionary probe per capitalised word of a text."""
    names = {re.sub(r"^(Kabupaten|Kota)( Administrasi)? ", "", r["name"]) for r in _csv_rows(REGION_DATA / "regions.csv")}
    for file in ("region_aliases.csv", "province_aliases.csv"):
        names |= {r["alias"] for r in _csv_rows(REGION_DATA / file)}
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name.split()[0].lower(), []).append(" ".join(name.lower().split()))
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in by_first.items()}


def mask_places(text: str) -> str:
    """The text with every capitalised region name (and a prefix before it: "Kota", "Pemkab") replaced by
    PLACE; lower-case words that spell a name ("batu", "bone") are left alone."""
    places = _places()
    out, done = [], 0
    for match in CAPITALISED.finditer(text):
        start = match.start()
        if start < done:
            continue
        candidates = places.get(match.group().lower())
        if candidates is None:
            continue
        lowered = text[start:start + len(candidates[0])].lower()
        for name in candidates:
            end = start + len(name)
            if lowered.startswith(name) and not (end < len(text) and (text[end].isalnum() or text[end] in "_-")):
                prefix = PLACE_PREFIX.search(text, max(done, start - 20), start)
                out += [text[done:prefix.start() if prefix else start], PLACE]
                done = end
                break
    return "".join(out) + text[done:] if out else text


@lru_cache(maxsize=1)
def _agencies() -> tuple[re.Pattern[str], dict[str, str]]:
    """The agencies' short names (data/agencies.csv) as one pattern, and what each stands for."""
    names = {r["abbreviation"].lower(): r["name"] for r in _csv_rows(DATA / "agencies.csv")}
    alternation = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE), names


def spell_agencies(text: str) -> str:
    """The text with each agency's short name followed by its full name ("E-Library (Dinarpus)" -> "E-Library
    (Dinarpus Dinas Perpustakaan dan Kearsipan)"): the full name tells what the agency's items serve."""
    pattern, names = _agencies()
    return pattern.sub(lambda m: f"{m.group(0)} {names[m.group(0).lower()]}", text)


def columns(row: dict[str, Any]) -> tuple[str, str, str]:
    """The three texts the classifier reads of an innovation, places masked (see TEXTS): its name; what it does
    (the description, or the sentence when there is none); and its context (the sentence, or the description
    for a row of a curated list without one), agencies' short names spelt out in both."""
    name, description, sentence = (mask_places(" ".join(str(row.get(c) or "").split())) for c in COLUMNS)
    description, sentence = spell_agencies(description), spell_agencies(sentence)
    return name, description or sentence, sentence or description
