"""The recurring words of the texts, tokenized once outside spaCy's memory zones.

In a memory zone spaCy builds every chunk of a text (a string between whitespace) anew: a lexeme for each word it
does not keep for good, the affix rules run again, and nothing enters its token cache. Tokenized outside a zone, a
chunk's lexemes and its tokens (the cache) stay, so the zones of later texts reuse them. `KeptChunks` does that for
the chunks that recur from one text to the next, up to a bound. The tokens are the same: spaCy caches the tokens of
a chunk alone (never one a special case touches), whatever text it stands in.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokenizer import Tokenizer

# how many chunks are kept: the 463 articles of the dev set keep 6,226 (+4 MB), and tokenizing them in their zones
# then takes about a third of the time (1.67 -> 0.59 s with the keeping itself)
KEPT_CHUNKS = 20_000
# the chunks of earlier texts counted to find the recurring ones, forgotten at once past this many (a bound on
# memory, about 6 MB, while fewer than KEPT_CHUNKS are kept; the dev set's 463 articles have 22,865)
SEEN_CHUNKS = 100_000


class KeptChunks:
    """The chunks of one tokenizer tokenized outside the zones, and those of earlier texts."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self.kept: set[str] = set()  # tokenized outside a zone (their lexemes stay), at most KEPT_CHUNKS
        self.cached: set[str] = set()  # of those, the ones in spaCy's token cache now
        self.seen: set[str] = set()  # chunks of earlier texts

    def keep(self, texts: Iterable[str], cleared: bool = False) -> None:
        """Tokenize, outside any zone, the chunks of `texts` (one text or the texts of one zone) that earlier texts
        had too, or that were kept before and left the cache (`cleared`: a new special case emptied spaCy's token
        cache). Call it after adding the special cases the texts need."""
        if self.tokenizer.vocab.in_memory_zone:
            raise RuntimeError("chunks are kept outside memory zones only")
        if cleared:
            self.cached.clear()
        chunks = set().union(*(text.split() for text in texts))
        for chunk in chunks - self.cached:
            if chunk in self.kept or chunk in self.seen and len(self.kept) < KEPT_CHUNKS:
                self.tokenizer(chunk)
                self.kept.add(chunk)
                self.cached.add(chunk)
        if len(self.kept) >= KEPT_CHUNKS or len(self.seen) > SEEN_CHUNKS:
            self.seen.clear()  # nothing more to keep, or a bound on what counting them holds
        if len(self.kept) < KEPT_CHUNKS:
            self.seen |= chunks
