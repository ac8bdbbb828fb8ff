"""People on real news, issue 13 (class 6): a one-word "name" that is a common word of the Indonesian NER corpora
(data/common_words.txt, generated from NERP and NERGrit) is no person unless an honorific, a degree or a position
names it: a sentence's opening word ("Lalu,", "Lanjutnya,"), a word of a body's or a title's name ("Peneliti
Lembaga Ilmu ...", "Tim Peneliti Utama ..."), an English word of a product ("Service") or an outlet ("Vox").

Texts are written for these tests; the names are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.support import people_by_name as found
from spacy.language import Language

from extractor.nlp.ner_training import common_words, read_conll, write_common_words

NAME = "Hendra Wijaya"


@pytest.mark.parametrize(("text", "proposed", "word"), [
    ("Evaluasi berjalan lancar di Kota Sukamaju.\nLanjutnya, pemimpin daerah harus memberi contoh.", ["Lanjutnya"],
     "Lanjutnya"),
    ("Paparan inovasi selesai pukul sepuluh.\nLalu, Pj Bupati menambahkan bahwa aplikasi itu dipakai.", ["Lalu"],
     "Lalu"),
])
def test_a_sentence_opener_is_no_person(nlp: Language, text: str, proposed: list[str], word: str) -> None:
    assert word not in found(nlp, text, proposed)


@pytest.mark.parametrize("text", [
    "Data itu dihimpun oleh Peneliti Lembaga Ilmu Pengetahuan Nusantara (LIPN) sejak tahun lalu.",
    "Menurut Peneliti Lembaga Ilmu Pengetahuan Nusantara, data itu dihimpun sejak tahun lalu.",
])
def test_a_word_of_an_organisations_name_is_no_person(nlp: Language, text: str) -> None:
    assert "Ilmu" not in found(nlp, text, [])


def test_a_word_of_a_title_before_an_acronym_is_no_person(nlp: Language) -> None:
    text = f"Kajian itu disusun bersama. Tim Peneliti Utama IKCN, {NAME}, mengatakan indeks disusun dari data terbuka."
    assert set(found(nlp, text, [NAME])) == {NAME}


def test_an_english_product_word_is_no_person(nlp: Language) -> None:
    text = "Ruang kendali itu memakai Dashboard Kota.\nService menampilkan data pengaduan warga setiap hari."
    assert "Service" not in found(nlp, text, ["Service"])


def test_an_outlets_word_is_no_person(nlp: Language) -> None:
    text = "Sukamaju, Vox Kota - Pemerintah Kota Sukamaju menggelar evaluasi tahap kedua."
    assert "Vox" not in found(nlp, text, ["Vox"])


@pytest.mark.parametrize(("text", "name"), [
    ("Narasumber rapat itu Prof Dana dari Universitas Nusantara serta para tenaga ahli kementerian.", "Dana"),
    ("Rapat dihadiri banyak pihak.\nKepala Bappeda Kota Bontang Murni mengatakan, kota itu siap dinilai.", "Murni"),
])
def test_a_one_word_name_after_a_title_or_position_is_kept(nlp: Language, text: str, name: str) -> None:
    assert name in found(nlp, text, [name])


def test_a_one_word_name_that_is_no_common_word_after_a_speech_verb_is_kept(nlp: Language) -> None:
    text = "Rapat dihadiri banyak pihak.\n\"Kami siap dinilai,\" kata Wartini, warga Sukamaju."
    assert "Wartini" in found(nlp, text, ["Wartini"])


def _write_corpus(path: Path, rows: list[tuple[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{t}\t{tag}\n" if t else "\n" for t, tag in rows), encoding="utf-8")


def test_the_generator_keeps_frequent_words_rarely_tagged_a_person(tmp_path: Path) -> None:
    # "lalu" 3 times, never a person; "budi" 3 times, always one; "dana" only twice; "kaya" 11 times, once a
    # person (9 %); "jaya" 10 times, once a person (10 %); "warta" 5 times, but only in test.tsv
    _write_corpus(tmp_path / "nerp" / "train.tsv", [("lalu", "O"), ("budi", "B-PPL"), ("", ""), ("Lalu", "O"),
                                                    ("dana", "O"), ("12", "O"), ("12", "O"), ("12", "O")])
    _write_corpus(tmp_path / "nerp" / "valid.tsv", [("lalu", "O"), ("budi", "B-PPL"), ("dana", "O")])
    _write_corpus(tmp_path / "nergrit" / "train.tsv", [("Budi", "B-PERSON"), ("", ""),
                                                       *[("kaya", "O")] * 10, ("Kaya", "B-PERSON"),
                                                       *[("jaya", "O")] * 9, ("Jaya", "I-PERSON")])
    _write_corpus(tmp_path / "nergrit" / "valid.tsv", [("", "")])
    _write_corpus(tmp_path / "nergrit" / "test.tsv", [("warta", "O")] * 5)
    _write_corpus(tmp_path / "nerp" / "test.tsv", [("warta", "O")] * 5)
    out = tmp_path / "common_words.txt"
    assert write_common_words(tmp_path, out) == ["kaya", "lalu"]
    lines = out.read_text(encoding="utf-8").splitlines()
    header = "\n".join(line for line in lines if line.startswith("#"))
    assert "NERP" in header and "NERGrit" in header and "Apache" in header and "at least 3" in header
    assert [line for line in lines if not line.startswith("#")] == ["kaya", "lalu"]
    sentences = read_conll(tmp_path / "nergrit" / "train.tsv")
    assert common_words(sentences, min_count=3, max_person_share=0.2) == ["jaya", "kaya"]
