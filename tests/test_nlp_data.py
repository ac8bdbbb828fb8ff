"""The pipeline's data files: well-formed, complete, and consistent with the Kemendagri region list."""

from __future__ import annotations

import csv
import io
import re

import pytest

from extractor.nlp.lexicon import DATA, load_lexicon
from extractor.records import EVENT_TYPES

CSV_FILES = sorted(DATA.glob("*.csv"))


@pytest.mark.parametrize("path", CSV_FILES, ids=lambda p: p.name)
def test_every_row_has_the_header_columns(path) -> None:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    rows = list(csv.reader(io.StringIO("\n".join(lines))))
    width = len(rows[0])
    assert all(len(row) == width for row in rows), [row for row in rows if len(row) != width]


def test_region_list_has_every_province_and_kabupaten_kota() -> None:
    kinds = [r.kind for r in load_lexicon().regions]
    assert kinds.count("provinsi") == 38
    assert kinds.count("kabupaten") + kinds.count("kota") == 514


def test_aliases_point_to_known_regions() -> None:
    lexicon = load_lexicon()
    for alias, canonical in {**lexicon.region_aliases, **lexicon.province_aliases}.items():
        assert lexicon.region(canonical) is not None, alias


def test_patterns_compile() -> None:
    lexicon = load_lexicon()
    for pattern, _ in lexicon.dimensions:
        re.compile(pattern)
    for _, pattern in lexicon.event_triggers:
        re.compile(pattern)
    assert {kind for kind, _ in lexicon.event_triggers} == set(EVENT_TYPES)


def test_institutions_have_a_kind() -> None:
    kinds = {kind for _, kind in load_lexicon().institutions.values()}
    assert kinds <= {"ministry", "academic", "company", "agency"}


def test_post_misspellings_keep_the_words_first_letter_and_capital() -> None:
    # (people.vocabulary.position_alternation writes a misspelling after the first letter of its word)
    lexicon = load_lexicon()
    for misspelt, word in lexicon.post_misspellings.items():
        assert misspelt[:1].isupper() and misspelt[:1].lower() == word[:1], (misspelt, word)
        assert any(word in position.split() for position in lexicon.positions), (misspelt, word)
