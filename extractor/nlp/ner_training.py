"""Training data, training and scores of the statistical person finder (the `ner` component, label PER).

Sources (see models/README.md for provenance and licence):
- NERGrit (cased Indonesian text, IndoNLU, Apache-2.0): PERSON spans taken as they are.
- NERP (Indonesian news, IndoNLU, Apache-2.0) is lower-cased. A model trained on lower-cased text never learns
  the strongest cue of a name in real news, its capital letters; so its sentences are re-cased before use: every
  word takes the form it has most often in the cased texts at hand (NERGrit, the project's corpus), entity words
  of any type get a capital, and the first word of a sentence too. `extractor train` measured the choice
  (models/smartcity_ner/training.json holds the figures).
- The people of the project's own corpus (corpus/gold with corpus/samples and corpus/articles) and of the real
  dev half (corpus/real/dev, texts from the git-ignored cache): every occurrence of a gold name, and of each of
  its words standing alone, is a PER span. The test half is never read.

The DocBins hold other people's sentences, so they are written to a git-ignored directory, never committed.
"""

from __future__ import annotations

import json
import logging
import random
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from extractor.errors import ExtractorError
from extractor.evaluate import norm_person
from extractor.nlp.spans import sort_vocab_strings

log = logging.getLogger(__name__)

CONFIG = Path(__file__).with_name("ner_config.cfg")
LABEL = "PER"
PERSON_TAGS = {"PPL", "PERSON"}
# Share of the project's own articles kept out of training to score the model on cased news it has not seen.
HELDOUT_SHARE = 0.2


@dataclass(frozen=True)
class Sources:
    """Where the training material lives."""

    shared_ner: Path  # ../shared/data/ner
    gold_dirs: tuple[Path, ...]  # corpus/gold, corpus/real/dev
    article_dirs: tuple[Path, ...]  # corpus/samples, corpus/articles, and the real-article cache


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, BIO tag) pairs from a tab-separated file with blank lines between sentences."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
            current = []
            continue
        token, _, tag = line.partition("\t")
        current.append((token, tag.strip() or "O"))
    if current:
        sentences.append(current)
    return sentences


def casing_table(texts: Iterable[Sequence[str]]) -> dict[str, str]:
    """For each lower-cased word, the written form it takes most often in cased text."""
    forms: dict[str, Counter[str]] = {}
    for words in texts:
        for i, word in enumerate(words):
            if i == 0 or not any(ch.isalpha() for ch in word):
                continue  # a sentence's first word is capitalised whatever it is
            forms.setdefault(word.lower(), Counter())[word] += 1
    return {low: counts.most_common(1)[0][0] for low, counts in forms.items()}


def restore_case(sentence: Sequence[tuple[str, str]], table: dict[str, str]) -> list[tuple[str, str]]:
    """A lower-cased sentence written as cased news would write it (see the module docstring)."""
    out = []
    for i, (token, tag) in enumerate(sentence):
        form = table.get(token, token)
        if tag != "O" and form == token:
            form = token[:1].upper() + token[1:]
        if i == 0:
            form = form[:1].upper() + form[1:]
        out.append((form, tag))
    return out


def conll_doc(nlp: Language, sentence: Sequence[tuple[str, str]]) -> Doc:
    """A Doc of one tagged sentence with its person spans as PER entities."""
    words = [t for t, _ in sentence]
    spaces = [True] * len(words)
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    ents: list[Span] = []
    start: int | None = None
    for i, (_, tag) in enumerate([*sentence, ("", "O")]):
        prefix, _, kind = tag.partition("-")
        inside = kind in PERSON_TAGS and prefix == "I" and start is not None
        if start is not None and not inside:
            ents.append(Span(doc, start, i, label=LABEL))
            start = None
        if kind in PERSON_TAGS and not inside:
            start = i
    doc.ents = ents
    return doc


def annotated_doc(nlp: Language, text: str, names: Iterable[str]) -> Doc:
    """The text tokenised by the pipeline's tokenizer, each occurrence of a gold name (or of one of its words
    standing alone, as in a later mention) marked PER."""
    doc = nlp.make_doc(text)
    spans: list[tuple[int, int]] = []
    full = sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True)
    parts = sorted({w for n in full for w in re.split(r"[\s,]+", n) if len(w) >= 3 and w[:1].isupper()},
                   key=len, reverse=True)
    for candidates in (full, parts):
        for name in candidates:
            for m in re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text):
                if not any(a < m.end() and m.start() < b for a, b in spans):
                    spans.append((m.start(), m.end()))
    ents: list[Span] = []
    for a, b in sorted(spans):
        span = doc.char_span(a, b, label=LABEL, alignment_mode="contract")
        if span is not None and len(span) and not any(e.start < span.end and span.start < e.end for e in ents):
            ents.append(span)
    doc.ents = ents
    return doc


def gold_articles(gold_dirs: Sequence[Path], article_dirs: Sequence[Path]) -> Iterator[tuple[str, str, list[str]]]:
    """(id, text, gold person names) of every gold article whose text is at hand."""
    from extractor.parse import parse_page
    from extractor.records import Failure
    from extractor.settings import load_settings
    from extractor.sources import iter_pages

    settings = load_settings()
    gold: dict[str, list[str]] = {}
    for directory in gold_dirs:
        for path in sorted(directory.glob("*.json")):
            record = json.loads(path.read_text(encoding="utf-8"))
            if record.get("split") == "test":
                continue  # the real test half is scored, never learnt from
            gold[path.stem] = [p["name"] for p in record.get("people") or [] if p.get("name")]
    paths = sorted(p for d in article_dirs if d.is_dir() for p in d.iterdir() if p.stem in gold)
    for page in iter_pages([str(p) for p in paths]):
        if isinstance(page, Failure):
            log.warning("skipping %s: %s", page.source, page.reason)
            continue
        stem = Path(page.source).stem
        try:
            text = parse_page(page, settings).text
        except ExtractorError as exc:  # a page that does not parse is left out of training, not fatal
            log.warning("skipping %s: %s", page.source, exc)
            continue
        yield stem, text, gold[stem]


def build_docbins(sources: Sources, out: Path, nlp: Language, use_nerp: str = "recased",
                  seed: int = 13) -> dict[str, Any]:
    """Write train.spacy and heldout.spacy under `out`; return what went into them.

    use_nerp: "recased" (NERP re-cased, the default), "lower" (as published) or "none".
    """
    out.mkdir(parents=True, exist_ok=True)
    grit = {s: read_conll(sources.shared_ner / "nergrit" / f"{s}.tsv") for s in ("train", "valid")}
    nerp = {s: read_conll(sources.shared_ner / "nerp" / f"{s}.tsv") for s in ("train", "valid")}
    own = list(gold_articles(sources.gold_dirs, sources.article_dirs))
    rng = random.Random(seed)
    own_ids = sorted(i for i, _, _ in own if not i.startswith("r"))
    heldout_ids = set(rng.sample(own_ids, round(len(own_ids) * HELDOUT_SHARE)))
    table = casing_table([[t for t, _ in s] for s in grit["train"] + grit["valid"]] +
                         [[t.text for t in nlp.make_doc(text)] for _, text, _ in own])
    train, heldout = DocBin(), DocBin()
    counts: Counter[str] = Counter()
    for split, bin_ in (("train", train), ("valid", heldout)):
        for sentence in grit[split]:
            bin_.add(conll_doc(nlp, sentence))
            counts[f"nergrit_{split}"] += 1
        if use_nerp != "none":
            for sentence in nerp[split]:
                bin_.add(conll_doc(nlp, restore_case(sentence, table) if use_nerp == "recased" else sentence))
                counts[f"nerp_{split}"] += 1
    for article_id, text, names in own:
        doc = annotated_doc(nlp, text, names)
        if article_id in heldout_ids:
            heldout.add(doc)
            counts["own_heldout"] += 1
        else:
            train.add(doc)
            counts["real_dev" if article_id.startswith("r") else "own_train"] += 1
    train.to_disk(out / "train.spacy")
    heldout.to_disk(out / "heldout.spacy")
    data = {"nerp": use_nerp, "documents": dict(sorted(counts.items())), "heldout_own": sorted(heldout_ids)}
    (out / "data.json").write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return data


def train_ner(corpora: Path, output: Path, seed: int = 13, overrides: dict[str, Any] | None = None) -> Path:
    """Train the `ner` pipeline from corpora/train.spacy (scored on corpora/heldout.spacy); return its path."""
    from spacy.cli.train import train

    settings = {"paths.train": str(corpora / "train.spacy"), "paths.dev": str(corpora / "heldout.spacy"),
                "system.seed": seed, **(overrides or {})}
    train(CONFIG, output, use_gpu=-1, overrides=settings)
    return output / "model-best"


def person_scores(nlp: Language, docs: Iterable[Doc]) -> dict[str, float]:
    """Exact-span precision, recall and F1 of PER entities against the gold docs."""
    tp = fp = fn = 0
    for gold in docs:
        predicted = nlp(gold.text)
        want = {(e.start_char, e.end_char) for e in gold.ents if e.label_ == LABEL}
        got = {(e.start_char, e.end_char) for e in predicted.ents if e.label_ == LABEL}
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
    return _prf(tp, fp, fn)


def name_scores(nlp: Language, articles: Iterable[tuple[str, str, list[str]]]) -> dict[str, float]:
    """The model alone as a people finder, scored like `extractor evaluate` scores people: distinct names per
    article, a later short mention ("Suhatri" after "Suhatri Bur") folded into the full name."""
    from extractor.evaluate import _match, _similar

    tp = fp = fn = 0
    for _, text, names in articles:
        found = sorted({norm_person(e.text) for e in nlp(text).ents if e.label_ == LABEL} - {""},
                       key=len, reverse=True)
        distinct: list[str] = []
        for name in found:
            if not any(set(name.split()) <= set(d.split()) for d in distinct):
                distinct.append(name)
        gold = sorted({norm_person(n) for n in names} - {""})
        missed, extra = _match(gold, distinct, lambda g, p: _similar(g, p, 0.85))
        tp, fp, fn = tp + len(gold) - len(missed), fp + len(extra), fn + len(missed)
    return _prf(tp, fp, fn)


def speed(nlp: Language, texts: Sequence[str]) -> dict[str, float]:
    """Milliseconds per page (each text once, batched as the pipeline runs) and words per second."""
    words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    elapsed = time.perf_counter() - started
    return {"ms_per_page": round(1000 * elapsed / max(len(texts), 1), 2), "words_per_second": round(words / elapsed)}


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def model_size(path: Path) -> int:
    """Bytes on disk of a saved pipeline."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def blank_nlp() -> Language:
    """The tokenizer the model is trained and run with."""
    return spacy.util.load_model_from_config(spacy.util.load_config(CONFIG), auto_fill=True)


SOURCES_META = [
    {"name": "NERGrit (IndoNLU)", "url": "https://github.com/IndoNLP/indonlu", "license": "Apache-2.0",
     "use": "PERSON spans, cased"},
    {"name": "NERP (IndoNLU, Prosa.ai news)", "url": "https://github.com/IndoNLP/indonlu", "license": "Apache-2.0",
     "use": "PPL spans, re-cased (the corpus is lower-cased)"},
    {"name": "smartcity-extractor corpus (corpus/gold, samples, articles)", "license": "project licence",
     "use": "gold people"},
    {"name": "real-article dev half (corpus/real/dev, texts cached, not shipped)", "license": "facts only",
     "use": "gold people; the test half is never read"},
]
CITATION = ('Wilie et al., "IndoNLU: Benchmark and Resources for Evaluating Indonesian Natural Language '
            'Understanding", AACL-IJCNLP 2020')


def train_person_model(sources: Sources, output: Path, work: Path, real_dev: tuple[Path, Path] | None,
                       seed: int = 13, use_nerp: str = "recased", overrides: dict[str, Any] | None = None
                       ) -> dict[str, Any]:
    """Build the DocBins under `work`, train, score and write the model to `output` (models/smartcity_ner).

    real_dev: (gold dir, text cache) of the real dev half, to score the model alone as a people finder.
    Returns the report, also saved as `output`/training.json and in the model's meta.
    """
    build_docbins(sources, work / "corpora", blank_nlp(), use_nerp=use_nerp, seed=seed)
    best = train_ner(work / "corpora", work / "runs", seed=seed, overrides=overrides)
    return finish_person_model(best, work / "corpora", output, real_dev, seed)


def finish_person_model(best: Path, corpora: Path, output: Path, real_dev: tuple[Path, Path] | None,
                        seed: int = 13) -> dict[str, Any]:
    """Score the trained model (`best`), give it its meta and write it to `output`; return the report."""
    import shutil

    model = spacy.load(best)
    heldout = list(DocBin().from_disk(corpora / "heldout.spacy").get_docs(model.vocab))
    report: dict[str, Any] = {"seed": seed, "data": json.loads((corpora / "data.json").read_text(encoding="utf-8")),
                              "heldout": person_scores(model, heldout)}
    own = [d for d in heldout if len(d) > 200]  # the project's held-out articles (CoNLL items are sentences)
    report["heldout_own_articles"] = person_scores(model, own)
    if real_dev is not None and real_dev[0].is_dir():
        articles = list(gold_articles([real_dev[0]], [real_dev[1]]))
        report["real_dev_people"] = name_scores(model, articles)
        report["real_dev_people_note"] = ("the real dev half is part of the training data when its texts are cached; "
                                          "models/README.md gives the figures of models trained without it")
        report["speed"] = speed(model, [text for _, text, _ in articles])
    model.meta.update({"name": "smartcity_ner", "version": "1.0.0", "license": "Apache-2.0",
                       "description": "PER finder for Indonesian news (CNN tok2vec width 32, depth 4)",
                       "sources": SOURCES_META, "citation": CITATION, "performance": report})
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    model.to_disk(output)
    sort_vocab_strings(output)
    report["size_bytes"] = model_size(output)
    (output / "training.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return report
