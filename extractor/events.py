"""Evaluation events of one article: which kind of event, which regions, when and where (pure functions)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from extractor.assemble import date_range
from extractor.nlp.lexicon import load_lexicon, read_rows
from extractor.nlp.spans import main_region, published, spans_of, text_of

# A venue: a place noun after "di"/"bertempat di" (also glued: "diruang"), up to a date, a verb or a clause end.
VENUE_HEAD = (r"(?:Hotel|Gedung|Ruang|Aula|Kantor|Balai|Pendopo|Pendapa|Command\s+Center|Auditorium|Graha|Wisma|"
              r"Rumah\s+Jabatan|Rumah\s+Dinas|Convention|Ballroom|Hall|Sasana|Bangsal|Kampus|Kompleks|Lobi|Studio|"
              r"ICE|ruang|aula|kantor|gedung|pendopo|balai)")
# (up to three capitalised words may come before the head: "di The Meru Sanur Hotel, Denpasar")
VENUE_LEAD = r"(?:[A-Z][\w'’-]*\s+){0,3}?"
VENUE = re.compile(rf"(?:\b(?:bertempat|berlokasi)\s+di\s*|\bdi\s*(?={VENUE_LEAD}{VENUE_HEAD})|\bdi\s+)"
                   rf"(?P<v>{VENUE_LEAD}{VENUE_HEAD}\b[^.;\n]{{0,90}}?)"
                   r"(?=\s*(?:[.;\n]|\(\d|,\s*(?:[a-z]|\d|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Provinsi)|\s+Provinsi\b|"
                   r"\s(?:pada|tanggal|selama|sejak|yang|dengan|dan|oleh|untuk|kegiatan|digelar|melalui|secara|"
                   r"Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b|$))")
PLACE = re.compile(r"\b(?:di|bertempat\s+di)\s+(?P<v>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?=\s*(?:[,.;]|\s[a-z]|$))")
ONLINE = re.compile(r"\b(?:zoom|daring|virtual|video\s*conference|vicon|online)\b", re.IGNORECASE)
TAHAP = re.compile(r"\bTahap\s+(?P<t>[IV]+|\d|satu|dua|tiga)\b", re.IGNORECASE)
# An article about the first event mentions the others only as its context ("pra evaluasi ... sebelum
# evaluasi tahap I"; an award "berdasarkan penilaian juri"; an MoU or a bimtek of a region "yang terpilih"; the
# guidance an MoU opens, "pendampingan penyusunan masterplan di tahun 2024", and the MoU a bimtek follows up):
# without their own date they are not events.
SUBSUMES = {"award": ("assessment", "evaluation"), "pre_evaluation": ("evaluation", "assessment"),
            "evaluation": ("assessment",),
            "mou_signing": ("selection_result", "assessment", "technical_guidance"),
            "technical_guidance": ("selection_result", "assessment", "mou_signing"),
            "selection_result": ("assessment",)}
# In the sentence of a specific step, a meeting or forum word (type other) names where it happened ("pada kegiatan
# Forum Smart City ... dievaluasi"), and what an MoU is about is no guidance of its own ("Nota Kesepakatan
# Pendampingan Penyusunan Masterplan"); elsewhere in the article they stay events.
IN_ITS_SENTENCE = {kind: (*minor, "other") for kind, minor in SUBSUMES.items()} | {
    "mou_signing": (*SUBSUMES["mou_signing"], "technical_guidance", "other"), "assessment": ("other",),
    "selection_result": ("other",)}
# a venue in the region's own offices: the region is evaluated at home, not hosting others
OWN_OFFICE = re.compile(r"Bupati|Wali\s*Kota|Walikota|Pemkab|Pemkot|Balai\s+Kota|Pendopo|Pendapa|Setda|Diskominfo|DPRD|"
                        r"Bappeda|Sekretariat\s+Daerah|Command\s+Center", re.IGNORECASE)
# types whose regions may be listed on the lines after the sentence ("Berikut daftar ...: 1. Kota X")
LISTED = ("selection_result", "award")
# a trigger right after a follows word of event_context.csv ("setelah/sebelum/usai/tindak lanjut dari", and up to
# three words: "setelah melalui sejumlah tahapan penilaian") names the event another one is dated against, and so
# does one that a preparation names ("mempersiapkan pelaksanaan evaluasi"); the last word may be glossed in
# brackets: "penilaian (assessment)"
AFTER_ANOTHER = r"\b(?:{words})\s+(?:\w+\s+){{0,3}}(?:\w+\s*\(\s*)?$"
# a trigger after "dalam rangka" is the purpose of an event the sentence has named before it ("Sosialisasi ...
# dalam rangka Penyusunan Masterplan"), or the event itself when none was ("Acara ini ... dalam rangka
# penandatanganan Nota Kesepakatan")
FOR_ANOTHER = re.compile(r"\bdalam\s+rangka\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
OTHER_EVENT_CLAUSE = r"\b(?:{words})\b[^,.;]*"
# an event that ended this long before the article's date is background, not the news it reports
BACKGROUND_DAYS = 365
PROGRAMME = re.compile(r"Gerakan\s+(?:Menuju\s+100\s+Smart\s+City|Smart\s+City\s+Nasional)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[tuple[str, re.Pattern[str]]], dict[str, re.Pattern[str]]]:
    """The trigger patterns in file order, and the context patterns by kind (with "after_another",
    "other_event_clause" and "opening_clause" built from the follows and prepares words, and "aside" as
    written: it matches the text just before a trigger)."""
    triggers = [(kind, re.compile(rf"(?:{p})", re.IGNORECASE)) for kind, p in load_lexicon().event_triggers]
    rows = read_rows("event_context.csv")
    words = {kind: "|".join(r["pattern"] for r in rows if r["kind"] == kind)
             for kind in ("report", "background", "plan", "anaphor", "gathering", "follows", "prepares")}
    context = {kind: re.compile(rf"\b(?:{w})\b", re.IGNORECASE) for kind, w in words.items()}
    context["after_another"] = re.compile(AFTER_ANOTHER.format(words=f"{words['follows']}|{words['prepares']}"),
                                          re.IGNORECASE)
    context["other_event_clause"] = re.compile(OTHER_EVENT_CLAUSE.format(words=words["follows"]), re.IGNORECASE)
    context["opening_clause"] = re.compile(rf"\W*(?:{words['follows']})\b[^,.;]*,", re.IGNORECASE)
    context["aside"] = re.compile(next(r["pattern"] for r in rows if r["kind"] == "aside"), re.IGNORECASE)
    return triggers, context


def events_of(doc: Doc, title: str | None = None) -> list[dict[str, Any]]:
    """The smart-city events the article reports, one per type, with regions, dates, venue and stage."""
    triggers, context = _patterns()
    text = text_of(doc)
    sentences = list(doc.sents)
    claimed: list[tuple[int, int]] = []
    hits: dict[str, list[Span]] = {}
    for kind, pattern in triggers:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in claimed):
                continue
            claimed.append((m.start(), m.end()))
            sent = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if sent is None:
                continue
            sentence = sent[0].sent
            before = text[sentence.start_char:m.start()]
            # "kata bupati usai menandatangani MoU, Kamis (21/4)": the speaker places the step on the day
            aside = context["aside"].search(before) is not None
            if context["after_another"].search(before) and not aside:
                continue  # "setelah penandatanganan, ... bimtek": the clause dates the other event
            purpose = FOR_ANOTHER.search(before)
            if purpose and any(p.search(before[:purpose.start()]) for _, p in triggers):
                continue
            if aside or _is_reported(doc, sentence, sentences, context, (m.start(), m.end())):
                hits.setdefault(kind, []).append(sentence)
    for main, minor in IN_ITS_SENTENCE.items():
        # "penilaian ... ditentukan oleh evaluasi tahap II": one event, named by its more specific word
        main_starts = {s.start for s in hits.get(main, [])}
        for kind in minor:
            if kind in hits:
                hits[kind] = [s for s in hits[kind] if s.start not in main_starts]
                if not hits[kind]:
                    del hits[kind]
    _attach_anaphors(doc, hits, sentences, claimed, context["anaphor"])
    title_kinds = {kind for kind, pattern in triggers if title and pattern.search(title)}
    events, leads, groups = [], [], {}
    for kind, sents in hits.items():
        for group in _by_date(doc, _unique_sents(sents)):
            events.append(_event(doc, kind, group))
            groups[id(events[-1])] = group
            if any(s.start == sentences[0].start for s in group):
                leads.append(events[-1])
    for kind in title_kinds - set(hits):
        events.append({"type": kind, "regions": [], "start": None, "end": None, "granularity": None,
                       "venue": None, "online": False, "stage": None, "programme": None})
    for main, minor in SUBSUMES.items():
        # a year alone ("mengikuti asesmen di tahun 2022") dates no event of its own; the lead's step is the news
        if main in hits:
            events = [e for e in events if e["type"] not in minor or e["granularity"] in ("day", "month")
                      or any(e is lead for lead in leads)]
    for event in events:
        event["type"] = _stage_type(event, groups.get(id(event), []), published(doc))
    order = {kind: i for i, (kind, _) in enumerate(triggers)}
    return sorted(_recent(events, published(doc)), key=lambda e: (e["start"] or "9999", order[e["type"]]))


@lru_cache(maxsize=1)
def _stage_years() -> dict[str, tuple[list[tuple[int, int]], str, re.Pattern[str]]]:
    """The years each step of the programme ran, the step it is otherwise, and the words that name it whatever
    the year (data/stage_years.csv)."""
    stages: dict[str, tuple[list[tuple[int, int]], str, re.Pattern[str]]] = {}
    for row in read_rows("stage_years.csv"):
        years, _, _ = stages.setdefault(row["type"], ([], row["otherwise"], re.compile(row["unless"], re.I)))
        years.append((int(row["first"]), int(row["last"])))
    return stages


def _stage_type(event: dict[str, Any], sents: list[Span], published_on: date | None) -> str:
    """"Penilaian smart city" in 2022 is the evaluation of a region already in the programme, not its selection:
    a step dated (or, undated, published) outside the years it ran is the step it is then."""
    stage = _stage_years().get(event["type"])
    year = int(event["start"][:4]) if event["start"] else published_on.year if published_on else None
    if stage is None or year is None or any(a <= year <= b for a, b in stage[0]) \
            or any(stage[2].search(s.text) for s in sents):
        return str(event["type"])
    return stage[1]


def _recent(events: list[dict[str, Any]], published_on: date | None) -> list[dict[str, Any]]:
    """The events less than BACKGROUND_DAYS older than the article (its publication date, else its latest dated
    event): "Siak, terpilih sejak Mei 2017, ..." in a report of 2020 is the region's history, not news."""
    days = [r[1] for e in events if (r := date_range(e["start"], e["end"])) and e["granularity"] in ("day", "month")]
    reference = published_on or (max(days) if days else None)
    if reference is None:
        return events
    return [e for e in events if (r := date_range(e["start"], e["end"])) is None
            or (reference - r[1]).days < BACKGROUND_DAYS]


def _is_reported(doc: Doc, sentence: Span, sentences: list[Span], context: dict[str, re.Pattern[str]],
                 trigger: tuple[int, int]) -> bool:
    """A trigger counts when its sentence reports the event: a plan ("akan", "dijadwalkan") only when dated and
    not framed by another event; otherwise dated, the lead, or with a reporting verb other than the trigger
    itself ("Kerinci meluncurkan aplikasi X" in a list of programmes reports no launch)."""
    text = sentence.text
    dates = _event_dates(doc, [sentence])
    if context["plan"].search(text):
        # a scheduled step counts; not one dated against another event ("setelah MoU ... akan") or a result
        return bool(dates) and not context["background"].search(text)
    if dates:
        return True
    a, b = trigger[0] - sentence.start_char, trigger[1] - sentence.start_char
    # an opening "Setelah pemaparan laporan, ..." orders the event after another; the clause after it reports
    opening = context["opening_clause"].match(text)
    if context["background"].search(text[opening.end():] if opening and opening.end() <= a else text):
        return False
    return sentence.start == sentences[0].start or bool(context["report"].search(text[:a] + " " + text[b:]))


def _attach_anaphors(doc: Doc, hits: dict[str, list[Span]], sentences: list[Span], claimed: list[tuple[int, int]],
                     anaphor: re.Pattern[str]) -> None:
    """A dated sentence without a trigger that refers back to "the activity" ("kegiatan tersebut berlangsung
    13 Juni") joins the undated event reported last before it."""
    for sentence in sentences:
        if not anaphor.search(sentence.text) or not _event_dates(doc, [sentence]) or any(
                sentence.start_char <= a < sentence.end_char for a, _ in claimed):
            continue
        before = [(max(s.start for s in sents if s.start < sentence.start), kind) for kind, sents in hits.items()
                  if any(s.start < sentence.start for s in sents)]
        if before:
            kind = max(before)[1]
            if not _event_dates(doc, hits[kind]):
                hits[kind].append(sentence)


def _unique_sents(sents: list[Span]) -> list[Span]:
    seen, out = set(), []
    for s in sents:
        if s.start not in seen:
            seen.add(s.start)
            out.append(s)
    return out


def _event_dates(doc: Doc, sents: list[Span], relative: bool = True) -> list[Span]:
    """The event dates of the sentences (with relative ones, "kemarin", "Senin lalu", resolved against the
    article's date, unless told not to), except those of a clause that dates another event ("terpilih setelah
    mengikuti penilaian pada awal Maret 2019": March is the assessment's month, not the selection's)."""
    others = [c for s in sents for c in _other_event_clauses(s)]
    kinds = ("event", "relative") if relative else ("event",)
    return [d for d in spans_of(doc, "dates") if d._.value["kind"] in kinds
            and any(s.start_char <= d.start_char < s.end_char for s in sents)
            and not any(a <= d.start_char < b for a, b in others)]


def _other_event_clauses(sentence: Span) -> list[tuple[int, int]]:
    """Character bounds of the clauses of a sentence that open with "setelah/usai/sebelum..." and name an event
    (a trigger word) of their own, up to the next comma or stop."""
    triggers, context = _patterns()
    return [(sentence.start_char + m.start(), sentence.start_char + m.end())
            for m in context["other_event_clause"].finditer(sentence.text)
            if any(pattern.search(m.group(0)) for _, pattern in triggers)]


def _by_date(doc: Doc, sents: list[Span]) -> list[list[Span]]:
    """Split the sentences of one event type into events with distinct dates ("tahap I in July, tahap II in
    October"); a sentence without a date belongs to the event reported just before it (else the first)."""
    groups: list[tuple[str, str, list[Span]]] = []  # (start, end, sentences)
    undated: list[Span] = []
    relative = not _event_dates(doc, sents, relative=False)  # a stated date outweighs "hari ini" in a quote
    for sent in sents:
        dates = _event_dates(doc, [sent], relative)
        if not dates:
            if groups:
                groups[-1][2].append(sent)
            else:
                undated.append(sent)
            continue
        start = min(d._.value["iso_start"] for d in dates)
        end = max(d._.value["iso_end"] for d in dates)
        for i, (g_start, g_end, members) in enumerate(groups):
            if _close(start, end, g_start, g_end):
                groups[i] = (min(start, g_start), max(end, g_end), members + [sent])
                break
        else:
            groups.append((start, end, [sent]))
    if not groups:
        return [undated]
    groups[0][2][:0] = undated
    return [members for _, _, members in groups]


def _close(start: str, end: str, other_start: str, other_end: str) -> bool:
    """Date ranges that overlap or follow each other within a day (ISO strings, day or month precision)."""
    if start[:7] != other_start[:7] and end[:7] != other_end[:7] and not (start <= other_end and other_start <= end):
        return False
    if len(start) == 7 or len(other_start) == 7:
        return start[:7] <= other_end[:7] and other_start[:7] <= end[:7]
    first, last = sorted([(start, end), (other_start, other_end)])
    return date.fromisoformat(last[0]) <= date.fromisoformat(first[1]) + timedelta(days=1)


def _venue(sents: list[Span]) -> str | None:
    for s in sents:
        m = VENUE.search(s.text)
        if m:
            return m.group("v").strip(" ,")
    for s in sents:
        m = PLACE.search(s.text)
        if m:
            return m.group("v").strip(" ,")
    return None


def _event(doc: Doc, kind: str, sents: list[Span]) -> dict[str, Any]:
    def inside(span: Span) -> bool:
        return any(s.start_char <= span.start_char < s.end_char for s in sents)

    dates = _event_dates(doc, sents, relative=False) or _event_dates(doc, sents)
    years = [d for d in spans_of(doc, "dates") if inside(d) and d._.value["kind"] == "year"]
    start = end = granularity = None
    if dates:
        start = min(d._.value["iso_start"] for d in dates)
        end = max(d._.value["iso_end"] for d in dates)
        granularity = dates[0]._.value["granularity"]
    elif years:
        start, end, granularity = years[0]._.value["iso_start"], None, "year"
    venue = _venue(sents)
    text = text_of(doc)
    host, regions = set(), []
    named = [r for r in spans_of(doc, "regions") if inside(r) or kind in LISTED and _listed_after(text, sents, r)]
    in_venue = {r.start_char for r in named if venue is not None and (
        r.text in venue or r._.value["name"].split(" ", 1)[-1] in venue)}
    for r in named:
        before = text[max(0, r.start_char - 40):r.start_char]
        # "di X" names the host, unless the venue already places the event in another region ("Smart City di
        # Kota X dievaluasi ... di The Meru Sanur Hotel, Denpasar")
        if r.start_char in in_venue or not in_venue and re.search(r"\b(?:di|ke)\s*$", before):
            host.add(r._.value["name"])
            continue
        regions.append(r._.value["name"])
    regions = list(dict.fromkeys(regions))
    main = main_region(doc, clear_winner=True)
    own_office = venue is not None and OWN_OFFICE.search(venue) is not None
    # a region that hosts its own evaluation is evaluated too, unless the event gathers many regions
    hosts_others = _patterns()[1]["gathering"].search(" ".join(s.text for s in sents)) is not None
    if not regions and main is not None and (main not in host or own_office or not hosts_others) \
            and kind != "award":
        regions = [main]  # "the evaluation" of an article about one region is that region's
    joined = " ".join(s.text for s in sents)
    stage = TAHAP.search(joined)
    programme = PROGRAMME.search(text)
    return {
        "type": kind,
        "regions": regions,
        "host_regions": sorted(host - set(regions)),
        "start": start,
        "end": end,
        "granularity": granularity,
        "venue": venue,
        "online": bool(ONLINE.search(joined)),
        "stage": f"Tahap {stage.group('t')}" if stage else None,
        "programme": programme.group(0) if programme else None,
        "published": _iso(published(doc)),
    }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _listed_after(text: str, sents: list[Span], region: Span) -> bool:
    """A region on a list line ("12. Kabupaten Banyuasin") that follows one of the event's sentences."""
    line_start = text.rfind("\n", 0, region.start_char) + 1
    if not re.match(r"\s*(?:\d+[.)]|[-•*])\s*", text[line_start:region.start_char] + " "):
        return False
    before = [s for s in sents if s.end_char <= region.start_char]
    if not before:
        return False
    between = text[before[-1].end_char:line_start]
    return all(re.match(r"\s*(?:\d+[.)]|[-•*])", line) or not line.strip() for line in between.split("\n"))
