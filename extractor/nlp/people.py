"""People: named persons with their position as written, region, institution and category.

A capitalised word chain is taken as a name only with a cue: a position before it ("Sekda Banyuasin
Ir Erwin Ibrahim"), a degree or honorific around it, a position after it ("X sebagai asesor"), a list
introduced by an assessor word ("asesor yaitu A, B, C"), a speech verb ("kata X"), a byline label
("Pewarta: X"), or the trained `ner` component (label PER) that runs before this one. The rules keep the last
word: they attach role, institution, region and category, strip titles and degrees, and veto known non-names
(data/not_names.txt, misspelt role words) whatever the model says. Later short mentions ("Erwin",
"pak dana dari UI") are resolved to the people already found.
"""

from __future__ import annotations

import re
import string
import sys
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein
from spacy.language import Language
from spacy.tokens import Doc

from extractor.nlp.lexicon import (
    WORD_CACHE,
    Lexicon,
    alternation,
    folded_name,
    honorifics_only,
    load_lexicon,
    read_lines,
    read_rows,
    squash,
)
from extractor.nlp.spans import add_span, main_region, sentence_of, spans_of, text_of

WORD = re.compile(r"[A-Za-z\u00C0-\u024F0-9][\w'’.\-]*|[,;:()“”\"!?/–—|-]")  # a spaced dash ends a name
ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI)$")
TITLE_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,2}\.")  # "Ec.", "Kng.": a title's short form after an honorific
INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}[A-Z]?$")  # "G.S", "A.M.": initials inside a name
# (the longest of its words, "ungkapnya", has nine letters: a match starts no further than that before the end)
SPEECH_LONGEST = 12
SPEECH = re.compile(r"\b(?:kata|ujar|jelas|tutur|ungkap|ungkapnya|papar|terang|tegas|lanjut|imbuh|sebut|tandas|"
                    r"menurut|tambah|pesan|harap|katanya|ucap)\s*$", re.IGNORECASE)
LIST_CUE = re.compile(r"\b(?:asesor|assesor|assessor|evaluator|penilai|penguji|juri|pembimbing|mentor|"
                      r"tim\s+(?:evaluasi|penilaian|asesmen|ahli|pembimbing|penyusun(?:an)?\s+master\s*plan)|tenaga\s+ahli|"
                      r"nara\s*sumber|pemateri)\b[^.\n]{0,80}"
                      r"(?:yaitu|yakni|adalah|ialah|meliputi|terdiri\s+(?:dari|atas)|antara\s+lain|di\s*antaranya|masing-masing|"
                      r"diketuai|dipimpin|:)\s*(?:oleh\s+)?"
                      # ("narasumber dari Kementerian Kominfo, A dan B": the programme's speakers after a comma)
                      r"|\b(?:nara\s*sumber|pemateri)\s+dari\s+(?-i:Kementerian|Kementrian|Kemen[a-z]+|Kemkominfo|Kominfo|"
                      r"Ditjen|Direktorat)[^,.\n]{0,60}+,\s*"
                      r"|\b(?:evaluasi|penilaian|pendampingan|bimbingan|asesmen|presentasi|paparan)\b[^.\n]{0,40}?"
                      r"\b(?:dipimpin|dipandu|dilakukan|diberikan|dibawakan|dinilai)\s+(?:langsung\s+)?(?:oleh\s+)?"
                      # ("yang di bimbing oleh X": the prefix written apart, then only with "oleh")
                      r"|\b(?:di(?:bimbing|nilai|evaluasi|ases)\s+(?:langsung\s+)?(?:oleh\s+)?|"
                      r"di[ \t](?:bimbing|nilai|evaluasi|ases)\s+(?:langsung\s+)?oleh\s+)"
                      r"(?:(?:para|tim|sejumlah)\s+[a-z]+\s*,?\s*(?:yaitu|yakni|antara\s+lain|:)?\s*)?",
                      re.IGNORECASE)
# "narasumber tim asesor", "anggota dari tim penilai": what joins a generic post to the team it serves
TEAM_AFTER_ROLE = re.compile(r"\s+(?:dari\s+)?(?=tim\s)", re.IGNORECASE)
# "Sedangkan anggota tim terdiri dari A, B dan C": the members of a team the paragraph has named as an evaluation
# team before (TEAM_NAMED), listed after the cue
TEAM_LIST_CUE = re.compile(r"\banggota\s+tim\b[^.\n]{0,60}(?:yaitu|yakni|adalah|ialah|terdiri\s+(?:dari|atas)|antara\s+lain|"
                           r"di\s*antaranya|:)\s*", re.IGNORECASE)
TEAM_NAMED = re.compile(r"\b(?:tim\s+(?:evaluasi|evaluator|penilai|penilaian|asesmen|asesor)|asesor|assessor|evaluator)\b",
                        re.IGNORECASE)
# "tanya jawab dengan Tim Evaluator, ", "Didepan tim evaluasi, ": a team after a preposition, then a comma, before
# the clause's subject
# ("Di hadapan asesor, X menjelaskan": the assessors without "tim" too)
TEAM_OBJECT = re.compile(r"\b(?:dengan|bersama|hadapan|(?:di)?depan|kepada)\s+(?:para\s+)?(?:tim\s+[A-Za-z ]{3,40}|"
                         r"(?:dewan\s+)?(?:asesor|assessor|evaluator|penilai|juri)(?:\s+[A-Za-z ]{1,30})?),\s*$",
                         re.IGNORECASE)
BYLINE_FROM = re.compile(r"(?<=[A-Za-z])[ \t]++(?:dari|oleh)[ \t]*+$")
# "Pewarta:", "| Editor ": the word (a label, when data/byline_words.txt has it) ending the text before a name
ASCII_LETTERS = frozenset(string.ascii_letters)
BYLINE_LABEL = re.compile(r"(?:^|[|·•,(\-–/\s])\s*(?P<word>[A-Za-z]+)\s*(?P<colon>:)?\s*$")
# Initials in capitals between a byline label and the name ("Editor: MH Amal"); "MH" alone reads as a degree.
BYLINE_INITIALS = re.compile(r"(?<=[:\s])(?:[A-Z]{1,3}\.?[ \t]+)+$")
# Words that join a second clause, not a position, to "sebagai <noun>" before a ministry's name.
CLAUSE_JOINT = re.compile(r"\b(?:dan|serta)\s+(?:di|me|ber)[a-z]{3,}\b|\bdukungan\b")
# "Nama : X" over "Jabatan : Y": a form labels the name, and its post on the line below
NAME_LABEL = re.compile(r"[ \t]*+(?:\d{1,3}[.)][ \t]*+)?Nama(?:[ \t]+Lengkap)?[ \t]*+:[ \t]*+", re.IGNORECASE)
POST_LABEL_BELOW = re.compile(r"[ \t]*+,?[ \t]*+\n[ \t]*+(?:Jabatan|Posisi)[ \t]*+:[ \t]*+", re.IGNORECASE)
# a spaced dash between a post and its holder, as in a list's item ("- Bupati Brebes - X")
DASHES = frozenset({"-", "–", "—"})
FILLER_MARKS = frozenset({",", "(", ")", "/"}) | DASHES  # marks that may stand between a position and its holder
OFFICE_WORDS = re.compile(r"(?:[ \t]++(?:[A-Z][\w.&-]*+|dan|&))*+[ \t]*+")  # "Perencanaan dan Pembangunan"
# "Menteri Komunikasi dan Informatika (Menkominfo) RI,\nX": a post's office words, its short form in brackets and a
# comma at the end of a line wrapped by hand, its holder opening the next line
WRAPPED_POST_TAIL = re.compile(r"(?:[ \t]++(?:[A-Z][\w.&-]*+|dan|&|\([ \t]*+[A-Za-z]{2,15}+[ \t]*+\)))*+[ \t]*+,?[ \t]*+")
POST_TAIL = re.compile(r"(?:[ \t]+[A-Z][\w.&-]*+)*+[ \t]*,?[ \t]*")  # a post's capitalised office and region
POST_REACH = 120  # a ministry's post spelt out with its country ("Direktur ... Republik Indonesia, ") is ~90
COUNTRY_BRANCH = re.compile(r"\b(?!(?:Republik|Negara)\b)[A-Z][\w&-]*+[ \t]++Indonesia\b")  # "Microsoft Indonesia"
# "Kepala Divisi IT PT. Bumi ...": a position at a company is held by no official
COMPANY = re.compile(r"\b(?:PT|CV|Tbk|Inc|Ltd|Persero)\b")
# What may stand between a list cue and a later item: earlier items, their titles and "dari <institution>".
LIST_GAP_WORDS = {"dari", "asal", "dan", "serta", "bersama", "dengan", ",", "(", ")", "of"}
# "A dari IPB dan B dari CitiAsia selaku pembimbing": the names before the shared position
COORDINATED_TAIL_WORDS = {"dari", "asal", "dan", "serta", "bersama", ","}
# offices' short forms ("Disdik", "Dinkes", "Dinarpus"); "dis"/"din", a vowel and at most two letters more is a name
# ("Dison", "Dina")
# (Bappenas, the national planning ministry, is none: "Perwakilan Bappenas X" is the ministry's)
AGENCY = re.compile(r"^(?:(?:dis|din)(?![aeiou][a-z]{0,2}$)|kominfo|bapp(?!enas)|bapel|setda|sekda|dpm|bkpsdm|bpkad|"
                    r"diskominfo)[a-z]*$")
# "Kadis", "Kadinkes", "Kadisi" (a typo): the head of an office written as one word, never a name
HEAD_OF_OFFICE = re.compile(r"^ka(?:dis[a-z]*|din[a-z]+)$")  # ("Kadin" alone is the chamber of commerce)
# "Plt. BPBD X": an acting head before an office's acronym
ACTING = re.compile(r"^(?:plt|plh|pj|pjs)$", re.IGNORECASE)
# "Penjabat (Pj) Bupati", "Pelaksana Tugas (Plt) Kepala": the short form of an acting post in brackets after it
# "Plt.", "Pelaksana Tugas", "Penjabat Sementara": what makes a post an acting one, before the post
# ("Wakil Kepala Bappeda": a deputy holds a post of the same kind)
ACTING_PREFIX = r"(?:Plt|Plh|Pj|Pjs)\.?|Pelaksana\s+(?:Tugas|Harian)|Penjabat(?:\s+Sementara)?|Wakil"
ACTING_SHORT_FORM = re.compile(r"(?<=\w)\s*\(\s*(?:Plt|Plh|Pj|Pjs)\.?\s*\)(?=\s)", re.IGNORECASE)
ACTING_HEAD = re.compile(r"\b(?:Plt|Plh|Pjs)\.?\s+(?P<office>[A-Z]{3,8})\s+$")
# "S.Pi", "M.AP", "S.Tr.IP": degrees missing from data/degrees.txt still have this shape
DEGREE_SHAPE = re.compile(r"^[SMDB]\.[A-Z][A-Za-z]{0,4}(?:\.[A-Z][A-Za-z]{0,3})?$")
EVIDENCE = {"position": 3, "list": 2, "after": 2, "weak": 1}
AFTER_ROLE = re.compile(r"^\s*[,–—-]?\s*(?:selaku|sebagai|yang\s+merupakan|yang\s+juga|yang\s+menjadi|"
                        r"yang\s+bertindak\s+sebagai|yang\s+menjabat(?:\s+sebagai)?|"
                        # "Bunda Rina, sapaan akrab Wali Kota ...": the familiar name of a position's holder
                        r"sapaan(?:\s+akrab)?)\s+", re.IGNORECASE)
# "Prof.Dr.Ir.Marsudi": honorifics glued to the name without spaces
GLUED_HONORIFICS = re.compile(r"^(?:(?:Prof|Dr|dr|Ir|Drs|Dra|H|Hj)\.)+(?=[A-Z][a-z])")
# "Drs.H. M. Aidil": honorifics glued to each other, the name after a space
GLUED_HONORIFICS_ONLY = re.compile(r"^(?:(?:Prof|Dr|Ir|Drs|Dra|H|Hj)\.){2,}$")
# "H.A.S. Chaidir": the pilgrim's title glued to the initials of the name
GLUED_HAJI = re.compile(r"^(?:H|Hj)\.(?=(?:[A-Z]\.){1,3}$)")
# "Bupati X Tambunan.sebelum membuka ...": a sentence's end glued to the next word (a web address's ending is none)
GLUED_SENTENCE = re.compile(r"^[A-Z][a-z]{2,}\.(?=(?!com$|net$|org$|info$)[a-z]{3,}$)")
NICKNAME = re.compile(r"\b(?:pak|bu|bapak|ibu)\s+(?P<nick>[a-z]\w*(?:\s+[a-z]\w*)?)\s+(?:dari|asal)\s+"
                      r"(?P<org>[\w-]+(?:\s+[\w-]+)?)", re.IGNORECASE)
FROM_ORG = re.compile(r"^\s*(?:\(|,)?\s*(?:dari|asal)\s+(?:unsur\s+)?", re.IGNORECASE)
CATEGORY_RANK = {"assessor": 4, "ministry": 3, "regional_official": 2, "other": 1}
MODEL_LABEL = "PER"
# What an app or programme is called right after its name ("Sibolga Lautku, aplikasi lelang ikan"), or the last
# word of such a name ("Panrita Lopi Digital"): the chain names a product, not a person.
PRODUCT_AFTER = re.compile(r"^\s*(?:,\s*(?:sebuah\s+|yakni\s+)?(?:aplikasi|program|layanan|platform|sistem|etalase|"
                           r"kanal|inovasi|situs|website|portal)\b(?!\s+(?:itu|ini|tersebut))|\s(?:Digital|Online|Mobile|App|Apps)\b)")
# "2. Smart Branding: A dan B": names in a line filed under a dimension are innovations
DIMENSION_LABEL = re.compile(r"\bSmart\s+[A-Z][a-z]+\s*:[^\n]*$")
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
# ... and the bracket closing it, at the end of its line
CLOSING_BRACKET = re.compile(r"\)[ \t]*(?:\n|$)")
# "(FANNY/KLIKBONTANG)": a photographer's or writer's credit in capitals, slashed to the outlet, in brackets
BRACKETED_CREDIT = re.compile(r"\((?P<name>[A-Z][A-Z']{2,}(?:[ \t]+[A-Z][A-Z']{2,})?)[ \t]*/[ \t]*[A-Za-z][\w.]*"
                              r"(?:[ \t]+[A-Za-z][\w.]*){0,2}\)")  # ("(AGUS/RADAR LOMBOK)": an outlet of words)
# "(BIM/TOK)", "(ANT/RUL)": two sets of initials of at most three letters, a writer's and an editor's
INITIALS_PAIR = re.compile(r"\([ \t]*+[A-Z]{2,3}[ \t]*+/[ \t]*+[A-Z]{2,3}[ \t]*+\)")
# "ANNAS/BERITA SAMPIT - Wakil Bupati ...", "... menuju smart city.-Ale/Radar Kuningan-": a photographer's name
# slashed to the outlet, opening a caption line before a dash or closing its sentence between dashes
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
# "Bupati dan Wakil Bupati Mimika, ": two posts joined before a pair of names ("A dan B")
PAIRED_POSTS = re.compile(r"\b(?:dan|&)[ \t]++Wakil[ \t]++[A-Z][^,.;:\n]{2,60}+,?[ \t]*+$")
PAIR_AND = re.compile(r"[ \t]++(?:dan|&)[ \t]++")
# "menyampaikan", "dikatakan": a verb in lower case, which no headline in title case writes
LOWERCASE_KAN_VERB = re.compile(r"\b(?:me|ber|di)[a-z]{3,}kan\b")
# "A (UI),\nB (...)": between two names of a list, the first one's body in brackets, a comma, maybe "dan"
BRACKETED_ITEM_GAP = re.compile(r"[ \t]*+\([^()\n]{1,40}+\)[ \t]*+,[ \t\n]*+(?:(?:dan|serta)[ \t\n]++)?")
# the day after the address of an event's venue ("..., Daik, Senin (12/8)"), another place maybe between
ADDRESS_DAY = re.compile(r"[ \t]*+,[ \t]*+(?:[A-Z][\w'’-]*+(?:[ \t]++[A-Z][\w'’-]*+){0,2}[ \t]*+,[ \t]*+)?"
                         r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\b")
# "di Hotel Santika, Kantor Bupati X, ": "di", a venue word, its name, then parts of the address between commas
# (a clause going on after the venue, "... dan disaksikan oleh Menteri X, ", ends the address)
ADDRESS_VENUE = re.compile(r"\bdi[ \t]++(?P<venue>[A-Za-z]++)"
                           r"(?:[^.,;:!?\n \t]++|[ \t]++(?!(?:oleh|yang|dengan|bersama)\b|(?:dan|serta)[ \t]++[a-z]))*+"
                           r"(?:,[ \t]*+[A-Z][\w'’-]*+(?:[ \t]++[A-Z][\w'’-]*+)*+[ \t]*+)*+,[ \t]*+$")
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
# "(Adwil)", "(Dirjen)": one word in brackets inside a position phrase
BRACKETED_WORD = re.compile(r"\(\s*(?P<word>[A-Za-z]{2,15})\s*\)")
# "(Diskominfo Staper)": an office's short form and a second word in brackets (blanked when the first is an agency's)
BRACKETED_OFFICE = re.compile(r"\(\s*(?P<word>[A-Za-z]{3,15})\s+[A-Z][A-Za-z]{1,10}\s*\)")
# "Pemerintah Kota Kupang di bawah pimpinan X": the head of the regional government ("dinas pimpinan X": of
# its office)
LEADER = re.compile(r"(?:\b(?:pemerintah|pemkot|pemkab|pemprov)\b[^.\n]{0,60}?\bdi\s*bawah\s+(?:kepemimpinan|pimpinan)"
                    r"|\b(?:kota|kabupaten|provinsi|daerah|dinas|badan)\s+(?:yang\s+)?(?:di\s*bawah\s+)?(?:kepemimpinan|pimpinan))\s+"
                    # the second of two leaders: "di bawah pimpinan Jefri Riwu Kore dan Hermanus Man"
                    r"(?:(?:(?-i:[A-Z][\w'’.-]*)\s+){1,4}(?:dan|serta|&)\s+)?$",
                    re.IGNORECASE)
# what both words of LEADER ("pimpinan", "kepemimpinan") end with: a quick test before the slow one
LEADER_WORD = re.compile(r"impinan", re.IGNORECASE)
# "yang akrab disapa Semmy": a nickname of the person just named, not a person of their own
NICKNAME_CUE = re.compile(r"\b(?:disapa|dipanggil|sapaan(?:nya)?|panggilan(?:nya)?)\s+$", re.IGNORECASE)
# a post after the name on the same line of a list or table: a spaced dash, a tab
POST_SEPARATOR = re.compile(r"^(?:[ \t]+[–—-]+[ \t]+|[ \t]*[\t|][ \t]*)(?=[A-Z])")
POST_LINE_WORDS = 10
# the grade after any functional position ("Pranata Humas Ahli Muda", "Analis Data Terampil"): part of the post
FUNCTIONAL_GRADE = r"(?:\s+(?:Ahli|Terampil|Mahir|Penyelia)(?:\s+(?:Pertama|Muda|Madya|Utama))?)?"
# "12. ", "3) ", "- ", "• ": the marker of a list item opening a line
LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)]|(?:\d{1,3}[ \t]*)?\||[-•*·])\s+|^\s*\d{1,3}\t\s*")  # "1 | A | B": a table's row
# "Slambas, sapaan akrab Slamet Basuki", "Raju—sapaan Mirajuddin": the familiar name before the full one
NICKNAME_OF = re.compile(r"\s*[,–—-]?\s*(?:sapaan|panggilan)(?:\s+akrab(?:nya)?)?\s+(?:dari\s+)?"
                         r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
# "agus salim" alone on its line: a writer's name in lowercase (under the page's date)
LOWERCASE_BYLINE = re.compile(r"^[ \t]*(?P<name>[a-z]{3,}(?:[ \t]+[a-z]{3,}){1,2})[ \t]*$", re.MULTILINE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a name's word written in lower case: letters only, three to fifteen of them
LOWERCASE_NAME_WORD = re.compile(r"[a-z]{3,15}")
# "menyontohkan", "dibuka", "terpilih", "pelayanan", "katanya", "menghimbau": a word with a verb's or noun's
# affixes is no name
AFFIXED_WORD = re.compile(r"^(?:me[mnl]?|meng|meny|ber|be|ter|di|pe[mnr]?|peng|peny|per|ke)[a-z]{3,}(?:kan|an|i|nya|lah)$"
                          r"|^(?:me[mnl]|meng|meny|ber|ter|di)[a-z]{4,}$|^[a-z]+(?:nya|lah|kah|pun)$")
# the word before a name's word in lower case: a capitalised word ("Neti", "Deliserdang") or initials ("IB")
NAME_WORD_SHAPE = re.compile(r"[A-Z][a-z'’-]+\.?|[A-Z]{1,3}\.?")
# "Bupati X terpilih periode 2025-2030": the term of a post, part of the position phrase
TERM = re.compile(r"^(?:19|20)\d\d[-–/](?:19|20)\d\d$")  # (a single year names an event: "Panitia RKCI 2017")
# A name alone on its line within the first characters of the text is the byline under the headline.
HEAD_CHARS = 800
# "Wali\nKota": the space between two words of a position, maybe a line break of a text wrapped by hand
LINE_WRAPPED_SPACE = r"(?:[ \t]++(?:\n[ \t]*+)?|\n[ \t]*+)"
# An assessor word anywhere in the sentence files a person the model found, with no position of their own,
# as an assessor ("Bertindak sebagai asesor ... A dari BRIN, B dari UKSW").
ASSESSOR_SENTENCE = re.compile(r"\b(?:asesor|assesor|asessor|assessor|evaluator|penilai|penguji|pembimbing|pendamping|"
                               r"juri|(?:nara\s*sumber|pemateri|instruktur|fasilitator)\s+(?:dari|asal)\s+(?:kominfo|kemenkominfo|kemkominfo|"
                               r"kemekominfo|komdigi|kemkomdigi|kementr?ian\s+komunikasi))\b", re.IGNORECASE)
# The same sentence with the assessor word before the person: "Anggota asesor terdiri dari ..., perwakilan dari
# Kementerian Keuangan X" (a representative of a ministry listed among assessors is an assessor).
ASSESSOR_WORD = re.compile(r"\b(?:asesor|assesor|asessor|assessor|evaluator|penilai|tim\s+penilai|juri)\b",
                           re.IGNORECASE)
# "dosen ITB yang juga anggota tim evaluator": the assessor's part a clause gives the holder of a generic position
ALSO_ASSESSOR = re.compile(r"\byang\s+(?:juga\s+)?(?:menjadi\s+|merupakan\s+|bertindak\s+sebagai\s+)?"
                           r"(?:(?:anggota|ketua)\s+)?(?:tim\s+)?" + ASSESSOR_WORD.pattern, re.IGNORECASE)
# "X, Guru Besar UGM, menjadi salah satu penilai": the predicate after the appositive makes the holder an assessor
ACTS_AS_ASSESSOR = re.compile(r"^\s*(?:juga\s+)?(?:menjadi|bertindak\s+sebagai|sebagai|merupakan)\s+"
                              r"(?:salah\s+(?:satu|seorang)\s+)?(?:(?:anggota|ketua)\s+)?(?:tim\s+|dewan\s+)?"
                              + ASSESSOR_WORD.pattern, re.IGNORECASE)
# Positions that name no office, only what the person does at the event: inside an assessor's context the holder is
# one of the assessors ("praktisi sistem informasi X", "akademisi ... Y dari UMY", "perwakilan dari ... Z").
GENERIC_ROLE = re.compile(r"^(?:perwakilan|praktisi|akademisi|dosen|pakar|peneliti|nara\s*sumber|pemateri|instruktur|fasilitator|"
                          r"guru\s+besar)\b",
                          re.IGNORECASE)
# "selaku konsultan mitra Pemkab X", "konsultan Pemkot X": a consultant the regional government hired is none of
# the programme's assessors (the ministry's consultants are, corpus/real gold)
CLIENT_REGION = re.compile(r"^\s*(?:mitra\s+|dari\s+|untuk\s+|bagi\s+)?(?:pemkab|pemkot|pemprov|pemda|pemerintah\s+"
                           r"(?:kabupaten|kota|provinsi|daerah))\b", re.IGNORECASE)
# "konsultan penyusunan masterplan Smart City X": a consultant's post naming the programme's own work (corpus/real
# gold files such experts with the assessors, whichever region's masterplan they draft)
PROGRAMME_WORK = re.compile(r"\b(?:master\s*plan|smart\s*city|kota\s+cerdas)\b", re.IGNORECASE)
# "salah satu (anggota) tim evaluasi", "anggota tim pendamping": one of the holders of the position that follows
ONE_OF = re.compile(r"^(?:salah\s+(?:satu|seorang)\s+(?:dari\s+)?)?(?:para\s+)?(?:anggota\s+)?", re.IGNORECASE)
# "X yang selama ini menjadi pendamping kita": a clause after the name that makes its holder one of the programme's
# guides or assessors
SERVES_AS_ASSESSOR = re.compile(r"^\s*,?\s*yang\s+(?:[a-z]+\s+){0,3}?(?:menjadi|merupakan|bertindak\s+sebagai|sebagai)\s+"
                                r"(?:salah\s+(?:satu|seorang)\s+)?(?:(?:anggota|ketua)\s+)?(?:tim\s+)?"
                                r"(?:asesor|assessor|evaluator|penilai|juri|pembimbing|pendamping)\b(?!\s+(?:bupati|wali|gubernur))",
                                re.IGNORECASE)
# The rating of cities by ITB's team (Rating Kota Cerdas Indonesia), which evaluates the regions as the programme's
# assessors do: its researchers and its committee are assessors (corpus/real gold: r971, r1005, r2509), when the
# rating's name ends the post before the name
RATING_TEAM = re.compile(r"\b(?:RKCI|Rating[ \t]++Kota[ \t]++Cerdas(?:[ \t]++Indonesia)?)\b(?:[ \t]++\d{4})?[ \t]*+[,(]?[ \t]*+$")
RATING_TEAM_ROLE = re.compile(r"^(?:peneliti|tim|ketua|panitia|penyelenggara|surveyor)\b", re.IGNORECASE)
# "... berfoto bersama/kabarkita.com-agus": a caption closed by the site's address and its photographer's name in
# lower case, joined by a dash
SITE_DASH_CREDIT = re.compile(r"(?:^|[/ \t])[a-z][a-z0-9-]*+(?:\.[a-z]{2,4}+){1,2}-(?P<name>[a-z]{3,12}+)[ \t]*+$",
                              re.MULTILINE)
WEB_ADDRESS = re.compile(r"\.(?:com|co|id|net|org|news|info)\b", re.IGNORECASE)  # "Kabarkita.com", "Kabar.co.id"
# "Rudin dari Tim Penilai RKCI menuturkan": a name, then the assessors' team it comes from
FROM_ASSESSOR_TEAM = re.compile(r"^[ \t]*+(?:,[ \t]*+)?dari[ \t]++(?:tim|dewan)[ \t]++(?:asesor|assessor|evaluator|penilai|"
                                r"juri)\b", re.IGNORECASE)
# "tegas Wali Kota Jambi dua periode itu", "ungkap bupati dua periode ini": a speech verb, then the speaker described
# by a position and a few words the writer points back with (a former office, "mantan", describes no present one)
DESCRIBED_SPEAKER = re.compile(r"\b(?:kata|ujar|jelas|tutur|ungkap|papar|terang|tegas|imbuh|tandas|tambah|ucap|pungkas)"
                               r"(?:nya)?\s+(?!mantan\b)(?P<what>[^.\n“”\"]{3,50}?)\s+(?:itu|ini|tersebut)\b",
                               re.IGNORECASE)
# "Wali Kota Kediri menerangkan ...": a sentence whose subject is a post without a name (the post, its region's
# words, then the verb), as writers refer to a speaker they have named just before or name just after
POST_SUBJECT_VERB = re.compile(r"(?P<place>(?:[ \t]+[A-Z][A-Za-z]+){0,3})(?:[ \t]+(?:itu|ini|tersebut))?[ \t]+(?:juga[ \t]+|pun[ \t]+)?"
                               r"(?:me|ber|meng)[a-z]{3,}\b")
# the farthest a named speaker may stand after such a sentence (characters), about three short paragraphs
POST_SUBJECT_REACH = 1200
# "Mereka adalah A (Perbanas); B (UKSW)": the sentence that presents the people an assessor cue announced
THEY_ARE = re.compile(r"\bMereka\s+(?:adalah|yaitu|yakni|ialah|terdiri\s+(?:dari|atas))\s*:?\s*", re.IGNORECASE)
# a legislature: its members are no regional officials (gold schema) and keep their own category in any list
COUNCIL = re.compile(r"\b(?:DPRD|DPRK|DPR|DPD)\b")
# "X Ketua Komisi III DPRD Y menambahkan": capitalised words of a position, then the verb
OPENING_POSITION = re.compile(r"(?:[ \t]+[A-Z][\w.]*){2,8}[ \t]+(?:me|ber)[a-z]{3,}")
# ("Direktur Pusat Kajian ...": a think tank's or a study centre's head, whom "Direktur" alone would file under a
# ministry's "Pusat")
ACADEMIC_UNIT = re.compile(r"\b(?:Kelompok\s+Studi|Program\s+Studi|Fakultas|Departemen\s+(?!Dalam)|Jurusan|Laboratorium|"
                           r"Universitas|Institut|Politeknik|Sekolah\s+Tinggi|(?:Pusat|Lembaga)\s+(?:Kajian|Studi|Riset))\b",
                           re.IGNORECASE)
# "akademisi Universitas ", "dosen Institut ": a scholar's word, then the word opening a university's name
ACADEMIC_HOLDER = re.compile(r"\b(?:akademisi|dosen|peneliti|pakar|rektor|guru[ \t]+besar)[ \t]+(?:dari[ \t]+)?"
                             r"(?:Universitas|Institut|Politeknik|Sekolah[ \t]+Tinggi|Akademi)[ \t]+$", re.IGNORECASE)
# what may follow a name that ends a list's item: the sentence's or the clause's end, "dan"/"serta", a line break
CHAIN_CLOSES_ITEM = re.compile(r"\.?[ \t]*+(?:[.;\n]|$|,[ \t]*+(?![A-Z])|(?:dan|serta)\b)")
COMMISSION = re.compile(rf"{COUNCIL.pattern}|\b[Kk]omisi\b")  # a legislature or one of its commissions
# a unit of a ministry right after a name with no post word ("X Ditjen Aptika", "X (Direktorat Jenderal Bina Bangda
# Kemendagri)", "X dari Direktorat ... Kominfo"); the ministry alone ("X dari Kemenkeu") is no unit: in a team's list
# the list's cue decides
UNIT_OF_MINISTRY = re.compile(r"(?:Direktorat|Ditjen|Dit\.|Kedeputian|Deputi|Sekretariat\s+Jenderal|Setjen|Biro|Pusat)\b",
                              re.IGNORECASE)
# ("X, dari direktorat E-Government Kominfo": a comma and "dari" both, the unit's word in lower case)
UNIT_AFTER_NAME = re.compile(r"^[ \t]*(?:,[ \t]*|\([ \t]*)?(?:dari[ \t]+)?(?=[A-Z]|(?:direktorat|ditjen|deputi|biro)\b)")
# the small words joining the parts of a unit's name spelt out between a position and its holder ("Kepala Seksi
# Data dan Statistik pada Bidang TIK Diskominfo X, Name")
UNIT_JOINS = frozenset({"dan", "pada", "serta", "&"})
# What may follow a ministry's name that stands as a title before a person: its short form in brackets, "RI", a comma
MINISTRY_TITLE_END = re.compile(r"\)?\s*(?:\([^()\n]{1,30}\)\s*)?(?:(?:RI|Republik\s+Indonesia)\b\s*)?,?\s*")
# A ministry's unit or project named as the title of its official ("Direktorat Jenderal Aplikasi Informatika")
MINISTRY_UNIT = re.compile(r"\b(?:Direktorat(?:\s+Jenderal)?|Ditjen|Direktur(?:\s+Jenderal)?|Dirjen|Pimpinan\s+Proyek|"
                           r"Manajer\s+Proyek)\b[^.;\n]*$")
# the kinds of region whose head's post may stand right before the region's name; LOCAL_KINDS: districts and
# villages, whose names no list holds
REGION_HEAD_KINDS = ("kabupaten", "kota", "kecamatan", "kelurahan", "desa")
LOCAL_KINDS = ("kecamatan", "kelurahan", "desa")
# Units only the central government has: a post in one is the ministry's whatever its head word ("Kepala",
# "Ketua Tim") says
NATIONAL_UNIT = re.compile(r"\b(?:Direktorat|Ditjen|Dirjen|Direktur\s+Jenderal|Kementerian|Kementrian|Kedeputian|"
                           r"Sekretariat\s+Jenderal|Setjen)\b",
                           re.IGNORECASE)
# Presenters of the ministry at the programme's events are its guides ("Narasumber dari Kemenkominfo X").
PRESENTER_ROLE = re.compile(r"^(?:nara\s*sumber|pemateri|instruktur|fasilitator)\b", re.IGNORECASE)
# The office a unit belongs to, after "di" or "pada" inside a position phrase ("Kabid ... pada Dinas Kominfo")
OFFICE_AFTER = re.compile(r"^\s+(?:Dinas|Badan|Kantor|Sekretariat|Setda|Bagian|Direktorat|Ditjen|Kementerian|Dis|Din)",
                          re.IGNORECASE)
# A ministry's name or a short form of it ("Kemenko", "KemenPUPR", "Kemen" cut at the end of a page)
MINISTRY_WORD = re.compile(r"^kem(?:en|et)", re.IGNORECASE)  # "Kemeterian": a typo of Kementerian
# "Wim mengikuti", "Edi menambahkan": a verb after the name, which the model may take into its PER span
VERB_SHAPE = re.compile(r"^(?:me[mny]?|meng|ber|ter|di|per)[a-z]{3,}(?:kan|i|an|nya)?$")
# A passive speech verb opening a sentence ("Dikatakan Rudiantara, ..."), never part of a name
PASSIVE_VERB = re.compile(r"^Di[a-z]{3,}kan$")
PAIR = re.compile(r"([A-Z][a-z]{2,})-([A-Z][a-z]{2,})")  # "Pomanto-Syamsu": the last and first names of a pair
REPRESENTED = re.compile(r"\b(?:yang\s+)?diwakil(?:i|kan\s+kepada)(?:\s+oleh)?\s*$", re.IGNORECASE)
OF_THEM = re.compile(r"^\W*(?:[A-Za-z]+\s+){0,2}(?:di\s*antaranya|salah\s+(?:satu|dua)(?:nya)?)\b", re.IGNORECASE)
WRAPPED = re.compile(r"[a-z,][ \t]*\n[a-z]")  # a sentence going on after a line break
# "Edi Mengucapkan terima kasih": a verb written with a capital after a name ends it
# an active or passive verb with its suffix ("mengawali", "berdiskusi", "disampaikan"); no "pe-"/"ter-" word, as
# names have those shapes ("Pertiwi")
AFFIXED_VERB = re.compile(r"^(?:me[mny]?|meng|ber|di)[a-z]{3,}(?:kan|i)$")
KAN_VERB = re.compile(r"^(?:me[mny]?|meng|ber|ter|di|per)[a-z]{3,}kan$")
# "Penandatanganan", "Kepresidenan": a long noun formed with pe-/ke- ... -an names an act or an office, never a
# person (the shortest such word among the gold names' words, "Pengerapan", has 10 letters)
NOMINAL_SHAPE = re.compile(r"^(?:pe[mnr]?|peng|peny|ke)[a-z]{3,}an$")
NOMINAL_MIN_LETTERS = 11
ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,6}[ \t]+$")  # "Kabid TIK ": an office's acronym right before a name
# "Smart Branding, Smart Economy": a word after "Smart" is a dimension, not a name
SMART_BEFORE = re.compile(r"\bSmart[ \t]+$", re.IGNORECASE)
# a link to another story ("Baca juga: ...", "Read Next : ...", behind a site's stray letters): its words are a
# headline's, whatever their case
# "|   14:00 . Bupati Resmikan Pasar": an item of a site's timed list of latest headlines, many on one line
TICKER_ITEM = re.compile(r"\|[ \t]*+\d{1,2}[:.]\d\d[ \t]*+\.[ \t]")
LINK_LINE = re.compile(r"[ \t]*+(?:\w{1,3}[ \t]++)?(?:baca(?:[ \t]++juga)?|lihat[ \t]++juga|simak[ \t]++juga|"
                       r"berita[ \t]++terkait|read[ \t]++(?:next|more|also))[ \t]*+:", re.IGNORECASE)
# "Bimtek ... menghadirkan narasumber dari ITB": the presenters of a technical guidance guide the programme
# an office's spelt-out name, then its acronym in brackets (the acronym is appended)
OFFICE_DEFINED = r"\b(?:Dinas|Badan|Kantor|Bagian|Sekretariat)[ \t]++[A-Z][^()\n]{0,80}?\([ \t]*+"
LOWER_VENUE_POST = re.compile(r"\b(?P<venue>[a-z]++)[ \t]*+\n?[ \t]*+(?P<post>[A-Z][a-z]++(?:[ \t]++[A-Z][a-z]++)?)[ \t]++$")
APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]{0,3}['’][a-z]{2,}")  # "Ma'ruf", "Sa'ad", "Mu’in"
# the region a national coach or assessor is assigned to, after the post: "untuk Kabupaten X", "bagi Pemkot Y"
CLIENT_OF_COACH = re.compile(r"[ \t]++(?:Kabupaten|Kab\.|Kota|Pemkab|Pemkot|Pemerintah[ \t]++(?:Kabupaten|Kota))[ \t]")
GUIDANCE = re.compile(r"\b(?:bimtek|bimbingan\s+teknis)\b", re.IGNORECASE)
# A misspelt role word ("Administasi", "Informastika") is as little a name as the word itself: similarity to
# role_words.txt of at least this much (rapidfuzz ratio) on words of 8 letters or more (shorter names are too
# close to short role words).
MISSPELT_ROLE_SIMILARITY = 88
# Long words carry more typos ("Perekoniman" for "perekonomian": 87); no word of 11 letters or more of a gold name
# comes within 80 of a role word.
MISSPELT_LONG_LETTERS = 11
MISSPELT_LONG_SIMILARITY = 85


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


@dataclass
class _Word:
    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        return self.text.rstrip(".")


@Language.factory("smartcity_people", assigns=["doc.spans"], requires=["doc.spans"])
def make_people_finder(nlp: Language, name: str) -> PeopleFinder:
    """Build the people finder from the packaged title, degree and position lists."""
    return PeopleFinder(load_lexicon())


class PeopleFinder:
    """Adds `doc.spans["people"]`, one span per mention, value {name, category, role, affiliation, region}."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.region_names = {squash(r.bare) for r in lexicon.regions}  # "Pati", not a short form like "Oki"
        self.place_keys = self.region_names | {squash(a) for a in lexicon.region_aliases} | {
            squash(a) for a in lexicon.province_aliases}
        # "UGM Jogjakarta", "Soerabaja": a place name in an old or variant spelling is no person either
        self.folded_places = {folded_name(r.bare).replace(" ", "") for r in lexicon.regions} | {
            folded_name(a).replace(" ", "") for a in list(lexicon.region_aliases) + list(lexicon.province_aliases)}
        self.position_re = re.compile(
            r"(?<![\w])(?P<pos>(?:(?:" + ACTING_PREFIX + r")\s+)?(?:"
            + alternation(list(lexicon.positions)).replace(r"\ ", LINE_WRAPPED_SPACE) + r"|"
            + HEAD_OF_OFFICE.pattern.strip("^$") + r")" + FUNCTIONAL_GRADE + r")(?![\w])",
            re.IGNORECASE)
        self.institution_re = re.compile(r"(?<![\w])(?:" + alternation(list(lexicon.institutions)) + r")(?![\w])",
                                         re.IGNORECASE)
        # role words and one-word agency names, for their misspellings ("Informastika", "Kekominfo")
        self._role_vocabulary = sorted({w for w in lexicon.role_words if len(w) >= 7} |
                                       {a for a in lexicon.institutions if len(a) >= 7 and a.isalpha()})
        self._near_role_word = lru_cache(maxsize=WORD_CACHE)(self._spelt_as_role_word)
        # "Direkrotat" for Direktorat: a long role word's letters, two of them swapped apart (its opening kept)
        self._role_anagrams = {(w[:3], "".join(sorted(w))) for w in self._role_vocabulary if w.isalpha()}
        self._name_shaped = lru_cache(maxsize=WORD_CACHE)(self._shaped_as_name)

    # -- public ----------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        doc.spans["people"] = []
        opening = self._regions_opening_names(doc)
        people = self.find(doc, opening)
        if opening:
            doc.spans["regions"] = [s for s in spans_of(doc, "regions") if (s.start_char, s.end_char) not in opening]
            (doc.user_data.get("spans_of") or {}).pop("regions", None)  # the cached sorted list is stale
        for person in people:
            for start, end in person.mentions:
                add_span(doc, "people", start, end, {"name": person.name, "category": person.category,
                                                     "role": person.role, "affiliation": person.affiliation,
                                                     "region": person.region})
        return doc

    def find(self, doc: Doc, opening: set[tuple[int, int]] | None = None) -> list[Person]:
        """Every person of the document, each once, with all their mentions (`opening`: the regions that open a
        name, `_regions_opening_names`, when the caller has them already)."""
        text = text_of(doc)
        regions = [(s.start_char, s.end_char, s._.value["name"]) for s in spans_of(doc, "regions")]
        provinces = [(s.start_char, s.end_char) for s in spans_of(doc, "provinces")]
        bylines = [(s.start_char, s.end_char) for s in spans_of(doc, "dates") if s._.value["kind"] == "publication"]
        model = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == MODEL_LABEL]
        opening = self._regions_opening_names(doc) if opening is None else opening
        skip = [r for r in regions if (r[0], r[1]) not in opening] + [(a, b, "") for a, b in provinces]
        words = _words(text)
        people: list[Person] = []
        products: set[str] = set()  # words of app and programme names, never people later in the text
        nicknames: dict[str, Person] = {}  # "akrab disapa Semmy": the nickname and whom it names
        recent: list[Person] = []  # the people in the order of their latest mention
        # the characters of the known positions the text names
        positions = {i for m in self.position_re.finditer(text) for i in range(m.start(), m.end())}
        chains = self._chains(text, words, skip)
        short_forms = _region_short_forms(text, regions)
        for i, chain in enumerate(chains):
            scholar: list[_Word] = []  # the name closing an unknown university's name (_name_closing_academic_body)
            # "Joni Ringgo Kasubag Kerjasama Setkab": a position after the first words of a chain ends the name
            inside = next((k for k, w in enumerate(chain) if w.start in positions), 0)
            chain = chain[:inside] if inside else chain
            # "Direktur Utama PT ...", "Pranata Komputer Ahli Muda Hendra": the last words of a known position
            chain = [w for w in chain if w.start not in positions]
            chain = self._from_inner_honorific(text, chain)
            if chain and self._in_organisation_name(text, chain) and not (
                    any(a == chain[0].start for a, _ in model) and (
                        any(b <= chain[0].start and not text[b:chain[0].start].strip() for _, b, _ in skip) or
                        ACRONYM_BEFORE.search(text, 0, chain[0].start))):
                # "Rektor Universitas Gadjah Mada Hendra Saputra"; "Kadis Kominfo Provinsi NTB Hendra Saputra",
                # "Kabid TIK Hendra Saputra": a name the model finds right after a place or an acronym ends the
                # office's name there
                scholar = [] if _model_tail(chain, model) else self._name_closing_academic_body(text, chain)
                chain = scholar[-2:] or _model_tail(chain, model)
            first = chain[0] if chain else None
            if first is None or len(chain) == 1 and (squash(first.bare) in short_forms or
                                                     not _proposed(chain, model) and _after_place_word(text, first.start)) \
                    or self._in_venue_name(text, chain) or self._is_place_before_name(text, chains, i, model) or self._is_known_place(chain) or \
                    self._place_in_apposition(text, chains, i) or \
                    len(chain) == 1 and (self._institution_follows(text, chain) or self._in_office_list(text, chain)) or \
                    len(chain) > 1 and squash("".join(w.bare for w in chain)) in self.lex.degrees or \
                    len(chain) == 1 and _district_before_region(text, first, skip) or _in_place_list(text, chain) or \
                    SMART_BEFORE.search(text[max(0, first.start - 10):first.start]) or \
                    _in_address(text, chain, self.lex.venue_words) or \
                    _credit_source(text, chain, self.lex.byline_words) or _credit_outlet(text, chain) or \
                    _closing_credit(text, chain) and not self._signed_name(chain):
                continue  # "M. Si", "S. Sos": a degree written with a space after its initial
            if len(chain) == 1 and self._cut_place_name(text, first) or \
                    any(WEB_ADDRESS.search(w.text) for w in chain):
                continue  # ("Redaksi Kabarkita.com / ...": a site's address after a credit's label is no name)
            name_words = self._strip_honorifics(chain)
            if not name_words:
                continue
            if len(name_words) == 1 and (self._bracketed_after_position(text, chain) or
                                         self._bracketed_abbreviation(text, chain) or
                                         not _proposed(name_words, model) and self._inside_title(text, chain)):
                continue
            if PRODUCT_AFTER.match(text[chain[-1].end:chain[-1].end + 40]) and \
                    not SPEECH.search(text[max(0, first.start - 30):first.start]) and \
                    not self._post_right_before(text, first.start) or \
                    DIMENSION_LABEL.search(text[text.rfind("\n", 0, first.start) + 1:first.start]):
                products |= {squash(w.bare) for w in chain}
                continue
            if {squash(w.bare) for w in name_words} <= products:
                continue  # a later mention of an app already seen as one ("Info Sunto ... Sunto masih ...")
            # a district's or village's name, which no list holds, may have two words ("Camat Tanjung Priok X")
            head = self._region_head_before(text, first.start)
            place_words = 2 if head in LOCAL_KINDS else 1 if head in REGION_HEAD_KINDS else 0
            trimmed = _trim_to_model(name_words, model, self.place_keys, self.lex.degrees, place_words)
            name_words = _extend_to_model(text, trimmed, model)
            # "Safaruddin Dt. Bandaro Rajo": the Minangkabau title (gala) after "Dt." is no part of the name
            name_words = next((name_words[:k] for k, w in enumerate(name_words) if k and w.bare == "Dt"), name_words)
            office = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, first.start - 30):first.start])
            if len(name_words) >= 3 and squash(name_words[0].bare) in self.region_names and office is not None and \
                    AGENCY.match(office.group(1).lower()):
                name_words = name_words[1:]  # "Kabid Diskominfo Pati Luky Pratugas": the office's region opens the chain
            if all(squash(w.bare) in self.lex.honorifics or len(w.bare) == 1 or INITIALS.match(w.bare)
                   for w in name_words):
                continue  # "H." or "G.S." alone: a title or initials without the name
            last = name_words[-1]
            proposed = _proposed(name_words, model) and not self._model_span_holds_a_non_name(text, name_words, model)
            byline = self._byline(text, chain, proposed) and any(ch.islower() for w in name_words for ch in w.text)
            # a name going on over a wrapped line is read in running text, no headline
            headline = _in_title_case_line(text, first.start) and "\n" not in text[first.start:chain[-1].end] and \
                not self._caption_line(text, first.start, chain[-1].end) and \
                not NAME_LABEL.fullmatch(text, text.rfind("\n", 0, first.start) + 1, first.start)  # "Nama Lengkap : X"
            if not byline and (any(_same_line(text, a, first.start) for a, _ in bylines)
                               or headline and not self._position_list_item(text, first.start)
                               and not self._name_then_post_item(text, first.start, chain[-1].end)) \
                    and not (proposed and _starts_line(text, first.start)):
                continue
            if not byline and not any(ch.islower() for w in name_words for ch in w.text):
                continue  # "JSC", "PAN RB": acronyms, whatever their length
            name = self._joined(name_words)
            initials = BYLINE_INITIALS.search(text, text.rfind("\n", 0, first.start) + 1, first.start) if byline else None
            if initials is not None and initials.start() > text.rfind(":", 0, first.start):
                name = f"{' '.join(initials.group(0).split())} {name}"
                name_words = [_Word(initials.group(0).strip(), initials.start(), initials.end())] + name_words
            if NICKNAME_CUE.search(text[max(0, first.start - 30):first.start]) and recent:
                nicknames[squash(name)] = recent[-1]
            if recent and re.fullmatch(r"\s*\(", text[recent[-1].mentions[-1][1]:first.start]) and \
                    text[last.end:].startswith(")") and not self.position_re.match(name):
                nicknames[squash(name)] = recent[-1]  # "Bupati Bojonegoro Suyoto (Kang Yoto)"
            nickname_of = NICKNAME_OF.match(text, last.end)
            owner_post = None if nickname_of is None else self.position_re.match(text, nickname_of.start("name"))
            if nickname_of is not None and owner_post is None:
                # "ujar Slambas, sapaan akrab Slamet Basuki": the familiar name of the person named next
                owner = self._match_existing(people, nickname_of.group("name"))
                if owner is not None:
                    owner.mentions.append((name_words[0].start, _end_without_dot(last)))
                    nicknames[squash(name)] = owner  # "kata Raju" later on
                continue
            if nickname_of is not None and owner_post is not None:
                # "jelas Kang Giri, sapaan akrab Bupati Sugiri": the owner named after a post (and its region)
                owner = self._owner_after_post(people, text[owner_post.end():nickname_of.end("name")]) or \
                    self._holder_of_post(people, owner_post.group("pos"), nickname_of.group("name"))
                if owner is not None:
                    owner.mentions.append((name_words[0].start, _end_without_dot(last)))
                    nicknames[squash(name)] = owner
                    continue
            if squash(name) in nicknames:
                nicknames[squash(name)].mentions.append((name_words[0].start, _end_without_dot(last)))
                continue
            cue = self._cue(doc, text, chain, name_words, skip, model, proposed, byline)
            if cue is None and scholar:
                cue = self._finish("other", " ".join(w.text for w in scholar[:-2]), None, None, EVIDENCE["after"])
            if (cue is None or cue[4] <= EVIDENCE["weak"]) and recent and (
                    text[first.start - 1:first.start] == "-" and recent[-1].mentions[-1][1] == first.start - 1 or
                    PAIR_AND.fullmatch(text, recent[-1].mentions[-1][1], first.start) and PAIRED_POSTS.search(
                        text, max(0, recent[-1].mentions[-1][0] - 80), recent[-1].mentions[-1][0])):
                # the second of a pair ("Wali Kota dan Wakil Wali Kota X A-B", "Bupati dan Wakil Bupati X, A dan
                # B") holds an office like the first
                cue = (recent[-1].category, None, None, recent[-1].region, EVIDENCE["after"])
            if (cue is None or cue[4] <= EVIDENCE["weak"]) and recent and \
                    self._coordinated_in_brackets(text, recent[-1], first.start):
                # "Pranata Komputer (A, S.T. dan B, S.Sos.)": the second of a bracket after a position holds it too
                cue = (recent[-1].category, recent[-1].role, recent[-1].affiliation, recent[-1].region,
                       EVIDENCE["after"])
            if cue is None and recent and BRACKETED_ITEM_GAP.fullmatch(text, recent[-1].mentions[-1][1], first.start) \
                    and text.startswith(" (", chain[-1].end):
                # "A (UI), B (Pakar IT), dan C (UGM)": a list of names, each with its body in brackets
                cue = (recent[-1].category, None, None, None, EVIDENCE["weak"])
            if len(name_words) >= 3 and VERB_SHAPE.match(name_words[0].bare.lower()) and \
                    _dictionary_word(name_words[0].bare.lower()) and \
                    any(_name_words(self._joined(name_words[1:]))[0] == _name_words(p.name)[0] for p in people):
                name_words = name_words[1:]  # "Mendampingi I Gusti Yudiana, ...": a verb opening the sentence
                name = self._joined(name_words)
            existing = self._match_existing(people, name) or self._quoted_first(people, name)
            if existing is None and len(name_words) == 1 and AFFIXED_VERB.match(name.lower()) and \
                    _dictionary_word(name.lower()) and not _proposed(name_words, model):
                continue  # "ujar Wakil Bupati Mengawali": a verb with its affixes after a post, no name
            if cue is None:
                if existing is not None:
                    existing.mentions.append((name_words[0].start, _end_without_dot(name_words[-1])))
                    recent.append(existing)
                continue
            category, role, affiliation, region, strength = cue
            if existing is not None and category == "assessor" and existing.category == "regional_official" and \
                    existing.strength >= EVIDENCE["position"] and len(name_words) < len(existing.name.split()):
                # "Kepada tim asesor, Sekda Budi memaparkan ...": a region's official named again by a part of the
                # name, in a sentence about the assessors, is the official still, whom the assessors evaluate
                category, role, affiliation, region = existing.category, None, None, None
            if existing is None:
                if len(name_words) == 1 and len(name) < 3:
                    continue
                existing = Person(name=name)
                people.append(existing)
            elif len(name) > len(existing.name) and (existing.name.lower() in name.lower() or
                                                     len(existing.name.split()) == 1 < len(name.split())):
                existing.name = name  # (a one-word name found first is the full name's variant, _same_person)
            existing.update(category, role, affiliation, region, strength)
            existing.mentions.append((name_words[0].start, _end_without_dot(last)))
            recent.append(existing)
        for start, end, name in self._capitalised_bylines(text) + self._lowercase_bylines(text):
            if self._match_existing(people, name) is None:
                people.append(Person(name=name, strength=EVIDENCE["position"], mentions=[(start, end)]))
        people = [p for p in people if not self._common_word(text, p) and not _outlet_of_text(text, p.name)]
        _drop_roles_naming_others(text, people)
        self._described_speakers(text, people, regions)
        self._posts_as_subject(doc, text, people, regions)
        self._resolve_nicknames(text, people)
        for person in people:
            known = known_person(person.name)
            generic = person.role is None or GENERIC_ROLE.match(person.role) is not None
            if known is not None and (generic or person.category == "other" and _assessing(text)) and \
                    (person.category == "other" or known[0] == "assessor" and person.category == "ministry"):
                person.category, known_affiliation = known
                if person.category == "ministry" and person.role is None and self._among_assessors(doc, text, person):
                    person.category = "assessor"  # an official of the ministry who evaluates the region here
                person.affiliation = person.affiliation or known_affiliation
        article_region = main_region(doc)
        for person in people:
            if person.category == "regional_official" and person.region is None:
                person.region = article_region
            if person.category in ("assessor", "other") and person.region and not person.role:
                person.region = None
        return people

    def _common_word(self, text: str, person: Person) -> bool:
        """A one-word name that is a common word of the NER corpora (data/common_words.txt: "Lalu,", "Senada,",
        "Vox NTT"), with no honorific before it nor degree after it in any mention, and no position either: no
        person ("Prof Dana", "Kepala Bappeda Litbang Balikpapan Murni" are kept). Nor are words all common
        ("Perguruan Tinggi"), or one after a comma or before "yang" ("Camat, Lurah, Perbankan", "Pria yang juga
        Kepala Bappeda"), whatever position stands near."""
        if not all(w in self.lex.common_words for w in person.name.lower().split()):
            return False
        for start, end in person.mentions:
            title = re.search(r"([A-Za-z.]+)\s*$", text[max(0, start - 20):start])
            degree = re.match(r"\s*,?\s*([A-Za-z.]+)", text[end:end + 20])
            if title is not None and squash(title.group(1)) in self.lex.honorifics or \
                    degree is not None and degree.group(1)[:1].isupper() and squash(degree.group(1)) in self.lex.degrees:
                return False
        if person.strength < EVIDENCE["position"] or " " in person.name or all(
                re.search(r",[ \t]*+$", text[max(0, start - 3):start]) or re.match(r"[ \t]++yang\b", text[end:end + 5])
                for start, end in person.mentions):
            return True
        # "Tim Peneliti Utama RKCI", "Peneliti Lembaga Ilmu Pengetahuan Indonesia": a common word between a
        # position's word and more capitalised words goes on with the position's or the body's name
        for start, end in person.mentions:
            before = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, start - 30):start])
            if before is not None and re.match(r"[ \t]+[A-Z]", text[end:end + 3]) and (
                    before.group(1).lower() in self.lex.role_words or self.position_re.fullmatch(before.group(1))):
                return True
        return False

    def _described_speakers(self, text: str, people: list[Person], regions: list[tuple[int, int, str]]) -> None:
        """"..., tegas Wali Kota Jambi dua periode itu": a position the writer refers back to with "itu/ini/
        tersebut" after a speech verb describes the person named last before it, when nothing stronger did."""
        for m in DESCRIBED_SPEAKER.finditer(text):
            pos = self.position_re.match(m.group("what"))
            if pos is None:
                continue
            before = [(end, p) for p in people for _, end in p.mentions if end <= m.start()]
            if not before:
                continue
            person = max(before, key=lambda item: item[0])[1]
            if person.strength >= EVIDENCE["position"]:
                continue
            category, _ = self._position_category(pos.group("pos"))
            region = next((r[2] for r in regions if m.start("what") <= r[0] < m.end("what") and r[2]), None)
            person.update(category, None, None, region, EVIDENCE["after"])

    def _posts_as_subject(self, doc: Doc, text: str, people: list[Person], regions: list[tuple[int, int, str]]) -> None:
        """"ujar Abdullah.  Wali Kota Kediri menerangkan ...", "Pj Wali Kota mengaku ... . Kata Kaya, ...": a sentence
        whose subject is a post with no name refers to the speaker named at the end of the sentence before it or,
        failing that, to the first person named after it with no one else named between; a speaker of whom nothing
        stronger is known holds that post."""
        mentions = sorted((start, end, p) for p in people for start, end in p.mentions)
        for sentence_start, sentence_end in doc.user_data.get("sentence_bounds") or [
                (s.start_char, s.end_char) for s in doc.sents]:
            opening = len(text[sentence_start:sentence_end]) - len(text[sentence_start:sentence_end].lstrip(" \t\"“'‘"))
            pos = self.position_re.match(text, sentence_start + opening)
            if pos is None:
                continue
            verb = POST_SUBJECT_VERB.match(text, pos.end())
            category, _ = self._position_category(pos.group("pos"))
            if verb is None or category not in ("regional_official", "ministry"):
                continue
            # only the office's and the region's names may stand between the post and the verb, no person's
            # ("Dirjen Aptika menyebut", "Bupati Kendal itu menambahkan"; "Wali Kota Kediri Budi" no)
            if any(squash(w.group(0)) not in self.place_keys and not self._is_role_word(w.group(0)) and
                   w.group(0).lower() not in self.lex.institutions and
                   not any(a <= verb.start("place") + w.start() < b for a, b, _ in regions)
                   for w in re.finditer(r"[A-Za-z]+", verb.group("place"))):
                continue
            if any(sentence_start <= a < sentence_end for a, _, _ in mentions):
                continue  # the sentence names someone: the post may be theirs, the cues have read it
            previous = sentence_of(doc, sentence_start - 1) if sentence_start > 0 else None
            before = [m for m in mentions if previous is not None and previous[0] <= m[0] and m[1] <= sentence_start
                      and not text[m[1]:sentence_start].strip(" \t\n.,”\"'’")]
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

    def _coordinated_in_brackets(self, text: str, previous: Person, start: int) -> bool:
        """True when the name at `start` follows `previous` inside the bracket that opens after a position
        ("Staf Bidang Aplikasi (A dan B)"), only degrees, commas and a conjunction between them."""
        if previous.role is None or previous.strength < EVIDENCE["position"]:
            return False
        before, after = previous.mentions[-1]
        gap = self._without_degrees(text[after:start])
        if not re.fullmatch(r"\s*(?:,\s*)?(?:(?:dan|serta)\s+)?", gap) or not gap.strip():
            return False
        opening = text.rfind("(", 0, before)
        return opening != -1 and text.rfind(")", 0, start) < opening and "\n" not in text[opening:start] and \
            all(squash(w.rstrip(".")) in self.lex.honorifics for w in text[opening + 1:before].split())

    def _among_assessors(self, doc: Doc, text: str, person: Person) -> bool:
        """"Pihak asesor pun bertanya. X mengatakan ...": an assessor word in the sentence of the person's first
        mention or in the one before presents them as one of the evaluators."""
        start = min(person.mentions)[0]
        sentence = sentence_of(doc, start)
        previous = sentence_of(doc, sentence[0] - 1) if sentence[0] > 0 else sentence
        return ASSESSOR_WORD.search(text[previous[0]:sentence[1]]) is not None

    def _regions_opening_names(self, doc: Doc) -> set[tuple[int, int]]:
        """"Wali Kota Bogor, Bima Arya": a bare region name the model reads as the first word of a longer name,
        written where a name is due (after a comma or a speech verb), is part of the name and no region."""
        text = text_of(doc)
        model = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == MODEL_LABEL]
        found = set()
        for span in spans_of(doc, "regions"):
            a, b = span.start_char, span.end_char
            if len(span.text.split()) != 1 or not any(m[0] == a and m[1] > b + 1 for m in model):
                continue
            left = text[max(0, a - 30):a]
            # "Kepala Bidang Aptika Oki Tri Fasiasta": a region's acronym (OKI) in title case is a first name
            initials = "".join(w[0] for w in span._.value["name"].split()[1:]).upper()
            acronym = span.text.istitle() and len(span.text) <= 4 and span.text.upper() == initials
            if re.search(r",\s*$", left) or SPEECH.search(left.rstrip()) or acronym:
                found.add((a, b))
        return found

    # -- name chains -------------------------------------------------------------------------------------
    def _chains(self, text: str, words: list[_Word], skip: list[tuple[int, int, str]]) -> list[list[_Word]]:
        """Maximal runs of capitalised words that could form a name (honorifics included)."""
        chains: list[list[_Word]] = []
        current: list[_Word] = []
        skipped = {i for a, b, _ in skip for i in range(a, b)}  # the characters of the spans to skip
        for k, word in enumerate(words):
            if word.text[0].islower() and self._lowercase_name_word(text, words, k, current):
                current.append(word)
                continue
            if not word.text[0].isupper() and not word.text.endswith("."):
                # most words: no name word (see _is_name_word), ending the chain as any other would
                if current:
                    chains.append(current)
                    current = []
                continue
            if self._comma_degree(words, k):
                # "Rahmat S,Kep": a degree typed with a comma for its dot is no name, nor its letter before it
                if current:
                    chains.append(current)
                    current = []
                if chains and chains[-1] and chains[-1][-1] is words[k - 2] and len(chains[-1]) > 1:
                    chains[-1] = chains[-1][:-1]
                continue
            gap = text[current[-1].end:word.start] if current else ""
            if current and (gap == "-" or not (gap == "\n" and _wrapped_line(text, current[-1].end)) and
                            self._breaks(gap, current[-1], word)):
                chains.append(current)
                current = []
            if (self._is_name_word(word, current) or self._bare_initial(text, words, k, current)) and \
                    word.start not in skipped:
                current.append(word)
                continue
            if current:
                chains.append(current)
            current = []
        if current:
            chains.append(current)
        return [c for c in (self._bounded_chain(c) for c in chains) if len(c) <= 7]

    def _bounded_chain(self, chain: list[_Word]) -> list[_Word]:
        """A chain too long for a name (more than seven words) cut to the name it may hold: from the first
        honorific after an office's words ("ITB Prof Dr Ir Name"), without a degree's spaced letters closing it
        ("... Name M Eng"); unchanged when it stays too long (a headline's or a body's words)."""
        if len(chain) <= 7:
            return chain
        inner = next((k for k in range(1, len(chain)) if squash(chain[k].bare) in self.lex.honorifics), 0)
        cut = chain[inner:]
        while len(cut) > 3 and len(cut[-2].bare) == 1 and squash(cut[-2].bare + cut[-1].bare) in self.lex.degrees:
            cut = cut[:-2]  # "M Eng": a degree's letters spaced, its dot left out
        return cut if inner and len(cut) <= 7 else chain

    def _comma_degree(self, words: list[_Word], k: int) -> bool:
        """"S,Kep", "M,Si": a degree's letter, a comma typed for its dot, and the rest of the degree."""
        return k >= 2 and words[k - 1].text == "," and len(words[k - 2].bare) == 1 and \
            words[k - 2].end == words[k - 1].start and words[k - 1].end == words[k].start and \
            words[k - 2].bare.isupper() and squash(words[k - 2].bare + words[k].bare) in self.lex.degrees

    def _bare_initial(self, text: str, words: list[_Word], k: int, current: list[_Word]) -> bool:
        """"Dana I Sensuse": a lone "I" with no dot between two name words is an initial, not a Roman numeral."""
        following = words[k + 1] if k + 1 < len(words) else None
        return words[k].text == "I" and bool(current) and following is not None and \
            text[current[-1].end:words[k].start] == " " == text[words[k].end:following.start] and \
            not self._is_role_word(current[-1].bare) and self._name_shaped(following.text, True)

    def _lowercase_name_word(self, text: str, words: list[_Word], k: int, current: list[_Word]) -> bool:
        """A name's word written in lower case ("Ir. Neti yulinawati, M.Si", "IB rai Dharmawijaya", "Kadis
        Kominfo Deli haris Biner Ginting"): a word of no common use (neither data/common_words.txt nor a verb's
        affixes) between a capitalised word and a capitalised name word; after the last word of a name, or as the
        first after a comma closing a capitalised phrase ("Sekretaris Dinas X, tety Sovia"), only a word of no
        Indonesian dictionary either (Sastrawi's, word or stem), so "Budi kemarin" ends at "Budi"."""
        low = words[k].bare
        after_comma = k >= 2 and words[k - 1].text == "," and words[k - 2].text[:1].isupper()
        # "Marsudi wahyu kisworo": a second word in lower case after the first
        in_name = bool(current) and current[-1].end == words[k - 1].end and words[k - 1].text.islower()
        if not self._lowercase_name_shape(low) or k == 0 or text[words[k - 1].end:words[k].start] != " " or \
                not (NAME_WORD_SHAPE.fullmatch(words[k - 1].text) or after_comma or in_name) or \
                squash(words[k - 1].bare + low) in self.place_keys:  # "Kutai kartanegara": a region's name
            return False
        following = words[k + 1] if k + 1 < len(words) else None
        if following is not None and not words[k].text.endswith(".") and text[words[k].end:following.start] == " " and \
                following.text[:1].isupper() and self._name_shaped(following.text, True):
            return not after_comma or not _dictionary_word(low)  # before a capitalised word, a name's
        if not (bool(current) and current[-1].end == words[k - 1].end and not words[k - 1].text.endswith(".") and
                squash(current[-1].bare) not in self.lex.honorifics):
            return False
        # a dictionary's word only when the text capitalises it after the same word ("Emanuel Kemong" in the
        # headline), or before a last word in lower case that no dictionary holds ("wahyu kisworo")
        return not _dictionary_word(low) or f"{words[k - 1].text} {low.capitalize()}" in text or \
            following is not None and not words[k].text.endswith(".") and text[words[k].end:following.start] == " " \
            and self._lowercase_name_shape(following.bare) and not _dictionary_word(following.bare)

    def _lowercase_name_shape(self, low: str) -> bool:
        """A lowercase word that may be a name's: letters only, of no common use nor any list of role words,
        months, credits or non-names, without a verb's affixes."""
        return LOWERCASE_NAME_WORD.fullmatch(low) is not None and low not in self.lex.common_words and \
            not AFFIXED_WORD.match(low) and low not in self.lex.name_stopwords and low not in self.lex.role_words and \
            low not in self.lex.months and low not in self.lex.not_names and low not in self.lex.byline_words

    def _position_list_item(self, text: str, at: int) -> bool:
        """"3. Wali Kota Bogor, Bima Arya", "- Bupati Brebes Idza Priyanti": an item of a numbered or bulleted list
        naming a position, then the name after a comma or opening with the position (capitalised throughout, yet no
        headline)."""
        start = text.rfind("\n", 0, at) + 1
        line = text[start:at]
        marker = LIST_ITEM.match(line)
        if marker is None:
            return False
        position = self.position_re.search(line, marker.end())
        return position is not None and ("," in line[position.end():] or not line[marker.end():position.start()].strip())

    def _name_then_post_item(self, text: str, start: int, end: int) -> bool:
        """"2. Lina Kartika, Kabid E-Government", "- Imam Santoso (Asisten I Setda)": an item of a numbered or
        bulleted list naming the name, then its position after a comma, a bracket, a spaced dash or a tab."""
        line_start = text.rfind("\n", 0, start) + 1
        if not LIST_ITEM.match(text[line_start:start] + " ") or text[line_start:start].strip(" \t-•*·.)|0123456789"):
            return False
        line_end = text.find("\n", end)
        right = self._without_degrees(text[end:line_end if line_end != -1 else len(text)])
        return self._position_after(right) is not None

    def _caption_line(self, text: str, start: int, end: int) -> bool:
        """"Wakil Bupati Pati H. Saiful Arifin" alone on its line (a photo's caption): a position, its region and
        titles, then the name closing the line."""
        position = self.position_re.match(text, text.rfind("\n", 0, start) + 1)
        line_end = text.find("\n", end)
        return position is not None and len(text[position.end():start].split()) <= 3 and \
            not text[end:line_end if line_end != -1 else len(text)].strip()

    def _is_place_before_name(self, text: str, chains: list[list[_Word]], i: int,
                              model: list[tuple[int, int]]) -> bool:
        """In "Camat Sungai Raya, Hendri Kurniawan" the chain right after the position names a place (no name the
        model found stands between them: "Sekretaris A dan B, C")."""
        if i + 1 >= len(chains):
            return False
        chain, following = chains[i], chains[i + 1]
        between = text[chain[-1].end:following[0].start]
        if all(len(w.bare) <= 2 or squash(w.bare) in self.lex.degrees for w in following):
            return False  # "Drs. A B, M, Si": a degree written with a comma follows the name, no name
        before = text.rfind(" ".join(w.text for w in following), 0, chain[0].start)
        if before != -1 and not text[:before].rstrip(" \t\n,").endswith(" ".join(w.text for w in chain)) and \
                self._region_head_before(text, chain[0].start) not in REGION_HEAD_KINDS:
            # "Didampingi Kabag Humas A B, Ali Mukhni memaparkan": a person named before is the subject, after an
            # office's post (a region's head, "Camat Rasau Jaya, X", is followed by the place)
            return False
        if not between.rstrip().endswith(",") or not all(
                self._is_role_word(w.group(0)) or self.institution_re.fullmatch(w.group(0)) or w.group(0) == ","
                for w in WORD.finditer(between)):
            return False
        # "Asisten Perekonomian A B, Kadisi Lindup C D": a capitalised word that is no degree after the next
        # chain shows it opens a list item of its own (a role), not the name the place goes with
        nxt = re.match(r"[ \t]+([A-Z][\w.]*)", text[following[-1].end:following[-1].end + 30])
        if nxt is not None and squash(nxt.group(1).rstrip(".")) not in self.lex.degrees and \
                not DEGREE_SHAPE.match(nxt.group(1)):
            return False
        left = text[max(0, chain[0].start - 120):chain[0].start]
        position = None
        for m in self.position_re.finditer(left):
            position = m
        if position is None:
            return False
        filler = left[position.end():]
        if any(chain[0].start - len(filler) <= a < chain[0].start for a, _ in model):
            return False
        last = (position.group("pos") + filler).split()[-1].lower().rstrip(",")
        if AGENCY.match(last) or "kominfo" in last:
            return False  # "Kadiskominfo Bahteramsyah, Joni ...": the office is named, a name follows
        return all(self._is_role_word(w.group(0).rstrip(".")) or w.group(0)[:1].isupper() or
                   self.institution_re.fullmatch(w.group(0).rstrip(".")) is not None for w in WORD.finditer(filler))

    def _place_in_apposition(self, text: str, chains: list[list[_Word]], i: int) -> bool:
        """In "Hendri Kurniawan, Camat Sungai Raya, mengatakan" the chain after the head of a region (a kecamatan,
        kelurahan, desa, kabupaten or kota) that stands in apposition to the name before it names the place."""
        if i == 0 or self._region_head_before(text, chains[i][0].start) not in REGION_HEAD_KINDS:
            return False
        left = text[chains[i - 1][-1].end:chains[i][0].start]
        head = None
        for head in self.position_re.finditer(left):
            pass
        if head is None:
            return False
        gap = self._without_degrees(left[:head.start()])
        return re.fullmatch(r"\s*(?:,|\(|\s(?:selaku|sebagai|yang\s+juga))\s*", " " + gap if gap[:1].isalpha() else gap) is not None \
            and re.match(r"\s*(?:[,.;:)]|$|\s(?:me|ber)[a-z]{3,}|\s(?:yang|itu|ini)\b)", text[chains[i][-1].end:]) is not None

    def _in_venue_name(self, text: str, chain: list[_Word]) -> bool:
        """"di Balai Rakyat Haji Rudi Hartono": two or three capitalised words opening with a venue word right
        before the chain make it a building named after a person."""
        window = text[max(0, chain[0].start - 60):chain[0].start]
        # "di aula kantor\nBupati Balige": a venue word in lower case (a line may break after it) before a post
        office = LOWER_VENUE_POST.search(window)
        if office is not None and office.group("venue") in self.lex.venue_words and \
                all(self._is_role_word(r) for r in office.group("post").split()):
            return True
        run = re.search(r"(?:[A-Z][\w'’-]*[ \t]+){2,3}$", window)
        if run is None:
            return False
        words = run.group(0).split()
        # "Aula Lt II Kantor Bupati Gunung Merah": the office of a position ("Kantor Bupati") is named by its place
        return words[0].lower() in self.lex.venue_words or any(
            w.lower() in self.lex.venue_words and all(self._is_role_word(r) for r in words[k + 1:])
            for k, w in enumerate(words[:-1]))

    def _in_organisation_name(self, text: str, chain: list[_Word]) -> bool:
        """"Universitas Gadjah Mada", "Politeknik Negeri Ambon": the chain continues an organisation's name."""
        before = re.search(r"([A-Za-z]+)(\.?)\s+$", text[max(0, chain[0].start - 30):chain[0].start])
        if before is None or "\n" in before.group(0):
            return False  # "... layanan SPBE.\nAbdul Muis, Kepala Dinas": a new paragraph opens with a name
        word = before.group(1)
        if word.lower() in self.lex.institutions:
            return False  # a whole body's name ("dari ITB", "PT Telkom") is followed by a person, not continued
        # an acronym right before a name-like chain names a body: "BUMD Sei Sembilang", "PDAM Tirta Batuah"
        acronym = len(word) >= 3 and word.isupper() and squash(word) not in self.lex.degrees and not ROMAN.match(word) \
            and not before.group(2) \
            and squash(word) not in self.place_keys  # "Kepala Diskominfo OKI Alex": a region's short form, no body
        # ("di tingkat SPBE. Abdul Muis ...": an acronym ending the sentence opens no body's name either)
        if acronym:
            # "Plt. BPBD Robert ...", "Kadis PUPR Robert ...": an acting head or the head of an office before the
            # acronym makes it the office the person heads ("Kepala BUMD Sei Sembilang" may name the body itself)
            head = re.search(r"([A-Za-z]+)\.?\s+$", text[max(0, chain[0].start - 40):chain[0].start - len(before.group(0))])
            # ("Kabid pada BAPPEDA Yuli ...", "Sekretaris DISKOMINFO Agus ...": a post in a regional office so written)
            acronym = head is None or not (ACTING.match(head.group(1)) or HEAD_OF_OFFICE.match(head.group(1).lower())
                                           or (AGENCY.match(word.lower()) is not None or
                                               _defined_as_office(text, word)) and
                                           (head.group(1) == "pada" or self._is_role_word(head.group(1))))
        return word.lower() in self.lex.organisation_words or word.lower() in self.lex.venue_words or acronym

    def _cut_place_name(self, text: str, word: _Word) -> bool:
        """"... visi Wali Kota Pekanba": a word cut off where the page's text ends, the opening letters of a
        region's name, is the region's name cut, no person."""
        key = squash(word.bare)
        return len(key) >= 4 and not text[word.end:].strip() and any(
            len(place) > len(key) and place.startswith(key) for place in self.place_keys)

    def _name_closing_academic_body(self, text: str, chain: list[_Word]) -> list[_Word]:
        """"akademisi Universitas Mandala Wetan Rendra Kusuma.": after a scholar's word and a university no list
        knows, a chain of four words or more that ends the list's item, whose last two words are neither places nor
        bodies' words, ends with its scholar's name; nothing when a name follows after a comma instead. Returned:
        the scholar's post (its words as `_Word`s, from the scholar's word on), then the two words of the name."""
        window = max(0, chain[0].start - 60)
        holder = ACADEMIC_HOLDER.search(text[window:chain[0].start])
        if len(chain) < 4 or holder is None or not CHAIN_CLOSES_ITEM.match(text, chain[-1].end):
            return []
        tail = chain[-2:]
        post = [w for w in _words(text[window + holder.start():chain[0].start]) if w.text[:1].isalpha()]
        if any(squash(w.bare) in self.place_keys or w.bare.lower() in self.lex.organisation_words or
               w.bare.lower() in self.lex.institutions or self._is_role_word(w.bare) or not w.bare[1:].islower()
               for w in tail):
            return []
        return post + chain[:-2] + tail

    def _in_office_list(self, text: str, chain: list[_Word]) -> bool:
        """"Dinas Komunikasi, Informatika, Sandi dan Statistik": one word between the role words of a list is one
        of the office's words, not a name."""
        before = WORD.findall(text[max(0, chain[0].start - 40):chain[0].start])
        after = WORD.findall(text[chain[-1].end:chain[-1].end + 40])
        return len(before) >= 2 and before[-1] == "," and self._is_role_word(before[-2].rstrip(".")) and \
            len(after) >= 2 and after[0].lower() in ("dan", "serta") and self._is_role_word(after[1].rstrip("."))

    def _from_inner_honorific(self, text: str, chain: list[_Word]) -> list[_Word]:
        """"Wakil Bupati Kutai H Rendi Solihin": right after a position, an honorific inside the chain opens the
        name (two words or more follow it); the words before it end the position (a region's short form)."""
        inner = next((k for k in range(1, len(chain) - 2) if squash(chain[k].bare) in self.lex.honorifics
                      and squash(chain[k - 1].bare) not in self.lex.honorifics), None)
        if inner is None:
            return chain
        left = text[max(0, chain[0].start - 60):chain[0].start]
        last = None
        for last in self.position_re.finditer(left):
            pass
        return chain[inner:] if last is not None and not left[last.end():].strip() else chain

    def _inside_title(self, text: str, chain: list[_Word]) -> bool:
        """"Dirjen Perimbangan Keuangan", "Ketua Forum Prakarsa Indonesia", "Ketua Forwakot Semarang, X": one word
        between a position (with its role words) and a role word, institution or place that follows it without a
        comma is a word of the office's or the body's name."""
        left = text[max(0, chain[0].start - 80):chain[0].start]
        last = None
        for last in self.position_re.finditer(left):
            pass
        if last is None or not all(self._is_role_word(w.group(0).rstrip(".")) for w in WORD.finditer(left[last.end():])):
            return False
        following = re.match(r"[ \t]+((?:dan|serta)[ \t]+)?([A-Z][\w-]*)", text[chain[-1].end:chain[-1].end + 40])
        if following is None or following.group(1) and self.position_re.match(following.group(2)):
            return False  # "asisten administrasi Gunarto dan Kabag Humas Rusmo": the next item's position
        word = following.group(2)
        return self._is_role_word(word) or word.lower() in self.lex.institutions or squash(word) in self.place_keys \
            or word in ("Republik", "Indonesia")

    def _represented_ministry(self, left: str, role: str | None) -> str | None:
        """"Direktur X Komdigi, yang diwakili Ketua Tim Kota Cerdas, Y": the ministry whose official the holder of
        the position stands in for."""
        at = left.rfind(role) if role else -1
        if at == -1 or not REPRESENTED.search(left[:at]):
            return None
        found = self._last_ministry(left[:at])
        return found.group(0) if found is not None else None

    def _institution_follows(self, text: str, chain: list[_Word]) -> bool:
        """"Direktur Perkotaan Bappenas", "Dirjen Bina Adwil Kemendagri": one word right before a body's name
        belongs to the position or the body, it is not a person."""
        return self.institution_re.match(text[chain[-1].end:].lstrip(" ")) is not None and \
            text[chain[-1].end:chain[-1].end + 1] == " "

    def _is_known_place(self, chain: list[_Word]) -> bool:
        """A chain that is only a region or province name, or an institution, is not a person."""
        key = squash(" ".join(w.bare for w in chain))
        return key in self.place_keys or folded_name(" ".join(w.bare for w in chain)).replace(" ", "") in \
            self.folded_places or " ".join(w.bare for w in chain).lower() in self.lex.institutions

    def _is_role_word(self, token: str) -> bool:
        low = token.lower()
        # "Asisten 1 bidang pemerintahan": a position's number, in Roman or Arabic figures
        return low in self.lex.role_words or low in self.lex.not_names or bool(ROMAN.match(token)) or \
            len(token) == 1 and token.isdigit() or bool(TERM.match(token)) \
            or bool(AGENCY.match(low)) or self._misspelt_role_word(low)

    def _breaks(self, gap: str, previous: _Word, following: _Word | None = None) -> bool:
        """A line break or a sentence-final dot between two words ends a name; a dot before an initial that is
        no honorific does not ("Hari. S. Noegroho": a stray dot after a first name)."""
        if following is not None and "\n" not in gap and re.fullmatch(r"[A-Z]\.", following.text) and \
                squash(following.bare) not in self.lex.honorifics and previous.bare[:1].isupper():
            return False
        return "\n" in gap or (previous.text.endswith(".") and len(previous.bare) > 2
                                and squash(previous.bare) not in self.lex.honorifics
                                and previous.bare.lower() not in self.lex.name_abbreviations
                                and not INITIALS.match(previous.bare))

    def _is_name_word(self, word: _Word, current: list[_Word]) -> bool:
        """True when the word can go on the name chain `current` (or open one when it is empty)."""
        bare = word.bare
        if squash(bare) in self.lex.honorifics and (not current or all(squash(w.bare) in self.lex.honorifics
                                                                       for w in current)):
            return bool(bare) and (bare[0].isupper() or word.text.endswith("."))
        return self._name_shaped(word.text, bool(current))

    def _shaped_as_name(self, text: str, inside: bool) -> bool:
        """True when a word, no honorific opening a chain, can be a name's (`inside`: the chain has words
        already); cached as `_name_shaped`: a text's capitalised words repeat."""
        bare = text.rstrip(".")
        key = squash(bare)
        if not bare or not bare[0].isupper() or not any(ch.isalpha() for ch in bare) or PASSIVE_VERB.match(bare) \
                or MINISTRY_WORD.match(bare) or any(ch.isdigit() for ch in bare):
            return False  # "No.587": a number is no part of a name
        low = bare.lower()
        # "Dana I. Sensuse", "Revan V. Latuheru": "I." or "V." inside a name is an initial, not a Roman numeral
        initial = bare in ("I", "V") and text.endswith(".") and inside
        if low in self.lex.organisation_words or AGENCY.match(low) or HEAD_OF_OFFICE.match(low) or \
                ROMAN.match(bare) and not initial:
            return False
        # "SSi", "MSi": a degree in mixed case after the name and its comma
        if key in self.lex.degrees and len(bare) > 1 and ("." in bare or not bare[1:].islower() or inside):
            return False
        if inside and KAN_VERB.match(low):
            return False
        if len(low) >= NOMINAL_MIN_LETTERS and NOMINAL_SHAPE.match(low):
            return False
        if DEGREE_SHAPE.match(bare):
            return False
        if low in self.lex.name_stopwords or low in self.lex.role_words or low in self.lex.months \
                or low in self.lex.not_names or low in self.lex.byline_words or low in self.lex.venue_words \
                or self._misspelt_role_word(low):
            return False
        if "-" in low and any(part in self.lex.not_names or part in self.lex.role_words for part in low.split("-")):
            return False  # "TNI-Polri", "Modal-Pelayanan"
        if low in self.lex.institutions:
            return False
        # acronyms (BUMD, OPD, SIMPADA) are not names
        return not (len(bare) > 3 and bare.isupper() and not bare.endswith("."))

    def _model_span_holds_a_non_name(self, text: str, name_words: list[_Word], model: list[tuple[int, int]]) -> bool:
        """"berbasis Tri Hita Karana", "spirit Sewaka Darma": the model's PER span holds, besides the name's words,
        a word that is never a name (data/not_names.txt); what it proposed is a motto or a term, not a person."""
        last = name_words[-1]
        span = _model_span_at(model, last.start)
        if span is None:
            return False
        outside = text[span[0]:name_words[0].start] + " " + text[last.end:span[1]]
        return any(w.group(0).rstrip(".").lower() in self.lex.not_names for w in WORD.finditer(outside))

    def _misspelt_role_word(self, low: str) -> bool:
        """"administasi", "informastika": a role word with a typo."""
        return len(low) >= 8 and self._near_role_word(low)

    def _spelt_as_role_word(self, low: str) -> bool:
        """True when a long role word is spelt nearly as `low`; cached as `_near_role_word` (bounded: the words of a
        long ingest are unbounded)."""
        if (low[:3], "".join(sorted(low))) in self._role_anagrams:
            return True
        best = process.extractOne(low, self._role_vocabulary, scorer=fuzz.ratio,
                                  score_cutoff=MISSPELT_LONG_SIMILARITY if len(low) >= MISSPELT_LONG_LETTERS
                                  else MISSPELT_ROLE_SIMILARITY)
        return best is not None

    def _bracketed_after_position(self, text: str, chain: list[_Word]) -> bool:
        """"(Dosen Umy)": one word closing a bracket that opens with a position is an institution; "(Diskominfo
        Staper)", "(Dinas Kominfo SP)": one closing a bracket that opens with an office's words is the rest of the
        office's short form."""
        opening = text.rfind("(", max(0, chain[0].start - 40), chain[0].start)
        if opening == -1 or ")" in text[opening:chain[0].start] or not text[chain[-1].end:].lstrip(".").startswith(")"):
            return False
        inner = [w.rstrip(".") for w in WORD.findall(text[opening + 1:chain[0].start])]
        return self.position_re.search(text[opening + 1:chain[0].start]) is not None or bool(inner) and all(
            AGENCY.match(w.lower()) or self._is_role_word(w) or w.lower() in self.lex.institutions for w in inner)

    def _bracketed_abbreviation(self, text: str, chain: list[_Word]) -> bool:
        """"Bina Pembangunan Daerah (Bangda)": one word in brackets right after the words of a body or position
        is their abbreviation."""
        before = text[max(0, chain[0].start - 40):chain[0].start]
        if not before.endswith("(") or not text[chain[-1].end:].startswith(")"):
            return False
        words = WORD.findall(before[:-1])
        # "Bupati Luwu Utara (Lutra)": the short form of the region named before the bracket
        region = any(squash("".join(words[-n:])) in self.place_keys for n in (1, 2, 3) if len(words) >= n)
        return bool(words) and words[-1][:1].isupper() and (
            self._is_role_word(words[-1].rstrip(".")) or words[-1].lower() in self.lex.institutions or region)

    def _region_head_before(self, text: str, at: int) -> str | None:
        """The kind of region ("kabupaten", "kecamatan", ...; "" for none) whose head's position the words at `at`
        follow directly ("Bupati Kolut Hasan Basri", "Camat Ngaglik ..."); None when no position stands right
        before them. Compare with REGION_HEAD_KINDS or LOCAL_KINDS."""
        left = text[max(0, at - 40):at]
        last = None
        for m in self.position_re.finditer(left):
            last = m
        if last is None or left[last.end():].strip():
            return None
        return self._position_category(last.group("pos"))[1]

    def _byline(self, text: str, chain: list[_Word], proposed: bool = False) -> bool:
        """"Pewarta: Agus Salim", "Editor: Nur Aini", "By Agus", "(Agus/Kompas)": a journalist's credit; with
        the model's agreement also a name alone on a line of the article's head, or before " - Outlet"."""
        line_start = text.rfind("\n", 0, chain[0].start) + 1
        before = text[line_start:chain[0].start]
        line_end = text.find("\n", chain[-1].end)
        rest = text[chain[-1].end:line_end if line_end != -1 else len(text)]
        # ("I Made Darna - Outlet": the Balinese "I"/"Ni" opening the line is left out of the chain)
        if proposed and not re.sub(r"^\s*(?:I|Ni)\s+$", "", before).strip() and chain[0].start < HEAD_CHARS and \
                len(chain) >= 2 and (not rest.strip() or re.match(r"^\s+[-–|·]\s", rest)) and \
                (not rest.strip() or self._position_after(rest) is None) and \
                self._post_line_above(text, chain[0].start, chain[-1].end, [], []) is None:
            # ("Agus Salim - Kepala Bappeda", "Kepala Bappeda\nAgus Salim": a list's line and its post, no outlet)
            return True
        before = BYLINE_INITIALS.sub("", before)  # "Editor: MH Amal": initials the chain leaves out as a degree
        before = BYLINE_FROM.sub("", before)  # "Kontribusi dari Agus": the label, "dari" or "oleh", the name
        label = BYLINE_LABEL.search(before, _last_word_start(before) - 1)
        if label is not None and label.group("word").lower() in self.lex.byline_words:
            at_line_start = before[:label.start("word")].strip(" |·•,(-–") == ""
            # "Foto: Suasana rapat di ...": common words going on in lower case open the caption's sentence
            caption = re.match(r"[ \t]+[a-z]", rest) is not None and \
                all(w.bare.lower() in self.lex.common_words for w in chain)
            if (label.group("colon") or at_line_start) and not caption:
                return True
        if not before.strip() and not rest.strip() and self._label_line_above(text, line_start):
            return True
        if SIGN_OFF.search(before) and not rest.strip(" \t."):
            return True
        if before.strip() == "(" and rest.strip() == ")":
            return True  # "(RM. Agus)" alone on its line: the writer signs off under the article
        if SIGN_OFF_BRACKET.search(before) and rest.strip() == ")" and self._signed_name(chain):
            return True  # "... kata dia. (Agus)": the same at the end of the last paragraph
        outlet = LABEL_OUTLET_COMMA.match(before)
        if outlet is not None and outlet.group("label").lower() in self.lex.byline_words and \
                outlet.group("word").lower() in self.lex.byline_words:
            return True  # "Laporan wartawan Kotapos, Agus Salim"
        if OUTLET_SLASH.search(before) and rest.lstrip().startswith(")") and len(chain) >= 2 and self._plain_name(chain):
            return True  # "(Analisadaily/Agus Salim)": the outlet, then its photographer ("(Agus/Kompas)": below)
        after = text[chain[-1].end:chain[-1].end + 2]
        # "(Agus/Kompas)", and a photo credit after a caption: "... | Agus/Kompas.com"
        return (before.endswith("(") or before.rstrip().endswith("|")) and after.startswith("/")

    def _wrapped_post_start(self, doc: Doc, text: str, sentence_start: int) -> int:
        """"dibuka Wali\nKota X", "Kepala Badan Perencanaan\nDaerah Kota Y, X": a sentence opening a line whose post
        starts on the line above (broken inside, or in a text wrapped by hand, maybe only its office's capitalised
        words after it) starts with the sentence above."""
        if sentence_start == 0 or text[sentence_start - 1] != "\n":
            return sentence_start
        above = sentence_of(doc, sentence_start - 1)[0]
        if text[above:sentence_start].rstrip().endswith((".", "!", "?", ":", ";", '"', "”", ")")):
            return sentence_start
        for m in self.position_re.finditer(text, above, min(len(text), sentence_start + 60)):
            if m.start() < sentence_start - 1 < m.end() or m.start() < sentence_start - 1 and \
                    WRAPPED_POST_TAIL.fullmatch(text, m.end(), sentence_start - 1) and _wrapped_text(text):
                return above  # (elsewhere a line ending with a post may close a paragraph without its full stop)
        return sentence_start

    def _plain_name(self, chain: list[_Word]) -> bool:
        """Words written as a name ("Agus", not "GOPOS", "Hum" or "Kaltimtoday.co") and no outlet's."""
        return all(len(w.bare) >= 4 and any(ch.islower() for ch in w.bare) and "." not in w.text
                   and w.bare.lower() not in self.lex.outlet_words for w in chain)

    def _signed_name(self, chain: list[_Word]) -> bool:
        """"(Nana)", "(Hanang Widiandhika)" closing a paragraph: words written as a name, not all of them words of
        common use or of the dictionary, none a role's or an outlet's ("(Raja)", "(Istimewa)", "(Wahyu Humas)",
        "(Advertorial)", "(Gopos)" sign no one)."""
        def common(low: str) -> bool:
            return low in self.lex.common_words or _dictionary_word(low)

        return len(chain[0].bare) >= (4 if len(chain) == 1 else 3) and chain[0].bare[0].isupper() and all(
            len(w.bare) >= 3 and w.bare[1:].islower() and w.bare.lower() not in self.lex.not_names and
            not self._is_role_word(w.bare) and w.bare.lower() not in self.lex.byline_words and
            not self._outlet_word(w.bare.lower()) for w in chain) and \
            not all(common(w.bare.lower()) for w in chain)  # ("Mad sutisna": one word of a name is enough)

    def _outlet_word(self, low: str) -> bool:
        """An outlet's word of data/outlet_words.txt, alone or closing a word ("Gopos", "Manadopost")."""
        return low in self.lex.outlet_words or any(len(low) > len(w) + 1 and low.endswith(w)
                                                   for w in self.lex.outlet_words if len(w) >= 3)

    def _label_line_above(self, text: str, line_start: int) -> bool:
        """"Editor" alone on the line above a name alone on its own: the credit is split over two lines."""
        if line_start == 0:
            return False
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above = text[above_start:line_start].strip().rstrip(":").strip()
        return above.lower() in self.lex.byline_words

    def _capitalised_bylines(self, text: str) -> list[tuple[int, int, str]]:
        """"LAPORAN : ADY", "By MS LEMPOW": a credit whose name is written in capitals, which the name chains
        leave out as an acronym. The label opens the line, the name ends it, and no word of it is an outlet's
        or a known non-name ("Foto: ANTARA" is no person)."""
        found = []
        for m in list(CREDIT_FOR.finditer(text)) + list(BRACKETED_CREDIT.finditer(text)) + \
                list(ADDRESS_SLASH_CREDIT.finditer(text)) + list(DASHED_CREDIT.finditer(text)) + \
                list(GLUED_DASH_CREDIT.finditer(text)):
            label = m.groupdict().get("label")
            if label is not None and label.lower() not in self.lex.byline_words:
                continue
            if m.re is BRACKETED_CREDIT and INITIALS_PAIR.fullmatch(m.group()):
                continue  # "(BIM/TOK)": the writer's and editor's initials, no names
            if not any(self._is_role_word(w.rstrip(".")) or w.lower().rstrip(".") in self.lex.outlet_words
                       or w.lower() in self.lex.byline_words or w.lower() in self.lex.institutions
                       or squash(w) in self.place_keys  # (a not_names word is a role word here)
                       for w in m.group("name").split()) and squash(m.group("name")) not in self.place_keys:
                found.append((m.start("name"), m.end("name"), m.group("name")))
        for m in OUTLET_CAPITALS_CREDIT.finditer(text):
            if _outlet_of_text(text, "".join(m.group("outlet").split())) and not any(
                    self._is_role_word(w) or w.lower() in self.lex.outlet_words or w.lower() in self.lex.institutions
                    or w.lower() in self.lex.byline_words or squash(w) in self.place_keys
                    for w in m.group("name").split()):
                found.append((m.start("name"), m.end("name"), m.group("name")))
        for m in DATED_CAPITALS_BYLINE.finditer(text, 0, HEAD_CHARS):
            line = text[text.rfind("\n", 0, m.start()) + 1:m.start("name")]
            degrees = [d for d in re.split(r"[ \t,]+", m.group("degrees")) if d]
            if YEAR.search(line) and all(squash(d) in self.lex.degrees for d in degrees) and not any(
                    self._is_role_word(w) or w.lower() in self.lex.outlet_words or w.lower() in self.lex.institutions
                    or squash(w) in self.place_keys for w in m.group("name").split()):
                found.append((m.start("name"), m.end("name"), m.group("name")))
        for m in list(CAPITALISED_BYLINE.finditer(text)) + list(LABEL_ABOVE_CAPITALS.finditer(text)) + \
                list(LABELLED_SLASH_CREDIT.finditer(text)):
            words = m.group("name").split()
            labels = [part.strip().lower() for part in m.group("label").split("/")]  # "Reporter / Redaktur"
            if any(label not in self.lex.byline_words for label in labels) or any(
                    w.lower().rstrip(".") in self.lex.outlet_words or w.lower().rstrip(".") in self.lex.not_names
                    or w.lower().rstrip(".") in self.lex.institutions or squash(w) in self.place_keys
                    for w in words):
                continue
            if m.re is CAPITALISED_BYLINE and m.group("colon") is None and labels != ["by"] and labels != ["oleh"]:
                continue
            if len(words) == 1 and len(words[0].strip(".")) < 3:
                continue  # "Penulis : EN": the writer's initials, not a name
            found.append((m.start("name"), m.end("name"), m.group("name")))
        return found

    def _lowercase_bylines(self, text: str) -> list[tuple[int, int, str]]:
        """"Kamis 02 Agustus 2018\nagus salim": two or three lowercase words alone on the line under a short line
        with a year (the page's date), in the article's head, are the writer's name; so are one to three after a
        credit's label and colon ("| Editor: agus salim"), or in brackets closing a caption ("Foto: ... (agus)")."""
        found = []
        for m in SITE_DASH_CREDIT.finditer(text):
            if not (self._is_role_word(m.group("name")) or m.group("name") in self.lex.common_words or
                    m.group("name") in ("admin", "redaksi") or m.group("name") in self.lex.outlet_words):
                found.append((m.start("name"), m.end("name"), m.group("name")))
        for m in LOWERCASE_BYLINE.finditer(text, 0, HEAD_CHARS):
            above = text[text.rfind("\n", 0, m.start() - 1) + 1:m.start()]
            if YEAR.search(above) and len(above.split()) <= 6 and not any(
                    self._is_role_word(w) or w in self.lex.byline_words or w in self.lex.outlet_words
                    for w in m.group("name").split()):
                found.append((m.start("name"), m.end("name"), m.group("name")))
        captions = []
        for m in CAPTION_LOWERCASE.finditer(text):
            label = CAPTION_LABEL.match(text, text.rfind("\n", 0, m.start()) + 1)
            if label is not None:
                captions.append((label, m))
        for label, m in [(m, m) for m in LABELLED_LOWERCASE.finditer(text)] + captions:
            if label.group("label").lower() in self.lex.byline_words and not any(
                    self._is_role_word(w) or w in self.lex.byline_words or w in self.lex.outlet_words
                    or w in self.lex.not_names for w in m.group("name").split()):
                found.append((m.start("name"), m.end("name"), m.group("name")))
        return found

    def _strip_honorifics(self, chain: list[_Word]) -> list[_Word]:
        words = list(chain)
        while len(words) > 1 and (squash(words[0].bare) in self.lex.honorifics or
                                  len(words) < len(chain) and self._title_abbreviation(words[0])):
            words.pop(0)
        while len(words) > 1:
            if squash(words[-1].bare) in self.lex.degrees:
                words.pop()
            elif len(words) > 3 and len(words[-2].bare) == 1 and words[-2].bare.isupper() and \
                    squash(words[-2].bare + words[-1].bare) in self.lex.degrees:
                del words[-2:]  # "M Eng": a degree's letters spaced, its dot left out
            else:
                break
        return words

    def _post_right_before(self, text: str, at: int) -> bool:
        """"Menurut Kepala Dinas Kominfo Kota Batu, Bambang, inovasi ...": a capitalised position right before the
        name, only its capitalised office, region and a comma between them: a person, whatever follows."""
        before = text[max(0, at - POST_REACH):at]
        last = None
        for last in self.position_re.finditer(before):
            pass
        return last is not None and last.group(0)[:1].isupper() and \
            POST_TAIL.fullmatch(before, last.end()) is not None and not _in_title_case_line(text, at)

    def _title_abbreviation(self, word: _Word) -> bool:
        """"Ir. H. Ec. Sutrisno": after an honorific, a short dotted word no first name abbreviates ("Moh.") is
        a title too."""
        return TITLE_ABBREVIATION.fullmatch(word.text) is not None and \
            word.bare.lower() not in self.lex.name_abbreviations

    # -- cues ----------------------------------------------------------------------------------------------
    def _cue(self, doc: Doc, text: str, chain: list[_Word], name_words: list[_Word],
             regions: list[tuple[int, int, str]], names: list[tuple[int, int]], proposed: bool = False,
             byline: bool = False) -> tuple[str, str | None, str | None, str | None, int] | None:
        """(category, role, affiliation, region, strength) when the context marks the chain as a person.

        `names`: the spans of the names the trained model found; `proposed`: it labels this name PER; `byline`: a
        byline label stands before it.
        """
        if byline:
            return self._finish("other", None, None, None, EVIDENCE["position"])
        start, end = chain[0].start, chain[-1].end
        sentence_start = self._wrapped_post_start(doc, text, sentence_of(doc, start)[0])
        left = text[sentence_start:start]
        # "Barry Simorangkir, B.Sc, M.Sc, sebagai pendamping": the degrees stand between name and position
        raw_right = text[end:end + 200]
        below = POST_LABEL_BELOW.match(raw_right)
        if below is not None and NAME_LABEL.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
            # "Nama : X\nJabatan : Y": a form's post, labelled on the line below the name, reads as "X, Y"
            raw_right = "," + " " * (below.end() - 1) + raw_right[below.end():]
        right = self._without_degrees(raw_right)
        affiliation = self._affiliation_after(right)
        first_of_sentence = not left.strip(" \t\"“'‘")
        after = self._own_position_after(raw_right, right, end, names, proposed, first_of_sentence)
        before = self._position_before(left, sentence_start, regions, names, text[start:end])
        if before is None and after is None:
            before = self._post_line_above(text, name_words[0].start, end, regions, names)
        if before is not None and TEAM_OBJECT.search(left) and re.match(r"\s+(?:(?:juga|pun|lalu|kemudian)\s+)?(?:me|ber)[a-z]{3,}", raw_right):
            before = None  # "dengan Tim Evaluator, X menjelaskan": the team closes a phrase, X opens the clause
        if before is not None and after is not None and before[1] and right.lstrip().startswith(",") and \
                (right != raw_right and self._previous_items_role(left, before[1]) or
                 self._previous_names_role(left, before[1])):
            # "A, SH, Asisten Tenaga Ahli, B, SE, MM, Kepala Dinas Kominfo": in a list of names each followed by its
            # degrees and its position, the position before B is A's
            before = None
        if before is not None:
            category, role, inst, region = before
            represented = self._represented_ministry(left, role) if category == "other" else None
            if represented is not None:
                category, inst = "ministry", inst or represented
            if after is not None and after[0] == "assessor" and AFTER_ROLE.match(right):
                category, role = "assessor", role or after[1]
            elif after is not None and category == "other" and after[0] in ("regional_official", "ministry") and \
                    AFTER_ROLE.match(right):
                category = after[0]  # "Ketua APEKSI X yang juga Wali Kota ...": the office in government
            listed = self._in_assessor_list(text[max(text.rfind("\n", 0, start) + 1, start - 600):start])
            if listed and category == "other" and role and not COUNCIL.search(role):
                category = "assessor"  # "tim ahli yakni ..., CIO Citi Asia, X": a list's item outside government
            category = self._programme_role(category, role, inst or affiliation, left, listed, _guidance(text))
            return self._finish(category, role, inst or affiliation, region, EVIDENCE["position"])
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
                inst = self._institution_from(right[right.lower().find(role.lower()) + len(role):])
            listed = self._in_assessor_list(text[max(text.rfind("\n", 0, start) + 1, start - 600):start])
            if listed and right[:self._coordinated_tail(right)].strip() and category == "other":
                # "tim asesor yaitu A, B, serta C selaku pemandu": the list's cue files A and B, the role is C's
                return self._finish("assessor", None, affiliation, None, EVIDENCE["list"])
            category = self._programme_role(category, role, inst or affiliation, left, listed, _guidance(text))
            strong = AFTER_ROLE.match(right) or self._coordinated_tail(right) > 0
            return self._finish(category, role, inst or affiliation, None,
                                EVIDENCE["position"] if strong else EVIDENCE["after"])
        if SERVES_AS_ASSESSOR.match(right) or FROM_ASSESSOR_TEAM.match(right):
            return self._finish("assessor", None, affiliation, None, EVIDENCE["after"])
        acting = ACTING_HEAD.search(left)
        if acting is not None and acting.group("office").lower() not in self.lex.institutions:
            # "Plt. BPBD Robert Manurung": the acting head of a regional office named by its acronym
            return self._finish("regional_official", acting.group(0).strip(), None, None, EVIDENCE["position"])
        follows = re.match(r"[ \t]+", raw_right)
        ministry_after = self.institution_re.match(raw_right, follows.end()) if follows else None
        entry = self.lex.institutions.get(ministry_after.group(0).lower()) if ministry_after else None
        if ministry_after is not None and entry is not None and entry[1] == "ministry" and \
                (proposed or len(name_words) > 1) and \
                re.match(r"[ \t]*(?:RI\b)?[ \t]*(?:[,.;)\n]|$)", raw_right[ministry_after.end():]):
            # "diterima oleh ibu Dwi Efrida Ditjen Aptika": the ministry or its unit right after the name
            return self._finish("ministry", None, ministry_after.group(0), None, EVIDENCE["after"])
        unit = self._ministry_before(left)
        if unit is not None and (proposed or len(name_words) > 1 and unit[0] is not None):
            return self._finish("ministry", unit[0], unit[1], None, EVIDENCE["after"])
        if LEADER_WORD.search(left) and LEADER.search(left):
            region = next((r[2] for r in reversed(regions) if sentence_start <= r[0] < start and r[2]), None)
            return self._finish("regional_official", None, None, region, EVIDENCE["after"])
        # a list may run over a false sentence end ("..., MURP., Ph.D (UGM), Prof. ..."): read it from the
        # paragraph's start; the gap check still allows only list items between the cue and the name
        paragraph = text[max(text.rfind("\n", 0, start) + 1, start - 600):start]
        honorific = len(chain) > len(name_words) and squash(chain[0].bare) in self.lex.honorifics
        first_after = re.split(r"[,\s]+", raw_right.strip(" ,"), maxsplit=1)[0].rstrip(".") if raw_right.strip(" ,") else ""
        degree = squash(first_after) in self.lex.degrees and first_after[:1].isupper()
        # "yaitu Bapak Drs. Siswoko, M.Si, ...": a one-word name is a list item when a title or degree marks it
        # ("Dr. Ing. Haryo": a title with its dot before the name is none)
        titled = (honorific or degree) and not (name_words[-1].text.endswith(".") and re.match(r"\s+[A-Z]", raw_right))
        if (len(name_words) > 1 or proposed or titled) and self._in_assessor_list(paragraph):
            return self._finish("assessor", None, affiliation, None, EVIDENCE["list"])
        # with no position of their own, a person of an assessor sentence is an assessor when the model alone
        # found them or when an institution follows the name ("tim asesor beranggotakan A dari IPB, ...")
        sentence = text[sentence_start:sentence_of(doc, start)[1]]
        # "Di hadapan tim penilai, X menjelaskan ...": the assessors are whom X speaks to
        assessor_sentence = _assessor_sentence(sentence) and not TEAM_OBJECT.search(left)
        if not assessor_sentence and OF_THEM.match(sentence) and sentence_start > 0:
            # "Para penilai berasal dari ... . Dua di antaranya adalah A dari ITB ...": the people picked out of
            # the assessors the sentence before names
            previous = sentence_of(doc, sentence_start - 1)
            assessor_sentence = _assessor_sentence(text[previous[0]:previous[1]])
        from_body = affiliation is not None or re.match(FROM_ORG.pattern + r"[A-Z]|^\s*\([A-Z]", right) is not None
        if not assessor_sentence and from_body and sentence_start > 0 and affiliation is not None and \
                (self.lex.institutions.get(affiliation.lower()) or ("", ""))[1] in ("academic", "company"):
            # "Tim penilai terdiri atas akademisi dan praktisi. X dari ITB menyoroti ...": a person of a university
            # or a consultancy right after the sentence presenting the assessors is one of them
            previous = sentence_of(doc, sentence_start - 1)
            assessor_sentence = ASSESSOR_WORD.search(text[previous[0]:previous[1]]) is not None
        weak = "assessor" if assessor_sentence and from_body else "other"
        if self._regional_body_after(right) and proposed:
            # "X dari Diskominfo Kota Palu", "X (Bappeda Sigi)": one of a regional government's offices
            return self._finish("regional_official", None, None, None, EVIDENCE["weak"])
        ministry_unit = self._ministry_unit_after(right)
        if ministry_unit is not None and weak == "other" and (len(name_words) > 1 or proposed):
            # "X dari Direktorat Layanan Aplikasi Kominfo", "X (Ditjen Bina Bangda Kemendagri)": a unit of a ministry
            # (of an assessor sentence the assessors' member, above)
            return self._finish("ministry", None, ministry_unit, None, EVIDENCE["weak"])
        if (honorific or degree) and (len(name_words) > 1 or degree):
            return self._finish(weak, None, affiliation, None, EVIDENCE["weak"])
        speech = SPEECH.search(left, max(0, len(left.rstrip()) - SPEECH_LONGEST)) is not None  # (it ends `left`)
        if speech and (len(name_words) > 1 or proposed):
            return self._finish(weak, None, affiliation, None, EVIDENCE["weak"])
        # a one-word name the model alone proposes must act or speak: "Suparjo menjelaskan", "kata Wartini"
        # ("Materi disampaikan ..." starts a sentence with a capital and no person)
        acts = speech or re.match(r"^\s*,?\s*(?:me|ber)[a-z]{3,}", raw_right) is not None
        if proposed and (len(name_words) > 1 or acts or not first_of_sentence):
            return self._finish("assessor" if assessor_sentence else "other", None, affiliation, None,
                                EVIDENCE["weak"])
        return None

    def _own_position_after(self, raw_right: str, right: str, end: int, names: list[tuple[int, int]], proposed: bool,
                            first_of_sentence: bool) -> tuple[str, str | None, str | None] | None:
        """The position right after the name that ends at `end` (`raw_right` the text after it, `right` the same
        without degrees), unless it runs on into a name the model found (`names`, spans)."""
        after = self._position_after(right, bare=proposed)
        opening = OPENING_POSITION.match(raw_right) if first_of_sentence else None
        if after is None and opening is not None and not any(end < n < end + opening.end() for n, _ in names):
            # "Rustam Ketua Komisi III DPRD Bontang menambahkan": a name opening the sentence, its position
            # right after it and then the verb ("Mantan Bupati X Sri Purnomo menyatakan": a name follows, no)
            after = self._position_after(right, bare=True)
        if after is not None and after[1] and (at := right.find(after[1])) >= 0:
            at += end + len(raw_right) - len(right)
            # the phrase runs on over the institution after the role ("Kepala Dinas" "Kominfo")
            until = at + len(after[1]) + (len(after[2]) + 1 if after[2] else 0)
            # (a name opening the next line is the next item of a list: "A, Kepala Bappeda\nB - Sekda")
            line_end = end + (raw_right.find("\n") if "\n" in raw_right else len(raw_right))
            if any(at < n <= until + 1 and n <= line_end for n, _ in names):
                return None  # "A, Sekretaris B dan C": the position after A is B's
        return after

    def _ministry_before(self, left: str) -> tuple[str | None, str] | None:
        """(unit, ministry) when a ministry's name, or its unit's, stands right before the name as its title
        ("Ditjen Aptika Kemenkominfo X", "Pimpinan Proyek Smart City Kementerian Kominfo X"); a comma may stand
        before the name only after a unit of the ministry ("Ditjen Aplikasi Informatika, Kemenkominfo X")."""
        found = self._last_ministry(left)
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

    def _last_ministry(self, text: str) -> re.Match[str] | None:
        """The last institution `text` names, when it is a ministry (data/institutions.csv), else None."""
        found = None
        for found in self.institution_re.finditer(text):
            pass
        entry = self.lex.institutions.get(found.group(0).lower()) if found else None
        return found if entry is not None and entry[1] == "ministry" else None

    def _programme_role(self, category: str, role: str | None, inst: str | None, left: str,
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
        entry = self.lex.institutions.get(inst.lower()) if inst else None
        if PRESENTER_ROLE.match(role) and (entry is not None and entry[0] in ("Kemenkominfo", "Komdigi") or guidance):
            return "assessor"  # a presenter of the ministry, or any presenter of a technical guidance (`guidance`)
        if guidance and category == "other" and entry is not None and entry[1] == "academic":
            return "assessor"  # "Guru Besar ... UGM" speaking at a technical guidance: one of its guides
        if category == "other" and (listed or ASSESSOR_SENTENCE.search(left)) or \
                category == "ministry" and ASSESSOR_WORD.search(left):
            return "assessor"
        return category

    def _institution_from(self, following: str) -> str | None:
        """The institution of "dari <institution>" at the start of `following`."""
        m = FROM_ORG.match(following)
        found = self.institution_re.match(following[m.end():]) if m else None
        return found.group(0) if found else None

    def _previous_items_role(self, left: str, role: str) -> bool:
        """True when `role`, the position written last in `left`, follows the degrees of an earlier name and a
        comma ("A, SH, Asisten Tenaga Ahli, "): that name's position, written after it."""
        at = left.rfind(role)
        if at < 0:
            return False
        head = left[:at].rstrip()
        if not head.endswith(","):
            return False
        words = head[:-1].split()
        return bool(words) and words[-1][:1].isupper() and (squash(words[-1].rstrip(".")) in self.lex.degrees or
                                                           DEGREE_SHAPE.match(words[-1].rstrip(".")) is not None)

    def _previous_names_role(self, left: str, role: str) -> bool:
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
        opened_by_post = len(words) > 2 and not words[-3].endswith(",") and self._is_role_word(words[-3].rstrip("."))
        return len(last) == 2 and not opened_by_post and all(
            self._name_shaped(w, True) and not self._is_role_word(w.rstrip(".")) and squash(w) not in self.place_keys
            for w in last) and squash(" ".join(last)) not in self.place_keys and \
            not any(w.lower() in self.lex.institutions for w in last)

    def _without_degrees(self, right: str) -> str:
        """The text after a name with the degrees that follow it left out (", S.E., M.Si" and the like)."""
        cut = 0
        for w in re.finditer(r"\s*,?\s*([A-Za-z][A-Za-z.]{0,9})", right):
            token = w.group(1).rstrip(".")
            if w.start() != cut or not token[:1].isupper() or not (
                    squash(token) in self.lex.degrees or DEGREE_SHAPE.match(token)):
                break
            cut = w.end()
        return right[cut:]

    def _position_ends_before(self, filler: str) -> bool:
        """"Bupati dan Sapa Warga", "Menurut Sekda, program Bogor Sehat": a conjunction, or a comma and a
        lower-case word, ends the position before the capitalised words that follow; so does a comma and a
        conjunction at its end ("A, akademisi ..., dan B")."""
        words = [w.group(0) for w in WORD.finditer(filler)]
        if words and all(w.lower() in ("dan", "serta", "atau") for w in words):
            return True
        if len(words) >= 2 and words[-2] == "," and words[-1].lower() in ("dan", "serta"):
            return True  # "A, akademisi kebijakan publik, dan B": the next item of a list
        return len(words) >= 2 and words[0] == "," and words[1][:1].islower() and \
            squash(words[1].rstrip(".")) not in self.lex.honorifics

    def _ends_with_comma(self, filler: str) -> bool:
        """True when the filler ends with a comma, honorifics after it aside ("..., Dr. H.", "..., Prof.Dr.Ir."), or
        with a spaced dash on the name's line ("- Bupati Brebes - Name": a list's item)."""
        words = [w.group(0) for w in WORD.finditer(filler)]
        while words and honorifics_only(words[-1]):
            words.pop()
        return bool(words) and (words[-1] == "," or words[-1] in DASHES and "\n" not in filler)

    def _coordinated_tail(self, right: str) -> int:
        """Length of "dari IPB dan B dari CitiAsia " before a shared "selaku/sebagai", else 0."""
        for w in WORD.finditer(right[:160]):
            token = w.group(0)
            if token.lower() in ("selaku", "sebagai"):
                return w.start()
            if token.lower() in COORDINATED_TAIL_WORDS or token[0].isupper() or \
                    token.lower().rstrip(".") in self.lex.institutions:
                continue
            return 0
        return 0

    def _in_assessor_list(self, left: str) -> bool:
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
            if token.lower() in LIST_GAP_WORDS or token[0].isupper() or squash(token) in self.lex.degrees \
                    or squash(token) in self.lex.honorifics or token.lower() in self.lex.institutions:
                continue
            return False
        return True

    def _finish(self, category: str, role: str | None, inst: str | None, region: str | None, strength: int
                ) -> tuple[str, str | None, str | None, str | None, int]:
        entry = self.lex.institutions.get(inst.lower()) if inst else None
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
                not NATIONAL_UNIT.search(role) and any(self._regional_office_word(w, places=False) for w in office_words):
            # "Koordinator Command Center Diskominfo Kota X", "Analis Kebijakan Bappeda X": a post of a regional
            # office; "Koordinator Kadis Kominfo se-Sumut": heads of a regional office, whatever ministry's short
            # name their office shares
            category = "regional_official"
        if category == "ministry" and role and COMPANY.search(role):
            category, region = "other", None  # "Direktur Operasional PT X"
        if category in ("regional_official", "other") and region is None and role and NATIONAL_UNIT.search(role) and \
                not (COMPANY.search(role) or ACADEMIC_UNIT.search(role) or COUNCIL.search(role)) and \
                not any(self._regional_office_word(w) for w in re.findall(r"[\w-]+", role)):
            # "Ketua Tim Smart City Direktorat Layanan Aplikasi ...", "perwakilan Ditjen Aptika": a unit of a ministry
            category = "ministry"
        if category == "other" and role and not (COMPANY.search(role) or ACADEMIC_UNIT.search(role)) and \
                self._last_ministry(role) is not None and \
                not any(self._regional_office_word(w, places=False) for w in re.findall(r"[\w-]+", role)):
            category = "ministry"  # "salah satu staf Kominfo X": the staff of a ministry
        if category == "other" and role and not (COUNCIL.search(role) or COMPANY.search(role) or ACADEMIC_UNIT.search(role)
                                                 or "konsultan" in role.lower()) and \
                any(self._regional_office_word(w, places=False) for w in re.findall(r"[\w-]+", role)):
            category = "regional_official"  # "staf Diskominfo Kota X", "petugas Dinas Perhubungan": the office's staff
        return category, role, canonical, region, strength

    def _post_line_above(self, text: str, start: int, end: int, regions: list[tuple[int, int, str]],
                         names: list[tuple[int, int]]) -> tuple[str, str | None, str | None, str | None] | None:
        """A post alone on the line above a name opening its line, as a list, a table or a signature lays them out
        ("Kepala Dinas Kominfo Kota X\nName"): the post before the name, read across the line break."""
        line_start = text.rfind("\n", 0, start) + 1
        if not line_start or not all(squash(w.strip(".")) in self.lex.honorifics
                                     for w in re.split(r"[\s.]+", text[line_start:start]) if w):
            return None  # (only titles may stand before the name on its line: "Dr. Ir. Name")
        above = text.rfind("\n", 0, line_start - 1) + 1
        line = text[above:line_start - 1]
        stripped = LIST_ITEM.sub("", line)
        if not self.position_re.match(stripped.strip()) or len(line.split()) > POST_LINE_WORDS or \
                re.search(r"[,;.:]\s*\S|[.:;,]\s*$", line):
            return None
        return self._position_before(line + " " + text[line_start:start], above, regions, names, text[start:end])

    def _position_before(self, left: str, offset: int, regions: list[tuple[int, int, str]],
                         names: list[tuple[int, int]], name: str
                         ) -> tuple[str, str | None, str | None, str | None] | None:
        """A position phrase before the name, possibly followed by its region or institution.

        Between the position and the name only role words, regions and institutions may stand; any other
        words are allowed only when a comma sets the name apart ("Kadis Kominfo Lamteng, Hj. Nurhasanah"), and
        never a name the model found before it (`names`, spans): "Sekretaris A dan B, C" gives C no position.
        """
        matches = list(self.position_re.finditer(left))
        for m in reversed(matches):
            filler = self._blank_abbreviations(left[m.end():])
            # "Wakil Bupati Kutai H Rendi": one word between the head of a region and the name (with its honorifics)
            # is the region's short form
            short = re.match(r"^\s*([A-Z][a-z]+)(?:\s+(?:H|Hj|Dr|Ir|Drs|Dra|Prof)\.?)*\s*$", filler)
            if short is not None and self._position_category(m.group("pos"))[1]:
                filler = filler[:short.start(1)] + " " * len(short.group(1)) + filler[short.end(1):]
            role_start = m.start()
            spelt_position = None
            close = -1
            if filler.count(")") > filler.count("("):
                # "Sekertaris Daerah (Sekda) X": the short form of a position spelt out before the bracket
                spelt = self._spelt_out_before(left, m.start())
                if spelt is None:
                    continue  # "A (Dosen UKSW), B": the position belongs to the earlier item, inside its brackets
                close = filler.find(")")
                filler = " " * (close + 1) + filler[close + 1:]
                role_start = spelt
                # "Sekretaris Kabupaten (Seskab) X": the spelt-out post decides, not its ambiguous short form
                # (Seskab is also the cabinet secretary)
                spelt_post = self.position_re.match(left, spelt)
                if spelt_post is not None:
                    spelt_position = spelt_post.group("pos")
            if self._position_ends_before(filler):
                if m is matches[-1]:
                    return None
                continue
            appositive = self._ends_with_comma(filler)
            # "Country Director sebuah perusahaan teknologi, Michael Tanoto": a descriptive phrase is allowed
            # between a non-government position and the name
            loose = self._position_category(m.group("pos"))[0] == "other"
            role_end = m.end() + close + 1
            region = inst = None
            ok = True
            client = False
            # "Kadis LHKPP", "Kepala UPTD War Room": the acronym of the office a regional head leads
            office_acronym = HEAD_OF_OFFICE.match(m.group("pos").lower()) is not None or \
                self._position_category(m.group("pos")) == ("regional_official", "")
            # "Kasubag Kerja Sama Setkab Kukar X": the unit's name before the word of its office is the post's
            office_at = max((w.start() for w in WORD.finditer(filler)
                             if self._regional_office_word(w.group(0), places=False)), default=-1)
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
                        self._position_category(m.group("pos"))[0] == "assessor" and \
                        CLIENT_OF_COACH.match(filler, w.end()) is not None:
                    client = True  # "Pembimbing ... untuk Kabupaten X, Dr Y": the region coached is not Y's
                elif (self._is_role_word(token) or w.start() < office_at and (token[:1].isupper() or token in UNIT_JOINS)
                      or office_acronym and token.isupper() and 3 <= len(token) <= 8
                      and token.lower() not in self.lex.institutions) and not (inst or region):
                    role_end = m.end() + w.end()  # "Kadis LHKPP": the acronym of the office headed
                elif self.institution_re.fullmatch(token) or (inst and token in {"RI", "Republik", "Indonesia"}):
                    inst = inst or token
                elif token in {"RI", "Republik", "Indonesia"} and not region:
                    continue  # "Wakil Presiden Republik Indonesia H. M. Yusuf Kalla"
                elif self._is_role_word(token) or token in FILLER_MARKS:
                    if region is None and inst is None and token not in FILLER_MARKS:
                        role_end = m.end() + w.end()
                elif token.lower() in ("di", "pada") and not (inst or region) and \
                        OFFICE_AFTER.match(filler[w.end():]) is not None:
                    continue  # "Kepala Seksi Aplikasi di Dinas Kominfo Kota Bima, X": the unit's office
                elif any(a == absolute and b <= offset + len(left) and left[a - offset:b - offset] != name and
                         self._names_only(left[b - offset:]) for a, b in names):
                    return None  # "Sekretaris A dan B, C": the position is A's, B and C only follow A
                elif honorifics_only(token) or squash(token) in self.lex.degrees \
                        or squash(token) in self.place_keys \
                        or appositive and (token[0].isupper() or loose and len(filler.split()) <= 8):
                    continue
                elif appositive and token.lower() in UNIT_JOINS and re.match(r"\s*[A-Z]", filler[w.end():]):
                    continue  # "Kepala Seksi Data dan Statistik pada Bidang TIK Diskominfo X, Name": a unit's name
                else:
                    ok = False
                    break
            if not ok:
                # the institution may be written out in several words ("Kementerian Komunikasi dan Informatika")
                found = self.institution_re.search(filler)
                # "... Kementerian X (KemenX) Republik Indonesia, Dr. Y": its short form, the country and the
                # name's honorifics may follow it
                rest = re.sub(r"^\s*(?:RI|Republik\s+Indonesia)\b", "", re.sub(r"\([^()]{1,30}\)", "", filler[found.end():])) \
                    if found else ""
                rest = " ".join(w for w in rest.replace(",", " ").split() if squash(w.rstrip(".")) not in self.lex.honorifics)
                if found is None or rest.strip(" ,") != "":
                    if m is matches[-1] and not appositive:
                        return None
                    continue
                inst = found.group(0)
            position = spelt_position or m.group("pos")
            category, kind = self._position_category(position)
            # a bureau (Biro) is a unit of a ministry unless a region is named ("Kepala Biro Humas Kominfo")
            national = re.search(r"\b(?:Direktorat|Ditjen|Kementerian|Kemenkominfo|Biro)\b", left[m.start():role_end])
            if inst is None and region is None and (national or not any(
                    AGENCY.match(w.lower()) or w.lower() == "dinas" for w in left[m.start():role_end].split())):
                # "Perwakilan Direktorat Jenderal Aplikasi Informatika Kominfo": the ministry is in the role
                found = self.institution_re.search(left[m.start():])
                entry = self.lex.institutions.get(found.group(0).lower()) if found else None
                if entry is not None and entry[1] == "ministry":
                    inst = found.group(0) if found else None
                    category = "ministry" if category in ("other", "regional_official") else category
            if inst is None and category == "ministry":
                # "Staf Ahli Menteri Kominfo": the ministry is written inside the position
                found = self.institution_re.search(left[m.start():role_end])
                inst = found.group(0) if found else None
            entry = self.lex.institutions.get(inst.lower()) if inst else None
            if entry is not None and entry[1] == "ministry" and kind not in ("kabupaten", "kota", "provinsi") \
                    and category in ("regional_official", "other"):
                category = "ministry"
            role = re.sub(r"\s+", " ", left[role_start:role_end]).strip(" ,")
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
            if selaku and self.position_re.fullmatch(selaku.group(1).strip()):
                role = f"{selaku.group(1).strip()} selaku {role}"
            return category, role, inst, region
        return None

    def _names_only(self, text: str) -> bool:
        """True when `text` holds nothing but capitalised words that are no role words, acronyms or offices,
        joined by commas and a "dan"/"serta": the rest of a list of names ("dan Budi Santoso, "). A list of
        positions and names ("Sekda X A, B Kasubag ...") joins its items by commas only."""
        if not re.search(r"\b(?:dan|serta)\b", text):
            return False
        for token in text.replace(",", " , ").split():
            if token in (",", "dan", "serta"):
                continue
            bare = token.rstrip(".")
            if INITIALS.match(token) or squash(bare) in self.lex.degrees or squash(bare) in self.lex.honorifics:
                continue  # "Piet H.K. Pungus, S.Pd": initials and degrees inside the list
            if not (bare[:1].isupper() and any(ch.islower() for ch in bare)) or self._is_role_word(bare) or \
                    ACTING.match(bare) or bare.lower() in self.lex.institutions:
                return False
        return True

    def _spelt_out_before(self, left: str, at: int) -> int | None:
        """Where the spelt-out position before the bracket holding the position at `at` starts ("Kepala Bidang
        Teknologi Informasi (Kabid TIK)"), or None when no run of role words precedes the bracket."""
        opening = left.rfind("(", 0, at)
        if opening == -1 or len(left[opening + 1:at].split()) > 1:
            return None
        start = None
        for w in reversed(list(WORD.finditer(left[:opening]))):
            token = w.group(0).rstrip(".")
            if token.lower() in ("dan", "serta", ",") or token[:1].isupper() and self._is_role_word(token):
                start = w.start() if token[:1].isupper() else start
                continue
            break
        return start

    def _blank_abbreviations(self, filler: str) -> str:
        """"Direktur Jenderal (Dirjen) Bina Administrasi Kewilayahan (Adwil)": the bracketed short forms of a
        position's words, blanked out (offsets kept); a bracketed institution stays, it says where the holder
        works."""
        filler = BRACKETED_WORD.sub(lambda m: m.group(0) if m.group("word").lower() in self.lex.institutions
                                    else " " * len(m.group(0)), filler)
        # "(Diskominfo Staper)": a regional office's short form of two words
        return BRACKETED_OFFICE.sub(lambda m: " " * len(m.group(0)) if AGENCY.match(m.group("word").lower())
                                    else m.group(0), filler)

    def _position_after(self, right: str, bare: bool = False) -> tuple[str, str | None, str | None] | None:
        """A position stated after the name: "X, Kepala Dinas ...", "X (Kadis Kominfo ...)", "X sebagai asesor ...",
        and with `bare` also
        "X Kepala Dinas ..." """
        right = right[self._coordinated_tail(right):]
        # "menurut laporan Ardi Sepdianto Kepala Diskominfo, ...": a capitalised position may follow a name the
        # model found directly
        # ("X - Kepala Bappeda", "X<tab>Sekda": a list's or a table's line, the post after a spaced dash or a tab)
        m = AFTER_ROLE.match(right) or re.match(r"^\s*(?:,|\(|selaku|sebagai)\s*", right) or \
            self._post_line(right) or \
            (re.match(r"^[ \t]+(?=[A-Z])", right) if bare else None)
        if m is None:
            return None
        rest = right[m.end():]
        rest = ONE_OF.sub("", rest, count=1)  # "X, salah satu tim evaluasi dari UGM"
        # "X, Penjabat (Pj) Bupati Batang": the bracketed short form of an acting post stands inside the position
        rest = ACTING_SHORT_FORM.sub("", rest, count=1)
        pos = self.position_re.match(rest)
        if pos is None:
            return self._team_of_ministry(rest) if AFTER_ROLE.match(right) else None
        category, _ = self._position_category(pos.group("pos"))
        team = TEAM_AFTER_ROLE.match(rest, pos.end()) if category == "other" else None
        if team is not None and (then := self.position_re.match(rest, team.end())) is not None and \
                self._position_category(then.group("pos"))[0] == "assessor":
            category = "assessor"  # "X sebagai narasumber tim asesor ...": a presenter of the assessors' team
        if category == "assessor" and pos.group("pos").lower() == "konsultan" and CLIENT_REGION.match(rest[pos.end():]):
            category = "other"
        if category == "other" and m.group(0).strip() == "(" and not PRESENTER_ROLE.match(pos.group("pos")):
            return None  # "A (Dosen UKSW), B (Dosen UGM)": a list's items; the list's cue decides ("A (Pemateri)" no)
        phrase = re.split(r"[,.;:)\n]|\b(?:yang|mengatakan|menyampaikan|menjelaskan|menerangkan|saat|ketika)\b",
                          rest)[0].strip()
        kept = [pos.group(0)]
        for word in phrase[pos.end():].split():
            if not (self._is_role_word(word) or word[:1].isupper() or word.lower() in self.lex.institutions
                    or word.lower() in {"evaluasi", "program", "nasional"} or ASSESSOR_WORD.fullmatch(word)):
                break
            kept.append(word)
        phrase = " ".join(kept)
        inst_match = self.institution_re.search(phrase)
        inst = inst_match.group(0) if inst_match else None
        role = phrase[:inst_match.start()].strip() if inst_match else phrase
        if inst is not None and category == "regional_official" and \
                self._ministry_post(pos.group("pos"), role, inst, phrase[inst_match.end():] if inst_match else ""):
            category = "ministry"  # "X, Kepala Biro Perencanaan Kementerian Kominfo": a post of the ministry
        return category, role or None, inst

    @staticmethod
    def _post_line(right: str) -> re.Match[str] | None:
        """The spaced dash or tab before a post that closes a list's or table's line ("A - Kepala Bappeda Kota X"
        and no more: "Sampit - Kepala Dinas X mengatakan ...", a dateline before a sentence, no)."""
        m = POST_SEPARATOR.match(right)
        if m is None:
            return None
        line = right[m.end():].split("\n", 1)[0]
        return m if len(line.split()) <= POST_LINE_WORDS and not re.search(r"[,;.:]\s*\S", line) else None

    def _ministry_unit_after(self, right: str) -> str | None:
        """The unit with its ministry when a unit of a ministry follows the name with no post word, after a space, a
        comma, a bracket or "dari": "X Ditjen Aptika", "X (Direktorat Jenderal Bina Bangda Kemendagri)", "X dari
        Direktorat Layanan Aplikasi Kominfo"."""
        m = UNIT_AFTER_NAME.match(right)
        if m is None:
            return None
        phrase = re.split(r"[,.;:)\n]|\b(?:yang|mengatakan|menyampaikan|menjelaskan|menerangkan|saat|ketika)\b",
                          right[m.end():])[0].strip()
        kept = []
        for word in phrase.split():  # "X Ditjen Aptika di ruang rapat": the unit's capitalised words
            if not (word[:1].isupper() or self._is_role_word(word) or word.lower() in UNIT_JOINS):
                break
            kept.append(word)
        while kept and kept[-1].lower() in UNIT_JOINS:
            kept.pop()  # "X dari Deputi Kelembagaan KemenPANRB dan para kepala OPD"
        phrase = " ".join(kept)
        found = self._last_ministry(phrase)
        if found is None or not UNIT_OF_MINISTRY.match(phrase):
            return None
        if any(self._regional_office_word(w) or squash(w) in self.place_keys for w in re.findall(r"[\w-]+", phrase)):
            return None  # "X dari Biro Umum Setda Provinsi Y", "... Kominfo Kota Bima": a region's office
        if phrase[found.end():].strip() and not re.fullmatch(r"\s*(?:RI|Republik\s+Indonesia)\s*", phrase[found.end():]):
            return None
        return phrase

    def _ministry_post(self, position: str, role: str, inst: str, after_institution: str) -> bool:
        """True when a post written before a ministry's name (`inst`) belongs to the ministry: no region's head,
        no regional office in the role and no place after the ministry's name ("Kabid Aptika Kominfo Kota Bima"
        is the region's)."""
        entry = self.lex.institutions.get(inst.lower())
        if entry is None or entry[1] != "ministry" or self._position_category(position)[1]:
            return False
        if any(self._regional_office_word(w) for w in re.findall(r"[\w-]+", role)):
            return False
        return not any(self._regional_office_word(w) or squash(w) in self.place_keys
                       for w in re.findall(r"[\w-]+", after_institution))

    def _regional_office_word(self, word: str, places: bool = True) -> bool:
        """True for a word that names a regional government's office ("Dinas", "Setda", "Diskominfo", "Kadis")
        or, with `places`, a kind of region ("Kota", "Kecamatan")."""
        low = word.lower()
        if low in self.lex.institutions:
            return False  # "Kominfo" alone is the ministry
        kind = self.lex.regional_office_words.get(low)
        return kind == "office" or places and kind == "place" or AGENCY.match(low) is not None or \
            HEAD_OF_OFFICE.match(low) is not None

    def _team_of_ministry(self, rest: str) -> tuple[str, str | None, str | None] | None:
        """"selaku tim gerakan Smart City Kemenkominfo RI": after "selaku/sebagai", a phrase that names no
        position but ends with a ministry files the person under the ministry (an assessor word, under assessor).
        """
        phrase = re.split(r"[,.;:\n]|\b(?:yang|mengatakan|menyampaikan|menjelaskan|menerangkan|saat|ketika)\b",
                          rest)[0]
        found = self._last_ministry(phrase)
        if found is None:
            return None
        role = re.sub(r"\s+(?:dari|pada|di)\s*$", "", phrase[:found.start()].strip()) or None
        if role and CLAUSE_JOINT.search(role):
            return None  # "A dan B sebagai penggagas dan didukung Kemendagri": a clause, no position, names the ministry
        if role and any(w[:1].isupper() and not self._is_role_word(w) for w in role.split()):
            return None  # "sebagai Asesor dalam evaluasi itu Andrari ... dari BRIN": another name stands between
        category = "assessor" if role and ASSESSOR_SENTENCE.search(role) else "ministry"
        return category, role, found.group(0)

    def _position_category(self, position: str) -> tuple[str, str]:
        key = re.sub(r"^(?:" + ACTING_PREFIX + r")\s+", "", position.lower(), flags=re.IGNORECASE)
        key = re.sub(r"\s+", " ", key)
        if key not in self.lex.positions:
            key = re.sub(FUNCTIONAL_GRADE + "$", "", key, flags=re.IGNORECASE)  # "pranata humas ahli muda"
        if key not in self.lex.positions and HEAD_OF_OFFICE.match(key):
            return "regional_official", ""  # "Kadisdik", "Kadisi" (a typo): the head of a regional office
        return self.lex.positions.get(key, self.lex.positions.get(position.lower(), ("other", "")))

    def _regional_body_after(self, right: str) -> bool:
        """True when `right`, the text after a name, opens with "dari" or a bracket and a regional government or
        one of its offices ("dari Dinas Kominfo ...", "(Diskominfo Kota Palu)", "dari Pemerintah Kota ...")."""
        m = FROM_ORG.match(right) or re.match(r"^\s*\(\s*", right)
        if m is None:
            return False
        body = right[m.end():]
        first = re.match(r"[\w-]+", body)
        return first is not None and (self._regional_office_word(first.group(0), places=False) or
                                      re.match(r"Pemerintah\s+(?:Kota|Kabupaten|Provinsi|Daerah)\b", body) is not None)

    def _affiliation_after(self, right: str) -> str | None:
        m = FROM_ORG.match(right)
        if m is None:
            paren = re.match(r"^\s*\((?P<org>[^)]{2,40})\)", right)
            if paren and self.institution_re.fullmatch(paren.group("org").strip()):
                return paren.group("org").strip()
            return None
        found = self.institution_re.match(right[m.end():])
        return found.group(0) if found else None

    def _joined(self, name_words: list[_Word]) -> str:
        """The name its words spell: a whole word's stray dot dropped ("Hari. S."), a closing dot or comma cut."""
        name = " ".join(_name_word(w, self.lex.name_abbreviations) for w in name_words[:-1])
        return (name + (" " if len(name_words) > 1 else "") + name_words[-1].text).rstrip(".,")

    # -- coreference ---------------------------------------------------------------------------------------
    @staticmethod
    def _owner_after_post(people: list[Person], words_after: str) -> Person | None:
        """The person already found whom the capitalised words after a post name, its region's words skipped
        ("Ponorogo Sugiri" after "Bupati")."""
        words = []
        for word in words_after.split():
            words.append(word.rstrip("."))
            if word.endswith(".") and len(word) > 3:
                break  # "Bupati Sugiri. Kang Giri juga ...": the sentence ends with the name
        return next((owner for k in range(len(words))
                     if (owner := PeopleFinder._match_existing(people, " ".join(words[k:]))) is not None), None)

    def _holder_of_post(self, people: list[Person], post: str, words: str) -> Person | None:
        """"terang Akib sapaan Kadis Kominfo Kota X": the one person found before of the post's category whose role
        holds the post's words after its head ("Kominfo"; places left out)."""
        office = {w.rstrip(".").lower() for w in words.split()[1:]
                  if w[:1].isupper() and squash(w) not in self.place_keys and w.lower() not in REGION_HEAD_KINDS}
        category = self._position_category(post)[0]
        holders = [p for p in people if p.role and p.category == category and office and
                   all(_abbreviates(w, [r.lower() for r in p.role.split() if r.lower() not in UNIT_JOINS])
                       for w in office)]
        return holders[0] if len(holders) == 1 else None

    @staticmethod
    def _quoted_first(people: list[Person], name: str) -> Person | None:
        """"Gabriel" quoted first with no post, "Gabril Sukarman" named with his post later: a one-word name found
        on weak evidence, spelt with a letter more or less than the first word of a full name (six letters or
        more), is that name's holder ("Wali Kota Rahma" is no Rahmat Hidayatullah: a post was hers)."""
        words = name.split()
        first = squash(words[0]) if words else ""
        if len(words) < 2 or len(first) < 6:
            return None
        return next((p for p in people if " " not in p.name.strip() and p.strength < EVIDENCE["position"] and
                     len(squash(p.name)) >= 6 and DamerauLevenshtein.distance(first, squash(p.name)) <= 1), None)

    @staticmethod
    def _match_existing(people: list[Person], name: str) -> Person | None:
        """The person already found whom `name` refers to (same name, a part of it, or a spelling variant)."""
        return next((person for person in people if _same_person(name, person.name)), None)

    def _resolve_nicknames(self, text: str, people: list[Person]) -> None:
        """Attach "pak dana dari UI" to the assessor it names, in list order when first names repeat."""
        assigned: set[int] = set()
        for m in NICKNAME.finditer(text):
            org_text = m.group("org")
            org = self.institution_re.match(org_text)
            org_name = org.group(0) if org else org_text.strip()
            nick = squash(m.group("nick"))
            best, best_score = None, 0.0
            for i, person in enumerate(people):
                if i in assigned:
                    continue
                first = squash(person.name.split()[0])
                score = max(fuzz.ratio(nick, first), fuzz.partial_ratio(nick, first) if len(nick) >= 3 else 0)
                if score > best_score:
                    best, best_score = i, score
            if best is None or best_score < 60:
                continue
            assigned.add(best)
            person = people[best]
            canonical = self.lex.institutions.get(org_name.lower(), (None, ""))[0]
            person.affiliation = person.affiliation or canonical or org_name
            person.mentions.append((m.start("nick"), m.end("nick")))


# a list's name of a place: capitalised words, with the lower-case words places' names carry ("Sentani kota")
PLACE_ITEM = r"[A-Z][\w'’-]*+(?:[ \t]++(?:[A-Z][\w'’-]*+|kota|timur|barat|utara|selatan|tengah|baru|lama|jaya))*+"


@lru_cache(maxsize=1)
def _place_list() -> re.Pattern[str]:
    """"Distrik Sentani Timur, Sentani Barat dan Waibu": a list of places opened by the kind of place its names are
    (data/local_place_words.txt), closed by "dan"/"serta" and its last name."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(read_lines('local_place_words.txt'))})[ \t]++{PLACE_ITEM}"
                      rf"(?:[ \t]*+,[ \t]*+{PLACE_ITEM})*+(?:[ \t]*+,?[ \t]*+(?:dan|serta)[ \t]++{PLACE_ITEM})++")


def _in_place_list(text: str, chain: list[_Word]) -> bool:
    """True when the chain is one of the names of a list of places ("..., Sentani Barat dan Waibu")."""
    window = max(0, chain[0].start - 200)
    return any(m.start() <= chain[0].start and chain[-1].start < m.end()
               for m in _place_list().finditer(text, window, chain[-1].end + 120))


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


def _name_word(word: _Word, abbreviations: frozenset[str]) -> str:
    """A word inside a name as written, without the stray dot of a whole word ("Hari." of "Hari. S. Noegroho");
    initials and abbreviated first names ("S.", "Moh.") keep theirs."""
    if word.text.endswith(".") and len(word.bare) > 3 and word.bare.isalpha() and not word.bare.isupper() and \
            word.bare.lower() not in abbreviations:
        return word.bare
    return word.text


def _outlet_of_text(text: str, name: str) -> bool:
    """A one-word name the text also writes as a web address ("Kabartual" and "Kabartual.com", "(Foto:
    Tagar/istimewa)" and "TAGAR.id"): the outlet, no person."""
    return " " not in name and re.search(rf"(?<![\w.]){re.escape(name)}\s*\.\s*(?:com|co\.id|id|net|org|news|co)\b",
                                         text, re.IGNORECASE) is not None


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """The root words of Sastrawi's Indonesian dictionary."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(StemmerFactory().get_words())


ABBREVIATION_LONGEST = 12


def _abbreviates(word: str, words: list[str]) -> bool:
    """`word` is one of `words` or their short form made of their first letters in order ("kominfo" of "komunikasi
    informatika", "kesbang" of "kesatuan bangsa")."""
    if word in words:
        return True
    # (a short form is short: the search below is bounded by its length and the few words it may cover)
    return len(word) <= ABBREVIATION_LONGEST and \
        any(_prefixes_of(word, words[k:k + ABBREVIATION_LONGEST // 2]) for k in range(len(words)))


def _prefixes_of(word: str, words: list[str]) -> bool:
    """`word` is a run of prefixes (two letters or more, the last may be one) of consecutive `words`."""
    reached = {0}  # how much of `word` the prefixes of the words so far spell
    for head in words:
        reached = {i + n for i in reached for n in range(1, min(len(word) - i, len(head)) + 1)
                   if word[i:i + n] == head[:n] and (n >= 2 or i + n == len(word))}
        if len(word) in reached:
            return True
        if not reached:
            return False
    return False


@lru_cache(maxsize=64)
def _defined_as_office(text: str, acronym: str) -> bool:
    """"Dinas Komunikasi, Informasi dan Statistik (DKIS)": the text spells the acronym out as a regional office
    ("Sekretaris DKIS X" then names X, a post in it)."""
    return re.search(OFFICE_DEFINED + re.escape(acronym) + r"[ \t]*+\)", text) is not None


def _dictionary_word(low: str) -> bool:
    """A lower-case word of the Indonesian dictionary, as written or by its Sastrawi stem ("kemarin", "lestari",
    "menyampaikan"); no surname written in lower case ("yulinawati", "koerniawan")."""
    from extractor.classify.text import stem

    return low in _dictionary() or stem(low) in _dictionary()


def _end_without_dot(word: _Word) -> int:
    """End offset of a name's last word; a sentence-final dot is not part of it (an initial's dot is)."""
    return word.end - 1 if word.text.endswith(".") and len(word.bare) > 2 else word.end


def _proposed(name_words: list[_Word], model: list[tuple[int, int]]) -> bool:
    """True when a PER span of the trained model covers the name's last word (surnames anchor the name).

    The model's spans (doc.ents) are sorted and never overlap, so only the last one starting at or before the
    word can cover it."""
    word = name_words[-1]
    at = bisect_right(model, (word.start, sys.maxsize))
    return at > 0 and word.end - (1 if word.text.endswith(".") else 0) <= model[at - 1][1]


def _model_span_at(model: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The span of the model's names that covers offset `at`, if any (spans sorted, never overlapping: see
    _proposed)."""
    i = bisect_right(model, (at, sys.maxsize)) - 1
    return model[i] if i >= 0 and at < model[i][1] else None


def _words(text: str) -> list[_Word]:
    """The words of the text; honorifics glued to a name ("Prof.Dr.Ir.Marsudi") become words of their own, and
    so do the two names of a pair joined by a hyphen ("Wali Kota dan Wakil Wali Kota X Budi Santoso-Hendra Wijaya")."""
    out = []
    for m in WORD.finditer(text):
        word, start = m.group(), m.start()
        # (a pair needs its hyphen, glued honorifics their dots: most words are neither)
        pair = PAIR.fullmatch(word) if "-" in word else None
        if pair is not None:
            second = start + pair.start(2)
            out += [_Word(pair.group(1), start, second - 1), _Word(pair.group(2), second, m.end())]
            continue
        glued = (GLUED_HONORIFICS.match(word) or GLUED_HONORIFICS_ONLY.match(word) or GLUED_HAJI.match(word)
                 or GLUED_SENTENCE.match(word)) if "." in word else None
        if glued is None:
            out.append(_Word(word, start, start + len(word)))
            continue
        at = start
        for piece in re.findall(r"[A-Za-z]+\.", glued.group(0)):
            out.append(_Word(piece, at, at + len(piece)))
            at += len(piece)
        if glued.end() < len(word):
            out.append(_Word(word[glued.end():], at, m.end()))
    return out


def _last_word_start(before: str) -> int:
    """Where the run of ASCII letters ends the text, spaces and one colon after it aside: BYLINE_LABEL can only
    match with that run as its word, so searching from one character before it finds the same label without
    reading the whole line."""
    end = len(before.rstrip().removesuffix(":").rstrip())
    start = end
    while start > 0 and before[start - 1] in ASCII_LETTERS:
        start -= 1
    return max(start, 1)


def _drop_roles_naming_others(text: str, people: list[Person]) -> None:
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


@lru_cache(maxsize=1)
def _assessing_words() -> re.Pattern[str]:
    """The words of assessing_words.txt as one pattern."""
    return re.compile(r"\b(?:" + "|".join(read_lines("assessing_words.txt")) + r")\b", re.IGNORECASE)


def _assessing(text: str) -> bool:
    """True when the text tells of regions being assessed or guided (assessing_words.txt)."""
    return _assessing_words().search(text) is not None


@lru_cache(maxsize=8)
def _guidance(text: str) -> bool:
    """True when the text names a technical guidance (asked for many people of one text)."""
    return GUIDANCE.search(text) is not None


@lru_cache(maxsize=1024)
def _assessor_sentence(sentence: str) -> bool:
    """True when an assessor word stands in the sentence (asked for every person of it)."""
    return ASSESSOR_SENTENCE.search(sentence) is not None


def _extend_to_model(text: str, name_words: list[_Word], model: list[tuple[int, int]]) -> list[_Word]:
    """"Ismail hajiali": a lower-case last word the model puts inside the PER span belongs to the name."""
    last = name_words[-1]
    span = _model_span_at(model, last.start)
    if span is None or span[1] <= last.end:
        return name_words
    extra = re.match(r"^ ([a-z][a-z'’]{2,})$", text[last.end:span[1]])
    if extra is None or VERB_SHAPE.match(extra.group(1)):
        return name_words
    return [*name_words, _Word(extra.group(1), last.end + 1, span[1])]


def _model_tail(chain: list[_Word], model: list[tuple[int, int]]) -> list[_Word]:
    """The words of a chain from where a PER span of the model starts inside it to its end ("Gadjah Mada Hendra
    Saputra" -> "Hendra Saputra"); nothing when no span starts after the chain's first word."""
    span = next(((a, b) for a, b in model if chain[0].start < a <= chain[-1].start < b), None)
    tail = [w for w in chain if span is not None and w.start >= span[0]]
    before = chain[:len(chain) - len(tail)]
    # "Kabid TIK Ma'ruf Hidayat": the model often leaves out a first name with an apostrophe (Ma'ruf, Sa'ad), a
    # word no office's name or acronym has
    while tail and before and APOSTROPHE_NAME.fullmatch(before[-1].text):
        tail.insert(0, before.pop())
    return tail


def _trim_to_model(name_words: list[_Word], model: list[tuple[int, int]], places: set[str],
                   degrees: frozenset[str], after_head: int = 0) -> list[_Word]:
    """"Sekda Siak Jamaluddin": a place name the model leaves out of its PER span is not part of the name.

    Only known place names are cut: the model often starts a name one word late ("Marzuki Ahmad"). Right after
    the head of a region up to `after_head` words left out are the region's name the lists do not hold ("Bupati
    Kolut Hasan Basri": one word after a regent; "Camat Tanjung Priok Hasan Basri": two after a district head).
    """
    span = None
    for a, b in model[bisect_right(model, (name_words[0].start, sys.maxsize)):]:  # (sorted: see _proposed)
        if a > name_words[-1].start:
            break
        if any(w.start == a for w in name_words):
            span = (a, b)
            break
    if span is None:
        return name_words
    kept = [w for w in name_words if w.start >= span[0]]
    dropped = name_words[:len(name_words) - len(kept)]
    # "Business Development PGN M. Wahid Sutopo": words ending with a company's acronym name the body
    acronym = len(dropped[-1].bare) >= 3 and dropped[-1].bare.isupper() and dropped[-1].bare.isalpha() and \
        squash(dropped[-1].bare) not in degrees
    if not kept or not (all(squash(w.bare) in places for w in dropped) or len(dropped) <= after_head or acronym):
        return name_words
    return kept


def _after_place_word(text: str, at: int) -> bool:
    """"Dari Baturaja, Kepala Diskominfo OKU, X", "banjir melanda Baturaja", "tiba di Saumlaki": right after
    a sentence-opening "Dari" or after "di" or "ke" a word stands for a place."""
    return re.search(r"(?:^|[.!?\n]\s*)Dari\s+$|\b(?:di|ke)\s+$", text[max(0, at - 20):at]) is not None


def _in_address(text: str, chain: list[_Word], venue_words: frozenset[str]) -> bool:
    """"di Aula Melati, Kantor Bupati Lingga, Daik, Senin (12/8)": a part of the address after a venue, between
    commas, before the day of the event, is a place (a position in the venue's name names no one)."""
    if ADDRESS_DAY.match(text, chain[-1].end) is None:
        return False
    venue = ADDRESS_VENUE.search(text[max(0, chain[0].start - 150):chain[0].start])
    return venue is not None and venue.group("venue").lower() in venue_words


def _credit_source(text: str, chain: list[_Word], labels: frozenset[str]) -> bool:
    """"(Foto: Cenderawasih Pos/Agus Salim)": the words between a credit's label and the slash name the outlet or
    the office the photographer works for, no person."""
    label = CREDIT_SOURCE_LABEL.search(text[max(0, chain[0].start - 20):chain[0].start])
    return label is not None and label.group("label").lower() in labels and \
        CREDIT_SOURCE_SLASH.match(text, chain[-1].end) is not None


def _credit_outlet(text: str, chain: list[_Word]) -> bool:
    """"ANNAS/Berita Sampit - ...", "...Digital?-Agus Salim-Harian Disway": the words after a photographer's name
    and a slash or dash, before the dash closing the credit or the line's end, name the outlet."""
    line_start, end = text.rfind("\n", 0, chain[0].start) + 1, min(len(text), chain[-1].end + 5)
    return any(m.start("outlet") == chain[0].start for m in list(DASHED_CREDIT.finditer(text, line_start, end)) +
               list(GLUED_DASH_CREDIT.finditer(text, line_start, end)))


def _closing_credit(text: str, chain: list[_Word]) -> bool:
    """"... di hadapan undangan, Rabu (28/02). (Raja)": a word alone in brackets after the last sentence of a
    paragraph, the writer's or photographer's sign-off, kept only when written as a name
    (PeopleFinder._signed_name)."""
    return SIGN_OFF_BRACKET.search(text, max(0, chain[0].start - 5), chain[0].start) is not None and \
        CLOSING_BRACKET.match(text, chain[-1].end) is not None


def _region_short_forms(text: str, regions: list[tuple[int, int, str]]) -> set[str]:
    """"Kabupaten Polewali Mandar (Polman)": the short form an article gives a region in brackets names the region
    wherever it stands later ("Sekda Polman, Andi ...", "Untuk Smart Living, Polman mengandalkan ...")."""
    found = set()
    for _, end, _ in regions:
        short = re.match(r"\s*\(\s*([A-Z][A-Za-z]{2,14})\s*\)", text[end:end + 20])
        if short is not None:
            found.add(squash(short.group(1)))
    return found


def _district_before_region(text: str, word: _Word, regions: list[tuple[int, int, str]]) -> bool:
    """"di SMA Negeri 2, Laguboti, Toba": one word set between commas right before a region names a place in it."""
    after = re.match(r"[ \t]*,[ \t]*", text[word.end:])
    return after is not None and re.search(r",[ \t]*$", text[max(0, word.start - 3):word.start]) is not None and \
        any(start == word.end + after.end() for start, _, _ in regions)


def _wrapped_line(text: str, at: int) -> bool:
    """"... oleh Kepala Dinas Kominfo Tabalong, Muhammad\nNoor Rifani, saat ...": in a text wrapped at a fixed
    width (sentences go on after a line break, three times at least) the long line ending at `at` without closing
    punctuation breaks a sentence, not a paragraph, so the name goes on on the next line."""
    line = text[text.rfind("\n", 0, at) + 1:at].rstrip()
    return len(line) >= 40 and not line.endswith((".", "!", "?", ":", ";", '"', "”", ")")) and _wrapped_text(text)


@lru_cache(maxsize=8)
@lru_cache(maxsize=4)
def _wrapped_text(text: str) -> bool:
    """True when sentences go on after a line break three times at least (read once per text)."""
    return len(WRAPPED.findall(text)) >= 3


def _starts_line(text: str, at: int) -> bool:
    """True when only spaces stand between the start of the line and `at` (a byline under the headline)."""
    return text[text.rfind("\n", 0, at) + 1:at].strip() == ""


def _in_title_case_line(text: str, at: int) -> bool:
    """Headlines and "Baca juga" links capitalise every word; their capitalised words are not name cues."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    if LINK_LINE.match(text, start):
        return True
    if len(TICKER_ITEM.findall(text, start, end if end != -1 else len(text))) >= 3:
        return True  # "| 14:00 . Headline | 13:00 . Headline": a site's list of its latest stories
    if not _title_case(text[start:end if end != -1 else len(text)]):
        return False
    # "Kepala Dinas Kominfo Kota Madiun, Rudi\nmenuturkan ...": a sentence wrapped over lines
    return end == -1 or not re.match(r"[ \t]*[a-z]", text[end + 1:end + 20])


@lru_cache(maxsize=1024)
def _title_case(line: str) -> bool:
    """True when a line of four to twenty words capitalises three in four of them and does not end a sentence
    (asked for every name on the line)."""
    words = re.findall(r"[A-Za-z][\w'-]*", line)
    # "... membincang smart city. (IST)": a caption's sentence ends before the photographer's credit, set apart
    closing = re.sub(r"(?<=[.!?])[ \t]+\([^()\n]{1,30}\)$", "", line.rstrip())
    # a closing quote ends a sentence only after the sentence's own mark ("... Raih IPP Kategori A-\"": a headline)
    closing = closing.rstrip('"”’ \t')
    # "..., Azril Apriansyah, menyampaikan, Pemko" (a page cut off mid-sentence): a headline capitalises its verbs
    if len(words) < 4 or len(words) > 20 or closing.endswith((".", "!", "?", ",")) or LOWERCASE_KAN_VERB.search(line):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.75


def _same_line(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return "\n" not in text[lo:hi]


@lru_cache(maxsize=WORD_CACHE)
def _same_person(name: str, known_name: str) -> bool:
    """True when `name` refers to the person found before as `known_name` (same name, a part of it, or a spelling
    variant); asked for every pair of a new mention and a person found before, so kept for repeated mentions."""
    # initials do not tell people apart: "Chiristison R Marbun" is Chiristison Rudianto Marbun, "M. Yusuf
    # Kalla" is Jusuf Kalla
    key, tokens = _name_words(name)
    known, known_tokens = _name_words(known_name)
    if key == known or fuzz.ratio(key, known) >= 90 or folded_name(name) == folded_name(known_name):
        return True  # "Delilla Giyai" for Delilla Giay: the whole name the same after the spelling folds
    if tokens <= known_tokens or (known_tokens <= tokens and len(known_tokens) >= 2):
        return True
    # "Megawati" in the headline, "Megawati Soekarnoputeri" in the text: the full name of a one-word mention
    # ("Kartika" is no Agnes Kartika Sari: the one word must open the full name)
    if len(known_tokens) == 1 and len(known) >= 4 and squash(name.split()[0]) == known:
        return True
    # "Johny" for Johnny G. Plate: one word spelt with a letter more or less; a short surname so spelt is another
    # person's name ("Suardi" is no Teddy Sukardi), a long one a misprint ("Pangerepan" for Pangerapan)
    first = squash(known_name.split()[0])
    spelt = [t for t in known_tokens if t == first or len(t) >= 8]
    if len(tokens) == 1 and len(key) >= 5 and any(len(t) >= 5 and fuzz.ratio(key, t) >= 90 for t in spelt):
        return True
    # "Heri" for Herry Abdul Aziz: one word of the name after the spelling folds (data/name_spelling.csv)
    if len(tokens) == 1 and len(key) >= 3 and folded_name(name) in folded_name(known_name).split():
        return True
    # "Jhonny" for Johnny G. Plate, "Surhatien" for Suhartien Tegela: letters swapped or moved in one word
    if len(tokens) == 1 and len(key) >= 5 and any(
            len(t) >= 5 and DamerauLevenshtein.distance(key, t) <= (2 if len(key) >= 8 else 1)
            for t in spelt):
        return True
    # "Rudi" for Rudiantara, "John" for Johannes: the short form of the first name, its opening letters kept and
    # the rest taken from it in order
    if len(tokens) == 1 and len(key) >= 4 and len(first) >= len(key) + 3 and first[:3] == key[:3] and \
            _letters_in_order(key, first):
        return True
    # "Jefrison" for Jefri Riwu Kore: the first name with the familiar ending "-son" ("Hendrawan" is no Hendra:
    # other endings make other names)
    if len(tokens) == 1 and len(first) >= 4 and key in (first + "son", first + "sen"):
        return True
    # "Jeriko" for Jefri Riwu Kore, "Jokowi" for Joko Widodo: the opening syllables of every word of the name
    if len(tokens) == 1 and len(key) >= 5 and _syllable_acronym(key, [squash(w) for w in known_name.split()]):
        return True
    # "Risma" for Tri Rismaharini: the short form of a later word of the name
    return len(tokens) == 1 and len(key) >= 5 and any(len(t) >= len(key) + 3 and t.startswith(key)
                                                      for t in known_tokens)


def _syllable_acronym(key: str, words: list[str]) -> bool:
    """True when `key` is the opening two to four letters of each of two or more `words`, in order ("jeriko" of
    "jefri riwu kore"); at most 4**len(words) splits are tried, so only names of up to five words."""
    if len(words) < 2 or len(words) > 5 or any(len(w) < 2 for w in words):
        return False
    ends = {0}
    for word in words:
        ends = {end + k for end in ends for k in range(2, min(4, len(word)) + 1)
                if key.startswith(word[:k], end)}
        if not ends:
            return False
    return len(key) in ends


def _letters_in_order(short: str, word: str) -> bool:
    """True when every letter of `short` stands in `word`, in the same order ("john" in "johannes")."""
    letters = iter(word)
    return all(ch in letters for ch in short)


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, frozenset[str]]:
    """The squashed name and its squashed words, initials left out where other words remain ("M. Yusuf Kalla" ->
    "yusufkalla", {"yusuf", "kalla"})."""
    key = squash(" ".join(t for t in name.split() if len(squash(t)) > 1)) or squash(name)
    return key, frozenset(squash(t) for t in name.split() if len(squash(t)) > 1) or frozenset({squash(name)})
