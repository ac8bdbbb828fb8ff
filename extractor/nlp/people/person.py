"""`Person`: one person of an article with every mention, and how strong the evidence behind it is."""

from __future__ import annotations

from dataclasses import dataclass, field

# how strong a cue is: a post beside the name, a list, a post after it, a weak cue
EVIDENCE = {"position": 3, "list": 2, "after": 2, "weak": 1}
# which category wins between cues of the same strength
CATEGORY_RANK = {"assessor": 4, "ministry": 3, "regional_official": 2, "other": 1}


@dataclass
class Person:
    """One person of the article, with every mention of them."""

    name: str
    category: str = "other"
    role: str | None = None
    affiliation: str | None = None
    region: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    strength: int = 0

    def update(self, category: str, role: str | None, affiliation: str | None, region: str | None,
               strength: int = 1) -> None:
        """Keep the category of the strongest evidence and the first role, affiliation and region found."""
        if strength > self.strength or (strength == self.strength and
                                         CATEGORY_RANK[category] > CATEGORY_RANK[self.category]):
            self.category, self.strength = category, strength
        self.role = self.role or role
        self.affiliation = self.affiliation or affiliation
        self.region = self.region or region
