"""The Indonesian tokenizer, adjusted for news text (see the notes in the issue on blank("id")).

blank("id") brings about 16,000 special cases, nearly all reduplicated words ("abu-abu", "Abu-Abu", ...).
spaCy adds each one through its affix rules and a PhraseMatcher, about 120 µs apiece: 2 s whenever a
tokenizer is built or read from disk. `SmartcityTokenizer` keeps the hyphenated ones aside and adds, before
tokenizing a text, only those the text could use, so loading costs milliseconds and the tokens stay the same
(see `_deferrable`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy import util
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from extractor.nlp.lexicon import load_lexicon

Rules = dict[str, list[dict[int, str]]]
WHITESPACE = re.compile(r"\s+")
# A run of this many marks (no letter, digit or space) at a word's start or end is one token: spaCy strips one
# affix at a time and searches the whole rest for the next, quadratic in a crafted run of "(((" or "///"; no real
# text holds so long a run, and a shorter one is split as before.
MARK_RUN = r"(?<![^\w\s])[^\w\s]{64,}+"


def _deferrable(key: str) -> bool:
    """A special case that may wait until a text contains it: a hyphenated string without whitespace.

    Why that is safe: a special case changes the tokens of a text only (1) when the tokenizer looks up a
    substring of the text and finds it, or (2) when its PhraseMatcher pattern (the special string cut by the
    affix rules) matches tokens of the text, which then read the special string with at most spaces between
    them. Either way the special string occurs in the text once its whitespace is removed; every such rule
    is added before the text is tokenized, and adding one clears spaCy's token cache."""
    return "-" in key and not key.startswith("-") and WHITESPACE.search(key) is None


class SmartcityTokenizer(Tokenizer):  # type: ignore[misc]
    """spaCy's Tokenizer that adds its special cases when the first text comes, the hyphenated ones only when a
    text needs them (the same tokens; built or read from disk in milliseconds)."""

    def __init__(self, vocab: Vocab, rules: Rules | None = None, **options: Any) -> None:
        self._waiting: Rules = {}  # rules not added yet
        self._by_head: dict[str, list[str]] | None = None  # deferrable waiting rules by the part before "-"
        self._longest_head = 0
        # threads sharing the pipeline (dask threads) must not add rules while another one reads or adds them
        self._lock = threading.RLock()
        super().__init__(vocab, rules=rules, **options)

    # spaCy's Tokenizer loads rules through _load_special_cases (construction, `rules =`, from_bytes), and after a
    # regex changes it flushes the added ones and loads them again through it: they all wait here.
    def _load_special_cases(self, special_cases: Rules | None) -> None:
        if special_cases:
            self._waiting.update(special_cases)
            self._by_head = None

    @property  # type: ignore[misc]
    def rules(self) -> Rules:
        """Every special case, added or waiting."""
        return {**dict(super().rules or {}), **self._waiting}

    @rules.setter
    def rules(self, rules: Rules) -> None:
        self._waiting, self._by_head = {}, None
        Tokenizer.rules.__set__(self, rules)

    def add_needed(self, text: str) -> int:
        """Add the waiting special cases `text` could use (on the first text, all that cannot wait); returns how
        many were added."""
        if self._by_head is None:
            self._sort_waiting()
        if not self._waiting or "-" not in text:
            return 0
        assert self._by_head is not None
        squeezed = WHITESPACE.sub("", text)
        needed = set()
        at = squeezed.find("-")
        while at != -1:
            for length in range(1, min(at, self._longest_head) + 1):
                for key in self._by_head.get(squeezed[at - length:at], ()):
                    if squeezed.startswith(key, at - length):
                        needed.add(key)
            at = squeezed.find("-", at + 1)
        for key in needed:
            self._by_head[key.split("-", 1)[0]].remove(key)
        super()._load_special_cases({key: self._waiting.pop(key) for key in needed})
        return len(needed)

    def _sort_waiting(self) -> None:
        """Add the waiting rules that cannot wait; index the others by the part before their first hyphen."""
        now = {key: value for key, value in self._waiting.items() if not _deferrable(key)}
        for key in now:
            del self._waiting[key]
        self._by_head, self._longest_head = {}, 0
        for key in self._waiting:
            head = key.split("-", 1)[0]
            self._by_head.setdefault(head, []).append(key)
            self._longest_head = max(self._longest_head, len(head))
        super()._load_special_cases(now)

    def __call__(self, text: str) -> Doc:
        """Tokenize a text."""
        with self._lock:
            self.add_needed(text)
            return super().__call__(text)

    def explain(self, text: str) -> list[tuple[str, str]]:
        """spaCy's explanation of the tokens of `text`."""
        with self._lock:
            self.add_needed(text)
            return list(super().explain(text))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        """Tokenize a stream of texts."""
        for text in texts:
            yield self(text)

    def __reduce__(self) -> tuple[Any, ...]:
        args = (self.vocab, self.rules)
        options = {"prefix_search": self.prefix_search, "suffix_search": self.suffix_search,
                   "infix_finditer": self.infix_finditer, "token_match": self.token_match,
                   "url_match": self.url_match, "faster_heuristics": self.faster_heuristics}
        return (_rebuild, (args, options))

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """spaCy's Tokenizer serialization, with every rule (the waiting ones too)."""
        def pattern(regex: Any) -> str | None:
            return None if regex is None else str(regex.__self__.pattern)

        serializers = {
            "vocab": lambda: self.vocab.to_bytes(exclude=exclude),
            "prefix_search": lambda: pattern(self.prefix_search),
            "suffix_search": lambda: pattern(self.suffix_search),
            "infix_finditer": lambda: pattern(self.infix_finditer),
            "token_match": lambda: pattern(self.token_match),
            "url_match": lambda: pattern(self.url_match),
            "exceptions": lambda: dict(sorted(self.rules.items())),
            "faster_heuristics": lambda: self.faster_heuristics,
        }
        return bytes(util.to_bytes(serializers, exclude))


def _rebuild(args: tuple[Any, ...], options: dict[str, Any]) -> SmartcityTokenizer:
    return SmartcityTokenizer(*args, **options)


def glued_dimension_infixes() -> list[str]:
    """Zero-width splits for a dimension set in italics that lost the spaces around it ("inovasismart
    economydilakukan"): before a "smart" that ends a lower-case word, and after a dimension's own word (from
    data/dimensions.csv) that a lower-case word follows."""
    words = sorted({name.split()[-1].lower() for _, name in load_lexicon().dimensions if name.startswith("Smart ")})
    return [r"(?<=[a-z])(?=[sS]mart$)"] + [rf"(?<=^(?i:{word}))(?=[a-z]{{2}})" for word in words]


def _alternatives(piece: str) -> list[str]:
    """The top-level alternatives of a regex piece ("a|b(c|d)" -> ["a", "b(c|d)"])."""
    parts, start, depth, in_class, escaped = [], 0, 0, False, False
    for at, char in enumerate(piece):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(piece[start:at])
            start = at + 1
    return [*parts, piece[start:]]


def prefix_regex(prefixes: Iterable[str | re.Pattern[str]]) -> re.Pattern[str]:
    """spaCy's compile_prefix_regex, the same matches found about 15 times faster.

    spaCy writes "^p1|^p2|...", and blank("id")'s HTML prefix "<(b|...)\\s?/>|<a([^>]+)>" leaves its second
    alternative unanchored, so that a search tries the 170 anchored pieces again at every position of the string.
    Here all pieces are tried once, in their order, at the start ("^(?:p1|p2|...)"), and only the unanchored
    alternatives at the later positions."""
    texts = [prefix if isinstance(prefix, str) else prefix.pattern for prefix in prefixes]
    split = [_alternatives(text) for text in texts if text.strip()]  # spaCy skips blank ones too
    pieces = [alternative for alternatives in split for alternative in alternatives]
    loose = [alternative for alternatives in split for alternative in alternatives[1:]]
    return re.compile("^(?:" + "|".join(pieces) + ")" + "".join("|" + piece for piece in loose))


@registry.tokenizers("smartcity.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """blank("id")'s tokenizer, keeping "Kab.", "Ir.", "S.IP." whole, without the slow "\\n" rule, splitting a
    dimension glued to the words around it, and keeping a long run of marks whole (MARK_RUN)."""

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        # The "\n" special case makes blank("id") 2-3x slower than blank("en") and yields the same tokens.
        rules = {key: value for key, value in (defaults.tokenizer_exceptions or {}).items() if key.strip()}
        for abbreviation in load_lexicon().abbreviations:
            rules[abbreviation] = [{ORTH: abbreviation}]
        return SmartcityTokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=prefix_regex([MARK_RUN, *(defaults.prefixes or ())]).search,
            suffix_search=util.compile_suffix_regex([MARK_RUN, *(defaults.suffixes or ())]).search,
            infix_finditer=util.compile_infix_regex([*(defaults.infixes or ()), *glued_dimension_infixes()]).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make
