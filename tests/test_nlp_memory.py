"""Memory of the NLP over many articles: the words of an article are forgotten after it, and the caches are bounded.

An ingest of 10,000 pages must not hold much more than one of 1,000 (README, "Speed"): spaCy's vocabulary keeps
every new word it sees unless the text is analysed in a memory zone, and a cache without a small bound grows with
every new word or name until it is full.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from spacy.language import Language

import extractor
from extractor.nlp import load_pipeline, memory_zone
from extractor.nlp.lexicon import WORD_CACHE, folded_name, squash
from extractor.records import Article
from extractor.summary import extract_article

TEXT = ("Wali Kota Zorbadimanto Kelufirang membuka bimbingan teknis smart city di Kota Bandung pada 3 Maret 2023. "
        "Anak-anak sekolah ikut menonton kupu-kupu digital buatan tim Wulandakira.")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def test_an_articles_new_words_are_forgotten_after_it(nlp: Language) -> None:
    extraction = extract_article(Article(id="t", source="t", url=None, title="Kota Zorbadimanto", text=TEXT))
    assert any("Zorbadimanto" in m.text for m in extraction.mentions if m.label == "person")
    for word in ("Zorbadimanto", "Kelufirang", "Wulandakira"):
        assert word not in nlp.vocab.strings


def test_words_seen_outside_a_zone_stay(nlp: Language) -> None:
    nlp.make_doc("Pak Gentarubila datang.")
    assert "Gentarubila" in nlp.vocab.strings


def test_special_cases_are_added_before_the_zone(nlp: Language) -> None:
    # spaCy would put a special case added in a zone in the zone's memory, freed at its end while the rule stays
    with memory_zone(TEXT, "Kupu-Kupu di Taman", nlp=nlp):
        assert nlp.tokenizer.add_needed(TEXT) == 0
        assert nlp.tokenizer.add_needed("Kupu-Kupu di Taman") == 0
        assert "kupu-kupu" in [t.text for t in nlp.make_doc(TEXT)]
    assert [t.text for t in nlp.make_doc("Anak-anak melihat kupu-kupu.")] == ["Anak-anak", "melihat", "kupu-kupu", "."]


def test_zones_do_not_nest(nlp: Language) -> None:
    with memory_zone(nlp=nlp), pytest.raises(RuntimeError, match="do not nest"), memory_zone(nlp=nlp):
        pass
    assert not nlp.vocab.in_memory_zone


@pytest.mark.parametrize("cached", [squash, folded_name])
def test_word_caches_stop_at_their_bound(cached: object) -> None:
    for i in range(WORD_CACHE + 100):
        cached(f"Nama Contoh {i}")  # type: ignore[operator]
    assert cached.cache_info().currsize == WORD_CACHE  # type: ignore[attr-defined]


def _modules() -> list[object]:
    found = []
    for info in pkgutil.walk_packages(extractor.__path__, "extractor."):
        try:
            found.append(importlib.import_module(info.name))
        except ImportError:  # an optional extra that is not installed (its caches are checked where it is)
            continue
    return found


def test_no_cache_of_the_package_grows_past_the_word_bound() -> None:
    # a cache of values per word, name or text keeps at most WORD_CACHE of them; caches of a function without
    # arguments hold one value
    large = []
    for module in _modules():
        for name, value in vars(module).items():
            info = getattr(value, "cache_info", None)
            if info is None or getattr(value, "__module__", None) != module.__name__:  # type: ignore[attr-defined]
                continue
            takes_arguments = bool(inspect.signature(value).parameters)
            maxsize = info().maxsize
            if takes_arguments and (maxsize is None or maxsize > WORD_CACHE):
                large.append(f"{module.__name__}.{name}: {maxsize}")  # type: ignore[attr-defined]
    assert large == []
