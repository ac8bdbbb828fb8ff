"""The spaCy pipeline for Indonesian smart-city news: building it, running it, reading its spans."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import weakref
from bisect import bisect_right
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

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
from extractor.nlp.kept import KeptChunks
from extractor.nlp.spans import finish, sort_vocab_strings, text_of
from extractor.records import Mention
from extractor.settings import MODEL_DIR, VERSION

log = logging.getLogger(__name__)

CONFIG = Path(__file__).with_name("config.cfg")
LABELS = ("regions", "provinces", "people", "dates", "scores", "dimensions", "innovations")
# The packaged pipeline, written by `extractor train` (save_pipeline) and read by spacy.load.
PIPELINE_DIR = MODEL_DIR / "smartcity_id"
# What the serialized parts of the pipeline are made from: the tokenizer's rules come from spaCy's Indonesian
# data, tokenizer.py and the abbreviations; the components read data/ when they are built, at every load.
SOURCES = (CONFIG, Path(__file__).with_name("tokenizer.py"), Path(__file__).parent / "data" / "abbreviations.txt",
           Path(__file__).parent / "data" / "dimensions.csv")
# the trained person finder (models/smartcity_ner, `extractor train`), copied into the packaged pipeline
NER_MODEL = MODEL_DIR / "smartcity_ner" / "ner" / "model"
META = {
    "name": "smartcity_id",
    "version": VERSION,
    "description": "Pipeline for Indonesian news on smart-city evaluations: rule components for sentences, "
                   "regions, dates, dimensions, scores, people and innovations, each with its evidence, and a "
                   "trained person finder (ner).",
    "license": "MIT",
    "sources": [
        {"name": "spaCy Indonesian language data (tokenizer exceptions and affixes)",
         "url": "https://github.com/explosion/spaCy/tree/master/spacy/lang/id", "license": "MIT"},
        {"name": "smartcity-extractor language data (extractor/nlp/data: Kemendagri region names and codes, "
                 "positions, titles, cue words)", "license": "MIT"},
        {"name": "IndoNLU NERGrit and NERP (person names for the trained `ner`; Wilie et al., AACL-IJCNLP 2020)",
         "url": "https://github.com/IndoNLP/indonlu", "license": "Apache-2.0"},
    ],
}


def sources_digest() -> str:
    """SHA-256 over what the serialized pipeline is made from (SOURCES, the trained person finder and the spaCy
    version)."""
    digest = hashlib.sha256(spacy.__version__.encode())
    for path in (*SOURCES, NER_MODEL):
        digest.update(path.name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b""))
    return digest.hexdigest()


def build_pipeline(model_dir: Path | None = None) -> Language:
    """A new pipeline built from config.cfg and the data files, its trained components read from `model_dir`
    (default: the packaged models/)."""
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


def save_pipeline(path: Path = PIPELINE_DIR, model_dir: Path | None = None) -> Path:
    """Write a freshly built pipeline to `path` with nlp.to_disk (the same files for the same code and data), its
    trained components from `model_dir` (default: models/) and their held-out scores in the meta."""
    model_dir = model_dir or MODEL_DIR
    nlp = build_pipeline(model_dir)
    training = model_dir / "smartcity_ner" / "training.json"
    trained = json.loads(training.read_text(encoding="utf-8")) if training.is_file() else {}
    nlp.meta.update(META, sources_digest=sources_digest(),
                    performance={"ner": {k: trained[k] for k in ("heldout", "heldout_own_articles") if k in trained}})
    nlp.to_disk(path)
    sort_vocab_strings(path)
    return path


def is_current(path: Path) -> bool:
    """True when the pipeline at `path` was written from the sources the package holds now."""
    try:
        meta = spacy.util.load_meta(path / "meta.json")
    except (OSError, ValueError):
        return False
    return bool(meta.get("sources_digest") == sources_digest())


@lru_cache(maxsize=1)
def load_pipeline(model_dir: Path | None = None) -> Language:
    """The packaged pipeline, read from models/smartcity_id with spacy.load (cached per process); built from
    config.cfg instead, with a warning, when that directory is missing or was written from other sources. With
    `model_dir`, built from config.cfg with the trained components of that directory."""
    if model_dir is not None:
        return build_pipeline(model_dir)
    if not is_current(PIPELINE_DIR):
        log.warning("%s is missing or was written from other sources than the package holds; building the "
                    "pipeline from config.cfg (run `extractor train` to write it again)", PIPELINE_DIR)
        return build_pipeline()
    try:
        return spacy.load(PIPELINE_DIR)
    except Exception as exc:  # spaCy raises many kinds; say which directory is broken
        raise NlpError(str(PIPELINE_DIR), f"cannot load the pipeline: {exc}",
                       "run `extractor train` to write it again") from exc


# one memory zone at a time in a process: a zone swaps the vocabulary's memory for every thread using the pipeline
_ZONE = threading.RLock()
_KEPT: weakref.WeakKeyDictionary[Tokenizer, KeptChunks] = weakref.WeakKeyDictionary()


def _kept_chunks(tokenizer: Tokenizer) -> KeptChunks:
    """The chunks kept outside the zones for this tokenizer (one record per pipeline loaded)."""
    if tokenizer not in _KEPT:
        _KEPT[tokenizer] = KeptChunks(tokenizer)
    return _KEPT[tokenizer]


@contextmanager
def memory_zone(*texts: str, nlp: Language | None = None) -> Iterator[None]:
    """A block whose new words spaCy forgets at its end (`Language.memory_zone`): without it the vocabulary keeps
    every new word and name of every text it ever saw (about 1 KB each, one or two more per article on news). The
    tokenizer's special cases the texts need are added before, as they must outlive the block, and the words the
    texts share with earlier ones are kept (a bounded number: see extractor.nlp.kept). Docs made in
    the block must not be used after it. Threads sharing the pipeline run their blocks one at a time."""
    nlp = nlp or load_pipeline()
    with _ZONE:
        if nlp.vocab.in_memory_zone:  # type: ignore[attr-defined]  # zones do not nest: an inner one ends both
            raise RuntimeError("memory zones do not nest")
        if isinstance(nlp.tokenizer, tokenizer.SmartcityTokenizer):
            added = sum(nlp.tokenizer.add_needed(text) for text in texts)  # (a new rule clears spaCy's token cache)
            _kept_chunks(nlp.tokenizer).keep(texts, cleared=added > 0)  # words shared with earlier texts
        with nlp.memory_zone():
            yield


def analyse(text: str, published: date | None = None, nlp: Language | None = None,
            skip: tuple[str, ...] = (), url_years: tuple[int, ...] = (), headline_years: tuple[int, ...] = ()) -> Doc:
    """Run the pipeline over one text, resolving relative dates against the publication date; the components
    named in `skip` do not run; `url_years`: the year the page's address names, for weekday dates of an article
    without a date; `headline_years`: the years its headline states (the page states them, as its body does)."""
    nlp = nlp or load_pipeline()
    doc = nlp.make_doc(text)
    doc.user_data["text"] = text  # what `text_of` would join from the tokens: spaCy's tokens keep the text whole
    doc.user_data["url_years"] = url_years
    doc.user_data["headline_years"] = headline_years
    doc._.published = published
    return finish(nlp(doc, disable=list(skip)))


def mentions_of(doc: Doc) -> tuple[Mention, ...]:
    """Every span the components found, as Mention records with their evidence."""
    out = []
    text = text_of(doc)
    sentence = _sentence_finder(doc)
    for label in LABELS:
        if label not in doc.spans:
            continue
        for span in doc.spans[label]:
            value = dict(span._.value or {})
            start, end = value.pop("start", span.start_char), value.pop("end", span.end_char)
            out.append(Mention(label=label.rstrip("s") if label != "people" else "person", text=text[start:end],
                               start=start, end=end, sentence=sentence(span), value=value))
    return tuple(sorted(out, key=lambda m: (m.start, m.label)))


def _sentence_finder(doc: Doc) -> Callable[[Span], str]:
    """`span.sent.text.strip()` without walking the tokens for every span (spaCy's Span.sent steps token by token
    to the sentence's start and end: quadratic on long pages with many mentions)."""
    if not doc.has_annotation("SENT_START"):
        return lambda span: str(span.sent.text.strip())
    text = text_of(doc)
    starts = [i for i, value in enumerate(doc.to_array("SENT_START").tolist()) if value == 1]

    def sentence(span: Span) -> str:
        # as Span.sent: from the last sentence start at or before the span's first token to the next one after it
        at = bisect_right(starts, span.start)
        first = starts[at - 1] if at else 0
        last = doc[(starts[at] if at < len(starts) else len(doc)) - 1]
        return text[doc[first].idx:last.idx + len(last)].strip()

    return sentence
