"""Innovations: the patterns added by the audit rounds read hostile input (long runs of the words and marks they
look for) in linear time. Merged from the audit rounds' files (round 6-9, the r2300 group, the audit of the groups
r1-r704); every text written for the test."""

from __future__ import annotations

import re

from fixtures.support import innovation_names as names
from spacy.language import Language

from extractor.nlp.innovations import PHRASE_ACRONYM
from extractor.nlp.lexicon import read_rows


def test_speech_and_control_words_read_hostile_input_in_linear_time(nlp: Language) -> None:
    finder = nlp.get_pipe("smartcity_innovations")
    assert finder.spoken.match(" \t" * 25_000 + "x") is None
    assert finder.controlled.search("dikendalikan" + " " * 50_000 + "x") is None
    assert finder.theme_list.search("tema " + "Aaa " * 12_500 + "x") is None
    assert finder.theme_list.search("tema " + "A, " * 16_000 + "x") is None


def test_the_based_on_pattern_reads_hostile_input() -> None:
    from extractor.nlp.innovations import BASED_ON
    assert BASED_ON.search("berbasis " + "a " * 25_000 + "X") is None


def test_the_widened_phrase_pattern_stays_linear_on_hostile_input() -> None:
    assert PHRASE_ACRONYM.search("Aaa, " * 12_500 + "(x") is None
    assert PHRASE_ACRONYM.search("A" + " " * 50_000 + "(") is None


def test_the_new_vetoes_stay_linear_on_hostile_input() -> None:
    patterns = [re.compile(r["pattern"], re.IGNORECASE) for r in read_rows("innovation_vetoes.csv")
                if r["kind"] in ("name", "title", "abstract")]
    hostile = ("top 1 dan " * 5000) + "kota " * 2000 + "a-" * 5000 + "!"
    assert [pattern.pattern for pattern in patterns if pattern.search(hostile)] == []


def test_the_new_patterns_read_hostile_input() -> None:
    from extractor.nlp.innovations import EXAMPLES_OPEN, PEER_GAP, TICKER_ITEM, _in_headline_ticker
    hostile = "1:00 " * 10_000
    assert len(TICKER_ITEM.findall(hostile)) == 0
    assert not _in_headline_ticker("|" + "12:00 " * 10_000, 3)
    assert PEER_GAP.fullmatch(", dan " + " \t" * 25_000 + "x") is None
    assert EXAMPLES_OPEN.match(" " * 50_000 + "x") is None


def test_the_counted_pattern_reads_hostile_input(nlp: Language) -> None:
    from extractor.nlp.innovations import InnovationFinder
    finder = InnovationFinder()
    hostile = "Pertama, " + "gerakan " * 6_000 + "inovasi, " * 600
    assert list(finder.counted_lower.finditer(hostile)) == []
    assert names(nlp, "Kedua, aplikasi " * 3_200 + "x.") == []


def test_the_glossed_pattern_reads_hostile_input() -> None:
    from extractor.nlp.innovations import GLOSSED_LOWER
    assert list(GLOSSED_LOWER.finditer(", " + "ab " * 16_000 + "(portal" + " x" * 1_000)) == []


def test_the_owner_after_a_name_is_read_in_one_pass() -> None:
    from extractor.nlp.innovations import _central_owner

    assert _central_owner(" (SIPD) dari Kemendagri", 0)
    assert not _central_owner(" " * 50_000 + "x", 0)
    assert not _central_owner(" " * 25_000 + "," + "\t" * 25_000 + "dari x", 0)
    assert not _central_owner(" (" + "a" * 30 + ")" + " " * 50_000 + "x", 0)


def test_a_heading_line_is_read_in_one_pass() -> None:
    from extractor.nlp.innovations import _stands_as_heading

    assert _stands_as_heading("Rapat usai.\nKota Digital\nSebanyak 300 pelaku usaha kini berjualan daring.", 12, 24)
    assert not _stands_as_heading("Rapat usai.\nKota Digital" + "\n" * 50_000 + "x", 12, 24)
    assert not _stands_as_heading("Rapat usai.\nKota Digital\n" + "a " * 25_000, 12, 24)


def test_a_list_of_activities_is_read_in_one_pass(nlp: Language) -> None:
    finder = nlp.get_pipe(next(n for n in nlp.pipe_names if "innovation" in n))
    for text in ("antara lain " + "ab " * 25_000 + "x", "seperti " + "ab, " * 16_000 + "x",
                 "meliputi " + "ab cd, " * 8_000 + "dan x"):
        assert finder.after_lower_items.search(text) is None


def test_lower_case_acronym_phrases_and_phone_numbers_read_hostile_input_in_linear_time() -> None:
    from extractor.nlp.innovations import LOWER_PHRASE_ACRONYM, PHONE_AFTER
    assert LOWER_PHRASE_ACRONYM.search("sistem" + " a" * 25_000 + " (x") is None
    assert LOWER_PHRASE_ACRONYM.search("aplikasi " * 6_000 + "(") is None
    assert PHONE_AFTER.match(" " * 50_000 + "x") is None


def test_a_list_word_reads_hostile_input_in_linear_time() -> None:
    from extractor.nlp.innovations import InnovationFinder
    after_list = InnovationFinder().after_list
    assert after_list.search("antara lain" + " " * 50_000 + "x") is None
    assert after_list.search("antara lain ," * 5_000 + "x") is None


def test_an_expansion_before_the_next_item_is_read_in_linear_time() -> None:
    from extractor.nlp.innovations import AND_NEXT, EXPANSION_THEN_ITEM
    assert EXPANSION_THEN_ITEM.match(" " * 50_000 + "(" + "a" * 50 + ")" + " " * 50_000 + "x") is None
    assert EXPANSION_THEN_ITEM.match(" (" + "a" * 50_000 + ")") is None
    assert AND_NEXT.match(" " * 50_000 + "dan" + " " * 50_000 + "x") is None


def test_the_clause_and_heading_line_patterns_read_hostile_input() -> None:
    from extractor.nlp.innovations import HEADING_LINE, NEW_CLAUSE
    assert NEW_CLAUSE.match("bupati " * 8_000 + "X") is None
    assert NEW_CLAUSE.match("a" * 50_000 + "X") is None
    assert NEW_CLAUSE.match(" \t" * 25_000 + ",") is None
    assert NEW_CLAUSE.match("yang me" * 8_000 + ",") is None
    assert HEADING_LINE.fullmatch("- " * 25_000 + "x") is None
    assert HEADING_LINE.fullmatch("a" * 50_000) is None


def test_the_end_of_a_heading_lines_name_reads_hostile_input() -> None:
    from extractor.nlp.innovations import HEAD_END, SENTENCE_VERB
    assert HEAD_END.split(" " * 50_000 + "x") == [" " * 50_000 + "x"]
    assert SENTENCE_VERB.search("Aaa " + "men" * 16_000) is None
    assert SENTENCE_VERB.search("Aaa" + " men" * 12_000 + "x").start() == 3


def test_the_joined_app_pattern_reads_hostile_input() -> None:
    from extractor.nlp.innovations import JOINED_ONE
    assert JOINED_ONE.fullmatch("Aaa " * 12_000 + "dan") is None
    assert JOINED_ONE.fullmatch("Aaa dan " * 6_000 + "x") is None


def test_the_quoted_type_pattern_and_the_audit_vetoes_read_hostile_input(nlp: Language) -> None:
    finder = nlp.get_pipe("smartcity_innovations")
    assert list(finder.after_type.finditer("program '" * 6_000 + "x")) == []
    patterns = [re.compile(r["pattern"], re.IGNORECASE) for r in read_rows("innovation_vetoes.csv")
                if r["kind"] in ("name", "title") and re.search(r"pusat|expo|satgas|dashboard", r["pattern"])]
    hostile = "pusat " * 5_000 + "festival " * 3_000 + "expo" * 2_000 + "dasbor " * 2_000
    # only the veto of a name opening with "pusat" holds, at the text's start
    assert [pattern.pattern for pattern in patterns if pattern.search(hostile)] == [r"^pusat\b"]


def test_the_bulleted_list_patterns_read_hostile_input(nlp: Language) -> None:
    from extractor.nlp.innovations import ANNOUNCES, ANNOUNCING_LINE, BULLET_LINE, SHORT_FORM
    assert ANNOUNCES.search("yaitu" + " " * 50_000 + "x") is None
    assert list(ANNOUNCING_LINE.finditer("inovasi " * 6_250 + "x")) == []
    assert BULLET_LINE.match(" " * 50_000 + "x") is None
    assert SHORT_FORM.search("A (" + "Aa " * 16_000 + "x") is None
    assert names(nlp, "Inovasi itu yaitu:\n" + "- A\n" * 12_500 + "x.") == []


def test_the_list_end_and_name_word_patterns_read_hostile_input() -> None:
    from extractor.nlp.innovations import LIST_UNTIL, NAME_ITEM
    until = LIST_UNTIL.match(" hingga " + "Aa " * 17_000 + "(x")
    assert until is not None and until.group("c") == " ".join(["Aa"] * 17_000)
    assert NAME_ITEM.match("si-" * 16_000 + "x") is None


def test_the_turns_that_end_a_dimensions_items_read_hostile_input(nlp: Language) -> None:
    from extractor.nlp.innovations import _switches
    finder = nlp.get_pipe("smartcity_innovations")
    for hostile in (" ," * 25_000 + "x", ", " * 25_000 + "dix", " di" * 16_000 + " bidangx",
                    " dan" * 12_500 + " di bidangx", " " * 50_000 + "dan di bidangx"):
        assert _switches().search(hostile) is None
        assert finder.block_end.split(hostile) == [hostile]


def test_the_opening_dateline_reads_hostile_input() -> None:
    from extractor.nlp.innovations import OPENING_CLAUSE
    assert OPENING_CLAUSE.fullmatch("A " * 25_000 + "-x") is None
    assert OPENING_CLAUSE.fullmatch("KOTA (" + "a" * 50_000 + ") - x") is None


def test_the_described_list_patterns_read_hostile_input(nlp: Language) -> None:
    from extractor.nlp.innovations import DESCRIBED_NAME
    finder = nlp.get_pipe("smartcity_innovations")
    assert DESCRIBED_NAME.fullmatch("aaa " * 12_500 + "Bbb " * 12_500 + "!") is None
    assert finder.after_list.search("antara lain aplikasi " + "dini " * 12_500 + "!") is None
    assert finder.after_type.search("sistem " + "terpadu " * 12_500 + "!") is None


def test_a_heading_line_of_open_brackets_is_read(nlp: Language) -> None:
    assert names(nlp, "Smart Living: " + "(" * 20_000 + " dan x") == []


def test_the_list_gap_and_the_typed_namer_read_hostile_input(nlp: Language) -> None:
    # round innov2: the words between two items of a list, and a type word's words before a namer
    from extractor.nlp.innovations import LIST_GAP_WORDS
    finder = nlp.get_pipe("smartcity_innovations")
    assert LIST_GAP_WORDS.match("a dan " * 10_000 + "b") is None
    assert LIST_GAP_WORDS.match("a dan " * 10 + "dan B").end() == 60
    hostile = "aplikasi" + " di Aa" * 10_000 + " x"
    assert finder.type_before_namer.search(hostile) is None
    assert finder.type_before_namer.search("aplikasi " + "di " * 20_000 + "x") is None


def test_the_pair_gap_reads_hostile_input() -> None:
    from extractor.nlp.innovations import PAIR_GAP
    assert PAIR_GAP.fullmatch(" \t" * 25_000 + ", dan" + " " * 25_000 + "x") is None
