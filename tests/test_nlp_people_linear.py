"""People: the patterns of the people rules run in linear time.

Each pattern is run on a long hostile input (runs of spaces, of capitalised words, of dots or slashes that a
backtracking pattern would split every way): a pattern that backtracks quadratically would stall the suite
here.
"""

from __future__ import annotations

import re

from fixtures.support import people_found
from spacy.language import Language

from extractor.nlp.lexicon import load_lexicon
from extractor.nlp.people.bylines import (
    ADDRESS_SLASH_CREDIT,
    BRACKETED_CREDIT,
    BYLINE_FROM,
    CAPTION_LOWERCASE,
    CREDIT_SOURCE_LABEL,
    CREDIT_SOURCE_SLASH,
    DASHED_CREDIT,
    DATED_CAPITALS_BYLINE,
    GLUED_DASH_CREDIT,
    INITIALS_PAIR,
    LABELLED_SLASH_CREDIT,
    OUTLET_CAPITALS_CREDIT,
    OUTLET_SLASH,
)
from extractor.nlp.people.categories import RATING_TEAM
from extractor.nlp.people.cues import BRACKET_AFTER, LEADER, POST_LABEL_BELOW
from extractor.nlp.people.finder import (
    AFFIXED_VERB,
    BODY_AFTER,
    BODY_ITEM_GAP,
    DIMENSION_LABEL,
    PAIR_AND,
    PAIRED_POSTS,
    PRODUCT_AFTER,
)
from extractor.nlp.people.lists import ITEM_GAP, LIST_CUE, THEY_OPEN
from extractor.nlp.people.ministries import UNIT_AFTER_NAME
from extractor.nlp.people.names import APOSTROPHE_NAME
from extractor.nlp.people.non_names import (
    ACADEMIC_HOLDER,
    ADDRESS_DAY,
    ADDRESS_VENUE,
    CHAIN_CLOSES_ITEM,
    LOWER_VENUE_POST,
    OFFICE_WORD_BEFORE,
    _defined_as_office,
    _place_list,
)
from extractor.nlp.people.patterns import AFTER_ROLE, LIST_ITEM, NAME_LABEL, SUBJECT_ROLE
from extractor.nlp.people.posts import (
    ACADEMIC_BODY,
    CLIENT_OF_COACH,
    COUNTRY_BRANCH,
    POINTED_CLAUSE,
    POST_TAIL,
    REPRESENTED,
    REPRESENTING,
    WRAPPED_POST_TAIL,
)
from extractor.nlp.people.repeats import _abbreviates
from extractor.nlp.people.speakers import DESCRIBED_SUBJECT
from extractor.nlp.people.vocabulary import LINE_WRAPPED_SPACE, Vocabulary
from extractor.nlp.people.words import LINK_LINE, LOWERCASE_KAN_VERB, PAIR_CUE, TICKER_ITEM


def test_a_photo_credits_label_stands_apart_from_the_name() -> None:
    """A label run together with the capitals after it is no credit, and a long run of capitals is read in linear
    time (a label and a name that may split one word every way backtrack quadratically)."""
    assert LABELLED_SLASH_CREDIT.search("FOTOBAYU/KOTANEWS.ID - Suasana rapat.") is None
    credit = LABELLED_SLASH_CREDIT.search("Suasana rapat. FOTO: BAYU PRATAMA / Kotanews")
    assert credit is not None and credit.group("label", "name") == ("FOTO", "BAYU PRATAMA")
    # (read quadratically, this run takes minutes: the suite would stall here)
    assert LABELLED_SLASH_CREDIT.search("Foto " + "A" * 20_000 + " keterangan") is None


def test_post_and_list_layout_patterns_are_linear() -> None:
    assert POST_TAIL.fullmatch(" Kota" * 10_000 + " x") is None
    assert POST_TAIL.fullmatch(" " * 50_000 + "x") is None
    assert COUNTRY_BRANCH.search("Kota" + " " * 50_000 + "x") is None
    assert COUNTRY_BRANCH.search("A " * 25_000) is None
    assert LIST_ITEM.match(" " * 50_000 + "x") is None
    assert NAME_LABEL.fullmatch(" " * 50_000 + "Nama x") is None
    assert POST_LABEL_BELOW.match(" " * 50_000 + "x") is None


def test_address_credit_link_line_and_place_list_patterns_are_linear() -> None:
    assert ADDRESS_SLASH_CREDIT.search("a.b" + ".c" * 25_000 + "/x") is None
    assert ADDRESS_SLASH_CREDIT.search("A.B/" + " Aa" * 20_000 + " x") is None
    assert ADDRESS_SLASH_CREDIT.search("Foto" + " " * 50_000 + "x") is None
    assert LINK_LINE.match(" " * 50_000 + "x") is None
    assert _place_list().search("Distrik " + "Aa, " * 15_000 + "x") is None
    assert _place_list().search("Distrik " + "Aa kota " * 7_000 + "x") is None


def test_caption_address_credit_and_pair_patterns_are_linear() -> None:
    assert CAPTION_LOWERCASE.search("(" + "a " * 25_000 + "x") is None
    assert CAPTION_LOWERCASE.search("(aaa" + "/" * 50_000) is None
    assert ADDRESS_DAY.match(", " + "Aa " * 20_000 + "x") is None
    assert ADDRESS_VENUE.search("di Aula " + ", Aa Bb" * 8_000 + " x") is None
    assert ADDRESS_VENUE.search("di " + "a" * 50_000 + ",x") is None
    assert CREDIT_SOURCE_LABEL.search("(Foto" + " " * 50_000 + "x") is None
    assert CREDIT_SOURCE_SLASH.match(" Aa" * 20_000 + " x") is None
    assert OUTLET_SLASH.search("(Foto: " + "Aa " * 20_000 + "x") is None
    assert PAIRED_POSTS.search("dan Wakil A" + " " * 50_000 + "x") is None
    assert PAIR_AND.fullmatch(" " * 50_000 + "dan x") is None
    assert PAIR_CUE.search("- " + " " * 50_000 + "x") is None
    assert POINTED_CLAUSE.search("yang" + " aa" * 20_000 + " x") is None
    assert POINTED_CLAUSE.search("yang " * 10_000 + "x,") is None
    body = ACADEMIC_BODY.match("Universitas" + " Aa" * 20_000)
    assert body is not None and body.group() == "Universitas" + " Aa" * 5
    assert ACADEMIC_BODY.search("Sekolah" + " " * 50_000 + "x") is None
    assert LOWERCASE_KAN_VERB.search("me" + "a" * 50_000) is None
    assert BODY_ITEM_GAP.fullmatch(" (" + "a" * 30 + ")" + " " * 50_000 + "x") is None
    assert BODY_ITEM_GAP.fullmatch(" dari A" + " a" * 25_000 + "x") is None
    assert BODY_AFTER.match(" " * 50_000 + "x") is None
    assert UNIT_AFTER_NAME.match(" " * 50_000 + "x") is None


def test_bracketed_and_dashed_credit_office_and_wrapped_line_patterns_are_linear() -> None:
    assert BRACKETED_CREDIT.search("(AAA/" + "Aa " * 20_000 + "x") is None
    assert DASHED_CREDIT.search("Aaa/" + "Aa " * 20_000 + "x") is None
    assert DASHED_CREDIT.search(".-Aaa" + " " * 50_000 + "x") is None
    assert GLUED_DASH_CREDIT.search(".-Aaa-" + "Aa " * 20_000 + "x") is None
    assert BYLINE_FROM.search("Foto" + " " * 50_000 + "x") is None
    assert ADDRESS_VENUE.search("di Aula" + " a" * 25_000 + " x") is None
    assert ADDRESS_VENUE.search("di Aula" + " dan" * 12_000 + ",x") is None
    wrapped = re.compile(r"Wali" + LINE_WRAPPED_SPACE + r"Kota")
    assert wrapped.search("Wali" + " " * 50_000 + "x") is None
    assert wrapped.search("Wali" + "\n" + " " * 50_000 + "x") is None


def test_venue_coach_apostrophe_and_verb_patterns_are_linear(nlp: Language) -> None:
    assert LOWER_VENUE_POST.search("kantor" + " " * 50_000 + "x") is None
    assert LOWER_VENUE_POST.search("kantor Aaa" + " \t" * 25_000 + "x") is None
    assert CLIENT_OF_COACH.match(" " * 50_000 + "x") is None
    assert APOSTROPHE_NAME.fullmatch("M" + "'" * 50_000) is None
    assert AFFIXED_VERB.match("meng" + "a" * 50_000 + "x") is None
    text = ("kata Kang Giri, sapaan akrab Bupati " + "Sugiri " * 5_000 + ". kantor\nBupati Balige, ") * 3
    # a run of 5,000 words is no name: the nickname alone is a person
    assert set(people_found(nlp, text[:50_000])) == {"giri"}


def test_acronym_and_office_definition_checks_are_linear(nlp: Language) -> None:
    assert _abbreviates("a" * 12, ["a" * 20] * 5_000)
    assert not _abbreviates("a" * 11 + "b", ["a" * 20] * 5_000)
    assert not _defined_as_office("Dinas A" + "a" * 50_000 + " (" * 2, "DKIS")
    text = ("Sekretaris DKIS Ahmad Umar hadir. terang Ahis sapaan Kadis Kominfo Kota Batam. " * 700)[:50_000]
    # no one holds the post the nickname's owner is said to hold: the nickname stays a person of that post
    found = people_found(nlp, text)
    assert {name: (value["category"], value["role"]) for name, value in found.items()} == {
        "ahmad umar": ("regional_official", "Sekretaris DKIS"), "ahis": ("regional_official", "Kadis")}


def test_initials_ticker_and_wrapped_post_patterns_are_linear(nlp: Language) -> None:
    assert INITIALS_PAIR.search("(" + "AB / " * 12_000 + "x") is None
    assert WRAPPED_POST_TAIL.fullmatch(" (Ab)" * 10_000 + "x") is None
    assert TICKER_ITEM.search("| 1" + " " * 50_000) is None
    found = people_found(nlp, ("Kabid Budi S,Kep kata Gus Ali M Eng. (BIM/TOK)\n" * 1_100)[:50_000])
    # the initials in brackets are a credit, no person
    assert [name.split()[0] for name in found] == ["budi", "ali"]
    assert found["budi"]["role"] == "Kabid"


def test_the_list_cue_of_the_ministrys_experts_is_linear() -> None:
    assert LIST_CUE.search("tenaga ahli" + " Aa" * 16_000 + " x") is None
    assert LIST_CUE.search("pembimbing dari Kominfo" + " Aa" * 16_000 + " x") is None
    assert LIST_CUE.search("pembimbing dari Kominfo" + " \t" * 25_000 + "x") is None


def test_scholar_patterns_are_quick_on_hostile_input() -> None:
    hostile = "akademisi " * 5_000 + "Universitas" + " " * 5_000
    holder = ACADEMIC_HOLDER.search(hostile)
    assert holder is not None and holder.span() == (len("akademisi " * 4_999), len(hostile))
    closing = CHAIN_CLOSES_ITEM.match(". " * 25_000)
    assert closing is not None and closing.group() == ". ."


def test_dated_byline_pattern_is_quick_on_hostile_input() -> None:
    # a name of more than three words before its comma, or more than four degrees after it, make no byline
    hostile = "2023 " + "ABC " * 10_000 + "ABC," + " S.Kom," * 5_000
    assert list(DATED_CAPITALS_BYLINE.finditer(hostile)) == []
    assert list(DATED_CAPITALS_BYLINE.finditer("  " + "A" * 50_000 + ", x" * 10)) == []


def test_credit_and_rating_patterns_are_quick_on_hostile_input() -> None:
    assert list(OUTLET_CAPITALS_CREDIT.finditer(("AB " * 25_000) + "/ x")) == []
    assert list(OUTLET_CAPITALS_CREDIT.finditer("A / " + "ABC " * 12_500 + "d")) == []
    assert RATING_TEAM.search("RKCI " * 10_000 + "x") is None


def test_long_capitalised_runs_and_slashed_credits_are_quick_on_hostile_input(nlp: Language) -> None:
    assert list(ADDRESS_SLASH_CREDIT.finditer("Redaksi a.b / " + "Ab " * 16_700 + "x")) == []
    assert list(ADDRESS_SLASH_CREDIT.finditer(("Kabar a." * 6_250) + " / Ab")) == []
    # the titles between the names part them: no name runs on across the run
    found = people_found(nlp, "Kata ITB " + "Prof Dr Ir Hendra M Eng " * 2_100 + "berkata.")
    assert all(len(name.split()) <= 3 for name in found)


def test_leader_bracket_after_role_and_product_patterns_are_linear() -> None:
    assert LEADER.search("kota yang dipimpin" + " " * 50_000 + "x") is None
    assert LEADER.search("pemerintahan" + " Aa" * 15_000 + " x") is None
    assert LEADER.search("kota " * 10_000 + "x") is None
    assert BRACKET_AFTER.match(" " * 50_000 + "x") is None
    assert AFTER_ROLE.match(", yang" + " " * 50_000 + "x") is None
    assert AFTER_ROLE.match(", yang juga" + " " * 50_000 + "menjabat").end() == 11 + 50_000
    assert PRODUCT_AFTER.match(" " * 50_000 + "x") is None
    assert DIMENSION_LABEL.search("Smart " + "Aa " * 20_000) is None


def test_stand_in_misspelt_and_possessive_post_patterns_are_linear(nlp: Language) -> None:
    assert REPRESENTED.search("diwakili" + " " * 50_000 + "x").end() == 8
    assert DESCRIBED_SUBJECT.search("Pria yang juga" + " " * 50_000 + "x") is None
    assert OFFICE_WORD_BEFORE.search("Aa" * 25_000 + " x") is None
    assert DESCRIBED_SUBJECT.search("Ia kini" + " \t" * 25_000 + "x") is None
    assert REPRESENTING.match(" " * 50_000 + ", yang" + " " * 50_000 + "x") is None
    position_re = Vocabulary(load_lexicon()).position_re
    assert position_re.search("Wali" + " " * 50_000 + "x") is None
    assert position_re.search("Kepada" + " " * 50_000 + "x") is None
    assert position_re.search("sekretaris" + "nya" * 20_000 + "x") is None
    text = ("Bupati Gowa yang diwakili stafnya Budi Santoso dan " + "diwakili melalui " * 3_000 + "Wali Kita Budi, ") * 2
    # the staff member stands in for the bupati; "Budi" after the misspelt post is Budi Santoso again
    found = people_found(nlp, text[:50_000])
    assert {name: (value["category"], value["role"], value["region"]) for name, value in found.items()} == {
        "budi santoso": ("regional_official", "stafnya", "Kabupaten Gowa")}


def test_list_gap_subject_and_plural_opening_patterns_are_linear() -> None:
    assert ITEM_GAP.fullmatch(" dari A" + " a" * 25_000 + "x") is None
    assert ITEM_GAP.fullmatch(" (" + "a" * 30 + ")" + " " * 50_000 + "x") is None
    assert THEY_OPEN.match(" " * 50_000 + "x") is None
    assert SUBJECT_ROLE.match(" " * 50_000 + "x") is None
