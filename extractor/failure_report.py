"""Failures grouped by stage and reason, with a few example items each: the end-of-run summary of a batch."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from extractor.records import Failure

EXAMPLES = 3  # items shown per reason; the full list is in the failure table (`extractor failures`)
# Item-specific numbers that would split one reason into as many groups as items: "line 12 is not valid JSON",
# "body of 10485761 bytes exceeds the limit".
_ITEM_NUMBERS = re.compile(r"\b(line|body of) \d+")


def reason_key(reason: str) -> str:
    """The reason without the numbers that differ from item to item."""
    return _ITEM_NUMBERS.sub(r"\1 N", reason)


@dataclass
class FailureGroup:
    """The failures of one stage and reason: how many, and the first few items."""

    stage: str
    reason: str
    count: int = 0
    examples: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """The group as plain JSON values."""
        return {"stage": self.stage, "reason": self.reason, "count": self.count, "examples": self.examples}


class FailureGroups:
    """Failures counted per (stage, reason) as they come, holding only a few examples of each."""

    def __init__(self) -> None:
        self._groups: dict[tuple[str, str], FailureGroup] = {}

    def add(self, failure: Failure) -> None:
        """Count one failure."""
        key = (failure.stage, reason_key(failure.reason))
        group = self._groups.setdefault(key, FailureGroup(*key))
        group.count += 1
        if len(group.examples) < EXAMPLES:
            group.examples.append(failure.source)

    def sorted(self) -> list[FailureGroup]:
        """The groups, the most frequent first (ties by stage and reason)."""
        return sorted(self._groups.values(), key=lambda g: (-g.count, g.stage, g.reason))


def group_failures(failures: Iterable[Failure]) -> list[FailureGroup]:
    """Group failures by stage and reason, the most frequent first."""
    groups = FailureGroups()
    for failure in failures:
        groups.add(failure)
    return groups.sorted()
