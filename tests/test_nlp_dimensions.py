"""Dimensions: the smart-city dimensions however they are written, and nothing else."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractor.nlp import analyse, load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def dimensions(nlp: Language, text: str) -> list[str]:
    doc = analyse(text, nlp=nlp)
    return [s._.value["name"] for s in doc.spans["dimensions"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dimensi Smart Governance dinilai paling matang.", ["Smart Governance"]),
        ("Penilaian smartgovernance berjalan lancar.", ["Smart Governance"]),
        ("Pilar smart government terus diperkuat.", ["Smart Governance"]),
        ("Aspek Smart Environtment masih perlu dibenahi.", ["Smart Environment"]),
        ("Aspek Smart Environment masih perlu dibenahi.", ["Smart Environment"]),
        ("Dimensi Smart Branding menonjolkan wisata.", ["Smart Branding"]),
        ("Dimensi Smart Economy mendorong UMKM.", ["Smart Economy"]),
        ("Dimensi Smart Living menyasar layanan kesehatan.", ["Smart Living"]),
        ("Dimensi Smart Society menyasar literasi digital.", ["Smart Society"]),
        ("Kota itu juga menonjolkan Smart Mobility dan Smart People.", ["Smart Mobility", "Smart People"]),
        ("Program ekonomi cerdas digalakkan di desa.", ["Smart Economy"]),
        ("Masterplan memuat smart-branding untuk pariwisata.", ["Smart Branding"]),
    ],
)
def test_dimension_names(nlp: Language, text: str, expected: list[str]) -> None:
    assert dimensions(nlp, text) == expected


def test_every_mention_is_kept_in_order(nlp: Language) -> None:
    text = "Smart Branding, Smart Living, Smart Society dan Smart Economy dipaparkan berurutan."
    assert dimensions(nlp, text) == ["Smart Branding", "Smart Living", "Smart Society", "Smart Economy"]


@pytest.mark.parametrize(
    "text",
    [
        "Kota itu bertekad menjadi smart city pada 2025.",
        "Konsep Smart City dipaparkan di depan asesor.",
        "Program SmartCity dan smartcity sama saja.",
        "Kabupaten itu ikut Gerakan Menuju 100 Smart City.",
        "Pemkab menyusun masterplan kota cerdas.",
    ],
)
def test_not_dimensions(nlp: Language, text: str) -> None:
    assert dimensions(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Tujuh pilarnya ialah smart people, economy, governance, living, mobility, environment, serta branding.",
     ["Smart People", "Smart Economy", "Smart Governance", "Smart Living", "Smart Mobility", "Smart Environment",
      "Smart Branding"]),
    ("Dimensinya Smart Living dan Smart Sociality.", ["Smart Living", "Smart Society"]),
    ("Program Smart Living, living room untuk warga.", ["Smart Living"]),
])
def test_one_smart_for_a_whole_list(nlp: Language, text: str, expected: list[str]) -> None:
    assert dimensions(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected", "tokens"), [
    # set in italics, a dimension may lose the spaces around it in the page's text
    ("Untuk memperkuatsmart livingpemkab membangun puskesmas.", ["Smart Living"], ["memperkuat", "smart", "living",
                                                                                   "pemkab"]),
    ("Ada dua pilarnya, yaknismart economydansmart society.", ["Smart Economy", "Smart Society"],
     ["yakni", "smart", "economy", "dan", "smart", "society"]),
    # ... but a word that only starts like one is no dimension
    ("Warga memakai ponsel berbasissmartphone dan ikut sosialisasi smart sosialisasi.", [], ["berbasissmartphone"]),
])
def test_dimension_glued_to_the_words_around_it(nlp: Language, text: str, expected: list[str],
                                               tokens: list[str]) -> None:
    doc = analyse(text, nlp=nlp)
    assert [s._.value["name"] for s in doc.spans["dimensions"]] == expected
    words = [t.text for t in doc]
    assert any(words[k:k + len(tokens)] == tokens for k in range(len(words)))
    assert all(s.text.lower().startswith("smart") for s in doc.spans["dimensions"])


@pytest.mark.parametrize(("text", "expected"), [
    # the categories of a national city index, written in Indonesian, are not the programme's dimensions
    ("Indeks Kota Cerdas Indonesia menilai enam pilar, yakni lingkungan cerdas, ekonomi cerdas dan masyarakat cerdas.",
     []),
    ("Kota itu meraih kategori masyarakat cerdas dalam Rating Kota Cerdas Indonesia (RKCI) tahun ini.", []),
    # ... a dimension the article also writes as the programme does stays, each of its mentions
    (("Dalam RKCI kota itu unggul di lingkungan cerdas. Program Smart Environment kota itu juga menonjol, sedangkan "
      "ekonomi cerdas tertinggal."), ["Smart Environment", "Smart Environment"]),
    # without an index, the Indonesian names are dimensions
    ("Kota itu memperkuat lingkungan cerdas dan ekonomi cerdas.", ["Smart Environment", "Smart Economy"]),
])
def test_the_categories_of_a_city_index_are_no_dimensions(nlp: Language, text: str, expected: list[str]) -> None:
    assert dimensions(nlp, text) == expected
