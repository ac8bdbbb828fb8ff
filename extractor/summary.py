"""The article-level extraction: the NLP over an article, summarised in the keys of the gold schema."""

from __future__ import annotations

from datetime import date
from typing import Any

from spacy.tokens import Doc

from extractor.classify import packaged, predict_dimensions
from extractor.events import events_of
from extractor.nlp import analyse, load_pipeline, mentions_of
from extractor.nlp.spans import sentence_of, spans_of, text_of
from extractor.records import Article, Extraction


def _unique(values: list[Any]) -> list[Any]:
    seen = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen


def _innovations(doc: Doc) -> list[dict[str, Any]]:
    """Each innovation once; one the article does not file under a dimension gets the classifier's guess (all
    of the article's in one call), empty when the classifier is unsure."""
    innovations: list[dict[str, Any]] = []
    unfiled: list[dict[str, str]] = []
    text = text_of(doc)
    for span in spans_of(doc, "innovations"):
        v = span._.value
        if any(i["name"].lower() == v["name"].lower() for i in innovations):
            continue
        innovations.append({"name": v["name"], "description": v.get("description"), "dimension": v["dimension"],
                            "dimension_source": v["dimension_source"], "confidence": None})
        if v["dimension"] is None:
            a, b = sentence_of(doc, span.start_char)
            unfiled.append({"name": v["name"], "description": v.get("description") or "", "sentence": text[a:b]})
    predictions = predict_dimensions(unfiled)
    for item, prediction in zip([i for i in innovations if i["dimension"] is None], predictions):
        item.update(dimension=prediction.dimension, confidence=prediction.confidence,
                    dimension_source="predicted" if prediction.dimension else None)
    return innovations


def summarise(doc: Doc, article: Article) -> dict[str, Any]:
    """One dict per article with the gold-schema keys, plus evidence-free extras (codes, kinds)."""
    people: dict[str, dict[str, Any]] = {}
    for span in spans_of(doc, "people"):
        v = span._.value
        people.setdefault(v["name"], {k: v[k] for k in ("name", "category", "role", "affiliation", "region")})
    dates = _unique([{"text": s.text, "start": s._.value["iso_start"], "end": s._.value["iso_end"]}
                     for s in spans_of(doc, "dates") if s._.value["kind"] == "event"])
    dates = [d for i, d in enumerate(dates) if (d["start"], d["end"]) not in
             {(x["start"], x["end"]) for x in dates[:i]}]
    scores = _unique([{"value": s._.value["value"], "year": s._.value["year"], "what": s._.value["what"]}
                      for s in spans_of(doc, "scores")])
    innovations = _innovations(doc)
    published = article.published or next(
        (s._.value["iso_start"] for s in spans_of(doc, "dates") if s._.value["kind"] == "publication"), None)
    return {
        "id": article.id,
        "url": article.url,
        "site": article.site,
        "title": article.title,
        "published": published.isoformat() if isinstance(published, date) else published,
        "regions": _unique([s._.value["name"] for s in spans_of(doc, "regions")]),
        "region_codes": _unique([s._.value["code"] for s in spans_of(doc, "regions")]),
        "provinces": _unique([s._.value["name"] for s in spans_of(doc, "provinces")]),
        "people": list(people.values()),
        "dates": dates,
        "scores": scores,
        "dimensions": _unique([s._.value["name"] for s in spans_of(doc, "dimensions")]),
        "innovations": innovations,
        "events": events_of(doc, article.title),
    }


def extract_article(article: Article) -> Extraction:
    """Run the NLP over an article: its mentions with evidence and the article-level summary."""
    doc = analyse(article.text, article.published)
    return Extraction(article=article, mentions=mentions_of(doc), summary=summarise(doc, article))


def load_models() -> None:
    """Load the NLP pipeline and the classifier now rather than on the first article (each once per process)."""
    load_pipeline()
    packaged()
