"""The recurring chunks tokenized outside the memory zones (extractor.nlp.kept): kept for later texts, bounded, and
the tokens the same as without them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractor.nlp import kept, memory_zone
from extractor.nlp.kept import KeptChunks

FIRST = "Bupati Qorvenildo meresmikan aplikasi Sipantrex di alun-alun, kata Drs. Qorvenildo."
SECOND = "Aplikasi Sipantrex dipakai warga Kabupaten Trenvaluk sejak kemarin (Senin)."


def _tokens(nlp: Language, text: str) -> list[tuple[str, str, str, str]]:
    with memory_zone(text, nlp=nlp):
        return [(t.text, t.whitespace_, t.norm_, t.shape_) for t in nlp.make_doc(text)]


def test_a_chunk_of_two_texts_is_kept_and_one_of_a_single_text_is_not(nlp: Language) -> None:
    chunks = KeptChunks(nlp.tokenizer)
    chunks.keep([FIRST])
    chunks.keep([SECOND])
    assert "Sipantrex" in chunks.kept and "Sipantrex" in nlp.vocab.strings
    assert "Trenvaluk" not in chunks.kept and "Qorvenildo" not in chunks.kept  # (twice in one text is once)


def test_the_tokens_are_the_same_with_kept_chunks(nlp: Language) -> None:
    text = "Kadis Kominfo Velmorandu, S.Kom., meninjau e-Gov (layanan) di Kab. Velmorandu-Utara; warga: puas!"
    before = _tokens(nlp, text)
    chunks = KeptChunks(nlp.tokenizer)
    chunks.keep([text])
    chunks.keep([text])
    assert chunks.kept == set(text.split())
    assert _tokens(nlp, text) == before


def test_no_more_chunks_are_kept_than_the_bound(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kept, "KEPT_CHUNKS", 3)
    chunks = KeptChunks(nlp.tokenizer)
    text = "satu dua tiga empat lima enam"
    chunks.keep([text])
    chunks.keep([text])
    assert len(chunks.kept) == 3


def test_a_cleared_cache_is_filled_again(nlp: Language) -> None:
    chunks = KeptChunks(nlp.tokenizer)
    chunks.keep(["Portal Zendravik dibuka"])
    chunks.keep(["Portal Zendravik ditutup"])
    chunks.keep(["pagi"], cleared=True)  # a new special case emptied spaCy's token cache
    assert chunks.cached == set()
    chunks.keep(["Portal Zendravik lagi"])
    assert chunks.cached == {"Portal", "Zendravik"}


def test_chunks_are_kept_outside_zones_only(nlp: Language) -> None:
    chunks = KeptChunks(nlp.tokenizer)
    with memory_zone(nlp=nlp), pytest.raises(RuntimeError, match="outside memory zones"):
        chunks.keep(["kata"])
