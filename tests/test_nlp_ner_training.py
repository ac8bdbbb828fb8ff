"""Training data of the person finder: re-casing NERP, CoNLL sentences and gold names as PER spans."""

from __future__ import annotations

from extractor.nlp.ner_training import annotated_doc, blank_nlp, casing_table, conll_doc, restore_case


def test_casing_table_keeps_the_most_frequent_form_and_ignores_sentence_starts() -> None:
    table = casing_table([["Rapat", "di", "Jakarta", "dibuka"], ["Warga", "Jakarta", "dan", "bupati"],
                          ["Bupati", "datang"], ["Kata", "bupati", "itu"]])
    assert table["jakarta"] == "Jakarta"
    assert table["bupati"] == "bupati"
    assert "rapat" not in table


def test_restore_case_capitalises_entities_and_the_first_word() -> None:
    sentence = [("kata", "O"), ("budi", "B-PPL"), ("santoso", "I-PPL"), ("di", "O"), ("jakarta", "B-PLC")]
    restored = restore_case(sentence, {"jakarta": "Jakarta", "di": "di"})
    assert [t for t, _ in restored] == ["Kata", "Budi", "Santoso", "di", "Jakarta"]
    assert [tag for _, tag in restored] == [tag for _, tag in sentence]


def test_conll_doc_keeps_person_spans_only() -> None:
    nlp = blank_nlp()
    doc = conll_doc(nlp, [("Budi", "B-PERSON"), ("Santoso", "I-PERSON"), ("ke", "O"), ("Bandung", "B-PLACE"),
                          ("bersama", "O"), ("Sari", "B-PPL")])
    assert [(e.text, e.label_) for e in doc.ents] == [("Budi Santoso", "PER"), ("Sari", "PER")]


def test_gold_names_and_their_later_short_mentions_become_spans() -> None:
    nlp = blank_nlp()
    text = "Bupati Sleman Suhatri Bur membuka acara. Suhatri mengatakan kota siap. Pewarta: Nur Aini"
    doc = annotated_doc(nlp, text, ["Suhatri Bur", "Nur Aini"])
    assert [e.text for e in doc.ents] == ["Suhatri Bur", "Suhatri", "Nur Aini"]
