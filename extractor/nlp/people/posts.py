"""Posts: the position written before or after a name, with its institution and region."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extractor.nlp.lexicon import honorifics_only, squash
from extractor.nlp.people.ministries import ministry_post, team_of_ministry
from extractor.nlp.people.patterns import (
    ACTING,
    AFTER_ROLE,
    AGENCY,
    ASSESSOR_WORD,
    COMPANY,
    COUNCIL,
    FROM_ORG,
    HEAD_OF_OFFICE,
    INITIALS,
    LIST_ITEM,
    PHRASE_END_WORDS,
    POST_REACH,
    PRESENTER_ROLE,
    SUBJECT_ROLE,
    UNIT_JOINS,
    UNIVERSITY_OPENING,
)
from extractor.nlp.people.person import Person
from extractor.nlp.people.vocabulary import Vocabulary
from extractor.nlp.people.words import WORD, in_title_case_line, wrapped_text
from extractor.nlp.spans import sentence_of

# "narasumber tim asesor", "anggota dari tim penilai": what joins a generic post to the team it serves
TEAM_AFTER_ROLE = re.compile(r"\s+(?:dari\s+)?(?=tim\s)", re.IGNORECASE)
# a spaced dash between a post and its holder, as in a list's item ("- Bupati Brebes - X")
DASHES = frozenset({"-", "–", "—"})
# "Universitas Pasundan", "Politeknik Negeri Bali": a university's or college's name, its words capitalised
ACADEMIC_BODY = re.compile(rf"{UNIVERSITY_OPENING}(?:[ \t]++[A-Z][\w'’-]*+){{1,5}}")
DEMONSTRATIVES = frozenset({"itu", "ini", "tersebut"})
# "yang akrab disapa Uyu itu, ": a short clause on a post's holder, closed by a demonstrative and a comma
POINTED_CLAUSE = re.compile(r"\byang(?:[ \t]++[\w'’.-]++){1,6}?[ \t]++(?:itu|ini|tersebut)[ \t]*+,[ \t]*+$")
FILLER_MARKS = frozenset({",", "(", ")", "/"}) | DASHES  # marks that may stand between a position and its holder
# "Menteri Komunikasi dan Informatika (Menkominfo) RI,\nX": a post's office words, its short form in brackets and a
# comma at the end of a line wrapped by hand, its holder opening the next line
WRAPPED_POST_TAIL = re.compile(r"(?:[ \t]++(?:[A-Z][\w.&-]*+|dan|&|\([ \t]*+[A-Za-z]{2,15}+[ \t]*+\)))*+[ \t]*+,?[ \t]*+")
POST_TAIL = re.compile(r"(?:[ \t]+[A-Z][\w.&-]*+)*+[ \t]*,?[ \t]*")  # a post's capitalised office and region
COUNTRY_BRANCH = re.compile(r"\b(?!(?:Republik|Negara)\b)[A-Z][\w&-]*+[ \t]++Indonesia\b")  # "Microsoft Indonesia"
# "A dari IPB dan B dari CitiAsia selaku pembimbing": the names before the shared position
COORDINATED_TAIL_WORDS = {"dari", "asal", "dan", "serta", "bersama", ","}
# "Penjabat (Pj) Bupati", "Pelaksana Tugas (Plt) Kepala": the short form of an acting post in brackets after it
ACTING_SHORT_FORM = re.compile(r"(?<=\w)\s*\(\s*(?:Plt|Plh|Pj|Pjs)\.?\s*\)(?=\s)", re.IGNORECASE)
# "(Adwil)", "(Dirjen)": one word in brackets inside a position phrase
BRACKETED_WORD = re.compile(r"\(\s*(?P<word>[A-Za-z]{2,15})\s*\)")
# "(Diskominfo Staper)": an office's short form and a second word in brackets (blanked when the first is an agency's)
BRACKETED_OFFICE = re.compile(r"\(\s*(?P<word>[A-Za-z]{3,15})\s+[A-Z][A-Za-z]{1,10}\s*\)")
# a post after the name on the same line of a list or table: a spaced dash, a tab
POST_SEPARATOR = re.compile(r"^(?:[ \t]+[–—-]+[ \t]+|[ \t]*[\t|][ \t]*)(?=[A-Z])")
POST_LINE_WORDS = 10
# "selaku konsultan mitra Pemkab X", "konsultan Pemkot X": a consultant the regional government hired is none of
# the programme's assessors (the ministry's consultants are, corpus/real gold)
CLIENT_REGION = re.compile(r"^\s*(?:mitra\s+|dari\s+|untuk\s+|bagi\s+)?(?:pemkab|pemkot|pemprov|pemda|pemerintah\s+"
                           r"(?:kabupaten|kota|provinsi|daerah))\b", re.IGNORECASE)
# "salah satu (anggota) tim evaluasi", "anggota tim pendamping": one of the holders of the position that follows
ONE_OF = re.compile(r"^(?:salah\s+(?:satu|seorang)\s+(?:dari\s+)?)?(?:para\s+)?(?:anggota\s+)?", re.IGNORECASE)
# "X Ketua Komisi III DPRD Y menambahkan": capitalised words of a position, then the verb
OPENING_POSITION = re.compile(r"(?:[ \t]+[A-Z][\w.]*){2,8}[ \t]+(?:me|ber)[a-z]{3,}")
COMMISSION = re.compile(rf"{COUNCIL.pattern}|\b[Kk]omisi\b")  # a legislature or one of its commissions
# The office a unit belongs to, after "di" or "pada" inside a position phrase ("Kabid ... pada Dinas Kominfo")
OFFICE_AFTER = re.compile(r"^\s+(?:Dinas|Badan|Kantor|Sekretariat|Setda|Bagian|Direktorat|Ditjen|Kementerian|Dis|Din)",
                          re.IGNORECASE)
# the region a national coach or assessor is assigned to, after the post: "untuk Kabupaten X", "bagi Pemkot Y"
CLIENT_OF_COACH = re.compile(r"[ \t]++(?:Kabupaten|Kab\.|Kota|Pemkab|Pemkot|Pemerintah[ \t]++(?:Kabupaten|Kota))[ \t]")
# "Bupati X yang diwakili (oleh) Y", "Bupati X melalui stafnya Y", "Kadis X didampingi stafnya Y": the last of these
# words before a name; "Y, yang mewakili Wali Kota X": the post Y stands in for after the name
REPRESENTED = re.compile(r"\b(?:diwakili(?:[ \t]++oleh)?|melalui|didampingi(?:[ \t]++oleh)?)\b", re.IGNORECASE)
REPRESENTING = re.compile(r"[ \t]*+,?[ \t]*+(?:yang[ \t]++)?mewakili[ \t]++", re.IGNORECASE)
UNIT_WORDS = 6  # the words of a unit's name before its office ("Bagian Organisasi Setda")
STAND_IN_WORDS = 8  # words between "diwakili" and the name: the stand-in's own post ("Asisten Perekonomian Setda")


def stands_in_for_official(vocab: Vocabulary, text: str, start: int, end: int) -> bool:
    """True when the name at `start`..`end` stands in for a regional government's post or accompanies its
    holder: "Kepala Dinas X yang diwakili Sekretarisnya <name>", "Bupati X melalui stafnya <name>", "Kadis X
    didampingi stafnya <name>", "<name> yang mewakili Wali Kota X" (the caller asks only for a name without a post
    or with a staff word's)."""
    after = REPRESENTING.match(text, end)
    if after is not None:
        post = vocab.position_re.match(text, after.end())
        return post is not None and vocab.position_category(post.group("pos"))[0] == "regional_official"
    window = text[max(0, start - POST_REACH):start]
    cue = None
    for cue in REPRESENTED.finditer(window):
        pass
    if cue is None or re.search(r"[.;:!?\n\"“”]", window[cue.end():]) or \
            len(window[cue.end():].split()) > STAND_IN_WORDS:
        return False
    head = window[:cue.start()]
    posts = [m for m in vocab.position_re.finditer(head) if not re.search(r"[.;:!?\n]", head[m.end():])]
    return bool(posts) and vocab.position_category(posts[-1].group("pos"))[0] == "regional_official" and \
        not COUNCIL.search(head[posts[-1].start():])


def region_head_before(vocab: Vocabulary, text: str, at: int) -> str | None:
    """The kind of region ("kabupaten", "kecamatan", ...; "" for none) whose head's position the words at `at`
    follow directly ("Bupati Kolut Hasan Basri", "Camat Ngaglik ..."); None when no position stands right
    before them. Compare with REGION_HEAD_KINDS or LOCAL_KINDS."""
    left = text[max(0, at - 40):at]
    last = None
    for m in vocab.position_re.finditer(left):
        last = m
    if last is None or left[last.end():].strip():
        return None
    return vocab.position_category(last.group("pos"))[1]


def wrapped_post_start(vocab: Vocabulary, doc: Doc, text: str, sentence_start: int) -> int:
    """"dibuka Wali\nKota X", "Kepala Badan Perencanaan\nDaerah Kota Y, X": a sentence opening a line whose post
    starts on the line above (broken inside, or in a text wrapped by hand, maybe only its office's capitalised
    words after it) starts with the sentence above."""
    if sentence_start == 0 or text[sentence_start - 1] != "\n":
        return sentence_start
    above = sentence_of(doc, sentence_start - 1)[0]
    if text[above:sentence_start].rstrip().endswith((".", "!", "?", ":", ";", '"', "”", ")")):
        return sentence_start
    for m in vocab.position_re.finditer(text, above, min(len(text), sentence_start + 60)):
        if m.start() < sentence_start - 1 < m.end() or m.start() < sentence_start - 1 and \
                WRAPPED_POST_TAIL.fullmatch(text, m.end(), sentence_start - 1) and wrapped_text(text):
            return above  # (elsewhere a line ending with a post may close a paragraph without its full stop)
    return sentence_start


def post_right_before(vocab: Vocabulary, text: str, at: int) -> bool:
    """"Menurut Kepala Dinas Kominfo Kota Batu, Bambang, inovasi ...": a capitalised position right before the
    name, only its capitalised office, region and a comma between them: a person, whatever follows."""
    before = text[max(0, at - POST_REACH):at]
    last = None
    for last in vocab.position_re.finditer(before):
        pass
    return last is not None and last.group(0)[:1].isupper() and \
        POST_TAIL.fullmatch(before, last.end()) is not None and not in_title_case_line(text, at)


def own_position_after(vocab: Vocabulary, raw_right: str, right: str, end: int, names: list[tuple[int, int]], proposed: bool,
                        first_of_sentence: bool) -> tuple[str, str | None, str | None] | None:
    """The position right after the name that ends at `end` (`raw_right` the text after it, `right` the same
    without degrees), unless it runs on into a name the model found (`names`, spans)."""
    after = position_after(vocab, right, bare=proposed)
    opening = OPENING_POSITION.match(raw_right) if first_of_sentence else None
    if after is None and opening is not None and not any(end < n < end + opening.end() for n, _ in names):
        # "Rustam Ketua Komisi III DPRD Bontang menambahkan": a name opening the sentence, its position
        # right after it and then the verb ("Mantan Bupati X Sri Purnomo menyatakan": a name follows, no)
        after = position_after(vocab, right, bare=True)
    if after is not None and after[1] and (at := right.find(after[1])) >= 0:
        at += end + len(raw_right) - len(right)
        # the phrase runs on over the institution after the role ("Kepala Dinas" "Kominfo")
        until = at + len(after[1]) + (len(after[2]) + 1 if after[2] else 0)
        # (a name opening the next line is the next item of a list: "A, Kepala Bappeda\nB - Sekda")
        line_end = end + (raw_right.find("\n") if "\n" in raw_right else len(raw_right))
        if any(at < n <= until + 1 and n <= line_end for n, _ in names):
            return None  # "A, Sekretaris B dan C": the position after A is B's
    return after


def institution_from(vocab: Vocabulary, following: str) -> str | None:
    """The institution of "dari <institution>" at the start of `following`."""
    m = FROM_ORG.match(following)
    found = vocab.institution_re.match(following[m.end():]) if m else None
    return found.group(0) if found else None


def _position_ends_before(vocab: Vocabulary, filler: str) -> bool:
    """"Bupati dan Sapa Warga", "Menurut Sekda, program Bogor Sehat": a conjunction, or a comma and a
    lower-case word, ends the position before the capitalised words that follow; so does a comma and a
    conjunction at its end ("A, akademisi ..., dan B")."""
    words = [w.group(0) for w in WORD.finditer(filler)]
    if words and all(w.lower() in ("dan", "serta", "atau") for w in words):
        return True
    if len(words) >= 2 and words[-2] == "," and words[-1].lower() in ("dan", "serta"):
        return True  # "A, akademisi kebijakan publik, dan B": the next item of a list
    return len(words) >= 2 and words[0] == "," and words[1][:1].islower() and \
        squash(words[1].rstrip(".")) not in vocab.lex.honorifics


def _ends_with_comma(filler: str) -> bool:
    """True when the filler ends with a comma, honorifics after it aside ("..., Dr. H.", "..., Prof.Dr.Ir."), or
    with a spaced dash on the name's line ("- Bupati Brebes - Name": a list's item)."""
    words = [w.group(0) for w in WORD.finditer(filler)]
    while words and honorifics_only(words[-1]):
        words.pop()
    return bool(words) and (words[-1] == "," or words[-1] in DASHES and "\n" not in filler)


def coordinated_tail(vocab: Vocabulary, right: str) -> int:
    """Length of "dari IPB dan B dari CitiAsia " before a shared "selaku/sebagai/yang merupakan", else 0."""
    listed = False  # a comma or a conjunction joins another name
    for w in WORD.finditer(right[:160]):
        token = w.group(0)
        if token.lower() in ("selaku", "sebagai") or \
                listed and token.lower() == "yang" and AFTER_ROLE.match(right[w.start():]):
            return w.start()  # ("A, B dan C yang merupakan tim asesor": the clause of the last one is the list's)
        listed = listed or token.lower() in (",", "dan", "serta")
        if token.lower() in COORDINATED_TAIL_WORDS or token[0].isupper() or \
                token.lower().rstrip(".") in vocab.lex.institutions:
            continue
        return 0
    return 0


def post_line_above(vocab: Vocabulary, text: str, start: int, end: int, regions: list[tuple[int, int, str]],
                     names: list[tuple[int, int]]) -> tuple[str, str | None, str | None, str | None] | None:
    """A post alone on the line above a name opening its line, as a list, a table or a signature lays them out
    ("Kepala Dinas Kominfo Kota X\nName"): the post before the name, read across the line break."""
    line_start = text.rfind("\n", 0, start) + 1
    if not line_start or not all(squash(w.strip(".")) in vocab.lex.honorifics
                                 for w in re.split(r"[\s.]+", text[line_start:start]) if w):
        return None  # (only titles may stand before the name on its line: "Dr. Ir. Name")
    above = text.rfind("\n", 0, line_start - 1) + 1
    line = text[above:line_start - 1]
    stripped = LIST_ITEM.sub("", line)
    if not vocab.position_re.match(stripped.strip()) or len(line.split()) > POST_LINE_WORDS or \
            re.search(r"[,;.:]\s*\S|[.:;,]\s*$", line):
        return None
    return position_before(vocab, line + " " + text[line_start:start], above, regions, names, text[start:end])


def position_before(vocab: Vocabulary, left: str, offset: int, regions: list[tuple[int, int, str]],
                     names: list[tuple[int, int]], name: str
                     ) -> tuple[str, str | None, str | None, str | None] | None:
    """A position phrase before the name, possibly followed by its region or institution.

    Between the position and the name only role words, regions and institutions may stand; any other
    words are allowed only when a comma sets the name apart ("Kadis Kominfo Lamteng, Hj. Nurhasanah"), and
    never a name the model found before it (`names`, spans): "Sekretaris A dan B, C" gives C no position.
    """
    # "dari Ikatan Konsultan Teknologi Informasi Indonesia, B": a position's word inside an institution's name is none
    bodies = [(b.start(), b.end()) for b in vocab.institution_re.finditer(left)]
    matches = [m for m in vocab.position_re.finditer(left) if not any(a < m.start() < b for a, b in bodies)]
    for m in reversed(matches):
        filler = _blank_abbreviations(vocab, left[m.end():])
        # "Wakil Bupati Kutai H Rendi": one word between the head of a region and the name (with its honorifics)
        # is the region's short form
        short = re.match(r"^\s*([A-Z][a-z]+)(?:\s+(?:H|Hj|Dr|Ir|Drs|Dra|Prof)\.?)*\s*$", filler)
        if short is not None and vocab.position_category(m.group("pos"))[1]:
            filler = filler[:short.start(1)] + " " * len(short.group(1)) + filler[short.end(1):]
        role_start = m.start()
        spelt_position = None
        close = -1
        if filler.count(")") > filler.count("("):
            # "Sekertaris Daerah (Sekda) X": the short form of a position spelt out before the bracket
            spelt = _spelt_out_before(vocab, left, m.start())
            if spelt is None:
                continue  # "A (Dosen UKSW), B": the position belongs to the earlier item, inside its brackets
            close = filler.find(")")
            filler = " " * (close + 1) + filler[close + 1:]
            role_start = spelt
            # "Sekretaris Kabupaten (Seskab) X": the spelt-out post decides, not its ambiguous short form
            # (Seskab is also the cabinet secretary)
            spelt_post = vocab.position_re.match(left, spelt)
            if spelt_post is not None:
                spelt_position = spelt_post.group("pos")
        if _position_ends_before(vocab, filler):
            if m is matches[-1]:
                return None
            continue
        appositive = _ends_with_comma(filler)
        if appositive:
            # "Kadis Kominfo yang akrab disapa Uyu itu, Name": a clause on the post's holder, pointed back to
            filler = POINTED_CLAUSE.sub(lambda c: " " * len(c.group(0)), filler)
        # "Country Director sebuah perusahaan teknologi, Michael Tanoto": a descriptive phrase is allowed
        # between a non-government position and the name
        loose = vocab.position_category(m.group("pos"))[0] == "other"
        role_end = m.end() + close + 1
        region = inst = None
        ok = True
        client = False
        # "Kadis LHKPP", "Kepala UPTD War Room": the acronym of the office a regional head leads
        office_acronym = HEAD_OF_OFFICE.match(m.group("pos").lower()) is not None or \
            vocab.position_category(m.group("pos")) == ("regional_official", "")
        # "Kasubag Kerja Sama Setkab Kukar X": the unit's name before the word of its office is the post's
        office_at = max((w.start() for w in WORD.finditer(filler)
                         if vocab.regional_office_word(w.group(0), places=False)), default=-1)
        for w in WORD.finditer(filler):
            absolute = offset + m.end() + w.start()
            in_region = next((r for r in regions if r[0] <= absolute < r[1]), None)
            token = w.group(0).rstrip(".")
            if not token:
                continue
            if in_region is not None:
                if not client:
                    region = region or (in_region[2] or None)
            elif token.lower() in ("untuk", "bagi") and not client and \
                    vocab.position_category(m.group("pos"))[0] == "assessor" and \
                    CLIENT_OF_COACH.match(filler, w.end()) is not None:
                client = True  # "Pembimbing ... untuk Kabupaten X, Dr Y": the region coached is not Y's
            elif (vocab.is_role_word(token) or w.start() < office_at and (token[:1].isupper() or token in UNIT_JOINS)
                  or office_acronym and token.isupper() and 3 <= len(token) <= 8
                  and token.lower() not in vocab.lex.institutions) and not (inst or region):
                role_end = m.end() + w.end()  # "Kadis LHKPP": the acronym of the office headed
            elif vocab.institution_re.fullmatch(token) or (inst and token in {"RI", "Republik", "Indonesia"}):
                inst = inst or token
            elif token in {"RI", "Republik", "Indonesia"} and not region:
                continue  # "Wakil Presiden Republik Indonesia H. M. Yusuf Kalla"
            elif vocab.is_role_word(token) or token in FILLER_MARKS:
                if region is None and inst is None and token not in FILLER_MARKS:
                    role_end = m.end() + w.end()
            elif token.lower() in ("di", "pada") and not (inst or region) and \
                    OFFICE_AFTER.match(filler[w.end():]) is not None:
                continue  # "Kepala Seksi Aplikasi di Dinas Kominfo Kota Bima, X": the unit's office
            elif any(a == absolute and b <= offset + len(left) and left[a - offset:b - offset] != name and
                     _names_only(vocab, left[b - offset:]) for a, b in names):
                return None  # "Sekretaris A dan B, C": the position is A's, B and C only follow A
            elif honorifics_only(token) or squash(token) in vocab.lex.degrees \
                    or squash(token) in vocab.place_keys \
                    or appositive and (token[0].isupper() or loose and len(filler.split()) <= 8):
                continue
            elif appositive and token.lower() in UNIT_JOINS and re.match(r"\s*[A-Z]", filler[w.end():]):
                continue  # "Kepala Seksi Data dan Statistik pada Bidang TIK Diskominfo X, Name": a unit's name
            elif appositive and token.lower() in DEMONSTRATIVES and re.fullmatch(r"\s*,\s*", filler[w.end():]):
                continue  # "Kepala dinas itu, Name": the post named in the sentence before, pointed back to
            else:
                ok = False
                break
        if not ok:
            # the institution may be written out in several words ("Kementerian Komunikasi dan Informatika")
            found = vocab.institution_re.search(filler)
            # "... Kementerian X (KemenX) Republik Indonesia, Dr. Y": its short form, the country and the
            # name's honorifics may follow it
            rest = re.sub(r"^\s*(?:RI|Republik\s+Indonesia)\b", "", re.sub(r"\([^()]{1,30}\)", "", filler[found.end():])) \
                if found else ""
            rest = " ".join(w for w in rest.replace(",", " ").split() if squash(w.rstrip(".")) not in vocab.lex.honorifics)
            if found is None or rest.strip(" ,") != "":
                if m is matches[-1] and not appositive:
                    return None
                continue
            inst = found.group(0)
        position = spelt_position or m.group("pos")
        category, kind = vocab.position_category(position)
        # a bureau (Biro) is a unit of a ministry unless a region is named ("Kepala Biro Humas Kominfo")
        national = re.search(r"\b(?:Direktorat|Ditjen|Kementerian|Kemenkominfo|Biro)\b", left[m.start():role_end])
        if inst is None and region is None and (national or not any(
                AGENCY.match(w.lower()) or w.lower() == "dinas" for w in left[m.start():role_end].split())):
            # "Perwakilan Direktorat Jenderal Aplikasi Informatika Kominfo": the ministry is in the role
            found = vocab.institution_re.search(left[m.start():])
            entry = vocab.lex.institutions.get(found.group(0).lower()) if found else None
            if entry is not None and entry[1] == "ministry":
                inst = found.group(0) if found else None
                category = "ministry" if category in ("other", "regional_official") else category
        if inst is None and category == "ministry":
            # "Staf Ahli Menteri Kominfo": the ministry is written inside the position
            found = vocab.institution_re.search(left[m.start():role_end])
            inst = found.group(0) if found else None
        entry = vocab.lex.institutions.get(inst.lower()) if inst else None
        if entry is not None and entry[1] == "ministry" and kind not in ("kabupaten", "kota", "provinsi") \
                and category in ("regional_official", "other"):
            category = "ministry"
        role = re.sub(r"\s+", " ", left[role_start:role_end]).strip(" ,")
        if role.count("(") > role.count(")"):
            role = role[:role.rfind("(")].rstrip(" ,")  # "... Informatika (Kominfo), X": the short form left open
        if category == "regional_official" and (COUNCIL.search(left[m.start():]) or (
                inst is None and region is None and role.lower() == m.group("pos").lower() and
                COMMISSION.search(left[:m.start()]))):
            # "Sekretaris Komisi A DPRD X"; "Ketua Komisi II DPRD ... didampingi A, Sekretaris B": the
            # legislature, no regional government (a bare position after a council takes it from the council)
            category = "other"
        if category in ("ministry", "regional_official") and COMPANY.search(left[m.start():]) or \
                category == "ministry" and inst is None and COUNTRY_BRANCH.search(filler):
            # "Direktur Data Kota Ltd., X": a company's post, its legal form after the role; "Direktur
            # Microsoft Indonesia, X": a company's branch in the country
            category = "other"
        selaku = re.search(r"(\b[\w.]+(?:\s+[\w.]+)?)\s+selaku\s+$", left[:m.start()], re.IGNORECASE)
        if selaku and vocab.position_re.fullmatch(selaku.group(1).strip()):
            role = f"{selaku.group(1).strip()} selaku {role}"
        return category, role, inst, region
    return None


def _names_only(vocab: Vocabulary, text: str) -> bool:
    """True when `text` holds nothing but capitalised words that are no role words, acronyms or offices,
    joined by commas and a "dan"/"serta": the rest of a list of names ("dan Budi Santoso, "). A list of
    positions and names ("Sekda X A, B Kasubag ...") joins its items by commas only."""
    if not re.search(r"\b(?:dan|serta)\b", text):
        return False
    for token in text.replace(",", " , ").split():
        if token in (",", "dan", "serta"):
            continue
        bare = token.rstrip(".")
        if INITIALS.match(token) or squash(bare) in vocab.lex.degrees or squash(bare) in vocab.lex.honorifics:
            continue  # "Piet H.K. Pungus, S.Pd": initials and degrees inside the list
        if not (bare[:1].isupper() and any(ch.islower() for ch in bare)) or vocab.is_role_word(bare) or \
                ACTING.match(bare) or bare.lower() in vocab.lex.institutions:
            return False
    return True


def _spelt_out_before(vocab: Vocabulary, left: str, at: int) -> int | None:
    """Where the spelt-out position before the bracket holding the position at `at` starts ("Kepala Bidang
    Teknologi Informasi (Kabid TIK)"), or None when no run of role words precedes the bracket."""
    opening = left.rfind("(", 0, at)
    if opening == -1 or len(left[opening + 1:at].split()) > 1:
        return None
    start = None
    for w in reversed(list(WORD.finditer(left[:opening]))):
        token = w.group(0).rstrip(".")
        if token.lower() in ("dan", "serta", ",") or token[:1].isupper() and vocab.is_role_word(token):
            start = w.start() if token[:1].isupper() else start
            continue
        break
    return start


def _blank_abbreviations(vocab: Vocabulary, filler: str) -> str:
    """"Direktur Jenderal (Dirjen) Bina Administrasi Kewilayahan (Adwil)": the bracketed short forms of a
    position's words, blanked out (offsets kept); a bracketed institution stays, it says where the holder
    works."""
    filler = BRACKETED_WORD.sub(lambda m: m.group(0) if m.group("word").lower() in vocab.lex.institutions
                                else " " * len(m.group(0)), filler)
    # "(Diskominfo Staper)": a regional office's short form of two words
    return BRACKETED_OFFICE.sub(lambda m: " " * len(m.group(0)) if AGENCY.match(m.group("word").lower())
                                else m.group(0), filler)


def position_after(vocab: Vocabulary, right: str, bare: bool = False) -> tuple[str, str | None, str | None] | None:
    """A position stated after the name: "X, Kepala Dinas ...", "X (Kadis Kominfo ...)", "X sebagai asesor ...",
    and with `bare` also
    "X Kepala Dinas ..." """
    right = right[coordinated_tail(vocab, right):]
    # "menurut laporan Ardi Sepdianto Kepala Diskominfo, ...": a capitalised position may follow a name the
    # model found directly
    # ("X - Kepala Bappeda", "X<tab>Sekda": a list's or a table's line, the post after a spaced dash or a tab)
    m = AFTER_ROLE.match(right) or SUBJECT_ROLE.match(right) or re.match(r"^\s*(?:,|\(|selaku|sebagai)\s*", right) or \
        _post_line(right) or \
        (re.match(r"^[ \t]+(?=[A-Z])", right) if bare else None)
    if m is None:
        return None
    rest = right[m.end():]
    rest = ONE_OF.sub("", rest, count=1)  # "X, salah satu tim evaluasi dari UGM"
    # "X, Penjabat (Pj) Bupati Batang": the bracketed short form of an acting post stands inside the position
    rest = ACTING_SHORT_FORM.sub("", rest, count=1)
    pos = vocab.position_re.match(rest)
    if pos is None:
        return team_of_ministry(vocab, rest) if AFTER_ROLE.match(right) else None
    category, _ = vocab.position_category(pos.group("pos"))
    team = TEAM_AFTER_ROLE.match(rest, pos.end()) if category == "other" else None
    if team is not None and (then := vocab.position_re.match(rest, team.end())) is not None and \
            vocab.position_category(then.group("pos"))[0] == "assessor":
        category = "assessor"  # "X sebagai narasumber tim asesor ...": a presenter of the assessors' team
    if category == "assessor" and pos.group("pos").lower() == "konsultan" and CLIENT_REGION.match(rest[pos.end():]):
        category = "other"
    if category == "other" and m.group(0).strip() == "(" and not PRESENTER_ROLE.match(pos.group("pos")):
        return None  # "A (Dosen UKSW), B (Dosen UGM)": a list's items; the list's cue decides ("A (Pemateri)" no)
    phrase = re.split(rf"[,.;:)\n]|{PHRASE_END_WORDS}", rest)[0].strip()
    kept = [pos.group(0)]
    for word in phrase[pos.end():].split():
        if not (vocab.is_role_word(word) or word[:1].isupper() or word.lower() in vocab.lex.institutions
                or word.lower() in {"evaluasi", "program", "nasional"} or ASSESSOR_WORD.fullmatch(word)):
            break
        kept.append(word)
    phrase = " ".join(kept)
    inst_match = vocab.institution_re.search(phrase)
    inst = inst_match.group(0) if inst_match else None
    role = phrase[:inst_match.start()].strip() if inst_match else phrase
    if inst is not None and category == "regional_official" and \
            ministry_post(vocab, pos.group("pos"), role, inst, phrase[inst_match.end():] if inst_match else ""):
        category = "ministry"  # "X, Kepala Biro Perencanaan Kementerian Kominfo": a post of the ministry
    return category, role or None, inst


def _post_line(right: str) -> re.Match[str] | None:
    """The spaced dash or tab before a post that closes a list's or table's line ("A - Kepala Bappeda Kota X"
    and no more: "Sampit - Kepala Dinas X mengatakan ...", a dateline before a sentence, no)."""
    m = POST_SEPARATOR.match(right)
    if m is None:
        return None
    line = right[m.end():].split("\n", 1)[0]
    return m if len(line.split()) <= POST_LINE_WORDS and not re.search(r"[,;.:]\s*\S", line) else None


def regional_body_after(vocab: Vocabulary, right: str) -> bool:
    """True when `right`, the text after a name, opens with "dari" or a bracket and a regional government or
    one of its offices ("dari Dinas Kominfo ...", "(Diskominfo Kota Palu)", "dari Pemerintah Kota ...")."""
    m = FROM_ORG.match(right) or re.match(r"^\s*\(\s*", right)
    if m is None:
        return False
    body = right[m.end():]
    # "dari Bagian Organisasi Setda Kota X": a unit's capitalised name before the office it belongs to
    for word in re.findall(r"[\w-]+", body[:POST_REACH])[:UNIT_WORDS]:
        if vocab.regional_office_word(word, places=False):
            return True
        if not (word[:1].isupper() or word in UNIT_JOINS):
            break
    return re.match(r"Pemerintah\s+(?:Kota|Kabupaten|Provinsi|Daerah)\b", body) is not None


def affiliation_after(vocab: Vocabulary, right: str) -> str | None:
    """The institution written after a name: after "dari"/"asal", or alone in brackets; a university no list
    holds by its name ("dari Universitas Pasundan")."""
    m = FROM_ORG.match(right)
    if m is None:
        paren = re.match(r"^\s*\((?P<org>[^)]{2,40})\)", right)
        org = paren.group("org").strip() if paren else ""
        if paren and (vocab.institution_re.fullmatch(org) or ACADEMIC_BODY.fullmatch(org)):
            return org
        return None
    found = vocab.institution_re.match(right[m.end():]) or ACADEMIC_BODY.match(right[m.end():])
    return found.group(0) if found else None


def drop_roles_naming_others(text: str, people: list[Person]) -> None:
    """"A, Sekretaris Maria H. B dan C": a role read after a name that runs on into another person's name is
    that person's position, not the first one's; the first keeps no role and no category from it. A role written
    before the name ends at the name ("Kasubdit ... Direkrotat I, Ditjen Aptika, X") and names no one else."""
    firsts = {p.name.split()[0] for p in people if len(p.name.split()[0]) >= 3}
    for person in people:
        words = (person.role or "").split()
        if person.role and person.mentions and _written_before(text, person.role, min(person.mentions)[0]):
            continue
        if len(words) > 1 and any(w in firsts and w != person.name.split()[0] for w in words[1:]):
            person.role, person.category, person.region = None, "other", None


def _written_before(text: str, role: str, at: int) -> bool:
    """True when `role` stands right before the name at `at`, only commas and honorifics between them ("Kasubdit
    ..., Kemenkominfo, X", "Bupati Kendal, Drs. H. X"); the same words elsewhere in the text are another post."""
    written = text.rfind(role, 0, at)
    return written != -1 and all(honorifics_only(w) for w in re.findall(r"[^\s,]+", text[written + len(role):at]))
