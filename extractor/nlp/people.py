"""People: named persons with their position as written, region, institution and category.

A capitalised word chain is taken as a name only with a cue: a position before it ("Sekda Banyuasin
Ir Erwin Ibrahim"), a degree or honorific around it, a position after it ("X sebagai asesor"), a list
introduced by an assessor word ("asesor yaitu A, B, C"), or a speech verb ("kata X"). Later short
mentions ("Erwin", "pak dana dari UI") are resolved to the people already found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc

from extractor.nlp.lexicon import Lexicon, alternation, load_lexicon, squash
from extractor.nlp.spans import add_span, sentence_of, spans_of

WORD = re.compile(r"[A-Za-z\u00C0-\u024F0-9][\w'’.\-]*|[,;:()“”\"!?/–]")
ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI)$")
SPEECH = re.compile(r"\b(?:kata|ujar|jelas|tutur|ungkap|ungkapnya|papar|terang|tegas|lanjut|imbuh|sebut|tandas|"
                    r"menurut|tambah|pesan|harap|katanya|ucap)\s*$", re.IGNORECASE)
LIST_CUE = re.compile(r"\b(?:asesor|assesor|assessor|evaluator|penilai|juri|pembimbing|mentor)\b[^.\n]{0,80}?"
                      r"(?:yaitu|yakni|adalah|ialah|terdiri\s+(?:dari|atas)|antara\s+lain|di\s*antaranya|:)\s*$",
                      re.IGNORECASE)
AFTER_ROLE = re.compile(r"^\s*,?\s*(?:selaku|sebagai|yang\s+merupakan|yang\s+juga)\s+", re.IGNORECASE)
NICKNAME = re.compile(r"\b(?:pak|bu|bapak|ibu)\s+(?P<nick>[a-z]\w*(?:\s+[a-z]\w*)?)\s+(?:dari|asal)\s+"
                      r"(?P<org>[\w-]+(?:\s+[\w-]+)?)", re.IGNORECASE)
FROM_ORG = re.compile(r"^\s*(?:\(|,)?\s*(?:dari|asal)\s+", re.IGNORECASE)
CATEGORY_RANK = {"assessor": 4, "ministry": 3, "regional_official": 2, "other": 1}


@dataclass
class Person:
    """One person of the article, with every mention of them."""

    name: str
    category: str = "other"
    role: str | None = None
    affiliation: str | None = None
    region: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)

    def update(self, category: str, role: str | None, affiliation: str | None, region: str | None) -> None:
        """Keep the strongest category and the first role, affiliation and region found."""
        if CATEGORY_RANK[category] > CATEGORY_RANK[self.category]:
            self.category = category
        self.role = self.role or role
        self.affiliation = self.affiliation or affiliation
        self.region = self.region or region


@dataclass
class _Word:
    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        return self.text.rstrip(".")


@Language.factory("smartcity_people", assigns=["doc.spans"], requires=["doc.spans"])
def make_people_finder(nlp: Language, name: str) -> PeopleFinder:
    """Build the people finder from the packaged title, degree and position lists."""
    return PeopleFinder(load_lexicon())


class PeopleFinder:
    """Adds `doc.spans["people"]`, one span per mention, value {name, category, role, affiliation, region}."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.text = ""
        self.position_re = re.compile(
            r"(?<![\w])(?P<pos>(?:(?:Plt|Plh|Pj|Pjs)\.?\s+)?(?:" + alternation(lexicon.positions) + r"))(?![\w])",
            re.IGNORECASE)
        self.institution_re = re.compile(r"(?<![\w])(?:" + alternation(lexicon.institutions) + r")(?![\w])",
                                         re.IGNORECASE)

    # -- public ----------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        doc.spans["people"] = []
        for person in self.find(doc):
            for start, end in person.mentions:
                add_span(doc, "people", start, end, {"name": person.name, "category": person.category,
                                                     "role": person.role, "affiliation": person.affiliation,
                                                     "region": person.region})
        return doc

    def find(self, doc: Doc) -> list[Person]:
        """Every person of the document, each once, with all their mentions."""
        text = self.text = doc.text
        regions = [(s.start_char, s.end_char, s._.value["name"]) for s in spans_of(doc, "regions")]
        provinces = [(s.start_char, s.end_char) for s in spans_of(doc, "provinces")]
        bylines = [(s.start_char, s.end_char) for s in spans_of(doc, "dates") if s._.value["kind"] == "publication"]
        skip = regions + [(a, b, "") for a, b in provinces]
        words = [_Word(m.group(0), m.start(), m.end()) for m in WORD.finditer(text)]
        people: list[Person] = []
        for chain in self._chains(words, skip):
            first, last = chain[0], chain[-1]
            if any(_same_line(text, a, first.start) for a, _ in bylines):
                continue
            name_words = self._strip_honorifics(chain)
            if not name_words:
                continue
            name = " ".join(w.text for w in name_words).rstrip(".,")
            cue = self._cue(doc, text, chain, name_words, regions)
            existing = self._match_existing(people, name)
            if cue is None:
                if existing is not None:
                    existing.mentions.append((name_words[0].start, name_words[-1].end))
                continue
            category, role, affiliation, region = cue
            if existing is None:
                if len(name_words) == 1 and len(name) < 3:
                    continue
                existing = Person(name=name)
                people.append(existing)
            elif len(name) > len(existing.name) and existing.name.lower() in name.lower():
                existing.name = name
            existing.update(category, role, affiliation, region)
            existing.mentions.append((name_words[0].start, last.end))
        self._resolve_nicknames(text, people)
        main_region = _main_region(regions)
        for person in people:
            if person.category == "regional_official" and person.region is None:
                person.region = main_region
            if person.category in ("assessor", "other") and person.region and not person.role:
                person.region = None
        return people

    # -- name chains -------------------------------------------------------------------------------------
    def _chains(self, words: list[_Word], skip: list[tuple[int, int, str]]) -> list[list[_Word]]:
        """Maximal runs of capitalised words that could form a name (honorifics included)."""
        chains: list[list[_Word]] = []
        current: list[_Word] = []
        for word in words:
            if current and self._breaks(current[-1], word):
                chains.append(current)
                current = []
            if self._is_name_word(word, current) and not any(a <= word.start < b for a, b, _ in skip):
                current.append(word)
                continue
            if current:
                chains.append(current)
            current = []
        if current:
            chains.append(current)
        return [c for c in chains if len(c) <= 7]

    def _breaks(self, previous: _Word, word: _Word) -> bool:
        """A line break or a sentence-final dot between two words ends a name."""
        gap = self.text[previous.end:word.start]
        return "\n" in gap or (previous.text.endswith(".") and len(previous.bare) > 2
                                and squash(previous.bare) not in self.lex.honorifics)

    def _is_name_word(self, word: _Word, current: list[_Word]) -> bool:
        bare = word.bare
        if not bare or not bare[0].isupper() or not any(ch.isalpha() for ch in bare):
            return False
        low = bare.lower()
        key = squash(bare)
        if key in self.lex.honorifics and (not current or all(squash(w.bare) in self.lex.honorifics for w in current)):
            return True
        if key in self.lex.degrees and len(bare) > 1 and ("." in bare or bare.isupper() or current):
            return False
        if low in self.lex.name_stopwords or low in self.lex.role_words or low in self.lex.months:
            return False
        if low in self.lex.institutions:
            return False
        if len(bare) > 3 and bare.isupper() and not bare.endswith("."):
            return False  # acronyms (BUMD, OPD, SIMPADA) are not names
        return True

    def _strip_honorifics(self, chain: list[_Word]) -> list[_Word]:
        words = list(chain)
        while len(words) > 1 and squash(words[0].bare) in self.lex.honorifics:
            words.pop(0)
        while words and squash(words[-1].bare) in self.lex.degrees and len(words) > 1:
            words.pop()
        return words

    # -- cues ----------------------------------------------------------------------------------------------
    def _cue(self, doc: Doc, text: str, chain: list[_Word], name_words: list[_Word],
             regions: list[tuple[int, int, str]]) -> tuple[str, str | None, str | None, str | None] | None:
        """(category, role, affiliation, region) when the context marks the chain as a person, else None."""
        start, end = chain[0].start, chain[-1].end
        sentence_start = sentence_of(doc, start)[0]
        left = text[sentence_start:start]
        right = text[end:end + 160]
        affiliation = self._affiliation_after(right)
        before = self._position_before(left, sentence_start, regions)
        if before is not None:
            category, role, inst, region = before
            after = self._position_after(right)
            if after is not None and after[0] == "assessor":
                category, role = "assessor", role or after[1]
            return self._finish(category, role, inst or affiliation, region)
        after = self._position_after(right)
        if after is not None:
            category, role, inst = after
            return self._finish(category, role, inst or affiliation, None)
        if len(name_words) > 1 and LIST_CUE.search(self._list_context(left)):
            return self._finish("assessor", None, affiliation, None)
        honorific = len(chain) > len(name_words) and squash(chain[0].bare) in self.lex.honorifics
        degree = bool(re.match(r"^\s*,?\s*(?:[A-Z][A-Za-z]{0,3}\.?\s?){1,3}(?:,|\s|$)", right)) and \
            squash(re.split(r"[,\s]", right.strip(" ,"))[0]) in self.lex.degrees
        if (honorific or degree) and (len(name_words) > 1 or degree):
            return self._finish("other", None, affiliation, None)
        if SPEECH.search(left) and len(name_words) > 1:
            return self._finish("other", None, affiliation, None)
        return None

    def _finish(self, category: str, role: str | None, inst: str | None, region: str | None
                ) -> tuple[str, str | None, str | None, str | None]:
        kind = self.lex.institutions.get(inst.lower(), ("", ""))[1] if inst else ""
        canonical = self.lex.institutions[inst.lower()][0] if inst else None
        if category == "other" and kind == "ministry":
            category = "ministry"
        if category == "ministry" and canonical is None:
            canonical = None
        return category, role, canonical, region

    def _position_before(self, left: str, offset: int, regions: list[tuple[int, int, str]]
                         ) -> tuple[str, str | None, str | None, str | None] | None:
        """A position phrase that ends right before the name, possibly followed by its region or institution."""
        for m in reversed(list(self.position_re.finditer(left))):
            filler = left[m.end():]
            role_end = m.end()
            region = inst = None
            ok = True
            cursor = m.end()
            for w in WORD.finditer(filler):
                absolute = offset + m.end() + w.start()
                in_region = next((r for r in regions if r[0] <= absolute < r[1]), None)
                token = w.group(0).rstrip(".")
                if in_region is not None:
                    region = region or in_region[2]
                elif self.institution_re.fullmatch(token) or (inst and token in {"RI", "Republik", "Indonesia"}):
                    inst = inst or token
                elif token.lower() in self.lex.role_words or ROMAN.match(token) or token in {",", "(", ")"}:
                    if region is None and inst is None and token not in {",", "(", ")"}:
                        role_end = m.end() + w.end()
                elif squash(token) in self.lex.honorifics or squash(token) in self.lex.degrees:
                    pass
                else:
                    ok = False
                    break
                cursor = m.end() + w.end()
            if not ok:
                # the institution may be written out in several words ("Kementerian Komunikasi dan Informatika")
                found = self.institution_re.search(filler)
                if found is None or filler[found.end():].strip(" ,") != "":
                    continue
                inst = found.group(0)
            del cursor
            position = m.group("pos")
            category, kind = self._position_category(position)
            if category == "regional_official" and region is None and kind in ("kabupaten", "kota"):
                region = None
            role = re.sub(r"\s+", " ", left[m.start():role_end]).strip(" ,")
            selaku = re.search(r"(\b[\w.]+(?:\s+[\w.]+)?)\s+selaku\s+$", left[:m.start()], re.IGNORECASE)
            if selaku and self.position_re.fullmatch(selaku.group(1).strip()):
                role = f"{selaku.group(1).strip()} selaku {role}"
            if inst and category == "other":
                kind_of = self.lex.institutions.get(inst.lower(), ("", ""))[1]
                category = "ministry" if kind_of == "ministry" else category
            return category, role, inst, region
        return None

    def _position_after(self, right: str) -> tuple[str, str | None, str | None] | None:
        """A position stated after the name: "X, Kepala Dinas ...", "X sebagai asesor ..."."""
        m = AFTER_ROLE.match(right) or re.match(r"^\s*,\s*", right)
        if m is None:
            return None
        rest = right[m.end():]
        pos = self.position_re.match(rest)
        if pos is None:
            return None
        category, _ = self._position_category(pos.group("pos"))
        phrase = re.split(r"[,.;:\n]|\b(?:yang|mengatakan|menyampaikan|menjelaskan|menerangkan|saat|ketika)\b",
                          rest)[0].strip()
        inst_match = self.institution_re.search(phrase)
        inst = inst_match.group(0) if inst_match else None
        role = phrase[:inst_match.start()].strip() if inst_match else phrase
        return category, role or None, inst

    def _position_category(self, position: str) -> tuple[str, str]:
        key = re.sub(r"^(?:plt|plh|pj|pjs)\.?\s+", "", position.lower())
        key = re.sub(r"\s+", " ", key)
        return self.lex.positions.get(key, self.lex.positions.get(position.lower(), ("other", "")))

    def _affiliation_after(self, right: str) -> str | None:
        m = FROM_ORG.match(right)
        if m is None:
            paren = re.match(r"^\s*\((?P<org>[^)]{2,40})\)", right)
            if paren and self.institution_re.fullmatch(paren.group("org").strip()):
                return paren.group("org").strip()
            return None
        found = self.institution_re.match(right[m.end():])
        return found.group(0) if found else None

    @staticmethod
    def _list_context(left: str) -> str:
        """The text before a list item, with the earlier items of the same list removed."""
        item = re.compile(r"(?:[A-Z][\w.'’-]*\s*){1,5}(?:,\s*|,?\s+dan\s+)$")
        while (m := item.search(left)) is not None:
            left = left[:m.start()]
        return left

    # -- coreference ---------------------------------------------------------------------------------------
    @staticmethod
    def _match_existing(people: list[Person], name: str) -> Person | None:
        """The person already found whom `name` refers to (same name, a part of it, or a spelling variant)."""
        key = squash(name)
        tokens = {squash(t) for t in name.split()}
        for person in people:
            known = squash(person.name)
            known_tokens = {squash(t) for t in person.name.split()}
            if key == known or fuzz.ratio(key, known) >= 90:
                return person
            if tokens <= known_tokens or (known_tokens <= tokens and len(known_tokens) >= 2):
                return person
        return None

    def _resolve_nicknames(self, text: str, people: list[Person]) -> None:
        """Attach "pak dana dari UI" to the assessor it names, in list order when first names repeat."""
        assigned: set[int] = set()
        for m in NICKNAME.finditer(text):
            org_text = m.group("org")
            org = self.institution_re.match(org_text)
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
            canonical = self.lex.institutions.get(org_name.lower(), (None, ""))[0]
            person.affiliation = person.affiliation or canonical or org_name
            person.mentions.append((m.start("nick"), m.end("nick")))


def _same_line(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return "\n" not in text[lo:hi]


def _main_region(regions: list[tuple[int, int, str]]) -> str | None:
    """The kabupaten/kota named most often (first named on ties): the article's own region."""
    counts: dict[str, int] = {}
    for _, _, name in regions:
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: (counts[n], -next(i for i, r in enumerate(regions) if r[2] == n))) if counts \
        else None


def person_value(person: Person) -> dict[str, Any]:
    """The gold-schema dictionary of a person."""
    return {"name": person.name, "category": person.category, "role": person.role,
            "affiliation": person.affiliation, "region": person.region}
