"""smartcity-extractor: Indonesian smart-city evaluation news -> research database."""

import sys
import types
from typing import Any

from extractor.errors import ExtractorError
from extractor.settings import VERSION as __version__
from extractor.settings import Settings, load_settings

__all__ = [
    "ExtractorError",
    "Settings",
    "__version__",
    "articles",
    "events",
    "failures",
    "innovations",
    "load_settings",
    "people",
    "regions",
    "scores",
]


def __getattr__(name: str) -> Any:
    # the DataFrame API pulls in pandas; loaded on first use so the CLI starts fast
    if name in ("articles", "failures", "innovations", "people", "regions", "scores"):
        from extractor import api

        return getattr(api, name)
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")


class _Package(types.ModuleType):
    """`extractor.events` is the DataFrame API function, although the per-article stage is the submodule
    extractor/events.py (reach that one with `from extractor.events import events_of`)."""

    @property
    def events(self) -> Any:
        from extractor.api import events

        return events

    @events.setter
    def events(self, _submodule: Any) -> None:
        pass  # importing the submodule must not hide the API function


sys.modules[__name__].__class__ = _Package
