"""smartcity-extractor: Indonesian smart-city evaluation news -> research database."""

from extractor.errors import ExtractorError
from extractor.settings import VERSION as __version__
from extractor.settings import Settings, load_settings

__all__ = ["ExtractorError", "Settings", "load_settings", "__version__"]
