"""Evaluation events of one article: which kind of event, which regions, when and where (pure functions)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from extractor.nlp.lexicon import load_lexicon, read_rows
from extractor.nlp.spans import published, spans_of

VENUE = re.compile(r"\b(?:di|bertempat\s+di|berlokasi\s+di)\s+(?P<v>(?:(?:Hotel|Gedung|Ruang|Aula|Kantor|Balai|Pendopo|"
                   r"Pendapa|Command\s+Center|Gedung|Auditorium|Graha|Wisma|Rumah\s+Jabatan|ruang|aula|kantor|"
                   r"gedung)\b[^.;\n]{0,80}?)|(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))(?=\s*(?:[.;\n]|,\s*(?:[a-z]|\d)|"
                   r"\s(?:pada|tanggal|selama|sejak|yang|dengan|dan|oleh|untuk|kegiatan|digelar)\b|$))")
ONLINE = re.compile(r"\b(?:zoom|daring|virtual|video\s*conference|vicon|online)\b", re.IGNORECASE)
TAHAP = re.compile(r"\bTahap\s+(?P<t>[IV]+|\d|satu|dua|tiga)\b", re.IGNORECASE)
# An article about the first event mentions the others only as its context ("pra evaluasi ... sebelum
# evaluasi tahap I"; an award "berdasarkan penilaian juri"): without their own date they are not events.
SUBSUMES = {"award": ("assessment", "evaluation"), "pre_evaluation": ("evaluation", "assessment")}
PROGRAMME = re.compile(r"Gerakan\s+(?:Menuju\s+100\s+Smart\s+City|Smart\s+City\s+Nasional)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str], re.Pattern[str]]:
    triggers = [(kind, re.compile(rf"(?:{p})", re.IGNORECASE)) for kind, p in load_lexicon().event_triggers]
    rows = read_rows("event_context.csv")
    report = re.compile(r"\b(?:" + "|".join(r["pattern"] for r in rows if r["kind"] == "report") + r")\b",
                        re.IGNORECASE)
    background = re.compile("|".join(r["pattern"] for r in rows if r["kind"] == "background"), re.IGNORECASE)
    return triggers, report, background


def events_of(doc: Doc, title: str | None = None) -> list[dict[str, Any]]:
    """The smart-city events the article reports, one per type, with regions, dates, venue and stage."""
    triggers, report, background = _patterns()
    text = doc.text
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
            if _is_reported(doc, sentence, sentences, report, background):
                hits.setdefault(kind, []).append(sentence)
    title_kinds = {kind for kind, pattern in triggers if title and pattern.search(title)}
    events = []
    for kind, sents in hits.items():
        events.append(_event(doc, kind, _unique_sents(sents)))
    for kind in title_kinds - set(hits):
        events.append({"type": kind, "regions": [], "start": None, "end": None, "granularity": None,
                       "venue": None, "online": False, "stage": None, "programme": None})
    for main, minor in SUBSUMES.items():
        if main in hits:
            events = [e for e in events if e["type"] not in minor or e["start"]]
    order = {kind: i for i, (kind, _) in enumerate(triggers)}
    return sorted(events, key=lambda e: (e["start"] or "9999", order[e["type"]]))


def _is_reported(doc: Doc, sentence: Span, sentences: list[Span], report: re.Pattern[str],
                 background: re.Pattern[str]) -> bool:
    """A trigger counts when its sentence reports the event (lead, dated or with a reporting verb)."""
    dated = any(sentence.start_char <= d.start_char < sentence.end_char and d._.value["kind"] == "event"
                for d in spans_of(doc, "dates"))
    if dated:
        return True
    if background.search(sentence.text):
        return False
    return sentence.start == sentences[0].start or bool(report.search(sentence.text))


def _unique_sents(sents: list[Span]) -> list[Span]:
    seen, out = set(), []
    for s in sents:
        if s.start not in seen:
            seen.add(s.start)
            out.append(s)
    return out


def _event(doc: Doc, kind: str, sents: list[Span]) -> dict[str, Any]:
    def inside(span: Span) -> bool:
        return any(s.start_char <= span.start_char < s.end_char for s in sents)

    dates = [d for d in spans_of(doc, "dates") if inside(d) and d._.value["kind"] == "event"]
    years = [d for d in spans_of(doc, "dates") if inside(d) and d._.value["kind"] == "year"]
    start = end = granularity = None
    if dates:
        start = min(d._.value["iso_start"] for d in dates)
        end = max(d._.value["iso_end"] for d in dates)
        granularity = dates[0]._.value["granularity"]
    elif years:
        start, end, granularity = years[0]._.value["iso_start"], None, "year"
    venue = None
    for s in sents:
        m = VENUE.search(s.text)
        if m:
            venue = m.group("v").strip(" ,")
            break
    text = doc.text
    venue_regions = set()
    regions = []
    for r in spans_of(doc, "regions"):
        if not inside(r):
            continue
        before = text[max(0, r.start_char - 40):r.start_char]
        if venue and r.text in venue or re.search(r"\b(?:di|ke)\s*$", before) or re.search(r",\s*$", before) and \
                venue and venue in before:
            venue_regions.add(r._.value["name"])
            continue
        regions.append(r._.value["name"])
    regions = list(dict.fromkeys(regions))
    joined = " ".join(s.text for s in sents)
    stage = TAHAP.search(joined)
    programme = PROGRAMME.search(text)
    return {
        "type": kind,
        "regions": regions,
        "host_regions": sorted(venue_regions - set(regions)),
        "start": start,
        "end": end,
        "granularity": granularity,
        "venue": venue,
        "online": bool(ONLINE.search(joined)),
        "stage": f"Tahap {stage.group('t')}" if stage else None,
        "programme": programme.group(0) if programme else None,
        "published": published(doc).isoformat() if published(doc) else None,
    }
