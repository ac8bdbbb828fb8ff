"""Posts given afterwards to a speaker named elsewhere: a post pointed back to after a speech verb, or a post
standing as the subject of a sentence."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extractor.nlp.lexicon import squash
from extractor.nlp.people.patterns import SPEECH, SPEECH_LONGEST
from extractor.nlp.people.person import EVIDENCE, Person
from extractor.nlp.people.vocabulary import Vocabulary
from extractor.nlp.spans import sentence_of

# "tegas Wali Kota Jambi dua periode itu", "ungkap bupati dua periode ini": a speech verb, then the speaker described
# by a position and a few words the writer points back with (a former office, "mantan", describes no present one)
DESCRIBED_SPEAKER = re.compile(r"\b(?:kata|ujar|jelas|tutur|ungkap|papar|terang|tegas|imbuh|tandas|tambah|ucap|pungkas)"
                               r"(?:nya)?\s+(?!mantan\b)(?P<what>[^.\n“”\"]{3,50}?)\s+(?:itu|ini|tersebut)\b",
                               re.IGNORECASE)
# "Wali Kota Kediri menerangkan ...": a sentence whose subject is a post without a name (the post, its region's
# words, then the verb), as writers refer to a speaker they have named just before or name just after
# ("Kepala Dinas Kominfo Banyumas itu mengatakan": pointed back to, the post is of someone of the sentence before)
POST_SUBJECT_VERB = re.compile(r"(?P<place>(?:[ \t]+[A-Z][A-Za-z]+){0,3})(?P<this>[ \t]+(?:itu|ini|tersebut))?[ \t]+(?:juga[ \t]+|pun[ \t]+)?"
                               r"(?:me|ber|meng)[a-z]{3,}\b")
# "Ia adalah Kepala Bappeda Kota X.", "Pria yang kini menjabat Kepala Bappeda itu ...": a sentence opening with a
# pronoun or a described person, then their post
DESCRIBED_SUBJECT = re.compile(r"\b(?:(?:Ia|Dia|Beliau)[ \t]++(?:juga[ \t]++|kini[ \t]++)?(?:adalah|merupakan|menjabat|sebagai)"
                               r"|(?:Pria|Wanita|Perempuan|Sosok|Pejabat)[ \t]++yang[ \t]++"
                               r"(?:juga[ \t]++|kini[ \t]++|saat[ \t]++ini[ \t]++)?(?:menjabat|merupakan|adalah))"
                               r"(?:[ \t]++sebagai)?[ \t]++")
# the farthest a named speaker may stand after such a sentence (characters), about three short paragraphs
POST_SUBJECT_REACH = 1200


def described_speakers(vocab: Vocabulary, text: str, people: list[Person], regions: list[tuple[int, int, str]]) -> None:
    """"..., tegas Wali Kota Jambi dua periode itu": a position the writer refers back to with "itu/ini/
    tersebut" after a speech verb describes the person named last before it, when nothing stronger did."""
    for m in DESCRIBED_SPEAKER.finditer(text):
        pos = vocab.position_re.match(m.group("what"))
        if pos is None:
            continue
        before = [(end, p) for p in people for _, end in p.mentions if end <= m.start()]
        if not before:
            continue
        person = max(before, key=lambda item: item[0])[1]
        if person.strength >= EVIDENCE["position"]:
            continue
        category, _ = vocab.position_category(pos.group("pos"))
        region = next((r[2] for r in regions if m.start("what") <= r[0] < m.end("what") and r[2]), None)
        person.update(category, None, None, region, EVIDENCE["after"])


def posts_as_subject(vocab: Vocabulary, doc: Doc, text: str, people: list[Person], regions: list[tuple[int, int, str]]) -> None:
    """"ujar Abdullah.  Wali Kota Kediri menerangkan ...", "Pj Wali Kota mengaku ... . Kata Kaya, ...": a sentence
    whose subject is a post with no name refers to the speaker named at the end of the sentence before it or,
    failing that, to the first person named after it with no one else named between; a speaker of whom nothing
    stronger is known holds that post."""
    mentions = sorted((start, end, p) for p in people for start, end in p.mentions)
    for sentence_start, sentence_end in doc.user_data.get("sentence_bounds") or [
            (s.start_char, s.end_char) for s in doc.sents]:
        opening = len(text[sentence_start:sentence_end]) - len(text[sentence_start:sentence_end].lstrip(" \t\"“'‘"))
        pos = vocab.position_re.match(text, sentence_start + opening)
        if pos is None:
            continue
        verb = POST_SUBJECT_VERB.match(text, pos.end())
        category, _ = vocab.position_category(pos.group("pos"))
        if verb is None or category not in ("regional_official", "ministry"):
            continue
        # only the office's and the region's names may stand between the post and the verb, no person's
        # ("Dirjen Aptika menyebut", "Bupati Kendal itu menambahkan"; "Wali Kota Kediri Budi" no)
        if any(squash(w.group(0)) not in vocab.place_keys and not vocab.is_role_word(w.group(0)) and
               w.group(0).lower() not in vocab.lex.institutions and
               not any(a <= verb.start("place") + w.start() < b for a, b, _ in regions)
               for w in re.finditer(r"[A-Za-z]+", verb.group("place"))):
            continue
        if any(sentence_start <= a < sentence_end for a, _, _ in mentions):
            continue  # the sentence names someone: the post may be theirs, the cues have read it
        previous = sentence_of(doc, sentence_start - 1) if sentence_start > 0 else None
        before = [m for m in mentions if previous is not None and previous[0] <= m[0] and m[1] <= sentence_start
                  and (verb.group("this") or not text[m[1]:sentence_start].strip(" \t\n.,”\"'’"))]
        after = [m for m in mentions if sentence_end <= m[0] < sentence_end + POST_SUBJECT_REACH]
        if before:
            speaker = before[-1][2]
        elif after and SPEECH.search(text, max(0, after[0][0] - SPEECH_LONGEST), after[0][0]):
            speaker = after[0][2]  # "Kata Kaya, ...": the next person named speaks
        else:
            continue
        if speaker.strength > EVIDENCE["weak"] or speaker.category != "other":
            continue
        region = next((r[2] for r in regions if pos.end() <= r[0] < verb.end() and r[2]), None)
        speaker.update(category, pos.group("pos"), None, region, EVIDENCE["after"])


def described_subjects(vocab: Vocabulary, doc: Doc, text: str, people: list[Person],
                       regions: list[tuple[int, int, str]]) -> None:
    """"..., kata Budi. Ia adalah Kepala Bappeda Kota X.", "Paparan disampaikan Budi. Pria yang menjabat Kepala
    Bappeda itu ...": a sentence opening with a pronoun or a described person and a post, naming no one, gives the
    post to the person named last in the sentence before, when nothing stronger is known of them."""
    mentions = sorted((start, end, p) for p in people for start, end in p.mentions)
    for m in DESCRIBED_SUBJECT.finditer(text):
        pos = vocab.position_re.match(text, m.end())
        category = vocab.position_category(pos.group("pos"))[0] if pos is not None else "other"
        sentence = sentence_of(doc, m.start())
        if pos is None or category not in ("regional_official", "ministry") or \
                text[sentence[0]:m.start()].strip(" \t\"“'‘") or any(sentence[0] <= a < sentence[1] for a, _, _ in mentions):
            continue
        previous = sentence_of(doc, sentence[0] - 1) if sentence[0] > 0 else (0, 0)
        before = [person for a, b, person in mentions if previous[0] <= a and b <= sentence[0]]
        if not before or before[-1].strength > EVIDENCE["weak"] or before[-1].category != "other":
            continue
        region = next((r[2] for r in regions if pos.end() <= r[0] < sentence[1] and r[2]), None)
        before[-1].update(category, pos.group("pos"), None, region, EVIDENCE["after"])
