"""Innovations: named programmes, apps and services of a region, with a description and a stated dimension.

Names are found where the text introduces them: under a dimension heading ("Smart Living: BumilKu, ..."),
after a type word or a launch verb ("aplikasi KIPAS", "meresmikan Balikpapan Command Center"), in
apposition ("SIPADU, Sistem Informasi ..."), quoted in a sentence about apps, or as a phrase that names a
programme by itself ("Festival ...", "... Online"). The cue words live in data/innovation_words.csv.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.nlp.lexicon import alternation, load_lexicon, read_rows, squash
from extractor.nlp.spans import add_span, in_link_line, sentence_of, spans_of, text_of

# a word of a name: capitalised, an e-service ("e-Lapor"), a short prefix before a capital ("siBling"), or one of
# two letters and a hyphen ("si-Ramah", "go-Sehat"; not a preposition hyphenated by mistake, "ke-Kantor Desa")
NAME_WORD = r"(?:[A-Z][\w'’!+-]*|(?<![\w-])e-[A-Za-z][\w-]*|[a-z]{1,2}[A-Z][\w-]*|" \
            r"(?<![\w-])(?!di-|ke-)[a-z]{2}-[A-Z][\w-]*)"
# "Hibah dan Bansos" is one name, "A dan Aplikasi B" two; "Ambon City of Music" keeps its "of"
NAME = (rf"{NAME_WORD}(?:[ \t]+(?:{NAME_WORD}|\d+|(?:dan|of)(?=[ \t]+(?!(?:Aplikasi|Program|Layanan|Sistem|Inovasi)\b)"
        rf"[A-Z][a-z])))*(?:[ \t]*\([A-Z][^)\n]{{1,60}}\))?")
# "berbasis sistem Elektronik": the words after "based on" and a type word say what a thing runs on
BASED_ON = re.compile(r"\bberbasis[ \t]++(?:[a-z]++[ \t]++)?$", re.IGNORECASE)
# in a list, "dan" parts the last two items ("Halo Warga, Antrean Sehat dan Lapak Tani", "Sigarda, Siapak dan Goleh"),
# unless one word ends the list after a longer name ("Aplikasi Managemen Jalan dan Jembatan")
LIST_WORD = rf"(?:{NAME_WORD}|\d+|of(?=[ \t]+[A-Z][a-z]))"
LIST_DAN = (r"dan(?=[ \t]+(?!(?:Aplikasi|Program|Layanan|Sistem|Inovasi)\b)[A-Z][a-z][\w'’!+-]*"
            r"(?![\w'’!+-]|[ \t]+[A-Z]))")
LIST_NAME = (rf"{NAME_WORD}(?:[ \t]+{LIST_WORD}(?:[ \t]+(?:{LIST_WORD}|{LIST_DAN}))*)?"
             rf"(?:[ \t]*\([A-Z][^)\n]{{1,60}}\))?")
# "program Road Manager dan Bike Sharing": two names of two words or more joined by "dan" are two programmes
# ("Hibah dan Bansos", "Managemen Jalan dan Jembatan" are one)
# ... and so are two in capitals joined by "DAN" ("PANADA TANTE IVA DAN CALL CENTER 112")
# ... the second may define its acronym ("Pasar Digital X dan Kredit Usaha Tani (KUTA)"; see `_split_joined_items`)
JOINED = re.compile(rf"(?P<a>{NAME_WORD}(?:[ \t]+{NAME_WORD})+)[ \t]+dan[ \t]+(?P<b>{NAME_WORD}(?:[ \t]+{NAME_WORD})+"
                    r"(?:[ \t]*\([A-Z][A-Za-z0-9]{1,9}\))?)"
                    rf"|(?P<ca>[A-Z][A-Z0-9-]*(?:[ \t]+[A-Z0-9][A-Z0-9-]*)*)[ \t]+DAN[ \t]+"
                    rf"(?P<cb>[A-Z][A-Z0-9-]*(?:[ \t]+[A-Z0-9][A-Z0-9-]*)*)")
# ... and so may be one word and a longer name (see `_joined_app`)
JOINED_ONE = re.compile(rf"(?P<a>{NAME_WORD})[ \t]+dan[ \t]+(?P<b>{NAME_WORD}(?:[ \t]+{NAME_WORD})+)"
                        rf"|(?P<a2>{NAME_WORD}(?:[ \t]+{NAME_WORD})+)[ \t]+dan[ \t]+(?P<b2>{NAME_WORD})")
# "aplikasi Padat Karya untuk sektor ekonomi dan Sayang Warga": the sector an app serves parts it from the next app
SERVES_SECTOR = re.compile(r"[ \t]+(?:untuk|bagi|di)[ \t]+(?:sektor|bidang)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?(?=[ \t]+(?:dan|serta)[ \t]+[A-Z])")
# "program TOPS (Tebing Online Publik Services) dan Pekan Budaya": an acronym's expansion in brackets parts it from
# the next item of its list
EXPANSION_THEN_ITEM = re.compile(r"[ \t]*\([^()\n]{2,80}\)[ \t]*(?:,|(?:dan|serta)[ \t]+[A-Z])")
AND_NEXT = re.compile(r"[ \t]+(?:dan|serta)[ \t]+[A-Z]")
# "program X untuk layanan desa, serta pasar daring Y": what the first item is for, then the next item
FOR_THEN_ITEM = re.compile(r"[ \t]+(?:untuk|bagi)[ \t][^,.;\n]{3,80}?,[ \t]*(?:dan|serta)[ \t]")
# "program Rumah kreatif X (Rukreatif)", "Lampu tenaga surya (Surya Terang)": a one-word name goes on in lower case, up
# to its short form in brackets (blind dev leftovers)
LOWER_THEN_SHORT = re.compile(r"(?:[ \t]++[a-z][a-z-]*+){1,3}+(?:[ \t]++[A-Z][\w-]*+){0,2}+[ \t]*+"
                              r"\([A-Z][\w-]*+(?:[ \t][A-Z][\w-]*+){0,2}+\)")
SMART = re.compile(r"[Ss]mart")
APP_TYPE_BEFORE = re.compile(r"\b(?:aplikasi|portal|website|situs)[ \t]+$", re.IGNORECASE)
SMART_CITY_END = re.compile(r"\b[Ss]mart[ \t]?[Cc]ity$")
QUOTED = r"[“\"‘](?P<q>[^”\"’\n]{2,60})[”\"’]"
# 'UCare': a name in ASCII single quotes, which never stand inside a word ("Jum'at")
# "mulai dari A, B hingga C"
FROM_FIRST = re.compile(r"\bmulai\b", re.IGNORECASE)
LIST_UNTIL = re.compile(rf",?[ \t]+(?:hingga|sampai)[ \t]+(?:{QUOTED}|(?P<c>{LIST_NAME}))")
# ... after items in lower case with no name, each set off by a comma ("mulai dari A, pembayaran pajak di kantor desa,
# hingga ..."; blind m102)
UNTIL_WORD = re.compile(r"^(?:hingga|sampai)[ \t]+")
UNNAMED_ITEMS = re.compile(r"(?:[ \t]*+,[ \t]*+[a-z][^,.;:()\n]{0,80}+)*+")
# how far back the clause of a place noun before a list cue is read for a type word (InnovationFinder._places_listed)
CLAUSE_REACH = 120
QUOTED_ASCII = re.compile(r"(?<![\w'])'(?P<q>[A-Z][^'\n]{1,58})'(?![\w'])")
# ... "dan" before the next name, its type word allowed ("untuk nelayan dan aplikasi X")
DESCRIPTION_END = r"(?=[,.;]|\s(?:(?:yang\s+sudah|serta)\b|dan\s+(?:(?:aplikasi|program|layanan|sistem|inovasi)\s+)?[A-Z])|$)"
# "forum ini", "aplikasi tersebut": a thing told before, pointed back to
DEMONSTRATIVE = re.compile(r"[ \t](?:ini|itu|tersebut)\b")
ACRONYM_DEF = re.compile(r"(?P<a>\b[A-Z][A-Z0-9-]{2,}(?:\s+[A-Z][A-Z0-9-]{2,})*)\s*\((?P<d>[^)]{4,80})\)")
# "bela beli.com": a service named by its web address, in lower case
DOMAIN = r"(?<![\w.])[a-z][\w-]*(?:[ \t][a-z][\w-]*)?\.(?:com|id|net|org)\b"
# "Faba (Pemanfaatan ... Fly Ash dan Bottom Ash)", "go ploong (Go pelayanan Limbah ...": a short name and the words
# it abbreviates in brackets (the closing bracket may be lost at the end of a sentence)
EXPANDED = re.compile(r"(?<![\w-])(?P<c>[A-Za-z][a-z]+(?:[ \t][A-Za-z][a-z]+)?)[ \t]*"
                      r"\((?P<d>[A-Z][^()\n]{6,80}?)(?:\)|(?=\.(?:\s|$)))")
# "Sistem Aplikasi Lampu Jalan (SIAP LAJU)": an acronym may be two words
# ... its words may be joined by a short lower-case word or a comma ("Perencanaan, Penganggaran dan Pelaporan"), and
# the acronym written in mixed case ("Reaksi atas Berita Warga (Rabeg)")
PHRASE_ACRONYM = re.compile(r"(?P<p>[A-Z][\w-]*\s+(?:(?:[A-Z][\w-]*,?|atas|dan|untuk|dari|bagi|ke|di)\s+){0,6})"
                            r"\((?P<a>[A-Z][A-Za-z0-9]{1,9}(?: [A-Z][A-Za-z0-9]{1,9})?)\)")

# "sistem informasi manajemen pelayanan publik (SIMPP)": an app's type word and what it does in lower case, then the
# acronym that names it (the innovation; the phrase describes it)
LOWER_PHRASE_ACRONYM = re.compile(r"(?<![\w-])(?P<p>(?:aplikasi|sistem|platform|portal|website|layanan)"
                                  r"(?:[ \t]++[a-z][a-z-]*+){1,6}+)[ \t]*+\((?P<a>[A-Z][A-Z0-9]{2,9})\)")


@lru_cache(maxsize=1)
def _vetoes() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """Names that are never innovations, those among them that no acronym after them saves ("Wali Kota ..." is
    saved by "(WAJAR)"), the acronyms that name a programme alone, and the abstract nouns that open no name but one
    right after its type word ("layanan terpadu Sinergi Warga"; data/innovation_vetoes.csv)."""
    rows = read_rows("innovation_vetoes.csv")

    def words(*kinds: str) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{r['pattern']})" for r in rows if r["kind"] in kinds), re.IGNORECASE)

    return words("name", "title"), words("name"), frozenset(r["pattern"] for r in rows if r["kind"] == "keep_acronym"), \
        words("abstract")


@lru_cache(maxsize=1)
def _generic_acronyms() -> frozenset[str]:
    """The acronyms of the government's common vocabulary, in capitals (data/innovation_vetoes.csv, generic_acronym)."""
    return frozenset(r["pattern"].upper() for r in read_rows("innovation_vetoes.csv") if r["kind"] == "generic_acronym")


@lru_cache(maxsize=1)
def _person_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A role written in lower case right before a name ("menghadirkan narasumber Rudi Hasan", data/positions.csv),
    and a degree right after it ("Rudi Hasan, SE., M.Ec.Dev", data/degrees.txt): the name is a person's."""
    lexicon = load_lexicon()
    role = re.compile(rf"(?<![\w-])(?:{alternation(tuple(lexicon.positions))})[ \t]+(?:(?:yakni|yaitu|adalah)[ \t]+)?$")
    return role, re.compile(r"[ \t]*,[ \t]*(?P<d>[A-Z][A-Za-z]{0,3}(?:\.[ \t]?[A-Za-z]{1,4}){0,3}\.?)(?![\w-])")


@lru_cache(maxsize=1)
def _official_start() -> re.Pattern[str]:
    """A name opening with the post of a regional or central official ("Kapolres", "Deputi Bidang ...", "Pimpinan
    DPRD ...": data/positions.csv) names the official or the office, not a programme."""
    posts = tuple(p for p, (category, _) in load_lexicon().positions.items() if category in ("regional_official", "ministry"))
    return re.compile(rf"(?:{alternation(posts)})(?![\w-])", re.IGNORECASE)


# an acronym alone, or the last in brackets after the words it stands for ("Dana Desa (DD)")
ACRONYM_NAME = re.compile(r"(?:[^()]*+\()?[ \t]*+([A-Za-z]{2,10})[ \t]*+\)?")
# "Terlebih, program ini ...": the sentence's first word set off by a comma, what may come before it
SENTENCE_OPEN = re.compile(r"[\s“\"‘'(]*")


# "Terkesima atau Festival ...": one capitalised word and "atau" right before a name give its short form
ALIAS_BEFORE = re.compile(r"(?<![\w-])(?P<a>[A-Z][a-z][\w-]{1,28})[ \t]+atau[ \t]+$")
HEADING_GAP = re.compile(r"^[\s:–-]*$")
# an office in brackets after a name ("Sipipa (Dislautkan)", "X (Badan Pendapatan Daerah)"): its words, or the short
# form of an office (Dis-/Din- and a field, alone or before its region: "Diskominfo", "Dinkes Kota Batu"; Bappeda);
# "Sidoel (Dinamika Online Lumajang)" spells out a name
OFFICE_BRACKET = re.compile(r"[ \t]*\((?P<o>[^()\n]+)\)$")
OFFICE_SHAPE = re.compile(r"(?:Dis|Din)[a-z]{2,}(?:$|[ \t]+(?:Kota|Kabupaten|Kab|Provinsi)\b)|"
                          r"(?:Bapp?e[a-z]*|Badan|Bagian|Bidang|Kantor|Sekretariat|Setda[a-z]*)\b")
NEXT_LINE = re.compile(r"\s*+(?P<l>[^\n]*)")  # the next line that is not blank
# a headline is followed by its time and byline ("12 November 2019, 10:35 WIB | editor : ..."), not by items
DATELINE = re.compile(r"\b\d{1,2}\s*:\s*\d{2}\b|\bWIB\b|\b(?:editor|reporter|penulis|pewarta)\s*:", re.IGNORECASE)
# "Sipinter yang mewakili smart branding", "Lakone dari Disdukcapil untuk dimensi smart governance": the words
# between an item and the dimension after it that file the item under that dimension
# ... "English Club pada pilar smart society": "pada" with the word for a dimension
FILES_FORWARD = re.compile(r"(?:[ \t]*\([^)\n]*\))?(?:[ \t]+dari(?:[ \t]+[\w-]+){1,3})?[ \t]+(?:yang[ \t]+)?"
                           r"(?:mewakili|untuk|masuk(?:[ \t]+(?:ke|dalam))?|termasuk|pada(?=[ \t]+(?:dimensi|pilar)\b))[ \t]+"
                           r"(?:(?:dimensi|pilar|kategori)[ \t]+)?", re.IGNORECASE)
# "Home Care X untuk pilar kesehatan": a name filed under a pillar the text does not name as a dimension (or cut
# short: "untuk pilar sma") takes no dimension from before it
FILES_UNNAMED = re.compile(r"[ \t]+(?:untuk|pada|masuk(?:[ \t]+(?:ke|dalam))?|termasuk)[ \t]+(?:dimensi|pilar)\b",
                           re.IGNORECASE)
# lower-case items that represent a dimension ("mulai dari pembayaran multi kanal yang mewakili smart governance")
LOWER_WORDS = r"(?!(?:serta|dan|yang)\b)[a-z][a-z-]+(?:[ \t]+(?!(?:serta|dan|yang)\b)[a-z][a-z-]+){0,3}"
REPRESENTS = re.compile(rf"(?:(?<=, )|(?<=\bdari )|(?<=\bdan ))(?P<c>{LOWER_WORDS})(?:[ \t]+(?:serta|dan)[ \t]+(?P<c2>{LOWER_WORDS}))?"
                        r"[ \t]+yang[ \t]+mewakili[ \t]+(?:(?:dimensi|pilar)[ \t]+)?(?=[Ss]mart)")
# the words after a dimension that file the next items under it; after the strong ones an item may be lower case
# ("Smart Society ada taman baca", "Dalam Smart Living terdapat ..."), not after "adalah", which defines the dimension ("... adalah layanan publik")
# ... "yang diusulkan adalah", "yang dijalankan yakni": a passive clause may come between
# ... and the region or its government may be the subject between ("Untuk smart living, Kota X punya A, B dan C")
DIMENSION_LIST = re.compile(r"[ \t]*,?[ \t]*(?:itu[ \t]+)?(?:yang[ \t]+di[a-z]{3,}[ \t]+)?"
                            r"(?:(?-i:(?:Kota|Kabupaten|Kab\.|Pemkot|Pemkab|Pemprov|Pemda|Pemerintah[ \t]+(?:Kota|Kabupaten))"
                            r"(?:[ \t]+[A-Z][\w-]*){1,3})[ \t]+)?"
                            # ... or a type word with "-nya" ("Dalam dimensi X, inovasinya berupa A, B")
                            r"(?:(?:kita|kami|sudah|telah|juga|salah[ \t]+satunya|(?:inovasi|program|aplikasi|layanan)nya)"
                            r"[ \t]+){0,3}"
                            r"(?:di(?:wujudkan|terapkan|jalankan|laksanakan|implementasikan)[ \t]+)?"
                            r"(?:(?P<strong>:|\bada\b|\bterdapat\b|\byaitu\b|\byakni\b|\bberupa\b|\bantara[ \t]+lain\b|"
                            r"\bdi[ \t]*antaranya\b)|\bmelalui\b|\bdengan\b|\bseperti\b|\bpunya\b|\bmemiliki\b|"
                            r"\bmempunyai\b|\badalah\b|\bialah\b|\bmeliputi\b|\bmencakup\b|\bterdiri[ \t]+(?:dari|atas)\b|"
                            r"\bmenominasikan\b|\bmengusulkan\b|\bmuncul\b|"
                            # "Smart Living - Puskesmas Keliling; Smart Society - ...": a dash, as a colon, before names
                            r"(?<=[ \t])[–—-](?=[ \t])|"
                            # the active verbs of carrying out ("Kota X sudah menerapkan A serta B")
                            r"\bmenerapkan\b|\bmenjalankan\b|\bmengimplementasikan\b|"
                            r"\bdi(?:usulkan|ajukan|nominasikan)\b)[ \t]*"
                            # "muncul aplikasi terintegrasi WAROG, ...": a type word and its describing word before
                            # the first name
                            r"(?-i:(?:aplikasi|program|inovasi|layanan)(?:[ \t]+[a-z]+)?[ \t]+(?=[A-Z]))?",
                            re.IGNORECASE)
DEFINES = re.compile(r"\b(?:adalah|ialah|merupakan)\b", re.IGNORECASE)
# "“Smart Economy” (Pundok UMKM, Yuk Ke Ume)": the items of a dimension in brackets right after it
DIMENSION_BRACKETS = re.compile(r"[”\"’]?[ \t]*\((?P<items>[^()\n]{2,200})\)")
# names only, joined by commas and "dan": "MIPP dan MPP", "TCF, Krenova dan Demak Expo"
PLAIN_LIST = re.compile(rf"{NAME_WORD}(?:[ \t]+{NAME_WORD})*(?:(?:,[ \t]*(?:dan[ \t]+)?|[ \t]+dan[ \t]+)"
                        rf"{NAME_WORD}(?:[ \t]+{NAME_WORD})*)+")
NAME_ITEM = re.compile(NAME)
# what may follow a self-named programme, matched in place (slicing the text after each match copies it)
SHORT_FORM = re.compile(r"[ \t]\((?P<s>[A-Z][\w-]*+(?:[ \t][A-Z][\w-]*+){0,2})\)$")
ACRONYM_AFTER = re.compile(r"[ \t]*\((?P<a>[A-Z]{2,})\)")
NAME_WORD_AFTER = re.compile(rf"[ \t]+{NAME_WORD}")
CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")
# "Call Center 112", "Layanan Darurat 119": a phone number of three digits or four (no year) closes a service's name
PHONE = r"(?!(?:19|20)\d\d(?!\d))\d{3,4}+(?![\w/-]|[.,]\d)"
PHONE_AFTER = re.compile(rf"[ \t]++{PHONE}")
# ... and "sebagaimana dirilis IMD World Competitiveness Center": the body that publishes a rating
SELF_NAMED_BODY = re.compile(r"\b(?:di|dari|oleh|and|of|for|dirilis|diterbitkan|dikeluarkan)[ \t]+$", re.IGNORECASE)
# ... and so is one that publishes it, named as the subject ("setelah IMD World Center merilis ...")
SELF_NAMED_PUBLISHER = re.compile(r"[ \t]+(?:\([A-Z]+\)[ \t]+)?(?:merilis|menerbitkan|mengeluarkan|mengumumkan|"
                                  r"meluncurkan[ \t]+(?:hasil|laporan|daftar|peringkat))\b")
# a page excerpt cut in mid-word ("... dan Pembangkit Listrik Te", "... dan Pembangkit Listrik Te..."): the text ends
# without closing its last sentence, or with an ellipsis
CUT_END = re.compile(r"\s*(?:\.{3}|…)?\s*")
OPEN_END = re.compile(r"[\w-]\s*$|(?:\.{3}|…)\s*$")
# "Long Name (ACR)": the gap between two names, the second in brackets
BRACKET_OPEN = re.compile(r"[ \t]*\([ \t]*")
BRACKET_CLOSE = re.compile(r"[ \t]*\)")
# what may open a line before a list's item ("- ", "2. ")
LIST_MARK = re.compile(r"[\s*•·–-]*(?:\d{1,2}[.)][ \t]*)?")
# "2. Smart Living: Sehat Ceria, ": a list's label and its colon open the line before an item
HEADING_LINE = re.compile(LIST_MARK.pattern + r"[^:\n.]{2,40}:[^\n]*")
# "Smart Netizen dan Aplikas": the cut word opens the next item of a list; the item before it is whole
BEFORE_CUT_ITEM = re.compile(r"(?P<n>.+?)(?:[ \t]*,[ \t]*|[ \t]+(?:dan|serta)[ \t]+)[\w-]+$")
# "aplikasi A yang memudahkan ... milik Dinas X, B oleh Dinas Y, ...": a clause that ends with the body running an item
# may part it from the next item of its list ("yang memuat Pantai X, Goa Y" lists what the item holds)
DESCRIBED_ITEM = re.compile(r"[ \t]+(?:[a-z][^,.;\n]{0,90}?[ \t]+)?(?:milik|oleh|dari)[ \t]+[A-Z][^,.;\n]{1,50}?(?=,)")
# a sentence opening with the examples of what the sentence before names ("... inovasi daerah. Di antaranya A, B"):
# the topic of that sentence is its topic
# ... or "yakni" ("... memaparkan dua inovasi unggulan. Yakni A dan B."; probe of real shapes, 2026-12-08)
EXAMPLES_OPEN = re.compile(r"\s*(?:di[ \t]*antaranya|antara[ \t]+lain|misalnya|contohnya|yakni|yaitu)\b", re.IGNORECASE)
# "mulai CCTV, enjoy rembang (portal tentang wisata) dan ...": a list item of two or three lower-case words that a
# bracket glosses with its type word
GLOSSED_LOWER = re.compile(r"(?:(?<=, )|(?<=\bdan )|(?<=\bserta )|(?<=\bseperti )|(?<=\bmulai ))"
                           r"(?P<c>[a-z][a-z-]+(?:[ \t][a-z][a-z-]+){1,2})[ \t]*\((?P<t>[a-z]+)\b[^()\n]{0,60}\)")
# an item of a ticker of headlines: its hour, a dot, then the headline ("| 18:00 . Judul")
TICKER_ITEM = re.compile(r"(?<![\d:.])\d{1,2}[:.]\d{2}[ \t]+\.[ \t]")
# the gap between peers of a list, a type word before the next item allowed ("Smart Society, dan aplikasi X")
PEER_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?:(?P<joined>dan|serta)[ \t]+)?|(?P<joined2>dan|serta)[ \t]+)"
                      r"(?:(?:aplikasi|program|layanan|inovasi)[ \t]+)?", re.IGNORECASE)
# two dimensions named as a pair ("Smart Governance dan Smart Living", "..., serta Smart Living")
PAIR_GAP = re.compile(r"[ \t]*+,?[ \t]*+(?:dan|serta)[ \t]++", re.IGNORECASE)
# the separators of a list's items, and the words after its last item that file them all under a dimension
LIST_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?:dan|serta)?|dan|serta)[ \t]*")
# what an item of a list says of itself before the next item: up to a comma, or to a "dan" before a capital ("Petani
# Cerdas yang memuat cuaca dan harga gabah, dan Kudus Resik": the "dan" in lower case is the description's)
LIST_GAP_WORDS = re.compile(r"[^,.;\n]{0,90}?(?=,|\b(?:dan|serta)\b[ \t]+[A-Z“\"‘']|[.;\n]|$)")
FILES_AFTER_LIST = re.compile(r",?[ \t]+(?:yang[ \t]+)?(?:masuk(?:[ \t]+(?:ke|dalam))?|termasuk)[ \t]+"
                              r"(?:(?:dimensi|pilar|kategori)[ \t]+)?", re.IGNORECASE)
# "Sapa Warga untuk smart governance dan Festival X", "Sapa Warga (smart governance) dan Festival X": a dimension
# that files the name before it is that name's only
FILES_BACK = re.compile(r"[A-Z0-9)][\w)'-]*(?:[ \t]+(?:yang[ \t]+)?(?:mewakili|untuk|masuk(?:[ \t]+(?:ke|dalam))?|termasuk)"
                        r"[ \t]+(?:(?:dimensi|pilar|kategori)[ \t]+)?|[ \t]+(?i:pada[ \t]+(?:dimensi|pilar))[ \t]+|[ \t]*\()$")
# what may come before a type word that opens a sentence: nothing, or a connective and its comma ("Selain itu, "),
# after the dateline that may open the article's first sentence ("KOTAMOBAGU - ", "Banda Aceh (ANTARA) - ")
OPENING_CLAUSE = re.compile(r"[\s“\"]*(?:[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2}[ \t]*(?:\([^()\n]{2,30}\)[ \t]*)?"
                            r"[-–—][ \t]*)?(?:[A-Z][a-z]+(?:[ \t]+[a-z]+){0,2},[ \t]*)?")
# ("Di antaranya, A, B ...": a list opening its own sentence names the items the sentence before announces)
CONTINUES = re.compile(r"\s*(?:kemudian|selanjutnya|lalu|berikutnya|juga|mulai\s+dari|di[ \t]*antaranya|antara\s+lain)\b",
                       re.IGNORECASE)
# "Kemudian bupati menjelaskan X", "Selanjutnya, Dinas X memaparkan Y": a subject and its verb before the first comma
# make a sentence of its own, no list going on ("Kemudian aplikasi X", "Di antaranya A yang memudahkan ..., B" go on;
# so do prepositions and quantifiers of a verb's shape: "Selanjutnya berbagai aplikasi X", "Kemudian melalui X")
NEW_CLAUSE = re.compile(r"[\s,]*+[^,]*?(?<![\w-])(?<!yang )(?<!untuk )(?<!agar )(?<!dapat )(?<!bisa )"
                        r"(?!(?:melalui|berbagai|berupa|bersama|berbasis|berikut(?:nya)?|mengenai|menurut|menuju)\b)"
                        r"(?:me(?:m|n|ng|ny)?[a-z]{3,}|ber[a-z]{3,}|di[a-z]{3,}(?:kan|i))\b")
# the words that open a clause after a name ("aplikasi sipandu untuk ...")
CLAUSE_WORDS = frozenset(("yang", "untuk", "bagi", "milik", "dari", "dan", "serta", "di", "ini", "itu", "sebagai", "agar",
                          "guna", "sehingga", "kini", "sudah", "telah"))
# a lower-case item is a name only without a verb or a number ("perpustakaan komunitas", not "meningkat 5 persen"),
# nor a noun a relative clause or a manner describes: that defines a dimension ("lingkungan yang asri", "warga yang
# peduli", "nyaman bagi warga", "cepat dalam melayani", "layanan publik secara efektif")
# (for fullmatch on one item: the second lookahead reads to the end of the line, so a lower-case letter is checked first)
LOWER_ITEM = re.compile(r"(?=[a-z])(?!(?:di|me|mem|men|meng|ber|ter|akan|sudah|telah|yang|juga|pada|untuk)[a-z]*\b)"
                        r"(?!.*\b(?:yang|bagi|secara|dalam)\b)"
                        rf"[a-z][a-z-]+(?:[ \t]+[a-z][a-z-]+){{1,3}}(?:[ \t]+{NAME_WORD})*")


# an activity (pe-...-an, ke-...-an) before an acronym names what it serves: "pelatihan UMKM", "penyuluhan KB"
ACTIVITY = re.compile(r"(?:pe|ke)[a-z]{3,}an")
# the items of an inline list: commas, "dan" and "serta" part them
ITEM_GAP = re.compile(r"(?:,[ \t]*(?:dan|serta)?|[ \t]+(?:dan|serta))[ \t]+")
# ... in a list naming each item's type, "dan" parts two items only before a type word ("Aplikasi Jalan dan Jembatan")
TYPED_GAP = re.compile(r",[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+(?=(?:Aplikasi|Program|Inovasi)\b)")
# "..., Aplikasi Sikonde (sistem ...), Program Pojok Dolan": an item of a list naming its type before the name (what
# the brackets tell is masked); "penataan pasar dengan konsep One Village One Product": a concept one item names
TYPED_ITEM = re.compile(rf"(?:\b(?P<t>Aplikasi|Program|Inovasi)|\bkonsep)[ \t]+"
                        rf"(?P<n>{NAME_WORD}(?:[ \t]+(?:dan[ \t]+)?{NAME_WORD})*)(?:[ \t]*\(_*\))?$")
# "program quick win", "program unggulan", "inovasi": a list after these names innovations
INNOVATION_CUE = re.compile(r"\b(?:quick[ \t]*wins?|unggulan|inovasi)\b", re.IGNORECASE)
# "SIMPEL, e-Planing, SIMDA dan banyak lainnya": an app's acronym as an item of a list
ACRONYM_ITEM = re.compile(r"[A-Z][A-Z0-9]{2,9}")
APPS_TOPIC = re.compile(r"\b(?:aplikasi|sistem)\b", re.IGNORECASE)


# an item of a counted list: two to five lower-case words or versions, none a verb (di-, me-, ber-, ter-) nor a
# gerund ("peningkatan layanan" is an aim, not an app); "e-lapak" alone too
ANNOUNCED_ITEM = re.compile(r"(?!(?:di|me|ber|ter|pe|pem|pen|peng|peny|per)[a-z]*an\b|(?:di|me|mem|men|meng|ber|ter)[a-z]+\b)"
                            r"(?:[a-z][a-z-]+(?:[ \t]+(?:[a-z][a-z-]+|\d+(?:\.\d+)?)){1,4}|e-[a-z]+)")


@lru_cache(maxsize=16)
def _words(kind: str) -> tuple[str, ...]:
    # read once per kind: `_clean` asks for the ordinals of every candidate name
    return tuple(r["word"] for r in read_rows("innovation_words.csv") if r["kind"] == kind)


@lru_cache(maxsize=1)
def _served() -> re.Pattern[str]:
    """The acronym of a group a service serves, before a name of two capitalised words or more (innovation_words.csv,
    served)."""
    return re.compile(rf"(?:{alternation(_words('served'))})[ \t]+(?=[A-Z][\w-]*[ \t]+[A-Z])")


def _trim_served(text: str, items: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """"aplikasi absensi ASN Hadir Tepat", "pasar daring UMKM X": a served group's acronym opening a name after a
    describing word describes the thing, it is no part of the name (after a one-word type word it may be: "program
    UMKM Naik Kelas")."""
    out = []
    for start, end, value in items:
        lead = _served().match(text, start, end) if text.startswith(value["name"], start) else None
        before = re.search(r"(?<![\w-])([a-z][a-z-]*)[ \t]+$", text[max(0, start - 30):start])
        if lead is not None and before is not None and before.group(1) not in _words("type"):
            value["name"] = value["name"][lead.end() - start:]
            start = lead.end()
        out.append((start, end, value))
    return out


def _sector_turn() -> str:
    """"A, lalu di bidang wisata ada B", "A dan untuk sektor pertanian B": a clause of its own (after a comma or a
    conjunction) opening on another subject (innovation_words.csv, sector); not the sector an item serves, right after
    it ("aplikasi A untuk sektor UMKM, B")."""
    return (rf"(?:,[ \t]*(?:(?:dan|serta|lalu)[ \t]+)?|(?<![ \t])[ \t]+(?:dan|serta)[ \t]+)(?:di|untuk|pada)[ \t]+"
            rf"(?:{alternation(_words('sector'))})\b")


@lru_cache(maxsize=1)
def _switches() -> re.Pattern[str]:
    """"untuk smart economy A, sedangkan dinas B menggelar Y", ", lalu di bidang wisata ada Y": a connective after a
    comma or another subject between a dimension and a name leaves the name unfiled (innovation_words.csv, kind
    switch; lower case only)."""
    return re.compile(rf"[,;][ \t]*(?:{alternation(_words('switch'))})\b|{_sector_turn()}")


@lru_cache(maxsize=1)
def _opening() -> re.Pattern[str]:
    """An ordinal or a connective opening a candidate name ("Kelima PBB Online", "Yakni e-SPTPD")."""
    return re.compile(rf"^(?i:{alternation(_words('ordinal') + _words('opening'))})\b[\s,:]*")


@Language.factory("smartcity_innovations", assigns=["doc.spans"], requires=["doc.spans"])
def make_innovation_finder(nlp: Language, name: str) -> InnovationFinder:
    """Build the innovation finder from data/innovation_words.csv."""
    return InnovationFinder()


class InnovationFinder:
    """Adds `doc.spans["innovations"]` with value {name, description, dimension, dimension_source}."""

    def __init__(self) -> None:
        types, verbs = alternation(_words("type")), alternation(_words("verb"))
        capitalised = alternation(_words("capital_type"))
        namers, lists = alternation(_words("namer")), alternation(_words("list"))
        # up to three describing words ("aplikasi pengelolaan aduan masyarakat Super"), not verbs (di-, me-,
        # ber-, ter-), nor a word after which a body comes ("toko daring milik BUMDes", "kerja sama dengan Bank ..."), nor
        # a conjunction ("lomba Aplikasi dan Games ...": what follows is no app's name), nor a preposition before a
        # capitalised word ("penutupan gerakan di JCC Senayan": a venue follows; "layanan kesehatan di sungai X" is
        # what the thing does)
        # ... an adjective of a verb's shape may ("sistem peringatan dini banjir X"; innovation_words.csv, describing)
        # ... and "dan" between two describing words ("aplikasi laporan banjir dan kebakaran X"; up to four words:
        # "gerakan pilah sampah rumah tangga X"; blind m107, m112)
        lowers = (rf"(?:(?:[ \t]+(?:dan|serta)(?=[ \t]+[a-z]))?[ \t]+"
                  rf"(?!(?!(?:{alternation(_words('describing'))})\b)(?:di|me|ber|ter)[a-z]|"
                  r"(?:milik|oleh|dengan|bagi|kepada|dari|dan|serta|atau)\b|(?:di|ke|pada|dalam)\b(?=[ \t]+[A-Z]))"
                  r"[a-z][a-z-]+){0,4}?")
        # ... an ASCII quote may open the name ("program 'Jumat Berkah'"; the closing one is stripped)
        self.after_type = re.compile(rf"\b(?:{types}){lowers}[ \t]+(?:{QUOTED}|'?(?P<c>{NAME}|{DOMAIN}))")
        # "dengan Aplikasi PANADA": "Aplikasi" capitalised after a word in lower case is a type word too (after "dan" it
        # opens a list item's name: "A, B dan Aplikasi Jaga Warga"; see `_after_lower_word`)
        self.after_capital_type = re.compile(rf"(?:{capitalised}){lowers}[ \t]+(?:{QUOTED}|(?P<c>{NAME}|{DOMAIN}))")
        # "Program Desa Sehat dimulai ...": a type word opening a sentence, its name, then a clause in lower case
        self.opening_type = re.compile(rf"(?<![\w-])(?:{alternation(_words('opening_type'))})[ \t]+(?P<c>{NAME})"
                                       r"(?=[ \t]+(?!(?:dan|serta|atau)\b)[a-z])")
        # "dalam satu aplikasi, Desa Pesona,": a name set off by a comma after its type word ends its clause
        # ... a word or two may describe the type ("aplikasi berbasis ponsel, SiKerja.")
        # ... up to five, and what it runs on ("layanan pengingat imunisasi balita berbasis SMS, X."; blind m101, m123)
        self.type_apposed = re.compile(rf"\b(?:{types})(?:[ \t]+(?!berbasis\b)[a-z]+){{0,5}}(?:[ \t]+berbasis[ \t]+[A-Za-z]+)?,"
                                       rf"[ \t]+(?P<c>{NAME})(?=[ \t]*[,.;”\"]|$)")
        # ... a type word and the lower-case words that say what it does (no verb, no clause; a place after "di" among
        # them) right before a namer
        self.type_before_namer = re.compile(rf"\b(?:{types})(?:[ \t]+(?:(?!(?:di|me|ber|ter)[a-z]|yang\b)[a-z]+|"
                                            r"di[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)){0,8}[ \t]+$")
        self.after_verb = re.compile(rf"\b(?:{verbs})(?:[ \t]+(?:{types}))?{lowers}[ \t]+(?:{QUOTED}|(?P<c>{NAME}))")
        # "dengan nama inovasi\nJempol ...": a hard-wrapped line may part a namer from its name
        # ... or an ASCII quote open the name ("diberi nama 'Lawang Jabo'"; the closing one is stripped)
        self.after_namer = re.compile(rf"\b(?:{namers})(?:[ \t]+(?:{types}))?(?:[ \t]+|[ \t]*\n[ \t]*)"
                                      rf"(?:{QUOTED}|'?(?P<c>{NAME}))")
        # a list word may open the sentence ("Mulai dari A, B ..."); a type word and its describing words may come before
        # the first name ("antara lain aplikasi A untuk ..., B untuk ...")
        # ... or the words that say what it is, no type word among them, when the list goes on after it ("misalnya
        # antrean daring rumah sakit X dan ..."; see described_item)
        word = (rf"(?!(?!(?:{alternation(_words('describing'))})\b)(?:di|me|ber|ter)[a-z]|(?:{alternation(_words('switch'))}|"
                rf"{alternation(_words('place'))}|kata|ujar|yang|untuk|milik|oleh|dengan|bagi|kepada|dari|ke|pada|"
                r"dalam|dan|serta|atau)\b)[a-z][a-z-]+")
        describing = rf"{word}(?:[ \t]+(?:{word}|di[ \t]+[a-z]+|(?:{alternation(_words('served'))})\b)){{0,5}}?"
        self.after_list = re.compile(rf"\b(?i:{lists})(?:[ \t]*+[,:])?[ \t]++(?:(?:{types}){lowers}[ \t]+|"
                                     rf"(?P<u>{describing})[ \t]+(?={NAME}(?:,|[ \t]+(?:dan|serta)\b)))?"
                                     rf"(?:{QUOTED}|(?P<c>{NAME}))")
        # "meliputi peningkatan kapasitas aparatur, penguatan jaringan dan Serang Pintar": a name ending a list whose
        # other items are activities in lower case
        lower_run = r"(?!(?:dan|serta)\b)[a-z][a-z-]*+(?:[ \t]++(?!(?:dan|serta)\b)[a-z][a-z-]*+){0,5}+"
        self.after_lower_items = re.compile(rf"\b(?i:{lists})[ \t]++{lower_run}(?:[ \t]*+,[ \t]*+{lower_run})*+"
                                            rf"[ \t]*+,?[ \t]*+(?:dan|serta)[ \t]++(?:{QUOTED}|(?P<c>{NAME}))")
        # "Pertama, Sistem Informasi ... Kelima PBB Online": the items of a counted list
        self.after_ordinal = re.compile(rf"\b(?i:{alternation(_words('ordinal'))})(?:[ \t]*,|[ \t]+(?:yaitu|yakni|adalah))?"
                                        rf"[ \t]+(?P<c>{NAME})")
        # "Ketiga, gerakan bangga menanam.": a counted item that is a type word and a lower-case name, alone
        self.counted_lower = re.compile(rf"\b(?i:{alternation(_words('ordinal'))})[ \t]*,[ \t]+(?P<t>[^.,;\n]{{3,60}})\.")
        # ("peta digital tata ruang X": "tata ruang" is spatial planning, no room)
        self.places_before_list = re.compile(rf"\b(?i:{alternation(_words('place'))})(?:[ \t]+[a-z]+){{0,2}}[ \t]+$")
        self.place_before = re.compile(rf"(?<!\btata[ \t])\b(?i:{alternation(_words('place'))})[ \t]+$")
        # ... unless the place noun ends what a type word's thing does ("layanan dokter keliling desa X", "gerakan bank
        # sampah desa X": a village's service, named X; blind m96, m110), not an activity ("program pembangunan desa X")
        self.typed_place = re.compile(rf"\b(?:{types})(?:[ \t]+[a-z][a-z-]*){{0,2}}[ \t]+(?P<w>[a-z][a-z-]+)[ \t]+"
                                      rf"(?i:{alternation(_words('place'))})[ \t]+$")
        self.list_item = re.compile(rf"(?:,[ \t]*(?:dan|serta)?|\bdan|\bserta)[ \t]+(?:{QUOTED}|(?P<c>{LIST_NAME}))")
        # "A, layanan kesehatan di pulau B, serta pasar digital UMKM C": a later item told by the words that say what
        # the thing is (no verb, no clause word, no turn to another subject; a place after "di" and a group's acronym
        # among them) before its name; a comma may set off the name that ends the sentence ("katalog daring rotan, D.")
        # ... and "hingga" the words that say what its last item is before its name
        self.until_item = re.compile(rf",[ \t]*(?:hingga|sampai)[ \t]+(?:(?P<d>{describing})[ \t]+)?"
                                     rf"(?:{QUOTED}|(?P<c>{LIST_NAME}))")
        self.described_item = re.compile(
            rf"[ \t]*(?:,[ \t]*(?:dan|serta)?|\bdan|\bserta)[ \t]+(?P<d>{describing})"
            rf"(?:[ \t]+|,[ \t]+(?=(?:{LIST_NAME})[ \t]*(?:[.;]|$)))"
            rf"(?P<c>{LIST_NAME})")
        # "E-Padi untuk Smart Governance": a name tied to the dimension it serves
        # ... or "Palopo Heritage Walk (Smart Branding) – ..." in a list
        self.for_dimension = re.compile(
            rf"(?P<c>{NAME})(?:[ \t]+(?:yang[ \t]+)?(?:mewakili|untuk|di|pada|masuk(?:[ \t]+(?:ke|dalam))?|termasuk)[ \t]+"
            r"(?:(?:dimensi|pilar)[ \t]+)?|[ \t]*\()"
            r"(?=[Ss]mart)")
        # "memaparkan Mata Kota, jaringan kamera ...", "menjalankan X yang mengatur ...": a presented name with
        # what it does right after it needs no other cue
        clause, phrase = described(r"[^.;\n]", 90), described(r"[^,.;\n]", 90)

        # ... not a clause a connective opens (", sementara Kabupaten X membangun Y": another subject; switch words)
        switch = alternation(_words("switch"))

        def tail(clause: str) -> str:
            return (rf"(?:,[ \t]+(?P<d>(?!yang\b|dan\b|serta\b|kata\b|ujar|(?:{switch})\b)[a-z][a-z-]+[ \t][^,.;\n]{{3,150}}?)"
                    rf"{DESCRIPTION_END}|[ \t]+(?P<y>(?:yang|untuk)[ \t]+[a-z]{clause}))")
        self.presented = re.compile(rf"\b(?:{verbs})[ \t]+(?P<c>{NAME}){tail(clause)}")
        # '"PADUKA LAMTENG" untuk pelayanan ...', 'Mataram Mall Digital, etalase daring bagi UMKM ...': what an item of a
        # list does, told right after it (the classifier reads it rather than the sentence of all the items)
        # ... only a whole clause: one cut short describes it worse than the sentence
        whole = rf"[^.;\n]{{3,90}}?{DESCRIPTION_END}"
        # ... or a verb right after it that says what the thing does ("X menyajikan tur daring ke desa wisata, ...";
        # innovation_words.csv, does)
        self.told = re.compile(rf"[”\"’]?(?:{tail(whole)}|[ \t]+(?P<v>(?:{alternation(_words('does'))})[ \t]{whole}))")
        # "Solo Destination, yakni e-pajak, e-retribusi pasar ...": a list of other items tells nothing of it
        # "seperti penerapan aplikasi A milik ..., B ...": a type word a list word opens (no clause's subject follows)
        # a count and a type word open a heading that counts the items listed under it ("7 INOVASI KOTA X")
        self.counted_heading = re.compile(rf"(?:\d{{1,2}}|{alternation(_words('count'))})[ \t]+(?:[\w-]+[ \t]+)?"
                                          rf"(?:{types})\b", re.IGNORECASE)
        self.told_nothing = re.compile(rf"\b(?:{lists})$|^(?:{alternation(_words('adverb'))})$", re.IGNORECASE)
        self.listed = re.compile(rf"\b(?:{lists})\b[^,.;\n]{{0,30}}$", re.IGNORECASE)
        self.list_cue = re.compile(rf"\b(?i:{lists})[ \t]*,?[ \t]+")
        self.list_start = re.compile(rf"^(?:{lists})\b[ \t]*:?[ \t]*", re.IGNORECASE)
        # "Sinyal Desa menjadi program penyediaan wifi ...": a name the sentence defines as a programme or an app
        # ("Berindah, adalah serangkaian program ...": a comma may set it off)
        self.defined = re.compile(rf"(?:^|(?<=[.\n]\s)|(?<=\n))(?P<c>{NAME}),?[ \t]+(?:merupakan|adalah|ialah|menjadi)"
                                  rf"[ \t]+(?:(?:sebuah|suatu|serangkaian|salah[ \t]+satu)[ \t]+)?(?i:{types})\b", re.MULTILINE)
        # a phrase defining its acronym is a name when a type word, a launch verb or a list word just precedes it
        self.acronym_cue = re.compile(rf"\b(?:{types}|{verbs}|{lists}|adalah|ialah|merupakan)\b(?:[ \t]+[\w-]+){{0,3}}"
                                      r"[ \t]*[,:]?[ \t]*$", re.IGNORECASE)
        # "evoting", "e-voting": joined e-services written in lower case (data/innovation_words.csv, kind eword)
        self.e_word = re.compile(rf"(?<![\w-])e-?(?:{alternation(_words('eword'))})\b")
        self.e_service = re.compile(r"(?<![\w-])[eE]-(?!Gov)[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2}")
        self.type_words = {w.lower() for w in _words("type")}
        self.parts = re.compile(rf"[ \t]*(?:(?:\d+|{alternation(_words('count'))})[ \t]+)?(?:{alternation(_words('part'))})\b",
                                re.IGNORECASE)
        # "bertema “Recover Together”": the title of an event; "didukung sponsor antara lain A, B": bodies
        self.theme = re.compile(rf"\b(?:{alternation(_words('theme'))})[ \t]*:?[ \t]*[“\"‘']?$", re.IGNORECASE)
        # ... and so is each further item of a list of themes ("diskusi dengan tema Smart Government, Smart Tourism")
        self.theme_list = re.compile(rf"\b(?:{alternation(_words('theme'))})[ \t]*:?[ \t]++(?:[A-Z][^,.;:\n]{{0,40}}+,[ \t]*+)++$")
        self.backed = re.compile(rf"\b(?:{alternation(_words('backer'))})\b", re.IGNORECASE)
        self.national = re.compile(rf"\b(?:{alternation(_words('national'))})\b[^,.;\n]{{0,25}}$", re.IGNORECASE)
        # ... nor one after the region's vision or mission ("visi dan misi kota yakni ...", "Visi-misi kita sudah jelas
        # yaitu ...")
        self.aim = re.compile(rf"\b(?:{alternation(_words('aim'))})\b[^,.;\n]{{0,40}}$", re.IGNORECASE)
        self.facilities = {w.lower() for w in _words("facility")}
        self.opening_not = {w.lower() for w in _words("opening_not")}
        self.generic = {w.lower() for w in _words("generic")}
        # ... nor does a list of a dimension's parts ("3 sub dimensi yaitu Industry, Welfare ...")
        # ... one word may describe the parts ("empat domain utama, yakni Kebijakan SPBE, ...")
        self.parts_before = re.compile(rf"\b(?:{alternation(_words('part'))})(?:[ \t]+(?:utama|pokok|penilaian))?"
                                       r"[ \t]*,?[ \t]*$", re.IGNORECASE)
        self.venue = re.compile(rf"\b(?:{alternation(_words('venue'))})\b")
        self.visited = re.compile(rf"\b(?i:{alternation(_words('visit'))})[ \t]+$")
        self.controlled = re.compile(rf"\b(?i:{alternation(_words('controlled'))}|di[ \t]?(?:"
                                     rf"{alternation(_words('controlled_di'))}))[ \t]++(?i:di|ke)[ \t]++$")
        self.office = re.compile(rf"\b(?:{alternation(_words('office'))})[ \t]+$", re.IGNORECASE)
        # "empat aplikasi layanan warga, yakni e-surat, peta desa, ...": a list announced by a count (a clause of up to
        # 90 characters may tell where the apps run: "yang ditawarkan dan terpadu di ruang kendali kabupaten, yakni")
        self.announced = re.compile(rf"\b(?:{alternation(_words('count'))}|\d+)[ \t]+(?:{types})\b[^.;:\n]{{0,90}}?"
                                    r",?[ \t]*(?:yakni|yaitu|antara[ \t]+lain|meliputi|:)[ \t]+", re.IGNORECASE)
        # "Smart Economy diwujudkan dengan aplikasi pasar tani yang dibuat ...": after a weak cue, a name in lower case
        # needs its type word before it and nothing but a clause about it after it
        # ("inovasi sebagai berikut:", "layanan publik secara efektif" name none)
        self.typed_lower = re.compile(rf"[ \t]*(?i:{types})[ \t]+(?!.*\b(?:sebagai|berikut|tersebut|ini|itu|lain|lainnya|secara)\b)"
                                      rf"(?P<c>{ANNOUNCED_ITEM.pattern})[ \t]*")
        # "aplikasi lapor bantul": a lower-case name after a type word, named after the region
        # ... or one word joining them ("portal laporwalikotapalu")
        self.app_type = re.compile(rf"(?i:{alternation(_words('app_type'))})[ \t]+$")
        # "aplikasi aduan sipakabar,", "aplikasi setor sampah plastik, sampahmu.": one word of an app's shape after an
        # app's type word and up to four words saying what it does, ending the phrase (a comma may set it off)
        lower_word = r"(?!(?:yang|untuk|bagi|milik|oleh|dari|dan|serta|di|ke|pada|dengan)\b)[a-z][a-z-]+"
        self.described_lower_app = re.compile(
            rf"\b(?i:{alternation(_words('app_type'))})(?:[ \t]+{lower_word}){{1,4}}?,?[ \t]+"
            rf"(?P<c>(?:{'|'.join(_words('app_shape'))})(?![\w-]))"
            r"(?=[ \t]*(?:[,.;]|$)|[ \t]+(?:dan|serta|yang|untuk|bagi|milik)\b)")
        self.lower_after_type = re.compile(rf"\b(?i:{types})[ \t]+(?P<c>[a-z][a-z-]+(?:[ \t]+[a-z][a-z-]+){{0,2}})\b")
        # (not a type word and a capitalised name: "A (...), aplikasi B (...) dan C" lists the next item)
        self.appositive = re.compile(rf"(?P<c>{NAME}),[ \t]+(?P<d>(?:{types})\b(?![ \t]+[A-Z]){phrase})")
        self.appositive_cue = re.compile(rf",[ \t]+(?:{types})\b")  # what each match of it holds (see _scan_from)
        self.quoted = re.compile(QUOTED)
        # "“Semoga kota kita makin maju,” katanya": a quote its speaker is named after is speech, not a name
        self.spoken = re.compile(rf"[ \t]*+,?[ \t]*+(?:{alternation(_words('speech'))})\b", re.IGNORECASE)
        # "mengenalkan layanan publik mandiri, di mana ...": a launched thing named in lower case ("meluncurkan inovasi
        # agar ..." names none: a purpose follows)
        self.launched = re.compile(rf"\b(?:meluncurkan|mengenalkan|memperkenalkan|merilis)[ \t]+"
                                   rf"(?P<c>(?:{types})[ \t]+(?!(?:agar|supaya|untuk|yang|bagi|guna|demi|sehingga|dan)\b)"
                                   rf"[a-z][a-z -]{{2,40}}?)"
                                   rf"(?=\s*(?:[,.;(]|\bdi\s+mana\b|\byang\b|\buntuk\b|\bagar\b|\bsehingga\b))")
        # words that never start an innovation's name; "Smart ..." and "Program ..." may
        self.not_a_name = load_lexicon().name_stopwords - {"smart", "program", "aplikasi", "inovasi", "gerakan",
                                                           "command", "center", "online"}
        self.name_nouns = frozenset(_words("noun"))
        # "Inovasinya antara lain ...": the type word may carry the possessive "-nya"
        self.topic = re.compile(rf"\b(?:{types})(?:nya)?\b", re.IGNORECASE)
        first, last = alternation(_words("first")), alternation(_words("last"))
        # a name opening with a marker word ("Festival Kelimutu") or ending with one ("Taman Baca Bung Karno Digital");
        # apart, so that "Melalui Festival" ending with one leaves "Festival Kelimutu" opening with it
        # ... "Festival Kebudayaan City of Randang" keeps its "of"
        self.self_named = (re.compile(rf"\b(?:{first})(?:[ \t]+(?:{NAME_WORD}|of(?=[ \t]+[A-Z])(?:[ \t]+{NAME_WORD}))){{1,4}}"),
                           re.compile(rf"(?:{NAME_WORD}[ \t]+){{1,4}}(?:{last})\b"))
        self.self_named_cue = re.compile(rf"[ \t](?:{last})\b")  # what each match of the second holds
        self.marker_end = re.compile(rf"\b(?:{last})$")
        self.marker_start = re.compile(rf"(?:{first})\b")
        # where the items a dimension files end: a sentence's or a clause's end, a connective after a comma, the body
        # that runs the item ("UMKM Naik Kelas dari Dinas ..."), or another subject ("lalu di bidang pariwisata ada B")
        self.block_end = re.compile(rf"\.(?!\w)|[;:\n”\"]|,\s*(?:{alternation(_words('block_end'))})\b|"
                                    rf"\s+(?:dari|oleh)\s+(?=[A-Z])|{_sector_turn()}")

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["innovations"] = []
        found: list[tuple[int, int, dict[str, Any]]] = []
        not_people: set[tuple[int, int]] = set()
        blocked = [(s.start_char, s.end_char) for label in ("regions", "provinces", "dimensions")
                   for s in spans_of(doc, label)]
        region_spans = [(s.start_char, s.end_char) for s in spans_of(doc, "regions")]
        not_regions: set[tuple[int, int]] = set()
        people = [(s.start_char, s.end_char) for s in spans_of(doc, "people")]
        text = text_of(doc)
        short_forms = _region_short_forms(doc)
        listed = _trim_served(text, self._under_headings(doc) + self._bulleted(doc))
        prose = _trim_served(text, self._in_prose(doc))
        # a heading item's description ("aplikasi panduan wisata Derawan, Maratua ...") names no other programme, nor
        # does the bracket a name abbreviates ("go ploong (Go pelayanan Limbah Cair Domestik Online ...)")
        # ... (a description told before its name, "aplikasi absensi pegawai Hadir Tepat, dan B", covers nothing after it)
        described = [(start, start + len(v["name"]) + 2 + len(v["description"] or "")) for start, _, v in listed
                     if text.find(v["description"] or "", start) >= start]
        described += [(start, v.pop("covers")) for start, _, v in prose if "covers" in v]
        for start, end, value in _split_joined_items(listed + _trim_served(text, self._after_dimensions(doc)) + prose,
                                                     self.not_a_name):
            listed_item = value["dimension_source"] == "stated" and value.get("listed", False)
            in_apps = value.pop("apps", False)
            # "antara lain Rojak, e-Retribusi, dan Command Center": a later item of a list of names
            in_list = value.pop("in_list", False)
            # "aplikasi KIPAS": an acronym of four letters or five right after its type word names the app
            # ("program CSR", "teknologi IT" do not)
            typed = value.pop("acronym_ok", False)
            acronym_ok = typed and re.fullmatch(r"[A-Z]{4,5}", value["name"].strip()) is not None
            # "Seperti SIMPEL, e-Planing, SIMDA ...": an acronym among an app list's names
            listed_acronym = value.pop("listed_acronym", False)
            # "meluncurkan aplikasi Ngawi Smart City": the veto of the programme's own words spares an app named after its
            # region and the programme, read with its type word (innovation_vetoes.csv)
            typed_app = APP_TYPE_BEFORE.search(text, max(0, start - 12), start)
            prefix = typed_app.group(0) if typed_app is not None and SMART_CITY_END.search(value["name"]) else ""
            name = _clean(prefix + value["name"], listed_item or acronym_ok or listed_acronym, typed)
            name = name[len(prefix):] if name is not None else None
            # a word that never starts a name in prose may start an item filed under a dimension ("Wisata ..."),
            # a phrase that defines an acronym ("Wali Kota Jumpa Rakyat (WAJAR)") or a name quoted after its type word
            # ("program “Jumat Berkah”")
            quoted = value.pop("quoted", False)
            # ... and a common noun ("Warga") right after its type word or as a later item of a list
            noun_opens = (value.pop("named", False) or in_list) and name is not None and \
                name.split()[0].lower() in self.name_nouns
            # "bank sampah" is a type word, and an item when a dimension files it by itself
            if name is None or (name.lower() in self.type_words and not ((listed_item or in_list) and " " in name)) or (
                    name.split()[0].lower() in self.not_a_name and not listed_item and not quoted and not noun_opens
                    and not _defines_acronym(name) and not _post_serves(name)):
                continue
            # "pemerintahan berbasis sistem Elektronik" (SPBE spelled out), "berbasis aplikasi Digital": what a thing is
            # based on, a kind of system, is no name
            # ... unless it has an app's shape ("berbasis aplikasi e-Posyandu X")
            # ... or is named after its region ("ambulans desa berbasis panggilan Sukamaju Gercep")
            if BASED_ON.search(text, max(0, start - 30), start) and not name.startswith(("e-", "E-")) and \
                    not _app_named(name) and not _named_after_region(name, short_forms):
                continue
            # "Terlebih, program ini ...", "Alhasil, aplikasi ...": a connective before a comma
            if text.startswith(",", end) and _opening_connective(doc, name, start):
                continue
            # "menghadirkan narasumber Rudi Hasan, SE., M.Ec.Dev": a name after a role or before a degree is a person,
            # found by the people finder or not
            role, degree = _person_cues()
            after = degree.match(text, end)
            if not _defines_acronym(name) and (role.search(text, max(0, start - 40), start) or (
                    after is not None and squash(after.group("d")) in load_lexicon().degrees)):
                continue
            value.pop("listed", None)
            # ... in capitals, not read as a region ("SIAK"), it is the app's; and so is one in capitals after its type
            # word ("sistem antrean puskesmas SIANTAR")
            capitals = listed_acronym or typed and re.fullmatch(r"[A-Z]{4,}", name) is not None and \
                re.search(r"\b(?:di|ke|dari|pada|dalam)[ \t]+$", text[max(0, start - 8):start]) is None
            if (_only_regions(doc, start, end) and not capitals) or in_link_line(text, start) or \
                    _in_headline_ticker(text, start):
                continue
            if self.theme.search(text[max(0, start - 30):start]) or self.theme_list.search(text[max(0, start - 160):start]) or (
                    self.visited.search(text[max(0, start - 20):start]) and self.venue.search(name)
                    and not self.controlled.search(text[max(0, start - 30):start])):
                continue
            # "program simarkonang oleh DKP2KB": the name after "oleh" is the body that runs it
            if re.search(r"\boleh[ \t]+$", text[max(0, start - 8):start]):
                continue
            # "aplikasi SIPD dari Kemendagri": an app whose owner, named right after it, is a ministry is the central
            # government's, which the region only uses
            if _central_owner(text, end):
                continue
            if any(a < end and start < b for a, b, _ in found):
                continue
            # a phrase that defines its acronym, or an item filed under a dimension, outweighs a person read into
            # it ("Wali Kota Jumpa ...", "Smart Governance (Lawang Beltim, Selina)")
            # ... and so does a one-word name a list names, read as a person ("Sipipa (Dislautkan), E-Library"),
            # or a name in a list of apps ("aplikasi Halo Warga, Antrean Daring"): that person is dropped
            overlapping = [(a, b) for a, b in people if a < end and start < b]
            # ... and so does a marker word ending the "person" ("Surabaya Single Window": no one is called "Window") or
            # opening it ("Festival Lembah Hijau"), or a name of an app's shape ("Si Tanggap", "SiKeluh") or of a post
            # serving ("Bupati Menyapa")
            if any(not (" " not in text[a:b] and name.startswith(text[a:b]) or self.marker_end.search(text[a:b])
                        or self.marker_start.match(text[a:b]))
                   for a, b in overlapping) \
                    and not _defines_acronym(name) and not listed_item and not in_apps \
                    and not (in_list and _short_form_after(name)) and not _app_named(name) and not _post_serves(name):
                continue
            # a name the text's end cuts; after the people check, so that a person read into its cut word goes with it
            name, end = _cut_by_end(text, start, end, name, listed_item)
            if name is None:
                continue
            # "gerakan kawasan Labuan Bajo": a capitalised phrase after a place noun is a place
            typed_place = self.typed_place.search(text, max(0, start - 80), start)
            # ... but a name opening with a region's name is no village's nor area's ("aplikasi desa Sukamaju Satu Data")
            if not listed_item and self.place_before.search(text[max(0, start - 20):start]) and not (
                    typed_place is not None and ACTIVITY.fullmatch(typed_place.group("w")) is None and " " in name) \
                    and not _named_after_region(name, short_forms):
                continue
            # ... an app in capitals that spells a region is no mention of the region: the region's span goes
            regions = [(a, b) for a, b in region_spans if a <= start and end <= b] if capitals else []
            if any(a <= start and end <= b for a, b in blocked) and not regions:
                continue
            if any(a < start and end <= b for a, b in described):
                continue
            alias = ALIAS_BEFORE.search(text, max(0, start - 40), start)
            # ... the short name read alone before is the same item ("lewat Terkesima atau Festival ...")
            short = [f for f in found if alias is not None and f[:2] == alias.span("a")]
            if alias is not None and " " in name and self._alias_ok(alias.group("a")) and \
                    not any(a < start and alias.start("a") < e for a, e, _ in found if (a, e) != alias.span("a")):
                # "menyelenggarakan Terkesima atau Festival Kebudayaan ...": the short name the region uses, and the
                # long one in brackets (as in "Jaki (Jakarta Kini)")
                start, name = alias.start("a"), f"{alias.group('a')} ({name})"
                found = [f for f in found if f not in short]
            value["name"] = name
            found.append((start, end, value))
            not_people.update(overlapping)
            not_regions.update(regions)
        _join_acronyms(text, found)
        self._file_lists(doc, found)
        _file_from_previous_sentence(doc, found)
        _file_by_award(doc, found)
        # a name filed under a dimension once is filed there wherever the article names it again
        stated = {v["name"].lower(): v["dimension"] for _, _, v in found if v["dimension_source"] == "stated"}
        for _, _, value in found:
            same = [d for n, d in stated.items() if value["name"].lower() in n or n in value["name"].lower()]
            if value["dimension"] is None and len(set(same)) == 1:
                value.update(dimension=same[0], dimension_source="stated")
        # "inovasi penataan Kali Tuntang Lama" and "Penataan Kali Tuntang Lama" later: one innovation, one name
        # (the name filed under a dimension, else the longer); two items of one list are two ("PANADA, PANADA TANTE IVA")
        ordered = sorted(found, key=lambda f: f[0])
        items = {id(v): k for k, (_, _, v) in enumerate(ordered)}
        for start, end, value in found:
            for other_start, other_end, other in found:
                a, b = value["name"].lower(), other["name"].lower()
                k, j = items[id(value)], items[id(other)]
                if abs(k - j) == 1 and LIST_GAP.fullmatch(text, *sorted((end, other_end, start, other_start))[1:3]):
                    continue
                # ... an acronym in capitals is the same only as written ("SIANTAR" is not "Siantar Kota Ramah")
                caps = value["name"].isupper()
                if a != b and re.search(rf"(?<!\w){re.escape(value['name'] if caps else a)}(?!\w)",
                                        other["name"] if caps else b) and (
                        other["dimension_source"] == "stated" or value["dimension_source"] != "stated"):
                    value.update(name=other["name"], dimension=other["dimension"],
                                 dimension_source=other["dimension_source"])
        # ... nor does the next item of a list ("e-pajak, e-retribusi pasar dan ...")
        names = tuple(v["name"].lower() for _, _, v in found)
        for _, end, value in found:
            # ... nor do the words before the next item ("Sistem X, aplikasi perpajakan e-Pajak": e-Pajak's), nor the
            # pillar it is filed under ("untuk pilar smart economy" tells what it is for, not what it does)
            pillar = FILES_UNNAMED.match(text, end) is not None
            if pillar or (value["description"] or "").lower().endswith(names):
                value["description"] = None
            told = None if pillar else self.told.match(text, end)
            if value["description"] is None and told is not None:
                description = (told.group("d") or told.group("y") or told.group("v")).strip()
                head = self.list_start.sub("", description, count=1).lower()
                # ("A (...), aplikasi B (...) dan C": the next item with its type word)
                untyped = head.split(" ", 1)[-1] if head.split(" ", 1)[0] in self.type_words else head
                if not head.startswith(names) and not untyped.startswith(names) and \
                        not description.lower().endswith(names):
                    value["description"] = description
        if not_people:
            doc.spans["people"] = [s for s in doc.spans["people"] if (s.start_char, s.end_char) not in not_people]
        if not_regions:
            doc.spans["regions"] = [s for s in doc.spans["regions"] if (s.start_char, s.end_char) not in not_regions]
        for start, end, value in sorted(found, key=lambda f: f[0]):
            add_span(doc, "innovations", start, end, value)
        return doc

    def _places_listed(self, text: str, at: int) -> bool:
        """"kawasan wisata seperti Mandeh": a list a place noun (and up to two words, no comma) announces names places,
        unless a type word comes before the noun in its clause ("program desa seperti X", "inovasi ke setiap desa antara
        lain X": the noun is where the programmes reach; blind m33)."""
        m = self.places_before_list.search(text, max(0, at - 50), at)
        if m is None:
            return False
        clause = max([text.rfind(stop, max(0, m.start() - CLAUSE_REACH), m.start()) for stop in ".,;:\n"]) + 1
        return not self.topic.search(text, max(clause, m.start() - CLAUSE_REACH), m.start())

    def _alias_ok(self, word: str) -> bool:
        """A capitalised word before "atau" that may be a programme's short name: not a stop word, a type word, a
        region, an acronym of a body (all capitals) or a vetoed name."""
        lower = word.lower()
        return not word.isupper() and lower not in self.not_a_name and lower not in self.type_words and \
            lower not in _region_names() and _clean(word) is not None

    @staticmethod
    def _file_lists(doc: Doc, found: list[tuple[int, int, dict[str, Any]]]) -> None:
        """"Yakni A, B dan C, termasuk pilar smart governance": a dimension after a list files all of its items."""
        text = text_of(doc)
        starts = {d.start_char: d._.value["name"] for d in spans_of(doc, "dimensions")}
        chain: list[dict[str, Any]] = []
        items = sorted(found, key=lambda f: f[0])
        for k, (_, end, value) in enumerate(items):
            chain.append(value)
            following = items[k + 1][0] if k + 1 < len(items) else len(text)
            if LIST_GAP.fullmatch(text, end, following):
                continue
            cue = FILES_AFTER_LIST.match(text, end)
            if len(chain) > 1 and cue is not None and cue.end() in starts:
                for item in chain:
                    if item["dimension"] is None:
                        item.update(dimension=starts[cue.end()], dimension_source="stated")
            chain = []

    # -- right after a dimension named in a sentence ------------------------------------------------------------
    def _after_dimensions(self, doc: Doc) -> list[tuple[int, int, dict[str, Any]]]:
        """"Smart Branding yaitu Aplikasi Digiloka dan ...", "Smart Society ada perpustakaan komunitas, ...":
        the items a sentence files under the dimension it has just named."""
        text = text_of(doc)
        dims = spans_of(doc, "dimensions")
        out = []
        for i, dim in enumerate(dims):
            block = self._dimension_block(doc, text, dims, i)
            if block is None:
                continue
            for start, name in self._block_names(*block):
                out.append((start, start + len(name), {"name": name, "description": None,
                                                       "dimension": dim._.value["name"],
                                                       "dimension_source": "stated", "listed": True}))
        return out

    def _dimension_block(self, doc: Doc, text: str, dims: list[Span], i: int) -> tuple[str, int, bool, bool] | None:
        """The text a sentence files under its i-th dimension right after naming it, where that text starts,
        whether lower-case names count in it, and whether the cue defines the dimension ("adalah"); None when the
        dimension files no items (a heading, no list cue, a list of its parts)."""
        dim = dims[i]
        brackets = DIMENSION_BRACKETS.match(text, dim.end_char)
        after = dim.end_char
        if brackets and brackets.group("items")[:1].islower():
            # "pilar smart governance (tata kelola ...) menominasikan A, B": a lower-case bracket translates the
            # dimension; its items follow the bracket
            after, brackets = brackets.end(), None
        cue = brackets or DIMENSION_LIST.match(text, after)
        if cue is None or _is_heading(text, dim.start_char, dim.end_char):
            return None
        if self.theme.search(text[max(0, dim.start_char - 30):dim.start_char]):
            return None  # "diskusi dengan tema Smart Government, Smart Tourism, ...": a list of themes, no programmes
        # "adalah" defines the dimension ("smart governance adalah layanan publik ..."): no lower-case name after it
        defines = DEFINES.search(cue.group(0)) is not None
        if brackets:
            # "“Smart Economy” (Pundok UMKM, Yuk Ke Ume)": the items in capitals
            return brackets.group("items"), brackets.start("items"), False, defines
        _, sentence_end = sentence_of(doc, dim.end_char)
        stop = min(sentence_end, dims[i + 1].start_char if i + 1 < len(dims) else len(text), cue.end() + 160)
        # "Smart Economy dengan UMKM Naik Kelas dari Dinas Koperasi dan UKM": the body that runs it ends the item
        block = self.block_end.split(text[cue.end():stop])[0]
        if self.parts.match(block):
            return None  # "Smart Economy memiliki 3 sub dimensi yaitu Industry, ...": its parts, no programmes
        return block, cue.end(), cue.group("strong") is not None, defines

    def _block_names(self, block: str, block_start: int, lower_ok: bool, defines: bool) -> list[tuple[int, str]]:
        """The names of the items a dimension's block lists, each with where it starts in the text (the list ends
        at the first item without a name after a name)."""
        names: list[tuple[int, str]] = []
        named = False
        for item in re.finditer(r"[^,]+", re.sub(r"\s(?:dan|serta)\s", lambda m: ",    "[:len(m.group(0))], block)):
            name, at = self._item_name(block, item, lower_ok, named, defines)
            if name is None:
                if named:
                    break
                continue
            named = named or name[:1].isupper()
            words = name.split()
            if name[:1].islower() and len(words) > 1 and words[0].lower() in self.type_words and _clean(name):
                at, name = at + len(words[0]) + 1, name[len(words[0]):].strip()  # "program simarkonang"
            names.append((block_start + item.start() + at, name))
        return names

    def _item_name(self, block: str, item: re.Match[str], lower_ok: bool, named: bool,
                   defines: bool) -> tuple[str | None, int]:
        """The name in one item of a dimension's block and its offset in the item (None when it names none)."""
        # "ada SIMPEL DESA, aplikasi perencanaan ...": lower case after a name describes it, unless "dan" and
        # a type word open another item ("program E-puskesmas dan program simarkonang")
        lead = len(item.group(0)) - len(item.group(0).lstrip())
        typed = self.topic.match(item.group(0).strip()) is not None
        joined = typed and re.search(r"\b(?:dan|serta)\s*$", block[:item.start() + lead]) is not None
        name, at = _list_item(item.group(0), lower_ok and (not named or joined), lower_ok or typed)
        if name is None and not named and not defines:
            # a type word and a lower-case name (see typed_lower), up to a clause about it
            lower = self.typed_lower.fullmatch(re.split(r"[ \t]+(?:yang|untuk|oleh|dari|milik|bagi)\b", item.group(0))[0])
            if lower is not None:
                name, at = lower.group("c"), lower.start("c")
        return name, at

    # -- under a dimension heading --------------------------------------------------------------------------
    def _under_headings(self, doc: Doc) -> list[tuple[int, int, dict[str, Any]]]:
        """Items listed under a dimension written as a heading (alone on its line, or "Smart Living: ...")."""
        text = text_of(doc)
        dims = spans_of(doc, "dimensions")
        headings = [d for d in dims if _is_heading(text, d.start_char, d.end_char)]
        out = []
        for i, heading in enumerate(headings):
            # the items end at the next heading, or before at prose between them ("Klungkung menyusun ... berikut.")
            end = min(headings[i + 1].start_char if i + 1 < len(headings) else len(text),
                      _section_end(text, heading.end_char))
            block = text[heading.end_char:end]
            if DATELINE.search(block.strip().split("\n", 1)[0]):
                continue
            if block.lstrip().startswith(":") and block.split("\n", 1)[0].strip(" :"):
                # "1. Smart Governance: A dan B" lists its items on the heading's own line, up to the next dimension
                # ("Smart Branding: A. Smart Economy: B")
                block = block.split("\n", 1)[0]
                following = [d.start_char - heading.end_char for d in dims if d.start_char >= heading.end_char]
                block = block[:min([len(block), *following])]
            for start, stop, name, description in _items(block):
                if any(d.start_char < heading.end_char + stop and heading.end_char + start < d.end_char
                       for d in dims):
                    continue  # "...; Smart Branding: TCF, ..." on the heading's line is a heading of its own
                out.append((heading.end_char + start, heading.end_char + stop, {
                    "name": name, "description": description, "dimension": heading._.value["name"],
                    "dimension_source": "stated", "listed": True}))
        return out

    def _bulleted(self, doc: Doc) -> list[tuple[int, int, dict[str, Any]]]:
        """"Enam inovasi quick win itu meliputi:" and a line for each item, each opening with a list mark ("- Garuda
        (Garut Satu Data)", "2. Sigap Bencana"): the items of a list about programmes or apps. A list whose lines
        name dimensions ("- Smart Living: Ambulans Desa") is left to the dimension headings' reading."""
        text = text_of(doc)
        out: list[tuple[int, int, dict[str, Any]]] = []
        dimensions = spans_of(doc, "dimensions")
        counting = [m for m in COUNTING_LINE.finditer(text) if self.counted_heading.match(m.group("l"))
                    and BULLET_LINE.match(text, m.end())]
        for intro in sorted([*ANNOUNCING_LINE.finditer(text), *counting], key=lambda m: m.start()):
            if not self.topic.search(intro.group("l")) or \
                    not (intro.re is COUNTING_LINE or ANNOUNCES.search(intro.group("l"))):
                continue
            end = intro.end()
            while (line := BULLET_LINE.match(text, end)) is not None:
                end = line.end()
            if any(intro.start() <= d.start_char < end for d in dimensions):
                continue
            block = text[intro.end():end]
            for start, stop, name, description in _items(block):
                if re.match(NAME_WORD, name):
                    value = self._value(doc, name, intro.end() + start)
                    out.append((intro.end() + start, intro.end() + stop, {**value, "description": description}))
        return out

    # -- in running text --------------------------------------------------------------------------------------
    def _in_prose(self, doc: Doc) -> list[tuple[int, int, dict[str, Any]]]:
        text = text_of(doc)
        # first, so that its names, without their type word, outweigh the same items read with it
        out = self._typed_lists(doc)
        dimensions = spans_of(doc, "dimensions")
        dimension_starts = [d.start_char for d in dimensions]

        def add(m: re.Match[str], needs_topic: bool, description: str | None = None, apps: bool = False,
                acronym_ok: bool = False, in_list: bool = False, named: bool = False) -> None:
            group = "q" if m.groupdict().get("q") else "c"
            if m.group(group) is None:
                return
            s, e = m.start(group), m.end(group)
            # ... a name with its short form outweighs a person read into the short form ("(Surya Terang)")
            e = _to_short_form(text, s, e) if " " not in m.group(group) else e
            apps = apps or e > m.end(group)
            # "meresmikan Command Center Baru": a generic facility after a launch verb or a type word names none either
            if not in_list and self._generic_facility(text[s:e]):
                return
            if needs_topic:
                a, b = sentence_of(doc, s)
                if a > 0 and (CONTINUES.match(text, a) or EXAMPLES_OPEN.match(text, a)):
                    a = sentence_of(doc, a - 1)[0]
                if not self.topic.search(text[a:b]) and not any(a <= d < b for d in dimension_starts):
                    return
            value = self._value(doc, text[s:e], s)
            value["description"] = description
            if apps:
                value["apps"] = True
            if acronym_ok:
                value["acronym_ok"] = True
            if in_list:
                value["in_list"] = True
            if named:
                value["named"] = True
            if named and text[s - 1:s] in "“\"‘'":
                value["quoted"] = True
            out.append((s, e, value))

        # (a name tied to a dimension ends right before "Smart": most lines have none, and the scan costs)
        for m in self.for_dimension.finditer(text, _scan_from(SMART, text)):
            following = next((d for d in dimensions if d.start_char >= m.end()), None)
            start = m.start("c")
            # "E-Padi untuk Smart Governance dan Pemuda Kaperle untuk Smart Economy": the second name starts after
            # the dimension of the first
            inner = [d for d in dimensions if start <= d.start_char and d.end_char < m.end("c")]
            if inner:
                joint = re.match(r"[ \t]*(?:,|\bdan\b|\bserta\b)[ \t]*", text[inner[-1].end_char:m.end("c")])
                if joint is None:
                    continue
                start = inner[-1].end_char + joint.end()
            name = text[start:m.end("c")]
            # "Terakhir untuk dimensi smart society, yaitu ...": a connective files nothing
            if _opening_connective(doc, name, start):
                continue
            # "Pembangunan Ekonomi Cerdas (Smart Economy)" translates the dimension, it names no programme
            if following is not None and following.start_char - m.end() <= 2 and name and not re.search(
                    r"\bcerdas\b", name, re.IGNORECASE):
                value = self._value(doc, name, start)
                value.update(dimension=following._.value["name"], dimension_source="stated")
                # "yakni SIGAP untuk Smart Governance": an acronym alone names the item a dimension files
                if ACRONYM_ITEM.fullmatch(name):
                    value["listed_acronym"] = True
                out.append((start, m.end("c"), value))
        out += self._representing(doc)
        for m in self.e_service.finditer(text):
            out.append((m.start(), m.end(), self._value(doc, m.group(0), m.start())))
        for m in self.e_word.finditer(text):
            out.append((m.start(), m.end(), self._value(doc, m.group(0), m.start())))
        for m in self.appositive.finditer(text, _scan_from(self.appositive_cue, text)):
            add(m, False, m.group("d").strip())
        for m in self.presented.finditer(text):
            add(m, False, (m.group("d") or m.group("y")).strip())
        places = {s._.value["name"].split(" ", 1)[-1].lower() for s in spans_of(doc, "regions")}
        for m in PHRASE_ACRONYM.finditer(text):
            # "Kota Tebing Tinggi membuat Sistem Informasi ... (SICETAR)": the phrase starts where the acronym's
            # letters do, not at the first capitalised word before it,
            starts = [w.start() for w in re.finditer(r"\S+", m.group("p"))]
            # ... and at the last word that can: "Lembaga ... Institut Teknologi Bandung (ITB)" abbreviates the institute
            start = m.start() + next((k for k in reversed(starts) if _defines_acronym(
                f"{m.group('p')[k:].strip()} ({m.group('a')})")), 0)
            name = f"{text[start:m.start('a') - 1].strip()} ({m.group('a')})"
            if start > m.start() and _vetoes()[1].search(m.group("p").strip()):
                continue  # "Direktorat Jenderal Aplikasi Informatika (APTIKA)": a body's name, cut short, is one still
            if _only_regions(doc, start, m.start("a") - 1):
                continue  # "Lampung Tengah (Lamteng)": a region's short name
            a, b = sentence_of(doc, start)
            # "Makassar Tidak Rantasa (MTR)" in a sentence about an app: a programme named after its region
            # needs no cue word
            regional = name.split()[0].lower() in places and self.topic.search(text[a:b]) is not None
            # "Sistem Informasi Makam (SIMAKTI)": a phrase opening with a type word names an app by itself
            typed = name.split()[0].lower() in self.type_words and not self.office.search(text[max(0, start - 20):start])
            # "... layanan yang menjangkau desa. Puskesmas Keliling (Pusling) kini ...": a phrase opening its sentence
            # after one about services is the next service's name
            opens = a > 0 and SENTENCE_OPEN.fullmatch(text, a, start) is not None and \
                self.topic.search(text, sentence_of(doc, a - 1)[0], a) is not None
            if _defines_acronym(name) and (regional or typed or opens or self.acronym_cue.search(text[max(a, start - 80):start])):
                value = self._value(doc, name, start)
                out.append((start, m.end(), value))
        lexicon = load_lexicon()
        for m in LOWER_PHRASE_ACRONYM.finditer(text):
            # (its first letters read in order in the phrase, "aplikasi pengaduan masyarakat (SIPEMAS)" from "aplikaSI"
            # on, "... perizinan terpadu (SIMPTSP)" dropping "satu pintu"; no body's acronym, "perangkat daerah (OPD)")
            phrase, acronym = m.group("p"), m.group("a")
            if _subsequence(acronym[:3].lower(), re.sub(r"[^a-z0-9]", "", phrase)) and not _vetoes()[1].search(phrase) \
                    and acronym.lower() not in lexicon.institutions and acronym.lower() not in lexicon.name_stopwords \
                    and not _vetoes()[0].search(acronym):
                value = self._value(doc, acronym, m.start("a"))
                value.update(description=phrase, listed_acronym=True)
                out.append((m.start("a"), m.end("a"), value))
        for m in ACRONYM_DEF.finditer(text):
            a, b = sentence_of(doc, m.start())
            # "JAKARTA (SurabayaPost.id) –", "JAKARTA (TEROPONGSENAYAN) -": a dateline names the outlet, not what the
            # capitals stand for
            dateline = re.match(r"[ \t]*[-–—]", text[m.end():]) is not None and (
                m.start() == 0 or text[m.start() - 1] == "\n")
            if self.topic.search(text[a:b]) and not dateline \
                    and not re.search(r"\w\.(?:id|com|co|net|org)\b", m.group("d")):
                value = self._value(doc, m.group("a"), m.start())
                value["description"] = m.group("d").strip()
                value["covers"] = m.end()  # "TERMANIS (Sistem Informasi ... Online)": the bracket names no other item
                out.append((m.start("a"), m.end("a"), value))
        for m in self.type_apposed.finditer(text):
            add(m, False)
        # "tiga program ..., yakni e-pajak, e-retribusi pasar dan Siswa Winasis": the items of a list a count of apps
        # or programmes announces are apps, not people
        counted = {a.end() for a in self.announced.finditer(text)}
        for pattern, needs_topic in ((self.after_namer, False), (self.after_type, False), (self.after_capital_type, False),
                                     (self.after_verb, True), (self.after_list, True), (self.after_lower_items, True)):
            typed = pattern in (self.after_type, self.after_capital_type)
            for m in pattern.finditer(text):
                if pattern is self.after_capital_type and not _after_lower_word(text, m.start()):
                    continue
                if pattern is self.after_list and (self.backed.search(text[max(0, m.start() - 40):m.start()])
                                                   or self.parts_before.search(text[max(0, m.start() - 30):m.start()])
                                                   or self._places_listed(text, m.start())):
                    continue
                # "program Layad Rawat": a name right after its type word is no person ("praktisi sistem informasi
                # Hari Singgih" is one: words come between)
                group = "q" if m.groupdict().get("q") else "c"
                # "program prioritas nasional seperti ...": the central government's programmes, not the region's
                if self.national.search(text[max(0, m.start() - 50):m.start(group)]) or self.aim.search(
                        text[max(0, m.start() - 60):m.start(group)]):
                    continue
                direct = pattern is self.after_type and m.group(group) is not None and \
                    self.topic.fullmatch(text[m.start():m.start(group)].rstrip(" \t“\"‘")) is not None
                # ... nor is one after its type word and what the thing does ("aplikasi pemesanan kamar X"), unless a
                # role comes before the type word ("praktisi sistem informasi Rudi": the person's field)
                # (not after a demonstrative: "Pemateri forum ini Budi Santoso" names the speaker, the forum is told)
                described_type = pattern is self.after_type and m.group(group) is not None and not direct and \
                    _person_cues()[0].search(text, max(0, m.start() - 40), m.start()) is None and \
                    DEMONSTRATIVE.search(text, m.start(), m.start(group)) is None
                apps = pattern is self.after_list and m.group(group) is not None and \
                    counted.intersection((m.start(group), m.start(group) - 1)) != set()
                # "sistem pemantauan air laut di Selat X bernama X Ocean Watch": a name a type word and what it does
                # announce is the thing's, not a person read into it
                typed_namer = pattern is self.after_namer and self.type_before_namer.search(
                    text, max(0, m.start() - 90), m.start()) is not None
                # ... whose type word and describing words describe it ("layanan dokter keliling desa X": what the
                # classifier reads rather than the sentence of all the items)
                told_before = text[m.start():m.start(group)].strip(" \t“\"‘'") if described_type else None
                told_before = told_before if told_before and len(self.topic.findall(told_before)) == 1 else None
                # ... as are the words that say what a list's first item is ("mulai dari aduan warga X, ...")
                told_before = told_before or (m.group("u") if pattern is self.after_list else None)
                # ... not the words of a list cue ("inovasi lokal seperti X") nor an adverb ("Ada juga X")
                told_before = None if told_before and self.told_nothing.search(told_before) else told_before
                add(m, needs_topic, told_before, acronym_ok=typed, apps=direct or described_type or apps or typed_namer,
                    named=typed or pattern is self.after_namer)
                first = m.group("q") or m.group("c")
                # "distrik yaitu Distrik A, B dan C": a list that starts with a place or a body lists no programmes
                if pattern is self.after_list:
                    if first is not None and _clean(first) is not None:
                        self._continue_list(doc, m.end(), add, first, apps=apps)
                    continue
                # "program TOPS (...) dan B": a name with its expansion in brackets goes on with "dan" too
                expanded = EXPANSION_THEN_ITEM.match(text, m.end()) is not None or (
                    (first or "").endswith(")") and AND_NEXT.match(text, m.end()) is not None)
                # ... and an acronym of four letters or five, which names an app after its type word, may open the
                # list ("program WAJAR, Jiku Bata dan ...")
                acronym = first is not None and re.fullmatch(r"[A-Z]{4,5}", first) is not None
                # "memaparkan Kepo (dokter keliling), SiBling (...) dan ...": after a verb, a name with its expansion
                # in brackets opens a list as well
                if (typed or expanded and pattern is self.after_verb) and (
                        text[m.end():m.end() + 1] == "," or expanded or SERVES_SECTOR.match(
                        text, m.end()) or FOR_THEN_ITEM.match(text, m.end()) or DESCRIBED_ITEM.match(text, m.end()) and self.listed.search(
                        text, max(0, m.start() - 40), m.start())) \
                        and first is not None and _clean(first, acronym) is not None:
                    # "lewat superapp Halo Kota, Satu Peta dan Kanal Aduan": the names after the first go on
                    self._continue_list(doc, m.end(), add, first, apps=True)
        for m in self._opening_names(doc, text):
            add(m, False, acronym_ok=True)
        out += self._named_after_region(doc, places)
        out += self._announced(doc)
        out += self._counted_lower(doc)
        out += self._glossed_lower(doc)
        out += self._acronym_lists(doc)
        for m in self.defined.finditer(text):
            add(m, False)
        for m in self.after_ordinal.finditer(text):
            # the count is announced before its items ("5 quick wins ... Pertama, ..."): look back a paragraph
            # ... or tells what the item is right after it ("Pertama adalah Klik X. Ini berupa portal ...")
            a, b = sentence_of(doc, m.start())
            b = sentence_of(doc, b + 1)[1] if b + 1 < len(text) else b
            if self.topic.search(text[max(0, a - 400):b]):
                add(m, False)
        for m in EXPANDED.finditer(text):
            # "Dan Faba (...)": the name may be the second word only
            second = re.match(r"\S+[ \t]+", m.group("c"))
            for match in (m, EXPANDED.match(text, m.start() + second.end()) if second else None):
                if match is not None and self._expands(doc, match):
                    add(match, False, match.group("d").strip())
                    out[-1][2]["covers"] = match.end()
                    break
        for m in self.launched.finditer(text):
            add(m, False)
        for m in [*self.quoted.finditer(text), *QUOTED_ASCII.finditer(text)]:
            if len(m.group("q").split()) <= 5 and m.group("q")[:1].isupper() and not self.spoken.match(text, m.end()):
                add(m, True)
        for m in [*self.self_named[0].finditer(text),
                  *self.self_named[1].finditer(text, _scan_from(self.self_named_cue, text))]:
            # with no other cue, "di Indramayu Command Center", "oleh IMD World Competitiveness Center" are a venue and
            # a body, and "(Smart City and) Community Innovation Center (SCCIC)" the end of a longer name; a name a
            # marker word opens is neither ("tidak lepas dari Festival X")
            acronym = ACRONYM_AFTER.match(text, m.end())
            if m.re is self.self_named[1] and SELF_NAMED_BODY.search(
                    text[max(0, m.start() - 20):m.start()]) and not self.controlled.search(
                    text[max(0, m.start() - 30):m.start()]) or SELF_NAMED_PUBLISHER.match(
                    text, m.end()) or (
                    acronym and len(acronym.group("a")) > len(m.group(0).split())):
                continue
            # "Taman Digital Siantar", "Nusantara Digital Award": the name may go on by one capitalised word; a longer
            # run of them is a title-case headline or a longer name the marker word does not end
            more = NAME_WORD_AFTER.match(text, m.end()) or PHONE_AFTER.match(text, m.end())
            if more and CAPITAL_AFTER.match(text, more.end()):
                continue
            end = more.end() if more else m.end()
            if self._generic_facility(text[m.start():end]) or _stands_as_heading(text, m.start(), end):
                continue
            out.append((m.start(), end, self._value(doc, text[m.start():end], m.start())))
        return out

    def _typed_lists(self, doc: Doc) -> list[tuple[int, int, dict[str, Any]]]:
        """"meliputi Aplikasi A (...), penataan X dengan konsep Y, Program B, serta Program C": the items of a list
        that names the type of each, when another item is an app (not a programme) or an innovation cue opens the
        list; the name follows the type word."""
        text = text_of(doc)
        out = []
        for sentence in doc.sents:
            a, b = sentence.start_char, sentence.end_char
            # brackets describe an item: their commas part no items
            masked = re.sub(r"\([^()\n]*\)", lambda m: "(" + "_" * (len(m.group(0)) - 2) + ")", text[a:b].rstrip(" \t\n.;"))
            bounds = [0, *(x for g in TYPED_GAP.finditer(masked) for x in (g.start(), g.end())), len(masked)]
            typed = [TYPED_ITEM.search(masked, bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
            run = [m for m in typed if m is not None]
            # the typed items follow one another, a concept's item among them
            first = next((k for k, m in enumerate(typed) if m is not None), 0)
            last = max((k for k, m in enumerate(typed) if m is not None), default=0)
            if len(run) < 3 or any(m is None for m in typed[first:last + 1]):
                continue
            apps = any(m.group("t") not in (None, "Program") for m in run)
            if not (apps or INNOVATION_CUE.search(masked, 0, run[0].start())):
                continue
            for m in run:
                start, name = a + m.start("n"), m.group("n")
                second = re.match(r"(\S+)[ \t]+", name)
                if second is not None and second.group(1).lower() in self.type_words:
                    start, name = start + second.end(), name[second.end():]  # "Aplikasi Website E-Commerce X"
                value = self._value(doc, name, start)
                value.update(in_list=True, apps=True)
                out.append((start, start + len(name), value))
        return out

    def _acronym_lists(self, doc: Doc) -> list[tuple[int, int, dict[str, Any]]]:
        """"... memakai sistem informasi atau aplikasi. Seperti SIMPEL, e-Planing, SIMDA dan banyak lainnya.": the
        acronyms among three names or more a list word opens, after "aplikasi" or "sistem" in its sentence or the one
        before (a body's or a region's acronym is none)."""
        text = text_of(doc)
        lexicon = load_lexicon()
        out = []
        for cue in self.list_cue.finditer(text):
            a, b = sentence_of(doc, cue.start())
            before = sentence_of(doc, a - 1)[0] if a > 0 else a
            # "didukung lembaga seperti ...": the bodies backing it
            if not APPS_TOPIC.search(text, before, cue.start()) or self.backed.search(
                    text, max(before, cue.start() - 40), cue.start()):
                continue
            items, at = [], cue.end()
            for gap in [*ITEM_GAP.finditer(text, cue.end(), b), None]:
                item = text[at:gap.start() if gap else b].rstrip(" \t\n.;")
                if re.fullmatch(NAME_WORD, item) is None:
                    break
                items.append((at, item))
                if gap is None:
                    break
                at = gap.end()
            if len(items) < 3:
                continue
            for start, item in items:
                lower = item.lower()
                if ACRONYM_ITEM.fullmatch(item) and lower not in lexicon.name_stopwords and \
                        lower not in lexicon.institutions and not _vetoes()[0].search(item):
                    value = self._value(doc, item, start)
                    value.update(in_list=True, apps=True, listed_acronym=True)
                    out.append((start, start + len(item), value))
        return out

    def _generic_facility(self, name: str) -> bool:
        """"Pembangunan Command Center", "9 Command Center Baru": a facility any region may build, with only generic
        words around it, names none by itself (a list of programmes may still name it); a phone number after it
        names it ("Call Center 112")."""
        words = name.lower().split()
        core = " ".join(w for k, w in enumerate(words) if w not in self.generic and not (
            w.isdigit() and (k == 0 or re.fullmatch(PHONE, w) is None)))
        return core in self.facilities

    def _expands(self, doc: Doc, m: re.Match[str]) -> bool:
        """"Faba (Pemanfaatan ... Fly Ash dan Bottom Ash)": the name's letters are read, in order, in the bracket from
        the first letter of one of its words; a lower-case name needs a type word right before it, a capitalised one
        a sentence about innovations."""
        name, expansion = m.group("c"), m.group("d")
        letters, spelled = re.sub(r"[^a-z]", "", name.lower()), expansion.lower()
        # "Dinsos (Dinas Sosial)": a body's short name is no programme
        if len(letters) < 4 or name.split()[0].lower() in self.not_a_name or _vetoes()[1].search(expansion):
            return False
        # "Cara Cerdas (Kota Cerdas)": a bracket that repeats the name glosses it, it spells out nothing
        if re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", spelled):
            return False
        starts = [w.start() for w in re.finditer(r"\b[a-z]", spelled) if spelled[w.start()] == letters[0]]
        if not any(_subsequence(letters, re.sub(r"[^a-z]", "", spelled[i:])) for i in starts):
            return False
        if name[:1].islower():
            return re.search(rf"\b(?:{'|'.join(map(re.escape, self.type_words))})[ \t]+$",
                             text_of(doc)[max(0, m.start() - 30):m.start()], re.IGNORECASE) is not None
        a, b = sentence_of(doc, m.start())
        return self.topic.search(text_of(doc)[a:b]) is not None

    def _representing(self, doc: Doc) -> list[tuple[int, int, dict[str, Any]]]:
        """Lower-case items right before "yang mewakili <dimension>", filed under that dimension."""
        text = text_of(doc)
        if "mewakili" not in text:
            return []  # every match holds the word, which few texts have: a scan of the text for nothing
        starts = {d.start_char: d._.value["name"] for d in spans_of(doc, "dimensions")}
        out = []
        for m in REPRESENTS.finditer(text):
            if m.end() not in starts:
                continue
            for group in ("c", "c2"):
                if m.group(group):
                    value = self._value(doc, m.group(group), m.start(group))
                    value.update(dimension=starts[m.end()], dimension_source="stated", listed=True)
                    out.append((m.start(group), m.end(group), value))
        return out

    def _announced(self, doc: Doc) -> list[tuple[int, int, dict[str, Any]]]:
        """"tiga aplikasi, yakni e-lapak, cafe layanan digital dan petung desa 2.0": the lower-case items of a list a
        count of apps or programmes announces, and the capitalised ones among them ("empat layanan, yakni ronda
        warga, DesaKu, Peta Pintar dan ..."; a list that opens with a capitalised one is read elsewhere)."""
        text = text_of(doc)
        out: list[tuple[int, int, dict[str, Any]]] = []
        for m in self.announced.finditer(text):
            _, sentence_end = sentence_of(doc, m.end())
            rest = re.split(r"[.;:](?!\d)|[\n”\"]", text[m.end():sentence_end])[0]
            first = len(out)
            for item in re.finditer(r"[^,]+", re.sub(r"\s(?:dan|serta)\s", lambda g: ",    "[:len(g.group(0))], rest)):
                words = re.split(r"\s+(?:yang|untuk|di|sebagai|dengan|oleh|dari)\s", item.group(0))[0].strip()
                named = len(out) > first and NAME_ITEM.fullmatch(words) is not None
                if not (ANNOUNCED_ITEM.fullmatch(words) or named):
                    break
                start = m.end() + item.start() + item.group(0).index(words)
                out.append((start, start + len(words), {**self._value(doc, words, start), "apps": named}))
        return out

    def _opening_names(self, doc: Doc, text: str) -> Iterator[re.Match[str]]:
        """"Program Desa Sehat dimulai ...", "Selain itu, Aplikasi X bisa ...": a type word opening a sentence (or
        after a connective), its name and a clause in lower case; no common compound or body (opening_not words) and
        no single common word, an adjective of the type word ("Aplikasi Khusus pegawai ...")."""
        for m in self.opening_type.finditer(text):
            words = m.group("c").lower().split()
            if OPENING_CLAUSE.fullmatch(text, sentence_of(doc, m.start())[0], m.start()) and \
                    not self.opening_not.intersection(words) and \
                    not (len(words) == 1 and words[0] in load_lexicon().common_words):
                yield m

    def _named_after_region(self, doc: Doc, places: set[str]) -> list[tuple[int, int, dict[str, Any]]]:
        """"aplikasi lapor bantul", "portal laporwalikotapalu", "aplikasi klatenpintar": a lower-case name after a type
        word that ends with the region's name, as a word of its own or joined to the words before or after it; and
        "aplikasi sipandu untuk ...": one word of an app's shape, alone before a clause (see `app_shaped`)."""
        out = []
        for m in self.lower_after_type.finditer(text_of(doc)):
            words = m.group("c").split()
            joined = any((words[0].endswith(p) or words[0].startswith(p)) and len(words[0]) >= len(p) + 4
                         for p in places if " " not in p) or self.app_shaped(m, words)
            cut = 1 if joined else next((n for n in range(2, len(words) + 1) if words[n - 1] in places), None)
            if cut is not None:
                name = " ".join(words[:cut])
                out.append((m.start("c"), m.start("c") + len(name), self._value(doc, name, m.start("c"))))
        for m in self.described_lower_app.finditer(text_of(doc)):
            if _app_shaped_word(m.group("c")):
                out.append((m.start("c"), m.end("c"), self._value(doc, m.group("c"), m.start("c"))))
        return out

    def app_shaped(self, m: re.Match[str], words: list[str]) -> bool:
        """"aplikasi sipandu untuk ...", "melalui aplikasi siizin milik ...": after an app's type word, one word of an
        app's shape (`_app_shaped_word`), ending the phrase or followed by a clause word."""
        return self.app_type.search(m.group(0), 0, m.start("c") - m.start()) is not None and \
            _app_shaped_word(words[0]) and (len(words) == 1 or words[1] in CLAUSE_WORDS)

    def _counted_lower(self, doc: Doc) -> list[tuple[int, int, dict[str, Any]]]:
        """"Kedua, aplikasi X. ... Ketiga, gerakan bangga menanam.": an item of a counted list of programmes that is a
        type word and a lower-case name, the whole sentence (innovations named in the paragraph before it)."""
        text = text_of(doc)
        out = []
        for m in self.counted_lower.finditer(text):
            lower = self.typed_lower.fullmatch(m.group("t"))
            if lower is None:
                continue
            a, b = sentence_of(doc, m.start())
            if INNOVATION_CUE.search(text, max(0, a - 800), b):
                start = m.start("t") + lower.start("c")
                out.append((start, start + len(lower.group("c")), self._value(doc, lower.group("c"), start)))
        return out

    def _glossed_lower(self, doc: Doc) -> list[tuple[int, int, dict[str, Any]]]:
        """"mulai CCTV, enjoy rembang (portal tentang wisata), ...": a list item in lower case whose bracket opens with
        a type word (not a gerund: "pendaftaran (layanan ...)" is an activity); the bracket describes it."""
        out = []
        for m in GLOSSED_LOWER.finditer(text_of(doc)):
            name = m.group("c")
            if m.group("t") in self.type_words and ACTIVITY.fullmatch(name.split()[0]) is None:
                value = self._value(doc, name, m.start("c"))
                value["description"] = m.group(0)[m.end("c") - m.start(0):].strip(" \t()")  # what the bracket says
                out.append((m.start("c"), m.end("c"), value))
        return out

    def _continue_list(self, doc: Doc, at: int, add: Any, previous: str, apps: bool = False) -> None:
        """Later items of a list: ", Y dan Z" right after the first item, `previous` (`apps`: of a list of apps)."""
        text = text_of(doc)
        sentence_start, sentence_end = sentence_of(doc, at)
        told = False  # whether the last item was told by its describing words
        while at < sentence_end:
            described = DESCRIBED_ITEM.match(text, at, sentence_end)
            gap = LIST_GAP_WORDS.match(text, at, sentence_end)
            cursor = described.end() if described else (gap.end() if gap else at)
            # ... whose own clause ends the list ("dan portal X yang memuat informasi wisata A dan B": its objects)
            cursor = at if told else cursor
            m = self.list_item.match(text, cursor)
            if m is None:
                # "mulai dari A, B hingga C": a list that a "mulai" opens ends with "hingga"
                m = LIST_UNTIL.match(text, at) if FROM_FIRST.search(text, sentence_start, at) else None
            description = None
            if m is None:
                m = self.described_item.match(text, at, sentence_end) or self.described_item.match(text, cursor)
                # ("..., hingga informasi lowongan kerja C": "hingga" ends the list, it says nothing of C)
                description = UNTIL_WORD.sub("", m.group("d")) if m else None
            if m is None and FROM_FIRST.search(text, sentence_start, at):
                # "mulai dari A, pendaftaran berobat di RSUD, hingga informasi lowongan kerja C": items with no name
                # (a verb among their words) come before the one "hingga" ends the list with
                m = self.until_item.search(text, at, sentence_end)
                m = m if m is not None and UNNAMED_ITEMS.fullmatch(text, at, m.start()) else None
                description = m.group("d") if m else None
            if m is None:
                return
            told = description is not None
            # "Ada SIPADU, Sistem Informasi Pelayanan Terpadu, yang ...": the words an acronym stands for are no
            # other item
            name = m.groupdict().get("q") or m.group("c")
            # ... unless they start with it ("PANADA, PANADA TANTE IVA": another app of the same family)
            if not (re.fullmatch(r"[A-Z][A-Z0-9-]{2,}", previous) and _defines_acronym(f"{name} ({previous})")
                    and name.split()[0] != previous):
                add(m, True, description, apps=apps, in_list=True)
            previous, at = name, m.end()

    @staticmethod
    def _files_back(doc: Doc, at: int) -> bool:
        """Whether the dimension at `at` files the name right before it ("Sapa Warga untuk smart governance"), which
        a connective is not ("Selanjutnya untuk dimensi smart branding, yaitu ...")."""
        m = FILES_BACK.search(text_of(doc), max(0, at - 60), at)
        return m is not None and not _opening_connective(doc, m.group(0).split()[0].rstrip("("), m.start())

    def _value(self, doc: Doc, name: str, at: int) -> dict[str, Any]:
        """The item's value; its dimension is the one the sentence names last before it, or the only one named
        after it when no other item comes between ("..., dan Smart Branding yakni Y" files Y, not the item)."""
        start, end = sentence_of(doc, at)
        text = text_of(doc)
        inside = [d for d in spans_of(doc, "dimensions") if start <= d.start_char < end]
        before = [d for d in inside if d.end_char <= at]
        after = [d for d in inside if d.start_char >= at + len(name)]
        dimension = None
        continues = CONTINUES.match(text, start)
        if not before and continues is not None and start > 0 and not NEW_CLAUSE.match(text, continues.end(), at):
            # "Kemudian aplikasi X ...": a sentence that goes on with the previous one's list keeps its dimension
            previous_start, _ = sentence_of(doc, start - 1)
            before = [d for d in spans_of(doc, "dimensions") if previous_start <= d.start_char < start]
        if after and FILES_FORWARD.fullmatch(text, at + len(name), after[0].start_char):
            dimension = after[0]._.value["name"]
        elif FILES_UNNAMED.match(text, at + len(name)):
            dimension = None
        elif before and not _switches().search(text, before[-1].end_char, at) and not self._files_back(
                doc, before[-1].start_char) and not _beside_dimensions(
                text, before, at) and not _after_its_brackets(text, before[-1], at) and not _paired(text, before):
            dimension = before[-1]._.value["name"]
        elif len({d._.value["name"] for d in after}) == 1 and not re.search(
                r"\b(?:dan|serta|kemudian|sedangkan|sementara)\b|[;,]", text[at + len(name):after[0].start_char]):
            dimension = after[0]._.value["name"]
        elif not inside:
            dimension = _paragraph_heading(doc, start)
        return {"name": name, "description": None, "dimension": dimension,
                "dimension_source": "stated" if dimension else None}


# a line announcing a list ("... meliputi:", "... sebagai berikut:"; not a menu's "Layanan:"), and a line of a list
# opening with its mark ("- ", "• ", "3. ")
ANNOUNCING_LINE = re.compile(r"^(?P<l>[^\n:]{10,200}+):[ \t]*+\n", re.MULTILINE)
ANNOUNCES = re.compile(r"\b(?:yaitu|yakni|adalah|ialah|meliputi|antara[ \t]+lain|di[ \t]*antaranya|berikut(?:[ \t]+ini)?|seperti)"
                       r"[ \t]*$", re.IGNORECASE)
# ... or a heading line that counts them, no colon after it ("7 INOVASI KOTA X", "Lima Program Unggulan"; probe of
# real shapes, 2026-12-08)
DEFINING_WORD = re.compile(r"^(?:yaitu|yakni|adalah|ialah|merupakan)[ \t]+")
COUNTING_LINE = re.compile(r"^(?P<l>(?:\d{1,2}|[A-Z][a-z]+)[ \t]++[^\n:.,;]{3,60}+)\n", re.MULTILINE)
BULLET_LINE = re.compile(r"[ \t]*+(?:[-–•*·]|\d{1,2}[.)])[ \t]++[^\n]++\n?")


def _in_headline_ticker(text: str, at: int) -> bool:
    """Whether the line holding `at` is a site's ticker of other headlines, each after its hour ("18:00 . Judul A   |
    17:00 . Judul B"): page chrome, not this article's news."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:len(text) if end == -1 else end]
    return "|" in line and len(TICKER_ITEM.findall(line)) >= 2


def _paired(text: str, before: list[Span]) -> bool:
    """"dimensi Smart Governance dan Smart Living diapresiasi, terutama lewat A dan B": the last dimension before the
    item is joined by "dan" to the one before it; which of the two files the item the text does not say (blind m54)."""
    return len(before) > 1 and PAIR_GAP.fullmatch(text, before[-2].end_char, before[-1].start_char) is not None


def _after_its_brackets(text: str, dimension: Span, at: int) -> bool:
    """"Smart Living (Posyandu Digital, Ambulans Desa) dan Festival X": the dimension's items are in the brackets after
    it, and a name after them is not filed there (a bracket in lower case translates it: "smart governance (tata
    kelola) menominasikan A")."""
    brackets = DIMENSION_BRACKETS.match(text, dimension.end_char)
    return brackets is not None and brackets.end() <= at and brackets.group("items")[:1].isupper()


def _beside_dimensions(text: str, before: list[Span], at: int) -> bool:
    """"meluncurkan Smart Governance, Smart Economy, dan Call Center 112": an item listed after the dimensions, as
    their peer, is not filed under the last of them; so is one joined to a dimension by "dan" ("Smart Living dan
    aplikasi X")."""
    gap = PEER_GAP.fullmatch(text, before[-1].end_char, at)
    if gap is None:
        return False
    if gap.group("joined") or gap.group("joined2"):
        return True
    return len(before) > 1 and PEER_GAP.fullmatch(text, before[-2].end_char, before[-1].start_char) is not None


def _file_from_previous_sentence(doc: Doc, found: list[tuple[int, int, dict[str, Any]]]) -> None:
    """"Pada dimensi Smart Governance ada 10 kegiatan. Di antaranya A, B dan C.": the items of a list in a sentence
    naming no dimension are filed under the one dimension the sentence before names, when that sentence names no item
    (its dimension files no other programme), unless the list's sentence names regions and that sentence another
    ("Kota B menerima kategori Smart Economy. Bupati A menyebut X dan Y": A's programmes, not B's; blind m161)."""
    dimensions = spans_of(doc, "dimensions")
    regions = spans_of(doc, "regions")

    def regions_in(start: int, end: int) -> set[str]:
        return {r._.value["name"] for r in regions if start <= r.start_char < end}

    by_sentence: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for start, _, value in found:
        by_sentence.setdefault(sentence_of(doc, start), []).append(value)
    for (start, end), values in by_sentence.items():
        if len(values) < 2 or start == 0 or any(v["dimension"] for v in values) or any(
                start <= d.start_char < end for d in dimensions):
            continue
        previous = sentence_of(doc, start - 1)
        named = {d._.value["name"] for d in dimensions if previous[0] <= d.start_char < previous[1]}
        if len(named) == 1 and previous not in by_sentence and not _other_regions(regions_in(*previous), regions_in(start, end)):
            dimension = next(iter(named))
            for value in values:
                value.update(dimension=dimension, dimension_source="stated")


def _other_regions(before: set[str], here: set[str]) -> bool:
    """The sentence before names a region and this one names regions, none of them that one."""
    return bool(before and here and not before & here)


# "meraih penghargaan ... untuk kategori dimensi Smart Branding": the words before the dimension an award is for;
# "penghargaan itu tidak lepas dari X": a sentence crediting that award
AWARD_CATEGORY = re.compile(r"\bkategori[ \t]+(?:dimensi[ \t]+)?$", re.IGNORECASE)
THAT_AWARD = re.compile(r"\bpenghargaan[ \t]+(?:itu|tersebut|ini)\b", re.IGNORECASE)


def _file_by_award(doc: Doc, found: list[tuple[int, int, dict[str, Any]]]) -> None:
    """"X meraih penghargaan untuk kategori dimensi Smart Branding. ... Penghargaan itu tidak lepas dari Festival Y":
    an item a sentence credits for the award, filed nowhere else, is filed under the award's category (the first
    one the text names; blind m98)."""
    text = text_of(doc)
    category = next((d for d in spans_of(doc, "dimensions")
                     if AWARD_CATEGORY.search(text, max(0, d.start_char - 30), d.start_char)
                     and "penghargaan" in text[slice(*sentence_of(doc, d.start_char))].lower()), None)
    if category is None:
        return
    for start, _, value in found:
        a, b = sentence_of(doc, start)
        if value["dimension"] is None and a > category.end_char and THAT_AWARD.search(text, a, b):
            value.update(dimension=category._.value["name"], dimension_source="stated")


def _paragraph_heading(doc: Doc, at: int) -> str | None:
    """"Smart Governance" on a line of its own, then a paragraph of prose: the dimension that heads the paragraph
    holding `at` (the line right above it, blank lines apart); a run of such lines lists the pillars, it heads
    nothing."""
    text = text_of(doc)
    heading = _lone_dimension(doc, text.rfind("\n", 0, at) + 1)
    if heading is None or _lone_dimension(doc, text.rfind("\n", 0, heading.start_char) + 1) is not None:
        return None
    return heading._.value["name"]


def _lone_dimension(doc: Doc, line_start: int) -> Span | None:
    """The dimension that fills the last line with text before `line_start`, alone or after a list mark."""
    text = text_of(doc)
    end = len(text[:line_start].rstrip())
    start = text.rfind("\n", 0, end) + 1
    dimension = next((d for d in spans_of(doc, "dimensions") if start <= d.start_char < end), None)
    if dimension is None or text[start:dimension.start_char].strip(" \t-•*0123456789.)") or \
            text[dimension.end_char:end].strip(" \t:"):
        return None
    return dimension


def _short_form_after(name: str) -> bool:
    """"Juara Wirausaha Desa (Jawara Desa)": a name with its short form in brackets, opening with the same letter (a
    list of programmes, not of people)."""
    m = SHORT_FORM.search(name)
    return m is not None and m.group("s")[0] == name[0]


def _opening_connective(doc: Doc, name: str, start: int) -> bool:
    """"Terlebih, program ini ...", "Selanjutnya untuk dimensi smart branding ...": a common word in lower case elsewhere,
    opening its sentence, is a connective, whatever the word (data/common_words.txt); one in capitals is an app's
    ("SINERGI, ...")."""
    return " " not in name and not name.isupper() and name.lower() in load_lexicon().common_words and \
        SENTENCE_OPEN.fullmatch(text_of(doc), sentence_of(doc, start)[0], start) is not None


def _after_lower_word(text: str, at: int) -> bool:
    """A word in lower case, not a conjunction, right before `at` ("dengan Aplikasi ...", not "Jenderal Aplikasi ..."
    nor "dan Aplikasi ...")."""
    m = re.search(r"(?<![\w-])([a-z]+),?[ \t]+$", text[max(0, at - 30):at])
    return m is not None and m.group(1) not in ("dan", "serta", "atau")


def _split_joined_items(items: list[tuple[int, int, dict[str, Any]]],
                        not_a_name: frozenset[str] | set[str]) -> list[tuple[int, int, dict[str, Any]]]:
    """Each item named "A B dan C D" as two items, "A B" and "C D", both with its dimension; not a body's name
    ("Menteri Komunikasi dan Informatika RI"), which is no item whole or in parts."""
    out = []
    for start, end, value in items:
        m = JOINED.fullmatch(value["name"]) or _joined_app(value["name"])
        # "Sistem Informasi Jalan dan Jembatan (SIJJ)": a bracket the second part does not define alone is the whole's
        bracket = m is not None and (m.group("b") or "").endswith(")") and (
            not _defines_acronym(m.group("b")) or _defines_acronym(value["name"]))
        if m is None or bracket or _clean(value["name"]) is None or value["name"].split()[0].lower() in not_a_name:
            out.append((start, end, value))
            continue
        for k, part in enumerate(g for g, v in m.groupdict().items() if v is not None):
            # what is told after the pair describes the second
            described_here = value["description"] if k == 1 else None
            out.append((start + m.start(part), start + m.end(part),
                        {**value, "name": m.group(part), "description": described_here}))
    return out


def _joined_app(name: str) -> re.Match[str] | None:
    """"Sikadu dan Simpeg Online", "Lapak Warga dan Sipeka": one word of an app's shape (data/innovation_words.csv,
    app_shape; no common word) joined by "dan" to a longer name, as two items ("Hibah dan Bansos" stays one)."""
    m = JOINED_ONE.fullmatch(name)
    if m is None:
        return None
    return m if _app_shaped_word((m.group("a") or m.group("b2")).lower()) else None


@lru_cache(maxsize=1)
def _app_shape() -> re.Pattern[str]:
    return re.compile("|".join(_words("app_shape")))  # regular expressions, not words


@lru_cache(maxsize=1)
def _app_name_shape() -> re.Pattern[str]:
    return re.compile("|".join(_words("app_name")))  # regular expressions, not words


def _app_named(name: str) -> bool:
    """A capitalised name of an app's shape ("Si Tanggap", "SiKeluh": data/innovation_words.csv, app_name), which no
    person bears."""
    return _app_name_shape().match(name) is not None


def _app_shaped_word(word: str) -> bool:
    """One lower-case word of an app's shape (data/innovation_words.csv, app_shape), no common word nor a verb or an
    activity ("siapkan", "simulasi")."""
    return _app_shape().fullmatch(word) is not None and word not in load_lexicon().common_words and \
        not word.endswith(("kan", "asi"))


def _is_heading(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if HEADING_GAP.match(after) is not None and len(before.split()) <= 12:
        return True
    return before.strip(" -•*0123456789.)") == "" and after.lstrip().startswith(":")


def _stands_as_heading(text: str, start: int, end: int) -> bool:
    """The phrase fills a line of its own between a sentence that ends and a paragraph of prose: the heading of a
    section ("Transformasi Digital Pelayanan" above what the region did), not a programme the text names."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if text[line_start:start].strip(" \t") or text[end:line_end].strip(" \t"):
        return False
    before = text[max(0, line_start - 300):line_start].rstrip()
    if before[-1:] not in (".", "!", "?", "”", '"') and (before or line_start >= 300):
        return False
    after = NEXT_LINE.match(text, line_end)
    line = after.group("l").rstrip() if after else ""
    return len(line.split()) >= 6 and line.endswith((".", "!", "?", "”", '"'))


def _section_end(text: str, start: int) -> int:
    """End of the last heading's items: the first blank line or prose sentence after them."""
    blank = text.find("\n\n", start + 1)
    end = len(text) if blank == -1 else blank
    for m in re.finditer(r"\n", text[start:end]):
        line_end = text.find("\n", start + m.end())
        line = text[start + m.end(): line_end if line_end != -1 else end]
        if len(line.split()) >= 8 and line.rstrip().endswith("."):
            return start + m.start()
    return end


# "dan perizinan daring SiPINTER": an item of a heading's line that opens with the words describing its name
LOWER_WORDS_ONLY = re.compile(r"[a-z][a-z-]*+(?:[ \t]++[a-z][a-z-]*+){0,7}+")
LOWER_RUN = re.compile(r"(?:[a-z][a-z-]*+[ \t]++){1,6}+")
REGION_SHORT = re.compile(r"[ \t]*\((?P<s>[A-Z][A-Za-z]{2,11})\)")
AFTER_AND = re.compile(r"[ \t]*(?:dan|serta)[ \t]")
DESCRIBED_NAME = re.compile(rf"(?P<d>(?!(?:dan|serta|yang)\b)[a-z][a-z-]+(?:[ \t]+[a-z][a-z-]+){{0,3}})[ \t]+(?P<n>{NAME})")
# the end of the name a heading's line opens: a bracket, a dash or a clause word
HEAD_END = re.compile(r"(?<!\s)(?:\s*+[:(,]|\s++(?:[–-]|dari|untuk|yang|berupa)\s)\s*")
# ... or, after a capitalised name, a verb of the sentence the line is ("Aplikasi Sikep menjadi andalan pelayanan.")
# ("berbasis", based on, is no verb: "ambulans desa berbasis panggilan X")
LINE_VERB = re.compile(r"\b(?!berbasis\b)(?:me|ber|ter|di(?!gital\b))[a-z]{3,}")
SENTENCE_VERB = re.compile(r"[ \t](?=(?:menjadi|merupakan|adalah|ialah|telah|sudah|mem|men|meng|meny)[a-z]*[ \t])")


def _items(block: str) -> list[tuple[int, int, str, str | None]]:
    """Split a heading's block into (start, end, name, description) items."""
    items: list[tuple[int, int, str, str | None]] = []
    told: str | None = None
    one_line = not ("\n" in block.strip() or ";" in block)
    # a one-line block lists items with commas, "dan" and "serta"; otherwise an item is a line (or a ";" part)
    # ... not inside brackets ("SiPELANDUK (Sistem Pelaporan Kebakaran Hutan dan Lahan)")
    separators = r"(?:\([^()\n]*\)|(?!\s(?:dan|serta)\s)[^\n;•,(]|\()+" if one_line else r"[^\n;•]+"
    for part_match in re.finditer(separators, block):
        offset, part = part_match.start(), part_match.group(0)
        # a list mark opens the part ("1) ", "- "); a bracket closes it only where one opened ("Warga (CAMAR)")
        stripped = part.lstrip(" :-–•*\t0123456789.)").rstrip(" :-–•*\t0123456789.")
        if stripped.endswith(")") and stripped.count(")") > stripped.count("("):
            stripped = stripped[:-1].rstrip()
        stripped = re.sub(r"^(?:dan|serta)\s+", "", stripped)
        stripped = re.sub(r"^(?:aplikasi|program|layanan|inovasi|sistem)\s+(?=[A-Z])", "", stripped)
        typed = stripped.split(" ", 1)[0] in _words("type")
        # ... or the line's only item, told by words that hold no verb ("Smart Economy: pasar sayur daring X.")
        opens = AFTER_AND.match(part) or typed if items else typed or (
            one_line and stripped == block.strip(" \t:.") and not LINE_VERB.search(stripped))
        described = DESCRIBED_NAME.fullmatch(stripped) if one_line and opens else None
        if described is not None and not AFTER_AND.match(part) and items and not _described_after_comma(described):
            described = None
        spelt_out = PHRASE_ACRONYM.search(stripped) if one_line and opens and described is None else None
        if spelt_out is not None and LOWER_RUN.fullmatch(stripped, 0, spelt_out.start()) and \
                _defines_acronym(f"{spelt_out.group('p').strip()} ({spelt_out.group('a')})"):
            # "Smart Living: A serta layanan perawat kunjung lansia Sehat di Rumah (SeHaRum)": after "dan" or "serta",
            # the describing words and then a phrase with a lower-case word in it that its short form spells
            start = offset + part.find(stripped) + spelt_out.start()
            name = f"{spelt_out.group('p').strip()} ({spelt_out.group('a')})"
            items.append((start, start + spelt_out.end() - spelt_out.start(), name,
                          stripped[:spelt_out.start()].strip()))
            continue
        if described is not None:
            # "Smart Governance: X Satu Data dan tanda tangan elektronik SIGAP": after "dan" (or a type word opening the
            # line's first item), the words that describe the item, then its name
            start = offset + part.find(stripped) + described.start("n")
            items.append((start, start + len(described.group("n")), described.group("n"), described.group("d")))
            continue
        if one_line and items and stripped and not re.match(NAME_WORD, stripped):
            # "Smart Branding: Berau Pesona Bahari, aplikasi panduan wisata ...": the rest describes the name
            start, stop, name, _ = items[-1]
            items[-1] = (start, stop, name, block[offset:].strip(" ,.;") or None)
            break
        if not stripped or (one_line and not re.match(NAME_WORD, stripped)):
            # "Smart Economy: lapak daring hasil kebun karet, Lapak Getah.": words in lower case with no verb, set off
            # before the line's first name, tell what it is (blind m117, m135); not when or where ("di tingkat desa, X")
            told = stripped if one_line and not items and LOWER_WORDS_ONLY.fullmatch(stripped) and \
                not LINE_VERB.search(stripped) and not DEMONSTRATIVE.search(stripped) and \
                stripped.split()[0] not in _words("setting") else None
            continue
        inner = list(ACRONYM_DEF.finditer(part)) + list(PHRASE_ACRONYM.finditer(part))
        if len(inner) > 1 or (inner and len(part.split()) > 12):
            for m in sorted(inner, key=lambda x: x.start()):
                if m.re is PHRASE_ACRONYM:
                    items.append((offset + m.start(), offset + m.end(), f"{m.group('p').strip()} ({m.group('a')})",
                                  None))
                else:
                    items.append((offset + m.start(), offset + m.end(), m.group("a"), m.group("d")))
            continue
        if not one_line and PLAIN_LIST.fullmatch(stripped):
            # "Smart Governance: MIPP dan MPP; Smart Branding: ...": a part that only lists names
            for name_match in re.finditer(NAME_WORD + r"(?:[ \t]+" + NAME_WORD + r")*", stripped):
                start = offset + part.find(name_match.group(0))
                items.append((start, start + len(name_match.group(0)), name_match.group(0), None))
            continue
        # "Smart Governance: Camat Menyapa Warga (CAMAR) dan ...": a phrase and the acronym it spells out are one name
        defined = PHRASE_ACRONYM.match(stripped)
        if defined is not None and _defines_acronym(f"{defined.group('p').strip()} ({defined.group('a')})"):
            start = offset + part.find(stripped)
            items.append((start, start + defined.end(), f"{defined.group('p').strip()} ({defined.group('a')})",
                          stripped[defined.end():].strip(" :()–-,") or None))
            continue
        # "- LAMPU (Layanan Aduan Masyarakat X) untuk ...": an acronym and the words it stands for are one name
        spelt = ACRONYM_DEF.match(stripped)
        if spelt is not None and _abbreviates(spelt.group("a"), spelt.group("d")):
            start = offset + part.find(stripped)
            items.append((start, start + spelt.end(), spelt.group(0), stripped[spelt.end():].strip(" :()–-,") or None))
            continue
        head = HEAD_END.split(stripped, maxsplit=1)[0]
        verb = SENTENCE_VERB.search(head) if re.match(NAME_WORD, head) else None
        head = head[:verb.start()] if verb else head
        name = head.strip()
        # ("1. Aplikasi X, yaitu inovasi layanan ...": the connective is no part of what it says)
        description = DEFINING_WORD.sub("", stripped[len(head):].strip(" :()–-,")) or None
        if 1 <= len(name.split()) <= 8 and name[:1].isalnum():
            start = offset + part.find(name)
            # (a comma sets the words off: "perpustakaan keliling dan Kampung X" are two items)
            told = told if not items and not AFTER_AND.match(part) else None
            items.append((start, start + len(name), name, description or told))
    return items


def _to_short_form(text: str, start: int, end: int) -> int:
    """Where a one-word name ending at `end` ends when it goes on in lower case to its short form in brackets: one
    the phrase spells ("Rumah kreatif Bahari (Rukreatif)") or that repeats its word ("Lampu tenaga surya (Surya
    Terang)"); no clause word in the lower-case run ("Sipandu milik Dinas X (Dinkes)" names the office)."""
    short = LOWER_THEN_SHORT.match(text, end)
    if short is None:
        return end
    phrase, _, bracket = text[start:short.end() - 1].partition("(")
    words = phrase.lower().split()
    if CLAUSE_WORDS.intersection(words) or not (_defines_acronym(text[start:short.end()]) or
                                                 bracket.split()[0].lower() in words[1:]):
        return end
    return short.end()


def _described_after_comma(described: re.Match[str]) -> bool:
    """"Smart Governance: SIPKD, aplikasi absensi pegawai Hadir Tepat, ...": after a comma, a type word, what the thing
    does and a name of two words or more are the next item; a place after them is what the item before shows ("Pesona
    Teluk, aplikasi panduan wisata Pulau X, Y dan Z" describes "Pesona Teluk")."""
    first = described.group("n").split()
    places = set(_words("place")) | load_lexicon().landform_words
    return len(first) > 1 and first[0].lower() not in places


def _list_item(item: str, lower_ok: bool, prefix_ok: bool = True) -> tuple[str | None, int]:
    """The name in one item of an inline list and its offset in the item: from its first capitalised word
    ("terbangunnya Wisata Religi X" names "Wisata Religi X"; only when `prefix_ok`, else the name must open the
    item), else the whole lower-case item when allowed."""
    item = item.rstrip()
    filler = re.match(r"\s*(?:(?:pada|juga|sudah|ada|yaitu|yakni|itu|adalah|berupa)\s+)*", item)
    offset = filler.end() if filler else 0
    item = item[offset:]
    capital = re.search(NAME, item)
    # a name starts the item or follows one word ("terbangunnya Wisata Religi ...")
    if capital is not None and len(item[:capital.start()].split()) <= (1 if prefix_ok else 0) and not (
            ACTIVITY.fullmatch(item[:capital.start()].strip()) and re.fullmatch(r"[A-Z]{2,5}", capital.group(0))):
        head = re.split(r"\s+(?:yang|untuk|sebagai|dengan|di|pada|dari)\s", capital.group(0))[0]
        return head, offset + capital.start()
    # "pojok baca digital di tiap kelurahan": where or since when it runs ends a lower-case name
    words = re.split(r"[ \t]+(?:di|ke|pada|sejak)[ \t]", item.strip())[0]
    if lower_ok and LOWER_ITEM.fullmatch(words):
        return words, offset + item.index(words)
    return None, 0


def _only_regions(doc: Doc, start: int, end: int) -> bool:
    """"Sumbawa Barat dan Bima": a phrase made only of region names is no programme, whether or not the names
    were resolved to one region (a bare "Bima" may be the kabupaten or the kota)."""
    covered = [(s.start_char, s.end_char) for s in spans_of(doc, "regions") if start <= s.start_char < end]
    rest = text_of(doc)[start:end]
    for a, b in sorted(covered, reverse=True):
        rest = rest[:a - start] + rest[b - start:]
    pieces = [p.strip().lower() for p in re.split(r",|\b(?:dan|serta)\b", rest) if p.strip()]
    return (bool(covered) or bool(pieces)) and all(p in _region_names() for p in pieces)


@lru_cache(maxsize=1)
def _ministry_after() -> re.Pattern[str]:
    """A ministry (data/institutions.csv, kind ministry) or the central government named as an owner right after a
    name ("SIPD dari Kemendagri", "X milik Kementerian Kesehatan", "X besutan pemerintah pusat")."""
    ministries = [a for a, (_, kind) in load_lexicon().institutions.items() if kind == "ministry"]
    return re.compile(rf"(?:[ \t]*+\([^()\n]{{1,40}}\))?[ \t]*+,?[ \t]*+(?:milik|dari|besutan|buatan|garapan|kelolaan)[ \t]++"
                      rf"(?:{alternation(ministries)}|(?-i:Kem(?:en|et)[\w-]*)|pemerintah[ \t]+pusat)(?![\w-])", re.IGNORECASE)


def _central_owner(text: str, end: int) -> bool:
    """The name ending at `end` is followed by a ministry or the central government that owns it."""
    return _ministry_after().match(text, end) is not None


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """Every kabupaten, kota and province name, lower case and bare ("bima", "sumbawa barat", "bali")."""
    lexicon = load_lexicon()
    return frozenset([r.bare.lower() for r in lexicon.regions] + [a.lower() for a in lexicon.region_aliases])


def _region_short_forms(doc: Doc) -> frozenset[str]:
    """"Kabupaten Bolaang Mongondow Timur (Boltim)": the short forms, lower case, the text gives its regions in
    brackets right after their names."""
    text = text_of(doc)
    return frozenset(m.group("s").lower() for s in spans_of(doc, "regions")
                     if (m := REGION_SHORT.match(text, s.end_char)) is not None)


def _named_after_region(name: str, short_forms: frozenset[str]) -> bool:
    """"Sukamaju Gercep", "Boltim Satu Data": a region's name (or a short form the text gives it, `short_forms`),
    then capitalised words that name no place (no direction nor kind word: "Nias Utara", "Tomohon Kota" are places)."""
    words = name.split()
    for k in (1, 2):
        head = " ".join(words[:k]).lower()
        if len(words) > k and (head in _region_names() or head in short_forms):
            return all(w[:1].isupper() and w.lower() not in load_lexicon().name_stopwords for w in words[k:])
    return False


def _clean(name: str, listed: bool = False, typed: bool = False) -> str | None:
    """The name tidied, or None when it is no innovation; a lone acronym counts only when `listed` under a
    dimension ("Smart Governance: MIPP dan MPP"), an abstract noun opens it only when `typed` (right after its type
    word)."""
    name = re.sub(r"\s+", " ", name).strip(" ,.;:“”\"'‘’")
    name = re.sub(r"\s+(?:dan|serta)$", "", name)
    name = _opening().sub("", name)
    vetoes, phrase_vetoes, keep, abstract = _vetoes()
    # "Dana Desa (DD)", "UMKM": the government's common vocabulary, however its words are spelt out
    acronym = ACRONYM_NAME.fullmatch(name)
    if acronym is not None and acronym.group(1).upper() in _generic_acronyms() and (
            "(" in name or sum(c.isupper() for c in name) >= 2):
        return None
    if len(name) < 3 and not (listed and re.fullmatch(r"[A-Z]{2}", name)):
        return None
    if re.fullmatch(r"[A-Z]{2,5}", name) and name not in keep and not listed:
        return None
    office = OFFICE_BRACKET.search(name)
    if office is not None and not _defines_acronym(name) and (
            load_lexicon().regional_office_words.get(office.group("o").split()[0].lower()) == "office" or OFFICE_SHAPE.match(office.group("o"))):
        name = name[:office.start()]  # "Lumajang Sehat (Dinas Kesehatan)": the office that runs it is no part of its name
    if _defines_acronym(name):
        phrase = name.rsplit("(", 1)[0].strip()
        return None if phrase_vetoes.search(phrase) else name
    # ... a post serving ("Bupati Menyapa") is saved from the titles too
    if phrase_vetoes.search(name) or (vetoes.search(name) or name[:1].isupper() and _official_start().match(name)) \
            and not _post_serves(name) or not typed and abstract.search(name):
        return None
    words = [w for w in re.split(r"[\s,]+|\b(?:dan|serta)\b", name.lower()) if w]
    if all(w in load_lexicon().institutions for w in words):
        return None  # "UI ITB": universities and bodies are no programme
    return name


def _post_serves(name: str) -> bool:
    """"Bupati Menyapa", "Lurah Online": an official's post and then a verb (me-) or a word that ends a programme's
    name (innovation_words.csv, last) name a service, not the official; and so do a region's name, a word and such a
    verb ("Pacitan Keren Melayani": no one is named after a region)."""
    post = _official_start().match(name)
    rest = name[post.end():].strip() if post else ""
    if re.fullmatch(rf"Me[a-z]{{3,}}|(?:{alternation(_words('last'))})", rest) is not None:
        return True
    words = name.split()
    return len(words) in (3, 4) and " ".join(words[:-2]).lower() in _region_names() and \
        re.fullmatch(r"[A-Z][a-z]+ Me[a-z]{5,}", " ".join(words[-2:])) is not None


def _join_acronyms(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> None:
    """"aplikasi Elektronik-Bea Perolehan Hak ... (e-BPHTB)": a name and its acronym in brackets right after it are
    one innovation, named "Long Name (ACR)" (a dimension filing either is the pair's)."""
    found.sort(key=lambda f: f[0])
    k = 0
    while k + 1 < len(found):
        (start, end, first), (other_start, other_end, second) = found[k], found[k + 1]
        close = BRACKET_CLOSE.match(text, other_end)
        if BRACKET_OPEN.fullmatch(text, end, other_start) and close is not None and \
                _abbreviates(second["name"], first["name"]):
            filed = first if first["dimension"] is not None or second["dimension"] is None else second
            first.update(name=f"{first['name']} ({second['name']})", description=first["description"] or second["description"],
                         dimension=filed["dimension"], dimension_source=filed["dimension_source"])
            found[k] = (start, close.end(), first)
            del found[k + 1]
        k += 1


def _abbreviates(acronym: str, phrase: str) -> bool:
    """"e-BPHTB" abbreviates "Elektronik-Bea Perolehan Hak Atas Tanah dan Bangunan": one word with two capitals or
    more, whose letters the phrase (of two words or more) holds in order, from its first."""
    if " " in acronym or " " not in phrase.strip() or sum(c.isupper() for c in acronym) < 2:
        return False
    letters, words = re.sub(r"[^a-z0-9]", "", acronym.lower()), re.sub(r"[^a-z0-9]", "", phrase.lower())
    return letters[:1] == words[:1] and _subsequence(letters, words)


def _cut_by_end(text: str, start: int, end: int, name: str, listed: bool) -> tuple[str | None, int]:
    """A name the text's end cuts in mid-sentence ("... dan Pembangkit Listrik Te") is None, not a shorter name the
    text never gives; the whole item before a cut one stays ("Smart Netizen dan Aplikas"), with its end. A name
    alone on the last line (a list's last item) is whole, and so is the last item a dimension's heading lists on its
    line (`listed`: "Smart Living: Sehat Ceria")."""
    line_start = text.rfind("\n", 0, start) + 1
    if not CUT_END.fullmatch(text, end) or not OPEN_END.search(text) or \
            LIST_MARK.fullmatch(text, line_start, start) or listed and HEADING_LINE.fullmatch(text, line_start, start):
        return name, end
    before = BEFORE_CUT_ITEM.fullmatch(name)
    kept = _clean(before.group("n")) if before else None
    return kept, end - (len(name) - len(kept or ""))


def _subsequence(letters: str, text: str) -> bool:
    """Every letter of `letters` appears in `text`, in order."""
    position = 0
    for ch in letters:
        position = text.find(ch, position) + 1
        if position == 0:
            return False
    return True


def _defines_acronym(name: str) -> bool:
    """"Wali Kota Jumpa Rakyat (WAJAR)", "Material Recovery Facility (MRF)": a phrase followed by an acronym made
    of its letters, in order, starting with its first letter."""
    m = re.fullmatch(r"(?P<p>[A-Z][^()]+?)\s*\((?P<a>[A-Z][A-Za-z0-9]{1,9}(?: [A-Z][A-Za-z0-9]{1,9})?)\)", name)
    if m is None:
        return False
    # ... or whose first word is made of them and whose second is a plain word ("Puskesmas Keliling Sungai (Pusling
    # Air)": the short form glosses a word of the phrase)
    short = re.fullmatch(r"(?P<w>[A-Z][a-z]{3,9}) [A-Z][a-z]+", m.group("a"))
    acronym = (short.group("w") if short is not None else m.group("a")).lower()
    letters, acronym = re.sub(r"[^a-z0-9]", "", m.group("p").lower()), re.sub(r"[^a-z0-9]", "", acronym)
    return acronym[0] == letters[0] and _subsequence(acronym, letters)


def _scan_from(cue: re.Pattern[str], text: str) -> int:
    """Where the line of the first match of `cue` starts (the text's end without one): a pattern each of whose
    matches lies within one line and holds a match of `cue` finds the same matches scanning from there."""
    first = cue.search(text)
    return len(text) if first is None else text.rfind("\n", 0, first.start()) + 1


def described(chars: str, limit: int) -> str:
    """A description of up to `limit` of `chars`: to its end, or to the last whole word when it runs longer
    ("SIPERDES, sistem perencanaan desa yang menyatukan usulan ... rencana kerja perangkat daerah.")."""
    return rf"(?:{chars}{{3,{limit}}}?{DESCRIPTION_END}|{chars}{{3,{limit}}}(?=\s))"
