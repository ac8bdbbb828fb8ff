"""Innovations: the shapes in which news lists a region's apps and quick wins (audit of real news and the blind dev
group m25-m92, round innov2); every text written for the test."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from spacy.language import Language


@pytest.mark.parametrize(("text", "expected"), [
    # a description holding "dan" in lower case does not end the list: the item after it is the next
    (("Wali kota memaparkan layanan seperti KUDUS MELAYANI untuk perizinan, Petani Cerdas yang memuat informasi cuaca "
      "dan harga gabah di pasar induk, dan Kudus Resik untuk pelaporan sampah."),
     ["KUDUS MELAYANI", "Petani Cerdas", "Kudus Resik"]),
    # guard: a "dan" before a capital still parts two items
    ("Layanan unggulan seperti Sintang Online untuk perizinan dan Warga Resik untuk sampah.", ["Sintang Online", "Warga Resik"]),
])
def test_a_description_with_dan_goes_on_to_the_next_item(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a landform's name and a word that makes it a programme's
    (("Dinas menyebut layanan seperti Sintang Online untuk perizinan, dan Danau Sentarum Bersih untuk pemantauan "
      "sampah di kawasan danau."), ["Sintang Online", "Danau Sentarum Bersih"]),
    ("Pemkab meluncurkan aplikasi Bukit Sulap Virtual Tour bagi wisatawan.", ["Bukit Sulap Virtual Tour"]),
    # guard: the landform alone is the place a programme shows
    ("Untuk smart branding, pemkab menyiapkan kanal promosi wisata Pantai Lakey dan Hu'u yang memuat kalender acara.", []),
    ("Penilaian ditopang sistem pemantauan air laut di Selat Alas bernama Alas Ocean Watch.", ["Alas Ocean Watch"]),
])
def test_a_name_opening_with_a_landform(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an app named after its region and the programme, after its type word, is the region's app
    ("Pemerintah Kabupaten Ngawi meluncurkan aplikasi Ngawi Smart City, Senin (3/6/2024).", ["Ngawi Smart City"]),
    ("Warga dapat mengunduh aplikasi Tanjung Pinang Smart City di ponsel.", ["Tanjung Pinang Smart City"]),
    # guard: the programme's own vocabulary stays out
    ("Bupati membuka program Ngawi Smart City dan Gerakan Menuju Smart City di pendopo.", []),
    ("Kota itu memakai aplikasi Smart City untuk rapat.", []),
])
def test_an_app_named_after_its_region_and_the_programme(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a short form whose first word the phrase spells and whose second glosses a word of it
    ("Pemkab menjalankan inovasi Perahu Sehat Desa (Pusdes Air) untuk warga pulau.", ["Perahu Sehat Desa (Pusdes Air)"]),
    # ... opening the sentence after one about services
    (("Lompatan terbesar datang dari layanan di desa tepi sungai. Perahu Sehat Desa (Pusdes Air) kini melayani 20 "
      "desa."), ["Perahu Sehat Desa (Pusdes Air)"]),
    # guard: without a sentence about services before it, a phrase and its short form opening a sentence name none
    ("Rapat berlangsung di pendopo. Perahu Sehat Desa (Pusdes Air) kini melayani 20 desa.", []),
])
def test_a_short_form_that_glosses_a_word(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_a_bulleted_acronym_and_its_words_are_one_name(nlp: Language) -> None:
    text = ("Kepala Diskominfo lalu memaparkan layanan yang sudah berjalan, yakni:\n"
            "- LAMPU (Layanan Aduan Masyarakat Dompu) untuk pengaduan warga;\n"
            "- Sistem Informasi Harga Pasar (SIHAPA) untuk memantau harga.")
    assert names(nlp, text) == ["LAMPU (Layanan Aduan Masyarakat Dompu)", "Sistem Informasi Harga Pasar (SIHAPA)"]


@pytest.mark.parametrize(("text", "expected"), [
    # a region's name, a word and a verb of serving name a service, not the person read into its last words
    (("Ia menyebut Pacitan sudah memiliki beberapa layanan, di antaranya Pacitan Keren Melayani dan sistem informasi "
      "kebencanaan SIAGA Pacitan."), ["Pacitan Keren Melayani", "SIAGA Pacitan"]),
    # guard: a person named after the region's official
    ("Laporan disampaikan Bupati Pacitan Indah Melati kepada tim.", []),
])
def test_a_region_and_a_verb_of_serving_name_a_service(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a counted item whose next sentence tells what it is
    ('"Pertama adalah Klik Sumbawa. Ini berupa portal satu pintu untuk semua informasi," kata Murni.', ["Klik Sumbawa"]),
    # guard: a counted item with no word of apps or programmes around it
    ('"Pertama adalah Bapak Sumbawa. Beliau hadir sejak pagi," kata Murni.', []),
])
def test_a_counted_item_told_after_it(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name in capitals after its type word is the app's, though it spells a region, and not the same as a longer
    # name holding that region
    (("Kota Siantar akan mengusung program unggulan Siantar Kota Ramah Digital dan sistem antrean puskesmas "
      "SIANTAR."), ["Siantar Kota Ramah Digital", "SIANTAR"]),
    ("Pemkot Siantar memperkenalkan aplikasi SIANTAR pada warga.", ["SIANTAR"]),
    # guard: the region after a preposition is where the programme runs
    ("Kegiatan program di SIANTAR berlangsung meriah.", []),
])
def test_an_app_in_capitals_that_spells_a_region(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_the_scope_of_a_rank_is_no_name(nlp: Language) -> None:
    # guard of the counted items told after them: "pertama" and the scope of a rank before a sentence about apps
    text = "Kabupaten itu meraih peringkat pertama se-Jawa Timur. Aplikasi pelayanannya dinilai paling lengkap."
    assert names(nlp, text) == []


def test_an_app_in_capitals_that_spells_a_region_is_no_mention_of_it(nlp: Language) -> None:
    from extractor.nlp import analyse
    from extractor.nlp.spans import spans_of

    doc = analyse("Pemkot Kupang memperkenalkan sistem antrean puskesmas SIANTAR pada warga.", nlp=nlp)
    assert [s.text for s in doc.spans["innovations"]] == ["SIANTAR"]
    assert [(s.text, s._.value["name"]) for s in spans_of(doc, "regions")] == [("Pemkot Kupang", "Kota Kupang")]


@pytest.mark.parametrize(("text", "expected"), [
    # a type word and what the thing does, then "bernama": the name is the thing's, though it reads as a person's
    ("Penilaian ditopang sistem pemantauan kualitas air laut di Selat Alas bernama Rudi Ocean Watch.",
     ["Rudi Ocean Watch"]),
    # guard: a clause between them ends what the type word announces
    ("Warga mengikuti program pelatihan yang diikuti pemuda bernama Rudi Hartono dari desa sebelah.", []),
])
def test_a_name_a_type_word_announces_before_bernama(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a digital map and an event calendar are kinds of app, and "tata ruang" (spatial planning) is no room
    (("Usulan quick win antara lain peta digital tata ruang Toba Satu Peta, sistem peringatan dini longsor Siaga "
      "Toba."), ["Toba Satu Peta", "Siaga Toba"]),
    # guard: a map or a calendar of nothing in particular
    ("Warga bisa melihat peta digital Indonesia di ponsel dan kalender event nasional.", []),
])
def test_a_map_or_a_calendar_named_after_what_it_shows(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected
