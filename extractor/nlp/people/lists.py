"""Lists: names in an assessors' list, in a list's items, or coordinated with the name before them."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from extractor.nlp.lexicon import squash
from extractor.nlp.people.patterns import (
    ASSESSOR_SENTENCE,
    ASSESSOR_WORD,
    DEGREE_SHAPE,
    GENERIC_ROLE,
    LIST_ITEM,
    NAME_BODY,
)
from extractor.nlp.people.person import EVIDENCE, Person
from extractor.nlp.people.posts import POST_TAIL, affiliation_after, position_after
from extractor.nlp.people.vocabulary import Vocabulary
from extractor.nlp.people.words import WORD
from extractor.nlp.spans import sentence_of

LIST_CUE = re.compile(r"\b(?:asesor|assesor|assessor|evaluator|penilai|penguji|juri|pembimbing|mentor|"
                      r"tim\s+(?:evaluasi|penilaian|asesmen|ahli|pembimbing|penyusun(?:an)?\s+master\s*plan)|tenaga\s+ahli|"
                      r"nara\s*sumber|pemateri)\b[^.\n]{0,80}"
                      r"(?:yaitu|yakni|adalah|ialah|meliputi|terdiri\s+(?:dari|atas)|antara\s+lain|di\s*antaranya|masing-masing|"
                      r"diketuai|dipimpin|:)\s*(?:oleh\s+)?"
                      # ("narasumber dari Kementerian Kominfo, A dan B": the programme's speakers after a comma)
                      r"|\b(?:nara\s*sumber|pemateri)\s+dari\s+(?-i:Kementerian|Kementrian|Kemen[a-z]+|Kemkominfo|Kominfo|"
                      r"Ditjen|Direktorat)[^,.\n]{0,60}+,\s*"
                      # ("Tenaga Ahli Penyusunan Dokumen dari Kementerian Kominfo, A, B dan C", "pembimbing dari
                      # Kemenkominfo untuk Kabupaten X, A": the ministry's experts and guides, only the capitalised
                      # words of its name, its short form and the region served before the comma)
                      r"|\b(?:tenaga\s+ahli|pembimbing|asesor|assesor|assessor|evaluator)(?:[ \t]++(?-i:[A-Z][\w-]*+)){0,5}"
                      r"[ \t]++dari[ \t]++(?-i:Kementerian|Kementrian|Kemen[a-z]+|Kemkominfo|Kominfo|Ditjen|Direktorat)"
                      r"(?:[ \t]++(?:(?-i:[A-Z][\w-]*+)|dan|untuk|bagi|\([A-Za-z ]{1,20}\)))*+[ \t]*+,[ \t]*+"
                      r"|\b(?:evaluasi|penilaian|pendampingan|bimbingan|asesmen|presentasi|paparan)\b[^.\n]{0,40}?"
                      r"\b(?:dipimpin|dipandu|dilakukan|diberikan|dibawakan|dinilai)\s+(?:langsung\s+)?(?:oleh\s+)?"
                      # ("yang di bimbing oleh X": the prefix written apart, then only with "oleh")
                      r"|\b(?:di(?:bimbing|nilai|evaluasi|ases)\s+(?:langsung\s+)?(?:oleh\s+)?|"
                      r"di[ \t](?:bimbing|nilai|evaluasi|ases)\s+(?:langsung\s+)?oleh\s+)"
                      r"(?:(?:para|tim|sejumlah)\s+[a-z]+\s*,?\s*(?:yaitu|yakni|antara\s+lain|:)?\s*)?",
                      re.IGNORECASE)
# "Sedangkan anggota tim terdiri dari A, B dan C": the members of a team the paragraph has named as an evaluation
# team before (TEAM_NAMED), listed after the cue
TEAM_LIST_CUE = re.compile(r"\banggota\s+tim\b[^.\n]{0,60}(?:yaitu|yakni|adalah|ialah|terdiri\s+(?:dari|atas)|antara\s+lain|"
                           r"di\s*antaranya|:)\s*", re.IGNORECASE)
TEAM_NAMED = re.compile(r"\b(?:tim\s+(?:evaluasi|evaluator|penilai|penilaian|asesmen|asesor)|asesor|assessor|evaluator)\b",
                        re.IGNORECASE)
# What may stand between a list cue and a later item: earlier items, their titles and "dari <institution>".
LIST_GAP_WORDS = {"dari", "asal", "dan", "serta", "bersama", "dengan", ",", "(", ")", "of"}
NAME_WORDS = 4  # the words of a name that may stand between a list's post and its comma
# "A (ITB), B dan C dari UGM": what stands between two names of a list once the first one's degrees are left out:
# its body in brackets or after "dari", a comma, a conjunction
ITEM_GAP = re.compile(rf"[ \t]*+{NAME_BODY}?[ \t]*+,?[ \t]*+(?:(?:dan|serta|&)[ \t]++)?")
SPACES = re.compile(r"\s*+")
# "Keduanya merupakan tim penilai", "Ketiga asesor itu ...", "Mereka adalah ...": a sentence whose subject is the
# people of the list before it
THEY_OPEN = re.compile(r"[\s\"“]*+(?:Keduanya|Ketiganya|Keempatnya|Mereka|Kedua|Ketiga|Keempat)\b")
# "Mereka adalah A (Perbanas); B (UKSW)": the sentence that presents the people an assessor cue announced
THEY_ARE = re.compile(r"\bMereka\s+(?:adalah|yaitu|yakni|ialah|terdiri\s+(?:dari|atas))\s*:?\s*", re.IGNORECASE)


def coordinated_in_brackets(vocab: Vocabulary, text: str, previous: Person, start: int) -> bool:
    """True when the name at `start` follows `previous` inside the bracket that opens after a position
    ("Staf Bidang Aplikasi (A dan B)"), only degrees, commas and a conjunction between them."""
    if previous.role is None or previous.strength < EVIDENCE["position"]:
        return False
    before, after = previous.mentions[-1]
    gap = vocab.without_degrees(text[after:start])
    if not re.fullmatch(r"\s*(?:,\s*)?(?:(?:dan|serta)\s+)?", gap) or not gap.strip():
        return False
    opening = text.rfind("(", 0, before)
    return opening != -1 and text.rfind(")", 0, start) < opening and "\n" not in text[opening:start] and \
        all(squash(w.rstrip(".")) in vocab.lex.honorifics for w in text[opening + 1:before].split())


def position_list_item(vocab: Vocabulary, text: str, at: int) -> bool:
    """"3. Wali Kota Bogor, Bima Arya", "- Bupati Brebes Idza Priyanti": an item of a numbered or bulleted list
    naming a position, then the name after a comma or opening with the position (capitalised throughout, yet no
    headline)."""
    start = text.rfind("\n", 0, at) + 1
    line = text[start:at]
    marker = LIST_ITEM.match(line)
    if marker is None:
        return False
    position = vocab.position_re.search(line, marker.end())
    return position is not None and ("," in line[position.end():] or not line[marker.end():position.start()].strip())


def name_then_post_item(vocab: Vocabulary, text: str, start: int, end: int) -> bool:
    """"2. Lina Kartika, Kabid E-Government", "- Imam Santoso (Asisten I Setda)": an item of a numbered or
    bulleted list naming the name, then its position after a comma, a bracket, a spaced dash or a tab."""
    line_start = text.rfind("\n", 0, start) + 1
    if not LIST_ITEM.match(text[line_start:start] + " ") or text[line_start:start].strip(" \t-•*·.)|0123456789"):
        return False
    line_end = text.find("\n", end)
    right = vocab.without_degrees(text[end:line_end if line_end != -1 else len(text)])
    return position_after(vocab, right) is not None


def post_name_degrees_item(vocab: Vocabulary, text: str, start: int, end: int) -> bool:
    """"Smart Governance – PIC: Kabid Aptika Rudi Hartono, S.Kom": a line capitalised like a heading whose name
    stands between a capitalised position and the degrees closing the line names who holds the post."""
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end != -1 else len(text)]
    return bool(rest.strip()) and not vocab.without_degrees(rest).strip(" \t.,") and post_before_on_line(vocab, text, start)


def post_before_on_line(vocab: Vocabulary, text: str, start: int) -> bool:
    """"PIC: Kabid Aptika Rudi": a capitalised position, then only its capitalised office, right before the name on
    its line."""
    last = None
    for last in vocab.position_re.finditer(text, text.rfind("\n", 0, start) + 1, start):
        pass
    return last is not None and last.group(0)[:1].isupper() and POST_TAIL.fullmatch(text, last.end(), start) is not None


def previous_items_role(vocab: Vocabulary, left: str, role: str) -> bool:
    """True when `role`, the position written last in `left`, follows the degrees of an earlier name and a
    comma ("A, SH, Asisten Tenaga Ahli, "): that name's position, written after it."""
    at = left.rfind(role)
    if at < 0:
        return False
    head = left[:at].rstrip()
    if not head.endswith(","):
        return False
    words = head[:-1].split()
    return bool(words) and words[-1][:1].isupper() and (squash(words[-1].rstrip(".")) in vocab.lex.degrees or
                                                       DEGREE_SHAPE.match(words[-1].rstrip(".")) is not None)


def previous_names_role(vocab: Vocabulary, left: str, role: str) -> bool:
    """True when `role`, the position written last in `left`, follows an earlier name of two words and a comma
    ("A Budi, Kasie X, "): that name's position, written after it."""
    at = left.rfind(role)
    head = left[:at].rstrip() if at >= 0 else ""
    if not head.endswith(","):
        return False
    words = head[:-1].split()
    # "Hadir A Budi, Kasie X, C Dewi, Wakil Rektor Y": the position between two names, each with a comma, is the
    # name's before it when the name after it has its own (the caller asks only then)
    last = words[-2:]
    # "Wakil Bupati Purbalingga Sudono, Kepala Dinkominfo Prayitno, Kabid ...": a name after its own post (and
    # its region) opens a list of posts before names, where the post before each name is that name's
    # (a word with a comma before the name closes the item before it: "..., Kemenkominfo, Harya Widiputra, ...")
    # ("Plt Kaban Kesbangpol Ronald Anderson Silalahi, Plt Kadis ...": the name before may have up to four words)
    k = len(words) - 1
    while k >= max(0, len(words) - NAME_WORDS) and vocab.name_shaped(words[k], True) and \
            not vocab.is_role_word(words[k].rstrip(".")):
        k -= 1
    opened_by_post = 0 <= k < len(words) - 2 and not words[k].endswith(",") and vocab.is_role_word(words[k].rstrip("."))
    return len(last) == 2 and not opened_by_post and all(
        vocab.name_shaped(w, True) and not vocab.is_role_word(w.rstrip(".")) and squash(w) not in vocab.place_keys
        for w in last) and squash(" ".join(last)) not in vocab.place_keys and \
        not any(w.lower() in vocab.lex.institutions for w in last)


def in_assessor_list(vocab: Vocabulary, left: str) -> bool:
    """True when an assessor cue opens the list this name belongs to ("asesor yaitu A dari ITB, B ...")."""
    cues = list(LIST_CUE.finditer(left))
    cues += [m for m in TEAM_LIST_CUE.finditer(left) if TEAM_NAMED.search(left, 0, m.start())]
    cues.sort(key=lambda m: m.end())
    if not cues:
        return False
    gap = left[cues[-1].end():]
    gap = gap[gap.rfind(";") + 1:]  # "A, praktisi ... selaku ketua tim; B dari ...": items of their own
    presented = list(THEY_ARE.finditer(gap))
    gap = gap[presented[-1].end():] if presented else gap  # "dinilai oleh para pakar ... . Mereka adalah A"
    # "A, akademisi kebijakan publik, dan B": an earlier item's description after a comma
    gap = re.sub(r",\s*" + GENERIC_ROLE.pattern.lstrip("^") + r"[^,;()]*", ",", gap, flags=re.IGNORECASE)
    for w in WORD.finditer(gap):
        token = w.group(0).rstrip(".")
        if not token:
            continue
        if token.lower() in LIST_GAP_WORDS or token[0].isupper() or squash(token) in vocab.lex.degrees \
                or squash(token) in vocab.lex.honorifics or token.lower() in vocab.lex.institutions:
            continue
        return False
    return True


def assessors_around_lists(vocab: Vocabulary, doc: Doc, text: str, people: list[Person]) -> None:
    """"bunyi rekomendasi A (Perbanas), B dan C dari UGM. Evaluator juga ...": the people of a list that a
    university or a firm closes, named in the sentence before or after one naming the assessors (and no one else),
    or beside an assessor of the list, are assessors; so are those a next sentence calls so ("Keduanya merupakan
    tim penilai") whatever body they come from (a ministry's included). Only people with no position of their own
    change."""
    mentions = sorted(((a, b, p) for p in people for a, b in p.mentions), key=lambda m: m[0])
    starts = [a for a, _, _ in mentions]
    runs: list[list[tuple[int, int, Person]]] = []
    for mention in mentions:
        last = runs[-1][-1] if runs else None
        if last is not None and sentence_of(doc, last[0]) == sentence_of(doc, mention[0]) and \
                ITEM_GAP.fullmatch(vocab.without_degrees(text[last[1]:mention[0]])):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    for run in runs:
        members = {id(p): p for _, _, p in run}
        # (a person named first elsewhere, or in lower case, is no item of the list: "pak dana dari UI" read as a
        # later mention of another)
        weak = [p for a, _, p in run if p.category in ("other", "ministry") and p.role is None and
                p.strength <= EVIDENCE["weak"] and min(p.mentions)[0] == a and text[a].isupper()]
        if not weak:
            continue
        bodies = [affiliation_after(vocab, vocab.without_degrees(text[b:b + 200])) for _, b, _ in run]
        academic = any(body and (vocab.lex.institutions.get(body.lower()) or ("", ""))[1] in ("academic", "company")
                       for body in bodies)
        sentence = sentence_of(doc, run[0][0])
        following = SPACES.match(text, sentence[1]).end()  # type: ignore[union-attr]  # (it matches everywhere)
        after = sentence_of(doc, following) if following < len(text) else sentence
        before = sentence_of(doc, sentence[0] - 1) if sentence[0] > 0 else sentence
        # "A (ITB) dan asesor B (UGM)": beside an assessor of the list
        named = academic and any(p.category == "assessor" for p in members.values()) or \
            after != sentence and THEY_OPEN.match(text, after[0]) is not None and \
            ASSESSOR_SENTENCE.search(text, after[0], after[1]) is not None
        for bounds in (before, after):
            if named or not academic or bounds == sentence:
                continue
            # the sentence names the assessors and no one else who might be one of them
            inside = mentions[bisect_left(starts, bounds[0]):bisect_left(starts, bounds[1])]
            named = ASSESSOR_WORD.search(text, bounds[0], bounds[1]) is not None and not any(
                id(p) not in members and p.strength < EVIDENCE["position"] for _, _, p in inside)
        if named:
            for person in weak:
                person.update("assessor", None, None, None, EVIDENCE["after"])
