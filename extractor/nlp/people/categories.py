"""Categories (assessor, ministry, regional official, other) from a post, the programme's role words and the
known people."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz
from spacy.tokens import Doc

from extractor.nlp.lexicon import folded_name, read_lines, read_rows
from extractor.nlp.people.ministries import last_ministry
from extractor.nlp.people.patterns import (
    ASSESSOR_SENTENCE,
    ASSESSOR_WORD,
    COMPANY,
    COUNCIL,
    GENERIC_ROLE,
    HEAD_OF_OFFICE,
    POST_REACH,
    PRESENTER_ROLE,
)
from extractor.nlp.people.person import Person
from extractor.nlp.people.vocabulary import Vocabulary
from extractor.nlp.spans import sentence_of

# "konsultan penyusunan masterplan Smart City X": a consultant's post naming the programme's own work (corpus/real
# gold files such experts with the assessors, whichever region's masterplan they draft)
PROGRAMME_WORK = re.compile(r"\b(?:master\s*plan|smart\s*city|kota\s+cerdas)\b", re.IGNORECASE)
# The rating of cities by ITB's team (Rating Kota Cerdas Indonesia), which evaluates the regions as the programme's
# assessors do: its researchers and its committee are assessors (corpus/real gold: r971, r1005, r2509), when the
# rating's name ends the post before the name
RATING_TEAM = re.compile(r"\b(?:RKCI|Rating[ \t]++Kota[ \t]++Cerdas(?:[ \t]++Indonesia)?)\b(?:[ \t]++\d{4})?[ \t]*+[,(]?[ \t]*+$")
RATING_TEAM_ROLE = re.compile(r"^(?:peneliti|tim|ketua|panitia|penyelenggara|surveyor|steering|organizing)\b", re.IGNORECASE)
# ("Direktur Pusat Kajian ...": a think tank's or a study centre's head, whom "Direktur" alone would file under a
# ministry's "Pusat"; "Direktur X Institute": a think tank named in English)
ACADEMIC_UNIT = re.compile(r"\b(?:Kelompok\s+Studi|Program\s+Studi|Fakultas|Departemen\s+(?!Dalam)|Jurusan|Laboratorium|"
                           r"Universitas|Institute?|Politeknik|Sekolah\s+Tinggi|(?:Pusat|Lembaga)\s+(?:Kajian|Studi|Riset))\b",
                           re.IGNORECASE)
# Units only the central government has: a post in one is the ministry's whatever its head word ("Kepala",
# "Ketua Tim") says
NATIONAL_UNIT = re.compile(r"\b(?:Direktorat|Ditjen|Dirjen|Direktur\s+Jenderal|Kementerian|Kementrian|Kedeputian|"
                           r"Sekretariat\s+Jenderal|Setjen)\b",
                           re.IGNORECASE)
# "Bimtek ... menghadirkan narasumber dari ITB": the presenters of a technical guidance guide the programme
GUIDANCE = re.compile(r"\b(?:bimtek|bimbingan\s+teknis)\b", re.IGNORECASE)


def among_assessors(doc: Doc, text: str, person: Person) -> bool:
    """"Pihak asesor pun bertanya. X mengatakan ...": an assessor word in the sentence of the person's first
    mention or in the one before presents them as one of the evaluators."""
    start = min(person.mentions)[0]
    sentence = sentence_of(doc, start)
    previous = sentence_of(doc, sentence[0] - 1) if sentence[0] > 0 else sentence
    return ASSESSOR_WORD.search(text[previous[0]:sentence[1]]) is not None


def programme_role(vocab: Vocabulary, category: str, role: str | None, inst: str | None, left: str,
                    listed: bool = False, guidance: bool = False) -> str:
    """The category of a position that names no office ("praktisi", "perwakilan", "narasumber") by the
    programme's context: a presenter of the ministry is one of its guides, and a member of an assessor list
    (`listed`) or a person named after an assessor word of the sentence ("Anggota asesor terdiri dari ..., praktisi sistem informasi X") is an
    assessor (a representative of a ministry only after a word that names assessors outright)."""
    if category == "other" and role and RATING_TEAM.search(left[-POST_REACH:]) and \
            RATING_TEAM_ROLE.match(role):
        return "assessor"  # "Tim Peneliti Utama RKCI, X", "Ketua Panitia RKCI 2017 X": the rating's own team
    if not role or not GENERIC_ROLE.match(role):
        return category
    entry = vocab.lex.institutions.get(inst.lower()) if inst else None
    if PRESENTER_ROLE.match(role) and (entry is not None and entry[0] in ("Kemenkominfo", "Komdigi") or guidance):
        return "assessor"  # a presenter of the ministry, or any presenter of a technical guidance (`guidance`)
    if guidance and category == "other" and entry is not None and entry[1] == "academic":
        return "assessor"  # "Guru Besar ... UGM" speaking at a technical guidance: one of its guides
    if category == "other" and (listed or ASSESSOR_SENTENCE.search(left)) or \
            category == "ministry" and ASSESSOR_WORD.search(left):
        return "assessor"
    return category


def finish(vocab: Vocabulary, category: str, role: str | None, inst: str | None, region: str | None, strength: int
            ) -> tuple[str, str | None, str | None, str | None, int]:
    """The cue (category, role, institution, region, strength) as the person keeps it: the institution's canonical
    name, and the category the post's kind of body (company, legislature, ministry, university) decides."""
    entry = vocab.lex.institutions.get(inst.lower()) if inst else None
    canonical = entry[0] if entry else inst
    if category == "assessor" and region is not None and role and role.lower().startswith("konsultan") and \
            not PROGRAMME_WORK.search(role):
        # "Konsultan Pemkab X": hired by the region; "konsultan penyusunan masterplan Smart City X": the
        # programme's consultant drafting the region's masterplan
        category, region = "other", None
    if category == "regional_official" and role and COMPANY.search(role):
        category, region = "other", None
    if category == "regional_official" and region is None and entry is not None and entry[1] in ("academic", "company"):
        category = "other"  # "Kepala Pusat Inovasi ... ITB": a head of a university's unit serves no region
    if category == "ministry" and region is None and (entry is not None and entry[1] in ("academic", "company")
                                                      or entry is None and role and ACADEMIC_UNIT.search(role)):
        # "Direktur Pascasarjana UGM", "Koordinator Kelompok Studi ...": a position of a university or a firm
        category = "other"
    if category == "other" and entry is not None and entry[1] == "ministry":
        category = "ministry"
    office_words = re.findall(r"[\w-]+", role or "")
    if category == "ministry" and role and (entry is None or entry[1] != "ministry" or any(
            HEAD_OF_OFFICE.match(w.lower()) or w.lower() == "dinas" for w in office_words)) and \
            not NATIONAL_UNIT.search(role) and any(vocab.regional_office_word(w, places=False) for w in office_words):
        # "Koordinator Command Center Diskominfo Kota X", "Analis Kebijakan Bappeda X": a post of a regional
        # office; "Koordinator Kadis Kominfo se-Sumut": heads of a regional office, whatever ministry's short
        # name their office shares
        category = "regional_official"
    if category == "ministry" and role and COMPANY.search(role):
        category, region = "other", None  # "Direktur Operasional PT X"
    if category in ("regional_official", "other") and region is None and role and NATIONAL_UNIT.search(role) and \
            not (COMPANY.search(role) or ACADEMIC_UNIT.search(role) or COUNCIL.search(role)) and \
            not any(vocab.regional_office_word(w) for w in re.findall(r"[\w-]+", role)):
        # "Ketua Tim Smart City Direktorat Layanan Aplikasi ...", "perwakilan Ditjen Aptika": a unit of a ministry
        category = "ministry"
    if category == "other" and role and not (COMPANY.search(role) or ACADEMIC_UNIT.search(role)) and \
            last_ministry(vocab, role) is not None and \
            not any(vocab.regional_office_word(w, places=False) for w in re.findall(r"[\w-]+", role)):
        category = "ministry"  # "salah satu staf Kominfo X": the staff of a ministry
    if category == "other" and role and not (COUNCIL.search(role) or COMPANY.search(role) or ACADEMIC_UNIT.search(role)
                                             or "konsultan" in role.lower()) and \
            any(vocab.regional_office_word(w, places=False) for w in re.findall(r"[\w-]+", role)):
        category = "regional_official"  # "staf Diskominfo Kota X", "petugas Dinas Perhubungan": the office's staff
    return category, role, canonical, region, strength


@lru_cache(maxsize=1)
def _known_people() -> list[tuple[list[str], str, str]]:
    """(folded name words, category, institution) of known_people.csv."""
    return [(folded_name(r["name"]).split(), r["category"], r["affiliation"]) for r in read_rows("known_people.csv")]


def known_person(name: str) -> tuple[str, str] | None:
    """(category, institution) of a national figure of known_people.csv the name is written for: the same name
    after the spelling folds ("Cahyo Kumolo" for Tjahjo Kumolo), or two or more of its words starting with its
    first ("Harya Widiputra" for Harya Damar Widiputra)."""
    words = folded_name(name).split()
    for known, category, institution in _known_people():
        if words == known or len(words) >= 2 and words[0] == known[0] and set(words) <= set(known):
            return category, institution
        if len(words) == 1 and len(known) >= 2 and words[0] == known[0] and all(len(w) <= 2 for w in known[1:]):
            return category, institution  # "Safrizal" for Safrizal ZA: the initials left out
        if len(words) == len(known) >= 3 and words[0] == known[0] and words[-1] == known[-1] and all(
                a == b or min(len(a), len(b)) == 1 and a[0] == b[0] for a, b in zip(words, known)):
            return category, institution  # "Fitrah Rachmat Kautsar" for Fitrah R. Kautsar: an initial spelt out
        if len(words) >= 2 and len(words) == len(known) and words[0] == known[0] and \
                min(len(w) for w in words[1:]) >= 5 and fuzz.ratio(" ".join(words), " ".join(known)) >= 90:
            return category, institution  # "Ahmad Djumaedi" for Achmad Djunaedi: a letter misprinted in a surname
    return None


@lru_cache(maxsize=1)
def _assessing_words() -> re.Pattern[str]:
    """The words of assessing_words.txt as one pattern."""
    return re.compile(r"\b(?:" + "|".join(read_lines("assessing_words.txt")) + r")\b", re.IGNORECASE)


def assessing(text: str) -> bool:
    """True when the text tells of regions being assessed or guided (assessing_words.txt)."""
    return _assessing_words().search(text) is not None


@lru_cache(maxsize=8)
def guidance(text: str) -> bool:
    """True when the text names a technical guidance (asked for many people of one text)."""
    return GUIDANCE.search(text) is not None


@lru_cache(maxsize=1024)
def is_assessor_sentence(sentence: str) -> bool:
    """True when an assessor word stands in the sentence (asked for every person of it)."""
    return ASSESSOR_SENTENCE.search(sentence) is not None
