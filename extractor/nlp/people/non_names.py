"""Vetoes: chains that name a place, a venue, an organisation, an office or a common word, not a person."""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.nlp.lexicon import alternation, folded_name, read_lines, squash
from extractor.nlp.people.patterns import (
    ACTING,
    AGENCY,
    DEGREE_SHAPE,
    HEAD_OF_OFFICE,
    REGION_HEAD_KINDS,
    ROMAN,
    UNIVERSITY_OPENING,
)
from extractor.nlp.people.person import EVIDENCE, Person
from extractor.nlp.people.posts import region_head_before
from extractor.nlp.people.vocabulary import Vocabulary
from extractor.nlp.people.words import WORD, Word, split_words

# the day after the address of an event's venue ("..., Daik, Senin (12/8)"), another place maybe between
ADDRESS_DAY = re.compile(r"[ \t]*+,[ \t]*+(?:[A-Z][\w'’-]*+(?:[ \t]++[A-Z][\w'’-]*+){0,2}[ \t]*+,[ \t]*+)?"
                         r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\b")
# "di Hotel Santika, Kantor Bupati X, ": "di", a venue word, its name, then parts of the address between commas
# (a clause going on after the venue, "... dan disaksikan oleh Menteri X, ", ends the address)
ADDRESS_VENUE = re.compile(r"\bdi[ \t]++(?P<venue>[A-Za-z]++)"
                           r"(?:[^.,;:!?\n \t]++|[ \t]++(?!(?:oleh|yang|dengan|bersama)\b|(?:dan|serta)[ \t]++[a-z]))*+"
                           r"(?:,[ \t]*+[A-Z][\w'’-]*+(?:[ \t]++[A-Z][\w'’-]*+)*+[ \t]*+)*+,[ \t]*+$")
# "akademisi Universitas ", "dosen Institut ": a scholar's word, then the word opening a university's name
ACADEMIC_HOLDER = re.compile(r"\b(?:akademisi|dosen|peneliti|pakar|rektor|guru[ \t]+besar)[ \t]+(?:dari[ \t]+)?"
                             rf"{UNIVERSITY_OPENING}[ \t]+$", re.IGNORECASE)
# what may follow a name that ends a list's item: the sentence's or the clause's end, "dan"/"serta", a line break
CHAIN_CLOSES_ITEM = re.compile(r"\.?[ \t]*+(?:[.;\n]|$|,[ \t]*+(?![A-Z])|(?:dan|serta)\b)")
# an office's spelt-out name, then its acronym in brackets (the acronym is appended)
OFFICE_DEFINED = r"\b(?:Dinas|Badan|Kantor|Bagian|Sekretariat)[ \t]++[A-Z][^()\n]{0,80}?\([ \t]*+"
LOWER_VENUE_POST = re.compile(r"\b(?P<venue>[a-z]++)[ \t]*+\n?[ \t]*+(?P<post>[A-Z][a-z]++(?:[ \t]++[A-Z][a-z]++)?)[ \t]++$")
# the capitalised word right before a run of capitalised words
OFFICE_WORD_BEFORE = re.compile(r"([A-Z][a-z]++)[ \t]++$")


def only_titles(vocab: Vocabulary, name: str) -> bool:
    """A "name" made of honorifics and degrees alone ("Prof.DR.IR", "MSi"): what stood around a name the post or a
    missing space kept apart from it, no person."""
    parts = [squash(part) for part in re.split(r"[^A-Za-z]+", name) if part]
    return bool(parts) and all(part in vocab.lex.honorifics or part in vocab.lex.degrees for part in parts)


def common_word(vocab: Vocabulary, text: str, person: Person) -> bool:
    """A one-word name that is a common word of the NER corpora (data/common_words.txt: "Lalu,", "Senada,",
    "Vox NTT"), with no honorific before it nor degree after it in any mention, and no position either: no
    person ("Prof Dana", "Kepala Bappeda Litbang Balikpapan Murni" are kept). Nor are words all common
    ("Perguruan Tinggi"), or one after a comma or before "yang" ("Camat, Lurah, Perbankan", "Pria yang juga
    Kepala Bappeda"), whatever position stands near."""
    if not all(w in vocab.lex.common_words for w in person.name.lower().split()):
        return False
    for start, end in person.mentions:
        title = re.search(r"([A-Za-z.]+)\s*$", text[max(0, start - 20):start])
        degree = re.match(r"\s*,?\s*([A-Za-z.]+)", text[end:end + 20])
        if title is not None and squash(title.group(1)) in vocab.lex.honorifics or \
                degree is not None and degree.group(1)[:1].isupper() and squash(degree.group(1)) in vocab.lex.degrees:
            return False
    if person.strength < EVIDENCE["position"] or " " in person.name or all(
            re.search(r",[ \t]*+$", text[max(0, start - 3):start]) or re.match(r"[ \t]++yang\b", text[end:end + 5])
            for start, end in person.mentions):
        return True
    # "Tim Peneliti Utama RKCI", "Peneliti Lembaga Ilmu Pengetahuan Indonesia": a common word between a
    # position's word and more capitalised words goes on with the position's or the body's name
    for start, end in person.mentions:
        before = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, start - 30):start])
        if before is not None and re.match(r"[ \t]+[A-Z]", text[end:end + 3]) and (
                before.group(1).lower() in vocab.lex.role_words or vocab.position_re.fullmatch(before.group(1))):
            return True
    return False


def is_place_before_name(vocab: Vocabulary, text: str, chains: list[list[Word]], i: int,
                          model: list[tuple[int, int]]) -> bool:
    """In "Camat Sungai Raya, Hendri Kurniawan" the chain right after the position names a place (no name the
    model found stands between them: "Sekretaris A dan B, C")."""
    if i + 1 >= len(chains):
        return False
    chain, following = chains[i], chains[i + 1]
    between = text[chain[-1].end:following[0].start]
    if all(len(w.bare) <= 2 or squash(w.bare) in vocab.lex.degrees for w in following):
        return False  # "Drs. A B, M, Si": a degree written with a comma follows the name, no name
    before = text.rfind(" ".join(w.text for w in following), 0, chain[0].start)
    if before != -1 and not text[:before].rstrip(" \t\n,").endswith(" ".join(w.text for w in chain)) and \
            region_head_before(vocab, text, chain[0].start) not in REGION_HEAD_KINDS:
        # "Didampingi Kabag Humas A B, Ali Mukhni memaparkan": a person named before is the subject, after an
        # office's post (a region's head, "Camat Rasau Jaya, X", is followed by the place)
        return False
    if not between.rstrip().endswith(",") or not all(
            vocab.is_role_word(w.group(0)) or vocab.institution_re.fullmatch(w.group(0)) or w.group(0) == ","
            for w in WORD.finditer(between)):
        return False
    # "Asisten Perekonomian A B, Kadisi Lindup C D": a capitalised word that is no degree after the next
    # chain shows it opens a list item of its own (a role), not the name the place goes with
    nxt = re.match(r"[ \t]+([A-Z][\w.]*)", text[following[-1].end:following[-1].end + 30])
    if nxt is not None and squash(nxt.group(1).rstrip(".")) not in vocab.lex.degrees and \
            not DEGREE_SHAPE.match(nxt.group(1)):
        return False
    left = text[max(0, chain[0].start - 120):chain[0].start]
    position = None
    for m in vocab.position_re.finditer(left):
        position = m
    if position is None:
        return False
    filler = left[position.end():]
    if any(chain[0].start - len(filler) <= a < chain[0].start for a, _ in model):
        return False
    last = (position.group("pos") + filler).split()[-1].lower().rstrip(",")
    if AGENCY.match(last) or "kominfo" in last:
        return False  # "Kadiskominfo Bahteramsyah, Joni ...": the office is named, a name follows
    return all(vocab.is_role_word(w.group(0).rstrip(".")) or w.group(0)[:1].isupper() or
               vocab.institution_re.fullmatch(w.group(0).rstrip(".")) is not None for w in WORD.finditer(filler))


def place_in_apposition(vocab: Vocabulary, text: str, chains: list[list[Word]], i: int) -> bool:
    """In "Hendri Kurniawan, Camat Sungai Raya, mengatakan" the chain after the head of a region (a kecamatan,
    kelurahan, desa, kabupaten or kota) that stands in apposition to the name before it names the place."""
    if i == 0 or region_head_before(vocab, text, chains[i][0].start) not in REGION_HEAD_KINDS:
        return False
    left = text[chains[i - 1][-1].end:chains[i][0].start]
    head = None
    for head in vocab.position_re.finditer(left):
        pass
    if head is None:
        return False
    gap = vocab.without_degrees(left[:head.start()])
    return re.fullmatch(r"\s*(?:,|\(|\s(?:selaku|sebagai|yang\s+juga))\s*", " " + gap if gap[:1].isalpha() else gap) is not None \
        and re.match(r"\s*(?:[,.;:)]|$|\s(?:me|ber)[a-z]{3,}|\s(?:yang|itu|ini)\b)", text[chains[i][-1].end:]) is not None


def in_venue_name(vocab: Vocabulary, text: str, chain: list[Word]) -> bool:
    """"di Balai Rakyat Haji Rudi Hartono": two or three capitalised words opening with a venue word right
    before the chain make it a building named after a person."""
    window = text[max(0, chain[0].start - 60):chain[0].start]
    # "di aula kantor\nBupati Balige": a venue word in lower case (a line may break after it) before a post
    office = LOWER_VENUE_POST.search(window)
    if office is not None and office.group("venue") in vocab.lex.venue_words and \
            all(vocab.is_role_word(r) for r in office.group("post").split()):
        return True
    run = re.search(r"(?:[A-Z][\w'’-]*[ \t]+){2,3}$", window)
    if run is None:
        return False
    words = run.group(0).split()
    # "Kepala Dinas ... dan Penataan Ruang Kota X Name": a venue word after a capitalised word of a post or an
    # office's name closes the office's name, it opens no building's
    before = OFFICE_WORD_BEFORE.search(window, 0, run.start())
    in_office = before is not None and vocab.is_role_word(before.group(1))
    # "Aula Lt II Kantor Bupati Gunung Merah": the office of a position ("Kantor Bupati") is named by its place
    return words[0].lower() in vocab.lex.venue_words and not in_office or any(
        w.lower() in vocab.lex.venue_words and all(vocab.is_role_word(r) for r in words[k + 1:])
        for k, w in enumerate(words[:-1]))


def in_organisation_name(vocab: Vocabulary, text: str, chain: list[Word]) -> bool:
    """"Universitas Gadjah Mada", "Politeknik Negeri Ambon": the chain continues an organisation's name."""
    before = re.search(r"([A-Za-z]+)(\.?)\s+$", text[max(0, chain[0].start - 30):chain[0].start])
    if before is None or "\n" in before.group(0):
        return False  # "... layanan SPBE.\nAbdul Muis, Kepala Dinas": a new paragraph opens with a name
    word = before.group(1)
    if word.lower() in vocab.lex.institutions:
        return False  # a whole body's name ("dari ITB", "PT Telkom") is followed by a person, not continued
    # an acronym right before a name-like chain names a body: "BUMD Sei Sembilang", "PDAM Tirta Batuah"
    acronym = len(word) >= 3 and word.isupper() and squash(word) not in vocab.lex.degrees and not ROMAN.match(word) \
        and not before.group(2) \
        and squash(word) not in vocab.place_keys  # "Kepala Diskominfo OKI Alex": a region's short form, no body
    # ("di tingkat SPBE. Abdul Muis ...": an acronym ending the sentence opens no body's name either)
    if acronym:
        # "Plt. BPBD Robert ...", "Kadis PUPR Robert ...": an acting head or the head of an office before the
        # acronym makes it the office the person heads ("Kepala BUMD Sei Sembilang" may name the body itself)
        head = re.search(r"([A-Za-z]+)\.?\s+$", text[max(0, chain[0].start - 40):chain[0].start - len(before.group(0))])
        # ("Kabid pada BAPPEDA Yuli ...", "Sekretaris DISKOMINFO Agus ...": a post in a regional office so written)
        acronym = head is None or not (ACTING.match(head.group(1)) or HEAD_OF_OFFICE.match(head.group(1).lower())
                                       or (AGENCY.match(word.lower()) is not None or
                                           _defined_as_office(text, word)) and
                                       (head.group(1) == "pada" or vocab.is_role_word(head.group(1))))
    return word.lower() in vocab.lex.organisation_words or word.lower() in vocab.lex.venue_words or acronym


def cut_place_name(vocab: Vocabulary, text: str, word: Word) -> bool:
    """"... visi Wali Kota Pekanba": a word cut off where the page's text ends, the opening letters of a
    region's name, is the region's name cut, no person."""
    key = squash(word.bare)
    return len(key) >= 4 and not text[word.end:].strip() and any(
        len(place) > len(key) and place.startswith(key) for place in vocab.place_keys)


def name_closing_academic_body(vocab: Vocabulary, text: str, chain: list[Word]) -> list[Word]:
    """"akademisi Universitas Mandala Wetan Rendra Kusuma.": after a scholar's word and a university no list
    knows, a chain of four words or more that ends the list's item, whose last two words are neither places nor
    bodies' words, ends with its scholar's name; nothing when a name follows after a comma instead. Returned:
    the scholar's post (its words as `Word`s, from the scholar's word on), then the two words of the name."""
    window = max(0, chain[0].start - 60)
    holder = ACADEMIC_HOLDER.search(text[window:chain[0].start])
    if len(chain) < 4 or holder is None or not CHAIN_CLOSES_ITEM.match(text, chain[-1].end):
        return []
    tail = chain[-2:]
    post = [w for w in split_words(text[window + holder.start():chain[0].start]) if w.text[:1].isalpha()]
    if any(squash(w.bare) in vocab.place_keys or w.bare.lower() in vocab.lex.organisation_words or
           w.bare.lower() in vocab.lex.institutions or vocab.is_role_word(w.bare) or not w.bare[1:].islower()
           for w in tail):
        return []
    return post + chain[:-2] + tail


def in_office_list(vocab: Vocabulary, text: str, chain: list[Word]) -> bool:
    """"Dinas Komunikasi, Informatika, Sandi dan Statistik": one word between the role words of a list is one
    of the office's words, not a name."""
    before = WORD.findall(text[max(0, chain[0].start - 40):chain[0].start])
    after = WORD.findall(text[chain[-1].end:chain[-1].end + 40])
    return len(before) >= 2 and before[-1] == "," and vocab.is_role_word(before[-2].rstrip(".")) and \
        len(after) >= 2 and after[0].lower() in ("dan", "serta") and vocab.is_role_word(after[1].rstrip("."))


def inside_title(vocab: Vocabulary, text: str, chain: list[Word]) -> bool:
    """"Dirjen Perimbangan Keuangan", "Ketua Forum Prakarsa Indonesia", "Ketua Forwakot Semarang, X": one word
    between a position (with its role words) and a role word, institution or place that follows it without a
    comma is a word of the office's or the body's name."""
    left = text[max(0, chain[0].start - 80):chain[0].start]
    last = None
    for last in vocab.position_re.finditer(left):
        pass
    if last is None or not all(vocab.is_role_word(w.group(0).rstrip(".")) for w in WORD.finditer(left[last.end():])):
        return False
    following = re.match(r"[ \t]+((?:dan|serta)[ \t]+)?([A-Z][\w-]*)", text[chain[-1].end:chain[-1].end + 40])
    if following is None or following.group(1) and vocab.position_re.match(following.group(2)):
        return False  # "asisten administrasi Gunarto dan Kabag Humas Rusmo": the next item's position
    word = following.group(2)
    return vocab.is_role_word(word) or word.lower() in vocab.lex.institutions or squash(word) in vocab.place_keys \
        or word in ("Republik", "Indonesia")


def institution_follows(vocab: Vocabulary, text: str, chain: list[Word]) -> bool:
    """"Direktur Perkotaan Bappenas", "Dirjen Bina Adwil Kemendagri": one word right before a body's name
    belongs to the position or the body, it is not a person."""
    return vocab.institution_re.match(text[chain[-1].end:].lstrip(" ")) is not None and \
        text[chain[-1].end:chain[-1].end + 1] == " "


def is_known_place(vocab: Vocabulary, chain: list[Word]) -> bool:
    """A chain that is only a region or province name, or an institution, is not a person."""
    key = squash(" ".join(w.bare for w in chain))
    return key in vocab.place_keys or folded_name(" ".join(w.bare for w in chain)).replace(" ", "") in \
        vocab.folded_places or " ".join(w.bare for w in chain).lower() in vocab.lex.institutions


def bracketed_after_position(vocab: Vocabulary, text: str, chain: list[Word]) -> bool:
    """"(Dosen Umy)": one word closing a bracket that opens with a position is an institution; "(Diskominfo
    Staper)", "(Dinas Kominfo SP)": one closing a bracket that opens with an office's words is the rest of the
    office's short form."""
    opening = text.rfind("(", max(0, chain[0].start - 40), chain[0].start)
    if opening == -1 or ")" in text[opening:chain[0].start] or not text[chain[-1].end:].lstrip(".").startswith(")"):
        return False
    inner = [w.rstrip(".") for w in WORD.findall(text[opening + 1:chain[0].start])]
    return vocab.position_re.search(text[opening + 1:chain[0].start]) is not None or bool(inner) and all(
        AGENCY.match(w.lower()) or vocab.is_role_word(w) or w.lower() in vocab.lex.institutions for w in inner)


def bracketed_abbreviation(vocab: Vocabulary, text: str, chain: list[Word]) -> bool:
    """"Bina Pembangunan Daerah (Bangda)": one word in brackets right after the words of a body or position
    is their abbreviation."""
    before = text[max(0, chain[0].start - 40):chain[0].start]
    if not before.endswith("(") or not text[chain[-1].end:].startswith(")"):
        return False
    words = WORD.findall(before[:-1])
    # "Bupati Luwu Utara (Lutra)": the short form of the region named before the bracket
    region = any(squash("".join(words[-n:])) in vocab.place_keys for n in (1, 2, 3) if len(words) >= n)
    return bool(words) and words[-1][:1].isupper() and (
        vocab.is_role_word(words[-1].rstrip(".")) or words[-1].lower() in vocab.lex.institutions or region)


# a list's name of a place: capitalised words, with the lower-case words places' names carry ("Sentani kota")
PLACE_ITEM = r"[A-Z][\w'’-]*+(?:[ \t]++(?:[A-Z][\w'’-]*+|kota|timur|barat|utara|selatan|tengah|baru|lama|jaya))*+"


@lru_cache(maxsize=1)
def _place_list() -> re.Pattern[str]:
    """"Distrik Sentani Timur, Sentani Barat dan Waibu": a list of places opened by the kind of place its names are
    (data/local_place_words.txt), closed by "dan"/"serta" and its last name."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(read_lines('local_place_words.txt'))})[ \t]++{PLACE_ITEM}"
                      rf"(?:[ \t]*+,[ \t]*+{PLACE_ITEM})*+(?:[ \t]*+,?[ \t]*+(?:dan|serta)[ \t]++{PLACE_ITEM})++")


def in_place_list(text: str, chain: list[Word]) -> bool:
    """True when the chain is one of the names of a list of places ("..., Sentani Barat dan Waibu")."""
    window = max(0, chain[0].start - 200)
    return any(m.start() <= chain[0].start and chain[-1].start < m.end()
               for m in _place_list().finditer(text, window, chain[-1].end + 120))


@lru_cache(maxsize=64)
def _defined_as_office(text: str, acronym: str) -> bool:
    """"Dinas Komunikasi, Informasi dan Statistik (DKIS)": the text spells the acronym out as a regional office
    ("Sekretaris DKIS X" then names X, a post in it)."""
    return re.search(OFFICE_DEFINED + re.escape(acronym) + r"[ \t]*+\)", text) is not None


def after_place_word(text: str, at: int) -> bool:
    """"Dari Baturaja, Kepala Diskominfo OKU, X", "banjir melanda Baturaja", "tiba di Saumlaki": right after
    a sentence-opening "Dari" or after "di" or "ke" a word stands for a place."""
    return re.search(r"(?:^|[.!?\n]\s*)Dari\s+$|\b(?:di|ke)\s+$", text[max(0, at - 20):at]) is not None


def in_address(text: str, chain: list[Word], venue_words: frozenset[str]) -> bool:
    """"di Aula Melati, Kantor Bupati Lingga, Daik, Senin (12/8)": a part of the address after a venue, between
    commas, before the day of the event, is a place (a position in the venue's name names no one)."""
    if ADDRESS_DAY.match(text, chain[-1].end) is None:
        return False
    venue = ADDRESS_VENUE.search(text[max(0, chain[0].start - 150):chain[0].start])
    return venue is not None and venue.group("venue").lower() in venue_words


def region_short_forms(text: str, regions: list[tuple[int, int, str]]) -> set[str]:
    """"Kabupaten Polewali Mandar (Polman)": the short form an article gives a region in brackets names the region
    wherever it stands later ("Sekda Polman, Andi ...", "Untuk Smart Living, Polman mengandalkan ...")."""
    found = set()
    for _, end, _ in regions:
        short = re.match(r"\s*\(\s*([A-Z][A-Za-z]{2,14})\s*\)", text[end:end + 20])
        if short is not None:
            found.add(squash(short.group(1)))
    return found


def district_before_region(text: str, word: Word, regions: list[tuple[int, int, str]]) -> bool:
    """"di SMA Negeri 2, Laguboti, Toba": one word set between commas right before a region names a place in it."""
    after = re.match(r"[ \t]*,[ \t]*", text[word.end:])
    return after is not None and re.search(r",[ \t]*$", text[max(0, word.start - 3):word.start]) is not None and \
        any(start == word.end + after.end() for start, _, _ in regions)
