"""What `extractor train` reads and writes, resolved from the arguments, the current directory or the checkout the
package runs from, and checked before the training starts (it takes half an hour)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from extractor.errors import ConfigError

# The project's checkout when the package runs from one (an editable install or a clone on sys.path): the corpus
# is not installed with the package.
CHECKOUT = Path(__file__).resolve().parents[1]
# the IndoNLU NER corpora sit beside the project, in the shared data directory of its development setup
NER_DATA = Path("..") / "shared" / "data" / "ner"


@dataclass(frozen=True)
class TrainingPaths:
    """Every directory `extractor train` uses."""

    corpus: Path  # gold/, samples/, articles/, training/, real/
    output: Path  # models/
    ner_data: Path  # nergrit/ and nerp/ of IndoNLU
    real_cache: Path  # cached texts of the real articles (optional)
    work: Path  # the DocBins and training runs of the person finder

    def required(self, person_finder: bool = True) -> list[Path]:
        """The files and directories training cannot do without (the NER corpora only for the person finder)."""
        return [self.corpus / "gold", self.corpus / "samples", self.corpus / "articles",
                self.corpus / "training" / "innovations.csv",
                *(self.ner_data / corpus / f"{split}.tsv" for corpus in ("nergrit", "nerp")
                  for split in ("train", "valid") if person_finder)]


def _is_corpus(path: Path) -> bool:
    return (path / "gold").is_dir()


def resolve_training_paths(corpus: Path | None = None, output: Path | None = None, ner_data: Path | None = None,
                           real_cache: Path | None = None, person_finder: bool = True) -> TrainingPaths:
    """The paths of a training run: those given, else `corpus/` of the current directory or of the checkout the
    package runs from, and the others beside it (`models/`, `.cache/`, `../shared/data/ner`). Raise ConfigError
    naming everything missing, and the fix, before anything is trained."""
    if corpus is None:
        found = [c for c in (Path("corpus"), CHECKOUT / "corpus") if _is_corpus(c)]
        if not found:
            raise ConfigError("corpus", f"no corpus/ directory here ({Path.cwd()}) nor in a checkout of the project "
                              "(the training corpus is not installed with the package)",
                              "run from a clone of the repository, or pass --corpus DIR")
        corpus = found[0]
    project = corpus.resolve().parent
    paths = TrainingPaths(
        corpus=corpus,
        output=output if output is not None else project / "models",
        ner_data=ner_data if ner_data is not None else (project / NER_DATA).resolve(),
        real_cache=real_cache if real_cache is not None else project / ".cache" / "real-articles",
        work=project / ".cache" / "ner-training",
    )
    missing = [p for p in paths.required(person_finder) if not p.exists()]
    if missing:
        fixes = []
        if any(p.is_relative_to(paths.corpus) for p in missing):
            fixes.append("pass --corpus DIR, the corpus/ of a clone of the repository")
        if any(p.is_relative_to(paths.ner_data) for p in missing):
            fixes.append("pass --ner-data DIR holding nergrit/ and nerp/ of IndoNLU (github.com/IndoNLP/indonlu: "
                         "dataset/nergrit_ner-grit and dataset/nerp_ner-prosa)")
        raise ConfigError("training data", "missing " + ", ".join(str(p) for p in missing), "; ".join(fixes))
    return paths
