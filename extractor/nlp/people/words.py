"""The words of a text as the person finder reads them: `Word`, the split of a text into words, the layout
of its lines (headlines, wrapped lines, line starts) and the person spans the trained `ner` proposes."""

from __future__ import annotations

import re
import string
import sys
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

WORD = re.compile(r"[A-Za-z\u00C0-\u024F0-9][\w'’.\-]*|[,;:()“”\"!?/–—|-]")  # a spaced dash ends a name
# "Pewarta:", "| Editor ": the word (a label, when data/byline_words.txt has it) ending the text before a name
ASCII_LETTERS = frozenset(string.ascii_letters)
# "Prof.Dr.Ir.Marsudi": honorifics glued to the name without spaces
GLUED_HONORIFICS = re.compile(r"^(?:(?:Prof|Dr|dr|Ir|Drs|Dra|H|Hj)\.)+(?=[A-Z][a-z])")
# "Drs.H. M. Aidil": honorifics glued to each other, the name after a space
GLUED_HONORIFICS_ONLY = re.compile(r"^(?:(?:Prof|Dr|Ir|Drs|Dra|H|Hj)\.){2,}$")
# "H.A.S. Chaidir": the pilgrim's title glued to the initials of the name
GLUED_HAJI = re.compile(r"^(?:H|Hj)\.(?=(?:[A-Z]\.){1,3}$)")
# "Bupati X Tambunan.sebelum membuka ...": a sentence's end glued to the next word (a web address's ending is none)
GLUED_SENTENCE = re.compile(r"^[A-Z][a-z]{2,}\.(?=(?!com$|net$|org$|info$)[a-z]{3,}$)")
MODEL_LABEL = "PER"
# "menyampaikan", "dikatakan": a verb in lower case, which no headline in title case writes
LOWERCASE_KAN_VERB = re.compile(r"\b(?:me|ber|di)[a-z]{3,}kan\b")
PAIR = re.compile(r"([A-Z][a-z]{2,})-([A-Z][a-z]{2,})")  # "Pomanto-Syamsu": the last and first names of a pair
# what makes a hyphen join two people's names, not the two parts of one name ("Kaunang-Rumengan", "Nur-Aini"):
# two posts joined before it ("Wali Kota dan Wakil Wali Kota X A-B", "Bupati-Wakil Bupati") or a pair's word
PAIR_CUE = re.compile(r"(?:\b(?:dan|&)[ \t]++|[-–/][ \t]*+)Wakil\b|\b(?:pasangan|paslon|duet)\b", re.IGNORECASE)
PAIR_CUE_REACH = 150  # the posts of a pair and their region stand close before the names
WRAPPED = re.compile(r"[a-z,][ \t]*\n[a-z]")  # a sentence going on after a line break
# "|   14:00 . Bupati Resmikan Pasar": an item of a site's timed list of latest headlines, many on one line
TICKER_ITEM = re.compile(r"\|[ \t]*+\d{1,2}[:.]\d\d[ \t]*+\.[ \t]")
# a link to another story ("Baca juga: ...", "Read Next : ...", behind a site's stray letters): its words are a
# headline's, whatever their case
LINK_LINE = re.compile(r"[ \t]*+(?:\w{1,3}[ \t]++)?(?:baca(?:[ \t]++juga)?|lihat[ \t]++juga|simak[ \t]++juga|"
                       r"berita[ \t]++terkait|read[ \t]++(?:next|more|also))[ \t]*+:", re.IGNORECASE)


@dataclass
class Word:
    """One word of the text as written, with its character offsets."""

    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        """The word without its trailing dots."""
        return self.text.rstrip(".")


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """The root words of Sastrawi's Indonesian dictionary."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(StemmerFactory().get_words())


def dictionary_word(low: str) -> bool:
    """A lower-case word of the Indonesian dictionary, as written or by its Sastrawi stem ("kemarin", "lestari",
    "menyampaikan"); no surname written in lower case ("yulinawati", "koerniawan")."""
    from extractor.classify.text import stem

    return low in _dictionary() or stem(low) in _dictionary()


def end_without_dot(word: Word) -> int:
    """End offset of a name's last word; a sentence-final dot is not part of it (an initial's dot is)."""
    return word.end - 1 if word.text.endswith(".") and len(word.bare) > 2 else word.end


def proposed_by_model(name_words: list[Word], model: list[tuple[int, int]]) -> bool:
    """True when a PER span of the trained model covers the name's last word (surnames anchor the name).

    The model's spans (doc.ents) are sorted and never overlap, so only the last one starting at or before the
    word can cover it."""
    word = name_words[-1]
    # ("Nur-Aini": a span over the last part of a hyphenated word covers the word)
    at = bisect_right(model, (word.start + word.text.rfind("-") + 1, sys.maxsize))
    return at > 0 and word.end - (1 if word.text.endswith(".") else 0) <= model[at - 1][1]


def model_span_at(model: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The span of the model's names that covers offset `at`, if any (spans sorted, never overlapping: see
    proposed_by_model)."""
    i = bisect_right(model, (at, sys.maxsize)) - 1
    return model[i] if i >= 0 and at < model[i][1] else None


def split_words(text: str) -> list[Word]:
    """The words of the text; honorifics glued to a name ("Prof.Dr.Ir.Marsudi") become words of their own, and
    so do the two names of a pair joined by a hyphen ("Wali Kota dan Wakil Wali Kota X Budi Santoso-Hendra Wijaya"),
    but not the parts of one name ("Siti Nur-Aini")."""
    out = []
    for m in WORD.finditer(text):
        word, start = m.group(), m.start()
        # (a pair needs its hyphen, glued honorifics their dots: most words are neither)
        pair = PAIR.fullmatch(word) if "-" in word else None
        if pair is not None and not _pair_cued(text, start):
            pair = None
        if pair is not None:
            second = start + pair.start(2)
            out += [Word(pair.group(1), start, second - 1), Word(pair.group(2), second, m.end())]
            continue
        glued = (GLUED_HONORIFICS.match(word) or GLUED_HONORIFICS_ONLY.match(word) or GLUED_HAJI.match(word)
                 or GLUED_SENTENCE.match(word)) if "." in word else None
        if glued is None:
            out.append(Word(word, start, start + len(word)))
            continue
        at = start
        for piece in re.findall(r"[A-Za-z]+\.", glued.group(0)):
            out.append(Word(piece, at, at + len(piece)))
            at += len(piece)
        if glued.end() < len(word):
            out.append(Word(word[glued.end():], at, m.end()))
    return out


def _pair_cued(text: str, at: int) -> bool:
    """True when the sentence before `at` names a pair (see PAIR_CUE)."""
    before = text[max(0, at - PAIR_CUE_REACH):at]
    return PAIR_CUE.search(before, max(before.rfind(". "), before.rfind("\n")) + 1) is not None


def last_word_start(before: str) -> int:
    """Where the run of ASCII letters ends the text, spaces and one colon after it aside: BYLINE_LABEL can only
    match with that run as its word, so searching from one character before it finds the same label without
    reading the whole line."""
    end = len(before.rstrip().removesuffix(":").rstrip())
    start = end
    while start > 0 and before[start - 1] in ASCII_LETTERS:
        start -= 1
    return max(start, 1)


def wrapped_line(text: str, at: int) -> bool:
    """"... oleh Kepala Dinas Kominfo Tabalong, Muhammad\nNoor Rifani, saat ...": in a text wrapped at a fixed
    width (sentences go on after a line break, three times at least) the long line ending at `at` without closing
    punctuation breaks a sentence, not a paragraph, so the name goes on on the next line."""
    line = text[text.rfind("\n", 0, at) + 1:at].rstrip()
    return len(line) >= 40 and not line.endswith((".", "!", "?", ":", ";", '"', "”", ")")) and wrapped_text(text)


@lru_cache(maxsize=8)
@lru_cache(maxsize=4)
def wrapped_text(text: str) -> bool:
    """True when sentences go on after a line break three times at least (read once per text)."""
    return len(WRAPPED.findall(text)) >= 3


def starts_line(text: str, at: int) -> bool:
    """True when only spaces stand between the start of the line and `at` (a byline under the headline)."""
    return text[text.rfind("\n", 0, at) + 1:at].strip() == ""


def in_title_case_line(text: str, at: int) -> bool:
    """Headlines and "Baca juga" links capitalise every word; their capitalised words are not name cues."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    if LINK_LINE.match(text, start):
        return True
    if len(TICKER_ITEM.findall(text, start, end if end != -1 else len(text))) >= 3:
        return True  # "| 14:00 . Headline | 13:00 . Headline": a site's list of its latest stories
    if not _title_case(text[start:end if end != -1 else len(text)]):
        return False
    # "Kepala Dinas Kominfo Kota Madiun, Rudi\nmenuturkan ...": a sentence wrapped over lines
    return end == -1 or not re.match(r"[ \t]*[a-z]", text[end + 1:end + 20])


@lru_cache(maxsize=1024)
def _title_case(line: str) -> bool:
    """True when a line of four to twenty words capitalises three in four of them and does not end a sentence
    (asked for every name on the line)."""
    words = re.findall(r"[A-Za-z][\w'-]*", line)
    # "... membincang smart city. (IST)": a caption's sentence ends before the photographer's credit, set apart
    closing = re.sub(r"(?<=[.!?])[ \t]+\([^()\n]{1,30}\)$", "", line.rstrip())
    # a closing quote ends a sentence only after the sentence's own mark ("... Raih IPP Kategori A-\"": a headline)
    closing = closing.rstrip('"”’ \t')
    # "..., Azril Apriansyah, menyampaikan, Pemko" (a page cut off mid-sentence): a headline capitalises its verbs
    if len(words) < 4 or len(words) > 20 or closing.endswith((".", "!", "?", ",")) or LOWERCASE_KAN_VERB.search(line):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.75


def same_line(text: str, a: int, b: int) -> bool:
    """True when no line break stands between the offsets `a` and `b`."""
    lo, hi = min(a, b), max(a, b)
    return "\n" not in text[lo:hi]
