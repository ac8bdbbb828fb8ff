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
