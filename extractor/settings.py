"""Defaults plus user overrides -> one frozen Settings object passed down the stages."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from extractor.errors import ConfigError

VERSION = "0.1.0"
DEFAULT_DB_URL = "sqlite:///extractor.db"
DATABASES = ("sqlite", "postgresql")
# dialect[+driver]://rest, as SQLAlchemy reads database URLs
DB_URL = re.compile(r"^(?P<backend>[A-Za-z][\w]*)(?:\+\w+)?://(?P<rest>.*)$", re.DOTALL)
# Workers beyond this many per CPU only cost memory (each holds a pipeline of some 400 MB), and all are started
# at once.
MAX_WORKERS_PER_CPU = 4
# setitimer refuses values of some decades (OverflowError); a day is far beyond any document's need.
MAX_TIME_LIMIT = 86_400.0
try:
    # models/ is installed as the package extractor.models (see pyproject.toml)
    import extractor.models as _models

    MODEL_DIR = Path(_models.__file__).resolve().parent
except ImportError:  # running from a checkout that shadows the installed package
    MODEL_DIR = Path(__file__).resolve().parents[1] / "models"


@dataclass(frozen=True)
class Settings:
    """Every tunable of a run. Build it once with `load_settings` and pass it down."""

    db_url: str = DEFAULT_DB_URL
    workers: int = 1
    # fetching
    user_agent: str = f"smartcity-extractor/{VERSION} (+https://github.com/smartcity-extractor; research crawler)"
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    # 1 s between requests to one host is the common courtesy default of research crawlers
    per_host_delay: float = 1.0
    retries: int = 3
    backoff: float = 1.0
    # news pages are 50-500 KB; 10 MB leaves room for inline images and stops runaway downloads. Applies to
    # fetched bodies (after decompression), local files, JSONL lines and WARC records alike.
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    # private, loopback and link-local hosts are refused unless allowed: a URL list must not make the crawler
    # reach into the network it runs in (routers, cloud metadata at 169.254.169.254, local admin pages)
    allow_private: bool = False
    cache_dir: Path = Path(".cache/extractor")
    respect_robots: bool = True
    # parsing
    languages: tuple[str, ...] = ("id",)
    # a headline plus one short paragraph; below that trafilatura has found navigation, not an article
    min_text_chars: int = 200
    # seconds one document may take (download; parse and NLP) before it is recorded as a failure; a normal
    # article takes well under 1 s, so 60 s only stops pathological input. 0 means no limit.
    time_limit: float = 60.0
    # near-duplicates: Jaccard of word 5-shingles; syndicated copies of one release score 0.7-0.95
    near_duplicate_threshold: float = 0.7
    # articles scoring below this relevance to the programme are skipped before the NLP (extractor.relevance);
    # 0 turns the filter off. 0.5 lies in the gap between the unrelated and the relevant texts of the dev half of
    # benchmarks/relevance.py: one name of the programme passes, context words alone ("Kominfo", "bimtek") do not
    min_relevance: float = 0.5
    minhash_permutations: int = 128


def load_settings(**overrides: Any) -> Settings:
    """Build Settings from defaults, the EXTRACTOR_DB environment variable and explicit overrides."""
    values: dict[str, Any] = {}
    if os.environ.get("EXTRACTOR_DB"):
        values["db_url"] = os.environ["EXTRACTOR_DB"]
    values.update({k: v for k, v in overrides.items() if v is not None})
    settings = replace(Settings(), **values)
    if settings.workers < 1:
        raise ConfigError("workers", f"must be at least 1, got {settings.workers}", "pass --workers 1 or more")
    if settings.max_bytes < 1:
        raise ConfigError("max_bytes", f"must be at least 1, got {settings.max_bytes}", "pass --max-bytes 1 or more")
    if not 0 <= settings.time_limit <= MAX_TIME_LIMIT:  # also catches NaN and infinity
        raise ConfigError("time_limit", f"must be from 0 (no limit) to {MAX_TIME_LIMIT:g} seconds, got "
                          f"{settings.time_limit}", "pass --time-limit 0 for no limit")
    if not 0 <= settings.min_relevance <= 1:  # also catches NaN
        raise ConfigError("min_relevance", f"must be from 0 (no filter) to 1, got {settings.min_relevance}",
                          "pass --min-relevance 0 to keep every article")
    cpus = os.cpu_count() or 1
    if settings.workers > MAX_WORKERS_PER_CPU * cpus:
        raise ConfigError("workers", f"must be at most {MAX_WORKERS_PER_CPU * cpus} ({MAX_WORKERS_PER_CPU} per CPU "
                          f"of the {cpus} here), got {settings.workers}", "one worker per CPU is fastest")
    _check_db_url(settings.db_url)
    return settings


def shown_db_url(url: str) -> str:
    """The database URL as printed: its password replaced by ***."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def _check_db_url(url: str) -> None:
    """Raise ConfigError for a URL of a database the project cannot store into (read without SQLAlchemy, which
    commands that open no database never import)."""
    fix = "use sqlite:///FILE or postgresql://user@host/db"
    parsed = DB_URL.match(url)
    if parsed is None:
        raise ConfigError(url, "not a database URL", fix)
    backend = parsed["backend"].lower()
    if backend not in DATABASES:
        raise ConfigError(shown_db_url(url), f"unsupported database '{backend}'", fix)
    if backend == "sqlite" and parsed["rest"].split("?")[0].lstrip("/") in ("", ":memory:"):
        # every connection of the run (and the next command) would see another, empty database
        raise ConfigError(url, "an in-memory SQLite database keeps nothing", fix)
