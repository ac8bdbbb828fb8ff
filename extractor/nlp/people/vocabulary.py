"""`Vocabulary`: the packaged lexicon, what the rules derive from it (place keys, the position and institution
patterns) and the word tests on it (role words and their misspellings, name shapes, a post's category)."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from extractor.nlp.lexicon import WORD_CACHE, Lexicon, alternation, folded_name, squash
from extractor.nlp.people.patterns import AGENCY, DEGREE_SHAPE, HEAD_OF_OFFICE, ROMAN

# "Plt.", "Pelaksana Tugas", "Penjabat Sementara": what makes a post an acting one, before the post
# ("Wakil Kepala Bappeda": a deputy holds a post of the same kind)
ACTING_PREFIX = r"(?:Plt|Plh|Pj|Pjs)\.?|Pelaksana\s+(?:Tugas|Harian)|Penjabat(?:\s+Sementara)?|Wakil"
# "diwakili Sekretarisnya X", "didampingi stafnya Y": a post of a head's staff, owned by the head named before it,
# its holder after it ("narasumbernya": a part at an event, no one's staff)
STAFF_POSTS = ("sekretaris", "staf", "asisten", "wakil", "kabid", "kabag", "kasi")
POSSESSIVE = "(?:(?:" + "|".join(f"(?<={w})" for w in STAFF_POSTS) + ")nya)?"
# the grade after any functional position ("Pranata Humas Ahli Muda", "Analis Data Terampil"): part of the post
FUNCTIONAL_GRADE = r"(?:\s+(?:Ahli|Terampil|Mahir|Penyelia)(?:\s+(?:Pertama|Muda|Madya|Utama))?)?"
# "Bupati X terpilih periode 2025-2030": the term of a post, part of the position phrase
TERM = re.compile(r"^(?:19|20)\d\d[-–/](?:19|20)\d\d$")  # (a single year names an event: "Panitia RKCI 2017")
# "Wali\nKota": the space between two words of a position, maybe a line break of a text wrapped by hand
LINE_WRAPPED_SPACE = r"(?:[ \t]++(?:\n[ \t]*+)?|\n[ \t]*+)"
# A ministry's name or a short form of it ("Kemenko", "KemenPUPR", "Kemen" cut at the end of a page)
MINISTRY_WORD = re.compile(r"^kem(?:en|et)", re.IGNORECASE)  # "Kemeterian": a typo of Kementerian
# A passive speech verb opening a sentence ("Dikatakan Rudiantara, ..."), never part of a name
PASSIVE_VERB = re.compile(r"^Di[a-z]{3,}kan$")
KAN_VERB = re.compile(r"^(?:me[mny]?|meng|ber|ter|di|per)[a-z]{3,}kan$")
# "Penandatanganan", "Kepresidenan": a long noun formed with pe-/ke- ... -an names an act or an office, never a
# person (the shortest such word among the gold names' words, "Pengerapan", has 10 letters)
NOMINAL_SHAPE = re.compile(r"^(?:pe[mnr]?|peng|peny|ke)[a-z]{3,}an$")
NOMINAL_MIN_LETTERS = 11
# A misspelt role word ("Administasi", "Informastika") is as little a name as the word itself: similarity to
# role_words.txt of at least this much (rapidfuzz ratio) on words of 8 letters or more (shorter names are too
# close to short role words).
MISSPELT_ROLE_SIMILARITY = 88
# Long words carry more typos ("Perekoniman" for "perekonomian": 87); no word of 11 letters or more of a gold name
# comes within 80 of a role word.
MISSPELT_LONG_LETTERS = 11
MISSPELT_LONG_SIMILARITY = 85


def position_alternation(positions: dict[str, tuple[str, str]], misspellings: dict[str, str],
                         phrase_only: frozenset[str]) -> str:
    """The positions as one alternation (longest first, grouped by first letter as lexicon.alternation groups
    them), each word also as the press misspells it ("Kepada Dinas", "Wali Kita"): the misspelling matched only as
    written in data/post_spelling.csv (capitalised), after the word itself; a misspelling that is a word of its own
    (`phrase_only`) only inside a position of several words."""
    spellings: dict[str, list[str]] = {}
    for misspelt, word in misspellings.items():
        spellings.setdefault(word, []).append(misspelt)
    groups: dict[str, list[str]] = {}
    for position in sorted(positions, key=len, reverse=True):
        words = position.split()
        forms = [_word_forms(w, [m for m in spellings.get(w, []) if len(words) > 1 or m not in phrase_only])
                 for w in words]
        groups.setdefault(position[:1], []).append(LINE_WRAPPED_SPACE.join(forms))
    return "|".join(group[0] if len(group) == 1 else f"(?:{'|'.join(group)})" for group in groups.values())


def _word_forms(word: str, misspelt: list[str]) -> str:
    """A position's word and its misspellings of the same first letter as a regex: the letter, then the rest of each
    ("k(?:epala|(?<=K)epada)"), the misspelling's capital tested after the letter. Every branch of an alternation
    opening with its letter lets the regex engine factor the alternation by its first letters and skip quickly the
    places where no position starts (a scoped flag opening a branch makes a text scan five times slower)."""
    if not misspelt:
        return re.escape(word)
    rests = [re.escape(word[1:])] + [f"(?<=(?-i:{re.escape(m[0])})){re.escape(m[1:])}" for m in misspelt]
    return f"{re.escape(word[0])}(?:{'|'.join(rests)})"


class Vocabulary:
    """The lexicon with the keys, patterns and word tests the people rules derive from it."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.region_names = {squash(r.bare) for r in lexicon.regions}  # "Pati", not a short form like "Oki"
        self.place_keys = self.region_names | {squash(a) for a in lexicon.region_aliases} | {
            squash(a) for a in lexicon.province_aliases}
        # "UGM Jogjakarta", "Soerabaja": a place name in an old or variant spelling is no person either
        self.folded_places = {folded_name(r.bare).replace(" ", "") for r in lexicon.regions} | {
            folded_name(a).replace(" ", "") for a in list(lexicon.region_aliases) + list(lexicon.province_aliases)}
        self.position_re = re.compile(
            r"(?<![\w])(?P<pos>(?:(?:" + ACTING_PREFIX + r")\s+)?(?:"
            + position_alternation(lexicon.positions, lexicon.post_misspellings,
                                   lexicon.phrase_only_misspellings) + r"|"
            + HEAD_OF_OFFICE.pattern.strip("^$") + r")" + FUNCTIONAL_GRADE + r")" + POSSESSIVE + r"(?![\w])",
            re.IGNORECASE)
        self.institution_re = re.compile(r"(?<![\w])(?:" + alternation(list(lexicon.institutions)) + r")(?![\w])",
                                         re.IGNORECASE)
        # role words and one-word agency names, for their misspellings ("Informastika", "Kekominfo")
        self._role_vocabulary = sorted({w for w in lexicon.role_words if len(w) >= 7} |
                                       {a for a in lexicon.institutions if len(a) >= 7 and a.isalpha()})
        self._near_role_word = lru_cache(maxsize=WORD_CACHE)(self._spelt_as_role_word)
        # "Direkrotat" for Direktorat: a long role word's letters, two of them swapped apart (its opening kept)
        self._role_anagrams = {(w[:3], "".join(sorted(w))) for w in self._role_vocabulary if w.isalpha()}
        self.name_shaped = lru_cache(maxsize=WORD_CACHE)(self._shaped_as_name)

    def is_role_word(self, token: str) -> bool:
        """True for a word of a position or an office, a known non-name, a post's number or term, or a misspelling."""
        low = token.lower()
        # "Asisten 1 bidang pemerintahan": a position's number, in Roman or Arabic figures
        return low in self.lex.role_words or low in self.lex.not_names or bool(ROMAN.match(token)) or \
            len(token) == 1 and token.isdigit() or bool(TERM.match(token)) \
            or bool(AGENCY.match(low)) or self._misspelt_role_word(low)

    def _shaped_as_name(self, text: str, inside: bool) -> bool:
        """True when a word, no honorific opening a chain, can be a name's (`inside`: the chain has words
        already); cached as `_name_shaped`: a text's capitalised words repeat."""
        bare = text.rstrip(".")
        key = squash(bare)
        if not bare or not bare[0].isupper() or not any(ch.isalpha() for ch in bare) or PASSIVE_VERB.match(bare) \
                or MINISTRY_WORD.match(bare) or any(ch.isdigit() for ch in bare):
            return False  # "No.587": a number is no part of a name
        low = bare.lower()
        # "Dana I. Sensuse", "Revan V. Latuheru": "I." or "V." inside a name is an initial, not a Roman numeral
        initial = bare in ("I", "V") and text.endswith(".") and inside
        if low in self.lex.organisation_words or AGENCY.match(low) or HEAD_OF_OFFICE.match(low) or \
                ROMAN.match(bare) and not initial:
            return False
        # "SSi", "MSi": a degree in mixed case after the name and its comma
        if key in self.lex.degrees and len(bare) > 1 and ("." in bare or not bare[1:].islower() or inside):
            return False
        if inside and KAN_VERB.match(low):
            return False
        if len(low) >= NOMINAL_MIN_LETTERS and NOMINAL_SHAPE.match(low):
            return False
        if DEGREE_SHAPE.match(bare):
            return False
        if low in self.lex.name_stopwords or low in self.lex.role_words or low in self.lex.months \
                or low in self.lex.not_names or low in self.lex.byline_words or low in self.lex.venue_words \
                or self._misspelt_role_word(low):
            return False
        if "-" in low and any(part in self.lex.not_names or part in self.lex.role_words for part in low.split("-")):
            return False  # "TNI-Polri", "Modal-Pelayanan"
        if low in self.lex.institutions:
            return False
        # acronyms (BUMD, OPD, SIMPADA) are not names
        return not (len(bare) > 3 and bare.isupper() and not bare.endswith("."))

    def _misspelt_role_word(self, low: str) -> bool:
        """"administasi", "informastika": a role word with a typo."""
        return len(low) >= 8 and self._near_role_word(low)

    def _spelt_as_role_word(self, low: str) -> bool:
        """True when a long role word is spelt nearly as `low`; cached as `_near_role_word` (bounded: the words of a
        long ingest are unbounded)."""
        if (low[:3], "".join(sorted(low))) in self._role_anagrams:
            return True
        best = process.extractOne(low, self._role_vocabulary, scorer=fuzz.ratio,
                                  score_cutoff=MISSPELT_LONG_SIMILARITY if len(low) >= MISSPELT_LONG_LETTERS
                                  else MISSPELT_ROLE_SIMILARITY)
        return best is not None

    def without_degrees(self, right: str) -> str:
        """The text after a name with the degrees that follow it left out (", S.E., M.Si" and the like)."""
        cut = 0
        for w in re.finditer(r"\s*,?\s*([A-Za-z][A-Za-z.]{0,9})", right):
            token = w.group(1).rstrip(".")
            if w.start() != cut or not token[:1].isupper() or not (
                    squash(token) in self.lex.degrees or DEGREE_SHAPE.match(token)):
                break
            cut = w.end()
        return right[cut:]

    def regional_office_word(self, word: str, places: bool = True) -> bool:
        """True for a word that names a regional government's office ("Dinas", "Setda", "Diskominfo", "Kadis")
        or, with `places`, a kind of region ("Kota", "Kecamatan")."""
        low = word.lower()
        if low in self.lex.institutions:
            return False  # "Kominfo" alone is the ministry
        kind = self.lex.regional_office_words.get(low)
        return kind == "office" or places and kind == "place" or AGENCY.match(low) is not None or \
            HEAD_OF_OFFICE.match(low) is not None

    def position_category(self, position: str) -> tuple[str, str]:
        """(category, region kind) of a known position (positions.csv), acting prefixes and grades left out."""
        key = re.sub(r"^(?:" + ACTING_PREFIX + r")\s+", "", position, flags=re.IGNORECASE)
        key = " ".join(self.lex.post_misspellings.get(w, w.lower()) for w in key.split())  # "Kepada Dinas"
        if key not in self.lex.positions:
            key = re.sub(FUNCTIONAL_GRADE + "$", "", key, flags=re.IGNORECASE)  # "pranata humas ahli muda"
        if key not in self.lex.positions and HEAD_OF_OFFICE.match(key):
            return "regional_official", ""  # "Kadisdik", "Kadisi" (a typo): the head of a regional office
        return self.lex.positions.get(key, self.lex.positions.get(position.lower(), ("other", "")))
