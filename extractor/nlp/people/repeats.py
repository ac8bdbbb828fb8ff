"""Repeats: later mentions of a person (a part of the name, a spelling variant, a nickname, a post's holder)."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import DamerauLevenshtein

from extractor.nlp.lexicon import WORD_CACHE, folded_name, squash
from extractor.nlp.people.patterns import REGION_HEAD_KINDS, UNIT_JOINS
from extractor.nlp.people.person import EVIDENCE, Person
from extractor.nlp.people.vocabulary import Vocabulary

NICKNAME = re.compile(r"\b(?:pak|bu|bapak|ibu)\s+(?P<nick>[a-z]\w*(?:\s+[a-z]\w*)?)\s+(?:dari|asal)\s+"
                      r"(?P<org>[\w-]+(?:\s+[\w-]+)?)", re.IGNORECASE)


def owner_after_post(people: list[Person], words_after: str) -> Person | None:
    """The person already found whom the capitalised words after a post name, its region's words skipped
    ("Ponorogo Sugiri" after "Bupati")."""
    words = []
    for word in words_after.split():
        words.append(word.rstrip("."))
        if word.endswith(".") and len(word) > 3:
            break  # "Bupati Sugiri. Kang Giri juga ...": the sentence ends with the name
    return next((owner for k in range(len(words))
                 if (owner := match_existing(people, " ".join(words[k:]))) is not None), None)


def holder_of_post(vocab: Vocabulary, people: list[Person], post: str, words: str) -> Person | None:
    """"terang Akib sapaan Kadis Kominfo Kota X": the one person found before of the post's category whose role
    holds the post's words after its head ("Kominfo"; places left out)."""
    office = {w.rstrip(".").lower() for w in words.split()[1:]
              if w[:1].isupper() and squash(w) not in vocab.place_keys and w.lower() not in REGION_HEAD_KINDS}
    category = vocab.position_category(post)[0]
    holders = [p for p in people if p.role and p.category == category and office and
               all(_abbreviates(w, [r.lower() for r in p.role.split() if r.lower() not in UNIT_JOINS])
                   for w in office)]
    return holders[0] if len(holders) == 1 else None


def quoted_first(people: list[Person], name: str) -> Person | None:
    """"Gabriel" quoted first with no post, "Gabril Sukarman" named with his post later: a one-word name found
    on weak evidence, spelt with a letter more or less than the first word of a full name (six letters or
    more), is that name's holder ("Wali Kota Rahma" is no Rahmat Hidayatullah: a post was hers)."""
    words = name.split()
    first = squash(words[0]) if words else ""
    if len(words) < 2 or len(first) < 6:
        return None
    return next((p for p in people if " " not in p.name.strip() and p.strength < EVIDENCE["position"] and
                 len(squash(p.name)) >= 6 and DamerauLevenshtein.distance(first, squash(p.name)) <= 1), None)


def match_existing(people: list[Person], name: str) -> Person | None:
    """The person already found whom `name` refers to (same name, a part of it, or a spelling variant)."""
    return next((person for person in people if _same_person(name, person.name)), None)


def resolve_nicknames(vocab: Vocabulary, text: str, people: list[Person]) -> None:
    """Attach "pak dana dari UI" to the assessor it names, in list order when first names repeat."""
    assigned: set[int] = set()
    for m in NICKNAME.finditer(text):
        org_text = m.group("org")
        org = vocab.institution_re.match(org_text)
        org_name = org.group(0) if org else org_text.strip()
        nick = squash(m.group("nick"))
        best, best_score = None, 0.0
        for i, person in enumerate(people):
            if i in assigned:
                continue
            first = squash(person.name.split()[0])
            score = max(fuzz.ratio(nick, first), fuzz.partial_ratio(nick, first) if len(nick) >= 3 else 0)
            if score > best_score:
                best, best_score = i, score
        if best is None or best_score < 60:
            continue
        assigned.add(best)
        person = people[best]
        canonical = vocab.lex.institutions.get(org_name.lower(), (None, ""))[0]
        person.affiliation = person.affiliation or canonical or org_name
        person.mentions.append((m.start("nick"), m.end("nick")))


ABBREVIATION_LONGEST = 12


def _abbreviates(word: str, words: list[str]) -> bool:
    """`word` is one of `words` or their short form made of their first letters in order ("kominfo" of "komunikasi
    informatika", "kesbang" of "kesatuan bangsa")."""
    if word in words:
        return True
    # (a short form is short: the search below is bounded by its length and the few words it may cover)
    return len(word) <= ABBREVIATION_LONGEST and \
        any(_prefixes_of(word, words[k:k + ABBREVIATION_LONGEST // 2]) for k in range(len(words)))


def _prefixes_of(word: str, words: list[str]) -> bool:
    """`word` is a run of prefixes (two letters or more, the last may be one) of consecutive `words`."""
    reached = {0}  # how much of `word` the prefixes of the words so far spell
    for head in words:
        reached = {i + n for i in reached for n in range(1, min(len(word) - i, len(head)) + 1)
                   if word[i:i + n] == head[:n] and (n >= 2 or i + n == len(word))}
        if len(word) in reached:
            return True
        if not reached:
            return False
    return False


@lru_cache(maxsize=WORD_CACHE)
def _same_person(name: str, known_name: str) -> bool:
    """True when `name` refers to the person found before as `known_name` (same name, a part of it, or a spelling
    variant); asked for every pair of a new mention and a person found before, so kept for repeated mentions."""
    # initials do not tell people apart: "Chiristison R Marbun" is Chiristison Rudianto Marbun, "M. Yusuf
    # Kalla" is Jusuf Kalla
    key, tokens = name_parts(name)
    known, known_tokens = name_parts(known_name)
    if key == known or fuzz.ratio(key, known) >= 90 or folded_name(name) == folded_name(known_name):
        return True  # "Delilla Giyai" for Delilla Giay: the whole name the same after the spelling folds
    if tokens <= known_tokens or (known_tokens <= tokens and len(known_tokens) >= 2):
        return True
    # "Megawati" in the headline, "Megawati Soekarnoputeri" in the text: the full name of a one-word mention
    # ("Kartika" is no Agnes Kartika Sari: the one word must open the full name)
    if len(known_tokens) == 1 and len(known) >= 4 and squash(name.split()[0]) == known:
        return True
    # "Johny" for Johnny G. Plate: one word spelt with a letter more or less; a short surname so spelt is another
    # person's name ("Suardi" is no Teddy Sukardi), a long one a misprint ("Pangerepan" for Pangerapan)
    first = squash(known_name.split()[0])
    spelt = [t for t in known_tokens if t == first or len(t) >= 8]
    if len(tokens) == 1 and len(key) >= 5 and any(len(t) >= 5 and fuzz.ratio(key, t) >= 90 for t in spelt):
        return True
    # "Heri" for Herry Abdul Aziz: one word of the name after the spelling folds (data/name_spelling.csv)
    if len(tokens) == 1 and len(key) >= 3 and folded_name(name) in folded_name(known_name).split():
        return True
    # "Jhonny" for Johnny G. Plate, "Surhatien" for Suhartien Tegela: letters swapped or moved in one word
    if len(tokens) == 1 and len(key) >= 5 and any(
            len(t) >= 5 and DamerauLevenshtein.distance(key, t) <= (2 if len(key) >= 8 else 1)
            for t in spelt):
        return True
    # "Rudi" for Rudiantara, "John" for Johannes: the short form of the first name, its opening letters kept and
    # the rest taken from it in order
    if len(tokens) == 1 and len(key) >= 4 and len(first) >= len(key) + 3 and first[:3] == key[:3] and \
            _letters_in_order(key, first):
        return True
    # "Jefrison" for Jefri Riwu Kore: the first name with the familiar ending "-son" ("Hendrawan" is no Hendra:
    # other endings make other names)
    if len(tokens) == 1 and len(first) >= 4 and key in (first + "son", first + "sen"):
        return True
    # "Jeriko" for Jefri Riwu Kore, "Jokowi" for Joko Widodo: the opening syllables of every word of the name
    if len(tokens) == 1 and len(key) >= 5 and _syllable_acronym(key, [squash(w) for w in known_name.split()]):
        return True
    # "Risma" for Tri Rismaharini: the short form of a later word of the name
    return len(tokens) == 1 and len(key) >= 5 and any(len(t) >= len(key) + 3 and t.startswith(key)
                                                      for t in known_tokens)


def _syllable_acronym(key: str, words: list[str]) -> bool:
    """True when `key` is the opening two to four letters of each of two or more `words`, in order ("jeriko" of
    "jefri riwu kore"); at most 4**len(words) splits are tried, so only names of up to five words."""
    if len(words) < 2 or len(words) > 5 or any(len(w) < 2 for w in words):
        return False
    ends = {0}
    for word in words:
        ends = {end + k for end in ends for k in range(2, min(4, len(word)) + 1)
                if key.startswith(word[:k], end)}
        if not ends:
            return False
    return len(key) in ends


def _letters_in_order(short: str, word: str) -> bool:
    """True when every letter of `short` stands in `word`, in the same order ("john" in "johannes")."""
    letters = iter(word)
    return all(ch in letters for ch in short)


@lru_cache(maxsize=4096)
def name_parts(name: str) -> tuple[str, frozenset[str]]:
    """The squashed name and its squashed words, initials left out where other words remain ("M. Yusuf Kalla" ->
    "yusufkalla", {"yusuf", "kalla"})."""
    key = squash(" ".join(t for t in name.split() if len(squash(t)) > 1)) or squash(name)
    return key, frozenset(squash(t) for t in name.split() if len(squash(t)) > 1) or frozenset({squash(name)})
