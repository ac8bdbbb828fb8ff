"""Regions: provinces and kabupaten/kota named in the text, resolved to Kemendagri names and codes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from spacy.language import Language
from spacy.tokens import Doc

from extractor.nlp.lexicon import Lexicon, Region, load_lexicon, read_lines, read_rows, squash
from extractor.nlp.spans import add_span, text_of

# "Kab." and "Kota" prefixes and the offices that imply one; the last group of words before a name.
PREFIXES = {
    "kabupaten": r"Kabupaten(?:\s+Administrasi)?|Kab\.?|Pemkab|Pemerintah\s+Kabupaten|Wakil\s+Bupati|"
                 r"(?:Pj\.?\s+|Plt\.?\s+|Penjabat\s+)?Bupati|Sekdakab|Kabupaten/Kota",
    "kota": r"Kota\s*madya|Kodya|(?<!ibu\s)(?<!Ibu\s)Kota(?:\s+Administrasi)?|Pemkot|Pemko|Pemerintah\s+Kota|"
            r"Wakil\s+Wali\s*[Kk]ota|"
            r"(?:Pj\.?\s+|Plt\.?\s+|Penjabat\s+)?Wali\s*[Kk]ota|Sekdakot",
    "provinsi": r"Provinsi|Prov\.?|Pemprov|Pemerintah\s+Provinsi|Gubernur|Wakil\s+Gubernur",
}
# a kind word or a post of its head (PREFIXES), in the group of its kind
PREFIX_WORD = "(?:" + "|".join(f"(?P<{kind}>(?<![\\w])(?:{pattern}))" for kind, pattern in PREFIXES.items()) + ")"
PREFIX_AT_END = re.compile(
    PREFIX_WORD + r"\s*$",
    re.IGNORECASE,
)
# a kind word in any case, then one line break at most: a name written in lower case counts only right after one
# ("pemkot pasuruan", "kab. bantul"), and only when it is a name of that kind ("kota besar" is none)
KIND_BEFORE_NAME = re.compile(
    PREFIX_WORD + r"(?:(?<=\.)|(?!\w))[ \t]*+(?:\n[ \t]*+)?",
    re.IGNORECASE,
)
# the kind word of another kind joined to a name's own ("Kota dan Kabupaten Tegal", "Pemkot dan Pemkab Blitar")
PAIRED_PREFIX = re.compile(
    PREFIX_WORD + r"[ \t]+(?:dan|serta|&)[ \t]+$",
    re.IGNORECASE,
)
LIST_SEPARATOR = re.compile(r"^\s*(?:,|,?\s+dan|,?\s+serta|/)\s*$")
LEFT_WORDS = re.compile(r"([A-Za-z][\w.'-]*)\s*$")


CAPITALISED = re.compile(r"(?<![\w])[A-Z][A-Za-z]*")
# an item of a list: a bullet, dash or number, or a short line ("Salatiga nilai 58,99")
BULLET = re.compile(r"\s*(?:[-\u2013\u2014\u2022*\u00b7]|\d{1,2}[.)])\s")
LIST_ITEM_WORDS = 10
# "Dua kabupaten asal Babel, yakni Bangka Tengah dan Belitung": a count of one kind introduces a list of that kind
COUNTED = re.compile(r"\b(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+(?P<kind>kabupaten|kota)\b"
                     r"[^.;:\n]{0,60}?(?:\b(?:yakni|yaitu|antara\s+lain)\s*:?|:)\s*$", re.IGNORECASE)
# "Kab. Tasik Malaya", "Kota Makasar", "Kabupaten Hulu sungai Selatan": an explicit kind word, then 1-4 words
# (capitalised first and last) that are no known name; `RegionIndex._misspelt` looks them up tolerantly.
KIND_WORD = re.compile(r"(?<![\w])(?:(?P<kabupaten>Kabupaten|Kab\.?|Pemkab|Pemerintah\s+Kabupaten)|"
                       r"(?P<kota>Kota\s*madya|Kodya|(?<!ibu\s)(?<!wali\s)Kota|Pemkot|Pemko|Pemerintah\s+Kota))"
                       r"(?:\s+Administrasi)?[ \t]+"
                       r"(?=(?P<words>[A-Za-z]+(?:[ -][A-Za-z]+){0,3}))", re.IGNORECASE)
# a paragraph naming any kind (a province ranking after a kabupaten one) keeps no kind of the paragraph before
ANY_KIND_WORD = re.compile(r"\b(?:kota|kabupaten|provinsi)\b", re.IGNORECASE)
KIND_WORDS = {"kabupaten", "kab", "pemkab", "kota", "pemkot", "pemerintah", "provinsi"}
# a misspelt name is at most this many letters added, dropped or changed from the one closest Kemendagri name
# ("makasar" 1 from Makassar, "tumohon" 1 from Tomohon; "sedang" is 2 from Sumedang), 2 from a long one, and
# has at least MISSPELT_LETTERS letters
MISSPELT_EDITS = 1
MISSPELT_EDITS_LONG, LONG_NAME = 2, 10
MISSPELT_LETTERS = 5
# a line that links another story of the outlet ("Baca juga:", "Baca:", "Artikel Terkait:", "Berita Lainnya"): its
# place names are not this article's; a heading alone on its line ending with a colon links the line below
RELATED_LINK = re.compile(r"[ \t]*+(?:baca[ \t]*+:|(?:baca|lihat|simak)[ \t]++(?:juga|selengkapnya|berita)\b|"
                          r"(?:berita|artikel|bacaan)[ \t]++(?:terkait|lainnya)\b)", re.IGNORECASE)
# a ministry's office or its address before a city of the capital ("di Kantor Kementerian Kominfo, Jakarta Pusat",
# "Gedung Kemendagri Jl. Medan Merdeka Utara No. 7 Jakarta Pusat"): the seat of the central body, no region taking part
CENTRAL_SEAT = re.compile(r"\b(?:kantor|gedung|graha)[ \t]++(?:kementerian|kemen[a-z]*+|kemkominfo|komdigi|kominfo|"
                          r"bappenas)\b", re.IGNORECASE)
CENTRAL_SEAT_REACH = 100
SENTENCE_BREAK = re.compile(r"(?<!\bJl)(?<!\bNo)[.!?][ \t\n]++[A-Z]|\n")  # (not the dot of "Jl." or "No.")
LINK_HEADING_ALONE = re.compile(r"[^:\n]*+:[ \t]*+\n")
# ... or a heading that is nothing but the link words ("BERITA TERKAIT\n", "Baca Juga\n")
LINK_HEADING_END = re.compile(r"[^\w\n]*+\n")
# how far before a name the words of an organisation holding it may start ("Ikatan Ahli Informatika Indonesia Wilayah
# Sumbar")
ORGANISATION_REACH = 80
# a single line break inside a name wrapped by the page ("Kabupaten Padang\nPariaman") reads as a space
WRAPPED = re.compile(r"(?<=\S)\n(?=\S)")
# an outlet's regional edition: a place right after its web address, in title case ("GenPI.co Kepri -"); a dateline
# there is written in capitals ("Kotamobaguonline.com KOTAMOBAGU -")
EDITION = re.compile(r"[\w-]+\.(?:co\.id|com|co|id|net|news)[ \t]+$", re.IGNORECASE)
# the capital, a province whose bare name is no kabupaten or kota ("Jakarta Selatan" is one)
CAPITAL = re.compile(r"(?<![\w-])Jakarta(?![\w-])(?![ \t]+(?:Selatan|Pusat|Utara|Barat|Timur)\b)")
CAPITAL_PROVINCE = "Daerah Khusus Ibukota Jakarta"
# an aggregator's tag line ("Kab/Kota: bandung, Gunungkidul, ..."): page chrome listing places, no body text
TAG_LINE = re.compile(r"\s*(?:kab(?:upaten)?\s*/\s*kota|tags?|topik)\s*:", re.IGNORECASE)
# a line alone labelling the page's picture or advert right below it ("logo\nDPRD Provinsi X"): that line is the
# image's caption, page chrome (data/chrome_label_lines.txt)
CHROME_LABELS = frozenset(w.lower() for w in read_lines("chrome_label_lines.txt"))
CHROME_LABEL_LETTERS = 40  # (a longer line above is no label; the bound keeps a page of one long line linear)
# an outlet's description of itself ("Portal berita lokal yang menyajikan informasi dari A, B dan C"): page chrome
# naming the places the outlet covers (data/site_blurb_openings.txt)
SITE_BLURB = re.compile(r"[ \t]*+(?:" + "|".join(
    r"[ \t]+".join(map(re.escape, p.split())) for p in read_lines("site_blurb_openings.txt")) + r")\b", re.IGNORECASE)

# a dateline: a bare place opening a line, then the outlet or a dash ("PALEMBANG (Kabar X) —", "Yogyakarta - Selasa",
# "OUTLET.COM, Kendari –"); the dev set's gold counts no kabupaten or kota named only there
DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[\w.-]+\.(?:com|id|co\.id|net)[ \t]*,[ \t]*)?$", re.IGNORECASE)
DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{2,30}\)[ \t]*)?[-–—]")

# a source line ("Sumber: Pojok Papua", "Sumber berita: Kabar Jambi"): a bare place there names the outlet credited
# (a "Foto:" line is often a caption repeating the headline, whose places count)
CREDIT_LINE = re.compile(r"[ \t]*\(?[ \t]*(?:sumber|source)(?:[ \t]+berita)?[ \t]*:", re.IGNORECASE)
# an outlet named by its web address ("Tajuk Papua.Id, Sentani –", "Kabar Sulsel.com"): the place is no region mention
WEB_SUFFIX = re.compile(r"\.(?:co\.)?(?:id|com|net|org|news|online)(?![\w.])", re.IGNORECASE)

# a place alone on its line right above a line opening with a weekday: a site's weather or date widget
DATE_LINE_BELOW = re.compile(r"[ \t]*\n[ \t]*(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Monday|Tuesday|"
                             r"Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)


def _chrome_line(text: str, at: int) -> bool:
    """Whether the line holding offset `at` is a "Baca juga" link to another story or a tag line of the site's places."""
    line_start = text.rfind("\n", 0, at) + 1
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    # (a link may also stand in brackets inside a paragraph: "... (Baca Juga: Kota X Raih ...) ...")
    bracket = text.rfind("(", line_start, at)
    if 0 < line_start - above <= CHROME_LABEL_LETTERS and text[above:line_start - 1].strip().lower() in CHROME_LABELS:
        return True
    heading = RELATED_LINK.match(text, above) if line_start > 0 else None
    if heading is not None and (LINK_HEADING_ALONE.match(text, above) or LINK_HEADING_END.match(text, heading.end())):
        return True
    return bool(RELATED_LINK.match(text, line_start) or TAG_LINE.match(text, line_start)
                or SITE_BLURB.match(text, line_start)) or bracket >= 0 and bool(
        RELATED_LINK.match(text, bracket + 1)) and ")" not in text[bracket:at]


class _Span:
    """The part of a regex match that `find` uses, for a candidate found by dictionary lookup."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._start, self._end, self._text = start, end, text[start:end]

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _index: int = 0) -> str:
        return self._text


@dataclass
class _Match:
    start: int  # start of the evidence (prefix included)
    name_start: int
    end: int
    key: str  # squashed name
    kind: str | None  # kind stated by a prefix or inherited from a list
    alias: str | None  # canonical name when the text used a known alias
    inherited: bool = False  # the kind comes from the first name of a list ("Kabupaten Bantul, Sleman")


class RegionIndex:
    """Lookup tables from squashed names to regions, and the regex that finds every written form."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.by_kind: dict[str, dict[str, Region]] = {"kabupaten": {}, "kota": {}, "provinsi": {}}
        self.needs_prefix = frozenset(squash(w) for w in lexicon.needs_prefix)  # as keys (`squash`)
        forms: set[str] = set()
        for region in lexicon.regions:
            self.by_kind[region.kind][squash(region.bare)] = region
            forms |= _written_forms(region.bare) | _split_forms(region.bare)
        self.aliases: dict[str, Region] = {}
        # a short form the data writes in capitals ("OKI", "PPU") counts only in capitals or after a kind word:
        # "Oki" alone is a first name
        self.acronyms: set[str] = set()
        for alias, canonical in {**lexicon.region_aliases, **lexicon.province_aliases}.items():
            target = lexicon.region(canonical)
            if target is not None:
                self.aliases[squash(alias)] = target
                forms |= _written_forms(alias) | _split_forms(alias)
                if alias.isupper():
                    self.acronyms.add(alias.lower())
        # Candidates are looked up by their first word: one dictionary probe per capitalised word is far
        # cheaper than a 1,100-way regex alternation tried at every character.
        self.region_words = {w.lower() for r in lexicon.regions for w in re.split(r"[\s-]+", r.bare)}
        self.people_words = {w.lower() for r in read_rows("known_people.csv") for w in r["name"].split()}
        self.by_first_word: dict[str, list[str]] = {}
        for form in sorted(forms, key=len, reverse=True):
            first = re.split(r"[\s-]", form.lower(), maxsplit=1)[0]
            self.by_first_word.setdefault(first, []).append(form.lower())
        # "Untuk kategori kabupaten besar, peringkat pertama diraih Bogor", "Kategori Kota Kecil:": a ranking's
        # phrase that says which kind its bare names are
        self.kind_phrase = re.compile(r"(?<![\w/])(?:" + "|".join(
            r"\s+".join(map(re.escape, p.split())) for p in sorted(lexicon.region_kind_words, key=len, reverse=True)
        ) + r")(?![\w/])", re.IGNORECASE)

    def _candidates(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of every capitalised written form of a region name, longest form first."""
        lowered = WRAPPED.sub(" ", text.lower())
        position = 0
        for word in CAPITALISED.finditer(text):
            if word.start() < position:
                continue
            for form in self.by_first_word.get(word.group(0).lower(), ()):
                end = word.start() + len(form)
                if form in self.acronyms and not text[word.start():end].isupper() \
                        and not PREFIX_AT_END.search(text, max(0, word.start() - 40), word.start()):
                    continue  # ("Kabupaten Pali" keeps its kind word's evidence)
                if lowered.startswith(form, word.start()) and (end == len(text) or not (
                        text[end].isalnum() or text[end] in "-_")) and _capitalised(text[word.start():end]):
                    yield word.start(), end
                    position = end
                    break

    def _lower_case(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, kind) of every name written in lower case right after a kind word, when it is a name of
        that kind ("pemkot pasuruan"; "kota besar" is none), longest form first."""
        lowered = text.lower()
        for kind_word in KIND_BEFORE_NAME.finditer(text):
            at, kind = kind_word.end(), kind_word.lastgroup
            first = re.match(r"[a-z]+", text[at:at + 40])
            if first is None or kind is None:
                continue
            for form in self.by_first_word.get(first.group(0), ()):
                end = at + len(form)
                region = self.by_kind[kind].get(squash(form)) or self.aliases.get(squash(form))
                if lowered.startswith(form, at) and text[at:end].islower() and region is not None \
                        and region.kind == kind and not text[end:end + 1].isalnum() and text[end:end + 1] not in ("-", "_"):
                    yield at, end, kind
                    break

    def find(self, text: str) -> list[_Match]:
        """Every written form of a region name (capitalised, or in lower case after a kind word), with the prefix
        that precedes it."""
        matches: list[_Match] = []
        found = list(self._candidates(text))
        lower = {start: (end, kind) for start, end, kind in self._lower_case(text)
                 if not any(s < end and start < e for s, e in found)}
        found = sorted(found + [(start, end) for start, (end, _) in lower.items()])
        misspelt = {hit[0]: hit for hit in self._misspelt(text, found)}
        for start_at, end_at in sorted(found + [(hit[0], hit[2]) for hit in misspelt.values()]):
            if start_at in misspelt:
                _, name_start, end, region = misspelt[start_at]
                if not _chrome_line(text, start_at):
                    matches.append(_Match(start_at, name_start, end, squash(region.bare), region.kind, region.name))
                continue
            m = _Span(text, start_at, end_at)
            left = text[max(0, m.start() - 40):m.start()]
            prefix = PREFIX_AT_END.search(left)
            kind = next((k for k, v in prefix.groupdict().items() if v), None) if prefix else None
            if kind and prefix and prefix.group(0).lower().startswith("kabupaten/kota"):
                kind = None
            if m.start() in lower and kind != lower[m.start()][1]:
                continue  # "kabupaten/kota bogor": a lower-case name needs the kind word of its kind
            start = m.start() - (len(left) - prefix.start()) if prefix else m.start()
            key = squash(m.group(0))
            alias = self.aliases.get(key)
            inherited = False
            if kind is None and matches and LIST_SEPARATOR.match(text[matches[-1].end:m.start()]):
                previous = matches[-1]
                aliased = self.lexicon.region(previous.alias) if previous.alias else None
                lends = aliased is None or aliased.kind != "provinsi"
                # (a kind the name before only inherited and is not of, "Kota Ambon, Kutai Timur", is none)
                lent = previous.kind if previous.kind is None or not previous.inherited \
                    or previous.key in self.by_kind[previous.kind] else None
                if lends and lent in ("kabupaten", "kota"):
                    kind, inherited = lent, True
                    other = "kota" if kind == "kabupaten" else "kabupaten"
                    if key not in self.by_kind[kind] and key in self.by_kind[other]:
                        kind = other  # "Kota Makasar, Kutai Kartanegara dan Siak": a list mixing the kinds
                elif lends and lent is None and (only := self._only_kind(previous.key)) \
                        and self._only_kind(key, prefixed=True) == only:
                    # "Kutai Kartanegara dan Siak": the bare name before is of one kind only, and so is this one,
                    # which alone would need a prefix ("Sumbawa Barat dan Bima" stays ambiguous)
                    kind, inherited = only, True
            if inherited and WEB_SUFFIX.match(text, m.end()):
                continue  # "JEPARA, GROBOGAN.NEWS - ...": an outlet's web address after a dateline, no listed name
            # (a name only lent a kind by the one before can be an outlet's too: "BITUNG, Manado Post -")
            if (kind is None or inherited) and (self._is_organisation(text[max(0, m.start() - ORGANISATION_REACH):m.start()]) or self._is_outlet(text, m.end())
                                 or EDITION.search(left) and not m.group(0).isupper()):
                continue
            province = key in self.by_kind["provinsi"] or alias is not None and alias.kind == "provinsi"
            line_start = text.rfind("\n", 0, m.start()) + 1
            if kind is None and not province and DATELINE_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                    and DATELINE_AFTER.match(text, m.end()):
                continue  # a kabupaten or kota in the dateline (a province there is counted, corpus/real gold)
            if kind is None and CREDIT_LINE.match(text, line_start):
                continue
            if kind is None and key.startswith("jakarta") and _central_seat(text, m.start()):
                continue
            if kind is None and not province and not text[line_start:m.start()].strip() \
                    and DATE_LINE_BELOW.match(text, m.end()):
                continue  # a weather or date widget ("25.6 C / Samarinda / Thursday, ..."): page chrome
            if kind is None and (counted := COUNTED.search(text, max(0, m.start() - 120), m.start())):
                kind, inherited = counted.group("kind").lower(), True
            if kind is None:
                kind = self._stated_kind(text, m.start())
                inherited = kind is not None
            if _chrome_line(text, m.start()):
                continue
            pair = PAIRED_PREFIX.search(text, max(0, start - 40), start) if prefix else None
            if pair is not None and kind in ("kabupaten", "kota") and pair.lastgroup in ("kabupaten", "kota") \
                    and pair.lastgroup != kind:
                # "Pemkot dan Pemkab Blitar", "Bupati dan Wali Kota Kediri": the name of both kinds
                matches.append(_Match(pair.start(), m.start(), m.end(), key, pair.lastgroup,
                                      alias.name if alias else None))
            matches.append(_Match(start, m.start(), m.end(), key, kind, alias.name if alias else None, inherited))
        return sorted(matches + self._listed_capital(text, matches), key=lambda m: m.start)

    def _listed_capital(self, text: str, matches: list[_Match]) -> list[_Match]:
        """"Jakarta, Medan, dan Makassar": the capital written bare in a list of regions is its province (alone,
        "di Jakarta" is a venue or a dateline and names none)."""
        found = []
        for capital in CAPITAL.finditer(text):
            # two listed regions around it at least ("Tangerang Selatan, Jakarta" is an address)
            listed, at = 0, capital.start()
            for m in sorted((m for m in matches if m.end <= capital.start()), key=lambda m: -m.end):
                if not LIST_SEPARATOR.match(text[m.end:at]):
                    break
                listed, at = listed + 1, m.start
            at = capital.end()
            for m in sorted((m for m in matches if m.name_start >= capital.end()), key=lambda m: m.start):
                if not LIST_SEPARATOR.match(text[at:m.start]):
                    break
                listed, at = listed + 1, m.end
            if listed >= 2:
                found.append(_Match(capital.start(), capital.start(), capital.end(), squash(capital.group(0)), None,
                                    CAPITAL_PROVINCE))
        return found

    def _misspelt(self, text: str, found: list[tuple[int, int]]) -> Iterator[tuple[int, int, int, Region]]:
        """(start, name start, end, region) of each name after an explicit kind word that the dictionary did not
        find: the longest run of its words that is, ignoring case and spaces, a name of that kind, else the one
        name of that kind closest in spelling, else (the writer mistook the kind) of the other kind."""
        for kind_word in KIND_WORD.finditer(text):
            if self.kind_phrase.match(text, kind_word.start()):
                continue  # "Kategori Kota Sedang": a ranking's class
            at = kind_word.start("words")
            words = []
            for word in re.finditer(r"[A-Za-z]+", kind_word.group("words")):
                if word.group(0).lower() in KIND_WORDS:
                    break
                words.append(word)
            if not words or not words[0].group(0)[0].isupper() or any(s < at + words[-1].end() and at < e
                                                                      for s, e in found):
                continue
            after = re.match(r"[ -]+([A-Za-z]+)", text[at + words[-1].end():at + words[-1].end() + 30])
            if after and after.group(1).lower() in self.lexicon.organisation_words | self.lexicon.outlet_words:
                continue
            runs = [words[:n] for n in range(len(words), 0, -1)
                    if not any(self._not_a_place(w.group(0)) for w in words[:n])]
            stated = "kabupaten" if kind_word.group("kabupaten") else "kota"
            for kind in (stated, "kota" if stated == "kabupaten" else "kabupaten"):
                # a run ending in a lower-case word ("Kabupaten Boven digoel") counts only when it is a name exactly
                hit = next(((run, region) for run in runs if (region := self._closest(
                    squash("".join(w.group(0) for w in run)), kind) if run[-1].group(0)[0].isupper() else
                    self.by_kind[kind].get(squash("".join(w.group(0) for w in run))))), None)
                if hit:
                    yield kind_word.start(), at, at + hit[0][-1].end(), hit[1]
                    break

    def _only_kind(self, key: str, prefixed: bool = False) -> str | None:
        """The one kind (kabupaten or kota) a bare name can be of, when it is no province and needs no prefix
        (unless `prefixed`: the list lends it one)."""
        kinds = [k for k in ("kabupaten", "kota") if key in self.by_kind[k]]
        if len(kinds) != 1 or key in self.by_kind["provinsi"] or (
                not prefixed and key in self.needs_prefix):
            return None
        return kinds[0]

    def _not_a_place(self, word: str) -> bool:
        """True for a word of an organisation, building or room, or of a known person's name, that is no word of a
        region's name ("Sungai" of Hulu Sungai Selatan is one)."""
        low = word.lower()
        return low not in self.region_words and (
            low in self.lexicon.organisation_words or low in self.lexicon.venue_words or low in self.people_words)

    def _closest(self, key: str, kind: str) -> Region | None:
        """The region of this kind whose name is `key`, or else the one name closest in spelling (None when two
        are as close, or for a short word, a short form, a province or a common word: "Tomohon Kota Bunga" is a
        nickname, no Kabupaten Bungo)."""
        names = self.by_kind[kind]
        if key in names:
            return names[key]
        if len(key) < MISSPELT_LETTERS or key in self.aliases or key in self.by_kind["provinsi"] or \
                key in self.lexicon.common_words:
            return None
        edits = MISSPELT_EDITS_LONG if len(key) >= LONG_NAME else MISSPELT_EDITS
        best = process.extract(key, list(names), scorer=Levenshtein.distance, limit=2, score_cutoff=edits)
        if not best or len(best) == 2 and best[0][1] == best[1][1]:
            return None
        return names[best[0][0]]

    def _stated_kind(self, text: str, at: int) -> str | None:
        """The kind a ranking states for a bare name: a kind phrase earlier in its paragraph, else the heading of
        the list the name is an item of, else a kind phrase later in its paragraph ("..., Bekasi untuk kategori
        kota besar")."""
        start = text.rfind("\n", 0, at) + 1
        end = len(text) if text.find("\n", at) < 0 else text.find("\n", at)
        before = list(self.kind_phrase.finditer(text, start, at))
        phrase = before[-1] if before else None
        if phrase is None and _is_list_item(text[start:end]):
            phrase = self._list_heading(text, start)
        phrase = phrase or self.kind_phrase.search(text, at, end)
        if phrase is None and not ANY_KIND_WORD.search(text, start, end):
            phrase = self._previous_paragraph_phrase(text, start)
        return self.lexicon.region_kind_words[" ".join(phrase.group(0).lower().split())] if phrase else None

    def _previous_paragraph_phrase(self, text: str, line_start: int) -> re.Match[str] | None:
        """"Juara kategori kota besar diberikan kepada Kota Surabaya.\n\nSetelah Surabaya, Bandung ...": a ranking
        going on in the next paragraph (after a blank line) that names no kind keeps the kind of the last phrase of the
        one before."""
        end = len(text[:line_start].rstrip())
        if text.count("\n", end, line_start) < 2:
            return None  # a line right under the ranking's line (no blank line) is another item, not its sequel
        previous = text.rfind("\n", 0, end) + 1
        phrases = list(self.kind_phrase.finditer(text, previous, end))
        return phrases[-1] if phrases else None

    def _list_heading(self, text: str, line_start: int) -> re.Match[str] | None:
        """The last kind phrase of the heading above a list (a line ending with ":", or a short one that is no
        sentence: "Kategori Kota Besar"), read upwards over the list's other items and blank lines."""
        while line_start > 0:
            previous = text.rfind("\n", 0, line_start - 1) + 1
            line, line_start = text[previous:line_start - 1], previous
            phrases = list(self.kind_phrase.finditer(line))
            if phrases and (line.rstrip().endswith(":") or _is_list_item(line) and not line.rstrip().endswith(".")):
                return phrases[-1]
            if phrases or not (_is_list_item(line) or not line.strip()):
                return None
        return None

    def _is_organisation(self, left: str) -> bool:
        """True when the capitalised words just before the name belong to an organisation, a building or a landform
        ("Danau Toba")."""
        last = LEFT_WORDS.search(left)
        if last is not None and last.group(1).lower() in self.lexicon.landform_words:
            return True  # "kawasan danau Toba": a landform word counts in lower case too
        words = []
        # "Universitas Kristen Satya Wacana – Salatiga", "Universitas Gajah Mada (UGM) Yogyakarta": a dash or the
        # body's short form in brackets between its name and its town
        rest = re.sub(r"(?:\s+[-–—]|\s*\([A-Za-z]{2,10}\))\s*$", "", left)
        while True:
            m = LEFT_WORDS.search(rest)
            if m is None or not (m.group(1)[0].isupper() or m.group(1) in {"of"}):
                break
            words.append(m.group(1).lower().rstrip("."))
            rest = rest[:m.start()]
        # "di Hotel Grand Mercure Banjarmasin": a town after a building's own name is where it stands
        return any(w in self.lexicon.organisation_words and not (i and w in self.lexicon.building_words)
                   or w in self.lexicon.landform_words for i, w in enumerate(words))

    def _is_outlet(self, text: str, end: int) -> bool:
        """True when the word after the name makes it an outlet's name ("Kaltim Today"), or a web address does
        ("Tajuk Papua.Id")."""
        if WEB_SUFFIX.match(text, end):
            return True
        after = re.match(r"\s+([A-Za-z]+)", text[end:end + 20])
        return after is not None and after.group(1)[0].isupper() and after.group(1).lower() in self.lexicon.outlet_words

    def resolve(self, matches: list[_Match]) -> list[tuple[_Match, Region]]:
        """Resolve each match to a region; bare names by the other mentions of the same name, else dropped."""
        stated: dict[str, set[str]] = {}
        for m in matches:
            if m.kind and not m.inherited:
                stated.setdefault(m.key, set()).add(m.kind)
        resolved = []
        for m in matches:
            region = self._resolve_one(m, stated.get(m.key, set()))
            if region is not None:
                resolved.append((m, region))
        return resolved

    def _resolve_one(self, m: _Match, kinds_in_doc: set[str]) -> Region | None:
        if m.kind is None and m.key in self.needs_prefix:
            return None  # (an alias too: "Solo" alone names no Kota Surakarta)
        if m.alias:
            region = self.lexicon.region(m.alias)
            if region is not None and (m.kind in (None, region.kind) or m.inherited or region.kind == "provinsi"):
                return region
        if m.kind:
            found = self.by_kind[m.kind].get(m.key)
            if found is None and not m.inherited and m.kind != "provinsi" and m.key not in self.by_kind["provinsi"]:
                # "Kabupaten Sibolga", "Kota Nunukan": the writer mistook the kind of a name only the other kind has
                found = self.by_kind["kota" if m.kind == "kabupaten" else "kabupaten"].get(m.key)
            if found is not None or not m.inherited:
                return found or (self.by_kind["provinsi"].get(m.key) if m.kind == "provinsi" else None)
        if m.key in self.needs_prefix:
            return None
        local = [k for k in ("kabupaten", "kota") if m.key in self.by_kind[k]]
        stated_local = [k for k in local if k in kinds_in_doc]
        if len(stated_local) == 1:
            return self.by_kind[stated_local[0]][m.key]
        if m.key in self.by_kind["provinsi"]:
            return self.by_kind["provinsi"][m.key]
        if len(local) == 1:
            return self.by_kind[local[0]][m.key]
        return None  # ambiguous between Kabupaten and Kota: leave out rather than guess


def _central_seat(text: str, at: int) -> bool:
    """Whether a ministry's office is named just before `at`, in the same sentence."""
    window = max(0, at - CENTRAL_SEAT_REACH)
    seat = None
    for seat in CENTRAL_SEAT.finditer(text, window, at):
        pass
    return seat is not None and SENTENCE_BREAK.search(text, seat.end(), at + 1) is None


def _is_list_item(line: str) -> bool:
    """True for a line of a list: bulleted, dashed or numbered, or a few words."""
    return bool(BULLET.match(line)) or 0 < len(line.split()) <= LIST_ITEM_WORDS


def _capitalised(written: str) -> bool:
    """Every word of a name starts with a capital ("Tanah Datar", not "Tanah datar"), "dan" aside."""
    return all(w[0].isupper() or w in ("dan", "and") for w in re.split(r"[\s-]+", written) if w)


def _split_forms(name: str) -> set[str]:
    """A one-word name written as two words ("Bukit Tinggi", "Sawah Lunto", "Pekan Baru"): every split into parts of
    three letters or more whose first part is no kind word ("Kota Baru" is no Kotabaru)."""
    if not name.isalpha():
        return set()
    return {f"{name[:i]} {name[i:]}" for i in range(3, len(name) - 2) if name[:i].lower() not in KIND_WORDS}


def _written_forms(name: str) -> set[str]:
    """The ways a multi-word name is written: "Tanjung Pinang", "Tanjungpinang", "Tanjung-Pinang"."""
    forms = {name, name.replace("-", " "), name.replace(" ", "-"), name.replace(" ", "").replace("-", "")}
    return {f for f in forms if f}


@Language.factory("smartcity_regions", assigns=["doc.spans"], requires=["token.is_sent_start"])
def make_region_matcher(nlp: Language, name: str) -> RegionMatcher:
    """Build the region matcher from the packaged region lists."""
    return RegionMatcher(RegionIndex(load_lexicon()))


class RegionMatcher:
    """Adds `doc.spans["regions"]` (kabupaten/kota) and `doc.spans["provinces"]`."""

    def __init__(self, index: RegionIndex) -> None:
        self.index = index

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["regions"] = []
        doc.spans["provinces"] = []
        for match, region in self.index.resolve(self.index.find(text_of(doc))):
            label = "provinces" if region.kind == "provinsi" else "regions"
            add_span(doc, label, match.start, match.end, {
                "name": region.name, "code": region.code, "kind": region.kind, "province": region.province,
                "prefixed": match.kind is not None,
            })
        return doc
