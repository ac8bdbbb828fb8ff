"""Evaluation events of one article: which kind of event, which regions, when and where (pure functions)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span

from extractor import participants as part
from extractor.assemble import date_range
from extractor.nlp.lexicon import load_lexicon, quick_start, read_rows
from extractor.nlp.scores import ISSUED_EARLY_UNTIL_MONTH, RANK_WORDS, ROMAN
from extractor.nlp.spans import SENTENCE_REACH, in_link_line, published, span_text, spans_of, text_of

Range = tuple[int, int]

# A venue: a place noun after "di"/"bertempat di" (also glued: "diruang"), up to a date, a verb or a clause end.
VENUE_HEAD = (r"(?:Hotel|Gedung|Ruang|Aula|Kantor|Balai|Pendopo|Pendapa|Command\s+Cent(?:er|re)|Auditorium|Graha|Wisma|"
              r"Rumah\s+Jabatan|Rumah\s+Dinas|Convention|Ballroom|Hall|Sasana|Bangsal|Kampus|Kompleks|Lobi|Studio|"
              r"ICE|ruang|aula|kantor|gedung|pendopo|balai)")
# (up to three capitalised words may come before the head: "di The Meru Sanur Hotel, Denpasar")
VENUE_LEAD = r"(?:[A-Z][\w'’-]*\s+){0,3}?"
VENUE = re.compile(rf"(?:\b(?:bertempat|berlokasi)\s+di\s*|\bdi\s*(?={VENUE_LEAD}{VENUE_HEAD})|\bdi\s+)"
                   rf"(?P<v>{VENUE_LEAD}{VENUE_HEAD}\b[^.;\n]{{0,90}}?)"
                   r"(?=\s*(?:[.;\n]|\(\d|,\s*(?:[a-z]|\d|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Provinsi)|\s+Provinsi\b|"
                   r"\s(?:pada|tanggal|selama|sejak|yang|dengan|dan|oleh|untuk|kegiatan|digelar|melalui|secara|"
                   r"Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b|$))")
# (up to four capitalised words: a region and its province, "di Kabupaten Banyuwangi Jawa Timur")
PLACE = re.compile(r"\b(?:di|bertempat\s+di)\s+(?P<v>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?=\s*(?:[,.;]|\s[a-z]|$))")
ONLINE = re.compile(r"\b(?:zoom|daring|virtual|video\s*conference|vicon|online)\b", re.IGNORECASE)
STAGE = re.compile(r"\btahap\s+(?:ke-?\s*)?(?P<t>[IV]+|\d|satu|dua|tiga|empat|pertama|kedua|ketiga|keempat)\b",
                   re.IGNORECASE)
# a stage, or the last of a series of stages ("..., dan terakhir 18-19 November"), or a counted meeting or session
# ("pertemuan kedua tanggal 4-5 September", "sesi ketiga 19 Juli"), opening a step of a list
STAGE_MARK = re.compile(rf"{STAGE.pattern}|\bterakhir\b(?=\s+(?:pada\s+|tanggal\s+)?\d)"
                        r"|\b(?:pertemuan|sesi|putaran|gelombang)\s+(?:ke-?\s*)?(?:\d|pertama|kedua|ketiga|keempat|kelima)\b",
                        re.IGNORECASE)
# a stage named as one to come ("tahap II", "tahap berikutnya", "pertemuan lanjutan")
NEXT_STAGE = re.compile(rf"{STAGE.pattern}|\b(?:tahap|sesi|pertemuan)\s+(?:berikut(?:nya)?|selanjutnya|lanjutan)\b",
                        re.IGNORECASE)
STAGE_OPENING = 40  # characters: a sentence's subject "Bimtek tahap ke-2" names its stage, not a later mention
# the number of a stage written as a word or a Roman numeral: the score finder's ordinals
STAGE_NUMBER = RANK_WORDS | {numeral.lower(): number for numeral, number in ROMAN.items()}
# a stage is labelled the one way, whatever its spelling ("tahap 2", "Tahap dua", "tahap ke-2" -> "Tahap II"), so
# that the reports of one step by several outlets agree on it
STAGE_NUMERAL = {number: numeral for numeral, number in ROMAN.items()}
# An article about the first event mentions the others only as its context ("pra evaluasi ... sebelum
# evaluasi tahap I"; an award "berdasarkan penilaian juri"; an MoU or a bimtek of a region "yang terpilih"; the
# guidance an MoU opens, "pendampingan penyusunan masterplan di tahun 2024", and the MoU a bimtek follows up):
# without their own date they are not events.
SUBSUMES = {"award": ("assessment", "evaluation"), "pre_evaluation": ("evaluation", "assessment"),
            "evaluation": ("assessment",),
            "mou_signing": ("selection_result", "assessment", "technical_guidance"),
            "technical_guidance": ("selection_result", "assessment", "mou_signing"),
            "selection_result": ("assessment",)}
# In the sentence of a specific step, a meeting or forum word (type other) names where it happened ("pada kegiatan
# Forum Smart City ... dievaluasi"), what an MoU is about is no guidance of its own ("Nota Kesepakatan
# Pendampingan Penyusunan Masterplan"), and the winners of an award are "terpilih" by it ("menyerahkan trofi kepada
# sepuluh bupati yang daerahnya terpilih sebagai kota cerdas"), and a bimtek held with a crosscheck before an evaluation
# is part of that pre-evaluation ("pemeriksaan ulang capaian ... sekaligus bimbingan teknis"); elsewhere in the
# article they stay events.
IN_ITS_SENTENCE = {kind: (*minor, "other") for kind, minor in SUBSUMES.items()} | {
    "mou_signing": (*SUBSUMES["mou_signing"], "technical_guidance", "other"), "assessment": ("other",),
    "selection_result": ("other",), "award": (*SUBSUMES["award"], "selection_result", "other"),
    "pre_evaluation": (*SUBSUMES["pre_evaluation"], "technical_guidance", "other")}
# a region named as a unit of government, not by its bare name or an official's title
UNIT = re.compile(r"(?:Pemerintah\s+)?(?:Kabupaten|Kota|Kab\.?|Pemkab|Pemkot|Pemko)\b", re.IGNORECASE)
# a venue in the region's own offices: the region is evaluated at home, not hosting others
OWN_OFFICE = re.compile(r"Bupati|Wali\s*Kota|Walikota|Pemkab|Pemkot|Balai\s+Kota|Pendopo|Pendapa|Setda|Diskominfo|DPRD|"
                        r"Bappeda|Sekretariat\s+Daerah|Command\s+Cent(?:er|re)", re.IGNORECASE)
# the programme's steps: one that names no region of its own belongs to the regions of the step the lead reports
SEQUEL_TYPES = ("assessment", "selection_result", "mou_signing", "technical_guidance", "pre_evaluation",
                "evaluation")
# types whose regions may be listed on the lines after the sentence ("Berikut daftar ...: 1. Kota X")
LISTED = ("selection_result", "award", "evaluation")
# a rank an assessment's result gives ("hasil asesmen ... menempatkan Kabupaten X pada rangking 8"): the result of an
# evaluation, whose ranking list names the regions it evaluated
RANKED = re.compile(r"\b(?:peringkat|rangking|ranking)\b", re.IGNORECASE)
LIST_ITEM = re.compile(r"\s*(?:\d+[.)]|[-–—•*])\s*")
# the longest line read as a list item without a bullet (corpus/real dev: "Manado nilai 59,04" among dashed items;
# a heading like "Kategori Kota Sedang" fits, a sentence of news runs longer)
BARE_ITEM = 60
# a trigger right after a follows word of event_context.csv ("setelah/sebelum/usai/tindak lanjut dari", and up to
# three words: "setelah melalui sejumlah tahapan penilaian") names the event another one is dated against, and so
# does one that a preparation names ("mempersiapkan pelaksanaan evaluasi"); the last word may be glossed in
# brackets: "penilaian (assessment)"
AFTER_ANOTHER = r"\b(?:{words})\s+(?:\w+\s+){{0,3}}(?:\w+\s*\(\s*)?$"
# a trigger after "dalam rangka", "untuk" or "guna" is the purpose of an event the sentence has named before it
# ("Sosialisasi ... dalam rangka Penyusunan Masterplan", "menggelar tinjauan lapangan untuk melakukan evaluasi serta
# pembimbingan"), or the event itself when none was ("Acara ini ... dalam rangka penandatanganan Nota Kesepakatan")
FOR_ANOTHER = re.compile(r"\b(?:dalam\s+rangka|untuk|guna)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# a step a sentence that refers back calls the activity before it ("Kegiatan ini merupakan bagian dari asesmen ...",
# "Kunjungan ini merupakan rangkaian evaluasi tahap II"): that activity was the step, as with FOR_ANOTHER
PART_OF = re.compile(r"\b(?:merupakan|adalah)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
PURPOSE_OPENING = re.compile(r"\W*(?:dalam\s+rangka|menjelang|jelang)\b[^,;.]*,", re.IGNORECASE)
# an opening purpose clause, after a dateline if any ("Kota X, Outlet – "), closed by a comma or, written as a
# sentence of its own, by a full stop ("Dalam rangka evaluasi tahap kedua ... tahun 2024. Dewan Smart City ...
# mengadakan Rakor ...")
PURPOSE_CLAUSE = re.compile(r"(?:[^\n–—]{0,80}?\s[–—-]\s)?\W*(?:dalam\s+rangka|menjelang|jelang)\b[^,;.\n]*[,.]",
                            re.IGNORECASE)
# a headline's opening topic before a comma ("Evaluasi Kota Cerdas Tahap II, Dewan Smart City Adakan Rakor")
HEADLINE_TOPIC = re.compile(r"[^,;.\n]*,")
# a plan word in the clause right before a date (within PLAN_REACH characters): the day a step is scheduled for
PLAN_REACH = 50  # "yang akan dilaksanakan sekitar bulan Agustus": the plan word a few words before the date
PLANNED_DATE = r"\b(?:{words})\b[^,.;:\n“”\"]{{0,{reach}}}$"
SENTENCE_STOP = re.compile(r"\.\s|\n")
# a trigger up to three words after a means word ("melalui empat tahapan bimbingan teknis", "melalui penilaian
# (assessment)"), none of them a word that places an event ("hadir melalui daring pada evaluasi")
MEANS = r"\b(?:{words})\s+(?:(?!(?:pada|dalam|di|saat|ketika|acara|kegiatan)\b)\w+\s+){{0,3}}(?:\w+\s*\(\s*)?$"
# a relative clause that opens right before a trigger ("IKCI 2015 yang diluncurkan pada 24 Maret 2015 lalu")
COORDINATED = re.compile(r"\s+(?:dan|serta|sekaligus)\s+", re.IGNORECASE)  # two step words side by side
RELATIVE = re.compile(r"\byang\s+$", re.IGNORECASE)
RELATIVE_CLAUSE = re.compile(r"\byang\s+", re.IGNORECASE)
# how far after a trigger, in its clause, the name of another programme places it in that programme ("meraih
# predikat baik dalam evaluasi Sistem Pemerintahan Berbasis Elektronik (SPBE)"), unless our programme is named first
PROGRAMME_REACH = 60
PROGRAMME_OWN = re.compile(r"smart\s*city|cerdas", re.IGNORECASE)
# after another programme's name: a step of this programme joined to it ("SPBE sekaligus pengenalan konsep kota cerdas")
JOINED_OWN = re.compile(r"[^,.;]{0,20}?\bsekaligus\s+[^,.;]{0,40}?(?:smart\s*city|cerdas)", re.IGNORECASE)
# the words that name a prize, and the name of capitalised words (or acronyms) right after it ("penghargaan Kota Sehat",
# "trofi Kalpataru") or right before "Award" ("Paritrana Award")
PRIZE_WORDS = ("penghargaan", "anugerah", "trofi", "piala", "award")
AWARD_NAME = re.compile(r"\s+(?:[A-Z][\w&/-]*)(?:\s+(?:[A-Z0-9][\w&/-]*|dan|&|of|the))*")
AWARD_NAME_BEFORE = re.compile(r"(?<![A-Z])(?:[A-Z][\w&/-]*+\s++){1,4}$")
# a selection word that sets something ("ditetapkan", "penetapan"), and the status it gives a region right after it
SETS = re.compile(r"ditetapkan|penetapan", re.IGNORECASE)
STATUS_GIVEN = re.compile(r"\s*(?:kembali\s+)?(?:sebagai|menjadi|masuk|dalam\s+daftar)\b", re.IGNORECASE)
# the kinds of event an international ranking of cities gives as well: a place in its list ("masuk daftar"), a rank or a
# prize ("menempati peringkat", "juara")
RANKING_KINDS = ("award", "selection_result")
# the steps of an evaluation an article on another programme only (SPBE) reports of that programme
OTHER_PROGRAMME_KINDS = ("assessment", "selection_result", "evaluation", "pre_evaluation", "award")
# how far before a date the letter it dates may be named ("surat Dirjen ... Nomor B-1003/DJAI/AI.01.04/12/2022
# tanggal (5/12/2022)": about 80 characters in the dev set, the longest letter numbers)
LETTER_REACH = 160
# the words that open a clause of the step another one follows
AFTER = re.compile(r"(?:setelah|sesudah|usai|seusai|pasca)\b", re.IGNORECASE)
OTHER_EVENT_CLAUSE = r"\b(?:{words})\b[^,.;]*"
# the rest of a sentence that places its step amid another occasion's programme ("Kunjungan pada Jumat (21/7) itu
# disisipkan di antara agenda seminar ... yang diadakan Pemprov X, Kamis (20/7)"): the dates there are that occasion's
# (once the step has a date of its own, `_amid_clauses`)
AMID = re.compile(r"\bdi\s+(?:antara|sela-sela|sela|tengah)\s+(?:agenda|acara|kegiatan|rangkaian)\b[^.;]*",
                  re.IGNORECASE)
# a place written with its city in a clause, then its date after the commas ("setelah mengikuti penilaian di Hotel X,
# Jakarta, pada 10-11 Januari 2022"): each name word taken whole, so that a run of names is read in one pass
# how far before a sentence (in its paragraph) a speaker's verb makes it the speaker's words ("Kadis mengatakan kota itu
# meraih nilai 71,40. Asesmen diikuti pada awal Mei 2024")
SPEAKER_REACH = 250
HELD_AT_NAME = re.compile(r"\bdi\s+(?-i:[A-Z])", re.IGNORECASE)
PLACE_THEN_DATE = re.compile(r"(?:,\s*+(?>(?-i:[A-Z])[\w'’-]*+\s*+)++)++,\s*+(?:pada|tanggal)\b[^,.;]*+", re.IGNORECASE)
# a trigger naming the audience of a talk ("menjelaskan tentang konsepnya di depan tim asesor"): the assessors
# heard it, whatever the talk was about, so no topic word before it makes it a criterion
AUDIENCE = re.compile(r"di\s*(?:hadapan|depan)\b", re.IGNORECASE)
# a trigger right after a negation names an event that did not happen for the subject ("belum ikut dievaluasi")
# ... and a step the clause says never happened ("tim penilai belum pernah turun ke kota ini untuk melakukan evaluasi",
# "tidak ada tim yang pernah datang melakukan penilaian"; not "belum pernah absen mengikuti evaluasi")
NEGATED = re.compile(r"\b(?:belum|tidak|batal|gagal)\s+(?:\w+\s+){0,2}\w*$|\b(?:belum|tidak|tak)\s+pernah\b(?!\s+(?:absen|alpa|luput|ketinggalan|melewatkan)\b)[^.;:!?,]{0,60}+$"
                     r"|\btidak\s+ada\s+(?:[\w-]+\s+){0,3}?yang\s+pernah\b[^.;:!?,]{0,60}+$", re.IGNORECASE)
# a trigger followed by "tersebut/itu/ini" names the event the article reports again ("Dalam bimtek tersebut,
# peserta dikenalkan ...")
AGAIN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:tersebut|itu|ini|kali\s+ini)\b", re.IGNORECASE)
# "hingga/sampai dengan <date>" (or "selesai/rampung pada <date>") dates the end of an event that began up to this
# many days before (a bimtek or an evaluation runs a few days; own corpus h02 runs three)
UNTIL = re.compile(r"\b(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|selesai|rampung|tuntas)\s+(?:\w+\s+){0,1}$",
                   re.IGNORECASE)
UNTIL_DAYS = 7
SINCE_REACH = 40  # characters before a date where "sejak" / "sebelumnya" tell it in passing (event_context since)
# how many sentences after an undated event's first one may date it ("X mengikuti evaluasi. Kegiatan ini bertema
# .... Bupati memaparkan inovasi di Denpasar, 24 Juni 2024")
NEXT_REACH = 2
# ... and how many may when it is a speaker's attribution that places the speaker somewhere on a day (context kind
# said_at: "X menggelar evaluasi. Visi .... Kepala dinas memaparkan .... “...,” ujarnya di aula hotel, Kamis 4 Mei
# 2023"): the speaker spoke at the event the lead reports
SAID_REACH = 4
# "hari ini" naming the event's day, not "hingga hari ini" (up to now)
TODAY = re.compile(r"(?<!hingga )(?<!sampai )\bhari\s+ini\b", re.IGNORECASE)
# a quote, curly or straight, on one line: what a speaker says
QUOTE = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
# an event that ended this long before the article's date is background, not the news it reports
BACKGROUND_DAYS = 365
# a sentence that opens with a day's place in a range of days dated before it ("Hari kedua, tim ...")
DAY_OF_RANGE = re.compile(r"\W*(?:pada\s+)?hari\s+(?P<n>pertama|kedua|ketiga|keempat|berikutnya|selanjutnya|"
                          r"terakhir)\b", re.IGNORECASE)
DAY_NUMBER = {"pertama": 0, "kedua": 1, "ketiga": 2, "keempat": 3}
# a date given as a later day of the step ("sesi bimtek hari kedua, Kamis (14/7/2022)", "hari ke-3 evaluasi, Rabu
# (5/10)"): the step began the days before it
NTH_DAY = re.compile(r"\bhari\s+(?:ke-?\s*(?P<d>[2-4])\b|(?P<n>kedua|ketiga|keempat)\b)[^.;:\n]{0,50}$",
                     re.IGNORECASE)
# a year written after a trigger in its clause ("evaluasi implementasi smart city tahap II tahun 2024")
# (or "tahun ini", the publication date's year: "evaluasi tahap II atau penilaian tahun ini")
NAMED_YEAR = re.compile(r"[^.,;:\n]{0,70}?\b(?:(?:tahun\s+)?(?P<y>20[12]\d)\b(?!\s*[-/–]\s*20\d\d)"
                        r"|tahun\s+ini\b)", re.IGNORECASE)
# a result announced ("hasil evaluasi ... diumumkan", "pengumuman hasil penilaian"): the selection's, not its step's
RESULT_ANNOUNCED = re.compile(r"\b(?:diumumkan|mengumumkan|pengumuman)\b", re.IGNORECASE)
# a sentence opening by referring back to the result told before it ("Hasil itu tertuang dalam surat ...")
RESULT_BACK = re.compile(r"\W*(?:hasil|nilai|capaian|indeks)\s+(?:itu|tersebut|ini)\b", re.IGNORECASE)
# a year the text calls the current one ("tahun 2024 ini", "pada 2019 ini"): the year it reports from
THIS_YEAR = re.compile(r"\b(20[12]\d)\s+ini\b", re.IGNORECASE)
# a year a sentence places its step in ("di tahun 2022 Kota X mengikuti asesmen", "pada tahun 2019 ...")
IN_YEAR = re.compile(r"\b(?:pada|di|dalam)\s+tahun\s+20[12]\d\b", re.IGNORECASE)
# a letter of the alphabet: a line without one ("0", "58", a page's share counts) is no lead
ALPHABETIC = re.compile(r"[^\W\d_]")
HEADLINE_LENGTH = 160  # characters: a headline line above the body is shorter
# the metric of the programme's own score (score_metrics.csv), not of another index ("indeks inovasi daerah")
SMART_CITY_INDEX = "smart city index"
PROGRAMME = re.compile(r"Gerakan\s+(?:Menuju\s+100\s+Smart\s+City|Smart\s+City\s+Nasional)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[tuple[str, re.Pattern[str]]], dict[str, re.Pattern[str]]]:
    """The trigger patterns in file order, and the context patterns by kind (with "after_another",
    "other_event_clause" and "opening_clause" built from the follows and prepares words, "by_means",
    "in_history", "past_after" and "held_with" from the means, history, past and alongside words, "ahead_of" from
    the prepares words, "planned_date" from the plan words, and "aside",
    "other_programme", "backref", "ceremony", "turn", "letter", "hypothetical", "precedes", "link", "stage",
    "criterion", "held_at", "international", "national", "meeting", "evaluator", "generic", "visit",
    "visit_purpose", "award_own", "award_giver", "document_set", "prize_status", "straight_on", "cohort_clause",
    "dated_means", "series", "run_since", "recalled", "past_month", "year_opening", "said_at", "said_on", "since",
    "closing", "beside_step", "speech", "done", "said_done", "result_of", "year_step", "told_content", "coming",
    "next_plan", "told_that", "speaker" and "occasion" as written)."""
    triggers = [(kind, re.compile(quick_start(p), re.IGNORECASE)) for kind, p in load_lexicon().event_triggers]
    rows = read_rows("event_context.csv")
    words = {kind: "|".join(r["pattern"] for r in rows if r["kind"] == kind)
             for kind in ("report", "background", "plan", "anaphor", "gathering", "follows", "prepares", "rank",
                          "evaluation_result", "means", "history", "past", "alongside")}
    context = {kind: rf"\b(?:{w})\b" for kind, w in words.items()}  # pattern texts, compiled once below
    context["by_means"] = MEANS.format(words=words["means"])
    context["in_history"] = rf"\b(?:{words['history']})\s+(?:\w+\s+)?$"
    context["past_after"] = rf"\s*(?:yang\s+)?(?:{words['past']})\b"
    context["held_with"] = rf"\b(?:{words['alongside']})\s+(?:\w+\s+){{0,2}}$"
    for kind in ("other_programme", "backref", "ceremony", "turn", "letter", "hypothetical", "precedes", "link",
                 "stage", "criterion", "held_at", "international", "national", "meeting", "evaluator", "generic",
                 "visit", "visit_purpose", "award_own", "award_giver", "document_set", "prize_status",
                 "straight_on", "programme_launch", "cohort_clause", "dated_means", "series", "run_since", "recalled", "past_month",
                 "year_opening", "said_at", "said_on", "said_result", "since", "closing", "beside_step", "speech", "done",
                 "said_done", "result_of", "year_step", "told_content", "coming", "next_plan", "told_that", "speaker",
                 "occasion"):
        context[kind] = next(r["pattern"] for r in rows if r["kind"] == kind)
    context["after_another"] = AFTER_ANOTHER.format(words=f"{words['follows']}|{words['prepares']}")
    context["other_event_clause"] = (OTHER_EVENT_CLAUSE.format(words=f"{words['follows']}|{words['history']}")
                                     + rf"|\byang\b[^,.;]*?\b(?:{words['past']})\b")
    context["opening_clause"] = rf"\W*(?:{words['follows']})\b[^,.;]*,"
    context["ahead_of"] = AFTER_ANOTHER.format(words=f"{words['prepares']}|menjelang|jelang")
    context["aside"] = next(r["pattern"] for r in rows if r["kind"] == "aside")
    context["planned_date"] = PLANNED_DATE.format(words=words["plan"], reach=PLAN_REACH)
    return triggers, {kind: re.compile(quick_start(pattern), re.IGNORECASE) for kind, pattern in context.items()}


Group = tuple[str, list[Span], dict[int, Range]]  # an event's kind, its sentences and the scope of each (by start)


@dataclass
class _Found:
    """What the trigger scan finds: the sentences that report an event of each kind, those that only mention one,
    and what the later steps need to know of them."""
    claimed: list[tuple[int, int]] = field(default_factory=list)  # the spans the triggers took, in order
    claims: dict[str, list[int]] = field(default_factory=dict)  # where each kind's triggers stand, reported or not
    hits: dict[str, list[Span]] = field(default_factory=dict)  # the sentences that report an event of the kind
    spots: dict[str, list[int]] = field(default_factory=dict)  # where the triggers of reported events stand
    mentioned: dict[str, list[Span]] = field(default_factory=dict)  # sentences that name one without reporting it
    again: set[int] = field(default_factory=set)  # those that name it as the event reported ("Dalam bimtek tersebut")
    # sentences that report a preparation meeting ("rapat persiapan penilaian")
    preparing: set[int] = field(default_factory=set)
    # reported triggers that name an event already told ("penghargaan tersebut")
    recalled: set[tuple[str, int]] = field(default_factory=set)
    prized: bool = False  # whether a reported award names a prize, not only a rank
    # the sentences of a meeting a later one names as held for a step ("Pertemuan tersebut dalam rangka penandatanganan")
    purposed: list[tuple[int, int]] = field(default_factory=list)
    # events named after an alongside word, where that word stands
    together: list[tuple[str, Span, int]] = field(default_factory=list)
    # the sentences that report a step only as scheduled ("bimtek tahap III akan digelar 5 Agustus"), and those
    # that report one as held
    planned: set[int] = field(default_factory=set)
    held: set[int] = field(default_factory=set)
    # the steps the lead names only as scheduled, a plan word before them and no calendar date ("Bupati X dijadwalkan
    # memaparkan ... pekan depan"): the news of an article that reports no step
    announced: list[tuple[str, _Trigger]] = field(default_factory=list)
    # the triggers of a step another follows straight away ("Usai penandatanganan MoU, dilanjutkan bimtek tahap I"),
    # by where they start, with the bounds of their sentence
    sequenced: dict[int, Range] = field(default_factory=dict)
    # the sentences that recall an earlier step (`_recalls`), by where they start
    past: set[int] = field(default_factory=set)

    def report(self, kind: str, t: _Trigger, held: re.Match[str] | None, context: dict[str, re.Pattern[str]]) -> None:
        """Record a trigger whose sentence reports its event."""
        if held:
            self.together.append((kind, t.whole, t.sentence.start_char + held.start()))
        self.hits.setdefault(kind, []).append(t.whole)
        self.spots.setdefault(kind, []).append(t.match.start())
        if AGAIN.match(t.text, t.match.end()):
            self.recalled.add((kind, t.whole.start))
        if kind == "other" and context["prepares"].search(t.match.group(0)):
            self.preparing.add(t.whole.start)
        if kind == "award" and not context["rank"].search(t.match.group(0)):
            self.prized = True

    def mention(self, kind: str, t: _Trigger) -> None:
        """Record a trigger whose sentence names its event without reporting it."""
        self.mentioned.setdefault(kind, []).append(t.whole)
        if AGAIN.match(t.text, t.match.end()):
            self.again.add(t.whole.start)


@dataclass(frozen=True)
class _Trigger:
    """A trigger's match in its sentence (`whole`; `sentence` is the part of it within SENTENCE_REACH of the
    trigger): the text before it in the sentence and the rest of its clause after it."""
    text: str
    whole: Span
    sentence: Span
    match: re.Match[str]
    before: str
    rest: str


def _trigger_in(doc: Doc, whole: Span, m: re.Match[str]) -> _Trigger:
    """The trigger `m` read in its sentence."""
    text = text_of(doc)
    sentence = whole
    if whole.end_char - whole.start_char > SENTENCE_REACH:
        near = doc.char_span(max(whole.start_char, m.start() - SENTENCE_REACH),
                             min(whole.end_char, m.end() + SENTENCE_REACH), alignment_mode="expand")
        sentence = near if near is not None else whole
    return _Trigger(text, whole, sentence, m, text[sentence.start_char:m.start()],
                    _clause_after(text, m.end(), sentence.end_char))


def events_of(doc: Doc, title: str | None = None, headline_regions: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """The smart-city events the article reports, one per type, with regions, dates, venue and stage; an event of a
    body that names no region at all is of the one region its headline names ("Pemkab X Tanda Tangani MoU ...",
    `headline_regions`)."""
    triggers, context = _patterns()
    sentences = list(doc.sents)
    lead = _lead(doc, sentences, triggers)  # the token index of the lead's start (-1 for an empty text)
    found = _scan(doc, sentences, lead, triggers, context)
    _drop_other_programmes_steps(doc, found, title or "", context)
    _results_as_evaluation(doc, found, sentences, lead, context)
    _announced_as_news(found, context)
    _assessment_named_again(found)
    _drop_prepared(found)
    _drop_closings(found, context["closing"])
    paired = _paired_steps(doc, found)
    absorbed = _absorb_minor_steps(found, context, paired)
    # (not a kind the body tells only as part of another step: "Pemkab X Gelar Sosialisasi dan Bimtek Smart City"
    # over "menggelar Sosialisasi dan Bimbingan Teknis Tahap I" is one bimtek)
    # (nor one the headline only announces: "Pemkab X Bakal Luncurkan Tiga Aplikasi")
    # (nor one the headline names as what is being prepared for: "Pemkot X Bersiap Jelang Evaluasi Smart City")
    title_kinds = _title_kinds(title or "", triggers, context, set(found.hits)) - set(found.hits) - absorbed
    # ("Tim Pusat Sosialisasikan Evaluasi ...": the headline's meeting is the pre-evaluation the body reports, the
    # programme's team meeting the region; any meeting a headline names gives way to a reported pre-evaluation)
    if "pre_evaluation" in found.hits:
        title_kinds.discard("other")
    _lead_tells_title(doc, found, sentences, lead, title_kinds)
    _date_reports(doc, found, sentences, lead, context)
    groups = _groups(doc, found)
    art = part.article_of(doc, context["plan"], VENUE)
    extras = _extra_sentences(doc, art, groups, found.claims, found.mentioned, found.again, found.past, context)
    events, leads, reported_by = _group_events(doc, art, groups, extras, found.claims, lead)
    _add_title_events(doc, events, title_kinds - set(found.hits))
    events = _without_subsumed(events, found.hits, leads, paired)
    _date_from_context(doc, events, reported_by, sentences, found.claims, title or "", triggers)
    for event in events:
        event["type"] = _stage_type(event, _with_next(reported_by.get(id(event), []), sentences), published(doc))
    events = _without_openings(
        _without_repeats(_without_undated_selection(_without_next_sessions(events, reported_by, found, lead))), reported_by,
        context["turn"])
    _date_selection_by_publication(events, published(doc))
    if len(headline_regions) == 1 and not spans_of(doc, "regions"):
        for event in events:
            event["regions"] = event["regions"] or list(headline_regions)
    order = {kind: i for i, (kind, _) in enumerate(triggers)}
    return sorted(_without_earlier_years(_recent(events, published(doc))), key=lambda e: (e["start"] or "9999", order[e["type"]]))


def _scan(doc: Doc, sentences: list[Span], lead: int, triggers: list[tuple[str, re.Pattern[str]]],
          context: dict[str, re.Pattern[str]]) -> _Found:
    """Every trigger of the text (a span taken by the first trigger row that matches it) that names an event of
    the programme, sorted into the events the article reports and those it only mentions."""
    text = text_of(doc)
    firsts = [s.start for s in sentences]  # as Token.sent, which walks the tokens to the sentence's ends
    found = _Found()
    evaluator = context["evaluator"].search(text) is not None
    ranking = context["international"].search(text) is not None  # an international ranking of cities named
    linked: dict[int, bool] = {}  # whether the line starting at the key links another article
    named: set[str] = set()  # the words of the steps' triggers ("FGD pembahasan master plan")
    dropped: set[tuple[str, int]] = set()  # the kinds and ends of the triggers that name no event
    for kind, pattern in triggers:
        for m in pattern.finditer(text):
            start, end = m.span()
            taken = bisect_left(found.claimed, (end,))  # the spans before this one's end; the last reaches furthest
            if taken and found.claimed[taken - 1][1] > start \
                    or kind == "other" and any(a <= start < b for a, b in found.purposed):
                continue  # (nor a meeting a later sentence names as held for a step: it is that step)
            found.claimed.insert(taken, (start, end))
            sent = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            line = text.rfind("\n", 0, m.start()) + 1
            if line not in linked:
                linked[line] = bool(context["link"].match(text, line)) or in_link_line(text, line)
            if sent is None or linked[line]:
                continue  # ("BACA JUGA: Kota X Raih Penghargaan ...", "- Kota X Raih ... - outlet.com": another article's)
            t = _trigger_in(doc, sentences[bisect_right(firsts, sent.start) - 1], m)
            if kind == "other" and _occasion_of_speech(t, triggers, context):
                found.claimed.remove((start, end))  # (its sentence may refer back: "Kabar itu disampaikan ...")
                continue  # "menyampaikan hal itu saat rapat koordinasi perangkat daerah": where a speaker spoke
            aside = _aside(doc, t, context)
            # ("setelah ... bimbingan teknis penyusunan masterplan": the name goes on, and names no event either)
            if (kind, len(text[:start].rstrip(" ()"))) in dropped \
                    or _names_no_event(kind, t, aside, ranking, triggers, context):
                dropped.add((kind, end))
                continue
            if kind == "other" and _named_again(m.group(0), " ".join(named)):
                continue  # ("terselenggaranya FGD" after "FGD pembahasan master plan": the step named again)
            if kind != "other":
                named.add(m.group(0).lower())
            held = _held_with(t, context)
            this = kind
            if kind == "selection_result" and m.group(0).lower().startswith("hasil") \
                    and RANKED.search(span_text(t.sentence)):
                this = "evaluation"  # "hasil asesmen ... menempatkan Kabupaten X pada rangking 8": a ranking
            if kind == "selection_result" and context["prize_status"].match(t.rest):
                this = "award"  # "ditetapkan sebagai kota ... terbaik": the status a prize gives
            if kind == "evaluation" and context["meeting"].search(t.before) and not evaluator \
                    and not ("evaluation" in found.hits and AGAIN.match(t.text, m.end())):
                this = "other"  # "Pemkab X menggelar Rapat Evaluasi Smart City": the region's own meeting
            # (not "Rapat evaluasi itu dihadiri bupati" after the evaluation reported: that evaluation, named again)
            found.claims.setdefault(this, []).append(m.start())
            schedule: list[bool] = []  # whether the sentence reports the step only as scheduled
            # ("menyebut bimtek tahap I telah digelar pada Juli 2023": a speaker recalling an earlier stage)
            told = aside and not _recalled_by_month(doc, t.sentence, lead, context)
            recalls = _recalls(doc, t.sentence, lead, context, (m.start(), m.end()))
            if recalls:
                found.past.add(t.whole.start)
            if not recalls and (told or held
                                or _is_reported(doc, t.sentence, lead, context, (m.start(), m.end()), schedule)):
                if schedule and schedule[0] or aside and _dated_as_plan(doc, t.sentence, context):
                    found.planned.add(t.whole.start)
                else:
                    found.held.add(t.whole.start)
                found.report(this, t, held, context)
                if _straight_on(t, context):
                    found.sequenced[m.start()] = (t.whole.start_char, t.whole.end_char)
                if this != "other" and t.whole.start > 0 and context["backref"].search(span_text(t.whole)) \
                        and (FOR_ANOTHER.search(t.before) or PART_OF.search(t.before)):
                    before = doc[t.whole.start - 1].sent
                    found.purposed.append((before.start_char, before.end_char))
            else:
                found.mention(this, t)
                if schedule and t.whole.start == lead and context["plan"].search(t.before) \
                        and not _event_dates(doc, [_bounds(t.sentence)], relative=False):
                    found.announced.append((this, t))  # ("untuk penilaian yang akan dilakukan": the plan of no step)
    return found


def _named_again(word: str, named: str) -> bool:
    """Whether a meeting word is a word, or the acronym of the words ("FGD": "focus group discussion"), of a step's
    trigger."""
    word = word.lower()
    return re.search(rf"\b{re.escape(word)}\b", named) is not None or word == "fgd" and "group dis" in named


def _aside(doc: Doc, t: _Trigger, context: dict[str, re.Pattern[str]]) -> bool:
    """Whether the trigger is told aside of the sentence's speech: "kata bupati usai menandatangani MoU, Kamis
    (21/4)" places the step on the day (an undated "kata bupati usai MoU dengan Kementerian" only recalls a step
    done before)."""
    follows = context["after_another"].search(t.before) is not None
    aside = context["aside"].search(t.before)
    return aside is not None and not context["told_content"].search(aside.group(0)) \
        and (not follows or _dated(doc, [t.sentence]))


def _names_no_event(kind: str, t: _Trigger, aside: bool, ranking: bool,
                    triggers: list[tuple[str, re.Pattern[str]]], context: dict[str, re.Pattern[str]]) -> bool:
    """Whether the trigger names no event of the programme: one another event is dated against, the purpose of
    an event named before it, one negated or hypothetical, a criterion or method of a step, a means or a history, a
    step of another programme, a rank or prize of an international ranking of cities (`kind` tells which, `ranking`
    whether the text names such a ranking)."""
    if not aside and context["after_another"].search(t.before) and not _straight_on(t, context):
        return True  # "setelah penandatanganan, ... bimtek": the clause dates the other event
    if kind != "other" and _purpose_of_meeting(t.text, t.whole.start_char, t.match.end(),
                                               [p for k, p in triggers if k == "other"],
                                               _title_line(t.text, t.whole)):
        return True  # "Dalam rangka evaluasi tahap kedua ..., Dewan Smart City mengadakan Rakor": the meeting's aim
    purpose = FOR_ANOTHER.search(t.before)
    if purpose and any(p.search(t.before[:purpose.start()]) for _, p in triggers) \
            and not context["visit_purpose"].search(t.before):
        return True  # ("menyambangi Kabupaten X untuk melakukan evaluasi": the evaluation, not the visit's purpose)
    if NEGATED.search(t.before) or context["hypothetical"].search(t.before):
        return True  # "Kota X belum ikut dievaluasi", "sehingga bisa dilakukan evaluasi"
    if kind == "selection_result" and SETS.match(t.match.group(0)) and not STATUS_GIVEN.match(t.rest) \
            and context["document_set"].search(t.before):
        return True  # "Perbup tentang masterplan telah ditetapkan bupati": a document set, no region selected
    if context["criterion"].search(t.before) and not AUDIENCE.match(t.match.group(0)):
        return True  # "Kedua aspek penilaian ini", "menggunakan metode wawancara"
    if not aside and _beside(t, context):
        return True  # "terpilih melalui penilaian", "yang telah diluncurkan ... lalu"
    # "evaluasi SPBE", also in a quote's attribution ("katanya, dalam penilaian SPBE ...")
    return _of_other_programme(t, context) or _of_international_ranking(kind, t, ranking, context) \
        or kind == "award" and _of_other_award(t, context)


def _occasion_of_speech(t: _Trigger, triggers: list[tuple[str, re.Pattern[str]]],
                        context: dict[str, re.Pattern[str]]) -> bool:
    """Whether a meeting or visit word names only the occasion the news was told at or to ("Kabar itu disampaikan
    kepada rombongan wartawan yang berkunjung ke kementerian"), the gathering naming nothing of the programme: not
    its name, nor one of its steps ("saat rapat koordinasi penyusunan masterplan", "dalam sosialisasi evaluasi")."""
    told = context["occasion"].search(t.before)
    named = f"{t.match.group(0)}{t.rest}"
    return told is not None and PROGRAMME_OWN.search(t.before, told.start()) is None \
        and PROGRAMME_OWN.search(named) is None \
        and not any(kind != "other" and pattern.search(named) for kind, pattern in triggers)


def _straight_on(t: _Trigger, context: dict[str, re.Pattern[str]]) -> bool:
    """Whether the trigger stands in an opening clause of a step another follows straight away ("Usai
    penandatanganan MoU, kegiatan dilanjutkan dengan bimtek tahap I", "Usai ..., Kabupaten X langsung mengikuti
    bimbingan teknis"): both steps took place, on the same occasion."""
    text = span_text(t.sentence)
    opening = context["opening_clause"].match(text)
    return opening is not None and t.match.start() - t.sentence.start_char < opening.end() \
        and context["straight_on"].search(text, opening.end()) is not None


def _purpose_of_meeting(text: str, start: int, end: int, meetings: list[re.Pattern[str]],
                        headline: bool = False) -> bool:
    """Whether the trigger ending at `end` stands in the purpose clause that opens the sentence at `start` and the
    clause after it, or the next sentence when the clause is written as one of its own, tells of a meeting held for
    it ("Dalam rangka evaluasi tahap kedua ..., Dewan Smart City mengadakan Rapat Koordinasi"): the step is what the
    meeting prepares, no event the article reports. In a headline line (`headline`) the topic it opens with before
    a comma is such a purpose ("Evaluasi Kota Cerdas Tahap II, Dewan Smart City Adakan Rakor")."""
    opening = (HEADLINE_TOPIC if headline else PURPOSE_CLAUSE).match(text, start)
    if opening is None or opening.end() < end:
        return False
    after = text[opening.end():opening.end() + SENTENCE_REACH]
    stop = SENTENCE_STOP.search(after, 1)
    after = after[:stop.start()] if stop else after
    return any(p.search(after) for p in meetings)


def _held_with(t: _Trigger, context: dict[str, re.Pattern[str]]) -> re.Match[str] | None:
    """The alongside word the trigger follows ("Kegiatan ini dilaksanakan bersamaan dengan peluncuran ...": held
    with the event the sentence reports), unless the sentence tells of a plan."""
    held = context["held_with"].search(t.before)
    return None if held and context["plan"].search(span_text(t.sentence)) else held


def _drop_other_programmes_steps(doc: Doc, found: _Found, title: str, context: dict[str, re.Pattern[str]]) -> None:
    """An article on another programme that names this one nowhere, title included ("Hasil evaluasi SPBE tahun 2022
    telah diumumkan ... Kabupaten X meraih 3,05 dan menempati peringkat 41", a quote's "Tanpa evaluasi, ..."): its
    evaluations, ranks and awards are that programme's, no smart-city event (docs/gold_schema.md, "Other
    programmes")."""
    text = f"{title}\n{text_of(doc)}"
    if context["other_programme"].search(text) is None or PROGRAMME_OWN.search(text) is not None:
        return
    for kind in OTHER_PROGRAMME_KINDS:
        found.hits.pop(kind, None)
        found.spots.pop(kind, None)


def _results_as_evaluation(doc: Doc, found: _Found, sentences: list[Span], lead: int,
                           context: dict[str, re.Pattern[str]]) -> None:
    """An evaluation's result reports the evaluation: in an article that reports nothing else ("Posisi itu
    adalah hasil Evaluasi Smart City Tahap II 2024"), or only mentions a step beside the scores it gave ("Indeks smart
    city Kota X naik menjadi 3,1 pada 2023. Penilaian ini dikeluarkan ..."), and as the rank an award without a prize
    gives ("Kota X menduduki peringkat ke-4 ..., hasil evaluasi smart city 2022"); not an earlier year's result a later
    sentence recalls ("Pada evaluasi kota cerdas tahun 2024, X meraih indeks 2,93" in an article of 2025 on SPBE)."""
    hits, spots = found.hits, found.spots
    text = text_of(doc)
    on = published(doc)

    def recalled(s: Span) -> bool:
        return s.start in found.past or on is not None and s.start != lead and _of_earlier_year(doc, s, context, on)

    if not hits and "evaluation" in found.mentioned:
        results = [s for s in found.mentioned["evaluation"]
                   if context["evaluation_result"].search(span_text(s)) and not recalled(s)]
        if results:
            hits["evaluation"] = results
            spots["evaluation"] = [p for p in found.claims["evaluation"]
                                   if any(s.start_char <= p < s.end_char for s in results)]
    if not hits and {"evaluation", "assessment"} & set(found.mentioned):
        firsts = [s.start for s in sentences]
        # where the text names another programme and this one (each list in order, read once)
        named = ([m.end() for m in context["other_programme"].finditer(text)],
                 [m.end() for m in PROGRAMME_OWN.finditer(text)])
        scored = {s.start_char: sentences[bisect_right(firsts, s.start) - 1] for s in spans_of(doc, "scores")
                  if s._.value["kind"] == "index" and s._.value["metric"] == SMART_CITY_INDEX
                  and not _scored_by_other_programme(s.end_char, *named)}
        scored = {p: s for p, s in scored.items() if not recalled(s)}
        if scored:
            hits["evaluation"] = list({s.start: s for s in scored.values()}.values())
            spots["evaluation"] = list(scored)
    if "award" in hits and not found.prized and context["evaluation_result"].search(text):
        hits.setdefault("evaluation", []).extend(hits.pop("award"))
        spots.setdefault("evaluation", []).extend(spots.pop("award"))


def _announced_as_news(found: _Found, context: dict[str, re.Pattern[str]]) -> None:
    """In an article that reports no step, the steps its lead names as scheduled without a date ("Bupati X dijadwalkan
    memaparkan masterplan di hadapan tim penilai pekan depan") are its news, reported undated."""
    if found.hits:
        return
    for kind, t in found.announced:
        found.planned.add(t.whole.start)
        found.report(kind, t, None, context)


def _assessment_named_again(found: _Found) -> None:
    """An assessment the article names only with a demonstrative after an evaluation it reported ("mengikuti evaluasi
    implementasi Smart City tahap kedua ... diuntungkan dengan pola asesmen ini"): that evaluation, named again."""
    evaluated = [s.start for s in found.hits.get("evaluation", [])]
    assessed = found.hits.get("assessment", [])
    if evaluated and assessed and all(("assessment", s.start) in found.recalled and s.start > min(evaluated)
                                      for s in assessed):
        found.hits["evaluation"] += found.hits.pop("assessment")
        found.spots["evaluation"] += found.spots.pop("assessment")


def _scored_by_other_programme(end: int, others: list[int], owns: list[int]) -> bool:
    """Whether the programme the text names last before a score's `end` is another one ("Hasil evaluasi SPBE ...
    diumumkan. Kabupaten X meraih predikat Baik dengan indeks 3,39"): that programme's score, whatever the words
    right before the number say, and no evaluation of this one (`others`, `owns`: where the names of other
    programmes and of this one end, in order)."""
    other, own = bisect_right(others, end), bisect_right(owns, end)
    return other > 0 and (own == 0 or others[other - 1] > owns[own - 1])


def _drop_prepared(found: _Found) -> None:
    """Drop the steps a preparation meeting's sentence names ("Menyiapkan bahan evaluasi ..., diselenggarakan
    rapat persiapan penilaian"): what the meeting prepares, not held yet."""
    hits = found.hits
    for main in IN_ITS_SENTENCE:
        if main in hits and main != "other":
            hits[main] = [s for s in hits[main] if s.start not in found.preparing]
            if not hits[main]:
                del hits[main]


def _drop_closings(found: _Found, closing: re.Pattern[str]) -> None:
    """"Berakhirnya kegiatan ini ditandai dengan penandatanganan komitmen ...": where the article reports a guidance
    session, the commitment signed to close it is part of it, no meeting of its own (the reports of type other that
    tell only such a closing are left out)."""
    if "technical_guidance" not in found.hits or "other" not in found.hits:
        return
    found.hits["other"] = [s for s in found.hits["other"] if not closing.search(span_text(s))]
    if not found.hits["other"]:
        del found.hits["other"]


def _paired_steps(doc: Doc, found: _Found) -> set[frozenset[str]]:
    """The pairs of kinds reported by a trigger joined to another kind's trigger by a conjunction alone ("memberikan asesmen
    dan bimtek", "penandatanganan MoU serta bimbingan teknis"): two steps named side by side, neither part of the
    other (a meeting word, type other, stays part of the step: "Sosialisasi dan Bimbingan Teknis Tahap I"); and a
    step told as followed straight away by another (`found.sequenced`) with every other kind reported in that
    stretch of its sentence, a meeting too."""
    text = text_of(doc)
    at = {p: kind for kind, spots in found.spots.items() for p in spots}
    # (and a step with the one that follows it straight away in its sentence, a meeting too: "Seusai mengikuti
    # asesmen, Bupati langsung bertemu Dirjen")
    after = {frozenset((at[p], kind)) for p, (a, b) in found.sequenced.items() if p in at
             for kind, spots in found.spots.items() if kind != at[p] and any(a <= q < b for q in spots)}
    return after | {frozenset((at[first], at[second])) for (first, end), (second, _) in pairwise(found.claimed)
                    if first in at and second in at and "other" not in (at[first], at[second]) and at[first] != at[second]
                    and COORDINATED.fullmatch(text, end, second)}


def _absorb_minor_steps(found: _Found, context: dict[str, re.Pattern[str]], paired: set[frozenset[str]]) -> set[str]:
    """Leave a sentence that reports a step and a minor one to the step ("penilaian ... ditentukan oleh evaluasi
    tahap II": one event, named by its more specific word), unless the two are named side by side (`paired`), and
    the positions of the triggers left; the kinds
    whose every report went to another step."""
    hits = found.hits
    absorbed: set[str] = set()
    for main, minor in IN_ITS_SENTENCE.items():
        main_starts = {s.start for s in hits.get(main, [])}
        # "pemberian penghargaan tersebut diawali dengan proses penilaian ..., pada Agustus": the award is the one
        # already told, the sentence reports the step before it (so does "Penetapan tersebut merupakan hasil asesmen
        # pada 2-3/5/2017" of a selection, which leaves the assessment its own sentence)
        told = {s.start for s in hits.get(main, []) if (main, s.start) in found.recalled and main != "other"
                and context["precedes"].search(span_text(s))
                and any(s.start in {h.start for h in hits.get(kind, [])}
                        for kind in (*minor, *SUBSUMES.get(main, ())) if kind != "other")}
        if told:
            hits[main] = [s for s in hits[main] if s.start not in told]
            main_starts -= told
            if not hits[main]:
                del hits[main]
        for kind in minor:
            if kind in hits and frozenset((main, kind)) not in paired:
                hits[kind] = [s for s in hits[kind] if s.start not in main_starts]
                if not hits[kind]:
                    del hits[kind]
                    absorbed.add(kind)
    found.spots = {kind: [p for p in found.spots[kind] if any(s.start_char <= p < s.end_char for s in sents)]
                   for kind, sents in hits.items()}
    return absorbed


def _date_reports(doc: Doc, found: _Found, sentences: list[Span], lead: int,
                  context: dict[str, re.Pattern[str]]) -> None:
    """Give the reports without a date of their own the sentences that date them: those of the events held with
    them, the award's ceremony, a dated sentence that refers back to them or follows them."""
    _share_dates(doc, found.hits, found.spots, sentences, found.claims, found.together)
    _date_award_by_ceremony(doc, found.hits, sentences, context["ceremony"])
    _attach_anaphors(doc, found.hits, sentences, found.claimed, context, found.mentioned)
    _attach_next_dates(doc, found.hits, sentences, found.claimed, context, lead, found.mentioned)


def _groups(doc: Doc, found: _Found) -> list[Group]:
    """The reports of each kind split into events by date and stage, each sentence with its scope."""
    text = text_of(doc)
    groups: list[Group] = []
    for kind, sents in found.hits.items():
        sents = sorted(_unique_sents(sents), key=lambda s: s.start)
        scope = {s.start: _scope(text, s, kind, found.spots, found.sequenced) for s in sents}
        for group in _by_date(doc, sents, scope, kind == "selection_result", found.planned):
            groups.extend((kind, g, sc) for g, sc in _stages(doc, group, scope, found.claims.get(kind, [])))
    return groups


def _group_events(doc: Doc, art: part.Article, groups: list[Group], extras: list[list[Range]],
                  claims: dict[str, list[int]], lead: int
                  ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[int, list[Span]]]:
    """The event of each group, the events the lead reports, and the sentences of each event (by id); a step
    whose sentences name no region ("bimtek tahap II yang dijadwalkan September 2018") is one of the regions the
    lead's news names, not only of the region named most."""
    lead_char = doc[lead].idx if 0 <= lead < len(doc) else -1
    # the sentences with an event's date: they report another event than the one an enumeration goes on from
    dated = {art.index(d.start_char) for d in spans_of(doc, "dates") if d._.value["kind"] == "event"}
    events, leads, unnamed = [], [], []
    reported_by: dict[int, list[Span]] = {}
    for (kind, group, scope), extra in zip(groups, extras):
        event, named = _event(doc, art, kind, group, scope, extra, claims, lead_char, dated)
        events.append(event)
        reported_by[id(event)] = group
        if any(s.start == lead for s in group):
            leads.append(event)
        if not named:
            unnamed.append(event)
    news = next((e for e in leads if len(e["regions"]) >= 2 and not any(e is u for u in unnamed)), None)
    for event in unnamed:
        if news is not None and event["type"] in SEQUEL_TYPES:
            event["regions"] = list(news["regions"])
    return events, leads, reported_by


def _lead_tells_title(doc: Doc, found: _Found, sentences: list[Span], lead: int, kinds: set[str]) -> None:
    """The one step a headline names and the body tells in words of its own ("Kota X Teken MoU Smart City" over "Wali
    Kota X ... menandatangani kesepakatan program smart city ..., Senin (8/4/2019)") is reported by the lead, when the
    lead is dated and names no step."""
    sentence = next((s for s in sentences if s.start == lead), None)
    if len(kinds) != 1 or sentence is None or not _dated(doc, [sentence]) \
            or any(sentence.start_char <= a < sentence.end_char for a, _ in found.claimed):
        return
    kind = next(iter(kinds))
    found.hits[kind], found.spots[kind] = [sentence], []


def _add_title_events(doc: Doc, events: list[dict[str, Any]], kinds: set[str]) -> None:
    """Add an undated event of each kind only the headline names, of the regions the body's events share."""
    for kind in sorted(kinds):
        events.append({"type": kind, "regions": _title_regions(doc, events), "start": None, "end": None,
                       "granularity": None, "venue": None, "online": False, "stage": None, "programme": None})


def _without_subsumed(events: list[dict[str, Any]], hits: dict[str, list[Span]],
                      leads: list[dict[str, Any]], paired: set[frozenset[str]]) -> list[dict[str, Any]]:
    """The events without the minor steps of a reported step dated by a year alone ("mengikuti asesmen di tahun
    2022" dates no event of its own), but for the lead's step, which is the news, and one named side by side with
    another step (`paired`): a step of its own."""
    for main, minor in SUBSUMES.items():
        if main in hits:
            events = [e for e in events if e["type"] not in minor or e["granularity"] in ("day", "month")
                      or any(e["type"] in pair for pair in paired)
                      or any(e is lead_event for lead_event in leads)]
    return events


def _date_from_context(doc: Doc, events: list[dict[str, Any]], reported_by: dict[int, list[Span]],
                       sentences: list[Span], claims: dict[str, list[int]], title: str,
                       triggers: list[tuple[str, re.Pattern[str]]]) -> None:
    """Date the undated events by the day of a range of days their sentences tell of, else by the year the text
    (else the headline) names the step with, else by the one year the text calls this one ("tahun 2024 ini")."""
    current = _current_year(doc)
    for event in events:
        if event["start"] is None:
            # "Rangkaian kegiatan berlangsung 21 dan 22 Agustus 2018. ... Hari berikutnya, tim memberikan bimtek"
            day = _day_of_range(doc, reported_by.get(id(event), []), sentences)
            if day is not None:
                event["start"] = event["end"] = day
                event["granularity"] = "day"
        if event["start"] is None:
            # "evaluasi implementasi smart city tahap II tahun 2024", "Penghargaan Kota Cerdas 2017": the year the
            # article names the step with dates the step that has no date of its own
            # (several: the year named where the text first tells of the step, later ones recall other years); else
            # "Pemkab X Paparkan Inovasi Saat Evaluasi Smart City Tahun 2024": the headline's year of the step
            step_years = _named_years(doc, claims.get(event["type"], [])) or _years_as_step(doc, claims, event["type"])
            years = {step_years[0]} if step_years else _title_years(title, event["type"], triggers)
            if len(years) == 1:
                event["start"], event["granularity"] = years.pop(), "year"
        if event["start"] is None and event["type"] == "evaluation":
            # "Indeks ... tahun 2024 naik dari 2,87 pada 2023 menjadi 3,18. Hasil itu tertuang dalam surat pemberitahuan
            # hasil evaluasi ...": the evaluation of the latest year of the result told just before
            event["start"] = _year_of_result_before(doc, reported_by.get(id(event), []), sentences)
            event["granularity"] = "year" if event["start"] else None
        if event["start"] is None and current is not None:
            event["start"], event["granularity"] = current, "year"


def _year_of_result_before(doc: Doc, sents: list[Span], sentences: list[Span]) -> str | None:
    """The latest year of the scores of the sentence before one of `sents` that refers back to them as a result
    ("Hasil itu tertuang dalam surat ..."), else None."""
    position = {s.start: i for i, s in enumerate(sentences)}
    for sentence in sents:
        i = position.get(sentence.start, 0)
        if i and RESULT_BACK.match(span_text(sentence)):
            a, b = _bounds(sentences[i - 1])
            years = [v for s in spans_of(doc, "scores") if a <= s.start_char < b and (v := s._.value.get("year"))]
            if years:
                return str(max(years))
    return None


def _current_year(doc: Doc) -> str | None:
    """The one year the text calls this one ("tahun 2024 ini", "pada 2019 ini")."""
    years = {m.group(1) for m in THIS_YEAR.finditer(text_of(doc))}
    return years.pop() if len(years) == 1 else None


def _without_repeats(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events without a second of the same type, start and regions (a selection word in a year outside the
    selections is that year's evaluation, which the article may also name by its own word), nor one dated by a
    month in which another of them is dated by a day ("evaluasi ... November 2022", "di hadapan evaluator, Rabu
    (9/11/2022)": one step), nor one dated by a year in which another is dated by a day or a month (a headline's
    "Ikuti Evaluasi Smart City 2023" over "di hadapan tim evaluator, Selasa (13/6/2023)"), nor an undated one of the
    same type, regions and stage as a dated one ("memaparkan capaian di hadapan tim evaluator ..., Kamis
    (12/10/2023). Evaluasi berlangsung selama tiga jam.")."""
    seen: set[tuple[str, str | None, tuple[str, ...]]] = set()
    days = {(e["type"], e["start"][:n], tuple(sorted(e["regions"]))) for e in events
            for n, finer in ((7, ("day",)), (4, ("day", "month"))) if e["granularity"] in finer}
    dated = {(e["type"], tuple(sorted(e["regions"])), e["stage"]) for e in events if e["start"]}
    kept = []
    for event in events:
        key = (event["type"], event["start"], tuple(sorted(event["regions"])))
        if event["start"] is None and (event["type"], key[2], event["stage"]) in dated:
            continue
        if key not in seen and not (event["granularity"] in ("month", "year") and key in days):
            seen.add(key)
            kept.append(event)
    return kept


def _without_openings(events: list[dict[str, Any]], reported_by: dict[int, list[Span]],
                      turn: re.Pattern[str]) -> list[dict[str, Any]]:
    """The events without a step whose sentences name none of the regions of a step of the same type and stage that
    follows it within days ("Evaluasi ... dibuka Dirjen, Senin (12/6/2023). Kabupaten X mendapat giliran presentasi
    pada Selasa (13/6/2023)"): the opening of the gathering the region's step is part of, when the opening has no
    region of its own or the later step is told as the region's turn (`turn`; `reported_by`: the sentences of each
    event, by id)."""
    def opening(e: dict[str, Any], o: dict[str, Any]) -> bool:
        stages = {e["stage"], o["stage"]} - {None}
        named = {s._.value["name"] for sent in reported_by.get(id(e), []) for s in spans_of(sent.doc, "regions")
                 if sent.start_char <= s.start_char < sent.end_char}
        return o["type"] == e["type"] and o["granularity"] == e["granularity"] == "day" and len(stages) < 2 \
            and e["start"] != o["start"] and _ends(e["start"], o["start"]) and bool(o["regions"]) \
            and set(e["regions"]) <= set(o["regions"]) and not named & set(o["regions"]) \
            and (not e["regions"] or any(turn.search(span_text(s)) for s in reported_by.get(id(o), [])))

    return [e for e in events if not any(opening(e, o) for o in events if o is not e)]


def _without_next_sessions(events: list[dict[str, Any]], reported_by: dict[int, list[Span]],
                           found: _Found, lead: int) -> list[dict[str, Any]]:
    """The events without a step told only as scheduled ("penilaian akhir rencananya digelar pada Oktober",
    "Bimtek tahap 2 rencananya akan berlangsung pada 31 Juli", "Lumajang dijadwalkan meluncurkan programnya pada
    4 April") beside a step the article reports as held: a plan is not yet news of its own. An article that reports
    only scheduled steps keeps them, the plan being its news, but for those named only inside a quote after the lead
    ("“Evaluasi tahun ini akan berlangsung pada Juni 2023,” kata Kadis" after the scores the lead reports): a
    speaker's plan, not the article's news."""
    def planned(event: dict[str, Any]) -> bool:
        # (its undated sentences go with the dated ones: they date nothing)
        sents = reported_by.get(id(event), [])
        return any(s.start in found.planned and s.start not in found.held for s in sents) and not any(
            s.start in found.held and _event_dates(s.doc, [_bounds(s)]) for s in sents)

    def quoted(event: dict[str, Any]) -> bool:
        """Whether every trigger of the event stands inside a quote, in sentences after the lead."""
        sents = reported_by.get(id(event), [])
        if not sents:
            return False
        quotes = [m.span() for m in QUOTE.finditer(text_of(sents[0].doc))]
        spots = [p for p in found.spots.get(event["type"], []) if any(s.start_char <= p < s.end_char for s in sents)]
        return bool(spots) and all(_quoted(p, p + 1, quotes) for p in spots) and all(s.start > lead for s in sents)

    held = [e for e in events if not planned(e)]
    return held or [e for e in events if not quoted(e)]


def _dated_as_plan(doc: Doc, sentence: Span, context: dict[str, re.Pattern[str]]) -> bool:
    """Whether every date of the sentence is the day of a plan ("bimtek ke-3 yang akan dilaksanakan sekitar bulan
    Agustus"): what a speaker says at the step of the day about the next one."""
    text = text_of(doc)
    dates = _event_dates(doc, [_bounds(sentence)], relative=False)
    return bool(dates) and all(context["planned_date"].search(text, max(sentence.start_char, d.start_char - PLAN_REACH),
                                                              d.start_char) for d in dates)


def _without_undated_selection(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"Trenggalek juga terpilih sebagai salah satu daerah uji coba ...": beside a dated step (a year will do), an
    undated selection is the region's standing, not news (after an assessment it is that assessment's outcome)."""
    if any(e["start"] is not None for e in events) and all(e["type"] != "assessment" for e in events):
        return [e for e in events if e["type"] != "selection_result" or e["start"] is not None]
    return events


def _date_selection_by_publication(events: list[dict[str, Any]], published_on: date | None) -> None:
    """Date an undated selection the article still reports (its news, or an assessment's outcome) by the year the
    article went out: "Gerakan Menuju 100 Smart City memilih 25 daerah" in a report of May 2019 is 2019's."""
    for event in events:
        if event["type"] == "selection_result" and event["start"] is None and published_on is not None:
            event["start"], event["granularity"] = str(published_on.year), "year"


def _beside(t: _Trigger, context: dict[str, re.Pattern[str]]) -> bool:
    """A trigger that names no event of its own: the means by which a result came about ("terpilih melalui
    penilaian", "melalui empat tahapan bimbingan teknis"), the history of a thing in a relative clause ("yang
    telah diluncurkan", "yang diluncurkan pada 24 Maret 2015 lalu") or a run of sessions begun in an earlier month
    ("bimbingan teknis yang digelar sejak Juli 2017")."""
    means = context["by_means"].search(t.before)
    dated = context["dated_means"].match(t.text, t.match.end(), t.sentence.end_char)
    if means and not dated and not context["report"].search(f"{means.group(0)} {t.rest}"):
        # (not "diperkenalkan melalui sosialisasi yang digelar Dinas ...": the means was held, nor "Pemprov melalui
        # Dinas Kominfo menggelar pra-evaluasi": the means word names who held it)
        return True
    if context["in_history"].search(t.before) or context["run_since"].match(t.rest):
        return True  # (a run of sessions "yang digelar sejak Juli 2017": begun earlier, background)
    # ("menerima penghargaan ... Indeks Kota Cerdas yang diluncurkan pada 24 Maret 2015")
    return bool(RELATIVE.search(t.before)) and bool(context["past"].search(t.rest) or _names_event(t.before))


def _of_other_programme(t: _Trigger, context: dict[str, re.Pattern[str]]) -> bool:
    """A trigger that names a step of another programme ("evaluasi SPBE", "Innovative Government Award", "meraih
    predikat Baik dalam implementasi Sistem Pemerintahan Berbasis Elektronik")."""
    other, at = context["other_programme"], t.match.start()
    spans, nowhere_own = _other_programme_in(t, context)
    if any(a <= at < b for a, b in spans):
        return True
    # in the rest of its clause, before anything names this programme ("evaluasi smart city dan SPBE")
    # (not one joined to this programme's: "sosialisasi Perpres tentang SPBE sekaligus pengenalan konsep kota cerdas")
    named = other.search(t.rest)
    if named is not None and named.start() < PROGRAMME_REACH and not PROGRAMME_OWN.search(t.rest[:named.start()]) \
            and not JOINED_OWN.match(t.rest, named.end()):
        return True
    # or as the subject of its clause, this programme named nowhere near ("Acara SPBE Summit 2024 sudah digelar
    # Senin (27/5) dan diresmikan Presiden")
    # (the clause before a comma that opens the predicate: "SPBE Kabupaten X, menempati peringkat kedua")
    clauses = [c for c in re.split(r"[,;:]", t.before) if c.strip()]
    subject = clauses[-1] if clauses else ""
    if other.search(subject) and not PROGRAMME_OWN.search(subject + t.rest[:PROGRAMME_REACH]):
        return True
    # or anywhere in a sentence that names this programme nowhere ("Top 10 Provinsi dengan SPBE Terbaik, Jawa Tengah
    # Juaranya")
    return nowhere_own


def _other_programme_in(t: _Trigger, context: dict[str, re.Pattern[str]]) -> tuple[list[Range], bool]:
    """Where the trigger's sentence names another programme, and whether it names one and not this programme
    (worked out once per sentence: a sentence may hold many triggers)."""
    bounds = (t.sentence.start_char, t.sentence.end_char)
    found = t.sentence.doc.user_data.setdefault("other_programme", {})
    if bounds not in found:
        other = context["other_programme"]
        sentence = t.text[bounds[0]:bounds[1]]
        found[bounds] = ([m.span() for m in other.finditer(t.text, *bounds)],
                         bool(other.search(sentence)) and not PROGRAMME_OWN.search(sentence))
    named: tuple[list[Range], bool] = found[bounds]
    return named


def _of_other_award(t: _Trigger, context: dict[str, re.Pattern[str]]) -> bool:
    """A prize of another programme: named by a name of capitalised words that ties it to this programme nowhere
    ("menerima penghargaan Kota Sehat", "meraih Paritrana Award", "trofi Kalpataru"), or given by a body that does
    not run this programme ("penghargaan predikat kepatuhan dari Ombudsman RI")."""
    own = context["award_own"]
    word = t.match.group(0).lower()
    if word in PRIZE_WORDS:
        name = AWARD_NAME.match(t.rest) if word != "award" else AWARD_NAME_BEFORE.search(t.before)
        # (the name may be the winner's, whose prize the clause goes on to name: "penghargaan Kota X sebagai Kota
        # Cerdas")
        if name is not None and not own.search(name.group(0)) and not PROGRAMME_OWN.search(t.rest[:PROGRAMME_REACH]):
            return True
    giver = context["award_giver"].search(t.rest[:PROGRAMME_REACH])
    return giver is not None and not PROGRAMME_OWN.search(t.before + t.rest[:giver.start()])


def _of_international_ranking(kind: str, t: _Trigger, ranking: bool, context: dict[str, re.Pattern[str]]) -> bool:
    """A rank or a prize in an article about an international ranking of cities ("Smart City Index", `ranking`:
    whether the text names one), told in a sentence that names nothing of the national programme ("Kota Canberra
    menempati peringkat ketiga")."""
    if kind not in RANKING_KINDS or not ranking:
        return False
    return not context["national"].search(t.text, t.sentence.start_char, t.sentence.end_char)


def _names_event(text: str) -> bool:
    """Whether the text names an event (holds a trigger)."""
    return any(pattern.search(text) for _, pattern in _patterns()[0])


def _clause_after(text: str, start: int, end: int) -> str:
    """The text from `start` to the end of its clause (a comma, semicolon or stop) within `end`."""
    m = re.compile(r"[,;.]").search(text, start, end)
    return text[start:m.start() if m else end]


def _dated(doc: Doc, sents: list[Span]) -> bool:
    return bool(_event_dates(doc, [_bounds(s) for s in sents]))


def _share_dates(doc: Doc, hits: dict[str, list[Span]], spots: dict[str, list[int]], sentences: list[Span],
                 claims: dict[str, list[int]], together: list[tuple[str, Span, int]]) -> None:
    """Events held together share a date ("Launching ..., sekaligus penandatanganan MoU", "Kegiatan ini dilaksanakan
    bersamaan dengan peluncuran ..., Senin (22/5)"): the event named after the alongside word and the one named before
    it in the sentence, or, when the sentence names that one only by referring back ("Kegiatan ini", "Bimbingan
    ... ini dirangkaikan dengan penandatanganan nota kesepahaman"), the one of the sentence before; the event without
    a date takes the other's dated sentences (or the sentence itself), and a sentence before that names no event but
    is dated ("Kota X mendapat bimbingan ... Selasa (8/5/2018)") dates the event that goes with it."""
    position = {s.start: i for i, s in enumerate(sentences)}
    for kind, sentence, at in together:
        if kind not in hits:
            continue
        partners = {k for k, ps in claims.items() if k != kind and any(sentence.start_char <= p < at for p in ps)}
        i = position.get(sentence.start, 0)
        if not partners and i > 0:
            previous = sentences[i - 1]
            partners = {k for k, ps in claims.items()
                        if k != kind and any(previous.start_char <= p < previous.end_char for p in ps)}
            if not partners:
                if not _dated(doc, hits[kind]) and _dated(doc, [previous]):
                    hits[kind].append(previous)
                continue
        # nearest partner first: the one named closest before the alongside word (a set's order would vary by run)
        for other in sorted(partners, key=lambda k: -max(p for p in claims[k] if p < at)):
            theirs = hits.get(other, [])
            if not _dated(doc, hits[kind]) and _dated(doc, theirs):
                hits[kind].extend(s for s in theirs if _dated(doc, [s]))
            elif not _dated(doc, theirs) and _dated(doc, [sentence]):
                hits.setdefault(other, []).append(sentence)
                spots.setdefault(other, [])


def _date_award_by_ceremony(doc: Doc, hits: dict[str, list[Span]], sentences: list[Span],
                            ceremony: re.Pattern[str]) -> None:
    """An award is handed out at the forum or seminar the article tells of ("kata menteri seusai jamuan makan
    malam forum kota cerdas di Medan, Rabu (3/09)", "di sela-sela Seminar dan Pameran ..."): one event, the award,
    dated by the forum when it has no date of its own; a forum on another day stays an event of its own."""
    if "award" not in hits:
        return
    if "other" not in hits:
        # (no forum reported: the one dated ceremony the article names, "sebelum penutupan Pameran ..., Kamis (1/12)")
        held = [s for s in sentences if ceremony.search(span_text(s)) and _event_dates(doc, [_bounds(s)], False)]
        if len(held) == 1 and not _dated(doc, hits["award"]):
            hits["award"].extend(held)
        return
    forum = [s for s in hits["other"] if ceremony.search(span_text(s))]
    days = {d._.value["iso_start"] for d in _event_dates(doc, [_bounds(s) for s in hits["award"]])}
    if days:
        # (undated, or its days hold the award's: "Seminar ... digelar dua hari, 30 November hingga 1 Desember")
        forum = [s for s in forum if all(any(d._.value["iso_start"] <= day <= d._.value["iso_end"] for day in days)
                                         for d in _event_dates(doc, [_bounds(s)]))]
    else:
        hits["award"].extend(forum)
    hits["other"] = [s for s in hits["other"] if all(s.start != f.start for f in forum)]
    if not hits["other"]:
        del hits["other"]


def _title_kinds(title: str, triggers: list[tuple[str, re.Pattern[str]]],
                 context: dict[str, re.Pattern[str]], reported: set[str]) -> set[str]:
    """The kinds of event a headline names, a span claimed by an earlier trigger row not matched again (the
    "Rapat Evaluasi Tahap I Persiapan ..." of a headline is a meeting, not an evaluation), and not one it names
    as a plan ("Bakal Luncurkan"), a hope ("Optimistis Masuk Daftar") or as the step being prepared for ("Persiapan
    Menjelang Evaluasi") or a meeting is held for ("Evaluasi Kota Cerdas, Dewan Smart City Adakan Rakor"). Where the
    body does not report it (`reported`: the kinds it reports), an evaluation or pre-evaluation after a meeting word
    ("Gelar Rakor Evaluasi Smart City", "Rapat Pra Evaluasi") is a meeting; where the body reports a guidance session,
    the commitment signed to close it ("Bimtek ... Ditutup dengan Penandatanganan Komitmen") is part of the session,
    and a meeting word beside a step's word is part of that step. A headline that names another programme and not
    this one names none of its steps."""
    plan, ahead_of, hoped, coming = context["plan"], context["ahead_of"], context["hypothetical"], context["coming"]
    closing = "technical_guidance" in reported and context["closing"].search(title) is not None
    if context["other_programme"].search(title) and not PROGRAMME_OWN.search(title):
        return set()  # "Diskominfo Gelar Bimtek SPBE": another programme's step
    meetings = [p for k, p in triggers if k == "other"]
    claimed: list[tuple[int, int]] = []
    named: list[tuple[str, int, int]] = []
    for kind, pattern in triggers:
        for m in pattern.finditer(title):
            if not any(a < m.end() and m.start() < b for a, b in claimed):
                claimed.append((m.start(), m.end()))
                # ("Bimtek Tahap I Digelar Pekan Depan": the plan word after the step, in its clause)
                after = title.find(",", m.end())
                ahead = title[m.end():after if after >= 0 else len(title)]
                if not plan.search(title, 0, m.start()) and not plan.search(ahead) and not coming.search(ahead) \
                        and not ahead_of.search(title, 0, m.start()) \
                        and not hoped.search(title, 0, m.start()) \
                        and (kind == "other" or not _purpose_of_meeting(title, 0, m.end(), meetings, headline=True)):
                    meeting = kind in ("evaluation", "pre_evaluation") and kind not in reported \
                        and context["meeting"].search(title, 0, m.start()) is not None
                    if not (kind == "other" and closing):
                        named.append(("other" if meeting else kind, m.start(), m.end()))
    steps = [(a, b) for kind, a, b in named if kind != "other"]
    # ("Ekspose Masterplan di Bimtek Tahap IV": a meeting word beside a step names a part of that step, as in a sentence;
    # not "Teken MoU dan Gelar Sosialisasi": a second step)
    return {kind for kind, a, b in named
            if kind != "other" or not any(context["beside_step"].fullmatch(title[min(b, d):max(a, c)]) for c, d in steps)}


def _named_years(doc: Doc, triggers: list[int]) -> list[str]:
    """The years written (or "tahun ini") right after the triggers (by where they start), in the same clause and
    outside a calendar date, in the text's order: "evaluasi ... tahap II tahun 2024", "Penghargaan Kota Cerdas 2017"."""
    text = text_of(doc)
    dated = [(d.start_char, d.end_char) for d in spans_of(doc, "dates") if d._.value["kind"] != "year"]
    years = []
    for start in sorted(triggers):
        m = NAMED_YEAR.match(text, start)
        if m and not any(a <= m.end() - 1 < b for a, b in dated):
            year = _year_named(m, published(doc))
            if year:
                years.append(year)
    return years


def _years_as_step(doc: Doc, claims: dict[str, list[int]], kind: str) -> list[str]:
    """The years written right after the triggers of another kind that is, in that year, a step of this kind
    ("penilaian smart city tahun 2024" names the evaluation of 2024, stage_years.csv), in the text's order."""
    text = text_of(doc)
    years = []
    for other, (_, otherwise, unless) in _stage_years().items():
        if otherwise != kind:
            continue
        for p in sorted(claims.get(other, [])):
            if not unless.match(text, p):
                years += [y for y in _named_years(doc, [p])
                          if _stage_type({"type": other, "start": y}, [], None) == kind]
    return years


def _year_named(m: re.Match[str], on: date | None) -> str | None:
    """The year a NAMED_YEAR match names: the one written, else ("tahun ini") the year of `on`."""
    return m.group("y") or (str(on.year) if on else None)


def _title_regions(doc: Doc, events: list[dict[str, Any]]) -> list[str]:
    """The regions of a step only the headline names: those all the body's events share, else the one region the
    body names ("Pemkab Toba Paparkan Inovasi Saat Evaluasi Smart City" over a text about Kabupaten Toba)."""
    shared = {tuple(e["regions"]) for e in events if e["regions"]}
    if len(shared) == 1:
        return list(shared.pop())
    names = {s._.value["name"] for s in spans_of(doc, "regions")}
    return list(names) if len(names) == 1 else []


def _title_years(title: str, kind: str, triggers: list[tuple[str, re.Pattern[str]]]) -> set[str]:
    """The years a headline writes right after its triggers of one kind ("Evaluasi Smart City Tahun 2024")."""
    years: set[str] = set()
    for k, pattern in triggers:
        if k == kind:
            years.update(m.group("y") for t in pattern.finditer(title)
                         if (m := NAMED_YEAR.match(title, t.start())) and m.group("y"))
    return years


def _lead(doc: Doc, sentences: list[Span], triggers: list[tuple[str, re.Pattern[str]]]) -> int:
    """Where the lead starts (a token index, -1 without sentences): the first sentence that is more than a date
    line ("Senin, 4 Juni 2018 - 10:15 WIB") or a line without a word (a page's share counts: "0", "58"), and
    more than a headline above the body that names no step (one that does, "Kota X Lolos ...", leads)."""
    worded = [s for s in sentences if ALPHABETIC.search(span_text(s))][:3]
    for i, sentence in enumerate(worded):
        lines = [d for d in spans_of(doc, "dates") if d._.value["kind"] in ("publication", "stamp")
                 and sentence.start_char <= d.start_char < sentence.end_char]
        if i == 0 and len(worded) > 1 and _headline(text_of(doc), sentence) \
                and not any(p.search(span_text(sentence)) for _, p in triggers):
            continue  # the page's headline above the body ("Bupati X dan Kominfo Komitmen Kembangkan Smart City")
        if not lines or len(span_text(sentence).strip()) > 80:
            return int(sentence.start)
    return int(sentences[0].start) if sentences else -1


def _headline(text: str, sentence: Span) -> bool:
    """Whether a sentence is a headline line of its own: it fills its line, which a blank line follows, and ends
    without a full stop."""
    a, b = sentence.start_char, sentence.end_char
    line = text[a:b].rstrip()
    after = text[a + len(line):a + len(line) + HEADLINE_LENGTH].replace(" ", "").replace("\t", "")
    return (a == 0 or text[a - 1] == "\n") and after.startswith("\n\n") and "\n" not in line \
        and 0 < len(line) <= HEADLINE_LENGTH and not line.endswith((".", "!", "?", ":", '"', "”"))


def _title_line(text: str, sentence: Span) -> bool:
    """Whether a sentence is a headline line: one of its own above a blank line, or the text's first line, short and
    without a full stop, right above the body ("Evaluasi Kota Cerdas, Dewan Smart City Adakan Rakor\nKota X, ...")."""
    line = text[:sentence.end_char].rstrip()
    return _headline(text, sentence) or sentence.start_char == 0 and text[len(line):len(line) + 1] == "\n" \
        and "\n" not in line and 0 < len(line) <= HEADLINE_LENGTH and not line.endswith((".", "!", "?", ":", '"', "”"))


def _scope(text: str, sentence: Span, kind: str, spots: dict[str, list[int]], sequenced: dict[int, Range]) -> Range:
    """The part of a sentence that reports the event: its whole, unless another event's trigger stands in another
    clause ("X meresmikan command center pada 7 Oktober, sementara Y menerima penghargaan ... Rabu (9/10)"), but for
    a step another follows straight away (`sequenced`), which shares the sentence's day."""
    a, b = sentence.start_char, sentence.end_char
    mine = [p for p in spots.get(kind, []) if a <= p < b]
    others = [p for k, ps in spots.items() if k != kind for p in ps if a <= p < b]
    if not mine or not others or any(p in sequenced for p in mine):
        return a, b
    lo, hi = part.clause_of(text, (a, b), mine[0])
    if all(lo <= p < hi for p in mine) and not any(lo <= p < hi for p in others):
        return lo, hi
    return a, b


def _extra_sentences(doc: Doc, art: part.Article, groups: list[Group], claims: dict[str, list[int]],
                     mentioned: dict[str, list[Span]], again: set[int], past: set[int],
                     context: dict[str, re.Pattern[str]]) -> list[list[Range]]:
    """For each event, the sentences that name more of the regions taking part: later sentences that name the
    event again as going on ("MoU serupa juga diteken ...", "Penerima penghargaan lainnya antara lain ...",
    "Dalam bimtek tersebut, ..."), the sentence right after one of its sentences when it lists regions or goes
    on with "juga", "yakni", "kedua kota itu" and reports no other event nor the programme's members, the winners named after an award
    ceremony ("Pemkot Medan berada di peringkat kedua"), and sentences about a day or turn of it ("Hari pertama
    diisi paparan ...")."""
    w = part.words()
    text = art.text
    index = {a: i for i, (a, _) in enumerate(art.sentences)}
    members = [{index[s.start_char] for s in group if s.start_char in index} for _, group, _ in groups]
    taken = set().union(*members) if members else set()
    extras: list[list[Range]] = [[] for _ in groups]

    def other_kind(i: int, kind: str | None) -> bool:
        a, b = art.sentences[i]
        return any(a <= p < b for k, ps in claims.items() if k != kind for p in ps)

    def cue(a: int, b: int) -> bool:
        chunk = text[a:b]
        return bool(w.continuation.search(chunk) or w.enumeration.search(chunk)
                    or part.group_references(art, [(a, b)]))

    def nearest(i: int, kinds: set[str] | None) -> int | None:
        """The event (of one of the kinds) with a sentence closest before sentence i."""
        best = None
        for e, (kind, _, _) in enumerate(groups):
            if kinds is not None and kind not in kinds:
                continue
            before = [j for j in members[e] if j < i]
            if before and (best is None or max(before) >= best[0]):
                best = (max(before), e)
        return best[1] if best else None

    named_again: list[set[int]] = [set() for _ in groups]
    for kind, sents in mentioned.items():
        recalled: set[int] = set()  # the sentences that recall an earlier step of the kind
        for s in _unique_sents(sents):
            i = index.get(s.start_char)
            a, b = s.start_char, s.end_char
            # ("Selain Kota X, Kabupaten Y juga dievaluasi pada pekan yang sama" right after a step recalled: that
            # step's regions, not the reported one's)
            if i is not None and (s.start in past or i - 1 in recalled):
                recalled.add(i)
                continue
            if i is None or i in taken or other_kind(i, kind) or not (cue(a, b) or s.start in again) \
                    or context["background"].search(span_text(s)) or context["plan"].search(span_text(s)):
                continue
            e = nearest(i, {kind})
            if e is None:
                e = next((e for e, (k, _, _) in enumerate(groups) if k == kind), None)
            if e is not None:
                extras[e].append((a, b))
                named_again[e].add(i)
    taken |= set().union(*named_again) if named_again else set()
    for e, (kind, _, _) in enumerate(groups):
        for i in sorted(members[e] | named_again[e]):
            if i + 1 >= len(art.sentences) or i + 1 in taken:
                continue
            if other_kind(i + 1, kind) or _event_dates(doc, [art.sentences[i + 1]], relative=False):
                continue
            a, b = art.sentences[i + 1]
            if (cue(a, b) or part.lists_regions(art, i + 1)) and not w.membership.search(text[a:b]):
                extras[e].append((a, b))
    for e, (kind, group, _) in enumerate(groups):
        if kind != "award":
            continue
        first = min(members[e], default=len(art.sentences))
        for i in range(first + 1, len(art.sentences)):
            a, b = art.sentences[i]
            named = w.recipient.search(text[a:b]) or any(a <= p < b for p in claims.get(kind, []))
            if i not in taken and not other_kind(i, kind) and named and nearest(i, {kind}) == e:
                extras[e].append((a, b))
    for i, (a, b) in enumerate(art.sentences):
        if i in taken or not w.session.search(text[a:b]):
            continue
        kinds = {k for k, ps in claims.items() if any(a <= p < b for p in ps)}
        e = nearest(i, kinds or None)
        if e is not None:
            extras[e].append((a, b))
    return extras


Month = tuple[int, int]


@lru_cache(maxsize=1)
def _stage_years() -> dict[str, tuple[list[tuple[Month, Month]], str, re.Pattern[str]]]:
    """The months each step of the programme ran (a year alone: all of it), the step it is otherwise, and the
    words that name it whatever the date (data/stage_years.csv)."""
    stages: dict[str, tuple[list[tuple[Month, Month]], str, re.Pattern[str]]] = {}
    for row in read_rows("stage_years.csv"):
        spans, _, _ = stages.setdefault(row["type"], ([], row["otherwise"], re.compile(row["unless"], re.IGNORECASE)))
        spans.append((_month(row["first"], 1), _month(row["last"], 12)))
    return stages


def _with_next(sents: list[Span], sentences: list[Span]) -> list[Span]:
    """The sentences and the one after each, which may name the step the first told ("... di hadapan tim penilai,
    Rabu (16/11/2022). Paparan itu bagian dari penilaian calon peserta ...")."""
    starts = [s.start for s in sentences]
    after = [sentences[i + 1] for s in sents if (i := bisect_left(starts, s.start)) + 1 < len(sentences)
             and starts[i] == s.start]
    return sents + after


def _month(value: str, default: int) -> Month:
    """"2018-04" as (2018, 4); a year alone takes the default month."""
    year, _, month = value.partition("-")
    return int(year), int(month[:2]) if month else default


def _stage_type(event: dict[str, Any], sents: list[Span], published_on: date | None) -> str:
    """"Penilaian smart city" in 2022 is the evaluation of a region already in the programme, not its selection:
    a step dated (or, undated, published) outside the months it ran is the step it is then (an event dated by its
    year alone is within them when the year is)."""
    stage = _stage_years().get(event["type"])
    when = event["start"] or (published_on.isoformat() if published_on else None)
    if stage is None or when is None or any(stage[2].search(span_text(s)) for s in sents):
        return str(event["type"])
    first, last = _month(when, 1), _month(when, 12)
    if any(a <= last and first <= b for a, b in stage[0]):
        return str(event["type"])
    return stage[1]


def _recent(events: list[dict[str, Any]], published_on: date | None) -> list[dict[str, Any]]:
    """The events less than BACKGROUND_DAYS older than the article (its publication date, else its latest dated
    event): "Siak, terpilih sejak Mei 2017, ..." in a report of 2020 is the region's history, not news."""
    days = [r[1] for e in events if (r := date_range(e["start"], e["end"])) and e["granularity"] in ("day", "month")]
    reference = published_on or (max(days) if days else None)
    if reference is None:
        return events
    return [e for e in events if (r := date_range(e["start"], e["end"])) is None
            or (reference - r[1]).days < BACKGROUND_DAYS]


def _without_earlier_years(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events without those dated by a year alone that is earlier than the year of the article's latest event
    dated by a day or a month: "Kabupaten X sendiri terpilih ... pada tahun 2018" in a report of a signing on 15 Mei
    2019 is the region's history, not news."""
    latest = max((e["start"][:4] for e in events if e["start"] and e["granularity"] in ("day", "month")), default=None)
    if latest is None:
        return events
    return [e for e in events if e["granularity"] != "year" or not e["start"] or e["start"][:4] >= latest]


def _inner_dots_blanked(sentence: Span) -> str:
    """The sentence's text with the dots inside it blanked ("Wali Kota X dr. H. Y, M.Kes menandatangani ..."): the
    tokenizer keeps titles and degrees whole, so no dot before the last token ends the sentence."""
    last = sentence.end - 1
    return "".join((t.text.replace(".", " ") if t.i < last else t.text) + t.whitespace_ for t in sentence)


def _recalled_by_month(doc: Doc, sentence: Span, lead: int, context: dict[str, re.Pattern[str]]) -> bool:
    """Whether a sentence after the lead recalls a step done in a month past (event_context past_month) without
    telling a score of it nor dating it in the article's month ("telah mengikuti evaluasi pada Juli 2023" in July
    2023: the step reported)."""
    if sentence.start == lead:
        return False
    scored = _tells_a_score(doc, _bounds(sentence))
    if context["past_month"].match(_inner_dots_blanked(sentence)) is None:
        return not scored and _before_the_latest_day(doc, sentence, context)
    on = published(doc)
    return not any(on is not None and v["granularity"] == "month" and v["iso_start"] >= f"{on:%Y-%m}"
                   for _, _, v, _ in _dates_in(doc, [_bounds(sentence)])) and not scored


def _before_the_latest_day(doc: Doc, sentence: Span, context: dict[str, re.Pattern[str]]) -> bool:
    """Whether a sentence dates its step only by months before the month of the latest day the rest of the article
    gives ("evaluasi tahap II yang berlangsung Oktober 2023" under a meeting of 29 November 2023, "asesmen diikuti pada
    awal Mei 2024" told after a letter received on 3 June 2024), in a speaker's words (event_context speaker, in the
    sentence or the one before it in its paragraph): an earlier stage placed by its month, recalled; not one told with
    its place ("evaluasi tahap II yang berlangsung akhir Oktober 2022 di Aula Balai Kota") nor by the narrator
    ("Sebelumnya, pada awal Maret 2019, ketiganya menjalani pra-evaluasi"), as the own corpus keeps them (h06, a04)."""
    bounds, full = _bounds(sentence), text_of(doc)
    if HELD_AT_NAME.search(full, *bounds):
        return False
    paragraph = full.rfind("\n", 0, bounds[0]) + 1
    if not context["speaker"].search(full, max(paragraph, bounds[0] - SPEAKER_REACH), bounds[1]):
        return False
    months = [v["iso_start"] for start, _, v, _ in _dates_in(doc, [bounds]) if v["kind"] == "event"]
    days = [v["iso_start"] for v in _step_dates_elsewhere(doc, bounds, context) if v["granularity"] == "day"]
    return bool(months) and bool(days) and all(len(m) == 7 and m < max(days)[:7] for m in months)


def _is_reported(doc: Doc, sentence: Span, lead: int, context: dict[str, re.Pattern[str]],
                 trigger: tuple[int, int], schedule: list[bool] | None = None) -> bool:
    """A trigger counts when its sentence reports the event: a plan ("akan", "dijadwalkan") only when dated by
    a calendar date ("pekan depan" dates no plan) and not framed by another event; otherwise dated, the lead, or
    with a reporting verb other than the trigger itself ("Kerinci meluncurkan aplikasi X" in a list of programmes
    reports no launch). `schedule`, when given, is told whether the sentence counts as a plan with its day."""
    text = span_text(sentence)
    bounds = [(sentence.start_char, sentence.end_char)]
    a, b = trigger[0] - sentence.start_char, trigger[1] - sentence.start_char
    # the coming event an opening purpose clause names ("Dalam rangka keikutsertaan pada Expo ... November mendatang,
    # Diskominfo mengadakan Rapat Koordinasi") is no plan of the event the clause after it reports
    purpose = PURPOSE_OPENING.match(text)
    # ("... salah satu dari 25 kabupaten/kota yang akan melaksanakan gerakan ...": the cohort's plan, not the step's)
    # ("... lolos asesmen ... dan akan mendapat pendampingan": the plan of the next step, in a clause of its own,
    # beside the step reported before it)
    ahead = [m.start() for m in context["next_plan"].finditer(text, 0, a)]
    if ahead and _names_event(text[:ahead[-1]]):
        return False
    # (not one that dates that step: "berlangsung dua hari dan akan dilanjutkan tahap III pada September")
    own_end = len(text)
    joined = context["next_plan"].search(text, b)
    if joined:
        stop = text.find(",", joined.end())
        stretch = (sentence.start_char + joined.start(), sentence.start_char + (len(text) if stop < 0 else stop))
        if not _event_dates(doc, [stretch]):
            own_end = joined.start()
    unplanned = text[:b] + context["cohort_clause"].sub(" ", text[b:own_end])
    if context["plan"].search(unplanned[purpose.end():] if purpose and purpose.end() <= a else unplanned):
        # a scheduled step counts; not one dated against another event ("setelah MoU ... akan") or a result
        # (the clause of the event it follows is no background of its own: "Setelah mengisi kuesioner evaluasi nanti
        # lanjut dengan evaluasi dari Kementerian ... tanggal 3-8 Oktober 2022")
        full = text_of(doc)
        own = _unquoted(full, bounds[0], _clauses_of_others(doc, bounds[0]))
        # ("akan mengikuti bimbingan teknis empat tahap hingga November 2021": an end, not the day it is scheduled)
        scheduled = [d for d in _event_dates(doc, bounds, relative=False)
                     if not UNTIL.search(full, max(0, d.start_char - 30), d.start_char)]
        if schedule is not None:
            schedule.append(True)
        return bool(scheduled) and not context["background"].search(own)
    # "“Kami telah mendapatkan penghargaan ...,” kata bupati, Selasa (18/6)": a record the speaker recalls, dated by
    # the day of the speech
    said = next((q.group(0) for q in QUOTE.finditer(text) if q.start() <= a < q.end()), "")
    if context["background"].search(said):
        return False
    # ("Bimtek ... sudah dilaksanakan sebanyak 4 kali mulai bulan Juni 2021": the run of sessions so far, no step)
    # ("Perlu diketahui, Kabupaten X pada 8 Mei lalu terpilih ...": an earlier step recalled for the reader)
    if (context["series"].search(text) or context["recalled"].match(text)) and sentence.start != lead:
        return False
    if _recalled_by_month(doc, sentence, lead, context):
        return False
    # ("Pada 2022 lalu, Gresik meraih penghargaan ..." in an article of 2023: that year's step, recalled)
    year = context["year_opening"].match(text)
    on = published(doc)
    if year and on is not None and sentence.start != lead and _opens_before(year, on):
        return False
    if sentence.start != lead and _earlier_stage(doc, sentence, lead, on):
        return False
    if context["result_of"].search(text[:a]):
        return False
    if _event_dates(doc, bounds):
        return True
    # "Kegiatan ini dalam rangka evaluasi ...": the step the dated activity told right before it was
    if context["backref"].search(text) and (FOR_ANOTHER.search(text[:a]) or PART_OF.search(text[:a])) \
            and sentence.start > 0 \
            and _event_dates(doc, [_bounds(doc[sentence.start - 1].sent)]):
        return True
    # "pemerintah daerah diminta mempresentasikan ...": the process told of regions in general, none named
    if context["generic"].search(text) and not any(
            sentence.start_char <= r.start_char < sentence.end_char for r in spans_of(doc, "regions")):
        return False
    # an opening "Setelah pemaparan laporan, ..." orders the event after another; the clause after it reports; so
    # does a main clause whose step another follows ("X terpilih tahun 2019 setelah mengikuti asesmen ...")
    opening = context["opening_clause"].match(text)
    full = text_of(doc)
    others = [(x, y) for x, y in _clauses_of_others(doc, bounds[0]) if AFTER.match(full, x)]
    own = text if any(x <= trigger[0] < y for x, y in others) else _unquoted(full, bounds[0], others)
    if context["background"].search(own[opening.end():] if opening and opening.end() <= a else own):
        return False
    return sentence.start == lead or bool(context["report"].search(text[:a] + " " + text[b:]))


def _recalls(doc: Doc, sentence: Span, lead: int, context: dict[str, re.Pattern[str]], trigger: Range) -> bool:
    """Whether a sentence after the lead recalls the trigger's step from before the article's news: a speaker's
    (`_recalled_in_speech`) or an earlier year's result (`_of_earlier_year`)."""
    if sentence.start == lead:
        return False
    on = published(doc)
    return _recalled_in_speech(doc, sentence, context, trigger) \
        or on is not None and _of_earlier_year(doc, sentence, context, on)


def _recalled_in_speech(doc: Doc, sentence: Span, context: dict[str, re.Pattern[str]], trigger: Range) -> bool:
    """Whether a speaker, in a sentence after the lead of an article that dates a step elsewhere, recalls the step as
    done before the article's news: in a quote with no date of its own ("“Penilaian awal dilakukan ...,” katanya, Selasa (23/5)": the day of the speech
    is no day of the step) or with dates before the latest day the rest of the text gives, and in reported speech
    that tells it as done on such dates ("mengatakan evaluasi tahap I telah diikuti pada 24-26 Juni 2024" under a
    report of tahap II on 14 November, "Evaluasi tahun ini, lanjut Kadis, sudah dijalani pada 8 November")."""
    text, full = span_text(sentence), text_of(doc)
    a, b = trigger[0] - sentence.start_char, trigger[1] - sentence.start_char
    # the quote read in its line: the sentence may start after the opening quotation mark
    end = full.find("\n", trigger[0])
    line = full.rfind("\n", 0, trigger[0]) + 1, len(full) if end < 0 else end
    quote = next((q for q in QUOTE.finditer(full, *line) if q.start() <= trigger[0] < q.end()), None)
    told_that = False
    if quote is not None:
        if TODAY.search(quote.group(0)) or context["plan"].search(quote.group(0)):
            return False  # ("“Hari ini kami menandatangani MoU ...”": the step of the day the speaker tells)
        part = quote.span()
    elif context["speech"].search(text[:a]) and context["done"].match(text, b) or context["said_done"].match(text, b):
        part = _bounds(sentence)
    elif context["told_that"].search(text[:a]) and _tells_a_score(doc, _bounds(sentence)):
        # ("Kadis menambahkan bahwa kota itu juga masuk daftar rating ... dengan nilai 58,42": a result the speaker
        # adds in passing; with no date of its own, recalled)
        part = _bounds(sentence)
        told_that = True
    else:
        return False
    bounds = _bounds(sentence)
    others = [v["iso_start"] for v in _step_dates_elsewhere(doc, bounds, context)]
    if not others:
        return False  # (the article dates no step else: the speaker's may be its news)
    dates = _event_dates(doc, [part], relative=False)
    if not dates:
        return quote is not None or told_that
    # the first date after the trigger is its step's ("sudah dijalani pada 8 November 2021, dan hasilnya diperkirakan
    # keluar akhir Desember 2021": the later date is the result's)
    own = next((d for d in dates if d.start_char >= trigger[1]), dates[0])._.value["iso_end"]
    return own < max(others)[:len(own)]


def _earlier_stage(doc: Doc, sentence: Span, lead: int, on: date | None) -> bool:
    """Whether a later sentence dates only stages before the one the lead names, by months before the article's
    ("Tahap ini melanjutkan bimtek tahap I pada Juli 2023" under "bimtek tahap III, Senin (2/10/2023)"; where the article
    has no publication date, months before the lead's day) or by days
    before the lead's ("rangkaian yang dimulai dengan tahap I pada 7-8 Juli 2021" under "tahap IV, 16-17/11/2021"):
    earlier stages recalled, unless it tells their result (a score of the sentence)."""
    stages = _stage_numbers(span_text(sentence)) - {0}
    lead_stages = _stage_numbers(span_text(doc[lead].sent)) if lead >= 0 else set()
    if not stages or not lead_stages or min(stages) >= max(lead_stages):
        return False
    bounds = _bounds(sentence)
    dates = [value for _, _, value, _ in _dates_in(doc, [bounds]) if value["kind"] == "event"]
    lead_days = [v["iso_start"] for _, _, v, _ in _dates_in(doc, [_bounds(doc[lead].sent)])
                 if v["kind"] == "event" and v["granularity"] == "day"]

    # (a sentence that names the lead's stage too, "Tahap IV menutup rangkaian yang dimulai dengan tahap I pada ...",
    # recalls only what the lead's day comes after)
    also_lead = max(stages) >= max(lead_stages)

    def before(v: dict[str, Any]) -> bool:
        if v["granularity"] == "day":
            return bool(lead_days) and v["iso_end"] < min(lead_days)
        # (an article with no publication date: the lead's month)
        month = f"{on:%Y-%m}" if on is not None else min(lead_days)[:7] if lead_days else ""
        return v["granularity"] == "month" and v["iso_start"] < month \
            and (not also_lead or bool(lead_days) and v["iso_start"] < min(lead_days)[:7])

    return bool(dates) and all(before(v) for v in dates) and not _tells_a_score(doc, bounds)


def _of_earlier_year(doc: Doc, sentence: Span, context: dict[str, re.Pattern[str]], on: date) -> bool:
    """Whether a sentence names an evaluation of a year before the article's and dates nothing by a day or a month
    ("Dalam evaluasi Kementerian tahun 2023, kota itu meraih indeks 3,27" in a report of 2024): that year's result,
    recalled; not the year before's early in a year, when its results come out, in an article on no other programme
    (the news in January 2025 of "evaluasi smart city tahun 2024")."""
    named = context["year_step"].search(span_text(sentence))
    if named is None or int(named.group("y")) >= on.year:
        return False
    fresh = int(named.group("y")) == on.year - 1 and on.month <= ISSUED_EARLY_UNTIL_MONTH \
        and not context["other_programme"].search(text_of(doc))
    return not fresh and not _event_dates(doc, [_bounds(sentence)], relative=False)


def _opens_before(opening: re.Match[str], on: date) -> bool:
    """Whether a sentence's opening year ("Pada 2022 lalu") is before the one the article went out in, or its opening
    month, said to be earlier ("Sebelumnya pada Juni 2024"), before the article's month."""
    month, year = opening.group("m"), int(opening.group("y"))
    if month is None or year < on.year or opening.group("earlier") is None:
        return year < on.year
    return (year, load_lexicon().months[month.lower()]) < (on.year, on.month)


def _attach_anaphors(doc: Doc, hits: dict[str, list[Span]], sentences: list[Span], claimed: list[tuple[int, int]],
                     context: dict[str, re.Pattern[str]], mentioned: dict[str, list[Span]]) -> None:
    """A dated sentence without a trigger that refers back to "the activity" ("kegiatan tersebut berlangsung
    13 Juni", "Kegiatan dibuka ... Senin (12/8)") joins the event reported last before it when that event's
    sentences before it carry no date; an event of one kind only mentioned in the sentence right before it, neither
    planned nor background, is reported by it ("Penyelenggaraan Bimtek ... di buka Asisten. Kegiatan yang
    dilaksanakan di aula ..., Senin (30/7/18)"); a dated stage ("Tahap pertama telah berlangsung 21-22 Juni") is
    a step of the one kind named in the sentence right before it, even as a plan ("Bimtek akan berlangsung dalam
    empat tahap")."""
    for i, sentence in enumerate(sentences):
        text = span_text(sentence)
        stage = context["stage"].match(text) is not None and not context["plan"].search(text)
        if not (stage or context["anaphor"].search(text)) or not _event_dates(doc, [_bounds(sentence)]) or any(
                sentence.start_char <= a < sentence.end_char for a, _ in claimed):
            continue
        previous = sentences[i - 1] if i > 0 else None
        if stage and previous is not None:
            named = {k for k, ss in [*hits.items(), *mentioned.items()] if any(s.start == previous.start for s in ss)}
            if len(named) == 1:
                hits.setdefault(named.pop(), []).append(sentence)
            continue
        told = [k for k, ss in mentioned.items() if k not in hits and previous is not None
                and any(s.start == previous.start for s in ss)]
        if len(told) == 1 and previous is not None and not context["plan"].search(span_text(previous)) \
                and not context["background"].search(span_text(previous)):
            hits[told[0]] = [previous, sentence]
            continue
        before = [(max(s.start for s in sents if s.start < sentence.start), kind) for kind, sents in hits.items()
                  if any(s.start < sentence.start for s in sents)]
        if before:
            kind = max(before)[1]
            # (the event's later sentences may date its end: "Kegiatan dibuka ..., Senin (12/8). Bimtek berlangsung
            # tiga hari hingga Rabu (14/8)")
            if not _event_dates(doc, [_bounds(s) for s in hits[kind] if s.start < sentence.start]):
                hits[kind].append(sentence)


def _attach_next_dates(doc: Doc, hits: dict[str, list[Span]], sentences: list[Span], claimed: list[tuple[int, int]],
                       context: dict[str, re.Pattern[str]], lead: int, mentioned: dict[str, list[Span]]) -> None:
    """An event none of whose sentences is dated takes the date of the first dated one of the NEXT_REACH sentences
    after its first one, when none up to it names an event ("Bupati X meneken MoU kota cerdas. Ia didampingi
    kepala dinas dari aula kantor bupati, Rabu (6/3)"), or of the one right before it when its first sentence
    refers back to that one ("...," kata Menteri, Kamis (21/4/2022). Hal itu disampaikan dalam penandatanganan ...")
    or that one is a lead (or closes a lead's paragraph) naming no event, which sets the scene ("Wali kota dan
    pejabat berkumpul di aula Bappeda, Jumat (11/10/2019). Pemkot gelar bimbingan teknis tahap 4 ..."); first,
    though, of the attribution that closes a quote of several sentences one of its sentences (or one that names it
    without reporting it) stands in."""
    position = {s.start: i for i, s in enumerate(sentences)}
    text = text_of(doc)
    quotes = [m.span() for m in QUOTE.finditer(text)]
    lead_char = doc[lead].idx if 0 <= lead < len(doc) else -1
    for kind, sents in hits.items():
        # (an event dated by its month alone takes a day of that month the same way: "evaluasi ... Oktober 2022.
        # Wali kota memaparkan ..., Selasa (4/10/2022)")
        own = _event_dates(doc, [_bounds(s) for s in sents])
        if any(d._.value["granularity"] != "month" for d in own):
            continue
        months = {d._.value["iso_start"][:7] for d in own}
        # (a sentence that names the event in a quote without a reporting verb: "kami meresmikan sembilan aplikasi")
        told = [s for s in mentioned.get(kind, []) if not context["plan"].search(span_text(s))
                and not context["background"].search(span_text(s))]
        closing = _attribution(doc, sents + told, sentences, quotes)
        if closing is not None and _in_months(doc, closing, months):
            sents.append(closing)
            continue
        spoken = _spoken_before_today(doc, sents, sentences, position, claimed, quotes)
        if spoken is not None and _in_months(doc, spoken, months):
            sents.append(spoken)
            continue
        i = position.get(min(s.start for s in sents))
        if i is None:
            continue
        if i > 0 and (context["backref"].search(span_text(sentences[i])) or sentences[i - 1].start == lead
                      or _ends_lead(text, lead_char, sentences[i - 1], claimed)):
            # "Hal itu disampaikan Johnny dalam penandatanganan ...": the statement before it is dated
            before = sentences[i - 1]
            if not any(before.start_char <= a < before.end_char for a, _ in claimed) \
                    and _event_dates(doc, [_bounds(before)], False) and _in_months(doc, before, months):
                sents.append(before)
                continue
        if any(IN_YEAR.search(span_text(s)) for s in sents):
            continue  # "di tahun 2022 Kota X mengikuti assesment": its year, not the date of a sentence after it
        steps = 0
        for after in sentences[i + 1:]:
            if _quoted(after.start_char, after.end_char, quotes):
                continue  # the inner sentences of a quote are one step with the one that closes it
            steps += 1
            if steps > SAID_REACH:
                break
            # what a speaker says ("... beberapa tahun lalu," katanya Senin (24/5/2021)) neither names
            # the article's events nor dates them; the attribution after it does
            said = _unquoted(text, _bounds(after), quotes)
            if any(after.start_char <= a < after.end_char and not _quoted(a, a + 1, quotes) for a, _ in claimed) \
                    or context["plan"].search(said) or context["background"].search(said):
                break
            if _event_dates(doc, [_bounds(after)], False):
                if _in_months(doc, after, months) and (steps <= NEXT_REACH or context["said_at"].search(said)):
                    sents.append(after)
                break


def _spoken_before_today(doc: Doc, sents: list[Span], sentences: list[Span], position: dict[int, int],
                         claimed: list[tuple[int, int]], quotes: list[Range]) -> Span | None:
    """The dated attribution right before a sentence of the event that calls its day "hari ini" ("...," kata
    Bupati, Senin (3/6/2024). Ia menambahkan, bimtek yang ditutup hari ini ..."): the speaker spoke on the event's
    day."""
    for sent in sents:
        i = position.get(sent.start)
        if not i or not TODAY.search(span_text(sent)):
            continue
        before = sentences[i - 1]
        if any(before.start_char <= a < before.end_char for a, _ in claimed) \
                or not any(before.start_char <= a < before.end_char for a, _ in quotes):
            continue
        if any(d._.value["granularity"] == "day" for d in _event_dates(doc, [_bounds(before)], False)):
            return before
    return None


def _ends_lead(text: str, lead_char: int, sentence: Span, claimed: list[tuple[int, int]]) -> bool:
    """Whether the sentence closes the lead's paragraph and no trigger stands in that paragraph ("Pemkab X hadir di
    Gedung Y. Jumat 22/02" before "Kepala dinas di sela kegiatan asesmen ...": the lead sets the scene)."""
    return 0 <= lead_char <= sentence.start_char and "\n" not in text[lead_char:sentence.start_char] \
        and not any(lead_char <= a < sentence.end_char for a, _ in claimed)


def _in_months(doc: Doc, sent: Span, months: set[str]) -> bool:
    """Whether the sentence dates a day in one of the months (ISO "2022-10"), or there are no months."""
    return not months or any(d._.value["granularity"] == "day" and d._.value["iso_start"][:7] in months
                             for d in _event_dates(doc, [_bounds(sent)], False))


def _attribution(doc: Doc, sents: list[Span], sentences: list[Span], quotes: list[Range]) -> Span | None:
    """The sentence that closes a quote of several sentences one of the event's sentences stands in, when what
    follows the quote is dated ("“... kami meresmikan sembilan aplikasi. Warga bisa ...,” kata Wali Kota, Jumat
    (27/4/2018)": the speaker's day is the day of what the quote reports)."""
    for sent in sents:
        quote = next(((a, b) for a, b in quotes if a <= sent.start_char and sent.end_char < b), None)
        if quote is None or any(sent.start_char <= d.start_char < sent.end_char for d in spans_of(doc, "dates")):
            continue  # (a quote that names its step's year, "evaluasi ... tahun 2024", dates it by that year)
        closing = next((s for s in sentences if s.start_char < quote[1] <= s.end_char), None)
        if closing is not None and closing.start != sent.start \
                and _event_dates(doc, [(quote[1], closing.end_char)], False):
            return closing
    return None


def _quoted(start: int, end: int, quotes: list[Range]) -> bool:
    """Whether the text from `start` to `end` (its surrounding blanks aside) stands inside one quote."""
    return any(a <= start and end <= b + 1 for a, b in quotes)


def _unquoted(text: str, bounds: Range, quotes: list[Range]) -> str:
    """The text of a range with what stands in quotes blanked out."""
    a, b = bounds
    chars = list(text[a:b])
    for qa, qb in quotes:
        for p in range(max(a, qa), min(b, qb)):
            chars[p - a] = " "
    return "".join(chars)


def _day_of_range(doc: Doc, group: list[Span], sentences: list[Span]) -> str | None:
    """The day an event's sentence names by its place in a range of days dated in one of the NEXT_REACH sentences
    before it ("berlangsung 21 dan 22 Agustus 2018. ... Hari berikutnya, tim memberikan bimtek": the second day;
    "berikutnya" counts from the first day)."""
    starts = {s.start: i for i, s in enumerate(sentences)}
    for sentence in group:
        m = DAY_OF_RANGE.match(span_text(sentence))
        if m is None or sentence.start not in starts:
            continue
        i = starts[sentence.start]
        for before in reversed(sentences[max(0, i - NEXT_REACH):i]):
            ranges = [d._.value for d in _event_dates(doc, [_bounds(before)], relative=False)
                      if d._.value["granularity"] == "day" and d._.value["iso_start"] != d._.value["iso_end"]]
            if ranges:
                first, last = date.fromisoformat(ranges[0]["iso_start"]), date.fromisoformat(ranges[0]["iso_end"])
                word = m.group("n").lower()
                day = last if word == "terakhir" else first + timedelta(days=DAY_NUMBER.get(word, 1))
                return day.isoformat() if day <= last else None
    return None


def _first_day(doc: Doc, day: Span) -> str:
    """The first day of a step a date gives a later day of ("hari kedua, Kamis (14/7/2022)": the 13th), else the
    date's own (ISO)."""
    m = NTH_DAY.search(text_of(doc), max(0, day.start_char - 80), day.start_char)
    if m is None:
        return str(day._.value["iso_start"])
    later = int(m.group("d")) - 1 if m.group("d") else DAY_NUMBER[m.group("n").lower()]
    return (date.fromisoformat(day._.value["iso_start"]) - timedelta(days=later)).isoformat()


def _unique_sents(sents: list[Span]) -> list[Span]:
    seen, out = set(), []
    for s in sents:
        if s.start not in seen:
            seen.add(s.start)
            out.append(s)
    return out


def _bounds(sentence: Span) -> Range:
    return sentence.start_char, sentence.end_char


def _event_dates(doc: Doc, ranges: list[Range], relative: bool = True, letters: bool = True) -> list[Span]:
    """The event dates in the ranges of text (with relative ones, "kemarin", "Senin lalu", resolved against the
    article's date, unless told not to), except those of a clause that dates another event ("terpilih setelah
    mengikuti penilaian pada awal Maret 2019": March is the assessment's month, not the selection's), a month
    called past ("sejak Juni 2022 lalu") and, when told so, the date of a letter ("menindaklanjuti surat ...
    tanggal 12 Oktober 2021")."""
    text = text_of(doc)
    others = [c for r in ranges for c in _clauses_of_others(doc, r)]
    kinds = ("event", "relative") if relative else ("event",)
    past, letter = _patterns()[1]["past_after"], _patterns()[1]["letter"]
    return [d for start, end, value, d in _dates_in(doc, ranges) if value["kind"] in kinds
            and not any(a <= start < b for a, b in others)
            and not (value["granularity"] == "month" and past.match(text, end))
            and not _told_since(text, start, value["granularity"] == "month")
            and (letters or not _of_letter(text, d, letter))]


def _clauses_of_others(doc: Doc, bounds: Range) -> list[Range]:
    """`_other_event_clauses` of a range of the doc's text, worked out once per range (asked thousands of times per
    article)."""
    clauses = doc.user_data.setdefault("other_event_clauses", {})
    if bounds not in clauses:
        clauses[bounds] = _other_event_clauses(text_of(doc), bounds) + _amid_clauses(doc, bounds)
    found: list[Range] = clauses[bounds]
    return found


def _amid_clauses(doc: Doc, bounds: Range) -> list[Range]:
    """The rest of a range that places its step amid another occasion's programme (`AMID`), when the range has dated
    the step before it ("Kunjungan pada Jumat (21/7) itu disisipkan di antara agenda seminar ..., Kamis (20/7)"); a step
    dated by nothing else is on the occasion's day ("Tim asesor meninjau ... di sela-sela rangkaian evaluasi, Rabu
    (5/6)")."""
    a, b = bounds
    return [m.span() for m in AMID.finditer(text_of(doc), a, b)
            if _names_event(m.group(0)) and _dates_in(doc, [(a, m.start())])]


def _told_since(text: str, start: int, month: bool) -> bool:
    """Whether the date starting at `start` is told in passing as the start of a running process ("sejak awal
    bulan Maret", a month only) or the date of an earlier step ("setelah sebelumnya, pada Juni 2024, ...")."""
    m = _patterns()[1]["since"].search(text[max(0, start - SINCE_REACH):start])
    return m is not None and (month or not m.group(0).lower().startswith("sejak"))


def _tells_a_score(doc: Doc, bounds: Range) -> bool:
    """Whether a score of the article stands within `bounds` (a sentence that tells a step's result)."""
    return any(bounds[0] <= s.start_char < bounds[1] for s in spans_of(doc, "scores"))


def _step_dates_elsewhere(doc: Doc, bounds: Range, context: dict[str, re.Pattern[str]]) -> list[dict[str, Any]]:
    """The values of the article's event dates outside `bounds`, but a letter's day ("surat pemberitahuan hasil
    evaluasi tertanggal 5 Desember": the letter's, no step's)."""
    full = text_of(doc)
    return [v for start, _, v, d in _dates_in(doc, [(0, len(full))])
            if v["kind"] == "event" and not bounds[0] <= start < bounds[1] and not _of_letter(full, d, context["letter"])]


def _dates_in(doc: Doc, ranges: list[Range]) -> list[tuple[int, int, dict[str, Any], Span]]:
    """The date spans that start in the ranges (each with its bounds and value), in text order."""
    starts, dates = _dates(doc)
    inside = sorted({i for a, b in ranges for i in range(bisect_left(starts, a), bisect_left(starts, b))})
    return [dates[i] for i in inside]


def _dates(doc: Doc) -> tuple[list[int], list[tuple[int, int, dict[str, Any], Span]]]:
    """Where the date spans start, and each with its bounds and value, in text order; built once per doc."""
    cached = doc.user_data.get("dated")
    if cached is None:
        dates = [(d.start_char, d.end_char, d._.value, d) for d in spans_of(doc, "dates")]
        cached = ([start for start, _, _, _ in dates], dates)
        if "spans_of" in doc.user_data:  # a finished doc (`spans.finish`): its dates are final
            doc.user_data["dated"] = cached
    return cached


def _of_letter(text: str, date_span: Span, letter: re.Pattern[str]) -> bool:
    """Whether a date is the date of a letter ("surat ... tanggal 12 Oktober 2021", the date span may hold
    "tanggal" itself), not of the event the letter names before it ("surat ... perihal undangan mengikuti evaluasi
    tahap I ... di Surabaya tanggal 12 sampai 14 Juni 2023"); a result the letter brings names no event ("surat
    pemberitahuan hasil evaluasi tertanggal 5 Desember": the letter's day, not the evaluation's)."""
    lead = re.match(r"(?:tanggal|tertanggal)\s+", span_text(date_span), re.IGNORECASE)
    end = date_span.start_char + (lead.end() if lead else 0)
    m = letter.search(text, max(0, end - LETTER_REACH), end)
    return m is not None and not _names_event(_patterns()[1]["evaluation_result"].sub(" ", m.group(0)))


def _other_event_clauses(text: str, bounds: Range) -> list[Range]:
    """Character bounds of the clauses of a range that open with "setelah/usai/sebelum..." or a relative clause of
    the past ("yang telah ...", "yang ... lalu") and name an event (a trigger word) of their own, or with a trigger
    in a relative clause after the range has named an event, up to the next comma or stop (see also `_amid_clauses`)."""
    triggers, context = _patterns()
    a, b = bounds
    clauses = [(a + m.start(), _second_step(text, a + m.start(), _through_place(text, a + m.start(), a + m.end(), b),
                                            triggers))
               for m in context["other_event_clause"].finditer(text[a:b])
               if _names_event(m.group(0)) and not _occasion(text, a, a + m.start(), triggers, context)]
    # a relative clause opened by a trigger after the sentence has named its event ("menerima penghargaan ... IKCI
    # yang diluncurkan pada 24 Maret 2015")
    for m in RELATIVE_CLAUSE.finditer(text, a, b):
        if any(p.match(text, m.end()) for _, p in triggers) and _names_event(text[a:m.start()]):
            clauses.append((m.start(), m.end() + len(_clause_after(text, m.end(), b))))
    return clauses


def _through_place(text: str, start: int, end: int, limit: int) -> int:
    """Where a clause from `start` to `end` ends once it takes in the city of the place it names and the date after
    them ("setelah mengikuti penilaian di Hotel X, Jakarta, pada Januari 2022": January is the assessment's)."""
    if HELD_AT_NAME.search(text, start, end) is None:
        return end
    m = PLACE_THEN_DATE.match(text, end, limit)
    return m.end() if m else end


def _second_step(text: str, start: int, end: int, triggers: list[tuple[str, re.Pattern[str]]]) -> int:
    """Where a clause that names the event another one follows ends: at the end given, or where it names a second
    step, which the sentence goes on to report ("Setelah mengisi kuesioner evaluasi nanti lanjut dengan evaluasi
    dari Kementerian ... tanggal 3-8 Oktober": the dates are the second step's)."""
    spans: list[tuple[int, int]] = []
    for _, pattern in triggers:
        for m in pattern.finditer(text, start, end):
            # (nor a trigger right beside another: "presentasi di depan tim penilai", "penandatanganan nota
            # kesepahaman" is one step)
            if not any(a < m.end() and m.start() < b for a, b in spans) \
                    and not any(not text[b:m.start()].strip() if b <= m.start() else not text[m.end():a].strip()
                                for a, b in spans):
                spans.append(m.span())
    # (not a gloss in brackets: "proses penilaian (assessment) yang berlangsung pada awal Maret 2019")
    starts = sorted(a for a, _ in spans if not text[start:a].rstrip().endswith("("))
    return starts[1] if len(starts) > 1 else end


def _occasion(text: str, a: int, at: int, triggers: list[tuple[str, re.Pattern[str]]],
              context: dict[str, re.Pattern[str]]) -> bool:
    """Whether the clause at `at` (from "usai/setelah ...") is the occasion a quote's attribution places the speaker
    at ("ujarnya usai rapat koordinasi di GCIO pada (20/01)"): the step of the day, not another event."""
    end = text.find(".", at)
    first = [m.start() for _, p in triggers if (m := p.search(text, at, end if end != -1 else len(text)))]
    return bool(first) and context["aside"].search(text, a, min(first)) is not None


def _day_a_rank_was_told(doc: Doc, day: Span) -> bool:
    """Whether a date stands right after a speaker's verb in a sentence that reports a rank ("Kota X menduduki
    peringkat pertama hasil penilaian smart city, kata Kepala Diskominfo, Rabu (8/3/2023)")."""
    return RANKED.search(span_text(day.sent)) is not None \
        and _patterns()[1]["said_result"].search(text_of(doc), day.sent.start_char, day.start_char) is not None


def _by_date(doc: Doc, sents: list[Span], scope: dict[int, Range], letters: bool, planned: set[int]
             ) -> list[list[Span]]:
    """Split the sentences of one event type into events with distinct dates ("tahap I in July, tahap II in
    October"); a sentence without a date belongs to the event reported just before it (else the first), unless its
    subject names a stage the dated ones do not ("Tahap pertama 21-22 Juni. ... Bimtek tahap ke-2 juga berlangsung
    secara daring"): that stage is an undated event of its own; so is a step held before the first dated one when
    that one is only scheduled as a stage to come (`planned`: "mengikuti bimtek tahap I. Bimtek tahap berikutnya
    dijadwalkan 20 Agustus")."""
    groups: list[tuple[str, str, list[Span]]] = []  # (start, end, sentences)
    undated: list[Span] = []
    text = text_of(doc)
    # a stated date outweighs "hari ini" in a quote and the day a speaker spoke ("kata Sekda, kemarin"), not the
    # day the narrative gives a step of its own sentence ("mengikuti bimtek tahap I, kemarin. Bimtek tahap II
    # dijadwalkan pada 24 Agustus 2023.")
    relative = not _event_dates(doc, [scope[s.start] for s in sents], relative=False, letters=letters)
    quotes = [m.span() for m in QUOTE.finditer(text)]
    said = _patterns()[1]["said_on"]
    later: dict[int, list[Span]] = {}  # undated sentences of a stage no dated group names, by stage
    for sent in sents:
        dates = _event_dates(doc, [scope[sent.start]], relative, letters)
        if not dates and not relative:
            a = scope[sent.start][0]
            dates = [d for d in _event_dates(doc, [scope[sent.start]], True, letters)
                     if not _quoted(d.start_char, d.end_char, quotes) and not said.search(text, a, d.start_char)]
        if not dates:
            a = scope[sent.start][0]
            own = _stage_numbers(text[a:a + STAGE_OPENING])  # the stage its subject names
            named = {n for _, _, members in groups for m in members for n in _stage_numbers(span_text(m))}
            if len(own) == 1 and named and not own & named:
                later.setdefault(own.pop(), []).append(sent)  # "Tahap pertama 21-22 Juni ... Tahap ke-2 juga ..."
            elif groups:
                groups[-1][2].append(sent)
            else:
                undated.append(sent)
            continue
        start = min(d._.value["iso_start"] for d in dates)
        end = max(d._.value["iso_end"] for d in dates)
        until = all(UNTIL.search(text[max(0, d.start_char - 30):d.start_char]) for d in dates)
        for i, (g_start, g_end, members) in enumerate(groups):
            if _close(start, end, g_start, g_end) or until and _ends(g_start, end):
                groups[i] = (min(start, g_start), max(end, g_end), members + [sent])
                break
        else:
            groups.append((start, end, [sent]))
    if not groups:
        return [undated]
    if any(s.start not in planned for s in undated) and all(
            s.start in planned and NEXT_STAGE.search(span_text(s)) for s in groups[0][2]):
        groups.insert(0, ("", "", []))
    groups[0][2][:0] = undated
    return [members for _, _, members in groups] + [later[n] for n in sorted(later)]


def _stage_numbers(text: str) -> set[int]:
    """The stages a text names ("tahap I", "tahap ke-2", "tahap pertama")."""
    return {_stage_number(t) for t in STAGE.findall(text)}


def _stage_number(word: str) -> int:
    """The number of a stage as STAGE reads it ("2", "dua", "kedua", "II" -> 2), 0 for none ("IIII")."""
    return STAGE_NUMBER.get(word.lower(), int(word) if word.isdigit() else 0)


def _stage_label(text: str) -> str | None:
    """The first stage a text names, labelled with its Roman numeral ("tahap ke-2" -> "Tahap II")."""
    numbers = (_stage_number(t) for t in STAGE.findall(text))
    return next((f"Tahap {STAGE_NUMERAL[n]}" for n in numbers if n in STAGE_NUMERAL), None)


def _stages(doc: Doc, group: list[Span], scope: dict[int, Range], triggers: list[int]
            ) -> list[tuple[list[Span], dict[int, Range]]]:
    """A sentence that names several steps of the kind, each with its own date ("Bimtek tahap I dilaksanakan 21-22
    Juni, sedangkan Bimtek II 13-14 September, Bimtek III 11-12 Oktober"), reports one event per step: the group
    with the first step's part of the sentence, and a group of that sentence for each later step."""
    text = text_of(doc)
    for sent in group:
        a, b = scope[sent.start]
        # the steps named by the trigger, else by their stage alone ("tahap pertama dilaksanakan 6-7 September,
        # tahap kedua 23-24 September, ... dan terakhir 18-19 November")
        stages = [m.start() for m in STAGE_MARK.finditer(text, a, b)]
        for marks in (sorted(p for p in triggers if a <= p < b), stages):
            if len(marks) < 2:
                continue
            parts = list(zip([a] + marks[1:], marks[1:] + [b]))
            starts = [[d._.value["iso_start"] for d in _event_dates(doc, [r], relative=False)] for r in parts]
            if not all(len(s) == 1 for s in starts) or len({s[0] for s in starts}) < len(parts):
                continue
            # ("Evaluasi digelar Selasa (25/2), dilanjutkan peninjauan lapangan pada Rabu (26/2)": one step's two days)
            if len(_stage_numbers(text[a:b])) < 2 and all(_close(x[0], x[0], y[0], y[0]) for x, y in pairwise(starts)):
                continue
            split = [(group, {**scope, sent.start: parts[0]})]
            return split + [([sent], {**scope, sent.start: r}) for r in parts[1:]]
    return [(group, scope)]


def _ends(start: str, end: str) -> bool:
    """Whether a date said to end an event ("berlangsung tiga hari hingga Rabu (14/8)") can end one that began on
    `start`: the same day or at most UNTIL_DAYS later (ISO days)."""
    if len(start) != 10 or len(end) != 10:
        return False
    days = (date.fromisoformat(end) - date.fromisoformat(start)).days
    return 0 <= days <= UNTIL_DAYS


def _close(start: str, end: str, other_start: str, other_end: str) -> bool:
    """Date ranges that overlap or follow each other within a day (ISO strings, day or month precision), also
    across the end of a month ("sejak Senin 31 Juli ... hari kedua, Selasa, 1 Agustus")."""
    if min(len(start), len(end), len(other_start), len(other_end)) < 10:
        return start[:7] <= other_end[:7] and other_start[:7] <= end[:7]
    first, last = sorted([(start, end), (other_start, other_end)])
    return date.fromisoformat(last[0]) <= date.fromisoformat(first[1]) + timedelta(days=1)


def _venue(text: str, ranges: list[Range]) -> tuple[str, Range] | None:
    """Where the event took place, as written, with the characters it spans (a place right after a verb of holding
    first, event_context.csv)."""
    held_at = _patterns()[1]["held_at"]
    for pattern in (VENUE, PLACE):
        for a, b in ranges:
            found = list(pattern.finditer(text, a, b))
            m = next((f for f in found if held_at.search(text, max(a, f.start() - 30), f.start())), None) \
                or next(iter(found), None)
            if m:
                venue = m.group("v").strip(" ,")
                return venue, (m.start("v"), m.end("v"))
    return None


def _event(doc: Doc, art: part.Article, kind: str, sents: list[Span], scope: dict[int, Range],
           extra: list[Range], claims: dict[str, list[int]], lead: int, dated: set[int]) -> tuple[dict[str, Any], bool]:
    """The event reported by the sentences (each within its scope), and whether the text names its regions (`dated`:
    the sentences that hold an event's date)."""
    ranges = [scope[s.start] for s in sents]
    # a letter's date ("surat ... tanggal 12 Oktober 2021") is the date of a selection it announces, of nothing else
    letters = kind == "selection_result"
    dates = _event_dates(doc, ranges, relative=False, letters=letters) or _event_dates(doc, ranges, letters=letters)
    if kind in ("evaluation", "assessment"):  # ("peringkat pertama ..., kata Kadis, Rabu (8/3/2023)": the day told)
        dates = [d for d in dates if not _day_a_rank_was_told(doc, d)]
    if kind == "selection_result":  # ("Dari 88 daerah yang mengikuti asesmen pada 1-5 November 2021, 50 dinyatakan
        # terpilih": the assessment's)
        dates = [d for d in dates if not _in_clause_of_assessment(doc, d)]
    # "Kabupaten X mendapat jadwal evaluasi pada Jumat 27 November 2020" in a gathering of 23-27 November: its turn
    turn = _patterns()[1]["turn"]
    turns = [d for d in dates if d._.value["granularity"] == "day" and turn.search(span_text(d.sent))]
    if turns and len(turns) < len(dates):
        dates = turns
    dates = _own_days(art, dates) or dates
    years = [d for _, _, value, d in _dates_in(doc, ranges)
             if value["kind"] == "year" and _year_of(kind, d.start_char, ranges, claims, lead)]
    start = end = granularity = None
    if dates:
        # the earliest, and of a month and a day in it ("Juni hingga Oktober 2024" and "Selasa (11/6/2024)") the day
        first = min(dates, key=lambda d: (d._.value["iso_start"][:7], -len(d._.value["iso_start"]),
                                          d._.value["iso_start"]))
        start, granularity = first._.value["iso_start"], first._.value["granularity"]
        end = max(d._.value["iso_end"] for d in dates)
        if granularity == "day":
            start = min([start] + [_first_day(doc, d) for d in dates if d._.value["granularity"] == "day"])
    elif years:
        start, end, granularity = years[0]._.value["iso_start"], None, "year"
    text = text_of(doc)
    found = _venue(text, ranges)
    venue, at = found if found else (None, (0, 0))
    triggers = claims.get(kind, [])
    named = part.named_in(art, ranges, triggers)
    if kind in LISTED:
        told = [_bounds(s) for s in sents] + extra
        taken = set(named)
        named += [m for m in art.mentions if m not in taken and _listed_after(text, told, m.start)]
    in_venue = {m.start for m in named if at[0] <= m.start < at[1]}
    venue_places = {m.name for m in named if venue is not None and m.name.split(" ", 1)[-1] in venue}
    places = {m.name for m in named if m.start in in_venue or m.venue or not in_venue and m.at} | venue_places
    hosts_others = _patterns()[1]["gathering"].search(" ".join(text[a:b] for a, b in ranges)) is not None
    # (a step held online has no host: each region's own official opens its own session there)
    opener_hosts = hosts_others and ONLINE.search(" ".join(text[a:b] for a, b in ranges)) is None
    # the region a visit goes to takes part in it ("Pemkab X studi banding ke Kota Y")
    visit = kind == "other" and _patterns()[1]["visit"].search(" ".join(text[a:b] for a, b in ranges)) is not None
    host, regions = set(), []
    hosting = {m.name for m in named if m.hosting} if kind != "other" else set()
    own_office = venue is not None and OWN_OFFICE.search(venue) is not None
    for m in named:
        # (a visit to the region the venue names: "mempelajari penerapan smart city di Kabupaten X, Jumat (...)")
        if visit and m.at and not m.venue and (m.start not in in_venue or text[m.start:m.end] == venue):
            regions.append(m.name)
            continue
        # a party to an agreement or the region visited, in its own offices ("Kesepakatan ... ditandatangani Bupati X
        # dan Wali Kota Y di Balai Kota Y"), hosts no one: it signs or receives
        if (visit or kind == "mou_signing") and own_office and m.name in venue_places and not hosts_others:
            regions.append(m.name)
            continue
        # a region that takes part by its own verb is evaluated, wherever the step is held ("Pemkab X mengikuti
        # evaluasi ... di X", "Pemkot X juga mengikuti evaluasi tersebut" after it hosts it)
        if m.joins and not (m.at or m.venue or m.start in in_venue):
            regions.append(m.name)
            continue
        # "di X" names the host, unless the venue already places the event in another region ("Smart City di
        # Kota X dievaluasi ... di The Meru Sanur Hotel, Denpasar"); the place's own officials welcome the guests
        # ("Bupati Sumbawa menerima para peserta evaluasi yang digelar di Sumbawa"), but a region named as a unit
        # ("Kabupaten Mamuju dan Kabupaten Polman menjalani evaluasi ... di Ruang Pola Kantor Gubernur, Mamuju")
        # is evaluated all the same, unless the venue names it and the event gathers many regions ("Evaluasi
        # dibuka Asisten Sekretariat Kabupaten Banyuwangi, dihadiri perwakilan 75 kota/kabupaten" at a hotel in
        # Banyuwangi)
        # (the host of a programme step held for others, in each mention: "Kabupaten Kupang menjadi tuan rumah
        # evaluasi bagi ...", then "dibuka Sekda Kabupaten Kupang"), and the region whose official opens a step of
        # many regions ("dibuka oleh Asisten Sekda Kabupaten X dan diikuti 75 kabupaten/kota"), unless held online
        if m.start in in_venue or m.venue or not in_venue and m.at or m.name in hosting or opener_hosts and m.opening \
                or m.name in places and not UNIT.match(text, m.start) or m.name in venue_places and hosts_others:
            host.add(m.name)
            continue
        regions.append(m.name)
    for a, b in extra:
        # (a plan or an aside in them is beside the event even where it names the event: "Kabupaten Majene ...
        # dijadwalkan mengikuti evaluasi serupa pada hari berikutnya")
        for m in part.named_in(art, [(a, b)], []):
            if not (m.host or at[0] <= m.start < at[1]) and m.name not in regions:
                regions.append(m.name)
    for a, b in ranges + extra:
        # "Kabar baik juga datang dari Kabupaten Tanah Laut. Kabupaten ini menempati peringkat ke-9 ..."
        same = part.coreferent(art, (a, b))
        if same is not None and same not in host:
            regions.append(same)
    own = list(dict.fromkeys(regions))
    for m in named:
        # (and the guests the host's sentence goes on to list: "X menjadi tuan rumah evaluasi bagi sejumlah
        # kabupaten/kota. ... Selain X, peserta yang memaparkan capaian antara lain A dan B")
        if (m.name in own or m.hosting) and m.start not in in_venue:
            regions += part.continued(art, m.sentence, regions, dated)
    # a counted group in a sentence that goes on from the event ("Provinsi ini mengirim 3 peserta." before a line
    # naming three regions) is the event's too
    refs = part.group_references(art, ranges) + [r for r in part.group_references(art, extra) if r[1] is not None]
    for position, size in refs:
        if size is None or len(set(regions)) < size:
            group = part.resolve(art, position, size)
            if size is not None and not group:  # (a count no enumeration fits: its examples, if a sentence gives some)
                group = tuple(part.showcased(art, art.index(position), dated))
            # a group named without a count stands for the event's regions, so it holds those already named
            if size is not None or set(regions) <= set(group):
                regions += group
    if kind == "selection_result" and regions:
        regions += part.co_selected(art)
    regions = list(dict.fromkeys(regions))
    # the national programme's own launch is the ministry's
    national = kind == "launch" and any(_patterns()[1]["programme_launch"].search(text, a, b) for a, b in ranges)
    if national:
        regions = []
    # (the host of a step held for others is not what the article is about: "evaluasi yang difasilitasi Pemkot X"
    # reports the regions evaluated there)
    main = part.main_region(art, frozenset(hosting))
    # a region that hosts its own evaluation is evaluated too, unless the event gathers many regions; and an event
    # of "kabupaten dan kota peserta" is not that of a region the article names only once (a contact address)
    own_regions = bool(regions)
    once = sum(m.name == main for m in art.mentions) < 2
    if not regions and main is not None and (main not in host or own_office or not hosts_others) \
            and not (hosts_others and once) and kind != "award" and not national:
        regions = [main]  # "the evaluation" of an article about one region is that region's
    joined = " ".join(text[a:b] for a, b in ranges)
    stage = _stage_label(joined)
    programme = PROGRAMME.search(text)
    return {
        "type": kind,
        "regions": regions,
        "host_regions": sorted(host - set(regions)),
        "start": start,
        "end": end,
        "granularity": granularity,
        "venue": venue,
        "online": bool(ONLINE.search(joined)),
        "stage": stage,
        "programme": programme.group(0) if programme else None,
        "published": _iso(published(doc)),
    }, own_regions


def _in_clause_of_assessment(doc: Doc, day: Span) -> bool:
    """Whether a date stands in a stretch between commas of its sentence that names an assessment or an evaluation
    and no selection: the date of the step the selection came from; not a stretch that announces the step's result
    ("Hasil evaluasi ... diumumkan pada Senin (15/5/2023), dan Kabupaten X dinyatakan terpilih": the selection's day)."""
    text, (a, b) = text_of(doc), _bounds(day.sent)
    start = max(text.rfind(",", a, day.start_char), text.rfind(";", a, day.start_char), a - 1) + 1
    ends = [i for i in (text.find(",", day.end_char, b), text.find(";", day.end_char, b)) if i != -1]
    stretch = text[start:min(ends, default=b)]
    kinds = {kind for kind, pattern in _patterns()[0] if pattern.search(stretch)}
    return bool(kinds & {"assessment", "evaluation"}) and "selection_result" not in kinds \
        and not RESULT_ANNOUNCED.search(stretch)


def _own_days(art: part.Article, dates: list[Span]) -> list[Span]:
    """The days inside a range of the event's dates given in a sentence where a region takes part by its own verb
    ("Pemkab X mengikuti evaluasi ... di Surabaya, Rabu (14/6/2023)" beside "Evaluasi berlangsung 12-15 Juni 2023"):
    the region's own day in a step of many regions."""
    values = [d._.value for d in dates if d._.value["granularity"] == "day"]
    spans = [(v["iso_start"], v["iso_end"]) for v in values if v["iso_start"] < v["iso_end"]]
    joined = {m.sentence for m in art.mentions if m.joins}
    return [d for d in dates if d._.value["granularity"] == "day" and d._.value["iso_start"] == d._.value["iso_end"]
            and art.index(d.start_char) in joined and any(a <= d._.value["iso_start"] <= b for a, b in spans)]


def _year_of(kind: str, at: int, ranges: list[Range], claims: dict[str, list[int]], lead: int) -> bool:
    """A year alone dates the event when the trigger nearest before it in its range is the event's own ("evaluasi
    ... tahun 2024"), or when none comes before it in the lead ("Gerakan ... tahun 2019 resmi bergulir, ...
    menandatangani nota kesepahaman"); not when it comes first in a later sentence ("telah masuk program ini pada
    tahun 2017 ... dievaluasi") or after another event's trigger ("Proses evaluasi ini melibatkan daerah yang
    terpilih di tahun 2017")."""
    bounds = next(((a, b) for a, b in ranges if a <= at < b), None)
    if bounds is None:
        return False
    before = [(p, k) for k, ps in claims.items() for p in ps if bounds[0] <= p < at]
    return max(before)[1] == kind if before else bounds[0] <= lead < bounds[1]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _listed_after(text: str, ranges: list[Range], start: int) -> bool:
    """A region on a list line ("12. Kabupaten Banyuasin", "– Surabaya nilai 67,03") that follows one of the
    event's sentences (or of those naming its recipients), past other list lines and the list's headings
    ("Kategori kota kecil:")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    own_line = text[line_start:line_end if line_end != -1 else len(text)]
    # (an item may lack its bullet: "Manado nilai 59,04" between "– Denpasar nilai 61,70" lines)
    if not LIST_ITEM.match(text[line_start:start] + " ") and (text[line_start:start].strip()
                                                               or not _bare_item(own_line)):
        return False
    before = [b for _, b in ranges if b <= start]
    if not before:
        return False
    between = text[max(before):line_start]
    return all(LIST_ITEM.match(line) or line.rstrip().endswith(":") or not line.strip() or _bare_item(line)
               for line in between.split("\n"))


def _bare_item(line: str) -> bool:
    """A short line that does not end as a sentence ends: a list's item written without a bullet, or a heading."""
    return 0 < len(line.strip()) <= BARE_ITEM and not line.rstrip().endswith((".", "!", "?", "\u201d", '"'))
