"""Compiled patterns and constants that several stages of the person finder share."""

from __future__ import annotations

import re

ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI)$")
INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}[A-Z]?$")  # "G.S", "A.M.": initials inside a name
# (the longest of its words, "ungkapnya", has nine letters: a match starts no further than that before the end)
SPEECH_LONGEST = 12
SPEECH = re.compile(r"\b(?:kata|ujar|jelas|tutur|ungkap|ungkapnya|papar|terang|tegas|lanjut|imbuh|sebut|tandas|"
                    r"menurut|tambah|pesan|harap|katanya|ucap)\s*$", re.IGNORECASE)
# Initials in capitals between a byline label and the name ("Editor: MH Amal"); "MH" alone reads as a degree.
BYLINE_INITIALS = re.compile(r"(?<=[:\s])(?:[A-Z]{1,3}\.?[ \t]+)+$")
# "Nama : X" over "Jabatan : Y": a form labels the name, and its post on the line below
NAME_LABEL = re.compile(r"[ \t]*+(?:\d{1,3}[.)][ \t]*+)?Nama(?:[ \t]+Lengkap)?[ \t]*+:[ \t]*+", re.IGNORECASE)
POST_REACH = 120  # a ministry's post spelt out with its country ("Direktur ... Republik Indonesia, ") is ~90
# "Kepala Divisi IT PT. Bumi ...": a position at a company is held by no official
COMPANY = re.compile(r"\b(?:PT|CV|Tbk|Inc|Ltd|Persero)\b")
# offices' short forms ("Disdik", "Dinkes", "Dinarpus"); "dis"/"din", a vowel and at most two letters more is a name
# ("Dison", "Dina")
# (Bappenas, the national planning ministry, is none: "Perwakilan Bappenas X" is the ministry's)
AGENCY = re.compile(r"^(?:(?:dis|din)(?![aeiou][a-z]{0,2}$)|kominfo|bapp(?!enas)|bapel|setda|sekda|dpm|bkpsdm|bpkad|"
                    r"diskominfo)[a-z]*$")
# "Kadis", "Kadinkes", "Kadisi" (a typo): the head of an office written as one word, never a name
HEAD_OF_OFFICE = re.compile(r"^ka(?:dis[a-z]*|din[a-z]+)$")  # ("Kadin" alone is the chamber of commerce)
# "Plt. BPBD X": an acting head before an office's acronym
ACTING = re.compile(r"^(?:plt|plh|pj|pjs)$", re.IGNORECASE)
# "S.Pi", "M.AP", "S.Tr.IP": degrees missing from data/degrees.txt still have this shape
DEGREE_SHAPE = re.compile(r"^[SMDB]\.[A-Z][A-Za-z]{0,4}(?:\.[A-Z][A-Za-z]{0,3})?$")
# ("yang juga menjabat Kepala Dinas X" before "yang juga", which would leave the verb to the post)
# ("yang kini menjabat sebagai", "yang saat ini menjabat": the post held now)
AFTER_ROLE = re.compile(r"^\s*[,–—-]?\s*(?:selaku|sebagai|yang\s+merupakan|"
                        r"yang\s+(?:juga\s+|kini\s+|saat\s+ini\s+|sekarang\s+)?menjabat(?:\s+sebagai)?|"
                        r"yang\s+juga|yang\s+menjadi|"
                        r"yang\s+bertindak\s+sebagai|"
                        # "Bunda Rina, sapaan akrab Wali Kota ...": the familiar name of a position's holder
                        r"sapaan(?:\s+akrab)?)\s+", re.IGNORECASE)
# "Sutoyo merupakan Sekda Kabupaten Pati", "Bima adalah salah satu asesor": the name is the subject of its post
SUBJECT_ROLE = re.compile(r"^[ \t]++(?:adalah|merupakan|ialah)[ \t]++(?:seorang[ \t]++)?", re.IGNORECASE)
# the body of a name in a list, in brackets ("A (ITB)") or after "dari"/"asal" ("A dari UGM"): a pattern the gaps
# between two names of a list compose (lists.ITEM_GAP, finder.BODY_ITEM_GAP)
NAME_BODY = r"(?:\([^()\n]{1,40}+\)|(?:dari|asal)[ \t]++[A-Z][^,()\n]{0,60}?)"
# the words opening a university's or college's name ("Universitas Pasundan", "Sekolah Tinggi ..."), composed by
# posts.ACADEMIC_BODY and non_names.ACADEMIC_HOLDER
UNIVERSITY_OPENING = r"(?:Universitas|Institut|Politeknik|Sekolah[ \t]+Tinggi|Akademi)"
# the words that end the phrase of a post or a unit after a name: a clause or the speech opens
# (ministries.ministry_unit_after, ministries.team_of_ministry, posts.position_after split the phrase there)
PHRASE_END_WORDS = r"\b(?:yang|mengatakan|menyampaikan|menjelaskan|menerangkan|saat|ketika)\b"
FROM_ORG = re.compile(r"^\s*(?:\(|,)?\s*(?:dari|asal)\s+(?:unsur\s+)?", re.IGNORECASE)
# "12. ", "3) ", "- ", "• ": the marker of a list item opening a line
LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)]|(?:\d{1,3}[ \t]*)?\||[-•*·])\s+|^\s*\d{1,3}\t\s*")  # "1 | A | B": a table's row
# An assessor word anywhere in the sentence files a person the model found, with no position of their own,
# as an assessor ("Bertindak sebagai asesor ... A dari BRIN, B dari UKSW").
ASSESSOR_SENTENCE = re.compile(r"\b(?:asesor|assesor|asessor|assessor|evaluator|penilai|penguji|pembimbing|pendamping|"
                               r"juri|(?:nara\s*sumber|pemateri|instruktur|fasilitator)\s+(?:dari|asal)\s+(?:kominfo|kemenkominfo|kemkominfo|"
                               r"kemekominfo|komdigi|kemkomdigi|kementr?ian\s+komunikasi))\b", re.IGNORECASE)
# The same sentence with the assessor word before the person: "Anggota asesor terdiri dari ..., perwakilan dari
# Kementerian Keuangan X" (a representative of a ministry listed among assessors is an assessor).
ASSESSOR_WORD = re.compile(r"\b(?:asesor|assesor|asessor|assessor|evaluator|penilai|tim\s+penilai|juri)\b",
                           re.IGNORECASE)
# Positions that name no office, only what the person does at the event: inside an assessor's context the holder is
# one of the assessors ("praktisi sistem informasi X", "akademisi ... Y dari UMY", "perwakilan dari ... Z").
GENERIC_ROLE = re.compile(r"^(?:perwakilan|praktisi|akademisi|dosen|pakar|peneliti|nara\s*sumber|pemateri|instruktur|fasilitator|"
                          r"guru\s+besar)\b",
                          re.IGNORECASE)
# the staff of an office or of its head, who serve whomever they stand in for or accompany ("didampingi stafnya X")
STAFF_ROLE = re.compile(r"^(?:staf|petugas|operator|pegawai|ajudan)", re.IGNORECASE)
# a legislature: its members are no regional officials (gold schema) and keep their own category in any list
COUNCIL = re.compile(r"\b(?:DPRD|DPRK|DPR|DPD)\b")
# the small words joining the parts of a unit's name spelt out between a position and its holder ("Kepala Seksi
# Data dan Statistik pada Bidang TIK Diskominfo X, Name")
UNIT_JOINS = frozenset({"dan", "pada", "serta", "&"})
# the kinds of region whose head's post may stand right before the region's name
REGION_HEAD_KINDS = ("kabupaten", "kota", "kecamatan", "kelurahan", "desa")
# Presenters of the ministry at the programme's events are its guides ("Narasumber dari Kemenkominfo X").
PRESENTER_ROLE = re.compile(r"^(?:nara\s*sumber|pemateri|instruktur|fasilitator)\b", re.IGNORECASE)
# "Wim mengikuti", "Edi menambahkan": a verb after the name, which the model may take into its PER span
VERB_SHAPE = re.compile(r"^(?:me[mny]?|meng|ber|ter|di|per)[a-z]{3,}(?:kan|i|an|nya)?$")
