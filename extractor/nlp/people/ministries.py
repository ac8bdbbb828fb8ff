"""The ministry's posts and units, and the ministry a post belongs to."""

from __future__ import annotations

import re

from extractor.nlp.lexicon import squash
from extractor.nlp.people.patterns import ASSESSOR_SENTENCE, PHRASE_END_WORDS, UNIT_JOINS
from extractor.nlp.people.vocabulary import Vocabulary

# Words that join a second clause, not a position, to "sebagai <noun>" before a ministry's name.
CLAUSE_JOINT = re.compile(r"\b(?:dan|serta)\s+(?:di|me|ber)[a-z]{3,}\b|\bdukungan\b")
# a unit of a ministry right after a name with no post word ("X Ditjen Aptika", "X (Direktorat Jenderal Bina Bangda
# Kemendagri)", "X dari Direktorat ... Kominfo"); the ministry alone ("X dari Kemenkeu") is no unit: in a team's list
# the list's cue decides
UNIT_OF_MINISTRY = re.compile(r"(?:Direktorat|Ditjen|Dit\.|Kedeputian|Deputi|Sekretariat\s+Jenderal|Setjen|Biro|Pusat)\b",
                              re.IGNORECASE)
# ("X, dari direktorat E-Government Kominfo": a comma and "dari" both, the unit's word in lower case)
UNIT_AFTER_NAME = re.compile(r"^[ \t]*(?:,[ \t]*|\([ \t]*)?(?:dari[ \t]+)?(?=[A-Z]|(?:direktorat|ditjen|deputi|biro)\b)")
# What may follow a ministry's name that stands as a title before a person: its short form in brackets, "RI", a comma
MINISTRY_TITLE_END = re.compile(r"\)?\s*(?:\([^()\n]{1,30}\)\s*)?(?:(?:RI|Republik\s+Indonesia)\b\s*)?,?\s*")
# A ministry's unit or project named as the title of its official ("Direktorat Jenderal Aplikasi Informatika")
MINISTRY_UNIT = re.compile(r"\b(?:Direktorat(?:\s+Jenderal)?|Ditjen|Direktur(?:\s+Jenderal)?|Dirjen|Pimpinan\s+Proyek|"
                           r"Manajer\s+Proyek)\b[^.;\n]*$")
REPRESENTED = re.compile(r"\b(?:yang\s+)?diwakil(?:i|kan\s+kepada)(?:\s+oleh)?\s*$", re.IGNORECASE)


def represented_ministry(vocab: Vocabulary, left: str, role: str | None) -> str | None:
    """"Direktur X Komdigi, yang diwakili Ketua Tim Kota Cerdas, Y": the ministry whose official the holder of
    the position stands in for."""
    at = left.rfind(role) if role else -1
    if at == -1 or not REPRESENTED.search(left[:at]):
        return None
    found = last_ministry(vocab, left[:at])
    return found.group(0) if found is not None else None


def ministry_before(vocab: Vocabulary, left: str) -> tuple[str | None, str] | None:
    """(unit, ministry) when a ministry's name, or its unit's, stands right before the name as its title
    ("Ditjen Aptika Kemenkominfo X", "Pimpinan Proyek Smart City Kementerian Kominfo X"); a comma may stand
    before the name only after a unit of the ministry ("Ditjen Aplikasi Informatika, Kemenkominfo X")."""
    found = last_ministry(vocab, left)
    if found is None:
        return None
    rest = left[found.end():]
    if not MINISTRY_TITLE_END.fullmatch(rest):
        return None
    unit = MINISTRY_UNIT.search(left, max(0, found.start() - 120), found.end())
    if "," in rest and unit is None:
        return None  # "berkunjung ke Kemenkominfo, X menjelaskan": the ministry ends a clause
    role = re.sub(r"\s+", " ", left[unit.start():found.start()]).strip(" ,(") if unit else None
    return role or None, found.group(0)


def last_ministry(vocab: Vocabulary, text: str) -> re.Match[str] | None:
    """The last institution `text` names, when it is a ministry (data/institutions.csv), else None."""
    found = None
    for found in vocab.institution_re.finditer(text):
        pass
    entry = vocab.lex.institutions.get(found.group(0).lower()) if found else None
    return found if entry is not None and entry[1] == "ministry" else None


def ministry_unit_after(vocab: Vocabulary, right: str) -> str | None:
    """The unit with its ministry when a unit of a ministry follows the name with no post word, after a space, a
    comma, a bracket or "dari": "X Ditjen Aptika", "X (Direktorat Jenderal Bina Bangda Kemendagri)", "X dari
    Direktorat Layanan Aplikasi Kominfo"."""
    m = UNIT_AFTER_NAME.match(right)
    if m is None:
        return None
    phrase = re.split(rf"[,.;:)\n]|{PHRASE_END_WORDS}", right[m.end():])[0].strip()
    kept = []
    for word in phrase.split():  # "X Ditjen Aptika di ruang rapat": the unit's capitalised words
        if not (word[:1].isupper() or vocab.is_role_word(word) or word.lower() in UNIT_JOINS):
            break
        kept.append(word)
    while kept and kept[-1].lower() in UNIT_JOINS:
        kept.pop()  # "X dari Deputi Kelembagaan KemenPANRB dan para kepala OPD"
    phrase = " ".join(kept)
    found = last_ministry(vocab, phrase)
    if found is None or not UNIT_OF_MINISTRY.match(phrase):
        return None
    if any(vocab.regional_office_word(w) or squash(w) in vocab.place_keys for w in re.findall(r"[\w-]+", phrase)):
        return None  # "X dari Biro Umum Setda Provinsi Y", "... Kominfo Kota Bima": a region's office
    if phrase[found.end():].strip() and not re.fullmatch(r"\s*(?:RI|Republik\s+Indonesia)\s*", phrase[found.end():]):
        return None
    return phrase


def ministry_post(vocab: Vocabulary, position: str, role: str, inst: str, after_institution: str) -> bool:
    """True when a post written before a ministry's name (`inst`) belongs to the ministry: no region's head,
    no regional office in the role and no place after the ministry's name ("Kabid Aptika Kominfo Kota Bima"
    is the region's)."""
    entry = vocab.lex.institutions.get(inst.lower())
    if entry is None or entry[1] != "ministry" or vocab.position_category(position)[1]:
        return False
    if any(vocab.regional_office_word(w) for w in re.findall(r"[\w-]+", role)):
        return False
    return not any(vocab.regional_office_word(w) or squash(w) in vocab.place_keys
                   for w in re.findall(r"[\w-]+", after_institution))


def team_of_ministry(vocab: Vocabulary, rest: str) -> tuple[str, str | None, str | None] | None:
    """"selaku tim gerakan Smart City Kemenkominfo RI": after "selaku/sebagai", a phrase that names no
    position but ends with a ministry files the person under the ministry (an assessor word, under assessor).
    """
    phrase = re.split(rf"[,.;:\n]|{PHRASE_END_WORDS}", rest)[0]
    found = last_ministry(vocab, phrase)
    if found is None:
        return None
    role = re.sub(r"\s+(?:dari|pada|di)\s*$", "", phrase[:found.start()].strip()) or None
    if role and CLAUSE_JOINT.search(role):
        return None  # "A dan B sebagai penggagas dan didukung Kemendagri": a clause, no position, names the ministry
    if role and any(w[:1].isupper() and not vocab.is_role_word(w) for w in role.split()):
        return None  # "sebagai Asesor dalam evaluasi itu Andrari ... dari BRIN": another name stands between
    category = "assessor" if role and ASSESSOR_SENTENCE.search(role) else "ministry"
    return category, role, found.group(0)
