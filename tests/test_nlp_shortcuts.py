"""The shortcuts that make the rules cheaper give what the plain code gave: same matches, same spans, same words."""

from __future__ import annotations

import re

import pytest
import spacy

from extractor import evidence
from extractor.nlp import load_pipeline
from extractor.nlp.innovations import SMART, _scan_from
from extractor.nlp.lexicon import alternation, load_lexicon, quick_start, squash
from extractor.nlp.people.bylines import BYLINE_LABEL
from extractor.nlp.people.cues import LEADER, LEADER_WORD
from extractor.nlp.people.patterns import SPEECH, SPEECH_LONGEST
from extractor.nlp.people.person import Person
from extractor.nlp.people.repeats import match_existing
from extractor.nlp.people.words import last_word_start, proposed_by_model, split_words
from extractor.nlp.spans import add_span, finish, span_text, spans_of

TEXT = ("Plt. Kepala Dinas Kominfo Kabupaten Sleman, Budi Santoso, bersama Kadis PUPR dan Wakil Bupati Kulon Progo "
        "membuka bimtek. KEPALA BAPPEDA Kota Bantul hadir; kadis kesehatan tidak. Sekda, Kasubag dan Kabid ikut.")


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@pytest.mark.parametrize("words", [
    ["kepala dinas", "kepala", "kadis", "kadis pupr", "kabid", "kasubag", "wakil bupati", "sekda", "bupati"],
    ["Kota", "kota", "Kabupaten", "kab", "k", "Kab."],
    list(load_lexicon().positions),
])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_alternation_grouped_by_first_letter_matches_as_the_plain_one(words: list[str], flags: int) -> None:
    wrap = r"(?<![\w])(?:{})(?![\w])"
    grouped = re.compile(wrap.format(alternation(words)), flags)
    plain = re.compile(wrap.format(_plain(words)), flags)
    assert [m.span() for m in grouped.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]


def test_squash_keeps_letters_and_digits() -> None:
    assert squash("Dr. H. Budi, S.T., M.Si.") == "drhbudistmsi"
    assert squash("Dr. H. Budi, S.T., M.Si.") == "drhbudistmsi"  # the cached answer is the same


def test_spans_of_sees_spans_added_and_replaced_while_the_pipeline_runs() -> None:
    doc = spacy.blank("id")("Bupati Sleman dan Bupati Bantul hadir di Yogyakarta.")
    add_span(doc, "regions", 18, 31, {"name": "Kabupaten Bantul"})
    assert [s.text for s in spans_of(doc, "regions")] == ["Bupati Bantul"]
    add_span(doc, "regions", 0, 13, {"name": "Kabupaten Sleman"})
    assert [s.text for s in spans_of(doc, "regions")] == ["Bupati Sleman", "Bupati Bantul"]
    doc.spans["regions"] = [s for s in spans_of(doc, "regions") if s.start_char > 0]
    assert [s.text for s in spans_of(doc, "regions")] == ["Bupati Bantul"]
    finish(doc)
    assert [span_text(s) for s in spans_of(doc, "regions")] == ["Bupati Bantul"]


@pytest.mark.parametrize(("pattern", "look_ahead"), [
    (r"(?<!yang )\blolos|terpilih", "(?=[lt])"),
    (r"(?:me|di)?luncurkan|pe[a-c]resmian", "(?=[dlmp])"),
    (r"x*y", "(?=[xy])"),
    (r"a?", None),  # it may match nothing
    (r"\w+an", None),  # any letter starts it
    (r"[^a]b", None),
    (r"(?i:a)b", None),  # the group's flag would not reach the look-ahead
])
def test_quick_start_looks_ahead_for_the_first_characters_only_when_it_knows_them(pattern: str,
                                                                                   look_ahead: str | None) -> None:
    assert quick_start(pattern) == (pattern if look_ahead is None else f"{look_ahead}(?:{pattern})")


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("kind", sorted({kind for kind, _ in load_lexicon().event_triggers}))
def test_quick_start_finds_the_same_event_triggers(kind: str, flags: int) -> None:
    text = ("Tim asesor yang terpilih melakukan Evaluasi tahap II. Kota Bitung LOLOS seleksi, lalu bimtek "
            "Masterplan dan penandatanganan MoU; Penghargaan diserahkan, aplikasi diluncurkan saat rapat koordinasi "
            "penilaian dan sosialisasi. Pra-evaluasi digelar di hadapan juri.")
    for k, pattern in load_lexicon().event_triggers:
        if k == kind:
            plain, quick = re.compile(pattern, flags), re.compile(quick_start(pattern), flags)
            assert [m.span() for m in quick.finditer(text)] == [m.span() for m in plain.finditer(text)]


LINES = ["Pewarta: ", "Editor :  ", "Jakarta | Editor ", "kata Wali Kota ", "x-ab:", "Xab:", "ab::", "", " ",
         "dalam sambutannya, ujar ", "Menurut ", "seperti yang diungkapnya ", "(Penulis ", "Laporan\t: ",
         "Pemerintah Kota Sukamaju di bawah kepemimpinan ", "Kabupaten Sukajaya di bawah pimpinan Andi Wijaya dan ",
         "PEMKOT SUKAMAJU DI BAWAH KEPEMIMPINAN ", "kota yang dipimpin ", "ungkapnya\n", "tegas  \t"]


@pytest.mark.parametrize("line", LINES)
def test_tail_searches_find_what_the_whole_line_gives(line: str) -> None:
    def groups(m: re.Match[str] | None) -> tuple[str, str | None, int] | None:
        return None if m is None else (m.group("word"), m.group("colon"), m.start("word"))

    assert groups(BYLINE_LABEL.search(line, last_word_start(line) - 1)) == groups(BYLINE_LABEL.search(line))
    fast = SPEECH.search(line, max(0, len(line.rstrip()) - SPEECH_LONGEST))
    assert (fast and fast.span()) == ((m := SPEECH.search(line)) and m.span())
    assert bool(LEADER_WORD.search(line) and LEADER.search(line)) == bool(LEADER.search(line))


def test_innovation_scans_from_the_cue_find_every_match() -> None:
    finder = load_pipeline().get_pipe("smartcity_innovations")
    text = ("Bupati membuka acara.\nWarga memakai Lapor Cepat, aplikasi aduan warga yang baru.\nTaman Baca Digital "
            "dan Sukamaju Command Center untuk Smart Governance dibuka.\nSi Rapi, layanan antar dokumen.")
    for pattern, cue in ((finder.appositive, finder.appositive_cue), (finder.for_dimension, SMART),
                         (finder.self_named[1], finder.self_named_cue)):
        assert [m.span() for m in pattern.finditer(text, _scan_from(cue, text))] == \
            [m.span() for m in pattern.finditer(text)]
        assert pattern.search(text) is not None  # the text has what each scan looks for


def test_proposed_finds_the_covering_span_as_a_scan_of_all_would() -> None:
    text = "Kata Budi Santoso. Lalu A. Wijaya, Sri, dan Hendra Saputra."
    model = [(5, 17), (24, 33), (44, 58)]  # sorted and apart, as doc.ents
    for word in split_words(text):
        plain = any(a <= word.start and word.end - (1 if word.text.endswith(".") else 0) <= b for a, b in model)
        assert proposed_by_model([word], model) == plain, word


EVIDENCE_TEXT = ("Wali Kota Sukamaju membuka Evaluasi Smart City Tahap II. Tim asesor hadir!\n\nBimtek digelar di Balai "
                 "Kota. \"Kami siap,\" katanya? Penghargaan diserahkan 12 Mei 2024.\n")


def test_sentence_around_by_bisection_is_the_sentence_of_the_plain_scan() -> None:
    def plain(text: str, start: int, end: int) -> str:
        begin, finish = 0, len(text)
        for m in evidence.SENTENCE_END.finditer(text):
            if m.end() <= start:
                begin = m.end()
            elif m.start() >= end:
                finish = m.start()
                break
        return text[begin:finish].strip()

    for text in (EVIDENCE_TEXT, "", "Satu kalimat saja", "\n\nA. B\n"):
        for start in range(len(text) + 1):
            for end in range(start, min(len(text), start + 12) + 1):
                assert evidence.sentence_around(text, start, end) == plain(text, start, end), (text, start, end)
    assert evidence.sentence_around(EVIDENCE_TEXT, 30, 35) == "Wali Kota Sukamaju membuka Evaluasi Smart City Tahap II."


@pytest.mark.parametrize("kind", sorted({kind for kind, _ in load_lexicon().event_triggers}))
def test_evidence_triggers_behind_the_look_ahead_are_those_of_the_plain_alternation(kind: str) -> None:
    plain = re.compile("|".join(f"(?:{p})" for k, p in load_lexicon().event_triggers if k == kind), re.IGNORECASE)
    text = EVIDENCE_TEXT + "Pra-evaluasi, penandatanganan MoU, bimbingan teknis dan peluncuran Masterplan. LOLOS seleksi."
    found = evidence.find_trigger(text, kind)
    first = plain.search(text)
    assert ((found.start, found.end) if found else None) == (first.span() if first else None)
    assert [m.span() for m in evidence._triggers()[kind].finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(("known", "mention", "same"), [
    ("Johnny G. Plate", "Johny", True),  # one word spelt with a letter less
    ("Johnny G. Plate", "Jhonny", True),  # letters swapped
    ("Rudiantara", "Rudi", True),  # the short form of the first name
    ("Rudiantara", "Rudi Hartono", False),  # two words: none of the one-word tests applies
    ("Agnes Kartika Sari", "Kartika", True),  # one word of the name
    ("Budi Santoso", "Hendra", False),
])
def test_one_word_mentions_meet_the_full_name_and_longer_ones_do_not_take_the_one_word_tests(
        known: str, mention: str, same: bool) -> None:
    person = Person(known)
    assert (match_existing([Person("Dewi Lestari"), person], mention) is person) is same
