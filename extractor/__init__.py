"""smartcity-extractor: Indonesian smart-city evaluation news -> research database."""

from typing import Any

from extractor.errors import ExtractorError
from extractor.settings import VERSION as __version__
from extractor.settings import Settings, load_settings

__all__ = ["ExtractorError", "Settings", "__version__", "events", "load_settings", "people", "scores"]


def __getattr__(name: str) -> Any:
    # the DataFrame API pulls in pandas; loaded on first use so the CLI starts fast
    if name in ("events", "people", "scores"):
        from extractor import api

        return getattr(api, name)
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
