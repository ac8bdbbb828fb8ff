"""People on real news, issue 13 (twelfth round): words of offices and bodies that a position before them made look
like a name ("Pemda", "Forum", "Kesbangpol", "Dialog", "Perempuan"), and "Kaban" (the head of an agency) read as a
position, not a name.

Texts are written for these tests; the names are invented.
"""

from __future__ import annotations

import pytest
from fixtures.support import people_by_name as found
from spacy.language import Language


@pytest.mark.parametrize("text, proposed, names", [
    ("Acara dibuka oleh Plt Asisten Pemerintahan dan Kesra Pemda Sumba Timur, Bernadus mewakili Penjabat Bupati "
     "Sumba Timur, Senin (3/6/2024).", ["Bernadus"], {"Bernadus"}),
    ("Pelatihan diikuti Kepala OPD, Tim Pelaksana Smart City, Forum Warga dan Dinas Kominfo, kata Bambang Sutrisno.",
     ["Bambang Sutrisno"], {"Bambang Sutrisno"}),
    ("Kepala Dinas Komunikasi Informatika Statistik dan Persandian (Dialog SP) Kota Magelang, Wulan Sari menerangkan "
     "rencana itu.", ["Wulan Sari"], {"Wulan Sari"}),
])
def test_words_of_offices_and_bodies_after_a_position_are_no_people(
        nlp: Language, text: str, proposed: list[str], names: set[str]) -> None:
    assert set(found(nlp, text, proposed)) == names


def test_the_head_of_an_agency_written_kaban_is_a_position(nlp: Language) -> None:
    text = ("Naskah ditandatangani Plt Kaban Kesbangpol Markus Tambunan, Plt Kadis Pemberdayaan Perempuan Rosa "
            "Hutagalung serta Plt Kadis Perpustakaan Lina Simbolon.")
    people = found(nlp, text, ["Markus Tambunan", "Rosa Hutagalung", "Lina Simbolon"])
    assert set(people) == {"Markus Tambunan", "Rosa Hutagalung", "Lina Simbolon"}
    assert people["Markus Tambunan"]["category"] == "regional_official"
