"""Sentence boundaries for news text: paragraph breaks and sentence-final punctuation."""

from __future__ import annotations

import re
import statistics

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from extractor.nlp.lexicon import honorifics_only, read_lines
from extractor.nlp.spans import text_of

FINAL = {".", "!", "?", "…"}
CLOSING = {"”", '"', "’", "'", ")"}
LINE_END = re.compile(r"[.!?…:\"”’)]\s*$")
# Hard-wrapped text (PDF copies, e-paper pages) breaks lines of about the same length inside sentences; a
# single line break there is no boundary. Measured on the real-article cache: the two wrapped pages have
# 80 % of lines ending mid-sentence and a median line of 60-70 characters; other pages stay under 60 %.
WRAPPED_SHARE = 0.7
WRAPPED_LENGTH = (40, 100)
# "Kementerian ... RI.", "tahap II.": two capitals that end a sentence, not a name's initials
FINAL_ACRONYMS = frozenset(read_lines("sentence_final_acronyms.txt"))
# a comma or one of these words (data/line_open_words.txt) before a single line break leaves the sentence open
OPEN_AT_LINE_END = frozenset(read_lines("line_open_words.txt")) | {","}


@Language.factory("smartcity_sentences", assigns=["token.is_sent_start"])
def make_sentencizer(nlp: Language, name: str) -> NewsSentencizer:
    """Build the news sentencizer."""
    return NewsSentencizer()


class NewsSentencizer:
    """Starts a sentence after a line break and after . ! ? (and the quote that closes them)."""

    def __call__(self, doc: Doc) -> Doc:
        # the token texts and space flags read from arrays: each Token object costs more than the rest of the loop
        orths, flags = doc.to_array([ORTH, IS_SPACE]).T.tolist() if len(doc) else ([], [])
        texts = [doc.vocab.strings[orth] for orth in orths]
        spaces = [bool(flag) for flag in flags]
        starts = [0] * len(texts)  # 1 starts a sentence, -1 continues one
        pending = False  # a boundary was seen; the next word starts a sentence
        wrapped = is_hard_wrapped(text_of(doc))
        for i, word in enumerate(texts):
            if i == 0:
                starts[i] = 1
            elif spaces[i]:
                starts[i] = -1
            elif pending and word in CLOSING and texts[i - 1] in FINAL:
                starts[i] = -1
                continue
            else:
                starts[i] = 1 if pending else -1
                pending = False
            if spaces[i]:
                breaks = word.count("\n")
                pending = pending or breaks > 1 or (breaks == 1 and not wrapped and texts[i - 1] not in OPEN_AT_LINE_END)
            elif word in FINAL and not _is_initial(doc, i) and not (i + 1 < len(texts) and texts[i + 1] in (",", ";")):
                pending = True  # "CEO Citiasia Inc., X": a dot before a comma abbreviates, it ends no sentence
        # one array write: setting token.is_sent_start one by one re-checks the whole doc each time (quadratic)
        if texts:
            column = numpy.array(starts, dtype="int64").reshape((len(texts), 1))
            doc.from_array([SENT_START], column.astype("uint64"))  # type: ignore[arg-type]
        return doc


def is_hard_wrapped(text: str) -> bool:
    """Lines of about the same length that mostly end inside a sentence."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 6:
        return False
    open_ended = sum(1 for line in lines[:-1] if not LINE_END.search(line))
    low, high = WRAPPED_LENGTH
    return open_ended / (len(lines) - 1) >= WRAPPED_SHARE and low <= statistics.median(map(len, lines)) <= high


def _is_initial(doc: Doc, i: int) -> bool:
    """A dot after a single capital letter ("Fitrah R. Kautsar") or two ("HM. Nurdin", not "RI.": see
    data/sentence_final_acronyms.txt) abbreviates a name, and so does one closing titles glued together
    ("Prof.DR.IR. Marsudi"): it ends no sentence."""
    if doc[i].text != "." or i == 0:
        return False
    previous = doc[i - 1]
    if "." in previous.text and not previous.whitespace_ and honorifics_only(previous.text):
        return True  # "Prof.DR.IR. Marsudi": titles glued by their dots stand before a name, never at a sentence's end
    return len(previous.text) <= 2 and previous.text.isupper() and previous.is_alpha and not previous.whitespace_ \
        and previous.text not in FINAL_ACRONYMS
