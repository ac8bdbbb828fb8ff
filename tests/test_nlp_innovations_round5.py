"""Innovations, fifth round on real news: a name and its acronym in brackets are one innovation, a name the text's
end cuts in mid-word is no name, and a programme named for the whole country is not a region's."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from spacy.language import Language


@pytest.mark.parametrize(("text", "expected"), [
    # the long form and its acronym (an e-service in lower case first) are one innovation, named by both
    (("Dua kabupaten tetangga kini memakai aplikasi Elektronik-Retribusi Pasar Harian Terpadu (e-RPHT) milik kota "
      "itu."), ["Elektronik-Retribusi Pasar Harian Terpadu (e-RPHT)"]),
    # an acronym in brackets that does not abbreviate the name before it is another name
    ("Dinas itu mengelola aplikasi Lapor Kades dan layanan Antre Sehat (PUSKA) tahun ini.",
     ["Lapor Kades", "Antre Sehat (PUSKA)"]),
])
def test_a_name_and_its_acronym_are_one(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the excerpt stops in mid-word: the cut name is left out, not shortened into a name the text never gives
    (("Kota itu menjalankan program unggulan antara lain Lumbung Digital Warga, Ojek Sehat Desa dan Pasar "
      "Ikan Te"), ["Lumbung Digital Warga", "Ojek Sehat Desa"]),
    ("Quick win yang dipaparkan saat penilaian antara lain Program Dokter Keliling Pan", []),
    ("Quick win yang dipaparkan saat penilaian antara lain Program Dokter Keliling Pan...", []),
    # ... the whole item before a cut one stays, and the cut word is no person
    ("Sesuai arahan bupati, aplikasi Desa Cermat dan Aplikas", ["Desa Cermat"]),
    # a name closing the text with a full stop is whole
    ("Kota itu meluncurkan aplikasi Lumbung Digital Warga.", ["Lumbung Digital Warga"]),
])
def test_a_name_cut_by_the_end_of_the_text(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


def test_no_person_in_a_cut_word(nlp: Language) -> None:
    from extractor.nlp import analyse

    doc = analyse("Sesuai arahan bupati, aplikasi Desa Cermat dan Aplikas", nlp=nlp)
    assert [s.text for s in doc.spans["people"]] == []


@pytest.mark.parametrize(("text", "expected"), [
    # the organiser's research programme and a national service are not the region's innovations
    (("Pusat kajian kampus itu menutup kegiatan Riset Kota Digital Indonesia (RKDI) tahun ini, sementara kota peserta "
      "memaparkan aplikasi Sapa Warga."), ["Sapa Warga"]),
    ("Layanan itu kelak terhubung ke platform Layanan Publik Nasional, kata kepala dinas.", []),
    ("Pusat studi kampus itu menyelenggarakan Riset Desa Digital Terpadu bersama sepuluh kota undangan.", []),
    # the body that publishes a rating is no programme
    ("Kota itu berada di posisi 90 sebagaimana dirilis Global Urban Center dalam laporan tahunannya.", []),
])
def test_national_programmes_and_rating_bodies(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an official's position in a list of speakers is no programme, whole or in parts
    (("Acara itu menghadirkan tiga pembicara antara lain Deputi Bidang Pelayanan dan Tata Usaha, Sari Wulandari, "
      "yang membahas layanan terpadu."), []),
    # a passive verb opening a sentence is no name
    ("Kota itu terpilih pada tahap pertama. Diketahui, gerakan ini bertujuan membangun kota cerdas di daerah.", []),
    # the platforms an app runs on are not apps
    ("Warga kini bisa membuka layanan terpadu itu lewat laman, aplikasi iOS dan Android, atau pesan singkat.", []),
    # "e-services" is generic vocabulary, like e-government
    ("Aplikasi dinas diarahkan menjadi platform terpadu melalui pembentukan integrated e-services bagi warga.", []),
    # a financial report and a rank are results
    (("Capaian itu antara lain Smart Governance berupa Laporan Keuangan Daerah yang memperoleh predikat WTP dan "
      "layanan publiknya masuk TOP 45."), []),
])
def test_positions_verbs_platforms_vocabulary_and_results_are_no_names(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list a count announces may mix lower-case and capitalised names; a clause may tell where the services run
    (("Ada empat layanan yang ditawarkan dan terpadu di ruang kendali pemerintah kabupaten, yakni ronda warga, "
      "KampungKu, Desa Pintar dan Peta Desa,” katanya."), ["ronda warga", "KampungKu", "Desa Pintar", "Peta Desa"]),
    # ... the capitalised words after its last name are no item
    ("Ada tiga aplikasi, yakni lapak desa, SiKerja dan antrean daring, yang dipakai Dinas Sosial.",
     ["lapak desa", "SiKerja", "antrean daring"]),
])
def test_a_counted_list_of_mixed_names(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected
