"""Language data of the pipeline, read once from the files in `data/` (no word lists live in code)."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

DATA = Path(__file__).parent / "data"


def read_lines(name: str) -> list[str]:
    """The entries of a data file of one entry a line (blank lines and "#" comments left out)."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def read_rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


@dataclass(frozen=True)
class Region:
    """A province or kabupaten/kota of the Kemendagri list."""

    code: str
    name: str  # canonical: "Kabupaten Sleman", "Kota Bandung", "Jawa Timur"
    kind: str  # provinsi, kabupaten, kota
    province: str

    @property
    def bare(self) -> str:
        """The name without "Kabupaten"/"Kota"/"Kota Administrasi"/"Kabupaten Administrasi"."""
        return re.sub(r"^(Kabupaten|Kota)( Administrasi)? ", "", self.name)


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Every word list and table the components use."""

    regions: tuple[Region, ...]
    regions_by_name: dict[str, Region]
    region_aliases: dict[str, str]  # alias -> canonical region name
    province_aliases: dict[str, str]
    organisation_words: frozenset[str]
    building_words: frozenset[str]  # lower-case organisation words of a building whose town may follow its name
    landform_words: frozenset[str]  # lower-case words before a lake, mountain or river named after a region
    outlet_words: frozenset[str]  # lower-case words after a place that make it an outlet's name
    needs_prefix: frozenset[str]  # lower-case bare names taken only with a prefix
    region_kind_words: dict[str, str]  # lower-case phrase of a ranking -> kind of the bare names it heads
    honorifics: frozenset[str]  # lower-case, without dots
    degrees: frozenset[str]  # lower-case, without dots or spaces
    abbreviations: tuple[str, ...]
    institutions: dict[str, tuple[str, str]]  # alias (lower) -> (canonical, kind)
    positions: dict[str, tuple[str, str]]  # position (lower) -> (category, region kind)
    post_misspellings: dict[str, str]  # a post's word misspelt, as written (capitalised) -> the word (lower)
    phrase_only_misspellings: frozenset[str]  # those misspellings that are words of their own ("Kepada")
    role_words: frozenset[str]
    regional_office_words: dict[str, str]  # lower-case word placing a post in a regional government -> office/place
    name_abbreviations: frozenset[str]  # lower-case, without dots
    balinese_name_words: frozenset[str]  # lower-case, the words after a Balinese name's "I" ("Made")
    name_opening_titles: frozenset[str]  # lower-case titles opening a name ("Ida" of "Ida Bagus"), no region's
    name_stopwords: frozenset[str]
    not_names: frozenset[str]  # lower-case capitalised words that are never (part of) a person's name
    byline_words: frozenset[str]  # lower-case labels of bylines and credits ("pewarta", "editor")
    venue_words: frozenset[str]  # lower-case words before a room, building or body named like a person
    common_words: frozenset[str]  # lower-case words of the NER corpora rarely tagged a person (generated)
    months: dict[str, int]
    dimensions: tuple[tuple[str, str], ...]  # (regex, canonical)
    event_triggers: tuple[tuple[str, str], ...]  # (type, regex)

    def region(self, name: str) -> Region | None:
        """The region with this canonical name."""
        return self.regions_by_name.get(name)


NOT_ALNUM = re.compile(r"[^0-9a-z]")
# Entries of the word and name caches below. An article squashes 150-300 distinct words and folds 25-55 names
# (median and most of 150 generated pages), so this holds the last dozens of articles; at 65,536 the caches filled
# over the first 4,000-7,000 articles of an ingest, about 20 MB more at 10,000 than at 1,000 (200 bytes an entry).
WORD_CACHE = 4096


@lru_cache(maxsize=WORD_CACHE)  # the people rules squash the same words hundreds of times per article
def squash(text: str) -> str:
    """Lower-case letters and digits only: the key that makes spelling variants of titles meet."""
    return NOT_ALNUM.sub("", text.lower())


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read every data file once."""
    regions = tuple(Region(r["code"], r["name"], r["kind"], r["province"]) for r in read_rows("regions.csv"))
    return Lexicon(
        regions=regions,
        regions_by_name={r.name: r for r in regions},
        region_aliases={r["alias"]: r["canonical"] for r in read_rows("region_aliases.csv")},
        province_aliases={r["alias"]: r["canonical"] for r in read_rows("province_aliases.csv")},
        organisation_words=frozenset(w.lower().rstrip(".") for w in read_lines("organisation_words.txt")),
        building_words=frozenset(w.lower() for w in read_lines("building_words.txt")),
        landform_words=frozenset(w.lower() for w in read_lines("landform_words.txt")),
        outlet_words=frozenset(w.lower() for w in read_lines("outlet_words.txt")),
        needs_prefix=frozenset(w.lower() for w in read_lines("bare_name_needs_prefix.txt")),
        region_kind_words={r["phrase"].lower(): r["kind"] for r in read_rows("region_kind_words.csv")},
        honorifics=frozenset(squash(w) for w in read_lines("honorifics.txt")),
        degrees=frozenset(squash(w) for w in read_lines("degrees.txt")),
        abbreviations=tuple(read_lines("abbreviations.txt")),
        institutions={r["alias"].lower(): (r["canonical"], r["kind"]) for r in read_rows("institutions.csv")},
        positions={r["position"].lower(): (r["category"], r["region_kind"] or "") for r in read_rows("positions.csv")},
        post_misspellings={r["misspelt"]: r["word"].lower() for r in read_rows("post_spelling.csv")},
        phrase_only_misspellings=frozenset(r["misspelt"] for r in read_rows("post_spelling.csv") if r["phrase_only"]),
        # a regional government's office ("Setkab", "UPTD") continues a position phrase too
        role_words=frozenset(w.lower() for w in read_lines("role_words.txt")) |
        {r["word"].lower() for r in read_rows("regional_office_words.csv") if r["kind"] == "office"},
        regional_office_words={r["word"].lower(): r["kind"] for r in read_rows("regional_office_words.csv")},
        name_abbreviations=frozenset(w.lower() for w in read_lines("name_abbreviations.txt")),
        balinese_name_words=frozenset(w.lower() for w in read_lines("balinese_name_words.txt")),
        name_opening_titles=frozenset(w.lower() for w in read_lines("name_opening_titles.txt")),
        name_stopwords=frozenset(w.lower() for w in read_lines("name_stopwords.txt")),
        not_names=frozenset(w.lower() for w in read_lines("not_names.txt")),
        byline_words=frozenset(w.lower() for w in read_lines("byline_words.txt")),
        venue_words=frozenset(w.lower() for w in read_lines("venue_words.txt")),
        common_words=frozenset(read_lines("common_words.txt")),
        months={r["name"]: int(r["month"]) for r in read_rows("months.csv")},
        dimensions=tuple((r["pattern"], r["dimension"]) for r in read_rows("dimensions.csv")),
        event_triggers=tuple((r["type"], r["pattern"]) for r in read_rows("event_triggers.csv")),
    )


def honorifics_only(token: str) -> bool:
    """True for an honorific, or several glued by their dots ("Dr.", "Prof.DR.IR."), as written before a name
    (data/honorifics.txt)."""
    parts = [part for part in token.split(".") if part]
    return bool(parts) and all(squash(part) in load_lexicon().honorifics for part in parts)


def alternation(words: list[str] | tuple[str, ...] | set[str] | frozenset[str]) -> str:
    """A regex alternation of literal words, longest first so the longest form wins.

    The words are grouped by their first letter, in that order within each group: words of different first
    letters never match at the same place (also ignoring case), so the matches are the same, and the regex engine
    tries one group instead of every word at each place (data/positions.csv's positions scan a text 3-4 times
    faster)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[:1].lower(), []).append(re.escape(word))
    return "|".join(group[0] if len(group) == 1 else f"(?:{'|'.join(group)})" for group in groups.values())


def _first_chars(items: Any) -> tuple[set[int], bool]:
    """The code points a parsed regex can start a match with, and whether it can also match the empty string;
    UnknownStart for anything but literals, small character sets, groups, repeats and zero-width checks."""
    starts: set[int] = set()
    for op, arg in items:
        if op is _sre.LITERAL:
            return starts | {arg}, False
        if op is _sre.IN:
            for kind, value in arg:
                if kind is _sre.LITERAL:
                    starts.add(value)
                elif kind is _sre.RANGE and value[1] - value[0] < 64:
                    starts.update(range(value[0], value[1] + 1))
                else:
                    raise UnknownStart(op)
            return starts, False
        if op is _sre.BRANCH:
            found = [_first_chars(branch) for branch in arg[1]]
            nullable = any(empty for _, empty in found)
        elif op is _sre.SUBPATTERN and not arg[1] and not arg[2]:  # a group that sets no flags
            found = [_first_chars(arg[3])]
            nullable = found[0][1]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            found = [_first_chars(arg[2])]
            nullable = found[0][1] or arg[0] == 0
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):  # zero-width: they start nothing
            continue
        else:
            raise UnknownStart(op)
        for chars, _ in found:
            starts |= chars
        if not nullable:
            return starts, False
    return starts, True


class UnknownStart(ValueError):
    """A regex construct whose first characters _first_chars does not work out."""


def quick_start(pattern: str) -> str:
    """The pattern behind a look-ahead for the characters its matches can start with, so that the regex engine
    skips other places at once (the same matches, found 2-4 times faster); the pattern itself when that set is
    unknown or any place could match."""
    try:
        starts, nullable = _first_chars(_parser.parse(pattern))
    except UnknownStart:
        return pattern
    if nullable or not starts:
        return pattern
    return f"(?=[{''.join(re.escape(chr(c)) for c in sorted(starts))}])(?:{pattern})"


# person names


@lru_cache(maxsize=1)
def _spelling_folds() -> tuple[tuple[str, str], ...]:
    return tuple((r["pattern"], r["replacement"]) for r in read_rows("name_spelling.csv"))


def clean_name(name: str) -> str:
    """The name without honorifics before it and degrees after it, spaces normalised."""
    lex = load_lexicon()
    words = [w for w in re.split(r"[\s,]+", name.strip()) if w]
    while len(words) > 1 and squash(words[0]) in lex.honorifics:
        words.pop(0)
    while len(words) > 1 and squash(words[-1]) in lex.degrees:
        words.pop()
    return " ".join(words)


def name_key(name: str) -> str:
    """Lower-case ASCII letters of the clean name, one space between words ("Dr. Heri A. Azis" -> "heri a azis")."""
    ascii_text = unicodedata.normalize("NFKD", clean_name(name)).encode("ascii", "ignore").decode()
    return " ".join(re.findall(r"[a-z0-9]+", ascii_text.lower()))


@lru_cache(maxsize=WORD_CACHE)  # the people rules fold the same names thousands of times per article
def folded_name(name: str) -> str:
    """The name key after the spelling folds, so "Herry Abdul Aziz" and "Heri Abdul Azis" meet."""
    text = name_key(name)
    for pattern, replacement in _spelling_folds():
        text = text.replace(pattern, replacement)
    return re.sub(r"(.)\1+", r"\1", text)
