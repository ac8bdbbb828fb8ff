"""Bylines, credits and captions: the names of writers and photographers, with a label or without one."""

from __future__ import annotations

import re

from extractor.nlp.lexicon import squash
from extractor.nlp.people.patterns import BYLINE_INITIALS
from extractor.nlp.people.posts import position_after, post_line_above
from extractor.nlp.people.vocabulary import Vocabulary
from extractor.nlp.people.words import Word, dictionary_word, last_word_start

BYLINE_FROM = re.compile(r"(?<=[A-Za-z])[ \t]++(?:dari|oleh)[ \t]*+$")
BYLINE_LABEL = re.compile(r"(?:^|[|·•,(\-–/\s])\s*(?P<word>[A-Za-z]+)\s*(?P<colon>:)?\s*$")
# "LAPORAN : ADY", "By MS LEMPOW 04 Okt 2022": a credit line whose name is in capitals (one to four words), at
# the end of the line or before the date; the line may open with the page's date ("SABTU, 23 DESEMBER 2017 | LAPORAN:")
CAPITALISED_BYLINE = re.compile(r"^(?:[^\n|]*\|)?[ \t]*(?P<label>[A-Za-z]+(?:[ \t]*/[ \t]*[A-Za-z]+)?)[ \t]*(?P<colon>:)?[ \t]*"
                                r"(?P<name>[A-Z][A-Z'.]*(?:[ \t]+[A-Z][A-Z'.]*){0,3})(?=[ \t]*(?:$|\d))",
                                re.MULTILINE)
# "Rabu, 5 Oktober 2022 AGUS SALIM, S.Sos, M.M 120": the writer's name in capitals with degrees after a comma,
# right after the page's date (its time) or set apart by two spaces or a bar on the date's line (the line's year is
# checked, and every degree)
DATED_CAPITALS_BYLINE = re.compile(r"(?:\b(?:19|20)\d\d(?:[ \t]++\d{1,2}[:.]\d\d(?:[ \t]++WI[BT]A?)?)?[ \t]++|[ \t]{2}|\|[ \t]*+)"
                                   r"(?P<name>[A-Z][A-Z']{2,}+(?:[ \t][A-Z][A-Z']{2,}+){0,2}),"
                                   r"(?P<degrees>(?:[ \t]*+[A-Za-z][A-Za-z.]{0,7}+[ \t]*+,?){1,4})(?=[ \t]*+(?:$|\d|\|))",
                                   re.MULTILINE)
# "KABAR RIAU / AGUS SALIM": a photo credit alone on its line, the outlet in capitals (the text writes it as its web
# address, "KABARRIAU.COM") slashed to the photographer's name in capitals
OUTLET_CAPITALS_CREDIT = re.compile(r"^[ \t]*+(?P<outlet>[A-Z][A-Z0-9]++(?:[ \t][A-Z][A-Z0-9]++){0,2})[ \t]*+/[ \t]*+"
                                    r"(?P<name>[A-Z][A-Z']{2,}+(?:[ \t][A-Z][A-Z']{2,}+){0,2})[ \t]*+$", re.MULTILINE)
# "Oleh\nAGUS SALIM": a credit's label alone on its line, the name in capitals alone on the next
LABEL_ABOVE_CAPITALS = re.compile(r"^[ \t]*(?P<label>[A-Za-z]+)[ \t]*:?[ \t]*\n[ \t]*"
                                  r"(?P<name>[A-Z][A-Z'.]*(?:[ \t]+[A-Z][A-Z'.]*){0,3})[ \t]*$", re.MULTILINE)
# "FOTO AGUS SALIM/KOTAPOS.ID - ...", "Foto: AGUS SALIM / Kotapos": a photo credit's name in capitals, slashed to
# the outlet, after the credit's label
# (a colon or a space parts the label from the name: run together, they would split one word of capitals in every way)
LABELLED_SLASH_CREDIT = re.compile(r"(?:^|[\s(|])(?P<label>[A-Za-z]+)(?:[ \t]*:[ \t]*|[ \t]+)"
                                   r"(?P<name>[A-Z][A-Z']{2,}(?:[ \t]+[A-Z][A-Z']+){0,3})[ \t]*/[ \t]*[A-Za-z]")
# "Laporan wartawan Kotapos, Agus Salim": a credit's label and a journalist's word, the outlet and a comma before
# the name
LABEL_OUTLET_COMMA = re.compile(r"^[ \t]*(?P<label>[A-Za-z]+)[ \t]+(?P<word>[A-Za-z]+)[ \t]+"
                                r"[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2}[ \t]*,[ \t]*$")
# "... kata dia. (Agus)": the writer's name in brackets after a sentence's end, closing the paragraph
SIGN_OFF_BRACKET = re.compile(r"[.!?”\"][ \t]*\([ \t]*$")
# "... kata dia. (MC Kab. Sleman/Rina)", "(rls/Budi/Ed: Tari)": the office, the desk or a press release's short form,
# a slash and the writer's name in the brackets closing a paragraph
SLASHED_SIGN_OFF = re.compile(r"[.!?”\"][ \t]*+\([^()\n/]{1,40}+(?:/[^()\n/]{1,40}+)?/[ \t]*+$")
# ... after the name, maybe the editor's credit after another slash, then the bracket closing the line
SLASHED_SIGN_OFF_END = re.compile(r"[ \t]*+(?:/[^()\n]{1,40}+)?\)[ \t]*+$")
# ... and the bracket closing it, at the end of its line
CLOSING_BRACKET = re.compile(r"\)[ \t]*(?:\n|$)")
# "(FANNY/KLIKBONTANG)": a photographer's or writer's credit in capitals, slashed to the outlet, in brackets
BRACKETED_CREDIT = re.compile(r"\((?P<name>[A-Z][A-Z']{2,}(?:[ \t]+[A-Z][A-Z']{2,})?)[ \t]*/[ \t]*[A-Za-z][\w.]*"
                              r"(?:[ \t]+[A-Za-z][\w.]*){0,2}\)")  # ("(AGUS/RADAR LOMBOK)": an outlet of words)
# "(BIM/TOK)", "(ANT/RUL)": two sets of initials of at most three letters, a writer's and an editor's
INITIALS_PAIR = re.compile(r"\([ \t]*+[A-Z]{2,3}[ \t]*+/[ \t]*+[A-Z]{2,3}[ \t]*+\)")
# "ANNAS/BERITA SAMPIT - Wakil Bupati ...", "... menuju smart city.-Ale/Radar Kuningan-": a photographer's name
# slashed to the outlet, opening a caption line before a dash or closing its sentence between dashes
# how far back a byline's label or a credit's opening may stand before the name on one line
LINE_REACH = 400
DASHED_CREDIT = re.compile(r"(?:^|(?<=[.!?”\"])[ \t]*+[-–])[ \t]*+(?P<name>[A-Z][A-Za-z']{2,}+(?:[ \t]++[A-Z][A-Za-z']{2,}+)?)"
                           r"[ \t]*+/[ \t]*+(?P<outlet>[A-Z][\w.]*+(?:[ \t]++[A-Z][\w.]*+){0,2})[ \t]*+[-–]",
                           re.MULTILINE)
# "... Tata Kelola Digital?-Agus Salim-Harian Disway": the same glued by dashes to the end of a caption's or a
# headline's sentence, a dash before the outlet
GLUED_DASH_CREDIT = re.compile(r"(?<=[.!?”\"])[-–](?P<name>[A-Z][a-z']{2,}+(?:[ \t]++[A-Z][a-z']{2,}+){0,2})[-–]"
                               r"(?P<outlet>[A-Z][\w.]*+(?:[ \t]++[A-Z][\w.]*+){0,2})[ \t]*+(?:[-–]|$)", re.MULTILINE)
# "AGUS HUMAS FOR KOTAPOS.ID SAMBUTAN: ...": a photo credit in capitals, the photographer (and their office) for
# the outlet, opening a caption line
CREDIT_FOR = re.compile(r"^[ \t]*(?P<name>[A-Z][A-Z'.]+(?:[ \t]+[A-Z][A-Z'.]+){0,2}?)(?:[ \t]+HUMAS)?[ \t]+FOR[ \t]+[A-Z]",
                        re.MULTILINE)
# "SERAMBINEWS.COM/HARI MAHARDHIKA" alone on a line under a headline (after a credit's label, "Foto: ..."): the
# outlet's web address, then its photographer
# ("Redaksi Kabarkita.com / Sri Wahyuni | KABARKITA.com": the label without its colon, the site's name after a bar)
ADDRESS_SLASH_CREDIT = re.compile(r"^[ \t]*+(?:(?P<label>[A-Za-z]++)[ \t]*+:?[ \t]*+)?"
                                  r"[A-Za-z][\w-]*+(?:\.[A-Za-z][\w-]*+)++[ \t]*+/[ \t]*+"
                                  r"(?P<name>[A-Z][A-Za-z']++(?:[ \t]++[A-Z][A-Za-z'.]*+){0,3})[ \t]*+(?:$|\|)", re.MULTILINE)
# "(Analisadaily/Agus Salim)", "(Foto: Papua Pos/Agus Salim)": an outlet and a slash open the brackets of a photo
# credit, a label maybe before
OUTLET_SLASH = re.compile(r"\([ \t]*+(?:[A-Za-z]++[ \t]*+:[ \t]*+)?[A-Za-z][\w.]*+(?:[ \t]++[A-Z][\w.]*+){0,2}[ \t]*+/[ \t]*+$")
# "| Editor: agus salim": a writer's name in lowercase after a label and its colon, to the line's end or a bar
LABELLED_LOWERCASE = re.compile(r"(?:^|[|·•])[ \t]*(?P<label>[A-Za-z]+)[ \t]*:[ \t]*"
                                r"(?P<name>[a-z]{3,}(?:[ \t]+[a-z]{3,}){0,2})[ \t]*(?=$|\|)", re.MULTILINE)
# "(Foto: Cenderawasih Pos/Agus Salim)": a credit's label in brackets, its source, then a slash and the name
CREDIT_SOURCE_LABEL = re.compile(r"\([ \t]*+(?P<label>[A-Za-z]++)[ \t]*+:[ \t]*+$")
CREDIT_SOURCE_SLASH = re.compile(r"(?:[ \t]++[A-Z][\w.]*+){0,2}[ \t]*+/")
# "Foto : Peserta bimtek di aula Setda. (rudi)": a photographer's name in lowercase in brackets closing a caption line
# (the line's label is checked apart), the outlet or office after a slash ("(rudi/humas)"); a first word of three
# letters is an agency's or a desk's short form ("(ant)", "(red)")
CAPTION_LOWERCASE = re.compile(r"\((?P<name>[a-z]{4,}+(?:[ \t]++[a-z]{3,}+){0,2})(?:[ \t]*+/[ \t]*+[A-Za-z]++)?\)[ \t]*+$",
                               re.MULTILINE)
CAPTION_LABEL = re.compile(r"[ \t]*+(?P<label>[A-Za-z]++)[ \t]*+:")
# "... dan sejumlah staf./Agus TF.": the writer signs off at the end of a paragraph after a slash
SIGN_OFF = re.compile(r"[.!?”\"][ \t]*/[ \t]*$")
# "agus salim" alone on its line: a writer's name in lowercase (under the page's date)
LOWERCASE_BYLINE = re.compile(r"^[ \t]*(?P<name>[a-z]{3,}(?:[ \t]+[a-z]{3,}){1,2})[ \t]*$", re.MULTILINE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A name alone on its line within the first characters of the text is the byline under the headline.
HEAD_CHARS = 800
# "... berfoto bersama/kabarkita.com-agus": a caption closed by the site's address and its photographer's name in
# lower case, joined by a dash
SITE_DASH_CREDIT = re.compile(r"(?:^|[/ \t])[a-z][a-z0-9-]*+(?:\.[a-z]{2,4}+){1,2}-(?P<name>[a-z]{3,12}+)[ \t]*+$",
                              re.MULTILINE)


def caption_line(vocab: Vocabulary, text: str, start: int, end: int) -> bool:
    """"Wakil Bupati Pati H. Saiful Arifin" alone on its line (a photo's caption): a position, its region and
    titles, then the name closing the line."""
    position = vocab.position_re.match(text, text.rfind("\n", 0, start) + 1)
    line_end = text.find("\n", end)
    return position is not None and len(text[position.end():start].split()) <= 3 and \
        not text[end:line_end if line_end != -1 else len(text)].strip()


def line_start_near(text: str, at: int) -> int:
    """Where the line holding `at` starts, or LINE_REACH characters before `at` on a longer line: a credit or a
    label stands close before its name, and reading back over a page-long line for every name was quadratic."""
    return max(text.rfind("\n", max(0, at - LINE_REACH), at) + 1, at - LINE_REACH)


def is_byline(vocab: Vocabulary, text: str, chain: list[Word], proposed: bool = False) -> bool:
    """"Pewarta: Agus Salim", "Editor: Nur Aini", "By Agus", "(Agus/Kompas)": a journalist's credit; with
    the model's agreement also a name alone on a line of the article's head, or before " - Outlet"."""
    line_start = line_start_near(text, chain[0].start)
    before = text[line_start:chain[0].start]
    line_end = text.find("\n", chain[-1].end)
    rest = text[chain[-1].end:line_end if line_end != -1 else len(text)]
    # ("I Made Darna - Outlet": the Balinese "I"/"Ni" opening the line is left out of the chain)
    if proposed and not re.sub(r"^\s*(?:I|Ni)\s+$", "", before).strip() and chain[0].start < HEAD_CHARS and \
            len(chain) >= 2 and (not rest.strip() or re.match(r"^\s+[-–|·]\s", rest)) and \
            (not rest.strip() or position_after(vocab, rest) is None) and \
            post_line_above(vocab, text, chain[0].start, chain[-1].end, [], []) is None:
        # ("Agus Salim - Kepala Bappeda", "Kepala Bappeda\nAgus Salim": a list's line and its post, no outlet)
        return True
    before = BYLINE_INITIALS.sub("", before)  # "Editor: MH Amal": initials the chain leaves out as a degree
    before = BYLINE_FROM.sub("", before)  # "Kontribusi dari Agus": the label, "dari" or "oleh", the name
    label = BYLINE_LABEL.search(before, last_word_start(before) - 1)
    if label is not None and label.group("word").lower() in vocab.lex.byline_words:
        at_line_start = before[:label.start("word")].strip(" |·•,(-–") == ""
        # "Foto: Suasana rapat di ...": common words going on in lower case open the caption's sentence
        caption = re.match(r"[ \t]+[a-z]", rest) is not None and \
            all(w.bare.lower() in vocab.lex.common_words for w in chain)
        if (label.group("colon") or at_line_start) and not caption:
            return True
    if not before.strip() and not rest.strip() and _label_line_above(vocab, text, line_start):
        return True
    if SIGN_OFF.search(before) and not rest.strip(" \t."):
        return True
    if before.strip() == "(" and rest.strip() == ")":
        return True  # "(RM. Agus)" alone on its line: the writer signs off under the article
    if SLASHED_SIGN_OFF.search(before) and SLASHED_SIGN_OFF_END.match(rest) and signed_name(vocab, chain):
        return True  # "... kata dia. (MC Kab. Sleman/Rina)"
    if SIGN_OFF_BRACKET.search(before) and rest.strip() == ")" and signed_name(vocab, chain):
        return True  # "... kata dia. (Agus)": the same at the end of the last paragraph
    outlet = LABEL_OUTLET_COMMA.match(before)
    if outlet is not None and outlet.group("label").lower() in vocab.lex.byline_words and \
            outlet.group("word").lower() in vocab.lex.byline_words:
        return True  # "Laporan wartawan Kotapos, Agus Salim"
    if OUTLET_SLASH.search(before) and rest.lstrip().startswith(")") and len(chain) >= 2 and _plain_name(vocab, chain):
        return True  # "(Analisadaily/Agus Salim)": the outlet, then its photographer ("(Agus/Kompas)": below)
    after = text[chain[-1].end:chain[-1].end + 2]
    # "(Agus/Kompas)", and a photo credit after a caption: "... | Agus/Kompas.com"
    return (before.endswith("(") or before.rstrip().endswith("|")) and after.startswith("/")


def _plain_name(vocab: Vocabulary, chain: list[Word]) -> bool:
    """Words written as a name ("Agus", not "GOPOS", "Hum" or "Kaltimtoday.co") and no outlet's."""
    return all(len(w.bare) >= 4 and any(ch.islower() for ch in w.bare) and "." not in w.text
               and w.bare.lower() not in vocab.lex.outlet_words for w in chain)


def signed_name(vocab: Vocabulary, chain: list[Word]) -> bool:
    """"(Nana)", "(Hanang Widiandhika)" closing a paragraph: words written as a name, not all of them words of
    common use or of the dictionary, none a role's or an outlet's ("(Raja)", "(Istimewa)", "(Wahyu Humas)",
    "(Advertorial)", "(Gopos)" sign no one)."""
    def common(low: str) -> bool:
        return low in vocab.lex.common_words or dictionary_word(low)

    return len(chain[0].bare) >= (4 if len(chain) == 1 else 3) and chain[0].bare[0].isupper() and all(
        len(w.bare) >= 3 and w.bare[1:].islower() and w.bare.lower() not in vocab.lex.not_names and
        not vocab.is_role_word(w.bare) and w.bare.lower() not in vocab.lex.byline_words and
        not _outlet_word(vocab, w.bare.lower()) for w in chain) and \
        not all(common(w.bare.lower()) for w in chain)  # ("Mad sutisna": one word of a name is enough)


def _outlet_word(vocab: Vocabulary, low: str) -> bool:
    """An outlet's word of data/outlet_words.txt, alone or closing a word ("Gopos", "Manadopost")."""
    return low in vocab.lex.outlet_words or any(len(low) > len(w) + 1 and low.endswith(w)
                                               for w in vocab.lex.outlet_words if len(w) >= 3)


def _label_line_above(vocab: Vocabulary, text: str, line_start: int) -> bool:
    """"Editor" alone on the line above a name alone on its own: the credit is split over two lines."""
    if line_start == 0:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start:line_start].strip().rstrip(":").strip()
    return above.lower() in vocab.lex.byline_words


def capitalised_bylines(vocab: Vocabulary, text: str) -> list[tuple[int, int, str]]:
    """"LAPORAN : ADY", "By MS LEMPOW": a credit whose name is written in capitals, which the name chains
    leave out as an acronym. The label opens the line, the name ends it, and no word of it is an outlet's
    or a known non-name ("Foto: ANTARA" is no person)."""
    found = []
    for m in list(CREDIT_FOR.finditer(text)) + list(BRACKETED_CREDIT.finditer(text)) + \
            list(ADDRESS_SLASH_CREDIT.finditer(text)) + list(DASHED_CREDIT.finditer(text)) + \
            list(GLUED_DASH_CREDIT.finditer(text)):
        label = m.groupdict().get("label")
        if label is not None and label.lower() not in vocab.lex.byline_words:
            continue
        if m.re is BRACKETED_CREDIT and INITIALS_PAIR.fullmatch(m.group()):
            continue  # "(BIM/TOK)": the writer's and editor's initials, no names
        if not any(vocab.is_role_word(w.rstrip(".")) or w.lower().rstrip(".") in vocab.lex.outlet_words
                   or w.lower() in vocab.lex.byline_words or w.lower() in vocab.lex.institutions
                   or squash(w) in vocab.place_keys  # (a not_names word is a role word here)
                   for w in m.group("name").split()) and squash(m.group("name")) not in vocab.place_keys:
            found.append((m.start("name"), m.end("name"), m.group("name")))
    for m in OUTLET_CAPITALS_CREDIT.finditer(text):
        if outlet_of_text(text, "".join(m.group("outlet").split())) and not any(
                vocab.is_role_word(w) or w.lower() in vocab.lex.outlet_words or w.lower() in vocab.lex.institutions
                or w.lower() in vocab.lex.byline_words or squash(w) in vocab.place_keys
                for w in m.group("name").split()):
            found.append((m.start("name"), m.end("name"), m.group("name")))
    for m in DATED_CAPITALS_BYLINE.finditer(text, 0, HEAD_CHARS):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start("name")]
        degrees = [d for d in re.split(r"[ \t,]+", m.group("degrees")) if d]
        if YEAR.search(line) and all(squash(d) in vocab.lex.degrees for d in degrees) and not any(
                vocab.is_role_word(w) or w.lower() in vocab.lex.outlet_words or w.lower() in vocab.lex.institutions
                or squash(w) in vocab.place_keys for w in m.group("name").split()):
            found.append((m.start("name"), m.end("name"), m.group("name")))
    for m in list(CAPITALISED_BYLINE.finditer(text)) + list(LABEL_ABOVE_CAPITALS.finditer(text)) + \
            list(LABELLED_SLASH_CREDIT.finditer(text)):
        words = m.group("name").split()
        labels = [part.strip().lower() for part in m.group("label").split("/")]  # "Reporter / Redaktur"
        if any(label not in vocab.lex.byline_words for label in labels) or any(
                w.lower().rstrip(".") in vocab.lex.outlet_words or w.lower().rstrip(".") in vocab.lex.not_names
                or w.lower().rstrip(".") in vocab.lex.institutions or squash(w) in vocab.place_keys
                for w in words):
            continue
        if m.re is CAPITALISED_BYLINE and m.group("colon") is None and labels != ["by"] and labels != ["oleh"]:
            continue
        if len(words) == 1 and len(words[0].strip(".")) < 3:
            continue  # "Penulis : EN": the writer's initials, not a name
        found.append((m.start("name"), m.end("name"), m.group("name")))
    return found


def lowercase_bylines(vocab: Vocabulary, text: str) -> list[tuple[int, int, str]]:
    """"Kamis 02 Agustus 2018\nagus salim": two or three lowercase words alone on the line under a short line
    with a year (the page's date), in the article's head, are the writer's name; so are one to three after a
    credit's label and colon ("| Editor: agus salim"), or in brackets closing a caption ("Foto: ... (agus)")."""
    found = []
    for m in SITE_DASH_CREDIT.finditer(text):
        if not (vocab.is_role_word(m.group("name")) or m.group("name") in vocab.lex.common_words or
                m.group("name") in ("admin", "redaksi") or m.group("name") in vocab.lex.outlet_words):
            found.append((m.start("name"), m.end("name"), m.group("name")))
    for m in LOWERCASE_BYLINE.finditer(text, 0, HEAD_CHARS):
        above = text[text.rfind("\n", 0, m.start() - 1) + 1:m.start()]
        if YEAR.search(above) and len(above.split()) <= 6 and not any(
                vocab.is_role_word(w) or w in vocab.lex.byline_words or w in vocab.lex.outlet_words
                for w in m.group("name").split()):
            found.append((m.start("name"), m.end("name"), m.group("name")))
    captions = []
    for m in CAPTION_LOWERCASE.finditer(text):
        label = CAPTION_LABEL.match(text, text.rfind("\n", 0, m.start()) + 1)
        if label is not None:
            captions.append((label, m))
    for label, m in [(m, m) for m in LABELLED_LOWERCASE.finditer(text)] + captions:
        if label.group("label").lower() in vocab.lex.byline_words and not any(
                vocab.is_role_word(w) or w in vocab.lex.byline_words or w in vocab.lex.outlet_words
                or w in vocab.lex.not_names for w in m.group("name").split()):
            found.append((m.start("name"), m.end("name"), m.group("name")))
    return found


def outlet_of_text(text: str, name: str) -> bool:
    """A one-word name the text also writes as a web address ("Kabartual" and "Kabartual.com", "(Foto:
    Tagar/istimewa)" and "TAGAR.id"): the outlet, no person."""
    return " " not in name and re.search(rf"(?<![\w.]){re.escape(name)}\s*\.\s*(?:com|co\.id|id|net|org|news|co)\b",
                                         text, re.IGNORECASE) is not None


def credit_source(text: str, chain: list[Word], labels: frozenset[str]) -> bool:
    """"(Foto: Cenderawasih Pos/Agus Salim)": the words between a credit's label and the slash name the outlet or
    the office the photographer works for, no person."""
    label = CREDIT_SOURCE_LABEL.search(text[max(0, chain[0].start - 20):chain[0].start])
    return label is not None and label.group("label").lower() in labels and \
        CREDIT_SOURCE_SLASH.match(text, chain[-1].end) is not None


def credit_outlet(text: str, chain: list[Word]) -> bool:
    """"ANNAS/Berita Sampit - ...", "...Digital?-Agus Salim-Harian Disway": the words after a photographer's name
    and a slash or dash, before the dash closing the credit or the line's end, name the outlet."""
    line_start, end = line_start_near(text, chain[0].start), min(len(text), chain[-1].end + 5)
    return any(m.start("outlet") == chain[0].start for m in list(DASHED_CREDIT.finditer(text, line_start, end)) +
               list(GLUED_DASH_CREDIT.finditer(text, line_start, end)))


def closing_credit(text: str, chain: list[Word]) -> bool:
    """"... di hadapan undangan, Rabu (28/02). (Raja)": a word alone in brackets after the last sentence of a
    paragraph, the writer's or photographer's sign-off, kept only when written as a name
    (signed_name)."""
    return SIGN_OFF_BRACKET.search(text, max(0, chain[0].start - 5), chain[0].start) is not None and \
        CLOSING_BRACKET.match(text, chain[-1].end) is not None
