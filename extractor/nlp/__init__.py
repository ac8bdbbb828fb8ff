"""The spaCy pipeline for Indonesian smart-city news: building it, running it, reading its spans."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extractor.errors import NlpError
from extractor.nlp import (  # noqa: F401  (registers the components and the tokenizer)
    dates,
    dimensions,
    innovations,
    people,
    regions,
    scores,
    sentences,
    tokenizer,
)
from extractor.nlp.spans import text_of
from extractor.records import Mention

CONFIG = Path(__file__).with_name("config.cfg")
LABELS = ("regions", "provinces", "people", "dates", "scores", "dimensions", "innovations")


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The pipeline built from the packaged config.cfg (cached per process)."""
    try:
        config = spacy.util.load_config(CONFIG)
        return spacy.util.load_model_from_config(config, auto_fill=True)
    except Exception as exc:  # spaCy raises many kinds; say which file is broken
        raise NlpError(str(CONFIG), f"cannot build the pipeline: {exc}", "reinstall the package") from exc


def analyse(text: str, published: date | None = None, nlp: Language | None = None) -> Doc:
    """Run the pipeline over one text, resolving relative dates against the publication date."""
    nlp = nlp or load_pipeline()
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def mentions_of(doc: Doc) -> tuple[Mention, ...]:
    """Every span the components found, as Mention records with their evidence."""
    out = []
    text = text_of(doc)
    for label in LABELS:
        if label not in doc.spans:
            continue
        for span in doc.spans[label]:
            value = dict(span._.value or {})
            start, end = value.pop("start", span.start_char), value.pop("end", span.end_char)
            out.append(Mention(label=label.rstrip("s") if label != "people" else "person", text=text[start:end],
                               start=start, end=end, sentence=span.sent.text.strip(), value=value))
    return tuple(sorted(out, key=lambda m: (m.start, m.label)))
