"""People: named persons with their position as written, region, institution and category.

A capitalised word chain is taken as a name only with a cue: a position before it ("Sekda Banyuasin
Ir Erwin Ibrahim"), a degree or honorific around it, a position after it ("X sebagai asesor"), a list
introduced by an assessor word ("asesor yaitu A, B, C"), a speech verb ("kata X"), a byline label
("Pewarta: X"), or the trained `ner` component (label PER) that runs before this one. The rules keep the last
word: they attach role, institution, region and category, strip titles and degrees, and veto known non-names
(data/not_names.txt, misspelt role words) whatever the model says. Later short mentions ("Erwin",
"pak dana dari UI") are resolved to the people already found.

The stages, one module each: `words` (a text's words and lines), `vocabulary` (the lexicon and its word tests),
`names` (name chains and their clean-up), `non_names` (vetoes), `posts`, `ministries` and `speakers` (positions,
institutions and regions), `lists`, `bylines` (bylines, credits, captions), `categories`, `cues` (the evidence of
one chain), `repeats` (later mentions) and `finder` (the `smartcity_people` component running them).
"""

# the entry point of pyproject.toml (spacy_factories) names the factory here; importing it registers it
from extractor.nlp.people.finder import make_people_finder

__all__ = ["make_people_finder"]
