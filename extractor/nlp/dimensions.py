"""Dimensions: the six smart-city dimensions (and Smart Mobility / Smart People) however they are written."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractor.nlp.lexicon import load_lexicon, read_lines
from extractor.nlp.spans import add_span, text_of


@Language.factory("smartcity_dimensions", assigns=["doc.spans"])
def make_dimension_finder(nlp: Language, name: str) -> DimensionFinder:
    """Build the dimension finder from `data/dimensions.csv`."""
    return DimensionFinder(load_lexicon().dimensions)


class DimensionFinder:
    """Adds `doc.spans["dimensions"]` with value {name}."""

    def __init__(self, patterns: tuple[tuple[str, str], ...]) -> None:
        self.names = [name for _, name in patterns]
        bare = {name.split()[-1].lower(): name for name in self.names if name.lower().startswith("smart ")}
        # "inovasismart economydilakukan": set in italics, a dimension may lose the spaces around it (the tokenizer
        # splits the same places: tokenizer.glued_dimension_infixes)
        start = r"(?:\b|(?<=(?-i:[a-z]))(?=[sS]mart\s))"
        end = r"(?:\b|(?:" + "|".join(f"(?<={word})" for word in sorted(bare)) + r")(?=(?-i:[a-z]{2})))"
        self.pattern = re.compile(
            "|".join(f"(?P<d{i}>{start}(?:{p}){end})" for i, (p, _) in enumerate(patterns)), re.IGNORECASE)
        # the first word of each pattern: the full pattern is tried only where one of them starts
        firsts = {re.match(r"[a-z]+", p).group(0) for p, _ in patterns if re.match(r"[a-z]+", p)}  # type: ignore
        self.anchor = re.compile(start + "(?:" + "|".join(sorted(firsts)) + ")", re.IGNORECASE)
        # "smart people, economy, governance serta branding": one "smart" for a whole list
        self.bare = bare
        self.list_item = re.compile(r"\s*(?:,|;|\bdan\b|\bserta\b|&)\s*(?:dan\s+|serta\s+)?(?P<w>"
                                    + "|".join(sorted(bare)) + r")\b(?=\s*(?:[,;.)]|\bdan\b|\bserta\b|&|$))",
                                    re.IGNORECASE)
        # an index whose categories read like the dimensions in Indonesian (data/index_names.txt)
        self.index = re.compile("|".join(f"(?:{p})" for p in read_lines("index_names.txt")), re.IGNORECASE)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["dimensions"] = []
        position = 0
        text = text_of(doc)
        for anchor in self.anchor.finditer(text):
            if anchor.start() < position:
                continue
            m = self.pattern.match(text, anchor.start())
            if m is None:
                continue
            position = m.end()
            index = int((m.lastgroup or "d0")[1:])
            add_span(doc, "dimensions", m.start(), m.end(), {"name": self.names[index]})
            while item := self.list_item.match(text, position):
                position = item.end()
                add_span(doc, "dimensions", item.start("w"), item.end("w"), {"name": self.bare[item["w"].lower()]})
        if doc.spans["dimensions"] and self.index.search(text):
            # "Indeks Kota Cerdas Indonesia ... enam pilar, yakni lingkungan cerdas, ...": the index's categories; a
            # dimension the article also writes as the programme does ("Smart Environment") stays
            spans = list(doc.spans["dimensions"])
            named = {s._.value["name"] for s in spans if s.text.lower().startswith("smart")}
            doc.spans["dimensions"] = [s for s in spans if s._.value["name"] in named]
        return doc
