"""Which regions take part in an event: those its sentences name as taking part, the group they refer to ("kelima
daerah tersebut", "para peserta") and the enumerations that go on in the sentences after them (pure functions)."""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import pairwise

from spacy.tokens import Doc

from extractor.nlp.lexicon import quick_start, read_rows
from extractor.nlp.spans import spans_of, text_of

Range = tuple[int, int]

# the clauses of one sentence: what follows "sementara", "sedangkan", "meski" or a semicolon is another statement
# ("Kabupaten Musi Rawas turut mengirim delegasi, meski belum ikut meneken nota kesepahaman")
# (a match starts where a run of spaces starts, so that a long run is not scanned again from each of its spaces)
CLAUSE = re.compile(r";|,?(?<!\s)\s*+\b(?:sementara(?:\s+itu)?|sedangkan|namun|tetapi|meski(?:pun)?|walau(?:pun)?)\b",
                    re.IGNORECASE)
# (also after a place's name: "di Pustiknas Ciputat Tangerang Selatan", or a district of a city: "di kawasan Kuningan" in
# Jakarta; and where a delegation travels, right before
# the region: "bertolak menuju Kota Makassar", not "langkah menuju Smart City Kota X")
AT = re.compile(r"\b(?:(?:[dD]i|[kK]e)\s*(?:kawasan\s+)?(?:[A-Z][\w.-]*\s+){0,2}|menuju\s+)$")
# A dateline opens the lead with the place the report was filed from ("PALANGKA RAYA, KALTENGPOS.CO -",
# "Palu (ANTARA) -", "TRIBUN-TIMUR.COM, BULUKUMBA -", "Madiun - ", "Ternate _ "): that region takes part in nothing;
# nor does one whose name opens a longer town name in capitals ("TANJUNG BALAI KARIMUN -", a town of another regency)
DATELINE_BEFORE = re.compile(r"^\s*(?:[\w.-]+\.(?:com|id|co|net)\s*,\s*)?$", re.IGNORECASE)
DATELINE_AFTER = re.compile(r"^(?:\s*,[^\n–—]{0,40}?|\s*\([^)\n]{0,30}\)|(?:\s[A-Z][A-Z'’.-]+){1,2})?\s+[-–—_]\s")
# A region inside a venue is its place when only the venue's name comes before it ("di Hotel Shangri-La Kota
# Surabaya", "di Nusantara Hall, ICE, BSD City, Tangerang Selatan"), not when a clause has begun ("di Aula Kantor
# Bupati Kubu Raya itu diikuti tim teknis Kabupaten Kubu Raya, ...": the venue pattern runs on to a full stop).
VENUE_NAME = re.compile(r"(?:(?:[A-Z0-9][\w'’.&/-]*|\((?:[^()\s]+\s?){1,4}\)|lantai|ruang|gedung|aula|kantor|kawasan|"
                        r"kompleks|jalan|jl\.?|no\.?|nomor|dan|de|of|the|by)[\s,]*)*")
# A region at the end of a place named after "di" in capitalised words and commas only ("di Pustiknas Kementerian
# Komunikasi dan Informatika, Ciputat, Tangerang Selatan") is where that place is, when no region comes before it.
AT_PLACE = re.compile(rf"\b[dD]i\s+{VENUE_NAME.pattern}$")
# A region right after a street address ("dari Kantor Kementerian, Jalan Medan Merdeka Barat No. 9, Jakarta Pusat")
# is where a building stands, as after "di" (each word taken whole; read in a window of ADDRESS_REACH characters)
ADDRESS = re.compile(r"\b(?:[jJ]alan|[jJ]l\.)\s*+(?>[A-Z0-9][\w.'’/-]*+|(?:nomor|no)\b\.?|,|\s+){1,16}+$")
ADDRESS_REACH = 100
# datelines stand on one of the first lines (after the headline and a date line)
DATELINE_REACH = 600
# An enumeration goes on in a sentence with a continuation word this close after its last sentence with regions
# ("Kota Padang, Bukittinggi dan Payakumbuh ... lolos seleksi. Kabar itu ... Mei 2018. Dari Ranah Minang, satu
# kabupaten ikut menyusul, yaitu Kabupaten Agam"); own corpus a13 and a24 need 2.
BLOCK_GAP = 2
# A group of this many regions or more names the enumeration of that size even further on in the article (corpus/real
# dev: "8 kabupaten" in the lead, enumerated seven sentences on; a count this large rarely fits a wrong list)
SIZED_LATER = 5
# A group named without a count refers to an enumeration at most this many sentences before it (the own
# corpus' farthest is a13: "setiap calon peserta" five sentences after its enumeration).
REFERENCE_REACH = 6


@dataclass(frozen=True)
class Mention:
    """One region named in the text, with what tells whether it takes part in an event there."""

    name: str
    start: int
    end: int
    sentence: int  # index of its sentence
    clause: Range
    at: bool  # after "di"/"ke": where something takes place
    venue: bool  # inside a venue ("di Hotel Shangri-La Kota Surabaya")
    dateline: bool
    hosting: bool = False  # named as the host of a step held for others ("X menjadi tuan rumah evaluasi ...")
    opening: bool = False  # named with the official who opens a step ("dibuka oleh Sekda Kabupaten X")
    joins: bool = False  # named as the subject of taking part ("Pemkab X mengikuti evaluasi ...")

    @property
    def host(self) -> bool:
        """Named as the place of something, not as taking part in it."""
        return self.at or self.venue


@dataclass(frozen=True)
class Block:
    """An enumeration: regions named in one sentence and in the sentences that continue it."""

    first: int  # sentence indices
    last: int
    names: tuple[str, ...]
    by_sentence: tuple[tuple[int, tuple[str, ...]], ...]


@dataclass(frozen=True)
class Words:
    """The patterns of event_groups.csv."""

    counted: re.Pattern[str]  # "kelima daerah", "kelimanya", "lima daerah": group n (named ke/n)
    numbers: dict[str, int]
    reference: re.Pattern[str]
    continuation: re.Pattern[str]
    enumeration: re.Pattern[str]
    session: re.Pattern[str]
    recipient: re.Pattern[str]
    absent: re.Pattern[str]
    aside: re.Pattern[str]
    origin: re.Pattern[str]
    assessor: re.Pattern[str]
    compared: re.Pattern[str]
    ranking: re.Pattern[str]
    earlier: re.Pattern[str]
    now: re.Pattern[str]
    host_before: re.Pattern[str]
    host_after: re.Pattern[str]
    speaker: re.Pattern[str]
    opener_before: re.Pattern[str]
    opener_after: re.Pattern[str]
    membership: re.Pattern[str]
    joins: re.Pattern[str]
    showcase: re.Pattern[str]
    co_selected: re.Pattern[str]


@lru_cache(maxsize=1)
def words() -> Words:
    """The group, continuation and exclusion words, read once."""
    rows = read_rows("event_groups.csv")
    numbers = {r["pattern"]: int(r["count"]) for r in rows if r["kind"] == "number"}
    pattern = {r["kind"]: r["pattern"] for r in rows if r["kind"] != "number"}
    number = "|".join(sorted(numbers, key=len, reverse=True))
    counted = (rf"\b(?:ke(?P<ke>{number})(?:nya\b|\s+(?:{pattern['noun']})\b)"
               rf"|(?P<n>{number}|\d{{1,3}})\s+(?:{pattern['noun']})\b)")

    def compiled(kind: str) -> re.Pattern[str]:
        # (behind a look-ahead for the characters a match can start with: the same matches, found faster)
        return re.compile(quick_start(rf"(?:{pattern[kind]})"), re.IGNORECASE)

    return Words(re.compile(counted, re.IGNORECASE), numbers, compiled("reference"), compiled("continuation"),
                 compiled("enumeration"), compiled("session"), compiled("recipient"), compiled("absent"),
                 compiled("aside"), compiled("origin"), compiled("assessor"), compiled("compared"),
                 compiled("ranking"), compiled("earlier"), compiled("now"), compiled("host_before"),
                 compiled("host_after"), compiled("speaker"), compiled("opener_before"), compiled("opener_after"),
                 compiled("membership"), compiled("joins"), compiled("showcase"),
                 compiled("co_selected"))


@dataclass(frozen=True)
class Article:
    """The article's sentences, region mentions and enumerations, computed once per doc."""

    text: str
    sentences: tuple[Range, ...]
    mentions: tuple[Mention, ...]
    blocks: tuple[Block, ...]
    plan: re.Pattern[str]
    # what `takes_part` reads of each mention whatever the triggers: whether it is left out, and whether its clause
    # is beside any event (asked of a mention once per event and per sentence test, so worked out once); and of each
    # clause (the mentions of a list share one): whether it says a region is absent, and whether it is beside
    standing: dict[Mention, tuple[bool, bool]] = field(default_factory=dict, compare=False, repr=False)
    clauses: dict[Range, tuple[bool, bool]] = field(default_factory=dict, compare=False, repr=False)
    references: dict[Range, list[tuple[int, int | None]]] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def starts(self) -> list[int]:
        """Where the mentions start (they come in text order)."""
        return [m.start for m in self.mentions]

    @cached_property
    def main(self) -> str | None:
        """`main_region` of the article, worked out once."""
        return _main_region(self)

    def index(self, start: int) -> int:
        """The index of the sentence holding character `start`."""
        return max(0, bisect_right(self.sentences, (start, sys.maxsize)) - 1)


def article_of(doc: Doc, plan: re.Pattern[str], venue: re.Pattern[str]) -> Article:
    """The article view of a doc (cached in the doc); `venue` finds the places of events (group "v")."""
    cached = doc.user_data.get("participants")
    if isinstance(cached, Article):
        return cached
    text = text_of(doc)
    sentences = tuple((s.start_char, s.end_char) for s in doc.sents)
    venues = [(m.start("v"), m.end("v")) for m in venue.finditer(text)]

    def in_venue(start: int) -> bool:
        return any(a <= start < b and VENUE_NAME.fullmatch(text[a:start]) for a, b in venues)

    def at_place(start: int, previous: int) -> bool:
        place = AT_PLACE.search(text, max(previous, sentences[i][0]), start)
        return place is not None and "," in place.group(0)

    mentions = []
    i = previous = 0
    marks: dict[int, list[Range]] = {}  # the clause marks of each sentence that names a region
    for span in spans_of(doc, "regions"):
        while i + 1 < len(sentences) and sentences[i + 1][0] <= span.start_char:
            i += 1
        line = text.rfind("\n", 0, span.start_char) + 1
        dateline = span.start_char < DATELINE_REACH and bool(
            DATELINE_BEFORE.match(text[line:span.start_char]) and DATELINE_AFTER.match(text[span.end_char:]))
        at = AT.search(text[max(0, span.start_char - 40):span.start_char]) is not None \
            or ADDRESS.search(text, max(0, span.start_char - ADDRESS_REACH), span.start_char) is not None
        if i not in marks:
            marks[i] = clause_marks(text, sentences[i])
        clause = clause_of(text, sentences[i], span.start_char, marks[i])
        # (a host that receives in its clause is a recipient all the same: "X yang menjadi tuan rumah meraih ...")
        hosting = (words().host_before.search(text, clause[0], span.start_char) is not None
                   or words().host_after.match(text, span.end_char, clause[1]) is not None) \
            and words().recipient.search(text, span.end_char, clause[1]) is None
        # (not back past the region named before it, whose post those words are: "dibuka oleh Wali Kota Y dan diikuti
        # Kabupaten X")
        opening = words().opener_before.search(text, max(clause[0], previous), span.start_char) is not None \
            or words().opener_after.match(text, span.end_char, clause[1]) is not None
        joins = words().joins.match(text, span.end_char, clause[1]) is not None
        mentions.append(Mention(span._.value["name"], span.start_char, span.end_char, i, clause,
                                at or at_place(span.start_char, previous), in_venue(span.start_char), dateline,
                                hosting, opening, joins))
        previous = span.end_char
    partial = Article(text, sentences, tuple(mentions), (), plan)
    view = Article(text, sentences, partial.mentions, _blocks(partial), plan, partial.standing, partial.clauses)
    doc.user_data["participants"] = view
    return view


def clause_marks(text: str, sentence: Range) -> list[Range]:
    """Where the marks that open a clause stand in the sentence (CLAUSE)."""
    return [m.span() for m in CLAUSE.finditer(text, *sentence)]


def clause_of(text: str, sentence: Range, pos: int, marks: list[Range] | None = None) -> Range:
    """The clause of the sentence that holds character `pos` (`marks`: the sentence's `clause_marks`, when known)."""
    start, end = sentence
    for mark_start, mark_end in clause_marks(text, sentence) if marks is None else marks:
        if mark_end <= pos:
            start = mark_start
        elif mark_start > pos:
            end = mark_start
            break
    return start, end


def takes_part(art: Article, m: Mention, triggers: list[int]) -> bool:
    """Whether a mention names a region taking part in the event whose triggers stand at `triggers`: not the
    dateline, not in a clause that says it is absent, got the step earlier, names an assessor's origin or a region
    compared with, and not beside the event (a plan, history or hope in a clause without the event's trigger)."""
    standing = art.standing.get(m)
    if standing is None:
        standing = art.standing[m] = _standing(art, m)
    out, beside = standing
    if out:
        return False
    a, b = m.clause
    return any(a <= t < b for t in triggers) or not beside


def _standing(art: Article, m: Mention) -> tuple[bool, bool]:
    """What `takes_part` reads of a mention whatever the triggers: whether it is left out (the dateline, absent, a
    speaker, an origin or compared with, got the step earlier) and whether its clause is beside the event (a plan, an
    aside)."""
    absent, beside = art.clauses.get(m.clause) or _clause_standing(art, m.clause)
    if absent:  # (only the stretch of its list: "Evaluasi Kabupaten X digelar ..., dihadiri Bupati Y sebagai peninjau")
        absent = words().absent.search(art.text, *_stretch(art, m)) is not None
    speaker = words().speaker.match(art.text, m.end, m.clause[1]) is not None
    return bool(m.dateline or absent or speaker or _origin(art, m) or _earlier(art, m)), beside


def _clause_standing(art: Article, bounds: Range) -> tuple[bool, bool]:
    """Whether a clause says a region is absent, and whether it is beside the event (a plan, an aside)."""
    w = words()
    clause = art.text[bounds[0]:bounds[1]]
    found = art.clauses[bounds] = (w.absent.search(clause) is not None,
                                   bool(w.aside.search(clause) or art.plan.search(clause)))
    return found


# a relative clause set off by commas ("Kota Z, yang lolos seleksi tahun lalu, mengikuti ..."): an aside
COMMA_ASIDE = re.compile(r",\s*yang\b[^,.;]*,")


def _earlier(art: Article, m: Mention) -> bool:
    """Whether the stretch of a mention's list says the region got the step earlier ("menyusul Kota Y yang lebih
    dulu meraihnya")."""
    w = words()
    start, end = _stretch(art, m)
    stretch = COMMA_ASIDE.sub(" ", art.text[start:end])
    return w.earlier.search(stretch) is not None and w.now.search(stretch) is None


def _stretch(art: Article, m: Mention) -> Range:
    """The stretch of its clause that belongs to a mention's list: from the region or list named before it to the
    next one."""
    a, b = m.clause
    inside = art.mentions[bisect_left(art.starts, a):bisect_left(art.starts, b)]
    i = inside.index(m)
    first = last = i
    while first > 0 and LIST_GAP.fullmatch(art.text[inside[first - 1].end:inside[first].start]):
        first -= 1
    while last + 1 < len(inside) and LIST_GAP.fullmatch(art.text[inside[last].end:inside[last + 1].start]):
        last += 1
    return (inside[first - 1].end if first > 0 else a), (inside[last + 1].start if last + 1 < len(inside) else b)


def _origin(art: Article, m: Mention) -> bool:
    """Whether a mention names the place an assessor or mentor comes from ("tim penilai asal Kota Malang") or a region
    a ranked one is only compared with ("peringkat ketiga setelah Kota Surabaya")."""
    w, before = words(), art.text[m.clause[0]:m.start]
    origin, compared = w.origin.search(before), w.compared.search(before)
    if origin is not None and w.assessor.search(before, 0, origin.start()) is not None:
        return True
    return compared is not None and (compared.group("ranked") is None or w.ranking.search(before) is not None)


def named_in(art: Article, ranges: list[Range], triggers: list[int]) -> list[Mention]:
    """The mentions inside the ranges that take part (hosts included: the caller decides about them)."""
    inside = sorted({i for a, b in ranges for i in range(bisect_left(art.starts, a), bisect_left(art.starts, b))})
    return [art.mentions[i] for i in inside if takes_part(art, art.mentions[i], triggers)]


def sentence_names(art: Article, i: int, triggers: list[int]) -> list[str]:
    """The regions a sentence names as taking part, hosts ("di X") left out."""
    a, b = art.sentences[i]
    return list(dict.fromkeys(m.name for m in named_in(art, [(a, b)], triggers) if not m.host))


# two regions of one list: nothing but a comma, "dan", "serta" or "&" between them
LIST_GAP = re.compile(r"\s*(?:,\s*(?:dan|serta)?|dan|serta|&)\s*", re.IGNORECASE)


def lists_regions(art: Article, i: int) -> bool:
    """Whether sentence i lists two or more regions taking part ("Kota Salatiga dan Kabupaten Banyumas ikut
    mengirim tim"), not merely names two ("Banjar berada di posisi kedua setelah Kabupaten Demak")."""
    a, b = art.sentences[i]
    found = [m for m in art.mentions if a <= m.start < b and takes_part(art, m, []) and not m.host]
    return any(y.name != x.name and LIST_GAP.fullmatch(art.text[x.end:y.start]) for x, y in pairwise(found))


def co_selected(art: Article) -> list[str]:
    """The regions of a list the text closes with "yang juga lolos" or "yang juga terpilih" ("akan bersaing dengan
    Kota X, Kota Y dan Kota Z yang juga lolos"): selected in the same selection, wherever the sentence stands."""
    names: list[str] = []
    for found in words().co_selected.finditer(art.text):
        listed = [m for m in art.mentions if m.end <= found.start()]
        if not listed or art.text[listed[-1].end:found.start()].strip():
            continue
        run = [listed.pop()]
        while listed and LIST_GAP.fullmatch(art.text[listed[-1].end:run[-1].start]):
            run.append(listed.pop())
        names += [m.name for m in reversed(run)]
    return list(dict.fromkeys(names))


# "kabupaten ini", "kota tersebut": the region the sentence before names
THIS_REGION = re.compile(r"\b(?:kabupaten|kota|pemkab|pemkot|pemerintah\s+(?:kabupaten|kota))\s+(?:ini|tersebut|itu)\b",
                         re.IGNORECASE)


def coreferent(art: Article, bounds: Range) -> str | None:
    """The region a sentence that names none refers to as "kabupaten ini": the one region the sentence before
    names as taking part."""
    a, b = bounds
    if any(a <= m.start < b for m in art.mentions) or not THIS_REGION.search(art.text, a, b):
        return None
    i = art.index(a)
    names = sentence_names(art, i - 1, []) if i > 0 else []
    return names[0] if len(names) == 1 else None


def _blocks(art: Article) -> tuple[Block, ...]:
    """The enumerations of the article: each sentence naming regions, joined to the one before when it
    continues it ("selain", "juga", "ikut menyusul") at most BLOCK_GAP sentences later."""
    w = words()
    blocks: list[Block] = []
    for i, (a, b) in enumerate(art.sentences):
        names = sentence_names(art, i, [])
        if not names:
            continue
        last = blocks[-1] if blocks else None
        if last is not None and i - last.last <= BLOCK_GAP and w.continuation.search(art.text[a:b]):
            merged = tuple(dict.fromkeys(last.names + tuple(names)))
            blocks[-1] = Block(last.first, i, merged, last.by_sentence + ((i, tuple(names)),))
        else:
            blocks.append(Block(i, i, tuple(names), ((i, tuple(names)),)))
    return tuple(blocks)


def group_references(art: Article, ranges: list[Range]) -> list[tuple[int, int | None]]:
    """The groups the ranges refer to: (position, size), size None for a group named without a count."""
    found: list[tuple[int, int | None]] = []
    for bounds in ranges:
        if bounds not in art.references:  # (asked of the same sentences by each event)
            art.references[bounds] = _group_references(art.text, bounds)
        found.extend(art.references[bounds])
    return found


def _group_references(text: str, bounds: Range) -> list[tuple[int, int | None]]:
    """The groups one range of the text refers to (`group_references`)."""
    w = words()
    found: list[tuple[int, int | None]] = []
    for m in w.counted.finditer(text, *bounds):
        word = (m.group("ke") or m.group("n")).lower()
        found.append((m.start(), int(word) if word.isdigit() else w.numbers[word]))
    found.extend((m.start(), None) for m in w.reference.finditer(text, *bounds))
    return found


def resolve(art: Article, position: int, size: int | None) -> tuple[str, ...]:
    """The nearest enumeration a group refers to (before the reference, around it or starting in the sentence after
    it, or later for a size of SIZED_LATER or more): of that size when it has one, else of two or more regions at
    most REFERENCE_REACH sentences away."""
    i = art.index(position)
    best: tuple[int, tuple[str, ...]] | None = None
    for block in art.blocks:
        if block.first > i + 1 and (size is None or size < SIZED_LATER):
            break  # (an enumeration of the very size, "8 kabupaten ... yaitu A, B, ..., H", may come later)
        distance = 0 if block.first <= i <= block.last else abs(i - block.last) if block.last < i else block.first - i
        fits = len(block.names) == size if size is not None else (len(block.names) >= 2
                                                                    and distance <= REFERENCE_REACH)
        if fits and (best is None or distance <= best[0]):
            best = (distance, block.names)
    return best[1] if best else ()


def showcased(art: Article, after: int, dated: set[int]) -> list[str]:
    """The regions the first sentence after sentence `after` that introduces examples of a group's work without naming
    a region ("Beberapa daerah memamerkan inovasinya.") gives in the sentences that follow it and open with a region
    ("Kota X menampilkan ...", "Kabupaten Y, misalnya, menyiapkan ..."); none without such a sentence. One with a date
    of its own (in `dated`: "Pada pameran ..., 12 Maret 2019, beberapa daerah memamerkan ...") tells of another
    occasion."""
    for i in range(after + 1, len(art.sentences)):
        if words().showcase.search(art.text, *art.sentences[i]) and i not in dated and not sentence_names(art, i, []):
            names: list[str] = []
            for j in range(i + 1, len(art.sentences)):
                if not _opens_with_region(art, j):
                    break
                names += sentence_names(art, j, [])
            return list(dict.fromkeys(names))
    return []


def _opens_with_region(art: Article, i: int) -> bool:
    """Whether sentence i opens with the name of a region."""
    return any(m.sentence == i and not art.text[art.sentences[i][0]:m.start].strip() for m in art.mentions)


def continued(art: Article, i: int, names: list[str], dated: set[int]) -> list[str]:
    """The regions the enumeration holding sentence i adds after it (sentences with a date of their own left
    out: they report another event)."""
    for block in art.blocks:
        if block.first <= i <= block.last:
            return [n for j, ns in block.by_sentence if j > i and j not in dated for n in ns if n not in names]
    return []


def main_region(art: Article, hosts: frozenset[str] = frozenset()) -> str | None:
    """The region the article is about: named most often (its dateline, an assessor's origin, a region compared
    with aside and the `hosts` of a step held for others left out), the first named on ties; when several are named
    once each, the one of them not named as a place (in the first sentence that names any), else None."""
    return _main_region(art, hosts) if hosts else art.main


def _main_region(art: Article, hosts: frozenset[str] = frozenset()) -> str | None:
    counts: dict[str, int] = {}
    for m in art.mentions:
        if not (m.dateline or _origin(art, m) or m.name in hosts):
            counts[m.name] = counts.get(m.name, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    top = [name for name, n in counts.items() if n == best]
    if len(top) > 1 and best == 1:
        # (of regions named once each, the only one named as a party, not as a place, if the first sentence naming
        # any names it: "Pemkab X ... di Kota Y"; not "evaluasi di Kabupaten X. ... meniru Kota Y", nor where two
        # parties are named once each)
        first = min(m.sentence for m in art.mentions if m.name in counts)
        parties = [name for name in top if not any(m.name == name and m.host for m in art.mentions)]
        named_first = any(m.name in parties and m.sentence == first for m in art.mentions)
        return parties[0] if len(parties) == 1 and named_first else None
    return top[0]
