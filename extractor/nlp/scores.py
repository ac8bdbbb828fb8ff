"""Scores: evaluation scores, indices, percentages and ranks given to a region, with what is scored and the year.

Each score's value holds `value`, `year` (the year the score is *for*; None when the text leaves it open, as when only
the publication or the date of a quote gives one), `what` (the words that name it),
`kind` (index, rank, percentage, dimension_score or other), `dimension` (for a dimension score) and `metric`
(a normalised label: "smart city index", "SPBE index, national rank", "smart city index, Smart Governance").
The cue words, vetoes and metric names live in data/score_words.csv and data/score_metrics.csv.

The year of a score, in one order of precedence (`ScoreFinder._dated`; the first that applies wins):
1. its own year, after it or leading it ("3,51 pada tahun 2023", "tahun 2020 sebesar 2,87", "capaian tahun sebelumnya
   2,87"); a "tahun lalu" after the first score of a change counts back from the second's own year ("dari 2,87 tahun
   lalu menjadi 3,10 pada 2022": 2021); or its place among years listed in the order of the values ("tahun 2021 dan
   2022 masing-masing 2,45 dan 2,90", or "berturut-turut untuk tahun ..." in the sentence after);
2. the year it is compared with ("naik dari tahun lalu yang hanya 3,10");
3. a change: the earlier of two years the sentence names, or one year before the second score's ("dari 2,87 menjadi
   3,10 pada 2023"), or, told after the newer, one year before the first's ("3,10 pada 2023, naik dari 2,87"); the
   newer value of one whose older value has its own year, the later evaluation year the text names, else the year after
   it ("dari 2,87 pada 2023 menjadi 3,10", "mencapai 3,10, naik dari 2,85 pada 2022"; a later stage keeps it);
4. the nearest other year of its sentence (an index's edition first: "IKCI 2018"; the year results came out or an award
   was handed over only when no other: "asesmen 2021 baru diumumkan pada 2022"); a score the sentence sets against a
   past year ("di tahun 2015 peringkat 5, saat ini peringkat 2"; "kembali" after a value of that year) is of the
   present: the newest edition the article names or year its scores before got, else the publication's year (and
   one marked past again after it, "yang sebelumnya di peringkat 1", of that past year); a list of names and values
   closed by one year shares it ("Ngawi 2,71, Magetan 2,55 dan Pacitan 2,12 pada 2023");
5. the year of a date in its sentence, unless an evaluation year the article states fits it (results come out in
   their year or early in the next), or the year of an evaluation whose decree or results it says were issued on a date
   ("Keputusan Menteri PANRB yang terbit 27 Desember 2022": 2022; "diumumkan Kamis (11/1/2024)": 2023), or an index's
   edition it names ("Penghargaan Indeks SPBE 2024" handed over in January 2025);
6. the year of the sentences before (the years of their scores, an edition's year, "tahun lalu"; a list line looks
   back to the line opening its list; the new value of a change opening its sentence, "Nilai kita naik jadi 3,40",
   is of the evaluation after the older's: a year stated later, else the next; a value a quote recalls by its year,
   "Tahun lalu kita masih 3,02", dates no sentence after it);
7. the publication year (an undated page: the year of its dates or the last year it names).
A "tahun lalu/sebelumnya/kemarin" in the score's own sentence (1-4) counts back from the year the sentence names before
it ("tahun lalu" not from another "tahun lalu": "3,40 tahun lalu dan 3,05 dua tahun lalu"), else ("tahun sebelumnya")
from the year of the scores of the sentence before, else from the newest year the article names that fits the
publication (its year or the one before: "hasil evaluasi SPBE 2022" on a page of 2023), else from the publication's;
one in a sentence before (6), from the publication's.
Years that date no score are blanked first: a regulation's ("Perwali Nomor 30 Tahun 2023"; not a decree announcing
results: "Nomor 1503 Tahun 2021 tentang Hasil Evaluasi SPBE" names the year they came out), a plan's, "sejak 2017".
A year found by 5-7 is kept only when the text names it as a year (not only as a date's or the publication's) or a score
before was stated with it (the newer value of a change); else the year is None. A headline's score dated by 5-7 takes
the year its first restatement in the body gets (the headline may follow a date line or a breadcrumb; the body may
name another measure for the same value and region).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from extractor.nlp.lexicon import load_lexicon, read_rows
from extractor.nlp.spans import SENTENCE_REACH, add_span, published, sentence_of, spans_of, text_of

# a number followed by a unit is an amount, not a score ("1,5 miliar rupiah", "2,5 juta orang", "13.00 WIB"; written
# short: "1,03 T atau 39,64% dari APBD", "1,2 M", "2,5 jt": a capital on the number's own line, not a lower-case letter
# nor the initial opening the next line, "3,41\nM. Yusuf")
# (a span of time too: "rata-rata lama sekolah 9,8 tahun", but not "3,45 tahun 2023" or "3,45 tahun ini")
UNITS = r"%|persen|WI[BT]A?|miliar|milyar|juta|ribu|triliun|(?<![\n\r])(?-i:[MT])|jt|rb|rupiah|orang|jiwa|km|" \
        r"kilometer|ha|hektare|meter|unit|" \
        r"kali|menit|jam|ton|kg|mbps|gb|hari|pekan|minggu|bulan|" \
        r"tahun(?!\s*(?:(?:19|20)\d{2}|ini|lalu|sebelumnya|kemarin|depan|mendatang|anggaran|sebelum|berikutnya))"
NUMBER = re.compile(rf"(?<![\w.,/])(?P<n>\d{{1,2}}(?:[.,]\d{{1,3}}))(?![\w/]|[.,]\d|\s*(?:{UNITS})(?!\w))",
                    re.IGNORECASE)
# a decimal typed with a space after its comma, right after a score cue ("nilai 2, 95"): one number, not 2 and 95
SPACED = re.compile(rf"(?<![\w.,/])(?P<n>\d{{1,2}}, \d{{2}})(?![\w/]|[.,]\d|\s*(?:{UNITS})(?!\w))", re.IGNORECASE)
# how far before a spaced decimal its cue may be ("nilai akhir 2, 95")
SPACED_CUE_WINDOW = 20
PERCENT = re.compile(r"(?<![\w.,/])(?P<n>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|persen\b|prosen\b)", re.IGNORECASE)
# an integer score ends its clause or is followed by its year, its change, what it is for or the top of its scale ("dari
# 409 pada 2023 menjadi 534", "skor 4 untuk kebijakan smart city", "skor 82 dari 100"; not a count of a total: "8 dari
# 10 program berjalan")
INTEGER = re.compile(r"(?<![\w.,/-])(?P<n>\d{1,4})(?=\s*(?:[;)(]|[.,](?!\d)|$|\b(?:pada|di|tahun|menjadi|dan|"
                     r"dengan|atau|poin|ke|dalam|untuk)\b|dari\s+(?:skala\s+)?(?:maksimal\s+)?10{1,3}\b"
                     r"(?!\s*+(?:program|inovasi|indikator|kegiatan|aplikasi|layanan)\b)))",
                     re.IGNORECASE)
# the top of the scale a score is out of ("nilai 3,71 dari 4,00", "skor 82 dari 100"), unless the number after "dari"
# is an older score a change starts from ("turun 0,29 dari 3,81 menjadi 3,52")
OUT_OF = re.compile(r"\d\s*(?:poin\s+)?dari\s+(?:skala\s+|maksimal\s+|nilai\s+maksimal\s+)?$", re.IGNORECASE)
RANK_WORDS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7,
              "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10, "satu": 1, "dua": 2, "tiga": 3, "empat": 4,
              "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10}
# award places are often written in Roman numerals ("juara II", "peringkat III", "Terbaik I"); capitals only, so no
# Indonesian word is read as one
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
ROMAN_NUMBER = r"(?-i:VIII|VII|VI|IV|IX|III|II|I|V|X)"
RANK_NUMBER = r"(?P<ke>ke-?\s*)?(?P<n>\d{1,3}|" + "|".join(sorted(RANK_WORDS, key=len, reverse=True)) + \
    rf"|{ROMAN_NUMBER})\b"
# after a word that names a place only with an ordinal ("terbaik ke-3", "terbaik kedua", "Terbaik II"): "lima
# terbaik" and "terbaik 5" are groups of places
ORDINAL_NUMBER = r"(?P<ke>ke-?\s*)?(?P<n>(?<=ke)\d{1,3}|(?<=ke-)\d{1,3}|(?<=ke )\d{1,3}|" + "|".join(
    sorted((w for w in RANK_WORDS if w.startswith("ke") or w == "pertama"), key=len, reverse=True)) + \
    rf"|{ROMAN_NUMBER})\b"
# more ordinals listed after a rank's own ("peringkat ketiga, keempat, dan kelima", "posisi ke-2 dan ke-3"): each is
# a rank of the regions listed with them; a cardinal only where the list closes its clause ("di urutan 29 dan 30.",
# "peringkat 5, 6 dan 7,"), not before a noun it counts ("peringkat 2, 3 daerah lain" counts)
RANK_LIST = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)(?P<n>ke-?\s*\d{1,3}|"
                       + "|".join(sorted((w for w in RANK_WORDS if w.startswith("ke")), key=len, reverse=True))
                       + r"|\d{1,3}(?![.,]\d)(?=(?:\s*,?\s+(?:dan|serta)\s+\d{1,3}(?![.,]\d))?\s*(?:[.,;:)!?]|$)))\b",
                       re.IGNORECASE)
# the first place followed by the second and third, with no region named before them in the sentence, lists the places
# a ranking gives ("setiap kategori menetapkan peringkat I, II dan III", "juara 1, 2 dan 3 tiap kategori"; real dev
# r2508), no region's rank; "Kota A, Kota B dan Kota C meraih juara 1, 2 dan 3" names the regions that hold them
PODIUM = re.compile(r"\s*+,\s*+(?P<second>ke-?\s*+2|2|kedua|(?-i:II))\s*+,?\s*+(?:dan\s++|serta\s++|&\s*+)?"
                    r"(?P<third>ke-?\s*+3|3|ketiga|(?-i:III))\b", re.IGNORECASE)
PODIUM_HOLDER = re.compile(r"\b(?:Kota|Kabupaten|Kab\.?|Pemkot|Pemkab|Pemerintah\s+Kota|Pemerintah\s+Kabupaten)\s+[A-Z]")
PODIUM_REACH = 160
# an ordinal with a scope of its own after a rank and its scope ("peringkat ke-9 di Jawa Timur dan ke-45 nasional",
# "urutan kedua se-Jawa Tengah serta ketujuh secara nasional") is a rank too, and so is a cardinal right before its
# scope ("urutan 2 se-Sumatera Barat dan 14 nasional")
SCOPED_NEXT = re.compile(r"[^\d.;:!?\n]{1,40}?(?:,\s*+(?:dan\s++|serta\s++)?|\s++(?:dan|serta|sedangkan)\s++)"
                         r"(?P<n>ke-?\s*\d{1,3}|"
                         + "|".join(sorted((w for w in RANK_WORDS if w.startswith("ke")), key=len, reverse=True))
                         + r"|\d{1,3}(?=\s++(?:nasional|se-|tingkat\s|secara\s++nasional)))\b", re.IGNORECASE)
# a name and an ordinal after a rank go on its list ("Medan di urutan ke-112 dan Makassar ke-114"), after the value
# given with the rank too ("posisi pertama dengan nilai 3,71, Kota Batu kedua dengan 3,66"): the named region's
NAMED_NEXT = re.compile(r"(?:\s++dengan\s++(?:(?:nilai|skor|indeks)\s++)?\d{1,3}(?:[.,]\d{1,3})?)?"
                        r"\s*+(?:,\s*+(?:dan\s++|serta\s++)?|(?:dan|serta|sedangkan|sementara)\s++)"
                        r"(?:(?:[Kk]ab(?:upaten)?|[Kk]ota)\b\.?\s*+)?(?:[A-Z][\w'-]*+\s++){1,3}"
                        r"(?P<n>ke-\s*+\d{1,3}|"
                        + "|".join(sorted((w for w in RANK_WORDS if w.startswith("ke")), key=len, reverse=True))
                        + r")\b")
# a rank after "masing-masing" heads a list of ranks in the order of the names listed before it ("Jakarta, Medan, dan
# Makassar. Masing-masing di peringkat 103, 112, dan 114"): cardinals too
RESPECTIVE = re.compile(r"\bmasing-masing\b[^.;\n]{0,40}$", re.IGNORECASE)
RESPECTIVE_LIST = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)(?P<n>\d{1,3})\b(?![.,]\d)",
                             re.IGNORECASE)
# numbers that count ("tiga", "5"), unlike ordinals ("ketiga", "ke-5"): "tiga besar" is a group of places
CARDINALS = {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"}
# a cardinal right before a rank word makes it a group of top places ("tiga peringkat teratas", "10 posisi teratas")
GROUP_BEFORE = re.compile(r"(?:\b(?:" + "|".join(sorted(CARDINALS, key=len, reverse=True)) + r")|\d)\s+$",
                          re.IGNORECASE)
# a dot before exactly three digits separates thousands ("2.965 balita"): a count, no score with three decimals
THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
# a number joined to another by a dash is a bound of a range ("kategori A (3,50-2,60)"), not a result
RANGE_BEFORE = re.compile(r"\d\s*[-–]\s*$")
RANGE_AFTER = re.compile(r"\s*[-–]\s*\d")
# the bounds of a range written in words ("berkisar antara 1% hingga 99%"), a grade's too ("rentang nilai 2,6 sampai
# 3,49", "kisaran 2,6 hingga di bawah 3,5"; blind m109)
RANGE_WORDS_BEFORE = re.compile(r"\b(?:antara|(?:rentang|kisaran)(?:\s+(?:nilai|indeks|skor|angka))?)\s+"
                                r"(?:\S+\s+(?:hingga|sampai|s\.?d\.?|dan)\s+(?:(?:kurang\s+dari|di\s+bawah)\s+)?)?$",
                                re.IGNORECASE)
# how far before a number the words of its range may start
RANGE_WORDS_WINDOW = 45
# the lower bound of a grade's range whose upper bound is left out ("indeks 3,5 sampai di bawah 4,2")
RANGE_WORDS_AFTER = re.compile(r"\s*(?:hingga|sampai|s\.?d\.?)\s+(?:kurang\s+dari|di\s+bawah)\s+\d", re.IGNORECASE)
# the words right after a percentage that say what it measures ("94,46 persen rencana aksi sudah berjalan")
AFTER_WINDOW = 30
# ... perhaps as the whole it is a share of ("39,64% dari APBD", "12 persen dari total anggaran daerah")
SHARE_OF = re.compile(r"\s*+(?:(?:dari|terhadap)\s++(?:total\s++|jumlah\s++|seluruh\s++)?)?", re.IGNORECASE)
# list lines ("• Kategori Kota Besar", "– Kota Malang nilai 60,21") take the year of the line that opens the list
# (or led by the place it names: "Peringkat 1: Kota Surabaya (3,85)", "Juara 2 - Kab. Sidoarjo: 3,92")
RANK_LED = r"(?:[Pp]eringkat|[Jj]uara|[Rr]anking|[Uu]rutan|[Pp]osisi)\s+(?:ke-?\s*)?\d{1,3}\s*[:.)–—-]"
LIST_LINE = re.compile(rf"^\s*(?:[•·▪●◦*–—-]|\d{{1,2}}[.)]\s|{RANK_LED})")
LIST_LOOKBACK = 40
# a line of a ranking list: its place or a bullet, a name and the value ("3. Kab. Tegal 3,33", "- Kota Jambi: 2,81",
# "Peringkat 1: Kota Surabaya (3,85)", "- Kota Bengkulu – 3,12 (Baik)");
# the cue of the line that opens the list ("... mendapat nilai 3,10, dengan rincian sebagai berikut:") tells what the
# values are (the places are the list's order, not ranks the text states)
RANKED_LINE = re.compile(rf"^\s*(?:\d{{1,3}}[.)]|[•·▪●◦*–—-]|{RANK_LED})\s+(?:(?:[Kk]ab(?:upaten)?|[Kk]ota)\b\.?\s*)?"
                         r"[A-Z][\w.' -]{1,60}?\s*+[:=(–—-]?+\s*+$")
# a table without bullets: a row of a region's name and its value (columns apart by tabs or spaces, or a colon), the
# name on a line of its own above a line holding only the value, and the header above the rows naming the measure;
# the rows may be led by years instead ("2022: 3,05")
TABLE_NAME = r"(?:(?:[Kk]ab(?:upaten)?|[Kk]ota|[Kk]ot)\b\.?\s*)?[A-Z][\w.'-]*(?: [A-Za-z][\w.'-]*){0,4}|" \
             r"(?:[Tt]ahun\s+|[Tt]hn\s+)?(?:19|20)\d{2}"
# a row may close with a column of the grade the value earned, after a tab or a bar ("2023\t3,57\tSangat Baik")
TABLE_GRADE = r"(?: *+[\t|][ \t]*+\(?[A-Za-z][A-Za-z ]{0,20}?\)?)?"
TABLE_ROW = re.compile(rf"\s*+(?:\|\s*+)?(?:\d{{1,3}}[.)]?\s*+(?:\|\s*+)?(?=[A-Z]|[Kk]))?(?:{TABLE_NAME})"
                       rf"(?:\s*+[:=|–—-]\s*+|\s++)\d{{1,3}}[.,]\d{{1,3}}{TABLE_GRADE}\s*+\|?\s*+$")
TABLE_NAME_LINE = re.compile(rf"\s*(?:{TABLE_NAME})\s*$")
TABLE_VALUE_LINE = re.compile(r"\s*\d{1,3}[.,]\d{1,3}\s*$")
# the short lines a page may open with before its headline (a date line, a breadcrumb, an outlet's name)
HEADLINE_AFTER_LINES = 3
HEADLINE_AFTER_LENGTH = 60
# sentences naming only a date (a quote's "kata wali kota, Jumat (5/1/2024)") looked past for a year before taking
# the date's
DATE_ONLY_SKIPS = 2
# a line this short is an item or a heading of a list ("Manado nilai 59,04", "• Kategori Kota Sedang")
LIST_ITEM = 40
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
LAST_YEAR = re.compile(r"\b(?:tahun|thn)\s+(?:lalu|sebelumnya|kemarin)\b", re.IGNORECASE)
# the year after the one told before ("nilai 2,55 pada 2021. Tahun berikutnya naik menjadi 2,83": 2022)
NEXT_YEAR = re.compile(r"\b(?:(?:tahun|thn)\s+berikutnya|setahun\s+kemudian)\b", re.IGNORECASE)
# how many years back a "tahun lalu" counts ("dua tahun lalu", "3 tahun lalu", "enam tahun lalu"; "beberapa tahun
# lalu": unknown); not the last digit of a value ("nilai 3,5 tahun lalu": last year's 3,5)
YEARS_BACK = re.compile(r"(?<![\d.,])\b(?P<n>[2-9]|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa)"
                        r"\s+$", re.IGNORECASE)
# an article saying the evaluation or award it reports was last year's ("rapat membahas hasil evaluasi smart city pada
# tahun sebelumnya", "diraih pada 29 November tahun lalu, saat meraih predikat Golden Champion"); not a comparison
# ("naik dibanding tahun lalu")
LAST_EVALUATION = re.compile(
    r"\b(?:evaluasi|penilaian|penghargaan|award)\b[^.\n]{0,80}?(?<!dari\s)(?<!dibanding\s)(?<!dibandingkan\s)"
    r"(?:pada\s+)?\b(?:tahun|thn)\s+(?:lalu|sebelumnya)\b|"
    r"\b(?:tahun|thn)\s+(?:lalu|sebelumnya)\b[^.\n]{0,80}?\b(?:meraih|menerima|mendapat(?:kan)?)\s+(?:predikat|penghargaan)",
    re.IGNORECASE)
FUTURE_AFTER = re.compile(r"\s*(?:pada\s+|di\s+)?(?:tahun|thn)\s+(?:depan|mendatang)\b", re.IGNORECASE)
# "peringkat kedua ditempati Kota Semarang", "terbaik pertama untuk kota besar adalah Surabaya": the region named
# after the number holds it
HOLDING = r"diraih|ditempati|diduduki|dipegang|disabet|oleh|adalah|jatuh\s+(?:ke)?pada"
HELD_BY = re.compile(rf"^\W*(?:\w+\s+){{0,3}}?(?:{HOLDING})\s+$", re.IGNORECASE)
# ... unless the regions holding them follow ("Juara 1, 2, dan 3 masing-masing diraih Kota A, Kota B dan Kota C")
PODIUM_HELD = re.compile(rf"\s*+,?\s*+(?:masing-masing\s++)?(?:{HOLDING})\b\s*+(?:oleh\s++)?", re.IGNORECASE)
# the words between a rank and the province holding it ("posisi kedua ada D.I. Yogyakarta", "peringkat pertama diraih
# Jawa Tengah", "juara 1 Jawa Barat")
PROVINCE_AFTER_RANK = re.compile(rf"\W*(?:(?:\w+\s+){{0,3}}?(?:{HOLDING}|ada)\s+)?(?:provinsi\s+)?$", re.IGNORECASE)
# the words after a rank that may name a category of other holders ("juara 2 Best Smart Living Category Smart
# Province"): up to the end of its clause
OTHER_HOLDER_WINDOW = 60
# a province named right before a value holds it ("disusul Provinsi Bengkulu dengan nilai 3,12"); a scope before it
# ("se-Provinsi Jambi", "tingkat Provinsi") names where a region's score ranks
PROVINCE_HOLDER = re.compile(r"(?<![-\w])(?<!tingkat\s)(?<!di\s)(?<!level\s)Provinsi\s+[A-Z]")
# the words before a province that make it the scope of a result, not its holder ("tertinggi se-Jawa Timur", "kabupaten
# di Lampung", "tingkat Provinsi Jambi"), or the province whose capital the city holding the result is ("ibu kota
# Provinsi Sumatera Utara ini menempati urutan ke-112")
PROVINCE_SCOPE = re.compile(r"(?:\bse-?\s*|\b(?:di|tingkat|level|wilayah|dari|ke|kawasan|untuk|ibu\s*kota)\s+)"
                            r"(?:provinsi\s+)?$", re.IGNORECASE)
# a region's name and its value in a list of such pairs: what may stand between them, and the next pair after the value
# (", Metro 2,49", ") dan Solok (51,64", "), dan diikuti Salatiga (58,99"): a capitalised name of up to four words;
# the region may be said to follow ("Kabupaten Pamekasan menyusul dengan 3,11, Bangkalan 2,98")
PAIR_GAP = re.compile(r"\s*+(?:(?:menyusul|mengikuti|berikutnya)\s++)?(?:dengan\s++)?[:(]?\s*+")
# the words between a region's value and the place it earned ("Kabupaten Maros 2,53 di posisi kedua", "Kota Palu
# (59,04) di posisi pertama")
PLACE_AFTER = re.compile(r"\)?\s*+,?\s*+(?:(?:di|pada|menempati|menduduki|berada\s++di)\s++)?", re.IGNORECASE)
FOLLOWED = r"(?:(?:diikuti|disusul)\s+(?:oleh\s+)?)"
PAIR_NEXT = re.compile(rf"\)?\s*(?:[,;]\s*(?:dan\s+|serta\s+)?{FOLLOWED}?|\s+(?:dan|serta)\s+{FOLLOWED}?|\s+{FOLLOWED})"
                       r"(?:[A-Z][\w'.-]*\s+){1,4}\(?\s*\d{1,2}[.,]\d")
# a region's value told with its year, with no cue of its own ("Kabupaten Dompu pada tahun 2022 sebesar 1,35, naik pada
# tahun 2023 sebesar 1,92"; "pada tahun 2023 tetap 2,40"; a probe audit of real pages, 2026-12-07)
YEARLY_BEFORE = re.compile(r"(?:tahun|thn)\s++(?:19|20)\d{2}\s*+,?\s*+(?:(?:sebesar|senilai|yakni|yaitu|tetap|menjadi|"
                           r"masih)\s++)?$", re.IGNORECASE)
YEARLY_WINDOW = 40
# ... or a value a quote recalls by its year with no cue ("Tahun lalu kita masih 3,02", "Tahun 2022 kita baru 2,80"),
# after a sentence with a cue
RECALLED_BEFORE = re.compile(r"\b(?:tahun|thn)\s++(?:(?:19|20)\d{2}|lalu|sebelumnya|kemarin)\s*+,?\s*+(?:lalu\s++)?"
                             r"(?:kita|kami)\s++(?:(?:masih|hanya|baru|sudah|di|angka|sebesar)\s++){0,2}$", re.IGNORECASE)
# a block of links to other stories under its heading: at most this many lines, each a headline no longer than this
LINK_BLOCK = 10
LINK_LINE = 150
# the next value of a list of values alone ("masing-masing 3,41, 3,20 dan 3,05")
VALUE_NEXT = re.compile(r"\s*+(?:,\s*+(?:dan\s++|serta\s++)?|(?:dan|serta)\s++)\d{1,2}[.,]\d")
# one more item of a list of names and values that runs on from the sentence before ("... Kota Bengkulu 2,61.
# Kemudian, Benteng 2,55, Seluma 2,54"): a short capitalised name, perhaps after a word that goes on with the list,
# perhaps after its kind written short ("dan Kab. Kulon Progo 2,98", "Kab Sleman 3,61", "Kot. Blitar 3,02")
LIST_ITEM_NAME = re.compile(r"[\s,;.]*(?:(?:[Kk]emudian|[Ll]alu|[Ss]elanjutnya|[Dd]isusul|dan|serta)\b[\s,]*)?"
                            r"(?:(?:[Kk]ab(?:upaten)?|[Kk]ota?)\b\.?\s*)?(?:[A-Z][\w'-]*\s+){1,3}$")
# ... or, in one sentence, the parts of a measure named in lower case ("yakni ekonomi 60,12, sosial 58,21 dan
# lingkungan 55,30", "pilar tata kelola 57,41 dan pilar masyarakat 59,90"; a probe audit of real pages, 2026-12-07)
PART_ITEM = re.compile(r"(?:\s*+,\s*+(?:dan\s++|serta\s++)?|\s++(?:dan|serta)\s++)(?:[a-z][a-z-]*+\s++){1,3}")
# how far the value before may be for a list to run on across a sentence break
LIST_GAP = 40
# how far after the score that closes a sentence the next sentence's change may give its new value ("... 1,99.
# Kemudian, di 2019 naik menjadi 2,6": 27 characters on real dev r2503; a sentence of the length of a short clause)
CHANGE_REACH = 80
# a region followed by a value of its own, a list of names and values going on ("Jakarta 102, Medan 112", "Jakarta
# (urutan 102) dan Makassar (urutan 114)", "Medan - peringkat 115", "di atas Medan yang berada di urutan 112")
OWN_VALUE_AFTER = re.compile(r"\s*[(:–—-]?\s*(?:[a-z]+\s+){0,4}(?:ke-?\s*)?\d")
# a rank in brackets after a name, in a list of such pairs ("Kota Surabaya (1), Kota Malang (2), dan Kota Batu (3)"):
# the name and bracket before it, the next pair after it, the pair before it
BRACKET_BEFORE = re.compile(r"\b[A-Z][\w.'-]*+\s*+\(\s*+$")
BRACKET_SEPARATOR = r"(?:[,;]\s*+(?:dan\s++|serta\s++)?|(?:dan|serta)\s++)"
BRACKET_NEXT = re.compile(rf"\)\s*+{BRACKET_SEPARATOR}(?:[A-Za-z][\w.'-]*+\s++){{1,4}}\(\s*+\d")
BRACKET_PREVIOUS = re.compile(rf"\d\s*+\)\s*+{BRACKET_SEPARATOR}(?:[A-Za-z][\w.'-]*+\s++){{0,3}}[A-Z][\w.'-]*+\s*+$")
# a name and an opening bracket right before a value ("Kota Malang (60,21)")
PAREN_VALUE = re.compile(r"\b[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*\($")
# the words between a rank and the value it was given with ("urutan pertama dengan nilai 2,65")
# ("peringkat pertama se-NTB dengan nilai indeks 3,12"; no comma between: "peringkat pertama, disusul Kota Bima dengan
# nilai 3,05" gives the value to another)
RANK_WITH_VALUE = re.compile(r"[^.,;:\d]{0,30}?\bdengan\s+(?:nilai|skor|indeks)\b[^.,;\d]{0,40}$", re.IGNORECASE)
# what separates a score from a year that opens the clause of the next score ("3,21, dan tahun 2022 ... 3,17")
CLAUSE_BREAK = re.compile(r"[,;]|\b(?:dan|serta|sedangkan|sementara|lalu|kemudian)\b", re.IGNORECASE)
# the words before a year a score is compared with ("naik dari tahun lalu", "dibandingkan dengan capaian tahun
# 2022", "naik dari penilaian tahun sebelumnya"; not the evaluation a score came from: "3,5 dari evaluasi tahun
# 2021"), and how far after it the number it introduces may be ("dari tahun lalu yang hanya 3,10")
COMPARED_WITH = r"\b(?:dari|dibanding(?:kan)?(?:\s+dengan)?|daripada|ketimbang)\s+" \
                r"(?:(?:capaian|nilai|indeks|skor|hasil|perolehan|raihan|posisi|peringkat)\s+)?"
CHANGE_VERB = r"\b(?:naik|turun|meningkat|menurun)"
RISEN_FROM = rf"{CHANGE_VERB}\s+dari\s+(?:penilaian|evaluasi)\s+"
# a value moved from or to, right before it ("naik dari 2,97", "turun menjadi 3,01")
MOVED = re.compile(rf"{CHANGE_VERB}\s++(?:dari|menjadi|ke)\s*+$", re.IGNORECASE)
COMPARED = re.compile(rf"(?:{COMPARED_WITH}|{RISEN_FROM})(?:(?:pada|di)\s+)?(?:tahun\s+)?$", re.IGNORECASE)
COMPARED_WINDOW = 40
# a value given with a rank ("di urutan ke-47 dengan indeks 2,61"): one result
WITH_VALUE = re.compile(r"\s*+,?\s*+dengan\s++(?:(?:nilai|indeks|skor)\s++)?", re.IGNORECASE)
# the words between a score and the older value of an earlier year it is compared with, in one sentence
# ("3,21, naik dibandingkan tahun sebelumnya yang hanya 2,95", "lebih tinggi dari tahun 2021 sebesar 2,95",
# "naik dibanding tahun lalu (2,95)"): the older value is of the same measure
OLDER_VALUE = re.compile(rf"(?:{COMPARED_WITH}|{RISEN_FROM})(?:(?:pada|di)\s++)?"
                         r"(?:(?:tahun|thn)\s++(?:lalu|sebelumnya|kemarin)|"
                         r"(?:(?:tahun|thn)\s++)?(?:19|20)\d{2})\b[\s,]*+"
                         r"(?:(?:yang|hanya|sebesar|senilai|yakni|yaitu|dengan|nilai(?:nya)?|skor(?:nya)?|"
                         r"indeks(?:nya)?|angka|mencapai|masih|baru)\s++)*+\(?\s*+$", re.IGNORECASE)
# the mark of an older score in the years of the scores found so far: it dates no other sentence
OLDER_SCORE = -1
# the words right before an older score a sentence compares with ("naik dari 2,98", "dibandingkan sebelumnya 3,01")
OLDER = re.compile(r"\b(?:dari|dibanding(?:kan)?(?:\s+dengan)?|daripada|sebelumnya)\s+(?:(?:nilai|angka|skor|capaian|"
                   r"indeks|posisi|peringkat|yang|hanya|sebesar|yakni|yaitu|di)\s+)*$", re.IGNORECASE)
# the words between two values of one measure listed by year or chained ("2021: 3,12; 2022: 3,40", "2020 = 2,55,
# 2021 = 2,89, dan 2022 = 3,10", "2,41 (2020) ke 2,88 (2021) dan kemudian 3,15 (2022)", "tahun 2022 sebesar 3,0, dan
# tahun 2023 sebesar 3,4", "2,95 pada 2022, lalu 3,27 pada 2023 dan 3,41 pada 2024"; set against another year:
# "3,12, sedangkan tahun 2021 sebesar 2,80", "3,12, sementara tahun sebelumnya 2,80"): the later value continues the
# earlier's measure
YEAR_LIST_GAP = re.compile(r"\s*+(?:\(\s*+(?:tahun\s++|thn\s++)?(?:19|20)\d{2}\s*+\)|"
                           r"(?:pada\s++|di\s++)?(?:tahun\s++|thn\s++)?(?:19|20)\d{2}\b)?[\s,;]*+"
                           r"(?:(?:dan|serta|lalu|kemudian|selanjutnya|juga|sedangkan|sementara|adapun)\b[\s,]*+)*+"
                           r"(?:(?:pada\s++|di\s++)?(?:(?:tahun\s++|thn\s++)?(?:19|20)\d{2}\b|"
                           r"(?:tahun|thn)\s++(?:lalu|sebelumnya|kemarin)\b)\s*+[:=]?\s*+)?"
                           r"(?:(?:sebesar|senilai|menjadi|jadi|ke|yakni|yaitu|mencapai)\s++)?", re.IGNORECASE)
# the label of one more item of a list of labelled percentages ("penguatan SDM 90,12 persen, infrastruktur 84,50
# persen, dan aplikasi layanan 87,25 persen", "... 93,10 persen, di antaranya kelembagaan 95,00 persen"): a few words
# after a separator
PERCENT_ITEM = re.compile(r"\s*+(?:[,;:]\s*+(?:dan\s++|serta\s++)?|(?:dan|serta)\s++)(?:[A-Za-z][\w/-]*+\s++){1,6}",
                          re.IGNORECASE)
# a sentence opening with the older value of a change, its measure named only after it ("Dibandingkan tahun 2022 yang
# sebesar 2,91, indeks ... naik menjadi 3,24", "Dari semula 2,90 pada 2022, nilai ... kini 3,35"), and the words after
# it that make the next value the newer
OPENING_OLDER = re.compile(r"\W*+(?:dari|dibanding(?:kan)?|jika|kalau|bila|semula)\s++(?:(?:dengan|semula|sebelumnya|"
                           r"yang|hanya|sebesar|masih|pada|di|tahun|thn|lalu|(?:19|20)\d{2})\s++)*+", re.IGNORECASE)
OPENING_CHANGE = re.compile(r"\b(?:menjadi|kini|sekarang|naik|meningkat|turun|menurun|melonjak)\b", re.IGNORECASE)
# the words between the two numbers of a change ("dari 2,87 menjadi 3,10")
CHANGE = re.compile(r"\bmenjadi\b|\bke\b", re.IGNORECASE)
# the word right before the older number of a change ("naik satu peringkat dari 115")
FROM_BEFORE = re.compile(r"\bdari\s+$", re.IGNORECASE)
# the older number of a change right before a year, which dates only that number ("turun dari 5 di 2024", "dari
# peringkat 112 pada tahun 2024"), and how far before the year it may start
OLDER_VALUE_YEAR = re.compile(r"\bdari\s+(?:(?:peringkat|posisi|urutan|nilai|skor|indeks)\s+)?(?:ke-?\s*)?"
                              r"\d{1,3}(?:[.,]\d{1,3})?\s+(?:(?:pada|di)\s+)?(?:tahun\s+)?$", re.IGNORECASE)
OLDER_VALUE_REACH = 40
# years listed in the order of the values they date ("tahun 2021 dan 2022 masing-masing 2,45 dan 2,90")
YEAR_SERIES = re.compile(r"\b(?:19|20)\d{2}\b(?:(?:\s*+,\s*+(?:dan\s++|serta\s++)?|\s++(?:dan|serta)\s++)(?:tahun\s++)?"
                         r"(?:19|20)\d{2}\b)++", re.IGNORECASE)
RESPECTIVELY = re.compile(r"\b(?:masing-masing|berturut-turut)\b", re.IGNORECASE)
NOW = re.compile(r"\b(?:kini|sekarang|saat\s+ini|kali\s+ini)\b", re.IGNORECASE)
# a sentence opening with the new value of a change ("Nilai kita naik jadi 3,40" after "Pada evaluasi 2022 nilai Kota
# Kupang 2,95."): the value is of the evaluation after the older one's
RISEN_TO = re.compile(r"\b(?:naik|meningkat|turun|menurun|melonjak|bertambah)\s++(?:lagi\s++)?(?:menjadi|jadi|ke)\s++"
                      r"(?:angka\s++)?$", re.IGNORECASE)
# "kembali" after a value of a past year sets the score after it against that value ("sempat turun pada 2021 menjadi
# 3,40, lalu kembali ke peringkat pertama"), not right after a year ("pada 2023 yang kembali meningkat menjadi 3,11")
AGAIN = re.compile(r"\bkembali\b", re.IGNORECASE)
DIGIT = re.compile(r"\d")
NON_SPACE = re.compile(r"\S")
# a word after the present marking what follows as past again ("..., menggeser X yang sebelumnya di peringkat 1")
PAST = re.compile(r"\b(?:sebelumnya|dulu|dahulu|semula)\b", re.IGNORECASE)
THIS_YEAR = re.compile(r"\b(?:tahun|thn)\s+ini\b", re.IGNORECASE)
# years that date no score: a regulation's ("Perwali Nomor 30 Tahun 2023"), a plan's span ("2022-2032") and a plan's
# own ("masterplan Smart City tahun 2020", {plan} of data/score_words.csv; not "evaluasi implementasi Master Plan ...
# Tahun 2020", the year of an evaluation); the year a period began ("sejak 2017", {since}) is history, not the year
# of a later score; the edition of a standard ("SNI ISO 37122:2019", {standard}) dates the standard, not a result
NOT_A_SCORE_YEAR = r"\b(?:nomor|no\.?)\s*\d+[\w/.-]*\s+(?:tahun\s+)?(?:19|20)\d{{2}}\b|" \
    r"\b(?:19|20)\d{{2}}\s*(?:[-–]|s\.?d\.?|sampai|hingga)\s*(?:19|20)\d{{2}}\b|" \
    r"\b(?:{since})\s+(?:(?:tahun|thn)\s+)?(?:19|20)\d{{2}}\b|" \
    r"(?<!implementasi\s)(?<!evaluasi\s)\b(?:{plan})(?:\s+(?!dan\b|tahun\b)[\w-]+){{0,2}}\s+(?:tahun\s+)?" \
    r"(?:19|20)\d{{2}}(?:\s*(?:[-–]|s\.?d\.?|sampai|hingga)\s*(?:19|20)\d{{2}})?\b|" \
    r"\b(?:{standard})\s*\d{{3,5}}(?:-\d{{1,3}})?\s*:\s*(?:19|20)\d{{2}}\b"
# a decree announcing results ("Keputusan Menteri PANRB Nomor 1503 Tahun 2021 tentang Hasil Evaluasi SPBE", an index
# set "berdasarkan SK nomor ... tahun 2021", {results_decree} and {results_decree_before} of
# data/score_words.csv) names the year its results came out: a year the text states, unlike a regulation's; how far
# from the decree's number its words may be
DECREE_WINDOW = 80
# how far before a plan word the words of its realisation may start ("realisasi rencana aksi masterplan")
PLAN_DONE_WINDOW = 40
# the gap between a score and the year it is for ("3,51 pada tahun 2023", "4.02 (Sangat Baik) pada tahun 2023", and with
# the grade it earned, {grade} of data/score_words.csv: "4,00 dengan predikat sangat baik pada 2023"; in brackets:
# "2,88 (tahun 2023)", "2,10 (2022)")
OWN_YEAR_GAP = r"^\s*(?:\([^()]{{0,30}}\)\s*)?,?\s*(?:(?:dengan\s+|ber)?(?:{grade})\s+(?:[\w-]+\s+){{1,3}}?)?" \
    r"(?:yang\s+(?:di|ter)\w+\s+)?(?:(?:pada|di|untuk|dalam)\s+)?\(?\s*(?:(?:tahun|thn|evaluasi|penilaian)\s+)?$"
# how many words of an evaluation's name may stand between it and its year, a stage after them ("evaluasi implementasi
# Kota Cerdas (Smart City) tahap kedua tahun 2023": five and the stage; a probe audit of real pages, 2026-12-07)
EVALUATION_NAME_WORDS = 5
# how far after a score its own year may be (the gap above, spaces and all, is far shorter)
OWN_YEAR_REACH = 200
# how far before a year the name of an index or evaluation whose edition it is may be ("IKCI) tahun 2018")
EDITION_WINDOW = 50
# how far before a year the words that make it the year results came out may be ("diumumkan pada awal tahun 2022")
ANNOUNCED_WINDOW = 50
# the words between a year and the score it leads ("tahun 2020 sebesar 2,87", "Tahun 2023 berada pada poin 2,91",
# "pada 2022 nilainya 3,10", "2021: 3,06", "lalu pada 2021 menjadi 3,10"; and a change told with the year first:
# "tahun 2022 naik jadi 3,02", "pada 2023 turun ke 2,80", "tahun 2021 hanya 2,45")
LEADING_YEAR_GAP = re.compile(r"\s*+[,:]?\s*+(?:(?:sebesar|senilai|yakni|yaitu|adalah|mencapai|berada|pada|di|"
                              r"dengan|nilai(?:nya)?|skor(?:nya)?|indeks(?:nya)?|poin|angka|menjadi|jadi|ke|"
                              r"naik|turun|meningkat|menurun|tetap|hanya|baru|masih|sudah|telah)\s++)*+$",
                              re.IGNORECASE)
# a decree or the results of an evaluation issued on a date from this month on ("Keputusan Menteri PANRB yang terbit 27
# Desember 2022", "hasil evaluasi itu diumumkan pada 20 November 2023") are that year's evaluation; issued up to the
# other month, early in a year, they are the year before's ("hasil evaluasi SPBE diumumkan Kamis (11/1/2024)": 2023;
# results come out in their year or early in the next); between the two the year is left open
ISSUED_FROM_MONTH = 7
ISSUED_EARLY_UNTIL_MONTH = 2
# how many years before a date or the publication a year the article states later for an evaluation may be: an
# evaluation's results come out in its own year or early in the next ("Jumat (12/1/2024)" ... "Evaluasi SPBE tahun
# 2023"); an older one is history ("sejak evaluasi tahun 2018"), not this score's
EVALUATION_LAG = 1
# a cue this far before the number still belongs to it ("nilai evaluasi smart city tahun 2023, yaitu 2.87")
CUE_WINDOW = 80
# ... and this far before the first number of its sentence, with no other number between
FIRST_CUE_WINDOW = 160
# percentages are listed after their cue ("capaian rencana aksi yakni pengembangan SDM mencapai 89,13 persen")
PERCENT_WINDOW = 150
# an index's long name sits between it and "nasional" ("indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)
# Nasional tahun lalu berada di 2,79")
NATIONAL_WINDOW = 120
# the words between a rank and the name of the ranking it is of ("peringkat ke-6 dalam indeks SPBE nasional")
RANKING_NAME_GAP = re.compile(r"\s*+(?:(?:dalam|pada|di|untuk)\s++)?")
# the words before a number that may make it a target, a time or a stage (wide enough to see "capaian target")
NOT_BEFORE_WINDOW = 30
# a dimension this far before a number names what it scores ("Smart Governance: 9 program, nilai 100 persen")
DIMENSION_WINDOW = 60


@dataclass(frozen=True)
class ScoreWords:
    """The compiled word lists of data/score_words.csv and data/score_metrics.csv."""

    cue: re.Pattern[str]
    percent_cue: re.Pattern[str]
    percent_veto: re.Pattern[str]
    percent_veto_after: re.Pattern[str]  # only right after the share ("25% kota yang ...")
    integer_before: re.Pattern[str]
    not_before: re.Pattern[str]
    change: re.Pattern[str]
    hoped: re.Pattern[str]
    past_bar: re.Pattern[str]  # after a hoped word: the past result the target must beat ("melampaui capaian 2023 sebesar")
    not_change: re.Pattern[str]  # between two values: one set against another ("sedangkan", "menjadi yang")
    delta: re.Pattern[str]
    national: re.Pattern[str]
    province: re.Pattern[str]
    rank: re.Pattern[str]
    rank_word: re.Pattern[str]  # a rank word alone, opening a list of ranks in brackets
    scoped: re.Pattern[str]
    rank_ordinal: re.Pattern[str]
    rank_top: re.Pattern[str]  # the top place without a number ("peringkat tertinggi"): rank 1
    bound_after: re.Pattern[str]  # after a number: a bound, not a value ("75% atau lebih")
    bound_before: re.Pattern[str]  # before a number: a bound of the scale ("nilai maksimal ... adalah 5,00")
    obtained: re.Pattern[str]  # a region obtained the number ("meraih", "diperoleh")
    rank_top_veto_after: re.Pattern[str]  # what makes the superlative the most awards, not a place
    rank_context: re.Pattern[str]
    statistic: re.Pattern[str]
    bracket: re.Pattern[str]
    bracket_before: re.Pattern[str]
    bracket_after: re.Pattern[str]
    rank_veto_before: re.Pattern[str]
    rank_veto_after: re.Pattern[str]
    institution_holder: re.Pattern[str]
    entry_owner: re.Pattern[str]  # an office of the region owning a contest's entry ("dari Dinas Kesehatan, nilai 86,10")
    institution_after: re.Pattern[str]
    rank_of_other_holder: re.Pattern[str]
    foreign: re.Pattern[str]
    national_statistic: re.Pattern[str]
    related_link: re.Pattern[str]
    link_heading: re.Pattern[str]  # a line heading a block of links to other stories ("Berita Terkait", "Terpopuler")
    own_year_gap: re.Pattern[str]
    evaluation_year: re.Pattern[str]
    not_a_score_year: re.Pattern[str]
    plan: re.Pattern[str]  # a plan's name ("masterplan", "RPJMD")
    plan_done: re.Pattern[str]  # before a plan word: the year after it is the plan's realisation's ("realisasi ...")
    results_decree: re.Pattern[str]  # after a decree's number and year: it announces results ("tentang Hasil Evaluasi")
    results_decree_before: re.Pattern[str]  # before it: what it sets ("menetapkan Indeks ... berdasarkan SK")
    holder_province: re.Pattern[str]  # a bare province name holding a rank: not before a list's separator ("Jakarta,
    # Medan"), unless a rank or cue word or the line's end follows it ("Jakarta - peringkat 2", "DKI Jakarta:")
    province_name: re.Pattern[str]  # a holder_province word before a separator too ("Jakarta, Medan")
    rank_after_change: re.Pattern[str]
    moved: re.Pattern[str]  # a word of change anywhere ("turun", "naik"): with a rank word, a change of rank
    stage: re.Pattern[str]  # a later stage of one year's evaluation ("tahap II")
    first_stage: re.Pattern[str]  # the first stage, set against a later one after a change ("tahap I")
    edition_year: re.Pattern[str]
    announced_year: re.Pattern[str]  # before a year: results came out or an award was handed over then
    evaluation_event: re.Pattern[str]
    results_issued: re.Pattern[str]  # a decree or results issued or announced ("SK ... terbit", "hasil ... diumumkan")
    metrics: tuple[tuple[re.Pattern[str], str], ...]
    date_before: re.Pattern[str]  # a month or a day's "d/" right before a year: the year of a date


@lru_cache(maxsize=1)
def score_words() -> ScoreWords:
    """Read the score word lists once."""
    rows = read_rows("score_words.csv")

    def words(kind: str) -> str:
        return "|".join(f"(?:{r['pattern']})" for r in rows if r["kind"] == kind)

    return ScoreWords(
        cue=re.compile(rf"\b(?P<cue>{words('cue')})\b", re.IGNORECASE),
        percent_cue=re.compile(rf"\b(?:{words('percent_cue')})\b", re.IGNORECASE),
        percent_veto=re.compile(rf"\b(?:{words('percent_veto')})\b", re.IGNORECASE),
        percent_veto_after=re.compile(rf"(?:{words('percent_veto_after')})\b", re.IGNORECASE),
        integer_before=re.compile(rf"\b(?:{words('integer_before')})\s+$", re.IGNORECASE),
        not_before=re.compile(rf"\b(?:{words('not_before')})\s*\S*\s*$", re.IGNORECASE),
        change=re.compile(rf"\b(?:{words('change')})\s*$", re.IGNORECASE),
        hoped=re.compile(rf"\b(?:{words('hoped')})\b", re.IGNORECASE),
        past_bar=re.compile(rf"\b(?:{words('past_bar')})\s+(?:capaian|nilai|indeks|skor|hasil)(?:\s+\w+){{0,2}}?\s+"
                            r"(?:(?:tahun\s+)?(?:19|20)\d{2}|tahun\s+(?:lalu|sebelumnya|kemarin))\s*+,?\s*+"
                            r"(?:(?:sebesar|yakni|yaitu|yang|senilai)\s++)?(?:hanya\s++)?$", re.IGNORECASE),
        not_change=re.compile(rf"\b(?:{words('not_change')})\b", re.IGNORECASE),
        delta=re.compile(rf"\b(?:{words('delta')})\s+(?:sebesar\s+|sekitar\s+|hingga\s+)?$", re.IGNORECASE),
        national=re.compile(rf"^\W*(?:\w+\s+){{0,2}}?(?:{words('scope_national')})\b", re.IGNORECASE),
        province=re.compile(rf"^\W*(?:\w+\s+){{0,2}}?(?:{words('scope_province')})\b", re.IGNORECASE),
        rank=re.compile(rf"\b(?P<word>{words('rank')}|{words('rank_scoped')})\s+(?:(?:{words('rank_adjective')})\s+)?"
                        rf"{RANK_NUMBER}", re.IGNORECASE),
        rank_word=re.compile(rf"\b(?:{words('rank')})\b", re.IGNORECASE),
        scoped=re.compile(rf"(?:{words('rank_scoped')})", re.IGNORECASE),
        rank_ordinal=re.compile(rf"\b(?P<word>{words('rank_ordinal')})\s+{ORDINAL_NUMBER}", re.IGNORECASE),
        # (not when a number or an ordinal follows, a rank of its own, nor the order of a list: "secara berurutan")
        rank_top=re.compile(rf"\b(?:{words('rank_top')})\b(?!\s*+(?:ke\b|ke-|ke\w|\d|(?-i:[IVX]+)\b|"
                            r"(?:secara\s++)?berurutan\b))", re.IGNORECASE),
        bound_after=re.compile(rf"\s*+(?:{words('bound_after')})\b", re.IGNORECASE),
        bound_before=re.compile(rf"\b(?:{words('bound_before')})\b", re.IGNORECASE),
        obtained=re.compile(rf"\b(?:{words('obtained')})\b", re.IGNORECASE),
        rank_top_veto_after=re.compile(rf"\s*+,?\s*+(?:{words('rank_top_veto_after')})\b", re.IGNORECASE),
        rank_context=re.compile(rf"\b(?:{words('rank_context')})", re.IGNORECASE),
        statistic=re.compile(rf"\b(?:{words('statistic')})\b", re.IGNORECASE),
        bracket=re.compile(rf"^\s+(?:{words('rank_bracket')})\b", re.IGNORECASE),
        bracket_before=re.compile(rf"\b(?:{words('rank_bracket_before')})\s+$", re.IGNORECASE),
        bracket_after=re.compile(rf"^\s+(?:{words('rank_bracket_after')})\b", re.IGNORECASE),
        rank_veto_before=re.compile(rf"\b(?:{words('rank_veto_before')})\b", re.IGNORECASE),
        rank_veto_after=re.compile(rf"^\W*(?:\w+\s+){{0,2}}?(?:{words('rank_veto_after')})\b", re.IGNORECASE),
        entry_owner=re.compile(rf"\b(?:{words('entry_owner')})", re.IGNORECASE),
        institution_holder=re.compile(rf"\b(?:{HOLDING})\s+(?:oleh\s+)?(?:{words('holder_institution')})\b",
                                      re.IGNORECASE),
        institution_after=re.compile(rf"^\W*(?:\w+\s+){{0,3}}?(?:{HOLDING})\s+(?:oleh\s+)?"
                                     rf"(?:{words('holder_institution')})\b", re.IGNORECASE),
        rank_of_other_holder=re.compile(rf"\b(?:{words('rank_of_other_holder')})\b", re.IGNORECASE),
        foreign=re.compile(rf"\b(?:{words('foreign')})\b", re.IGNORECASE),
        national_statistic=re.compile(rf"\b(?:{words('national_statistic')})\b", re.IGNORECASE),
        related_link=re.compile(rf"\s*(?:{words('related_link')})", re.IGNORECASE),
        link_heading=re.compile(rf"\s*(?:{words('related_link')}|{words('link_heading')})\s*:?\s*$", re.IGNORECASE),
        own_year_gap=re.compile(OWN_YEAR_GAP.format(grade=words("grade")), re.IGNORECASE),
        evaluation_year=re.compile(rf"\b(?:{words('evaluation_year')})\s+(?:[\w()/-]+\s+){{0,{EVALUATION_NAME_WORDS}}}?"
                                   r"(?:tahap\s+\w+\s+)?(?:(?:pada|untuk)\s+)?(?:tahun\s+)?(?P<year>(?:19|20)\d{2})\b",
                                   re.IGNORECASE),
        not_a_score_year=re.compile(NOT_A_SCORE_YEAR.format(since=words("since"), plan=words("plan"),
                                                          standard=words("standard")), re.IGNORECASE),
        plan_done=re.compile(rf"\b(?:{words('plan_done')})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE),
        plan=re.compile(rf"(?:{words('plan')})\b", re.IGNORECASE),
        results_decree=re.compile(rf"[^.\n]{{0,{DECREE_WINDOW}}}?\btentang\s+(?:penetapan\s+)?"
                                  rf"(?:{words('results_decree')})\b", re.IGNORECASE),
        results_decree_before=re.compile(rf"\b(?:{words('results_decree_before')})\b[^.\n]{{0,{DECREE_WINDOW}}}$",
                                         re.IGNORECASE),
        holder_province=re.compile(rf"(?<![-\w])(?<!di\s)(?<!ke\s)(?<!dari\s)(?:{words('holder_province')})\b"
                                   rf"(?!\s*[,(:|–—-](?!\s*(?:(?i:{words('rank')}|{words('cue')})\b|$)))"),
        province_name=re.compile(rf"(?<![-\w])(?<!di\s)(?<!ke\s)(?<!dari\s)(?:{words('holder_province')})\b"),
        rank_after_change=re.compile(rf"\s*(?:ke|menjadi)\s+(?:{words('rank')})\b", re.IGNORECASE),
        moved=re.compile(rf"\b(?:{words('delta')})\b", re.IGNORECASE),
        stage=re.compile(rf"\b(?:{words('stage')})\b", re.IGNORECASE),
        first_stage=re.compile(rf"\b(?:{words('first_stage')})\b", re.IGNORECASE),
        # (no year between: in "penilaian 2021 yang diumumkan tahun 2022" the evaluation's year is the first)
        edition_year=re.compile(rf"\b(?:{words('edition')})\b\S*(?:\s+(?!(?:19|20)\d{{2}}\b)\S+){{0,4}}?\s+"
                                r"(?:(?:tahun|edisi)\s+)?$", re.IGNORECASE),
        announced_year=re.compile(rf"\b(?:{words('announced')})\s+(?:pada\s+|di\s+)?(?:(?:awal|akhir|pertengahan)\s+)?"
                                  r"(?:tahun\s+)?$", re.IGNORECASE),
        evaluation_event=re.compile(rf"\b(?:{words('evaluation_event')})\b", re.IGNORECASE),
        results_issued=re.compile(rf"\b(?:{words('results_issued')})\b", re.IGNORECASE),
        metrics=tuple((re.compile(r["pattern"], re.IGNORECASE), r["metric"]) for r in read_rows("score_metrics.csv")),
        date_before=re.compile(rf"(?:\b(?:{'|'.join(load_lexicon().months)})\.?|\d/)\s*$", re.IGNORECASE),
    )


@dataclass
class Candidate:
    """A number that may be a score: where it is, its value and how it was written."""

    start: int
    end: int
    value: float
    form: str  # decimal, percent, integer, rank
    scope: str = ""
    # the place of a rank in a "masing-masing" list and where the list's "masing-masing" is ((place, size, at))
    respective: tuple[int, int, int] | None = None


@Language.factory("smartcity_scores", assigns=["doc.spans"], requires=["doc.spans"])
def make_score_finder(nlp: Language, name: str) -> ScoreFinder:
    """Build the score finder from data/score_words.csv and data/score_metrics.csv."""
    return ScoreFinder()


class ScoreFinder:
    """Adds `doc.spans["scores"]` with value {value, year, what, kind, dimension, metric}."""

    def __init__(self) -> None:
        self.words = score_words()
        self.dimension_names = [name for _, name in load_lexicon().dimensions]

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["scores"] = []
        doc.user_data.pop(MEMO, None)
        text = text_of(doc)
        dims = [(s.start_char, s.end_char, s._.value["name"]) for s in spans_of(doc, "dimensions")]
        candidates = self._candidates(text)
        accepted: list[tuple[Candidate, dict[str, Any]]] = []
        # the values found held by a province, a ministry or a place abroad
        held: set[tuple[float, str]] = set()
        held_rank: Candidate | None = None
        for i, c in enumerate(candidates):
            previous = candidates[i - 1] if i else None
            label = self._label(doc, text, c, previous, accepted, dims)
            # the value given with a rank held so ("Zurich menempati peringkat pertama dengan skor 100"), and the rank it
            # changed from ("Singapura: peringkat 9, turun dari 5"), are theirs too
            if label is not None and previous is not None and previous is held_rank and (
                    RANK_WITH_VALUE.match(text, previous.end, c.start) or c.form == "rank" and
                    self._moved_rank(c, previous, [], text[previous.end:c.start])):
                label = None
            if label is None:
                if c.form in ("rank", "decimal"):
                    start = max(sentence_of(doc, c.start)[0], previous.end if previous else 0)
                    if self._held_by_another(doc, text, c, text[start:c.start]):
                        held.add((c.value, c.form))
                        held_rank = c if c.form == "rank" else None
                continue
            if (c.value, c.form) in held and not self._names_a_region(doc, c):
                # "Pemerintah Aceh ... berada pada peringkat 6 secara nasional. ... 'Secara nasional kita peringkat ke
                # enam,' sebut kepala dinas provinsi": said again where no kabupaten or kota is named, still theirs
                continue
            accepted.append((c, label))
        accepted = self._opening_older(doc, text, candidates, accepted)
        regions = [(r.start_char, r.end_char, r._.value["name"]) for r in spans_of(doc, "regions")]
        dated: dict[int, int | None] = {}
        # the scores kept, where their sentences start, how their years were found and their spans
        kept: list[tuple[dict[str, Any], int, str, Any]] = []
        # where in `kept` each value and region is (a restatement repeats both), and the headline's scores dated by
        # their context: each later score is compared with these, not with every score kept
        kept_at: dict[tuple[Any, Any], list[int]] = {}
        headline_context: list[int] = []
        scores = [a for a, _ in accepted]
        stated_years: set[int] = set()
        for c, label in accepted:
            year, how = self._dated(doc, text, c, scores, dated)
            stated = how != "context"
            # an older score a sentence compares with ("naik dari 2,98 pada tahun lalu") dates no sentence after it
            # (and so does one a quote recalls by its year: "Tahun lalu kita masih 3,02")
            older = how == "compared" or OLDER.search(text, max(sentence_of(doc, c.start)[0], c.start - 40), c.start) \
                or RECALLED_BEFORE.search(text, max(0, c.start - YEARLY_WINDOW), c.start)
            dated[c.start] = year if not older else OLDER_SCORE
            # a year only the publication or the date of a quote or a meeting gives ("terungkap dalam bimtek, Jumat
            # (11/10)" after "meraih nilai 3,27") does not make clear which year's evaluation the score is of: it is
            # left open (the sentences after still count from it); a year a score before was stated with is clear
            # ("naik dari 2,87 pada 2023 menjadi 3,10. Dengan itu Wajo di peringkat 22": 2024)
            shown = year if stated or year is None or year in stated_years or self._made_clear(doc, text, year) \
                else None
            if stated and year is not None:
                stated_years.add(year)
            value = dict(label, value=c.value, year=shown, region=_region(doc, text, c, regions))
            sentence_start = sentence_of(doc, c.start)[0]
            named = self._names_a_measure(text[max(sentence_start, c.start - SENTENCE_REACH):c.start])
            # a sentence naming two measures lists two results even when their values are equal ("Indeks SPBE sebesar
            # 3,06 ..., dan Indeks Smart City tahun 2021 3,06")
            restated_at = next((i for i in kept_at.get((value["value"], value["region"]), [])
                                if _restates(kept[i][0], value, stated, named)
                                and not (named and kept[i][1] == sentence_start)), None)
            if restated_at is None and stated:
                restated_at = _headline_restated(kept, headline_context, value)
            if kept and not older:
                value_year = kept[restated_at][0]["year"] if restated_at is not None and not stated else shown
                _date_rank_by_its_value(text, kept[-1], sentence_start, c.start, value_year, dated)
            if restated_at is not None:
                restated, restated_start, _, restated_span = kept[restated_at]
                # "Dapat Nilai 2,65, Sumbawa Barat Tertinggi" over a story telling the results came out in December
                # 2021: a headline's score with no year of its own takes the year its restatement in the body gets
                if restated_at in headline_context and year is not None and shown != restated["year"] and \
                        restated_span is not None:
                    restated["year"] = restated_span._.value["year"] = shown
                    for key in ("what", "metric", "dimension"):
                        restated[key] = restated_span._.value[key] = value[key]
                    kept[restated_at] = (restated, restated_start, "restated", restated_span)
                    headline_context.remove(restated_at)
                if not stated and not older:
                    # "nilai 3,35 di tahun 2023. ... nilai final sebesar 3,35. ... Baseline: 3,88, Output 3,26": the
                    # restated score is of the year it was first given, and so are the parts listed after it
                    dated[c.start] = restated["year"]
                continue
            if how == "context" and _in_headline(text, sentence_start):
                headline_context.append(len(kept))
            kept_at.setdefault((value["value"], value["region"]), []).append(len(kept))
            kept.append((value, sentence_start, how, add_span(doc, "scores", c.start, c.end, value)))
        doc.user_data.pop(MEMO, None)
        return doc

    # -- candidates ---------------------------------------------------------------------------------------------
    def _candidates(self, text: str) -> list[Candidate]:
        """Every decimal, percentage, integer and rank of the text, in order, none inside another."""
        found: list[Candidate] = []
        ranks = list(self.words.rank.finditer(text))
        ranks += [m for m in self.words.rank_ordinal.finditer(text)
                  if not any(r.start() <= m.start("n") < r.end() for r in ranks)]
        # "Samarinda peringkat tertinggi disusul Yogyakarta": the top place, written without its number
        # ("tiga peringkat teratas" is a group of top places; "rating tertinggi dengan meraih 12 piagam", the most awards)
        found += [Candidate(m.start(), m.end(), 1.0, "rank", "") for m in self.words.rank_top.finditer(text)
                  if not any(r.start() < m.end() and m.start() < r.end() for r in ranks)
                  and not GROUP_BEFORE.search(text, max(0, m.start() - 20), m.start())
                  and not self.words.rank_top_veto_after.match(text, m.end())]
        for m in sorted(ranks, key=lambda m: m.start()):
            raw = m.group("n")
            rank = RANK_WORDS.get(raw.lower()) or ROMAN.get(raw) or int(raw)
            after = text[m.end():m.end() + 40]
            if self._not_a_place(text, m, after):
                continue
            podium = PODIUM.match(text, m.end()) if rank == 1 else None
            if podium is not None:
                opening = max(text.rfind(stop, max(0, m.start() - PODIUM_REACH), m.start()) for stop in ".!?\n")
                if not PODIUM_HOLDER.search(text, max(opening + 1, m.start() - PODIUM_REACH), m.start()):
                    held = PODIUM_HELD.match(text, podium.end())
                    if held is None or not PODIUM_HOLDER.match(text, held.end()):
                        continue  # (not "juara 1, 2 dan 3 diraih peserta ...": no region holds them)
                    found += [Candidate(m.start(), m.end(), 1.0, "rank", ""),
                              Candidate(podium.start("second"), podium.end("second"), 2.0, "rank", ""),
                              Candidate(podium.start("third"), podium.end("third"), 3.0, "rank", "")]
                    continue
            scope = "national" if self.words.national.search(after) else \
                "provincial" if self.words.province.search(after) else ""
            if not scope and self.words.scoped.fullmatch(m.group("word")):
                continue
            found.append(Candidate(m.start(), m.end(), float(rank), "rank", scope))
            position = m.end()
            respective = RESPECTIVE.search(text, max(0, m.start() - 60), m.start())
            if respective is not None and raw.isdigit():
                listed = [found[-1]]
                while (more := RESPECTIVE_LIST.match(text, position)) is not None:
                    listed.append(Candidate(more.start("n"), more.end("n"), float(more.group("n")), "rank", scope))
                    position = more.end()
                for place, item in enumerate(listed):
                    item.respective = (place, len(listed), respective.start())
                found += listed[1:]
            while (more := RANK_LIST.match(text, position)) is not None:
                raw = re.sub(r"^ke-?\s*", "", more.group("n").lower())
                found.append(Candidate(more.start("n"), more.end("n"), float(RANK_WORDS.get(raw) or int(raw)), "rank",
                                       scope))
                position = more.end()
            while (more := NAMED_NEXT.match(text, position)) is not None:
                raw = re.sub(r"^ke-?\s*", "", more.group("n").lower())
                found.append(Candidate(more.start("n"), more.end("n"), float(RANK_WORDS.get(raw) or int(raw)), "rank",
                                       scope))
                position = more.end()
            if (more := SCOPED_NEXT.match(text, position)) is not None:
                after = text[more.end():more.end() + 40]
                scope = "national" if self.words.national.search(after) else \
                    "provincial" if self.words.province.search(after) else ""
                if scope:
                    raw = re.sub(r"^ke-?\s*", "", more.group("n").lower())
                    found.append(Candidate(more.start("n"), more.end("n"), float(RANK_WORDS.get(raw) or int(raw)),
                                           "rank", scope))
        taken = {at for c in found for at in range(c.start, c.end)}
        for pattern, form in ((SPACED, "decimal"), (PERCENT, "percent"), (NUMBER, "decimal"), (INTEGER, "integer")):
            for m in pattern.finditer(text):
                window = max(0, m.start() - SPACED_CUE_WINDOW)
                if pattern is SPACED and not self.words.cue.search(
                        text[max(text.rfind("\n", window, m.start()) + 1, window):m.start()]):
                    continue
                if m.start("n") in taken:
                    continue
                if form == "integer" and YEAR.fullmatch(m.group("n")) or THOUSANDS.fullmatch(m.group("n")):
                    continue
                if RANGE_BEFORE.search(text[max(0, m.start("n") - 8):m.start("n")]) or \
                        RANGE_AFTER.match(text, m.end("n")) or \
                        RANGE_WORDS_AFTER.match(text, m.end("n")) or \
                        RANGE_WORDS_BEFORE.search(text[max(0, m.start("n") - RANGE_WORDS_WINDOW):m.start("n")]):
                    continue
                value = float(m.group("n").replace(",", ".").replace(" ", ""))
                end = m.end() if form == "percent" else m.end("n")
                found.append(Candidate(m.start("n"), end, value, form))
                taken.update(range(m.start("n"), end))
        return sorted(found, key=lambda c: c.start)

    @staticmethod
    def _opening_older(doc: Doc, text: str, candidates: list[Candidate],
                       accepted: list[tuple[Candidate, dict[str, Any]]]) -> list[tuple[Candidate, dict[str, Any]]]:
        """`accepted` with the older value a sentence opens with before the score it changed to, of the same measure
        named only after it ("Dibandingkan tahun 2022 yang sebesar 2,91, indeks SPBE Kabupaten X tahun 2023 naik
        menjadi 3,24", "Dari semula 2,90 pada 2022, nilai smart city Kota Y kini 3,35")."""
        labels = {id(c): label for c, label in accepted}
        found = []
        for c, after in pairwise(candidates):
            label = labels.get(id(after))
            if id(c) in labels or label is None or c.form != after.form or c.form not in ("decimal", "percent"):
                continue
            start, end = sentence_of(doc, c.start)
            if after.start < end and OPENING_OLDER.fullmatch(text, start, c.start) and \
                    OPENING_CHANGE.search(text, c.end, after.start):
                found.append((c, label))
        return sorted(accepted + found, key=lambda a: a[0].start) if found else accepted

    def _not_a_place(self, text: str, m: re.Match[str], after: str) -> bool:
        """True when a rank names a group of top places ("tiga besar", "masuk peringkat lima terbaik"), a place in a
        list or an appendix ("terdapat di urutan ke 20"), or the rank of a usage ("urutan ke-4 sebagai pengguna
        internet teraktif")."""
        cardinal = not m.group("ke") and (m.group("n").isdigit() or m.group("n").lower() in CARDINALS)
        before = text[max(0, m.start() - 60):m.start()]
        if cardinal and (self.words.bracket.match(after) or
                         self.words.bracket_before.search(before[-20:]) and self.words.bracket_after.match(after)):
            return True
        clause = re.split(r"[.!?\n]", before)[-1]
        return bool(self.words.rank_veto_before.search(clause) or self.words.rank_veto_after.match(after))

    # -- is it a score, and of what ------------------------------------------------------------------------------
    def _label(self, doc: Doc, text: str, c: Candidate, previous: Candidate | None,
               accepted: list[tuple[Candidate, dict[str, Any]]], dims: list[tuple[int, int, str]]
               ) -> dict[str, Any] | None:
        """{what, kind, dimension, metric} when the number is a score, else None."""
        sentence_start, sentence_end = sentence_of(doc, c.start)
        # the words since the previous number of the sentence: a cue there belongs to this number
        floor = max(sentence_start, previous.end if previous else 0)
        segment = text[floor:c.start]
        if self._held_by_another(doc, text, c, segment):
            return None
        if self.words.related_link.match(text, text.rfind("\n", 0, c.start) + 1) or self._under_link_heading(text, c):
            return None
        if c.form == "rank":
            if self._ranks_a_statistic(doc, text, sentence_start, sentence_end):
                return None
            # a rank of a statistic named right after it ("peringkat ketiga Indeks Pembangunan Manusia (IPM)"), or
            # one hoped for in its clause ("menargetkan mampu menembus peringkat pertama")
            after = _clause_after(text, c.end)
            clause = re.split(r"[.,;:!?\n]", segment)[-1]
            if self.words.statistic.search(after) or self.words.hoped.search(clause):
                return None
            return self._describe(text, sentence_start, c, "peringkat", None)
        if self.words.not_before.search(text[max(0, c.start - NOT_BEFORE_WINDOW):c.start]) or not 0 < c.value <= 1000:
            return None
        if c.form != "integer" and c.value > 100:
            return None
        # (a value with decimals after a newer one that rose or fell is the older, no top of a scale: "naik menjadi
        # 3,05 dari 2,86 pada 2023")
        if OUT_OF.search(text, max(0, c.start - 30), c.start) and not CHANGE.match(text[c.end:].lstrip()) and \
                not (c.value != int(c.value) and self.words.moved.search(text, sentence_start, c.start)):
            return None
        national_from = max(floor, c.start - NATIONAL_WINDOW)
        national = self.words.national_statistic.search(text[national_from:c.start])
        # right after a rank it names the national ranking the rank is of ("peringkat ke-6 indeks SPBE nasional tahun
        # 2023 dengan nilai 3,87")
        if national and not (previous is not None and previous.form == "rank" and
                             RANKING_NAME_GAP.fullmatch(text, previous.end, national_from + national.start())):
            return None
        if self._hoped(segment) or FUTURE_AFTER.match(text, c.end) or self.words.delta.search(segment) or \
                self.words.bound_after.match(text, c.end):
            return None
        # a bound of the scale ("Nilai maksimal indeks adalah 5,00", "batas nilai minimal kategori baik 2,60"), unless
        # a region obtained it ("meraih nilai maksimal 4,00")
        if self.words.bound_before.search(segment) and not self.words.obtained.search(segment):
            return None
        if self._names_a_statistic(segment):
            return None
        last = accepted[-1] if accepted else None
        # "... indeks SPBE-nya 2,10. Lalu pada 2020 naik jadi 2,8": a sentence whose first number is the new
        # value of a change goes on with the score that closed the sentence before
        changed_on = last is not None and last[0] is previous and floor == sentence_start and \
            c.start - previous.end <= CHANGE_REACH and bool(self.words.change.search(segment))
        continues = last is not None and last[0] is previous and (last[0].start >= sentence_start or changed_on) and (
            self.words.change.search(segment) or re.fullmatch(r"[\s,;]*(?:dan|serta|dan\s+juga)?\s*", segment) or
            bool(YEAR_LIST_GAP.fullmatch(segment)) or bool(OLDER_VALUE.search(segment)) or
            c.form == "percent" == last[0].form and bool(PERCENT_ITEM.fullmatch(segment)))
        dimension = next((name for start, end, name in reversed(dims)
                          if floor <= start and end <= c.start and c.start - end <= DIMENSION_WINDOW), None)
        if c.form == "percent":
            window = text[max(floor, c.start - PERCENT_WINDOW):c.start]
            after = _clause_after(text, c.end)
            # what the percentage measures may follow it ("34 persen anggaran untuk smart city")
            share = SHARE_OF.match(after)
            if self.words.percent_veto.search(window) or any(
                    veto.match(after, share.end() if share else 0)
                    for veto in (self.words.percent_veto, self.words.percent_veto_after)):
                return None
            if dimension is None and not continues and not self.words.percent_cue.search(window) and \
                    not self.words.percent_cue.search(after):
                return None
        elif c.form == "integer":
            # a list of names and ranks that runs on ("Jakarta di peringkat 102, Medan 112, dan Makassar peringkat
            # 114"), and the older rank of a change ("turun dari 112 ke posisi 113") are ranks
            listed = previous is not None and previous.form == "rank" and c.start - previous.end <= LIST_GAP and \
                bool(LIST_ITEM_NAME.match(text, previous.end, c.start))
            if listed or self.words.integer_before.search(segment) and self.words.rank_after_change.match(text, c.end) \
                    or self._bracketed_rank(text, c, sentence_start) or self._moved_rank(c, previous, accepted, segment):
                c.form, c.scope = "rank", previous.scope if listed and previous is not None else c.scope
                return self._describe(text, sentence_start, c, "peringkat", None)
            # (a chain of integers goes on without one: "dari 310 pada 2021 menjadi 402 pada 2022 dan 498 pada 2023")
            if not (continues and previous is not None and previous.form == "integer") and \
                    not self.words.integer_before.search(text[floor:c.start]):
                return None
            if not continues and not self.words.cue.search(text[max(floor, c.start - CUE_WINDOW):c.start]):
                return None
        runs_on = last is not None and last[0] is previous and c.form == "decimal" == previous.form and \
            c.start - previous.end <= LIST_GAP and (bool(LIST_ITEM_NAME.match(text, previous.end, c.start)) or
                                                    previous.start >= sentence_start and
                                                    bool(PART_ITEM.fullmatch(text, previous.end, c.start)))
        # "nilainya 2,97 dengan peringkat ke-22, lalu pada evaluasi 2024 naik dari 2,97 menjadi 3,12": past the rank
        # given with it, a value the sentence moves from or to goes on with the sentence's value before the rank
        before_rank = next((a for a in reversed(accepted) if a[0].form == "decimal" and a[0].start >= sentence_start),
                           None) if c.form == "decimal" and previous is not None and previous.form == "rank" and \
            last is not None and last[0] is previous and MOVED.search(segment) else None
        if before_rank is not None and dimension is None:
            return dict(before_rank[1], kind=self._kind(c, before_rank[1]["dimension"]))
        if (continues or runs_on) and last is not None and dimension is None:
            return dict(last[1], kind=self._kind(c, last[1]["dimension"]))
        # "disusul Kota Malang (60,21) dan Kota Solo (59,80)": a value in brackets after a name goes on the list of
        # the value just before (in this sentence or the one before; a rank may stand between: "Kota Palu (59,04) di
        # posisi pertama, diikuti Kota Bitung (58,99)"), and is of the same measure
        value = next((a for a in reversed(accepted) if a[0].form == "decimal"), None)
        if c.form == "decimal" and value is not None and PAREN_VALUE.search(segment) and \
                text[c.end:c.end + 1] == ")" and value[0].start >= sentence_of(doc, max(0, sentence_start - 2))[0]:
            return dict(value[1], kind=self._kind(c, value[1]["dimension"]))
        if dimension is not None and c.start - max(e for s, e, n in dims if e <= c.start) <= 4:
            return self._describe(text, sentence_start, c, dimension, dimension)
        what = self._cue(text[max(sentence_start, c.start - CUE_WINDOW):c.start])
        if what is None and floor == sentence_start:
            # the sentence's first number: its cue may open a longer clause ("skor Smart City Kota X terus mengalami
            # peningkatan, yakni tahun 2020 sebesar 2,87")
            what = self._cue(text[max(sentence_start, c.start - FIRST_CUE_WINDOW):c.start])
        if what is None and c.form == "percent":
            what = self._cue(text[max(floor, c.start - PERCENT_WINDOW):c.start]) or dimension or "persentase"
        what = what or dimension or self._list_cue(text, c) or self._pair_cue(doc, text, c, bool(accepted)) or \
            self._yearly_cue(doc, text, c, bool(accepted))
        # a cue naming a statistic names it for every value of its list ("Angka kemiskinan ... Kabupaten Seluma 18,5,
        # Kepahiang 14,2")
        if what is None or self.words.statistic.search(what):
            return None
        return self._describe(text, sentence_start, c, what, dimension)

    def _under_link_heading(self, text: str, c: Candidate) -> bool:
        """True when the number's line is one of the short lines under a heading of links to other stories ("Berita
        Terkait\nKabupaten Malang Raih Indeks 3,10"): a headline of another story."""
        end = text.rfind("\n", 0, c.start)
        own_end = text.find("\n", c.end)
        if (own_end if own_end >= 0 else len(text)) - end > LINK_LINE:
            return False
        for _ in range(LINK_BLOCK):
            if end < 0:
                return False
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            if self.words.link_heading.fullmatch(line):
                return True
            if len(line) > LINK_LINE or not line.strip():
                return False
            end = start - 1
        return False

    def _hoped(self, segment: str) -> bool:
        """True when the words before a number make it a target or a wish ("menargetkan indeks 3,45"), unless they
        name a past result as the bar the target must beat ("menargetkan ... melampaui capaian 2023 sebesar 2,64")."""
        last = list(self.words.hoped.finditer(segment))[-1:]
        return bool(last) and not self.words.past_bar.search(segment, last[0].end())

    @staticmethod
    def _names_a_region(doc: Doc, c: Candidate) -> bool:
        """True when the sentence of a number names a kabupaten or kota before it (one after it is more often where the
        words were said: "..., sebut Marwan di Banda Aceh")."""
        start = sentence_of(doc, c.start)[0]
        return any(start <= s.start_char < c.start for s in spans_of(doc, "regions"))

    def _names_a_statistic(self, segment: str) -> bool:
        """True when the words before a number name a statistic of the region or another evaluation's result, and no
        index of the programme or of another national rating is named after it in a clause of its own ("SAKIP tahun
        2020 predikat BB, ... lalu Indeks SPBE 2021 mencapai 3,06": the SPBE index's value)."""
        last = None
        for last in self.words.statistic.finditer(segment):
            pass
        if last is None:
            return False
        rest = segment[last.end():]
        brk = CLAUSE_BREAK.search(rest)
        return brk is None or not any(pattern.search(rest, brk.end()) for pattern, _ in self.words.metrics)

    def _moved_rank(self, c: Candidate, previous: Candidate | None,
                    accepted: list[tuple[Candidate, dict[str, Any]]], segment: str) -> bool:
        """True when an integer is an end of a change of rank: the older after a rank word and a word of change
        ("turun satu peringkat dari 112", "Peringkat Kota Medan naik dari 20"), the newer after the older rank
        ("dari peringkat 115 ke 114", "dari 112 pada 2024 menjadi 113 pada 2025"); `segment` is the text since the
        number before in the sentence, of which the older's words are read in its own clause ("Peringkat X naik,
        sementara jumlah inovasinya bertambah dari 12": a count)."""
        newer = previous is not None and previous.end == c.start - len(segment) and previous.form == "rank" and \
            bool(accepted) and accepted[-1][0] is previous and bool(YEAR_LIST_GAP.fullmatch(segment)) and \
            bool(CHANGE.search(segment))
        clause = segment[max((b.end() for b in CLAUSE_BREAK.finditer(segment)), default=0):]
        return newer or bool(FROM_BEFORE.search(clause) and self.words.rank_word.search(clause)
                             and self.words.moved.search(clause))

    def _bracketed_rank(self, text: str, c: Candidate, sentence_start: int) -> bool:
        """True when an integer in brackets after a name is one of a list of such pairs and a rank word opens the
        sentence's list ("Urutan indeks smart city 2022: Kota Surabaya (1), Kota Malang (2), dan Kota Batu (3)")."""
        before = text[max(sentence_start, c.start - LIST_GAP):c.start]
        name = BRACKET_BEFORE.search(before)
        if name is None or not text.startswith(")", c.end):
            return False
        in_list = BRACKET_NEXT.match(text, c.end) or BRACKET_PREVIOUS.search(before, 0, name.start())
        return bool(in_list) and self.words.rank_word.search(text, sentence_start, c.start) is not None

    def _held_by_another(self, doc: Doc, text: str, c: Candidate, segment: str) -> bool:
        """True when the number is held by no kabupaten or kota: a ministry or province holds it ("posisi teratas
        ditempati oleh Kementerian Keuangan, nilainya 3,95"; "juara 2 ... Category Smart Province"), or a place
        abroad ("Wina (Austria) skor 91,2")."""
        if self.words.foreign.search(segment):
            return True
        if c.respective is not None:
            return self._respective_holder(doc, text, c.respective) == "province"
        if self._held_by_a_province(doc, text, c) or self._held_by_a_provincial_government(doc, text, c):
            return True
        regions = [s.start_char for s in spans_of(doc, "regions") if c.start - len(segment) <= s.start_char < c.start]
        # (a rank is held by the region after it: "posisi dua ditempati Kota Bima Provinsi NTB, lalu posisi tiga Kota
        # X"; a province after its region names where the region is: "Kota Bima Provinsi NTB, nilai 3,2")
        province = list(PROVINCE_HOLDER.finditer(segment))
        if province and c.form != "rank":
            at = c.start - len(segment) + province[-1].start()
            ends = [s.end_char for s in spans_of(doc, "regions") if s.end_char <= at]
            if not any(r >= at for r in regions) and not (ends and at - max(ends) <= 3):
                return True
        # an entry of a contest among the region's offices ("Posyandu Digital dari Dinas Kesehatan, nilai 86,10"), on
        # the number's own line
        line = segment[segment.rfind("\n") + 1:]
        owner = [m.end() for m in self.words.entry_owner.finditer(line)]
        if c.form != "rank" and owner and not any(r >= c.start - len(line) + owner[-1] for r in regions):
            return True
        held = list(self.words.institution_holder.finditer(segment))
        if held and not any(r >= c.start - len(segment) + held[-1].end() for r in regions):
            return True
        if c.form != "rank":
            return False
        after = re.split(r"[.;:!?\n]", text[c.end:c.end + OTHER_HOLDER_WINDOW])[0]
        # "peringkat pertama adalah Zurich, Oslo, dan Canberra": places abroad hold it; not a rank a kabupaten or kota
        # named before it holds, set against places abroad after it ("Medan di urutan 112, di atas Athena")
        return bool(self.words.institution_after.match(after) or self.words.rank_of_other_holder.search(after)
                    or (self.words.foreign.search(after) and not regions))

    @staticmethod
    def _held_by_a_provincial_government(doc: Doc, text: str, c: Candidate) -> bool:
        """True when the sentence names a province before the number, not as a scope ("se-Jawa Timur", "di
        Lampung"), and no kabupaten or kota: the province's government holds the score ("Pemprov Lampung
        mendapatkan nilai 3,37", "Lampung berhasil mendapatkan predikat baik dengan indeks 3,37"); a province handing
        the number to a kabupaten or kota the sentence names does not hold it ("Pemprov X menyerahkan peringkat 3
        untuk Kota Y")."""
        start, end = sentence_of(doc, c.start)
        if any(start <= s.start_char < end for s in spans_of(doc, "regions")):
            return False
        provinces = list(spans_of(doc, "provinces"))
        # a rank is held by the province named right after it ("Di posisi kedua ada D.I. Yogyakarta")
        if c.form == "rank" and any(c.end <= s.start_char < end and PROVINCE_AFTER_RANK.match(text, c.end, s.start_char)
                                    for s in provinces):
            return True
        return any(not PROVINCE_SCOPE.search(text, max(start, s.start_char - 15), s.start_char)
                   for s in provinces if start <= s.start_char and s.end_char <= c.start)

    def _respective_holder(self, doc: Doc, text: str, respective: tuple[int, int, int]) -> str | None:
        """Who holds a rank of a "masing-masing" list: the name in its place among the names listed before the list
        (in the sentence, else in the sentence before): "region", "province" (a bare province name of
        {holder_province}, listed: "Jakarta, Medan, dan Makassar"), or None when the names do not match the ranks one
        for one."""
        place, size, at = respective
        start = sentence_of(doc, at)[0]
        for first in (start, sentence_of(doc, max(0, start - 2))[0]):
            names = sorted([(s.start_char, "region") for s in spans_of(doc, "regions") if first <= s.start_char < at]
                           + [(m.start(), "province") for m in self.words.province_name.finditer(text, first, at)])
            if names:
                return names[-size:][place][1] if len(names) >= size else None
        return None

    def _held_by_a_province(self, doc: Doc, text: str, c: Candidate) -> bool:
        """True when the words before the number in its sentence name a province by a bare name that is no
        kabupaten or kota ("Jakarta masuk di peringkat 102"; {holder_province} of data/score_words.csv) and no
        kabupaten or kota after it ("Selain Makassar, ada Jakarta di urutan ke-102"), and the first one after the
        number, if any, holds a number of its own ("..., Medan 112"): "Jakarta - Menteri memberikan peringkat 2 kepada
        Kabupaten X" is X's. A sentence naming no place is about the province the sentence before it in its paragraph
        names alone ("Warga Jakarta mengeluhkan kemacetan. Mereka puas dengan layanan online (skor 83,2)")."""
        start, end = sentence_of(doc, c.start)
        regions = [(s.start_char, s.end_char) for s in spans_of(doc, "regions")]
        near = max(start, c.start - SENTENCE_REACH), min(end, c.end + SENTENCE_REACH)
        provinces = list(self.words.holder_province.finditer(text, near[0], c.start))
        if not provinces:
            if any(start <= a < end for a, _ in regions) or self.words.holder_province.search(text, *near) or \
                    start < 2 or "\n" in text[start - 2:start]:
                return False
            before, _ = sentence_of(doc, start - 2)
            return bool(self.words.holder_province.search(text, before, start)) and \
                not any(before <= a < start for a, _ in regions)
        if any(provinces[-1].end() <= a < c.start for a, _ in regions):
            return False
        after = [(a, b) for a, b in regions if c.end <= a < end]
        return not after or bool(OWN_VALUE_AFTER.match(text, after[0][1], end))

    def _ranks_a_statistic(self, doc: Doc, text: str, start: int, end: int) -> bool:
        """True when a rank's sentence names nothing of an evaluation and it or the sentence before it describes a
        statistic of the region as a share ("Peringkat kedua adalah Kabupaten Kampar sebesar 28,8 persen")."""
        sentence = text[start:end]
        if self.words.rank_context.search(sentence):
            return False
        before = text[sentence_of(doc, start - 2)[0]:start] if start > 1 else ""
        # the statistic is a share ("28,8 persen rumah tangga"): a street in a venue ("Jalan Asia Afrika") or a
        # category by population ("kota dengan jumlah penduduk di bawah 150 ribu") beside a rank ranks no statistic
        return bool(self.words.percent_veto.search(before + sentence) and PERCENT.search(before + sentence))

    def _cue(self, left: str) -> str | None:
        """The label of a number whose left context is `left`: the words from the nearest score cue."""
        if re.search(r"[.!?]\s|\n", left):
            left = re.split(r"[.!?]\s|\n", left)[-1]
        cues = list(self.words.cue.finditer(left))
        if not cues:
            return None
        tail = re.split(r"[,:;(]|\byaitu\b|\bsebesar\b|\bdengan\b|\bdi\s+angka\b|\btahun\b|\d",
                        left[cues[-1].start():])[0]
        return " ".join(tail.split()[:5]).lower()

    def _list_cue(self, text: str, c: Candidate) -> str | None:
        """The cue of the paragraph opening a ranking list, for a decimal on one of its lines ("3. Kab. Tegal 3,33")."""
        line_start = text.rfind("\n", 0, c.start) + 1
        if c.form != "decimal":
            return None
        if not RANKED_LINE.match(text[line_start:c.start]):
            return self._table_cue(text, c, line_start)
        for _ in range(LIST_LOOKBACK):
            if line_start == 0:
                return None
            opener = text.rfind("\n", 0, line_start - 1) + 1
            line = text[opener:line_start - 1]
            if not LIST_LINE.match(line):
                # the paragraph's last sentence with a cue ("... nilai 3,41. Urutannya sebagai berikut:")
                return next(filter(None, map(self._cue, reversed(re.split(r"[.!?]\s", line)))), None)
            line_start = opener
        return None

    def _table_cue(self, text: str, c: Candidate, line_start: int) -> str | None:
        """The cue of the header over a table of regions and values written without bullets ("Kota Manado\t3,02",
        "Kabupaten Tebo    2,95", or "Kota Bitung" over a line "2,66"), for a decimal ending its row: the cue of the
        first line above the rows, else the measure it names."""
        line_end = text.find("\n", c.end)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if not TABLE_ROW.fullmatch(line):
            if not TABLE_VALUE_LINE.fullmatch(line) or line_start == 0:
                return None
            above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
            if not TABLE_NAME_LINE.fullmatch(above):
                return None
        for _ in range(LIST_LOOKBACK):
            if line_start == 0:
                return None
            opener = text.rfind("\n", 0, line_start - 1) + 1
            below_end = text.find("\n", line_start)
            line, below = text[opener:line_start - 1], text[line_start:below_end if below_end >= 0 else len(text)]
            # (a line that could be a name is the header unless a value's line is below it: "Hasil Evaluasi SPBE
            # Kabupaten Sleman" over "2021 3,05")
            if not (TABLE_ROW.fullmatch(line) or TABLE_VALUE_LINE.fullmatch(line) or
                    TABLE_NAME_LINE.fullmatch(line) and TABLE_VALUE_LINE.fullmatch(below)):
                if not line.strip():
                    return None
                cue = next(filter(None, map(self._cue, reversed(re.split(r"[.!?]\s", line)))), None)
                measure = next((m.group(0).lower() for pattern, _ in self.words.metrics if (m := pattern.search(line))),
                               None)
                return cue or measure
            line_start = opener
        return None

    def _pair_cue(self, doc: Doc, text: str, c: Candidate, scored: bool) -> str | None:
        """The cue of a list of regions each followed by its value ("Pemkab Mesuji 2,59, Metro 2,49, Lampung Utara
        2,43", "yakni Sungai Penuh (55,02) dan Solok (51,64)"), for a decimal right after a region's name with another
        name and value after it, or the region's place ("Kabupaten Maros 2,53 di posisi kedua"): the cue of its sentence or of the two before it, else the measure its sentence names,
        else "nilai" when the article scored before."""
        ends = [s.end_char for s in spans_of(doc, "regions") if s.end_char <= c.start]
        if c.form != "decimal" or not ends or not PAIR_GAP.fullmatch(text, max(ends), c.start) or \
                not (PAIR_NEXT.match(text, c.end) or self._place_follows(text, c.end)):
            return None
        return self._context_cue(doc, text, c, scored)

    def _yearly_cue(self, doc: Doc, text: str, c: Candidate, scored: bool) -> str | None:
        """The cue of a region's value told right after its year with no cue of its own ("Kabupaten Dompu pada tahun
        2022 sebesar 1,35, naik pada tahun 2023 sebesar 1,92"), in a sentence naming the region before it: as for a
        list of regions and values; or of a value a quote recalls by its year ("Tahun lalu kita masih 3,02"): the cue of
        its sentence or the two before."""
        if c.form != "decimal":
            return None
        if RECALLED_BEFORE.search(text, max(0, c.start - YEARLY_WINDOW), c.start):
            return self._context_cue(doc, text, c, False)
        if not self._names_a_region(doc, c) or not YEARLY_BEFORE.search(text, max(0, c.start - YEARLY_WINDOW), c.start):
            return None
        return self._context_cue(doc, text, c, scored)

    def _context_cue(self, doc: Doc, text: str, c: Candidate, scored: bool) -> str | None:
        """The cue of the sentence of a value named only by its region, or of the two before it, else the measure its
        sentence names, else "nilai" when the article scored before; None for a statistic's value."""
        sentence = start = sentence_of(doc, c.start)[0]
        # a list of a statistic ("angka kemiskinan Kabupaten Kaur 12,5, Seluma 10,2") is no list of scores
        if self.words.percent_veto.search(text, start, c.start) or self.words.statistic.search(text, start, c.start):
            return None
        for _ in range(2):
            start = sentence_of(doc, max(0, start - 2))[0] if start > 1 else start
        cue = next(filter(None, map(self._cue, reversed(re.split(r"[.!?]\s|\n", text[start:c.start])))), None)
        if cue:
            return cue
        # without a cue word, the measure the sentence names ("hasil pemantauan SPBE menunjukkan Kabupaten Ngawi 2,71,
        # Magetan 2,55")
        measure = next((m.group(0).lower() for pattern, _ in self.words.metrics
                        if (m := pattern.search(text, sentence, c.start))), None)
        return measure or ("nilai" if scored else None)

    def _place_follows(self, text: str, end: int) -> bool:
        """True when the place a region earned follows its value ("Kabupaten Maros 2,53 di posisi kedua")."""
        place = PLACE_AFTER.match(text, end)
        return place is not None and self.words.rank.match(text, place.end()) is not None

    def _names_a_measure(self, left: str) -> bool:
        """True when the words before a score in its sentence name what it measures (a metric of
        data/score_metrics.csv), not only the default."""
        return any(pattern.search(left) for pattern, _ in self.words.metrics)

    def _describe(self, text: str, sentence_start: int, c: Candidate, what: str, dimension: str | None
                  ) -> dict[str, Any]:
        """The score's what, kind, dimension and normalised metric."""
        left = text[max(sentence_start, c.start - SENTENCE_REACH):c.start]
        # the words since the sentence's last value name this one's measure first ("Indeks SPBE sebesar 2,94 ..., dan
        # Indeks Smart City tahun 2022 2,94")
        clause = re.split(r"\d+[.,]\d+", left)[-1]
        metric = next((label for window in (clause, left[-CUE_WINDOW:], left)
                       for pattern, label in self.words.metrics if pattern.search(window)), "smart city index")
        if c.form == "rank":
            what = f"peringkat {'nasional' if c.scope == 'national' else 'provinsi' if c.scope else ''}".strip()
            metric = f"{metric}, {c.scope + ' ' if c.scope else ''}rank"
        elif dimension is not None:
            metric = f"{metric}, {dimension}"
        return {"what": what, "kind": self._kind(c, dimension), "dimension": dimension, "metric": metric}

    @staticmethod
    def _kind(c: Candidate, dimension: str | None) -> str:
        if c.form == "rank":
            return "rank"
        if dimension is not None:
            return "dimension_score"
        if c.form == "percent":
            return "percentage"
        return "index" if c.form == "decimal" or c.value <= 5 else "other"

    # -- the year a score is for ---------------------------------------------------------------------------------
    def _year(self, doc: Doc, text: str, c: Candidate, candidates: list[Candidate],
              dated: dict[int, int | None] | None = None) -> int | None:
        """The year the score is for (see `_dated`)."""
        return self._dated(doc, text, c, candidates, dated or {})[0]

    def _dated(self, doc: Doc, text: str, c: Candidate, candidates: list[Candidate], dated: dict[int, int | None]
               ) -> tuple[int | None, str]:
        """The year the score is for: its own year ("3,51 pada tahun 2023"); else the nearest free year of its
        sentence (a year stated for the assessment before a date's year; not one that opens the next score's
        clause); "tahun lalu/sebelumnya" counts back (see `_latest_year`);
        the first score of a change ("dari 2,87 menjadi 3,10 pada 2023") is a year before the second; else the
        previous sentence's year (or the year of the scores it states); else the publication year. With it, how the
        year was found: "stated" by the score's own sentence, "compared" (the sentence names the score as an older
        one it compares with), or from the "context" (a date's year, another sentence, the publication)."""
        start, end = sentence_of(doc, c.start)
        pub_year = _article_year(doc)
        # (the part of a long sentence within SENTENCE_REACH of the score: a run of thousands of numbers is read
        # once per number, not whole)
        reach, reach_end = max(start, c.start - SENTENCE_REACH), min(end, c.end + SENTENCE_REACH)
        sentence = _blanked(doc, text, reach, reach_end)
        numbers = [(n.start - reach, n.end - reach) for n in _within(candidates, reach, reach_end)]
        at, stop = c.start - reach, c.end - reach
        # an undated page counts "tahun ini/lalu/sebelumnya" from the newest edition of an index or evaluation it
        # names ("hasil evaluasi SPBE tahun 2023 ... naik dari penilaian tahun sebelumnya yaitu 2.10")
        latest = self._latest_year(doc, text, pub_year)
        # "Skor tahun 2022 adalah 2,95. Pada tahun sebelumnya, skornya 2,60.": a sentence's "tahun sebelumnya" with no
        # year before it counts back from the year of the scores of the sentence before (the earliest)
        before_years = [dated.get(n.start) for n in _within(candidates, sentence_of(doc, max(0, start - 2))[0], start)]
        told_year = min((y for y in before_years if y is not None and y != OLDER_SCORE), default=None) if start else None
        years = _memo(doc, ("years", reach, reach_end, told_year),
                      lambda: self._years(sentence, latest, told_year, pub_year))

        starts, ends = [a for a, _ in numbers], [b for _, b in numbers]
        year_starts = [y[0] for y in years]

        def following_number(position: int) -> int | None:
            after = bisect_right(starts, position)
            return starts[after] if after < len(starts) else None

        def opens_a_clause(position: int) -> bool:
            """A year after a comma with the next number after it and no year between ("2,95, tahun 2022 naik
            menjadi 3,10"): it leads the next number's clause."""
            next_start = following_number(position)
            return next_start is not None and not YEAR.search(sentence, position + 4, next_start)

        def owner(position: int) -> tuple[int, int] | None:
            """The first number whose own year the year at `position` is (at most OWN_YEAR_REACH before it)."""
            first, last = bisect_left(ends, position - OWN_YEAR_REACH), bisect_right(ends, position)
            return next(((a, b) for a, b in numbers[first:last] if self.words.own_year_gap.match(sentence[b:position])
                         and not ("," in sentence[b:position] and opens_a_clause(position))
                         and not (YEARLY_BEFORE.search(sentence, max(0, a - YEARLY_WINDOW), a) and
                                  leads_next(position))), None)

        def leads_next(position: int) -> bool:
            """A year right before the next number ("2,30 pada tahun 2023 tetap 2,30"): that number's own, when the
            number before it has its own year before it ("tahun 2022 sebesar 2,30")."""
            next_start = following_number(position)
            year = YEAR.match(sentence, position)
            return next_start is not None and year is not None and \
                LEADING_YEAR_GAP.match(sentence, year.end(), next_start) is not None

        def introduces_next(position: int) -> bool:
            """A year after this score that opens the next one's clause ("3,21 dan tahun 2022 ini ... 3,17")."""
            if position < stop:
                return False
            next_start = following_number(position)
            # "skor 3,42 dalam evaluasi 2023 dan menempati peringkat 7": without a break before it, the year closes
            # this score's clause
            year_after = bisect_right(year_starts, position)
            return next_start is not None and not (year_after < len(years) and years[year_after][0] < next_start) \
                and bool(CLAUSE_BREAK.search(sentence[stop:position]))

        following = next(((a, b) for a, b in numbers if a >= stop), None)
        own = [y for y in years if stop <= y[0] <= stop + OWN_YEAR_REACH and owner(y[0]) == (at, stop)]
        if own:
            # "dari 2,87 tahun lalu menjadi 3,10 pada 2022": the year before the second score's own
            if not YEAR.match(sentence, own[0][0]) and following is not None \
                    and CHANGE.search(sentence[stop:following[0]]):
                second_own = [y[1] for y in years if YEAR.match(sentence, y[0]) and owner(y[0]) == following]
                if second_own and second_own[0] is not None:
                    return second_own[0] - 1, "stated"
            return own[0][1], "stated"
        respective = self._respective_year(doc, text, c, candidates, sentence)
        if respective is not None:
            return respective, "stated"
        # a score listed with its year before it ("yakni tahun 2020 sebesar 2,87 dan ... 3,20 pada tahun 2023",
        # "capaian tahun sebelumnya 2,87") (not the year of the score before it: "dari 2,90 pada 2020 menjadi 3,10")
        leading = [y for y in years if y[0] < at and not y[2] and (m := YEAR.match(sentence, y[0]) or
                                                                  LAST_YEAR.match(sentence, y[0])) is not None
                   and LEADING_YEAR_GAP.match(sentence, m.end(), at) and owner(y[0]) is None]
        if leading:
            return leading[-1][1], "stated"
        # a year a score is compared with ("naik dari tahun lalu yang hanya 3,10", "dibandingkan tahun 2022 yang
        # sebesar 3,05") dates the number it introduces, and no other
        compared = [y for y in years if COMPARED.search(sentence[max(0, y[0] - COMPARED_WINDOW):y[0]])]
        # (and the value given with the rank it introduces: "dibanding 2023 ketika X di urutan ke-47 dengan indeks 2,61")
        def introduces(y: tuple[int, int | None, bool]) -> bool:
            between = [(a, b) for a, b in numbers if y[0] < a < at]
            if not between:
                return y[0] < at and at - y[0] <= COMPARED_WINDOW
            return len(between) == 1 and between[0][0] - y[0] <= COMPARED_WINDOW and \
                WITH_VALUE.fullmatch(sentence, between[0][1], at) is not None

        introduced = [y for y in compared if introduces(y)]
        if introduced and introduced[-1][1] is not None:
            return introduced[-1][1], "compared"
        years = [y for y in years if y not in compared]
        preceding = next(((a, b) for a, b in reversed(numbers) if b <= at), None)

        ranks = {n.start - reach for n in _within(candidates, reach, reach_end) if n.form == "rank"}

        def changes(first: tuple[int, int], second: tuple[int, int]) -> bool:
            """The words between two numbers make the second a change of the first ("dari 2,87 menjadi 3,10");
            a year between them opens the second's own clause ("2,95, tahun 2022 naik menjadi 3,10"), and a later
            stage keeps the first's year ("3,10, lalu pada tahap II naik menjadi 3,35", "... pada tahap I, lalu naik
            menjadi 3,48 pada tahap II"; not "naik dari 2,95 menjadi 3,28 dalam evaluasi tahap II 2023", where the stage
            only names the newer's evaluation); a value and a rank are no change of one measure ("skor 59,04 dan menjadi
            peringkat 1")."""
            gap = sentence[first[1]:second[0]]
            two_stages = self.words.stage.search(gap) or (self.words.first_stage.search(gap)
                                                          and self.words.stage.search(sentence, second[1]))
            return bool(CHANGE.search(gap)) and not YEAR.search(gap) and not two_stages and \
                not self.words.not_change.search(gap) and \
                (first[0] in ranks) == (second[0] in ranks)

        # a change between two years the sentence names ("tahun 2022 lebih baik daripada tahun 2021, yakni dari 2,82
        # menjadi 3,06"): the earlier year is the first score's, the later the second's
        stated = sorted({y[1] for y in years if y[1] is not None and not y[2] and owner(y[0]) is None})
        if len(stated) > 1:
            if following is not None and changes((at, stop), following):
                return stated[0], "stated"
            if preceding is not None and changes(preceding, (at, stop)):
                return stated[-1], "stated"
        # the first score of a change takes the year before the second's
        if following is not None and changes((at, stop), following):
            later = [y for y in years if owner(y[0]) == following]
            if later and later[0][1] is not None:
                return later[0][1] - 1, "stated"
            # the second has no year of its own: the year it gets, less one ("naik dari 3,14 menjadi 3,64")
            second = next(n for n in _within(candidates, reach, reach_end) if n.start - reach == following[0])
            second_year, second_stated = self._dated(doc, text, second, candidates, dated)
            if second_year is not None:
                return second_year - 1, self._change_stated(doc, text, second_year, second_stated)
        # the older value of a change told after the newer ("meraih 3,27 pada 2024, naik dari 2,98", "di peringkat
        # 113, turun dari peringkat 112", "turun ke peringkat 18 ..., dari sebelumnya peringkat 11"): the year before
        # the newer's
        if preceding is not None and OLDER.search(sentence, preceding[1], at) and \
                self.words.moved.search(sentence, 0, at):
            first = next(n for n in _within(candidates, reach, reach_end) if n.start - reach == preceding[0])
            first_year, first_stated = self._dated(doc, text, first, candidates, dated)
            if first_year is not None:
                return first_year - 1, self._change_stated(doc, text, first_year, first_stated)

        def now_after(position: int) -> int | None:
            """Where the words between a past year and the score last say the score is of now ("kini", "kembali"
            after another value), if they do."""
            ends = [m.end() for m in NOW.finditer(sentence, position, at)]
            if (value := DIGIT.search(sentence, position + 4, at)) is not None:
                ends += [m.end() for m in AGAIN.finditer(sentence, value.end(), at)]
            return max(ends, default=None)

        # "tahun lalu berada di atas, kini di peringkat 11": a year before "kini" dates the past, not this score
        free = [y for y in years if owner(y[0]) is None and not introduces_next(y[0])
                and (NOW.search(sentence, at, y[0]) is None if y[0] > at else now_after(y[0]) is None)]
        # the year of the index or evaluation the sentence names ("terbaik pertama ... Indeks Kota Cerdas Indonesia
        # (IKCI) tahun 2018") dates its score better than the year it was handed over ("Mengawali tahun 2019 ini")
        edition = [y for y in free if not y[2] and self.words.edition_year.search(sentence, max(0, y[0] - EDITION_WINDOW),
                                                                                   y[0])]
        # the year results came out or an award was handed over ("asesmen 2021 baru diumumkan pada 2022", "menerima
        # penghargaan pada 2022 atas peringkat ketiga lomba smart city 2021") dates a score only when no other does
        not_announced = [y for y in free if not y[2] and not self.words.announced_year.search(
            sentence, max(0, y[0] - ANNOUNCED_WINDOW), y[0])]
        near = sorted((abs(y[0] - at), y[1]) for y in (edition or not_announced or free) if not y[2])
        if near:
            return near[0][1], "stated"
        # "pada 2015 peringkat 5, sekarang peringkat 2", "sempat turun pada 2021 menjadi 3,40, kini kembali di
        # peringkat pertama": a score the sentence sets against a past year it names is of the present, the newest
        # edition of an index the article names (IKCI 2018), else the publication's year; one the words after the
        # present mark as past again is of that year ("..., menggeser X yang sebelumnya di peringkat pertama")
        past = [(y[1], now) for y in years if y[0] < at and not y[2] and y[1] is not None
                and (now := now_after(y[0])) is not None]
        if past:
            latest = max(year for year, _ in past)
            if PAST.search(sentence, max(now for _, now in past), at):
                return latest, "stated"
            # (or the newest year of the scores before it: "meraih 3,84 pada 2022. ... Meski sempat turun pada 2021,
            # kini kembali di peringkat pertama")
            newest = max((y for y in (self._edition_of(doc, text), *dated.values()) if y is not None and y > 0),
                         default=None)
            fits = newest is not None and latest < newest and (pub_year is None or newest <= pub_year)
            present = newest if fits else pub_year
            if present is not None and present > latest:
                return present, "stated"
        # "mencapai 3,10, naik dari 2,85 pada 2022": the newer value told before an older value with its own year is
        # of the evaluation after it
        if following is not None and OLDER.search(sentence, stop, following[0]) and \
                self.words.moved.search(sentence, 0, following[0]) and \
                (older_own := [y[1] for y in years if owner(y[0]) == following and y[1] is not None and not y[2]]):
            named = [y[1] for y in years if y[1] is not None and not y[2] and owner(y[0]) is None]
            next_year = self._after_older(doc, text, start, named, older_own[0], pub_year)
            if next_year is not None:
                return next_year, "stated"
        # "menjadi 93,64 pada tahun 2024, menduduki peringkat 9": the year of the score just before
        before = [y for y in years if (o := owner(y[0])) is not None and o[1] <= at and y[1] is not None]
        if before:
            older = before[-1]
            # "naik dari 2,87 pada 2023 menjadi 3,10": the new value of a change whose older value has its own year is
            # of the evaluation after it (not a later stage of that year's: "2,80 pada tahap I tahun 2023, lalu ...")
            gap = sentence[preceding[1]:at] if preceding is not None else ""
            mark = YEAR.match(sentence, older[0]) or LAST_YEAR.match(sentence, older[0])
            if preceding is not None and owner(older[0]) == preceding and mark is not None and older[1] is not None \
                    and changes((preceding[0], mark.end()), (at, stop)) and not self.words.stage.search(gap) \
                    and not self.words.first_stage.search(gap):
                named = [y[1] for y in years if y[1] is not None and not y[2] and owner(y[0]) is None]
                next_year = self._after_older(doc, text, start, named, older[1], pub_year)
                if next_year is not None:
                    return next_year, "stated"
            return older[1], "stated"
        # a list of names and values closed by one year ("Kabupaten Ngawi 2,71, Magetan 2,55 dan Pacitan 2,12 pada
        # tahun 2023", or of values alone: "masing-masing 3,41, 3,20 dan 3,05 pada 2023"): the year of the list's last
        # value is the year of each value before it on the list
        closing = next(((o, y[1]) for y in years if (o := owner(y[0])) is not None and o[0] > at and y[1] is not None
                        and not y[2]), None)
        # (values alone from the sentence's first on, not a sequence: "naik dari 3,05, lalu 3,20 dan 3,41 pada 2023")
        alone = preceding is None or VALUE_NEXT.match(sentence, preceding[1]) is not None
        if closing is not None and all(PAIR_NEXT.match(sentence, b) or alone and VALUE_NEXT.match(sentence, b)
                                       for a, b in numbers if at <= a < closing[0][0]):
            return closing[1], "stated"
        # the score a year is compared with is of the year after it ("meraih 3,40, naik dari tahun 2022")
        newer = [y[1] for y in compared if y[0] > stop and y[1] is not None
                 and not any(stop <= a < y[0] for a, _ in numbers if a != at)]
        if newer and newer[0] is not None:
            return newer[0] + 1, "stated"
        # the year of a date (a quote's "kata wali kota, Jumat (12/1/2024)") is the last resort: an evaluation year the
        # article states later ("Evaluasi SPBE tahun 2023 melibatkan ...") dates the score better, else the one it
        # stated before ("Hasil Evaluasi SPBE Tahun 2021 telah dirilis ..." over a list of scores published in 2022)
        # (else the year of the evaluation whose results the text says were issued on a date, see `_issued_years`;
        # else the newest edition of an index it names: "Penghargaan Indeks SPBE 2024" handed over in January 2025)
        stated_later = self._later_evaluation_year(doc, text, c.end) or self._earlier_evaluation_year(doc, text, start) \
            or max(self._issued_years(doc, text), default=None) or self._edition_of(doc, text) or told_year
        near = sorted((abs(y[0] - at), y[1]) for y in free if y[2])
        if near:
            return _later_or(stated_later, near[0][1]), "context"
        year = self._earlier_year(doc, text, start, pub_year, candidates, dated, stated_later)
        # the new value of a change opening its sentence is of the evaluation after the older value's, the year of
        # the sentence before (one stated later, else the year after it; not a later stage of the same year's)
        if year is not None and not numbers[0][0] < at and RISEN_TO.search(sentence, 0, at) and \
                not self.words.stage.search(sentence) and \
                year in {dated.get(n.start) for n in _within(candidates, sentence_of(doc, max(0, start - 2))[0], start)}:
            risen = stated_later if stated_later is not None and stated_later > year else year + 1
            if pub_year is None or risen <= pub_year:
                return risen, "stated"
        last_evaluation = pub_year is not None and year in (pub_year, pub_year - 1) and \
            LAST_EVALUATION.search(text, 0, start) is not None
        now_said = year is not None and NOW.search(text, start, c.start) is not None
        # the years the text names before the sentence (read only when one of the two rules below needs them)
        earlier = _years_before(doc, text, start) if last_evaluation or now_said else []
        # the evaluation (or award) the article reports was last year's, and the text names no older year before it:
        # what stands "now" ("sekarang berada di peringkat ke-5") is that evaluation's result
        if last_evaluation and pub_year is not None and \
                all(y >= pub_year for y, of_date, is_year in earlier if not of_date and y is not None and is_year):
            return pub_year - 1, "context"
        # "Pada 2015 kita di peringkat pertama. Sekarang, kita tetap di peringkat pertama.": a score the sentence says
        # is of now is not of the past year of the sentence before, but of the newest year the article names before
        # it (else of the publication), a score of its own; with no year named before it (a headline's "Kini
        # Peringkat 12"), the year found stands
        named = [y for y, of_date, _ in earlier if not of_date and y is not None and (pub_year is None or y <= pub_year)]
        if now_said and year is not None and named:
            now = max(named)
            now = now if now > year else pub_year
            if now is not None and now > year:
                return now, "stated"
        return year, "context"

    def _after_older(self, doc: Doc, text: str, start: int, named: list[int], older: int, pub_year: int | None
                     ) -> int | None:
        """The year of a change's new value told after an older value of `older`: the first year its sentence names,
        else the last evaluation year the text states before it, later than `older` and not after the publication;
        else the year after `older` (None when that is after the publication)."""
        later = [*named, self._earlier_evaluation_year(doc, text, start)]
        fits = [y for y in later if y is not None and older < y and (pub_year is None or y <= pub_year)]
        newer = fits[0] if fits else older + 1
        return newer if pub_year is None or newer <= pub_year else None

    def _change_stated(self, doc: Doc, text: str, newer_year: int, how: str) -> str:
        """How the year of a change's older value was found: as the newer value's was, or "stated" when the text makes
        the newer's year clear ("naik dari 2,95 menjadi 3,28. ... evaluasi tahun 2022": the older is of 2021, though
        the text names no 2021)."""
        return "stated" if how == "context" and self._made_clear(doc, text, newer_year) else how

    @staticmethod
    def _respective_year(doc: Doc, text: str, c: Candidate, candidates: list[Candidate], sentence: str) -> int | None:
        """The year in the score's place among years listed in the order of its sentence's values ("pada tahun 2021
        dan 2022 masing-masing 2,45 dan 2,90"), or in the sentence after when its own names none ("... dari 2,30
        menjadi 2,75 lalu 3,02. Angka itu berturut-turut untuk tahun 2021, 2022 dan 2023")."""
        start, end = sentence_of(doc, c.start)
        parts = [sentence]
        if not YEAR.search(sentence) and (after := NON_SPACE.search(text, end)) is not None:
            next_start, next_end = sentence_of(doc, after.start())
            if not _within(candidates, next_start, next_end):
                parts.append(_blanked(doc, text, next_start, next_end))
        parts = [part for part in parts if RESPECTIVELY.search(part)]  # (most sentences say neither word)
        if not parts:
            return None
        count = len(_within(candidates, start, end))
        place = len(_within(candidates, start, c.start))
        for part in parts:
            series = [YEAR.findall(m.group()) for m in YEAR_SERIES.finditer(part)]
            if len(series) == 1 and len(series[0]) == count > 1:
                return int(series[0][place])
        return None

    def _made_clear(self, doc: Doc, text: str, year: int) -> bool:
        """True when the text names `year` as a year (not a date's: "evaluasi tahun 2023", "tahun ini"), or as the
        date of an evaluation ("menggelar pra-evaluasi ..., Selasa (16/7/2024)": the scores given there are of it), or
        counts years from the publication's ("naik dibandingkan tahun sebelumnya"); not when only the publication or
        the date of a quote or a meeting gives it."""
        if "score_clear_years" not in doc.user_data:
            pub_year = _article_year(doc)
            named = {y for _, y, of_date in self._years(_blanked(doc, text, 0, len(text)), pub_year)
                     if not of_date and y is not None}
            # a text counting years from its own ("naik dibanding tahun lalu", "tahun ini") makes its year clear
            if pub_year is not None and (LAST_YEAR.search(text) or THIS_YEAR.search(text)):
                named.add(pub_year)
            for span in spans_of(doc, "dates"):
                at, stop = sentence_of(doc, span.start_char)
                if span._.value["kind"] == "event" and self.words.evaluation_event.search(text, at, stop):
                    named.add(int(span._.value["iso_start"][:4]))
            named |= self._issued_years(doc, text)
            doc.user_data["score_clear_years"] = named
        clear: set[int] = doc.user_data["score_clear_years"]
        return year in clear

    def _issued_years(self, doc: Doc, text: str) -> set[int]:
        """The years of the evaluations whose decree or results the text says were issued on a date: late in a year
        that year ("Keputusan Menteri PANRB yang terbit 27 Desember 2022": the scores are of 2022), early in a year the
        year before ("diumumkan Kamis (11/1/2024)": of 2023)."""
        if "score_issued_years" not in doc.user_data:
            issued: set[int] = set()
            for span in spans_of(doc, "dates"):
                at, stop = sentence_of(doc, span.start_char)
                iso = span._.value["iso_start"]
                if len(iso) < 7 or not self.words.results_issued.search(text, at, stop):
                    continue
                month = int(iso[5:7])
                if month >= ISSUED_FROM_MONTH:
                    issued.add(int(iso[:4]))
                elif month <= ISSUED_EARLY_UNTIL_MONTH:
                    issued.add(int(iso[:4]) - 1)
            doc.user_data["score_issued_years"] = issued
        years: set[int] = doc.user_data["score_issued_years"]
        return years

    def _latest_year(self, doc: Doc, text: str, pub_year: int | None) -> int | None:
        """The year "tahun lalu/sebelumnya" counts back from when its sentence names none before it: the newest year
        the article names (not a date's) that fits the publication (results come out in their year or early in the
        next: a page of 2023 on "hasil evaluasi SPBE 2022" says "capaian tahun sebelumnya 2,87" of 2021), else the
        publication's; an undated page's newest edition of an index or evaluation ("evaluasi SPBE tahun
        2023"). A year a score is compared with is an older one ("meningkat dibanding tahun 2021 yang hanya
        2,95")."""
        if pub_year is None:
            return self._edition_of(doc, text)
        if "score_latest_year" not in doc.user_data:
            blanked = _blanked(doc, text, 0, len(text))
            doc.user_data["score_latest_year"] = max(
                (y for p, y, of_date in self._years(blanked, None) if not of_date and y is not None
                 and YEAR.match(blanked, p) and pub_year - EVALUATION_LAG <= y <= pub_year
                 and not COMPARED.search(blanked, max(0, p - COMPARED_WINDOW), p)), default=pub_year)
        latest: int = doc.user_data["score_latest_year"]
        return latest

    def _edition_of(self, doc: Doc, text: str) -> int | None:
        """The newest year the text names for an edition of an index or evaluation ("evaluasi SPBE tahun 2023"; not a
        date's: "evaluasi SPBE pada 5 Februari 2025"), read once per document."""
        if "score_edition" not in doc.user_data:
            blanked = _blanked(doc, text, 0, len(text))
            doc.user_data["score_edition"] = max(
                (int(m.group(0)) for m in YEAR.finditer(blanked)
                 if self.words.edition_year.search(blanked, max(0, m.start() - EDITION_WINDOW), m.start())
                 and not self.words.date_before.search(blanked[max(0, m.start() - 12):m.start()])),
                default=None)
        edition: int | None = doc.user_data["score_edition"]
        return edition

    def _later_evaluation_year(self, doc: Doc, text: str, position: int) -> int | None:
        """The first year the text after `position` states for an evaluation ("Evaluasi SPBE tahun 2023")."""
        # (the last search's answer holds for every position from where it started to the match it found)
        memo = doc.user_data.setdefault(MEMO, {})
        found: re.Match[str] | None
        searched_from, found = memo.get(("later evaluation",), (len(text) + 1, None))
        if not searched_from <= position <= (found.start() if found else len(text)):
            found = self.words.evaluation_year.search(_blanked(doc, text, 0, len(text)), position)
            memo[("later evaluation",)] = position, found
        return int(found.group("year")) if found else None

    def _earlier_evaluation_year(self, doc: Doc, text: str, position: int) -> int | None:
        """The last year the text before `position` states for an evaluation ("Hasil Evaluasi SPBE Tahun 2021")."""
        def last() -> int | None:
            found = list(self.words.evaluation_year.finditer(_blank_no_score_years(text[:position])))
            return int(found[-1].group("year")) if found else None
        year: int | None = _memo(doc, ("earlier evaluation", position), last)
        return year

    @staticmethod
    def _earlier_year(doc: Doc, text: str, start: int, pub_year: int | None, candidates: list[Candidate],
                      dated: dict[int, int | None], later: int | None = None) -> int | None:
        """The year of the sentence before (its last year, "tahun lalu" counting back; without one, the year of the
        last score it states: "nilai akhirnya 3,21. Dengan itu kabupaten ini di urutan 11" tell one evaluation); a list
        line looks further back, over the lines of its list, to the line that opens it; else `later`, the evaluation
        year the text states after the score, when it fits the year of a date or of the publication; else that year."""
        listed = bool(LIST_LINE.match(text[start:])) or len(text[start:sentence_of(doc, start)[1]].strip()) < LIST_ITEM
        of_a_date: int | None = None
        skipped = 0
        for _ in range(LIST_LOOKBACK):
            if start <= 0:
                break
            prev_start, _ = sentence_of(doc, max(0, start - 2))
            # a link to another story ("Baca: Makassar Ditetapkan Jadi Kota Cerdas Indonesia 2017") dates none of
            # this one's scores
            if score_words().related_link.match(text, prev_start):
                start = prev_start
                continue
            previous = _blanked(doc, text, prev_start, start)
            # (not the year of an older value a change starts from: "Singapura: Peringkat 9 (turun dari 5 di 2024)")
            prev_years = [(y, d) for p, y, d in ScoreFinder._years(previous, None)
                          if y is not None and YEAR.match(previous, p)
                          and not OLDER_VALUE_YEAR.search(previous, max(0, p - OLDER_VALUE_REACH), p)]
            # the scores the sentence before states tell its evaluation, the newest of them ("meraih 3,27, naik dari
            # 2,98 pada tahun lalu. Capaian itu membuatnya di urutan kedua"); else its stated year, which dates it
            # better than "tahun sebelumnya", there often the year of a score compared with
            stated = [dated.get(n.start) for n in _within(candidates, prev_start, start)]
            if any(y is not None and y != OLDER_SCORE for y in stated):
                return max(y for y in stated if y is not None and y != OLDER_SCORE)
            # a sentence stating only an older score ("nilai ini naik dari 2,98 pada tahun lalu") names its year:
            # the sentence before it may name this one's
            if OLDER_SCORE in stated and skipped < DATE_ONLY_SKIPS:
                skipped += 1
                start = prev_start
                continue
            if any(not d for _, d in prev_years):
                # the year of the evaluation it names before the year it was announced ("Hasil penilaian tahun 2022
                # baru diumumkan pada awal 2023.")
                editions = [y for p, y, d in ScoreFinder._years(previous, None) if y is not None and not d
                            and YEAR.match(previous, p)
                            and score_words().edition_year.search(previous, max(0, p - EDITION_WINDOW), p)]
                year = (editions or [y for y, d in prev_years if not d])[-1]
                # (a year after the dates of the sentences between is a step to come, "akan ... pada 2025": the score
                # told after a letter dated in 2024 is of that letter's year)
                return _later_or(later, of_a_date) if of_a_date is not None and year > of_a_date else year
            last_year = LAST_YEAR.search(previous)
            if last_year and pub_year is not None and not COMPARED.search(previous[:last_year.start()]):
                return pub_year - 1
            # only the date of a quote ('"Kami bersyukur," kata wali kota, Jumat (5/1/2024).'): the sentence before
            # it may name the year; the date's year is the last resort
            if prev_years and skipped < DATE_ONLY_SKIPS:
                of_a_date = of_a_date or prev_years[-1][0]
                skipped += 1
                start = prev_start
                continue
            if prev_years:
                return _later_or(later, of_a_date or prev_years[-1][0])
            # a sentence naming no year and no number (the handing over of an award: "Penyerahan penghargaan tersebut
            # diterima langsung wali kota, Rabu (09/01)") does not end the evaluation told before it
            bare = not any(p.search(text, prev_start, start) for p in (YEAR, THIS_YEAR, LAST_YEAR, NOW)) and \
                not _within(candidates, prev_start, start)
            if bare and skipped < DATE_ONLY_SKIPS:
                skipped += 1
                start = prev_start
                continue
            if not (listed and (LIST_LINE.match(previous) or len(previous.strip()) < LIST_ITEM)):
                break
            start = prev_start
        if of_a_date is not None:
            return _later_or(later, of_a_date)
        # a page published long after the years it names (a repost dated 2024 of a story on an award of 2016) is about
        # the last year it named before the score, not the year it was published
        # (the years of dates are left out: the page's own date line names the year it was published)
        named = [y for y, of_date, _ in _years_before(doc, text, len(text)) if not of_date and y is not None]
        before = [y for y, of_date, _ in _years_before(doc, text, start) if not of_date and y is not None]
        if pub_year is not None and before and max(named) < pub_year - 1:
            return before[-1]
        if pub_year is None:
            # an undated page: the last year it named before the score ("Tahun: 2021" heading a report), else the
            # year of the sentence after it ("... berada di urutan ke-4. Penghargaan tahun 2017 itu ..."), else the
            # evaluation year stated later
            if before:
                return before[-1]
            # (not of one stating a score of its own: "Nilai itu naik dari 3,02 pada 2022" dates the older score)
            end = sentence_of(doc, start)[1]
            after = end + len(text[end:]) - len(text[end:].lstrip())
            after_end = sentence_of(doc, after)[1]
            if after >= len(text) or _within(candidates, after, after_end):
                return later
            return next((y for _, y, of_date in ScoreFinder._years(
                _blanked(doc, text, start, after_end), None) if not of_date and y is not None), later)
        return _later_or(later, pub_year)

    @staticmethod
    def _years(sentence: str, pub_year: int | None, told: int | None = None, this_year: int | None = None
               ) -> list[tuple[int, int | None, bool]]:
        """(position, year, is a date's year) of each year and "tahun lalu" of a sentence; "tahun lalu" counts back
        from the last year the sentence names before it, else from `pub_year`; "tahun sebelumnya" from `told` (the
        year told before the sentence) when it names none before it, and "tahun berikutnya" on from it; "tahun ini" is `this_year` (the publication's:
        "Pada evaluasi 2020 ... 2,64. Tahun ini naik menjadi 3,01" on a page of 2021), else `pub_year`."""
        date_before = score_words().date_before
        years: list[tuple[int, int | None, bool]] = [
            (m.start(), int(m.group(0)), bool(date_before.search(sentence[max(0, m.start() - 12):m.start()])))
            for m in YEAR.finditer(sentence)]
        this = pub_year if this_year is None else this_year
        years += [(m.start(), this, False) for m in THIS_YEAR.finditer(sentence)]
        years.sort(key=lambda y: y[0])
        named = len(years)
        for m in LAST_YEAR.finditer(sentence):
            # "naik dari tahun sebelumnya" compares: it dates only the number it introduces (see `_dated`); "tahun
            # sebelumnya" counts back from the year told before it, "tahun lalu" from a year named ("3,40 tahun lalu
            # dan 3,05 dua tahun lalu": both from the publication's)
            anaphoric = m.group(0).lower().endswith("sebelumnya")
            base = [y for p, y, _ in (years if anaphoric else years[:named]) if p < m.start()]
            reference = base[-1] if base else told if anaphoric and told is not None else pub_year
            # "dua tahun lalu" counts two years back; "beberapa tahun lalu" names no year
            count = YEARS_BACK.search(sentence, max(0, m.start() - 12), m.start())
            word = count.group("n").lower() if count else None
            back = 1 if word is None else None if word == "beberapa" else RANK_WORDS.get(word) or int(word)
            years.append((m.start(), reference - back if reference is not None and back is not None else None, False))
        for m in NEXT_YEAR.finditer(sentence):
            base = [y for p, y, _ in years[:named] if p < m.start()]
            reference = base[-1] if base else told
            years.append((m.start(), reference + 1 if reference is not None else None, False))
        return sorted(years, key=lambda y: y[0])


def _restates(earlier: dict[str, Any], later: dict[str, Any], stated: bool, named: bool = True) -> bool:
    """True when a later score repeats an earlier one of the same region: the same value of the same measure, for the
    same year or without a year its own sentence states ("meraih nilai 3,62 ... nilai 3,62 itu"; "kini sudah di
    peringkat kedua" after "menempati peringkat kedua"). A score whose region is unknown is never taken for another."""
    # the words before a restated index often name another part of the evaluation ("impact 3,10, sehingga nilai
    # akhirnya 3,21"), so its metric may differ; a rank's metric tells the ranking (SPBE, smart city) apart when the
    # later rank's sentence `named` one: "peringkat terbaik II" in a sentence naming no measure restates the
    # "peringkat kedua SPBE" before it
    same = ("value", "kind", "dimension", "region") + (("metric",) if later["kind"] == "rank" and named else ())
    return later["region"] is not None and all(earlier[k] == later[k] for k in same) and (
        earlier["year"] == later["year"] or not stated)


def _clause_after(text: str, end: int) -> str:
    """The words after a number up to the end of its clause, AFTER_WINDOW characters at most."""
    return re.split(r"[.,;:!?\n]", text[end:end + AFTER_WINDOW])[0]


def _date_rank_by_its_value(text: str, rank: tuple[dict[str, Any], int, str, Any], sentence_start: int, at: int,
                            value_year: int | None, dated: dict[int, int | None]) -> None:
    """"KSB urutan pertama dengan nilai 2,65": the rank kept last, told in this sentence with the value at `at` and its
    year found by 5-7 (module docstring), takes the value's year (the one it restates, else its own)."""
    value, start, how, span = rank
    if value["kind"] == "rank" and how == "context" and start == sentence_start and span is not None and \
            value_year is not None and value["year"] != value_year and \
            RANK_WITH_VALUE.match(text[span._.value["end"]:at]):
        value["year"] = span._.value["year"] = value_year
        dated[span._.value["start"]] = value_year


def _headline_restated(kept: list[tuple[dict[str, Any], int, str, Any]], headline_context: list[int],
                       value: dict[str, Any]) -> int | None:
    """The index in `kept` of a headline's score dated only by its context (`headline_context`, in order) that a
    body's score with a stated year restates: the same value, kind and region, whatever measure each names ("Kota X
    Dapat Nilai 2,81 di SPBE" over "... indeks SPBE 2,81")."""
    return next((i for i in headline_context if kept[i][0]["region"] is not None
                 and all(kept[i][0][k] == value[k] for k in ("value", "kind", "region"))), None)


def _in_headline(text: str, sentence_start: int) -> bool:
    """True when the sentence is the page's headline: a whole line ending without a full stop ("Dapat Nilai 2,65,
    Sumbawa Barat Tertinggi Indeks SPBE di NTB"), the first of the page or after a few short lines that are none of
    the body's sentences (a date line "Jumat, 20 Januari 2023", a breadcrumb "Home / Berita")."""
    if sentence_start and text[sentence_start - 1] != "\n":
        return False
    line_end = text.find("\n", sentence_start)
    if line_end < 0 or text[sentence_start:line_end].rstrip().endswith((".", "!", "?", '"', "\u201d")):
        return False
    before = [line.strip() for line in text[:sentence_start].split("\n") if line.strip()]
    return len(before) <= HEADLINE_AFTER_LINES and all(
        len(line) <= HEADLINE_AFTER_LENGTH and not line.endswith((".", "!", "?")) for line in before)


def _blank_no_score_years(text: str) -> str:
    """The text with the years that date no score (NOT_A_SCORE_YEAR) blanked out, its length kept; the year of a
    decree announcing results stays ("Nomor 1503 Tahun 2021 tentang Hasil Evaluasi SPBE"), and so does the year a plan
    was carried out in ("realisasi rencana aksi masterplan per dimensi tahun 2022", {plan_done} of
    data/score_words.csv)."""
    words = score_words()

    def blank(m: re.Match[str]) -> str:
        if words.plan.match(m.group(0)) and \
                words.plan_done.search(text, max(0, m.start() - PLAN_DONE_WINDOW), m.start()) is not None:
            return m.group(0)
        decree = re.match(r"(?:nomor|no\.?)\s*\d", m.group(0), re.IGNORECASE) is not None
        if decree and (words.results_decree.match(text, m.end())
                       or words.results_decree_before.search(text, max(0, m.start() - DECREE_WINDOW), m.start())):
            return m.group(0)
        return " " * len(m.group(0))

    return words.not_a_score_year.sub(blank, text)


def _later_or(later: int | None, year: int | None) -> int | None:
    """The evaluation year stated after a score when it is the year of a date or of the publication or the one before
    it (results come out early in the next year); else that year."""
    return later if later is not None and year is not None and year - EVALUATION_LAG <= later <= year else year


def _article_year(doc: Doc) -> int | None:
    """The publication year; without one, the year most of the article's dates fall in."""
    pub = published(doc)
    if pub is not None:
        return pub.year

    def most_dates() -> int | None:
        years = [int(s._.value["iso_start"][:4]) for s in spans_of(doc, "dates") if s._.value["kind"] == "event"]
        return max(sorted(set(years)), key=years.count) if years else None
    return _memo(doc, ("article year",), most_dates)


def _region(doc: Doc, text: str, c: Candidate, regions: list[tuple[int, int, str]]) -> str | None:
    """The kabupaten/kota the score is given to: the one the sentence names after "diraih/ditempati" right after
    the number (or right after a rank), else the nearest named before it in the sentence, else the first named after it,
    else the article's only one."""
    start, end = sentence_of(doc, c.start)
    inside = [r for r in regions if start <= r[0] < end]
    after = [r for r in inside if r[0] >= c.end]
    # "juara kedua Kota Sukabumi": a rank followed at once by a region is that region's
    if after and (HELD_BY.match(text[c.end:after[0][0]]) or c.form == "rank" and not text[c.end:after[0][0]].strip()):
        return after[0][2]
    before = [r for r in inside if r[1] <= c.start]
    if before:
        return before[-1][2]
    if after:
        return after[0][2]
    # a sentence naming no region, in an article about one kabupaten or kota: that region's ("tertuang dalam Keputusan
    # Menteri ... dengan nilai indeks sebesar 2,91")
    named = {r[2] for r in regions}
    return named.pop() if len(named) == 1 else None


MEMO = "score_memo"
T = TypeVar("T")


def _memo(doc: Doc, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
    """`compute()`, computed once per document and key while the finder reads it (dropped after): what a sentence or
    the text before it says is read once, not once per number of a long sentence."""
    memo = doc.user_data.setdefault(MEMO, {})
    if key not in memo:
        memo[key] = compute()
    value: T = memo[key]
    return value


def _blanked(doc: Doc, text: str, start: int, end: int) -> str:
    """`_blank_no_score_years` of text[start:end], once per document."""
    return _memo(doc, ("blanked", start, end), lambda: _blank_no_score_years(text[start:end]))


def _years_before(doc: Doc, text: str, position: int) -> list[tuple[int | None, bool, bool]]:
    """(year, is a date's year, is written as a year) of each year the text names before `position` (see
    `ScoreFinder._years`; "tahun lalu" counts back with no publication year), once per document and position."""
    def years() -> list[tuple[int | None, bool, bool]]:
        blanked = _blank_no_score_years(text[:position])
        return [(y, of_date, YEAR.match(blanked, p) is not None) for p, y, of_date in ScoreFinder._years(blanked, None)]
    return _memo(doc, ("years before", position), years)


def _within(candidates: list[Candidate], start: int, end: int) -> list[Candidate]:
    """The candidates (in order of position) that start at or after `start` and before `end`."""
    return candidates[bisect_left(candidates, start, key=_start_of):bisect_left(candidates, end, key=_start_of)]


def _start_of(c: Candidate) -> int:
    return c.start
