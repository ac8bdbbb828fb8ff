"""One base exception for the project; one subclass per stage. Messages say the cause and the fix."""

from __future__ import annotations


class ExtractorError(Exception):
    """Base class of every error the library raises on purpose."""

    stage = "extractor"

    def __init__(self, item: str, reason: str, fix: str | None = None) -> None:
        self.item = item
        self.reason = reason
        self.fix = fix
        message = f"{item}: {reason}"
        if fix:
            message += f" ({fix})"
        super().__init__(message)


class SourceError(ExtractorError):
    """A source argument or file cannot be read as articles."""

    stage = "read"


class FetchError(ExtractorError):
    """A URL could not be fetched (network, robots.txt, HTTP status, size limit)."""

    stage = "fetch"


class ParseError(ExtractorError):
    """A page holds no usable article (empty, no main text, wrong language)."""

    stage = "parse"


class NlpError(ExtractorError):
    """The NLP pipeline could not be built or run."""

    stage = "nlp"


class StorageError(ExtractorError):
    """The database could not be opened or written."""

    stage = "store"


class ConfigError(ExtractorError):
    """A setting has an invalid value."""

    stage = "config"


class QueryError(ExtractorError):
    """A query argument matches nothing the database can hold (unknown event type or category)."""

    stage = "query"


class TimeLimitError(ExtractorError):
    """One document took longer than settings.time_limit; `stage` is set to the stage that was running."""

    stage = "extract"
