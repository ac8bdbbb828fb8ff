"""Sentence boundaries for news text: paragraph breaks and sentence-final punctuation."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FINAL = {".", "!", "?", "…"}
CLOSING = {"”", '"', "’", "'", ")"}


@Language.factory("smartcity_sentences", assigns=["token.is_sent_start"])
def make_sentencizer(nlp: Language, name: str) -> NewsSentencizer:
    """Build the news sentencizer."""
    return NewsSentencizer()


class NewsSentencizer:
    """Starts a sentence after a line break and after . ! ? (and the quote that closes them)."""

    def __call__(self, doc: Doc) -> Doc:
        pending = False  # a boundary was seen; the next word starts a sentence
        for token in doc:
            if token.i == 0:
                token.is_sent_start = True
            elif token.is_space:
                token.is_sent_start = False
            elif pending and token.text in CLOSING and doc[token.i - 1].text in FINAL:
                token.is_sent_start = False
                continue
            else:
                token.is_sent_start = pending
                pending = False
            if token.is_space:
                pending = pending or "\n" in token.text
            elif token.text in FINAL and not _is_initial(doc, token.i):
                pending = True
        return doc


def _is_initial(doc: Doc, i: int) -> bool:
    """A dot after a single capital letter ("Fitrah R. Kautsar") abbreviates a name, it ends no sentence."""
    if doc[i].text != "." or i == 0:
        return False
    previous = doc[i - 1]
    return len(previous.text) <= 2 and previous.text.isupper() and previous.is_alpha and not previous.whitespace_
