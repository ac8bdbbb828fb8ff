"""The article-level extraction: the NLP over an article, summarised in the keys of the gold schema."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from spacy.tokens import Doc, Span

from extractor.classify import packaged, predict_dimensions
from extractor.events import events_of
from extractor.facts import annotate_events
from extractor.nlp import analyse, load_pipeline, memory_zone, mentions_of
from extractor.nlp.dates import STATED_YEAR, find_dates
from extractor.nlp.spans import sentence_of, spans_of, text_of
from extractor.records import Article, Extraction

# what a score item of the summary holds (kind: index, rank, percentage, dimension_score or other)
LIST_ITEMS = 2  # a sentence naming this many innovations lists them
# "..., layanan perizinan KSWI, dan aplikasi surat-menyurat e-Suket": the lower-case words between a list's separator and
# an item describe that item, not the one before it
ITEM_PREFIX = re.compile(r"(?:,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t](?:dan|serta)[ \t]+)"
                         r"(?P<p>(?!(?:yang|untuk|dan|serta)\b)[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,3})[ \t]+$")
# "... sejumlah inovasi, di antaranya aplikasi Lapor X, Pasar Y ...": the lower-case words between the list's cue and
# its first item describe that item ("aplikasi"), not every item of the list
FIRST_ITEM_PREFIX = re.compile(r"(?:[,:]|\b(?:yaitu|yakni|adalah|antara[ \t]+lain|di[ \t]*antaranya|seperti|meliputi|berupa))"
                               r"[ \t]+(?P<p>(?!(?:yang|untuk|dan|serta)\b)[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,3})[ \t]+$")
SCORE_KEYS = ("value", "year", "what", "kind", "dimension", "metric", "region")
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# a year counted from the publication's ("naik dari tahun sebelumnya", "tahun ini", "thn lalu"): a page saying it
# dates its scores by its own year even when it writes none
RELATIVE_YEAR = re.compile(r"\b(?:tahun|thn)\s+(?:ini|lalu|sebelumnya|kemarin)\b", re.IGNORECASE)
# a URL's path segment that is a headline: words joined by dashes ("nilai-smart-city-2023-kabupaten-x-tertinggi")
SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+){3,}$", re.IGNORECASE)
# a year and a month as two segments of a URL's path ("/2017/08/slug")
URL_YEAR_MONTH = re.compile(r"/((?:19|20)\d{2})/(?:0?[1-9]|1[0-2])/")


def _unique(values: list[Any]) -> list[Any]:
    seen = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen


def _unscoped(metric: str | None) -> bool:
    return (metric or "").endswith(", rank")


def _same_metric(a: str | None, b: str | None) -> bool:
    """The same metric, or a rank without a scope and one with it ("peringkat 5" then "peringkat 5 nasional")."""
    base = (a or "").split(", ")[0] == (b or "").split(", ")[0]
    return a == b or base and (_unscoped(a) or _unscoped(b)) and (a or "").endswith("rank") and \
        (b or "").endswith("rank")


def _unique_scores(scores: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One item per (value, year, kind, metric, region); a score whose region or year is unknown is the same as one
    with the same value whose region or year is known (a score repeated in the title and the body is one score; "Kota X
    masuk ranking 114" over "ranking 114 ... Report 2023"), and a rank without its scope the same as the rank with
    it."""
    out: list[dict[str, Any]] = []
    for score in scores:
        key = tuple(score.get(k) for k in ("value", "kind"))
        same = [s for s in out if tuple(s.get(k) for k in ("value", "kind")) == key
                and (s.get("year") == score.get("year") or None in (s.get("year"), score.get("year")))
                and _same_metric(s.get("metric"), score.get("metric")) and (
            s.get("region") == score.get("region") or None in (s.get("region"), score.get("region")))]
        if not same:
            out.append(score)
        elif same[0].get("region") is None and score.get("region") is not None or \
                same[0].get("year") is None and score.get("year") is not None or \
                _unscoped(same[0].get("metric")) and not _unscoped(score.get("metric")):
            out[out.index(same[0])] = dict(score, year=score.get("year") or same[0].get("year"),
                                           region=score.get("region") or same[0].get("region"))
    return out


def _innovations(doc: Doc) -> list[dict[str, Any]]:
    """Each innovation once; one the article does not file under a dimension gets the classifier's guess (all
    of the article's in one call), empty when the classifier is unsure."""
    innovations: list[dict[str, Any]] = []
    unfiled: list[dict[str, str]] = []
    seen: set[str] = set()
    text = text_of(doc)
    spans = spans_of(doc, "innovations")
    all_starts = [s.start_char for s in spans]  # in text order (spans_of)
    for n, span in enumerate(spans):
        v = span._.value
        if v["name"].lower() in seen:
            continue
        seen.add(v["name"].lower())
        innovations.append({"name": v["name"], "description": v.get("description"), "dimension": v["dimension"],
                            "dimension_source": v["dimension_source"], "confidence": None})
        if v["dimension"] is None:
            a, b = sentence_of(doc, span.start_char)
            # "meliputi e-Pajak, e-Retribusi Pasar, ..., e-Retribusi Kebersihan Sampah, ...": in a sentence listing
            # items, an item is read from the words before the list and its own part of it, not from the others'
            first = bisect_left(all_starts, a)
            inside = spans[first:bisect_left(all_starts, b)]
            sentence = text[a:b]
            if len(inside) >= LIST_ITEMS:
                head = FIRST_ITEM_PREFIX.search(text, a, inside[0].start_char)
                end = head.start("p") if head else inside[0].start_char
                sentence = text[a:end] + text[slice(*_list_part(text, inside, n - first, b, end))]
            unfiled.append({"name": v["name"], "description": v.get("description") or "", "sentence": sentence})
    predictions = predict_dimensions(unfiled)
    for item, prediction in zip([i for i in innovations if i["dimension"] is None], predictions):
        item.update(dimension=prediction.dimension, confidence=prediction.confidence,
                    dimension_source="predicted" if prediction.dimension else None)
    return innovations


def _list_part(text: str, items: list[Span], k: int, sentence_end: int, first_start: int) -> tuple[int, int]:
    """Where the k-th item of a list sentence and the words about it lie: from its describing words before it (see
    ITEM_PREFIX; the first item's start at `first_start`, see FIRST_ITEM_PREFIX) to the next item's."""
    def prefix(j: int) -> int | None:
        if j == 0:
            return first_start
        m = ITEM_PREFIX.search(text, items[j - 1].end_char, items[j].start_char)
        return m.start("p") if m else None

    own = prefix(k)
    start = items[k].start_char if own is None else own
    if k + 1 == len(items):
        return start, sentence_end
    following = prefix(k + 1)
    return start, items[k + 1].start_char if following is None else following


# The headline is read for its scores (_headline_scores) and its prefixed regions only: the components after
# smartcity_scores add nothing to them, and on a short text the trained `ner` costs mostly its fixed overhead.
HEADLINE_SKIPS = ("ner", "smartcity_people", "smartcity_innovations")


def _headline_scores(headline: Doc, scores: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The scores only the headline states ("Depok Raih Peringkat Keempat Kota Cerdas 2015" over a body that lists
    the winners without it); one the body states too (for the same region, when both name one) is the body's, told
    with its context: a rank 4 of another region in the body does not stand for the headline's. Without a year of its
    own the headline's score is of the evaluation the body's scores are of."""
    found: list[dict[str, Any]] = []
    body_year = next((s["year"] for s in scores if s.get("year") is not None), None)
    for span in spans_of(headline, "scores"):
        score = {k: span._.value.get(k) for k in SCORE_KEYS}
        if any(s["value"] == score["value"] and s["kind"] == score["kind"] and (
                None in (s.get("region"), score.get("region")) or s.get("region") == score.get("region"))
               for s in scores + found):
            continue
        if body_year is not None and not YEAR.search(text_of(headline)):
            score["year"] = body_year
        found.append(score)
    return found


def headline_year(title: str | None) -> int | None:
    """The one year a headline names, not in a date ("Nilai Smart City 2023 Luwu Utara Tertinggi"), else None."""
    if not title:
        return None
    dated = [title[start:end] for start, end, _ in find_dates(title, None)]
    years = {int(y) for y in YEAR.findall(title)} - {int(y) for d in dated for y in YEAR.findall(d)}
    return years.pop() if len(years) == 1 else None


def summarise(doc: Doc, article: Article, headline: Doc | None = None) -> dict[str, Any]:
    """One dict per article with the gold-schema keys, plus evidence-free extras (codes, kinds); `headline` (the
    NLP over the title) adds the scores only the headline states and the regions it names with a prefix."""
    people: dict[str, dict[str, Any]] = {}
    for span in spans_of(doc, "people"):
        v = span._.value
        people.setdefault(v["name"], {k: v[k] for k in ("name", "category", "role", "affiliation", "region")})
    dates = _unique([{"text": s.text, "start": s._.value["iso_start"], "end": s._.value["iso_end"]}
                     for s in spans_of(doc, "dates") if s._.value["kind"] == "event" and not s._.value.get("outside")])
    dates = [d for i, d in enumerate(dates) if (d["start"], d["end"]) not in
             {(x["start"], x["end"]) for x in dates[:i]}]
    scores = _unique_scores([{k: s._.value.get(k) for k in SCORE_KEYS} for s in spans_of(doc, "scores")])
    # a score its body does not date, and every score of a page whose text names no year at all, is of the year its
    # headline names (else the one its URL's slug spells: a page without a title), else of none (the year of its URL's
    # date or of its metadata is when the page went out, not the evaluation a score is of; unless the text counts years
    # from it: "Pada penilaian tahun sebelumnya Sabang mendapat 2,41" on a page of 2023 is of 2022)
    year = headline_year(article.title or slug_title(article.url))
    undated = not YEAR.search(text_of(doc)) and not (article.published and RELATIVE_YEAR.search(text_of(doc)))
    for score in scores:
        score["year"] = year if undated or score.get("year") is None else score["year"]
    if headline is not None:
        scores += _headline_scores(headline, scores)
    innovations = _innovations(doc)
    # "Pemkab X Tanda Tangani MoU ...": a region the headline names with its prefix is the article's too
    headline_spans = [s for s in spans_of(headline, "regions") if s._.value["prefixed"]] if headline is not None else []
    region_spans = list(spans_of(doc, "regions")) + headline_spans
    headline_regions = tuple(dict.fromkeys(s._.value["name"] for s in headline_spans))
    published = article.published or next(
        (s._.value["iso_start"] for s in spans_of(doc, "dates") if s._.value["kind"] == "publication"), None)
    iso_published = published.isoformat() if isinstance(published, date) else published
    return {
        "id": article.id,
        "url": article.url,
        "site": article.site,
        "title": article.title,
        "published": iso_published,
        "regions": _unique([s._.value["name"] for s in region_spans]),
        "region_codes": _unique([s._.value["code"] for s in region_spans]),
        "provinces": _unique([s._.value["name"] for s in spans_of(doc, "provinces")]),
        "people": list(people.values()),
        "dates": dates,
        "scores": scores,
        "dimensions": _unique([s._.value["name"] for s in spans_of(doc, "dimensions")]),
        "innovations": innovations,
        "events": annotate_events(events_of(doc, article.title, headline_regions), text_of(doc), iso_published),
    }


# A date line: at most this long, and nothing on it but the date, a clock time, a time zone, a place before a
# comma and separators ("Jakarta, Senin 12 Maret 2021 | 10.30 WIB"); a longer line is a sentence that names a date.
DATE_LINE_MAX_CHARS = 80
EMPTY_PAGE = "<html><body></body></html>"  # htmldate reads only the URL of it
_DATE_LINE_REST = re.compile(r"^(?:[A-Za-z .]{0,30}[,:])?[\s|,·:\-–]*(?:pukul\s*)?(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?"
                             r"\s*(?:WI[BT]A?)?[\s|,·\-–]*$", re.IGNORECASE)


def date_line(text: str) -> date | None:
    """The date of the first line of the text that holds nothing but a day's date (and a time, zone or place)."""
    for line in text.split("\n"):
        line = line.strip()
        if not line or len(line) > DATE_LINE_MAX_CHARS:
            continue
        for start, end, value in find_dates(line, None):
            if value["granularity"] == "day" and _DATE_LINE_REST.match(line[:start] + " " + line[end:]):
                return date.fromisoformat(value["iso_start"])
    return None


def url_date(url: str | None) -> date | None:
    """The day a URL's path names ("/2023/07/07/slug"), read by htmldate's URL patterns."""
    if not url:
        return None
    # htmldate (with dateutil) takes 0.05 s to import; only articles with a URL and no other date need it
    from htmldate import find_date

    found = find_date(EMPTY_PAGE, url=url, extensive_search=False)
    return date.fromisoformat(found) if found else None


def url_years(url: str | None) -> tuple[int, ...]:
    """The year of a URL's path that names a year and a month but no day ("/2017/08/slug"), which `url_date`
    does not read."""
    m = URL_YEAR_MONTH.search(urlsplit(url).path) if url else None
    return (int(m.group(1)),) if m else ()


def dated(article: Article) -> Article:
    """The article with its best publication date: the metadata's, else the dateline's, else a date line's, else
    its URL's (read before the NLP runs, so that relative dates count from it in one pass)."""
    if article.published is not None:
        return article if article.published_source else replace(article, published_source="metadata")
    dateline = next((v["iso_start"] for _, _, v in find_dates(article.text, None) if v["kind"] == "publication"),
                    None)
    if dateline:
        return replace(article, published=date.fromisoformat(dateline[:10]), published_source="dateline")
    found = date_line(article.text)
    if found:
        return replace(article, published=found, published_source="text")
    from_url = url_date(article.url)
    return replace(article, published=from_url, published_source="url" if from_url else None)


def slug_title(url: str | None) -> str | None:
    """The headline a URL's path spells ("/read/431735/nilai-smart-city-2023-luwu-utara-tertinggi/all"), for a page
    without a title: its longest segment of four or more words joined by dashes, the dashes read as spaces."""
    if not url:
        return None
    segments = [re.sub(r"\.\w{2,5}$", "", part) for part in urlsplit(url).path.split("/")]
    slugs = [part for part in segments if SLUG.match(part) and re.search(r"[a-z]{3}", part, re.IGNORECASE)]
    return re.sub(r"[-_]+", " ", max(slugs, key=len)) if slugs else None


def extract_article(article: Article) -> Extraction:
    """Run the NLP over an article: its mentions with evidence and the article-level summary. An article without a
    date in its metadata takes the one of its dateline or of a date line (relative dates then count from it)."""
    article = dated(article)
    with memory_zone(article.text, article.title or ""):  # the docs' new words are forgotten after the article
        doc = analyse(article.text, article.published,
                      url_years=() if article.published is not None else url_years(article.url),
                      headline_years=tuple(int(y) for y in STATED_YEAR.findall(article.title or "")))
        headline = analyse(article.title, article.published, skip=HEADLINE_SKIPS) if article.title else None
        return Extraction(article=article, mentions=mentions_of(doc), summary=summarise(doc, article, headline))


def load_models() -> None:
    """Load the NLP pipeline and the classifier now rather than on the first article (each once per process)."""
    load_pipeline()
    packaged()
