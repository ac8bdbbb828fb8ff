"""The spaCy pipeline for Indonesian smart-city news: building it, running it, reading its spans."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extractor.errors import ExtractorError, NlpError
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
try:
    # models/ is installed as the package extractor.models (see pyproject.toml)
    import extractor.models as _models

    MODEL_DIR = Path(_models.__file__).resolve().parent
except ImportError:  # running from a checkout that shadows the installed package
    MODEL_DIR = Path(__file__).resolve().parents[2] / "models"
LABELS = ("regions", "provinces", "people", "dates", "scores", "dimensions", "innovations")


@lru_cache(maxsize=1)
def load_pipeline(model_dir: Path | None = None) -> Language:
    """The pipeline built from the packaged config.cfg, its trained components read from `model_dir`
    (default: the packaged models/); cached per process."""
    try:
        config = spacy.util.load_config(CONFIG)
    except Exception as exc:  # spaCy raises many kinds; say which file is broken
        raise NlpError(str(CONFIG), f"cannot read the pipeline's config: {exc}", "reinstall the package") from exc
    order = list(config["nlp"]["pipeline"])
    # trained components are added from their saved pipeline after the rules are built, so that a missing or
    # broken model file is reported by name instead of deep inside spaCy
    sourced = {name: config["components"].pop(name)["source"] for name in list(config["components"])
               if "source" in config["components"][name]}
    config["nlp"]["pipeline"] = [name for name in order if name not in sourced]
    try:
        nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    except ExtractorError:
        raise
    except Exception as exc:
        raise NlpError(str(CONFIG), f"cannot build the pipeline: {exc}", "reinstall the package") from exc
    for name, source in sourced.items():
        trained = _trained(model_dir or MODEL_DIR, name, source, nlp)
        after = order[order.index(name) + 1:]
        nlp.add_pipe(name, source=trained, before=after[0] if after else None)
    return nlp


def _trained(model_dir: Path, component: str, source: str, nlp: Language) -> Language:
    """The saved pipeline a trained component comes from; a missing or unreadable file is named with the fix."""
    path = model_dir / source
    fix = "run `extractor train` to rebuild the models"
    needed = [path / "config.cfg", path / component / "model", path / component / "moves"]
    missing = next((f for f in needed if not f.is_file()), None)
    if missing is not None:
        raise NlpError(str(missing), f"the trained `{component}` component is missing", fix)
    try:
        return spacy.load(path, vocab=nlp.vocab)
    except ExtractorError:  # a time limit running out while loading is not the file's fault
        raise
    except Exception as exc:  # a truncated or foreign file raises anything from ValueError to msgpack errors
        raise NlpError(str(path / component / "model"), f"the trained `{component}` component cannot be read "
                       f"({type(exc).__name__}: {exc})", fix) from exc


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
