"""Name chains: runs of name-shaped words cut to a name, cleaned of honorifics and degrees, fitted to the
spans of the trained `ner`."""

from __future__ import annotations

import re
import sys
from bisect import bisect_right

from spacy.tokens import Doc

from extractor.nlp.lexicon import squash
from extractor.nlp.people.patterns import INITIALS, SPEECH, VERB_SHAPE
from extractor.nlp.people.vocabulary import Vocabulary
from extractor.nlp.people.words import MODEL_LABEL, WORD, Word, dictionary_word, model_span_at, wrapped_line
from extractor.nlp.spans import spans_of, text_of

TITLE_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,2}\.")  # "Ec.", "Kng.": a title's short form after an honorific
# a name's word written in lower case: letters only, three to fifteen of them
LOWERCASE_NAME_WORD = re.compile(r"[a-z]{3,15}")
# "menyontohkan", "dibuka", "terpilih", "pelayanan", "katanya", "menghimbau": a word with a verb's or noun's
# affixes is no name
AFFIXED_WORD = re.compile(r"^(?:me[mnl]?|meng|meny|ber|be|ter|di|pe[mnr]?|peng|peny|per|ke)[a-z]{3,}(?:kan|an|i|nya|lah)$"
                          r"|^(?:me[mnl]|meng|meny|ber|ter|di)[a-z]{4,}$|^[a-z]+(?:nya|lah|kah|pun)$")
# the word before a name's word in lower case: a capitalised word ("Neti", "Deliserdang") or initials ("IB")
NAME_WORD_SHAPE = re.compile(r"[A-Z][a-z'’-]+\.?|[A-Z]{1,3}\.?")
# the posts numbered in Roman figures ("Asisten I", "Komisi I", "Wakil Ketua I")
NUMBERED_POSTS = frozenset({"asisten", "komisi", "ketua"})
APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]{0,3}['’][a-z]{2,}")  # "Ma'ruf", "Sa'ad", "Mu’in"


def regions_opening_names(doc: Doc) -> set[tuple[int, int]]:
    """"Wali Kota Bogor, Bima Arya": a bare region name the model reads as the first word of a longer name,
    written where a name is due (after a comma or a speech verb), is part of the name and no region."""
    text = text_of(doc)
    model = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == MODEL_LABEL]
    found = set()
    for span in spans_of(doc, "regions"):
        a, b = span.start_char, span.end_char
        if len(span.text.split()) != 1 or not any(m[0] == a and m[1] > b + 1 for m in model):
            continue
        left = text[max(0, a - 30):a]
        # "Kepala Bidang Aptika Oki Tri Fasiasta": a region's acronym (OKI) in title case is a first name
        initials = "".join(w[0] for w in span._.value["name"].split()[1:]).upper()
        acronym = span.text.istitle() and len(span.text) <= 4 and span.text.upper() == initials
        if re.search(r",\s*$", left) or SPEECH.search(left.rstrip()) or acronym:
            found.add((a, b))
    return found


def name_chains(vocab: Vocabulary, text: str, words: list[Word], skip: list[tuple[int, int, str]]) -> list[list[Word]]:
    """Maximal runs of capitalised words that could form a name (honorifics included)."""
    chains: list[list[Word]] = []
    current: list[Word] = []
    skipped = {i for a, b, _ in skip for i in range(a, b)}  # the characters of the spans to skip
    for k, word in enumerate(words):
        if word.text[0].islower() and _lowercase_name_word(vocab, text, words, k, current):
            current.append(word)
            continue
        if not word.text[0].isupper() and not word.text.endswith("."):
            # most words: no name word (see _is_name_word), ending the chain as any other would
            if current:
                chains.append(current)
                current = []
            continue
        if _comma_degree(vocab, words, k):
            # "Rahmat S,Kep": a degree typed with a comma for its dot is no name, nor its letter before it
            if current:
                chains.append(current)
                current = []
            if chains and chains[-1] and chains[-1][-1] is words[k - 2] and len(chains[-1]) > 1:
                chains[-1] = chains[-1][:-1]
            continue
        gap = text[current[-1].end:word.start] if current else ""
        if current and (gap == "-" or not (gap == "\n" and wrapped_line(text, current[-1].end)) and
                        _breaks(vocab, gap, current[-1], word)):
            chains.append(current)
            current = []
        if (_is_name_word(vocab, word, current) or _bare_initial(vocab, text, words, k, current) or
                balinese_i(vocab, text, words, k)) and \
                word.start not in skipped:
            current.append(word)
            continue
        if current:
            chains.append(current)
        current = []
    if current:
        chains.append(current)
    return [c for c in (_bounded_chain(vocab, c) for c in chains) if len(c) <= 7]


def _bounded_chain(vocab: Vocabulary, chain: list[Word]) -> list[Word]:
    """A chain too long for a name (more than seven words) cut to the name it may hold: from the first
    honorific after an office's words ("ITB Prof Dr Ir Name"), without a degree's spaced letters closing it
    ("... Name M Eng"); unchanged when it stays too long (a headline's or a body's words)."""
    if len(chain) <= 7:
        return chain
    inner = next((k for k in range(1, len(chain)) if squash(chain[k].bare) in vocab.lex.honorifics), 0)
    cut = chain[inner:]
    while len(cut) > 3 and len(cut[-2].bare) == 1 and squash(cut[-2].bare + cut[-1].bare) in vocab.lex.degrees:
        cut = cut[:-2]  # "M Eng": a degree's letters spaced, its dot left out
    return cut if inner and len(cut) <= 7 else chain


def _comma_degree(vocab: Vocabulary, words: list[Word], k: int) -> bool:
    """"S,Kep", "M,Si": a degree's letter, a comma typed for its dot, and the rest of the degree."""
    return k >= 2 and words[k - 1].text == "," and len(words[k - 2].bare) == 1 and \
        words[k - 2].end == words[k - 1].start and words[k - 1].end == words[k].start and \
        words[k - 2].bare.isupper() and squash(words[k - 2].bare + words[k].bare) in vocab.lex.degrees


def _bare_initial(vocab: Vocabulary, text: str, words: list[Word], k: int, current: list[Word]) -> bool:
    """"Dana I Sensuse": a lone "I" with no dot between two name words is an initial, not a Roman numeral."""
    following = words[k + 1] if k + 1 < len(words) else None
    return words[k].text == "I" and bool(current) and following is not None and \
        text[current[-1].end:words[k].start] == " " == text[words[k].end:following.start] and \
        not vocab.is_role_word(current[-1].bare) and vocab.name_shaped(following.text, True)


def balinese_i(vocab: Vocabulary, text: str, words: list[Word], k: int) -> bool:
    """"I Made Mahayastra", "Bupati Badung I Ketut Suiasa": a lone "I" before a Balinese name's first word
    (data/balinese_name_words.txt) is the name's first word, no Roman numeral; after a numbered post it is the
    post's number ("Asisten I Made ..." is ambiguous: read as the post's)."""
    return k + 1 < len(words) and _opens_balinese_name(vocab, text, words[k], words[k + 1], words[k - 1] if k else None)


def _opens_balinese_name(vocab: Vocabulary, text: str, word: Word, following: Word, previous: Word | None) -> bool:
    """True for the "I" of "I Made", not after a numbered post (see balinese_i); "I wayan Dirgayusa": the birth-order
    name typed in lower case before a capitalised one."""
    typed_low = following.text.islower() and re.match(r" [A-Z]", text[following.end:following.end + 2]) is not None
    return word.text == "I" and text[word.end:following.start] == " " and (following.text[:1].isupper() or typed_low) and \
        following.bare.lower() in vocab.lex.balinese_name_words and \
        not (previous is not None and previous.bare.lower() in NUMBERED_POSTS)


def from_balinese_i(vocab: Vocabulary, text: str, name_words: list[Word]) -> list[Word]:
    """"Kadis Kominfo Badung I Made Sutama": the name starts at a Balinese "I" inside the chain (the words before it
    are a place's or a post's)."""
    inner = next((n for n in range(1, len(name_words) - 1)
                  if _opens_balinese_name(vocab, text, name_words[n], name_words[n + 1], name_words[n - 1])), 0)
    return name_words[inner:]


def _lowercase_name_word(vocab: Vocabulary, text: str, words: list[Word], k: int, current: list[Word]) -> bool:
    """A name's word written in lower case ("Ir. Neti yulinawati, M.Si", "IB rai Dharmawijaya", "Kadis
    Kominfo Deli haris Biner Ginting"): a word of no common use (neither data/common_words.txt nor a verb's
    affixes) between a capitalised word and a capitalised name word; after the last word of a name, or as the
    first after a comma closing a capitalised phrase ("Sekretaris Dinas X, tety Sovia"), only a word of no
    Indonesian dictionary either (Sastrawi's, word or stem), so "Budi kemarin" ends at "Budi"."""
    low = words[k].bare
    after_comma = k >= 2 and words[k - 1].text == "," and words[k - 2].text[:1].isupper()
    # "Marsudi wahyu kisworo": a second word in lower case after the first
    in_name = bool(current) and current[-1].end == words[k - 1].end and words[k - 1].text.islower()
    if not _lowercase_name_shape(vocab, low) or k == 0 or text[words[k - 1].end:words[k].start] != " " or \
            not (NAME_WORD_SHAPE.fullmatch(words[k - 1].text) or after_comma or in_name) or \
            squash(words[k - 1].bare + low) in vocab.place_keys:  # "Kutai kartanegara": a region's name
        return False
    following = words[k + 1] if k + 1 < len(words) else None
    if following is not None and not words[k].text.endswith(".") and text[words[k].end:following.start] == " " and \
            following.text[:1].isupper() and vocab.name_shaped(following.text, True):
        return not after_comma or not dictionary_word(low)  # before a capitalised word, a name's
    if not (bool(current) and current[-1].end == words[k - 1].end and not words[k - 1].text.endswith(".") and
            squash(current[-1].bare) not in vocab.lex.honorifics):
        return False
    # a dictionary's word only when the text capitalises it after the same word ("Emanuel Kemong" in the
    # headline), or before a last word in lower case that no dictionary holds ("wahyu kisworo")
    return not dictionary_word(low) or f"{words[k - 1].text} {low.capitalize()}" in text or \
        following is not None and not words[k].text.endswith(".") and text[words[k].end:following.start] == " " \
        and _lowercase_name_shape(vocab, following.bare) and not dictionary_word(following.bare)


def _lowercase_name_shape(vocab: Vocabulary, low: str) -> bool:
    """A lowercase word that may be a name's: letters only, of no common use nor any list of role words,
    months, credits or non-names, without a verb's affixes."""
    return LOWERCASE_NAME_WORD.fullmatch(low) is not None and low not in vocab.lex.common_words and \
        not AFFIXED_WORD.match(low) and low not in vocab.lex.name_stopwords and low not in vocab.lex.role_words and \
        low not in vocab.lex.months and low not in vocab.lex.not_names and low not in vocab.lex.byline_words


def from_inner_honorific(vocab: Vocabulary, text: str, chain: list[Word]) -> list[Word]:
    """"Wakil Bupati Kutai H Rendi Solihin": right after a position, an honorific inside the chain opens the
    name (two words or more follow it); the words before it end the position (a region's short form)."""
    inner = next((k for k in range(1, len(chain) - 2) if squash(chain[k].bare) in vocab.lex.honorifics
                  and squash(chain[k - 1].bare) not in vocab.lex.honorifics), None)
    if inner is None:
        return chain
    left = text[max(0, chain[0].start - 60):chain[0].start]
    last = None
    for last in vocab.position_re.finditer(left):
        pass
    return chain[inner:] if last is not None and not left[last.end():].strip() else chain


def _breaks(vocab: Vocabulary, gap: str, previous: Word, following: Word | None = None) -> bool:
    """A line break or a sentence-final dot between two words ends a name; a dot before an initial that is
    no honorific does not ("Hari. S. Noegroho": a stray dot after a first name)."""
    if following is not None and "\n" not in gap and re.fullmatch(r"[A-Z]\.", following.text) and \
            squash(following.bare) not in vocab.lex.honorifics and previous.bare[:1].isupper():
        return False
    return "\n" in gap or (previous.text.endswith(".") and len(previous.bare) > 2
                            and squash(previous.bare) not in vocab.lex.honorifics
                            and previous.bare.lower() not in vocab.lex.name_abbreviations
                            and not INITIALS.match(previous.bare))


def _is_name_word(vocab: Vocabulary, word: Word, current: list[Word]) -> bool:
    """True when the word can go on the name chain `current` (or open one when it is empty)."""
    bare = word.bare
    if squash(bare) in vocab.lex.honorifics and (not current or all(squash(w.bare) in vocab.lex.honorifics
                                                                   for w in current)):
        return bool(bare) and (bare[0].isupper() or word.text.endswith("."))
    return vocab.name_shaped(word.text, bool(current))


def model_span_holds_a_non_name(vocab: Vocabulary, text: str, name_words: list[Word], model: list[tuple[int, int]]) -> bool:
    """"berbasis Tri Hita Karana", "spirit Sewaka Darma": the model's PER span holds, besides the name's words,
    a word that is never a name (data/not_names.txt); what it proposed is a motto or a term, not a person."""
    last = name_words[-1]
    span = model_span_at(model, last.start)
    if span is None:
        return False
    outside = text[span[0]:name_words[0].start] + " " + text[last.end:span[1]]
    return any(w.group(0).rstrip(".").lower() in vocab.lex.not_names for w in WORD.finditer(outside))


def strip_honorifics(vocab: Vocabulary, chain: list[Word]) -> list[Word]:
    """The chain without the honorifics before the name and the degrees after it."""
    words = list(chain)
    while len(words) > 1 and (squash(words[0].bare) in vocab.lex.honorifics or
                              len(words) < len(chain) and _title_abbreviation(vocab, words[0])):
        words.pop(0)
    while len(words) > 1:
        if squash(words[-1].bare) in vocab.lex.degrees:
            words.pop()
        elif len(words) > 3 and len(words[-2].bare) == 1 and words[-2].bare.isupper() and \
                squash(words[-2].bare + words[-1].bare) in vocab.lex.degrees:
            del words[-2:]  # "M Eng": a degree's letters spaced, its dot left out
        else:
            break
    return words


def _title_abbreviation(vocab: Vocabulary, word: Word) -> bool:
    """"Ir. H. Ec. Sutrisno": after an honorific, a short dotted word no first name abbreviates ("Moh.") is
    a title too."""
    return TITLE_ABBREVIATION.fullmatch(word.text) is not None and \
        word.bare.lower() not in vocab.lex.name_abbreviations


def joined(vocab: Vocabulary, name_words: list[Word]) -> str:
    """The name its words spell: a whole word's stray dot dropped ("Hari. S."), a closing dot or comma cut."""
    name = " ".join(_name_word(w, vocab.lex.name_abbreviations) for w in name_words[:-1])
    return (name + (" " if len(name_words) > 1 else "") + name_words[-1].text).rstrip(".,")


def _name_word(word: Word, abbreviations: frozenset[str]) -> str:
    """A word inside a name as written, without the stray dot of a whole word ("Hari." of "Hari. S. Noegroho");
    initials and abbreviated first names ("S.", "Moh.") keep theirs."""
    if word.text.endswith(".") and len(word.bare) > 3 and word.bare.isalpha() and not word.bare.isupper() and \
            word.bare.lower() not in abbreviations:
        return word.bare
    return word.text


def extend_to_model(text: str, name_words: list[Word], model: list[tuple[int, int]]) -> list[Word]:
    """"Ismail hajiali": a lower-case last word the model puts inside the PER span belongs to the name."""
    last = name_words[-1]
    span = model_span_at(model, last.start)
    if span is None or span[1] <= last.end:
        return name_words
    extra = re.match(r"^ ([a-z][a-z'’]{2,})$", text[last.end:span[1]])
    if extra is None or VERB_SHAPE.match(extra.group(1)):
        return name_words
    return [*name_words, Word(extra.group(1), last.end + 1, span[1])]


def model_tail(chain: list[Word], model: list[tuple[int, int]]) -> list[Word]:
    """The words of a chain from where a PER span of the model starts inside it to its end ("Gadjah Mada Hendra
    Saputra" -> "Hendra Saputra"); nothing when no span starts after the chain's first word."""
    span = next(((a, b) for a, b in model if chain[0].start < a <= chain[-1].start < b), None)
    tail = [w for w in chain if span is not None and w.start >= span[0]]
    before = chain[:len(chain) - len(tail)]
    # "Kabid TIK Ma'ruf Hidayat": the model often leaves out a first name with an apostrophe (Ma'ruf, Sa'ad), a
    # word no office's name or acronym has
    while tail and before and APOSTROPHE_NAME.fullmatch(before[-1].text):
        tail.insert(0, before.pop())
    return tail


def trim_to_model(name_words: list[Word], model: list[tuple[int, int]], places: set[str],
                   degrees: frozenset[str], after_head: int = 0, titles: frozenset[str] = frozenset()) -> list[Word]:
    """"Sekda Siak Jamaluddin": a place name the model leaves out of its PER span is not part of the name.

    Only known place names are cut: the model often starts a name one word late ("Marzuki Ahmad"). Right after
    the head of a region up to `after_head` words left out are the region's name the lists do not hold ("Bupati
    Kolut Hasan Basri": one word after a regent; "Camat Tanjung Priok Hasan Basri": two after a district head), but
    no title opening a name (`titles`: "Wali Kota Ida Bagus Rai").
    """
    span = None
    for a, b in model[bisect_right(model, (name_words[0].start, sys.maxsize)):]:  # (sorted: see proposed_by_model)
        if a > name_words[-1].start:
            break
        if any(w.start == a for w in name_words):
            span = (a, b)
            break
    if span is None:
        return name_words
    kept = [w for w in name_words if w.start >= span[0]]
    dropped = name_words[:len(name_words) - len(kept)]
    # "Business Development PGN M. Wahid Sutopo": words ending with a company's acronym name the body
    acronym = len(dropped[-1].bare) >= 3 and dropped[-1].bare.isupper() and dropped[-1].bare.isalpha() and \
        squash(dropped[-1].bare) not in degrees
    if not kept or not (all(squash(w.bare) in places for w in dropped) or len(dropped) <= after_head or acronym) or \
            squash(dropped[0].bare) in titles:
        return name_words
    return kept
