"""The cue of a name chain: the evidence that makes it a name, and the category, role, affiliation and region
it gives the person."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extractor.nlp.lexicon import squash
from extractor.nlp.people.categories import finish, guidance, is_assessor_sentence, programme_role
from extractor.nlp.people.lists import in_assessor_list, previous_items_role, previous_names_role
from extractor.nlp.people.ministries import ministry_before, ministry_unit_after, represented_ministry
from extractor.nlp.people.patterns import (
    AFTER_ROLE,
    ASSESSOR_SENTENCE,
    ASSESSOR_WORD,
    COUNCIL,
    FROM_ORG,
    GENERIC_ROLE,
    NAME_LABEL,
    SPEECH,
    SPEECH_LONGEST,
    SUBJECT_ROLE,
)
from extractor.nlp.people.person import EVIDENCE
from extractor.nlp.people.posts import (
    affiliation_after,
    coordinated_tail,
    institution_from,
    own_position_after,
    position_before,
    post_line_above,
    regional_body_after,
    wrapped_post_start,
)
from extractor.nlp.people.vocabulary import Vocabulary
from extractor.nlp.people.words import Word
from extractor.nlp.spans import sentence_of

# how far before a name its post may begin (the longest posts, an office and its region, run about 200 characters)
POST_LOOKBACK = 600
# "tanya jawab dengan Tim Evaluator, ", "Didepan tim evaluasi, ": a team after a preposition, then a comma, before
# the clause's subject
# ("Di hadapan asesor, X menjelaskan": the assessors without "tim" too)
TEAM_OBJECT = re.compile(r"\b(?:dengan|bersama|hadapan|(?:di)?depan|kepada)\s+(?:para\s+)?(?:tim\s+[A-Za-z ]{3,40}|"
                         r"(?:dewan\s+)?(?:asesor|assessor|evaluator|penilai|juri)(?:\s+[A-Za-z ]{1,30})?),\s*$",
                         re.IGNORECASE)
POST_LABEL_BELOW = re.compile(r"[ \t]*+,?[ \t]*+\n[ \t]*+(?:Jabatan|Posisi)[ \t]*+:[ \t]*+", re.IGNORECASE)
ACTING_HEAD = re.compile(r"\b(?:Plt|Plh|Pjs)\.?\s+(?P<office>[A-Z]{3,8})\s+$")
# "Pemerintah Kota Kupang di bawah pimpinan X": the head of the regional government ("dinas pimpinan X": of
# its office); "kota yang dipimpin X", "pemerintahan X dan Y": a region's head and deputy named by the
# government they lead, whose post the article gives nowhere else (corpus/real dev: r2819, r2702)
LEADER = re.compile(r"(?:\b(?:pemerintah|pemkot|pemkab|pemprov)\b[^.\n]{0,60}?\bdi\s*bawah\s+(?:kepemimpinan|pimpinan)"
                    r"|\b(?:kota|kabupaten|provinsi|daerah|dinas|badan)\s+(?:yang\s+)?(?:di\s*bawah\s+)?(?:kepemimpinan|pimpinan)"
                    r"|\b(?:kota|kabupaten|provinsi|daerah)\s+(?:yang\s+)?dipimpin(?:\s+oleh)?"
                    # (in lower case, after no word making it a field: "Sistem Pemerintahan Berbasis Elektronik",
                    # "ilmu pemerintahan X")
                    r"|\b(?<!sistem )(?<!ilmu )(?<!bidang )(?<!tata )(?<!urusan )(?-i:pemerintahan))\s+"
                    # the second of two leaders: "di bawah pimpinan Jefri Riwu Kore dan Hermanus Man"
                    r"(?:(?:(?-i:[A-Z][\w'’.-]*)\s+){1,4}(?:dan|serta|&)\s+)?$",
                    re.IGNORECASE)
# what the words of LEADER ("pimpinan", "kepemimpinan", "dipimpin", "pemerintahan") hold: a quick test before the
# slow one
LEADER_WORD = re.compile(r"impin|pemerintahan", re.IGNORECASE)
# "dosen ITB yang juga anggota tim evaluator": the assessor's part a clause gives the holder of a generic position
ALSO_ASSESSOR = re.compile(r"\byang\s+(?:juga\s+)?(?:menjadi\s+|merupakan\s+|bertindak\s+sebagai\s+)?"
                           r"(?:(?:anggota|ketua)\s+)?(?:tim\s+)?" + ASSESSOR_WORD.pattern, re.IGNORECASE)
# "X, Guru Besar UGM, menjadi salah satu penilai": the predicate after the appositive makes the holder an assessor
ACTS_AS_ASSESSOR = re.compile(r"^\s*(?:juga\s+)?(?:menjadi|bertindak\s+sebagai|sebagai|merupakan)\s+"
                              r"(?:salah\s+(?:satu|seorang)\s+)?(?:(?:anggota|ketua)\s+)?(?:tim\s+|dewan\s+)?"
                              + ASSESSOR_WORD.pattern, re.IGNORECASE)
# "X yang selama ini menjadi pendamping kita": a clause after the name that makes its holder one of the programme's
# guides or assessors
SERVES_AS_ASSESSOR = re.compile(r"^\s*,?\s*yang\s+(?:[a-z]+\s+){0,3}?(?:menjadi|merupakan|bertindak\s+sebagai|sebagai)\s+"
                                r"(?:salah\s+(?:satu|seorang)\s+)?(?:(?:anggota|ketua)\s+)?(?:tim\s+)?"
                                r"(?:asesor|assessor|evaluator|penilai|juri|pembimbing|pendamping)\b(?!\s+(?:bupati|wali|gubernur))",
                                re.IGNORECASE)
# "Rudin dari Tim Penilai RKCI menuturkan": a name, then the assessors' team it comes from
FROM_ASSESSOR_TEAM = re.compile(r"^[ \t]*+(?:,[ \t]*+)?dari[ \t]++(?:tim|dewan)[ \t]++(?:asesor|assessor|evaluator|penilai|"
                                r"juri)\b", re.IGNORECASE)
# "X, SE (Wali Kota Y)": the post in brackets right after the name (its degrees left out)
BRACKET_AFTER = re.compile(r"^[ \t]*+,?[ \t]*+\(")
OF_THEM = re.compile(r"^\W*(?:[A-Za-z]+\s+){0,2}(?:di\s*antaranya|salah\s+(?:satu|dua)(?:nya)?)\b", re.IGNORECASE)


def cue_of(vocab: Vocabulary, doc: Doc, text: str, chain: list[Word], name_words: list[Word],
         regions: list[tuple[int, int, str]], names: list[tuple[int, int]], proposed: bool = False,
         byline: bool = False) -> tuple[str, str | None, str | None, str | None, int] | None:
    """(category, role, affiliation, region, strength) when the context marks the chain as a person.

    `names`: the spans of the names the trained model found; `proposed`: it labels this name PER; `byline`: a
    byline label stands before it.
    """
    if byline:
        return finish(vocab, "other", None, None, None, EVIDENCE["position"])
    start, end = chain[0].start, chain[-1].end
    sentence_start = wrapped_post_start(vocab, doc, text, sentence_of(doc, start)[0])
    # (a post stands close before its name: reading back over a whole run-on "sentence" made pages of capitalised
    # words quadratic)
    left_start = max(sentence_start, start - POST_LOOKBACK)
    left = text[left_start:start]
    # "Barry Simorangkir, B.Sc, M.Sc, sebagai pendamping": the degrees stand between name and position
    raw_right = text[end:end + 200]
    below = POST_LABEL_BELOW.match(raw_right)
    if below is not None and NAME_LABEL.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
        # "Nama : X\nJabatan : Y": a form's post, labelled on the line below the name, reads as "X, Y"
        raw_right = "," + " " * (below.end() - 1) + raw_right[below.end():]
    right = vocab.without_degrees(raw_right)
    affiliation = affiliation_after(vocab, right)
    first_of_sentence = not left.strip(" \t\"“'‘")
    after = own_position_after(vocab, raw_right, right, end, names, proposed, first_of_sentence)
    before = position_before(vocab, left, left_start, regions, names, text[start:end])
    if before is None and after is None:
        before = post_line_above(vocab, text, name_words[0].start, end, regions, names)
    if before is not None and TEAM_OBJECT.search(left) and re.match(r"\s+(?:(?:juga|pun|lalu|kemudian)\s+)?(?:me|ber)[a-z]{3,}", raw_right):
        before = None  # "dengan Tim Evaluator, X menjelaskan": the team closes a phrase, X opens the clause
    if before is not None and after is not None and before[1] and right.lstrip().startswith(",") and \
            (right != raw_right and previous_items_role(vocab, left, before[1]) or
             previous_names_role(vocab, left, before[1])):
        # "A, SH, Asisten Tenaga Ahli, B, SE, MM, Kepala Dinas Kominfo": in a list of names each followed by its
        # degrees and its position, the position before B is A's
        before = None
    if before is not None:
        category, role, inst, region = before
        represented = represented_ministry(vocab, left, role) if category == "other" else None
        if represented is not None:
            category, inst = "ministry", inst or represented
        if after is not None and after[0] == "assessor" and AFTER_ROLE.match(right):
            category, role = "assessor", role or after[1]
        elif after is not None and category == "other" and after[0] in ("regional_official", "ministry") and \
                (AFTER_ROLE.match(right) or role and GENERIC_ROLE.match(role) and BRACKET_AFTER.match(right)):
            # "Ketua APEKSI X yang juga Wali Kota ...": the office in government; "narasumber X (Wali Kota Y)": a
            # part at the event before the name, the holder's post in brackets after it
            category = after[0]
        listed = in_assessor_list(vocab, text[max(text.rfind("\n", 0, start) + 1, start - 600):start])
        if listed and category == "other" and role and not COUNCIL.search(role):
            category = "assessor"  # "tim ahli yakni ..., CIO Citi Asia, X": a list's item outside government
        category = programme_role(vocab, category, role, inst or affiliation, left, listed, guidance(text))
        return finish(vocab, category, role, inst or affiliation, region, EVIDENCE["position"])
    if after is not None:
        category, role, inst = after
        if category == "other" and role and ASSESSOR_SENTENCE.search(role):
            category = "assessor"  # "sebagai Ketua Pembimbing Smart City"
        elif category == "other" and role and GENERIC_ROLE.match(role):
            rest = right[right.lower().find(role.lower()) + len(role):]
            # "X, dosen ITB yang juga anggota tim evaluator", "X, Guru Besar UGM, menjadi salah satu penilai"
            if ALSO_ASSESSOR.search(re.split(r"[,.;:\n]", rest)[0]) or \
                    ACTS_AS_ASSESSOR.match(re.split(r"[.;:\n]", rest)[0].split(",", 1)[-1]):
                category = "assessor"
        if role and GENERIC_ROLE.match(role) and inst is None:
            # "X, pemateri dari Kementerian Komunikasi dan Informatika (Kemenkominfo)", "Y, perwakilan dari
            # Kemendagri": the body the holder of a position without an office comes from
            inst = institution_from(vocab, right[right.lower().find(role.lower()) + len(role):])
        listed = in_assessor_list(vocab, text[max(text.rfind("\n", 0, start) + 1, start - 600):start])
        if listed and right[:coordinated_tail(vocab, right)].strip() and category == "other":
            # "tim asesor yaitu A, B, serta C selaku pemandu": the list's cue files A and B, the role is C's
            return finish(vocab, "assessor", None, affiliation, None, EVIDENCE["list"])
        category = programme_role(vocab, category, role, inst or affiliation, left, listed, guidance(text))
        strong = AFTER_ROLE.match(right) or SUBJECT_ROLE.match(right) or coordinated_tail(vocab, right) > 0
        return finish(vocab, category, role, inst or affiliation, None,
                            EVIDENCE["position"] if strong else EVIDENCE["after"])
    if SERVES_AS_ASSESSOR.match(right) or FROM_ASSESSOR_TEAM.match(right):
        return finish(vocab, "assessor", None, affiliation, None, EVIDENCE["after"])
    acting = ACTING_HEAD.search(left)
    if acting is not None and acting.group("office").lower() not in vocab.lex.institutions:
        # "Plt. BPBD Robert Manurung": the acting head of a regional office named by its acronym
        return finish(vocab, "regional_official", acting.group(0).strip(), None, None, EVIDENCE["position"])
    follows = re.match(r"[ \t]+", raw_right)
    ministry_after = vocab.institution_re.match(raw_right, follows.end()) if follows else None
    entry = vocab.lex.institutions.get(ministry_after.group(0).lower()) if ministry_after else None
    if ministry_after is not None and entry is not None and entry[1] == "ministry" and \
            (proposed or len(name_words) > 1) and \
            re.match(r"[ \t]*(?:RI\b)?[ \t]*(?:[,.;)\n]|$)", raw_right[ministry_after.end():]):
        # "diterima oleh ibu Dwi Efrida Ditjen Aptika": the ministry or its unit right after the name
        return finish(vocab, "ministry", None, ministry_after.group(0), None, EVIDENCE["after"])
    unit = ministry_before(vocab, left)
    if unit is not None and (proposed or len(name_words) > 1 and unit[0] is not None):
        return finish(vocab, "ministry", unit[0], unit[1], None, EVIDENCE["after"])
    if LEADER_WORD.search(left) and LEADER.search(left):
        region = next((r[2] for r in reversed(regions) if sentence_start <= r[0] < start and r[2]), None)
        return finish(vocab, "regional_official", None, None, region, EVIDENCE["after"])
    # a list may run over a false sentence end ("..., MURP., Ph.D (UGM), Prof. ..."): read it from the
    # paragraph's start; the gap check still allows only list items between the cue and the name
    paragraph = text[max(text.rfind("\n", 0, start) + 1, start - 600):start]
    honorific = len(chain) > len(name_words) and squash(chain[0].bare) in vocab.lex.honorifics
    first_after = re.split(r"[,\s]+", raw_right.strip(" ,"), maxsplit=1)[0].rstrip(".") if raw_right.strip(" ,") else ""
    degree = squash(first_after) in vocab.lex.degrees and first_after[:1].isupper()
    # "yaitu Bapak Drs. Siswoko, M.Si, ...": a one-word name is a list item when a title or degree marks it
    # ("Dr. Ing. Haryo": a title with its dot before the name is none)
    titled = (honorific or degree) and not (name_words[-1].text.endswith(".") and re.match(r"\s+[A-Z]", raw_right))
    if (len(name_words) > 1 or proposed or titled) and in_assessor_list(vocab, paragraph):
        return finish(vocab, "assessor", None, affiliation, None, EVIDENCE["list"])
    # with no position of their own, a person of an assessor sentence is an assessor when the model alone
    # found them or when an institution follows the name ("tim asesor beranggotakan A dari IPB, ...")
    sentence = text[sentence_start:sentence_of(doc, start)[1]]
    # "Di hadapan tim penilai, X menjelaskan ...": the assessors are whom X speaks to
    assessor_sentence = is_assessor_sentence(sentence) and not TEAM_OBJECT.search(left)
    if not assessor_sentence and OF_THEM.match(sentence) and sentence_start > 0:
        # "Para penilai berasal dari ... . Dua di antaranya adalah A dari ITB ...": the people picked out of
        # the assessors the sentence before names
        previous = sentence_of(doc, sentence_start - 1)
        assessor_sentence = is_assessor_sentence(text[previous[0]:previous[1]])
    from_body = affiliation is not None or re.match(FROM_ORG.pattern + r"[A-Z]|^\s*\([A-Z]", right) is not None
    if not assessor_sentence and from_body and sentence_start > 0 and affiliation is not None and \
            (vocab.lex.institutions.get(affiliation.lower()) or ("", ""))[1] in ("academic", "company"):
        # "Tim penilai terdiri atas akademisi dan praktisi. X dari ITB menyoroti ...": a person of a university
        # or a consultancy right after the sentence presenting the assessors is one of them
        previous = sentence_of(doc, sentence_start - 1)
        assessor_sentence = ASSESSOR_WORD.search(text[previous[0]:previous[1]]) is not None
    weak = "assessor" if assessor_sentence and from_body else "other"
    if regional_body_after(vocab, right) and proposed:
        # "X dari Diskominfo Kota Palu", "X (Bappeda Sigi)": one of a regional government's offices
        return finish(vocab, "regional_official", None, None, None, EVIDENCE["weak"])
    ministry_unit = ministry_unit_after(vocab, right)
    if ministry_unit is not None and weak == "other" and (len(name_words) > 1 or proposed):
        # "X dari Direktorat Layanan Aplikasi Kominfo", "X (Ditjen Bina Bangda Kemendagri)": a unit of a ministry
        # (of an assessor sentence the assessors' member, above)
        return finish(vocab, "ministry", None, ministry_unit, None, EVIDENCE["weak"])
    if (honorific or degree) and (len(name_words) > 1 or degree):
        return finish(vocab, weak, None, affiliation, None, EVIDENCE["weak"])
    speech = SPEECH.search(left, max(0, len(left.rstrip()) - SPEECH_LONGEST)) is not None  # (it ends `left`)
    if speech and (len(name_words) > 1 or proposed):
        return finish(vocab, weak, None, affiliation, None, EVIDENCE["weak"])
    # a one-word name the model alone proposes must act or speak: "Suparjo menjelaskan", "kata Wartini"
    # ("Materi disampaikan ..." starts a sentence with a capital and no person)
    acts = speech or re.match(r"^\s*,?\s*(?:me|ber)[a-z]{3,}", raw_right) is not None
    if proposed and (len(name_words) > 1 or acts or not first_of_sentence):
        return finish(vocab, "assessor" if assessor_sentence else "other", None, affiliation, None,
                            EVIDENCE["weak"])
    return None
