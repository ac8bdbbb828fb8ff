"""Dates: a grammar of Indonesian date expressions, normalised to ISO dates with their granularity.

The grammar finds the spans (dateparser's own search drops range ends, reads 3/6 month-first and turns
"2,87" or "13.00 WIB" into dates); relative expressions ("kemarin", "dua hari lalu", "Senin lalu") are
counted back from the publication date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from extractor.nlp.lexicon import alternation, load_lexicon, read_lines, read_rows
from extractor.nlp.spans import add_span, in_link_line, published, text_of

_LEX = load_lexicon()
# full month names never take a dot ("12 Juni." ends a sentence); abbreviations may ("12 Jun. 2019")
_ABBREVIATED = [m for m in _LEX.months if any(o != m and o.startswith(m) for o in _LEX.months)]
M = "(?:" + alternation([m for m in _LEX.months if m not in _ABBREVIATED]) + "|(?:" + \
    alternation(_ABBREVIATED) + r")\.?)(?![a-zA-Z])"
# the month names that stand alone, without a day or a year ("pada Juni", "bulan agustus"; not "Jun", "des")
ALONE = alternation([r["name"] for r in read_rows("months.csv") if r["alone"] == "1"])
D = r"(?:[0-3]?\d)"
Y = r"(?:19|20)\d{2}"
# the word a year may follow ("17 Agustus tahun 2023", "awal bulan Maret tahun 2019")
YEAR_WORD = r"(?:tahun\s+)?"
SEP = r"(?P<sep>\s*(?:–|—|-|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga|dan|&)\s*)"
# the words between two dates that make them one range (not "dan": "5 Mei dan 7 Mei" may be two events)
RANGE_WORD = re.compile(r"\s*(?:–|—|-|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*", re.IGNORECASE)
# ... and the word that joins two days into one range only when they follow each other ("Selasa (30/5) dan Rabu
# (31/5)"; "5 Mei dan 7 Mei" may be two events)
AND = re.compile(r"\s*(?:dan|&)\s*", re.IGNORECASE)
# the days listed before a date share its month and year ("5, 6 dan 7 Juli 2022", "12, 13, dan 14 Mei 2023")
DAY_BEFORE = re.compile(r"(?<![\w/.,-])(?P<d>[0-3]?\d)(?:,\s+(?:dan\s+|&\s*)?|\s+dan\s+|\s*&\s*)$", re.IGNORECASE)
# (Friday is also written with a typographic apostrophe: "Jum’at")
WEEKDAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum['’]at|Sabtu|Minggu|Ahad)"
# a weekday may carry the time of day before its date: "Rabu sore (5/10)"
WEEKDAY_OF = rf"{WEEKDAY}(?:\s+(?:pagi|siang|sore|malam))?"
WEEKDAY_NUMBER = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
                  "ahad": 6}
PART = r"(?P<part>awal|pertengahan|medio|akhir|penghujung|minggu\s+(?:pertama|kedua|ketiga|keempat|terakhir)|" \
       r"pekan\s+(?:pertama|kedua|ketiga|keempat|terakhir))"

PATTERNS = [
    # 30 Juni - 2 Juli 2019, tanggal 29 September 2020 sampai dengan 2 Oktober 2020, Senin 31 Juli hingga Selasa
    # 1 Agustus 2023
    ("range2", (rf"(?:{WEEKDAY},?\s+)?(?:tanggal\s+)?(?P<d1>{D})\s+(?P<m1>{M})(?:\s+{YEAR_WORD}(?P<y1>{Y}))?{SEP}"
                rf"(?:{WEEKDAY},?\s+)?(?:tanggal\s+)?(?P<d2>{D})\s+"
                rf"(?P<m2>{M})(?:\s+{YEAR_WORD}(?P<y2>{Y}))?")),
    # 18 - 20 Juni 2019, 2-3 Mei 2017, 21 dan 22 Februari
    ("range", (rf"(?:{WEEKDAY},?\s+)?(?:tanggal\s+)?(?P<d1>{D}){SEP}(?:{WEEKDAY},?\s+)?(?P<d2>{D})\s+(?P<m2>{M})"
               rf"(?:\s+{YEAR_WORD}(?P<y2>{Y}))?")),
    # Senin dan Selasa (15-16/7), (15-16/7/2019), 2–3/5/2017
    ("numrange", (rf"(?:{WEEKDAY}\s+(?:dan|-|–|hingga|sampai)\s+{WEEKDAY},?\s*)?\((?P<d1>{D})\s*[-–]\s*(?P<d2>{D})/"
                 rf"(?P<m1>[01]?\d)(?:/(?P<y1>{Y}))?\)"
                 rf"|(?<![\w./])(?P<d3>{D})\s*[-–]\s*(?P<d4>{D})/(?P<m3>[01]?\d)/(?P<y3>{Y})(?![\w/])")),
    # Selasa (25/2/2020), (3/6), Rabu ( 10/08/22), Senin, (3 /7/2023), 25/2/2020, 24/6/24, Selasa, 30/11, 13-04-2018
    # (a bracketed date may write its year after a dash, "(4/11-2021)", or garble it, "(13/11/202)", "(22/05/3017)":
    # a garbled year is read as none)
    ("numeric", (rf"(?:{WEEKDAY_OF},?\s*)?\(\s*(?P<d1>{D})\s?/\s?(?P<m1>[01]?\d)"
                 rf"(?:\s?(?:/|-(?={Y}\s*\)))\s?(?P<y1>{Y}|\d{{2}})(?=\s*\))|/\d{{1,4}})?\s*\)"
                rf"|(?<![\w./-])(?P<d3>{D})/(?P<m3>[01]?\d)/(?P<y3>{Y}|\d{{2}})(?![\w/])"
                rf"|{WEEKDAY_OF},?\s+(?P<d4>{D})/(?P<m4>[01]?\d)(?![\w/])"
                # 13-04-2018 (a page's stamp: "13-04-2018 09:37 WIB by Admin"), with its year always
                rf"|(?<![\w./-])(?P<d5>{D})-(?P<m5>[01]?\d)-(?P<y5>{Y})(?![\w/-])")),
    # awal Maret 2019, minggu kedua November 2021
    ("part", rf"{PART}\s+(?:bulan\s+)?(?P<m1>{M})(?:\s+{YEAR_WORD}(?P<y1>{Y}))?"),
    # 5 Mei 2017, Selasa, 9 Mei 2017
    ("day", rf"(?:{WEEKDAY},?\s+)?(?:tanggal\s+)?(?P<d1>{D})\s+(?P<m1>{M})(?:\s+{YEAR_WORD}(?P<y1>{Y}))?"),
    # Rabu (September 29, 2021): the month first in brackets, as a page's English date stamp writes it
    ("monthday", rf"(?:{WEEKDAY},?\s*)?\((?P<m1>{M})\s+(?P<d1>{D}),\s*(?P<y1>{Y})\)"),
    # Juni hingga September 2022, Maret - Mei 2019
    ("monthrange", (rf"(?:bulan\s+)?(?P<m1>{M})(?:\s+(?P<y1>{Y}))?\s*(?:–|—|-|sampai(?:\s+dengan)?|hingga|s\.?\s?d\.?|s/d)\s*"
                    rf"(?:bulan\s+)?(?P<m2>{M})\s+(?:tahun\s+)?(?P<y2>{Y})")),
    # Juni 2021
    ("month", rf"(?:bulan\s+)?(?P<m1>{M})\s+(?:tahun\s+)?(?P<y1>{Y})"),
    # bulan agustus, selesai Oktober mendatang, pada Juni: a month without its year, kept only after "bulan" or
    # BARE_BEFORE's words ("Juni lalu" is left to RELATIVE)
    ("bare", (rf"(?P<bulan>bulan\s+)?(?P<m1>{ALONE})(?![a-zA-Z])(?:\s+(?:yang\s+)?(?P<ahead>mendatang|depan|nanti)\b)?"
              rf"(?!\s+(?:yang\s+)?lalu\b)")),
]
GRAMMAR = re.compile("|".join(f"(?P<{name}>{p.replace('(?P<', f'(?P<{name}_')})" for name, p in PATTERNS),
                     re.IGNORECASE)
NUMBER_WORDS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5}
# "tahun kemarin", "Maret kemarin": the recent past, no day (a month as a word of its own: "Kotamobagu kemarin" and
# "hujan kemarin" end in letters of "Agu." and "Jan.")
PERIOD_BEFORE = re.compile(rf"(?:tahun|bulan|minggu|pekan|(?<![a-zA-Z]){M}|{Y})\s+$", re.IGNORECASE)
# relative to the article's date: "kemarin", "hari ini", "dua hari lalu", "Senin lalu" (the last Monday before it),
# "Rabu pekan lalu" (the Wednesday of the week before the article's), "Senin ini" (the Monday of the article's
# week; "minggu ini" is this week, no day), "tadi pagi" (the article's own day; "tadi malam", the night just past,
# may be the day before it), "Juni lalu" (the last June before the article's month: a calendar month, an event date)
RELATIVE = re.compile(rf"\b(?:kemarin|hari\s+ini|(?:\d+|dua|tiga|empat|lima)\s+hari\s+(?:yang\s+)?lalu|sehari\s+(?:yang\s+)?lalu|"
                      rf"(?P<today>tadi\s+(?:pagi|siang|sore)|(?:pagi|siang|sore)\s+tadi)|bulan\s+lalu|"
                      rf"(?!minggu\s+ini\b)(?P<weekday>{WEEKDAY})\s+(?:(?P<week>pekan|minggu)\s+lalu|lalu|kemarin|(?P<this>ini))|"
                      rf"(?:bulan\s+)?(?P<month>{M})\s+(?:yang\s+)?lalu)\b", re.IGNORECASE)
# the day before or after the last day the text named ("(06/11). Sehari sebelumnya ...", "keesokan harinya")
NEXT_TO = re.compile(r"\b(?:(?P<before>sehari\s+sebelumnya)|(?:keesokan|esok)\s+harinya|"
                     r"sehari\s+(?:kemudian|setelahnya|sesudahnya))\b", re.IGNORECASE)
# a date something should be done before or is hoped for ("diselesaikan sebelum 30 Mei", "Diharapkan akhir Desember
# bisa selesai", "Target kita, Oktober 2022 nanti") dates no event ("kind": "target"); a due date stated as such
# ("ditargetkan rampung pada Agustus 2022", "paling lambat Oktober 2020") is one (own corpus a32, a37)
TARGET_BEFORE = re.compile(r"\b(?:sebelum|target(?:nya)?|diharapkan)\s+(?:\w+,?\s+){0,2}$", re.IGNORECASE)
LAST_YEAR = re.compile(r"\s+tahun\s+lalu\b", re.IGNORECASE)
SINCE = re.compile(r"\bsejak\s+$", re.IGNORECASE)
# the words before a month written alone that make it a date ("pada Juni", "di bulan Juli", "sekitar Agustus",
# "selesai Oktober mendatang"); "mendatang" alone does not ("Expo di Jakarta Oktober mendatang" names an event)
BARE_BEFORE = re.compile(r"\b(?:pada|di|sekitar|selesai|rampung)\s+$", re.IGNORECASE)
YEAR = re.compile(rf"\b(?:tahun|th\.?|TA)\s+(?P<y>{Y})\b", re.IGNORECASE)
# any year the text states: the candidates for a date written without its year when no publication date is known
STATED_YEAR = re.compile(r"(?<![\w.,])20[1-3]\d(?!\w)")
# a year the text calls past ("sejak 2017 lalu", "tahun 2017 silam") is not the year the article reports from
# (after a day and month, "24 Maret 2015 lalu", the word says only that the date is past)
PAST_YEAR = re.compile(r"\b(?:tahun|sejak|pada|di)\s+(20[1-3]\d)\s+(?:yang\s+)?(?:lalu|silam)\b", re.IGNORECASE)
# the anniversary of the independence the text names ("HUT ke-74 RI", "HUT Kemerdekaan RI ke-74", "Hari Ulang Tahun
# Ke-74 Kemerdekaan Republik Indonesia") states its year: 1945 + N
INDEPENDENCE = 1945
ANNIVERSARY = re.compile(r"\b(?:HUT|Hari\s+Ulang\s+Tahun|Dirgahayu)\s+(?:ke-?\s?(?P<n1>\d{2,3})\s+)?(?:Kemerdekaan\s+)?"
                         r"(?:RI|Republik\s+Indonesia)\b(?:\s+ke-?\s?(?P<n2>\d{2,3})\b)?", re.IGNORECASE)
# a year the text calls this one ("di tahun 2017 ini", "pada 2022 ini") is the year the article reports from
THIS_YEAR = re.compile(r"(?<![\w.,])(20[1-3]\d)\s+ini\b", re.IGNORECASE)
# a day a stated stretch of days ends or starts ("selama dua hari berakhir Jumat (22/2/2019)", "selama 2 hari hingga
# 25 Oktober", "selama tiga hari mulai Senin (4/3/2024)"): the whole stretch (without "selama", "tiga hari hingga Rabu
# (14/8/2019)" keeps its day, own corpus h02)
DAYS_UNTIL = re.compile(r"\bselama\s+(?P<n>dua|tiga|empat|lima|[2-5])\s+hari,?\s+(?:yang\s+)?(?:(?P<end>berakhir|hingga|"
                        r"sampai(?:\s+dengan)?|s\.?d\.?)|(?P<start>mulai|sejak|dari))\s+(?:pada\s+)?(?:tanggal\s+)?$",
                        re.IGNORECASE)
# the months listed before a month and year share its year ("pada bulan Juni dan November 2020", "Maret, Juli
# serta Oktober 2021")
MONTH_BEFORE = re.compile(rf"(?<![\w-])(?:bulan\s+)?(?P<m>{M})\s*(?:,|dan|serta|&)\s*(?:bulan\s+)?$", re.IGNORECASE)
# the end of a plan's period ("roadmap 2019-2028") is no year the article reports from
PERIOD_END = re.compile(r"(?<=\d)\s*[-–—]\s*20[1-3]\d(?!\w)")
# A date followed by a clock time, or on a "by ... | date" line, is the publication stamp.
BYLINE_AFTER = re.compile(r"^\s*(?:[|,\-–]\s*)?(?:pukul\s+)?\d{1,2}[:.]\d{2}", re.IGNORECASE)
# (data/stamp_line_words.txt: "penulis", "diperbarui", "terbit")
BYLINE_LINE = re.compile(r"\b(?:" + alternation(read_lines("stamp_line_words.txt")) + r")\b|\bWI[BT]A?\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[a-z)][.!?][\s\"”]*$")
# a date closing a short header line after a separator ("Kota Dalam Berita | 23/06/2022") stamps the page
BYLINE_CELL = re.compile(r"[|·•]\s*$")
# a page's stamp line: stamp words (data/stamp_words.txt: "Sun,", "calendar_month") and punctuation before its date;
# after it nothing but punctuation, or the next cells of the header (the author and a view count, "Rabu, 05 Oktober
# 2022 NAMA PENULIS, S.Kom 671": no word in lower case, which a hard-wrapped lead's "bupati membuka" has)
STAMP_WORDS = frozenset(w.lower() for w in read_lines("stamp_words.txt"))
STAMP_WORD = re.compile(r"[^\W\d]+")
LOWER_WORD = re.compile(r"(?<![\w.])[a-z]{2,}(?![\w.])")
# a line that links another story ("Baca juga: ... Mulai 1 Maret 2024"), or a bracket doing so inside a paragraph: its
# dates are that story's
LINK_LINE = re.compile(r"\W*(?:baca(?:\s+juga)?|lihat\s+juga|simak\s+juga|berita\s+terkait)\b", re.IGNORECASE)
# Every date expression starts with a digit, "(", a weekday, a month or a part-of-month word; trying the
# grammar only there is several times faster than letting the regex engine try every character.
ANCHOR = re.compile(rf"(?<![\w])(?:\d|\((?=\s*\d|{M})|{WEEKDAY}|{M}|awal|pertengahan|medio|akhir|penghujung|"
                    rf"minggu|pekan|bulan|tanggal)", re.IGNORECASE)


@Language.factory("smartcity_dates", assigns=["doc.spans"], requires=["token.is_sent_start"])
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    """Build the date finder."""
    return DateFinder()


class DateFinder:
    """Adds `doc.spans["dates"]`: value {start, end (ISO), granularity, kind: event|publication|stamp|relative|
    year|target, outside: true when the year comes from neither the text nor its headline} (stamp: a date of the page's
    header other than its publication date, "Sun, 19 November 2017")."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["dates"] = []
        found = find_dates(text_of(doc), published(doc), frozenset(doc.user_data.get("url_years", ())),
                           frozenset(doc.user_data.get("headline_years", ())))
        for start, end, value in found:
            add_span(doc, "dates", start, end, value)
            if value["kind"] == "publication" and doc._.published is None:
                # later components resolve "tahun lalu" and year-less dates against the byline date
                doc._.published = date.fromisoformat(value["iso_start"])
        return doc


def find_dates(text: str, published_on: date | None,
               url_years: frozenset[int] = frozenset(),
               headline_years: frozenset[int] = frozenset()) -> list[tuple[int, int, dict[str, Any]]]:
    """Every date expression of the text as (start, end, value); `url_years`: the year the page's address names
    ("/2017/08/slug"), for a day whose weekday fits no year the text states; `headline_years`: the years the page's
    headline states. A date written without its year whose year neither the text nor its headline states (it
    comes from the page's metadata or address) is marked "outside": the gold leaves such days out, the events
    keep them."""
    out: list[tuple[int, int, dict[str, Any]]] = []
    matches = []
    position = 0
    for anchor in ANCHOR.finditer(text):
        if anchor.start() < position:
            continue
        m = GRAMMAR.match(text, anchor.start())
        if m is not None:
            position = m.end()
            if not _in_link(text, m.start()):
                matches.append(m)
    stamps = [m for m in matches if _is_byline(text, m)]
    byline = next((m for m in stamps if not _is_stamp_only(text, m)), stamps[0] if stamps else None)
    stamped = {id(m) for m in stamps}
    # candidate years for a date written without one: the years of the article's full dates, else any year
    past = {int(y) for y in PAST_YEAR.findall(text)}
    stated = Years(full={y for m in matches for y in _full_years(m)} - past,
                   every=({int(y) for y in STATED_YEAR.findall(PERIOD_END.sub("", text))} | _anniversaries(text)
                          | {y for m in matches for y in _full_years(m)}) - past,
                   past=frozenset(past), this=frozenset(int(y) for y in THIS_YEAR.findall(text)) - past,
                   url=url_years)
    reference = published_on or (_parse(byline, None, stated)[0] if byline else None)
    parsed = [(m, _parse(m, reference, stated)) for m in matches]
    # every year the text states in any form (a year, a full date, a short year, an anniversary): a date written
    # without its year whose year is none of them takes it from outside the text (the page's metadata or address)
    text_years = {int(y) for y in STATED_YEAR.findall(text)} | _anniversaries(text) | past | headline_years \
        | {y for m in matches for y in _full_years(m)}
    unstated_reference = published_on is not None and published_on.year not in text_years
    # the one year the weekdays of year-less days fit ("Jum'at (13/4)" of 2018) is also the year of the article's
    # days written with neither ("penilaian 5 Maret", "tanggal 8 Mei")
    fitted = {start.year for m, (start, _, _) in parsed if start is not None and reference is None
              and not _year_written(m) and _weekday(m.group(0)) is not None}
    if len(fitted) == 1:
        known = Years(full=fitted, every=fitted, past=stated.past, this=stated.this, url=stated.url)
        parsed = [(m, _parse(m, None, known) if value[0] is None and _weekday(m.group(0)) is None else value)
                  for m, value in parsed]
    # the latest day the article dates with a certain year (written, or the one its weekday fits): without the
    # article's date, a month named with "mendatang" is counted from it
    days = [start for m, (start, _, granularity) in parsed
            if start is not None and granularity == "day" and (_year_written(m) or _weekday(m.group(0)) is not None)]
    newest = max(days) if days else None
    if reference is None and newest is not None:
        parsed = [(m, _ahead_from(m, newest) if m.lastgroup == "bare" and m.group("bare_ahead") and _cued(m) else value)
                  for m, value in parsed]
    # a month written alone in which the article gives days ("pada 3-8 Oktober ... pada Oktober mendatang") adds no
    # date of its own
    day_months = {(d.year, d.month) for m, (first, last, granularity) in parsed if granularity == "day"
                  for d in (first, last) if d is not None}
    for m, (start, end, granularity) in parsed:
        if m.lastgroup == "bare" and start is not None and (start.year, start.month) in day_months:
            continue
        kind = "publication" if m is byline else "stamp" if id(m) in stamped else "target" if TARGET_BEFORE.search(
            text, max(0, m.start() - 40), m.start()) else "event"
        if start is None or end is None:
            continue
        value: dict[str, Any] = {"iso_start": _iso(start, granularity), "iso_end": _iso(end, granularity),
                 "granularity": granularity, "kind": kind, "text": m.group(0)}
        # (a day whose weekday fits a year the text states is of it: "2022 ... Rabu (28/12)" out in January 2023)
        fits_stated = start.year in text_years and _weekday(m.group(0)) == start.weekday()
        if not _year_written(m) and not fits_stated and (unstated_reference if reference is not None
                                                         else start.year in url_years and start.year not in text_years):
            value["outside"] = True
        out += _two_days(m, value)
    out = _join_ranges(text, _listed_days(text, _listed_months(text, _stretch_days(text, out))))
    taken = [(s, e) for s, e, _ in out]
    # without the article's date, a named month ("Juni lalu") is the last one before its latest full date (a day
    # dated by its weekday alone is not used: the events would take such a month for the reported step's date)
    written = [start for m, (start, _, granularity) in parsed
               if start is not None and granularity == "day" and _year_written(m)]
    latest = max(written) if written else None
    for m in RELATIVE.finditer(text):
        here = reference or (latest if m.group("month") else None)
        # "Selasa (5/3) kemarin": the word only says the stated date is past
        if here is None or PERIOD_BEFORE.search(text, max(0, m.start() - 12), m.start()) or any(
                s <= m.start() < e or (s < e <= m.start() and not text[e:m.start()].strip()) for s, e in taken):
            continue
        if m.group("month") and SINCE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "sejak Agustus lalu": the start of a period, not the date of an event
        day = _relative_day(m, here)
        if day is not None:
            granularity = "month" if m.group("month") or m.group(0).lower().startswith("bulan") else "day"
            iso = day.isoformat()[:7 if granularity == "month" else 10]
            value = {"iso_start": iso, "iso_end": iso, "granularity": granularity,
                     # a named month is a calendar date ("Juni lalu")
                     "kind": "event" if m.group("month") else "relative", "text": m.group(0)}
            if here is reference and unstated_reference:
                value["outside"] = True
            out.append((m.start(), m.end(), value))
    for m in NEXT_TO.finditer(text):
        days_before = [v for s, e, v in out if e <= m.start() and v["kind"] == "event" and v["granularity"] == "day"]
        if days_before:
            last = days_before[-1]
            day = date.fromisoformat(last["iso_start"]) - timedelta(days=1) if m.group("before") else \
                date.fromisoformat(last["iso_end"]) + timedelta(days=1)
            out.append((m.start(), m.end(), {"iso_start": day.isoformat(), "iso_end": day.isoformat(),
                                             "granularity": "day", "kind": "relative", "text": m.group(0)}))
    for m in YEAR.finditer(text):
        out.append((m.start(), m.end(), {"iso_start": m.group("y"), "iso_end": m.group("y"), "granularity": "year",
                                         "kind": "year", "text": m.group(0)}))
    return sorted(out, key=lambda item: item[0])


def _ahead_from(m: re.Match[str], base: date) -> tuple[date | None, date | None, str]:
    """A month named with "mendatang" ("bulan Juli mendatang"), counted from the article's latest dated day."""
    month = _LEX.months[m.group("bare_m1").lower()]
    first = date(_ahead(month, base), month, 1)
    return first, first, "month"


def _full_years(m: re.Match[str]) -> set[int]:
    """The years a date states, a short one of a numeric date included ("Kamis (15/10/20)": 2020)."""
    short = {2000 + int(v) for k, v in m.groupdict().items() if v is not None and len(v) == 2
             and re.fullmatch(r"numeric_y\d", k)}
    return {int(y) for y in STATED_YEAR.findall(m.group(0))} | short


def _anniversaries(text: str) -> set[int]:
    """The years of the independence anniversaries the text names ("HUT ke-78 RI": 2023)."""
    return {INDEPENDENCE + int(n) for m in ANNIVERSARY.finditer(text)
            if (n := m.group("n1") or m.group("n2")) is not None and 2010 <= INDEPENDENCE + int(n) <= 2039}


def _in_link(text: str, at: int) -> bool:
    """Whether `at` is on a line linking another story (one of the headlines listed under a link heading alone on its
    line too: "BERITA TERKAIT\nKota Lain Dinilai 3 April 2023", `spans.in_link_line`), or inside a bracketed link
    ("(Baca juga: ...)")."""
    if in_link_line(text, at):
        return True
    line_start = text.rfind("\n", 0, at) + 1
    bracket = text.rfind("(", line_start, at)
    return bool(LINK_LINE.match(text, line_start)) or bracket >= 0 and bool(LINK_LINE.match(text, bracket + 1)) \
        and ")" not in text[bracket:at]


def _join_ranges(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """"Kamis (3/6/2021) hingga Jumat (4/6/2021)": two days joined by a range word are one range (a fortnight at
    most), and so are two days in a row joined by "dan"; two months joined by a range word ("akhir Desember 2022
    hingga awal Januari 2023") are one range of a year at most."""
    out: list[tuple[int, int, dict[str, Any]]] = []
    for start, end, value in found:
        if out:
            a, b, last = out[-1]
            if last["kind"] == value["kind"] == "event" and last["granularity"] == value["granularity"] == "month" \
                    and RANGE_WORD.fullmatch(text[b:start]) \
                    and 0 < _months(value["iso_start"]) - _months(last["iso_end"]) <= 12:
                out[-1] = (a, end, {**last, "iso_end": value["iso_end"], "text": text[a:end]})
                continue
            if (last["kind"] == value["kind"] == "event" and last["granularity"] == value["granularity"] == "day"
                    and (gap := (date.fromisoformat(value["iso_start"]) - date.fromisoformat(last["iso_end"])).days) > 0
                    and (RANGE_WORD.fullmatch(text[b:start]) and gap <= 14
                         or AND.fullmatch(text[b:start]) and gap == 1)):
                out[-1] = (a, end, {**last, "iso_end": value["iso_end"], "text": text[a:end]})
                continue
        out.append((start, end, value))
    return out


def _stretch_days(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """A single day that ends or starts a stated number of days becomes the range of those days."""
    out: list[tuple[int, int, dict[str, Any]]] = []
    for i, (start, end, value) in enumerate(found):
        m = DAYS_UNTIL.search(text, max(0, start - 40), start)
        # (a stretch whose next day is written after its first, "selama dua hari, mulai Senin (3/7) dan Selasa (4/7)",
        # is joined as written by `_join_ranges`)
        written = m is not None and m.group("start") is not None and i + 1 < len(found) and bool(
            AND.fullmatch(text[end:found[i + 1][0]]) or RANGE_WORD.fullmatch(text[end:found[i + 1][0]]))
        if m is not None and not written and value["kind"] == "event" and value["granularity"] == "day" \
                and value["iso_start"] == value["iso_end"]:
            n = NUMBER_WORDS.get(m.group("n").lower()) or int(m.group("n"))
            day = date.fromisoformat(value["iso_start"])
            first, last = (day - timedelta(days=n - 1), day) if m.group("end") else (day, day + timedelta(days=n - 1))
            value = {**value, "iso_start": first.isoformat(), "iso_end": last.isoformat(), "text": text[m.start():end]}
            start = m.start()
        out.append((start, end, value))
    return out


def _two_days(m: re.Match[str], value: dict[str, Any]) -> list[tuple[int, int, dict[str, Any]]]:
    """"10 dan 12 Oktober 2022": two days joined by "dan" that do not follow each other are two dates, not the days
    between them."""
    kind = m.lastgroup
    if kind not in ("range", "range2") or not AND.fullmatch(m.group(f"{kind}_sep")) or \
            (date.fromisoformat(value["iso_end"]) - date.fromisoformat(value["iso_start"])).days == 1:
        return [(m.start(), m.end(), value)]
    sep_start, sep_end = m.span(f"{kind}_sep")
    return [(m.start(), sep_start, {**value, "iso_end": value["iso_start"], "text": m.string[m.start():sep_start]}),
            (sep_end, m.end(), {**value, "iso_start": value["iso_end"], "text": m.string[sep_end:m.end()]})]


def _listed_days(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """The days listed before a day of an event ("5, 6 dan 7 Juli 2022"), in its month: one range with it when they
    follow each other, else a date each."""
    out: list[tuple[int, int, dict[str, Any]]] = []
    taken = {start for start, _, _ in found}  # (the first of "10 dan 12 Oktober", split by `_two_days`, is a date)
    for start, end, value in found:
        listed: list[tuple[int, int, date]] = []  # (start, end, day) of each listed day, the nearest first
        at, first = start, date.fromisoformat(value["iso_start"]) if value["granularity"] == "day" else None
        while first is not None and value["kind"] == "event" and text[start:start + 1].isdigit() and \
                (m := DAY_BEFORE.search(text, max(0, at - 12), at)) is not None and m.start() not in taken:
            day = _make(first.year, first.month, int(m.group("d")))
            if day is None or day >= (listed[-1][2] if listed else first):
                break
            listed.append((m.start("d"), m.end("d"), day))
            at = m.start()
        days = [day for _, _, day in reversed(listed)] + ([first] if first is not None else [])
        if listed and all((b - a).days == 1 for a, b in pairwise(days)):
            out.append((at, end, {**value, "iso_start": days[0].isoformat(), "text": text[at:end]}))
            continue
        out += [(a, b, {**value, "iso_start": day.isoformat(), "iso_end": day.isoformat(), "text": text[a:b]})
                for a, b, day in listed]
        out.append((start, end, value))
    return sorted(out, key=lambda item: item[0])


def _listed_months(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """The months listed before a month and year ("Juni dan November 2020"), each with that year."""
    out: list[tuple[int, int, dict[str, Any]]] = []
    for start, end, value in found:
        before = start
        while value["granularity"] == "month" and value["iso_start"] == value["iso_end"] and \
                (m := MONTH_BEFORE.search(text, max(0, before - 30), before)) is not None:
            month = _LEX.months[m.group("m").lower().rstrip(".")]
            year, last = int(value["iso_start"][:4]), int(value["iso_start"][5:7])
            if month >= last:
                break
            iso = f"{year}-{month:02d}"
            # (the listed month, found alone too when "bulan" or "pada" stands before it, is kept once)
            out = [item for item in out if not m.start() <= item[0] < m.end("m")]
            out.append((m.start(), m.end("m"), {**value, "iso_start": iso, "iso_end": iso,
                                                "text": text[m.start():m.end("m")]}))
            before = m.start()
        out.append((start, end, value))
    return sorted(out, key=lambda item: item[0])


def _is_byline(text: str, m: re.Match[str], stamp: bool = True) -> bool:
    if m.lastgroup not in ("day", "numeric"):
        return False
    if BYLINE_AFTER.match(text[m.end():m.end() + 20]):
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start:line_end if line_end != -1 else len(text)]
    if m.start() >= 600:
        return stamp and _stamp(text, m, line_start, line_end)
    # a date standing alone on one of the first lines is the dateline of the page
    alone = line.strip(" |·-–,") == m.group(0).strip()
    # (a line that ends as a sentence ends, "... digelar Senin (27/5) dan diresmikan oleh Presiden.", is news)
    cell = len(line) < 100 and BYLINE_CELL.search(text, line_start, m.start()) is not None \
        and not text[m.end():line_end if line_end != -1 else len(text)].strip(" |")
    return alone or cell or (stamp and _stamp(text, m, line_start, line_end)) or (
        len(line) < 160 and bool(BYLINE_LINE.search(line)) and not SENTENCE_END.search(line))


def _is_stamp_only(text: str, m: re.Match[str]) -> bool:
    """A date that only its stamp words make a stamp ("Sun, 19 November 2017" may be the day the page was read):
    the article's reference date only when no other stamp dates it."""
    return not _is_byline(text, m, stamp=False)


def _stamp(text: str, m: re.Match[str], line_start: int, line_end: int) -> bool:
    """Whether the date stands on a short line of the page's stamp: only stamp words and punctuation before it;
    after it only punctuation, or (a date with its year opening the line) header cells without a lower-case word.
    Past the first lines, only a stamp word before the date ("Sun, 19 November 2017" under a ticker) makes one."""
    end = line_end if line_end != -1 else len(text)
    if end - line_start >= 100:
        return False
    words = [w.group(0).lower() for w in STAMP_WORD.finditer(text, line_start, m.start())]
    if any(w not in STAMP_WORDS for w in words) or (m.start() >= 600 and not words):
        return False
    after = text[m.end():end]
    if not after.strip(" |·•,-–"):
        return True
    return m.start() < 600 and not words and _year_written(m) and not LOWER_WORD.search(after) \
        and not after.rstrip(" |·•").endswith((".", "!", "?", ",")) and any(c.isalnum() for c in after)


def _parse(m: re.Match[str], reference: date | None, stated: Years) -> tuple[date | None, date | None, str]:
    """Start, end and granularity of one match; a missing year comes from `_year`."""
    kind = m.lastgroup or ""
    g = {k.split("_", 1)[1]: v for k, v in m.groupdict().items() if v is not None and k.startswith(kind + "_")}
    month = _LEX.months
    if kind == "numeric":
        n = next(i for i in "1345" if f"d{i}" in g)
        d, mo, y = g[f"d{n}"], g[f"m{n}"], g.get(f"y{n}")
        if y is not None and len(y) == 2:
            y = "20" + y
        day = _make(_year(y, reference, int(mo), int(d), m, stated), int(mo), int(d))
        return day, day, "day"
    if kind == "numrange":
        d1, d2, mo, y_written = (g["d1"], g["d2"], int(g["m1"]), g.get("y1")) if "d1" in g else \
            (g["d3"], g["d4"], int(g["m3"]), g["y3"])
        y = _year(y_written, reference, mo, int(d1), m, stated)
        first, last = _make(y, mo, int(d1)), _make(y, mo, int(d2))
        if first is None or last is None or first > last:
            return None, None, "day"
        return first, last, "day"
    if kind == "monthrange":
        first_month, last_month, year = month[g["m1"].lower().rstrip(".")], month[g["m2"].lower().rstrip(".")], \
            int(g["y2"])
        first_year = int(g["y1"]) if g.get("y1") else year - (first_month > last_month)
        if first_year > year:
            return None, None, "month"
        return date(first_year, first_month, 1), date(year, last_month, 1), "month"
    if kind == "bare":
        mo = month[g["m1"].lower()]
        if not _cued(m):
            return None, None, "month"
        if g.get("ahead"):
            # "Oktober mendatang": the first such month from the article's date on (without it, see find_dates)
            year_of: int | None = _ahead(mo, reference) if reference is not None else None
        else:
            year_of = _year(None, reference, mo, 1, m, stated)
        return (None, None, "month") if year_of is None else (date(year_of, mo, 1), date(year_of, mo, 1), "month")
    if kind in ("part", "month"):
        mo = month[g["m1"].lower().rstrip(".")]
        y = _year(g.get("y1"), reference, mo, 1, m, stated)
        if y is None:
            return None, None, "month"
        first = date(y, mo, 1)
        return first, first, "month"
    if kind in ("day", "monthday"):
        mo = month[g["m1"].lower().rstrip(".")]
        day = _make(_year(g.get("y1"), reference, mo, int(g["d1"]), m, stated), mo, int(g["d1"]))
        return day, day, "day"
    if kind in ("range", "range2"):
        m2 = month[g["m2"].lower().rstrip(".")]
        m1 = month[g["m1"].lower().rstrip(".")] if "m1" in g else m2
        y2 = _year(g.get("y2"), reference, m2, int(g["d2"]), m, stated)
        y1 = int(g["y1"]) if g.get("y1") else (y2 - 1 if y2 is not None and m1 > m2 else y2)
        first, last = _make(y1, m1, int(g["d1"])), _make(y2, m2, int(g["d2"]))
        if first is None or last is None or first > last:
            return None, None, "day"
        return first, last, "day"
    return None, None, "day"


class Years(NamedTuple):
    """The years an article states: in its full dates, and anywhere."""

    full: set[int]
    every: set[int]
    past: frozenset[int] = frozenset()  # years it calls past ("sejak 2017 lalu")
    this: frozenset[int] = frozenset()  # the year it calls this one ("tahun 2017 ini")
    url: frozenset[int] = frozenset()  # the year the page's address names, when the article has no date


def _year(written: str | None, reference: date | None, month: int, day: int, m: re.Match[str],
          stated: Years) -> int | None:
    """The year as written; else the publication year (the year before when the date would be later and the
    text says "lalu" or the weekday fits only that year); else the one stated year that fits the weekday
    written with the date, or the one of those its sentence states (when none does, the first year after the
    latest one it calls past, if the weekday fits it: "sejak 2017 lalu ... Selasa (8/5)" is of 2018); else the one year of the article's full dates (or the one
    year it states at all, past years left out; of several, the one it calls this one). None when the year is not
    certain."""
    if written:
        return int(written)
    if LAST_YEAR.match(m.string, m.end()):
        # "29 November tahun lalu": the year before the article's
        year = reference.year if reference is not None else next(iter(stated.full)) if len(stated.full) == 1 else None
        return year - 1 if year is not None else None
    # in a range the weekday belongs to the first day, not the one whose year is sought
    # (in "Senin dan Selasa (7-8/6)" it is that of the first day, the one sought)
    weekday = _weekday(m.group(0)) if m.lastgroup in ("numeric", "day", "numrange") else None
    if reference is not None:
        candidate = _make(reference.year, month, day or 1)
        earlier = _make(reference.year - 1, month, day or 1)
        if candidate is not None and candidate > reference and (
                re.match(r"\s+lalu", m.string[m.end():m.end() + 6])
                or (weekday is not None and candidate.weekday() != weekday and earlier is not None
                    and earlier.weekday() == weekday)):
            return reference.year - 1
        return reference.year
    if weekday is not None:
        fits = [y for y in stated.every if (c := _make(y, month, day or 1)) is not None and c.weekday() == weekday]
        if not fits and stated.past and not stated.every:
            after = max(stated.past) + 1
            fits = [after] if (c := _make(after, month, day or 1)) is not None and c.weekday() == weekday else []
        if not fits:
            # ("/2017/08/slug", "Senin (7/8)"): the address's year, when the weekday fits it
            fits = [y for y in stated.url if (c := _make(y, month, day or 1)) is not None and c.weekday() == weekday]
        if len(fits) > 1:
            # several fit: the one its own sentence states ("evaluasi tahap II tahun 2023, Kamis (16/11)")
            opening = max(m.string.rfind(stop, 0, m.start()) for stop in (". ", "\n"))
            fits = [y for y in fits if str(y) in STATED_YEAR.findall(m.string, opening + 1, m.start())]
        return fits[0] if len(fits) == 1 else None
    pool = stated.full or stated.every
    if len(pool) > 1 and len(stated.this) == 1:
        pool = set(stated.this)
    return next(iter(pool)) if len(pool) == 1 and _make(next(iter(pool)), month, day or 1) else None


def _cued(m: re.Match[str]) -> bool:
    """Whether a month written alone is a date: after "bulan" or one of BARE_BEFORE's words."""
    return bool(m.group("bare_bulan") or BARE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()))


def _ahead(month: int, base: date) -> int:
    """The year of the first `month` from `base`'s month on ("Oktober mendatang" written in July 2024: 2024)."""
    return base.year + (month < base.month)


def _year_written(m: re.Match[str]) -> bool:
    """True when the date states its year (one of its pattern's `y` groups matched)."""
    return any(v is not None for k, v in m.groupdict().items() if re.search(r"_y\d$", k))


def _relative_day(m: re.Match[str], reference: date) -> date | None:
    """The day a relative expression names, counted back from the article's date ("bulan lalu": a day of the
    month before, "Juni lalu": the first of the last June before the article's month)."""
    written = m.group(0).lower()
    if m.group("month"):
        month = _LEX.months[m.group("month").lower().rstrip(".")]
        return date(reference.year - (month >= reference.month), month, 1)
    if m.group("weekday"):
        weekday = WEEKDAY_NUMBER[m.group("weekday").lower().replace("’", "'")]
        if m.group("week"):
            return reference - timedelta(days=reference.weekday() + 7 - weekday)
        if m.group("this"):
            return reference + timedelta(days=weekday - reference.weekday())
        back = (reference.weekday() - weekday) % 7
        return reference - timedelta(days=back or 7)
    if written.startswith("hari") or m.group("today"):
        return reference
    if written.startswith("sehari"):
        return reference - timedelta(days=1)
    if written.startswith("kemarin"):
        return reference - timedelta(days=1)
    if written.startswith("bulan"):
        return reference.replace(day=1) - timedelta(days=1)
    count = written.split()[0]
    return reference - timedelta(days=int(count) if count.isdigit() else NUMBER_WORDS[count])


def _weekday(written: str) -> int | None:
    """The weekday (Monday 0) a date expression starts with, if any."""
    first = re.match(r"[A-Za-z'’]+", written)
    return WEEKDAY_NUMBER.get(first.group(0).lower().replace("’", "'")) if first else None


def _months(iso: str) -> int:
    """The months since year 0 of an ISO month ("2022-12")."""
    return int(iso[:4]) * 12 + int(iso[5:7])


def _make(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso(value: date, granularity: str) -> str:
    return value.isoformat()[:7] if granularity == "month" else value.isoformat()
