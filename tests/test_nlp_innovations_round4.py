"""Innovations, fourth round on real news: the items of a list naming each one's type ("Aplikasi A (...), Program B,
serta Program C") and the acronyms among a list of apps ("Seperti SIMPAN, e-Anggaran, SIMKEU dan lainnya")."""

from __future__ import annotations

import pytest
from fixtures.support import innovation_names as names
from spacy.language import Language


@pytest.mark.parametrize(("text", "expected"), [
    # apps and programmes in one list, a concept among them: each named without its type word
    (("Beberapa program unggulan yang disiapkan meliputi Aplikasi Kuda Laut (antrean terpadu, cepat), Aplikasi Sirih "
      "(data desa wisata), pembenahan pasar ikan dengan konsep Satu Desa Satu Karya, Program Sepeda Hijau (angkutan "
      "pegawai), Program Taman Cerita, serta Program Pesan Ibu (tabungan sampah warga)."),
     ["Kuda Laut", "Sirih", "Satu Desa Satu Karya", "Sepeda Hijau", "Taman Cerita", "Pesan Ibu"]),
    # programmes only, after an innovation cue
    (("Kabupaten Lembah Biru menyiapkan program unggulan tahun depan meliputi Program Lumbung Pintar, Program Ojek "
      "Sehat, serta Program Taman Cerita."), ["Lumbung Pintar", "Ojek Sehat", "Taman Cerita"]),
    # "dan" inside an item's name parts no items; a second type word is no part of the name
    (("Aplikasi lain yang diluncurkan yakni Aplikasi Website Pasar Kita, Aplikasi Aset Daerah dan Aplikasi "
      "Pemeliharaan Jalan dan Jembatan."), ["Pasar Kita", "Aset Daerah", "Pemeliharaan Jalan dan Jembatan"]),
    # programmes only, with no cue and no app among them: no innovations
    ("Pemerintah desa menggelar kerja bakti. Kegiatannya Program Bersih Kali, Program Jalan Rapi dan Program Pagar Hijau.",
     []),
])
def test_items_of_a_list_naming_their_type(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # acronyms among the apps a list word opens, after a sentence about systems and apps
    (("Dinas itu telah menggunakan sistem informasi atau aplikasi. Seperti SIMPAN, e-Anggaran, e-Kinerja, SIMKEU, "
      "SIPENA dan banyak lainnya."), ["SIMPAN", "e-Anggaran", "e-Kinerja", "SIMKEU", "SIPENA"]),
    # the offices and bodies using an app are none
    ("Aplikasi itu dipakai oleh banyak perangkat daerah. Seperti BAPPEDA, BPKAD, DISKOMINFO, BKPSDM, DPRD, BPBD dan lainnya.",
     []),
    ("Sistem ini dipakai banyak lembaga seperti BPK, KPK, PDAM, BUMD dan OPD lain.", []),
    # ... nor the bodies backing it
    ("Sistem ini didukung banyak pihak seperti BAKTI, TELKOMSEL, INDOSAT dan lainnya.", []),
    # no sentence about apps: places in capitals
    ("Warga kota datang dari banyak kelurahan. Seperti SUKAMAJU, SUKARAME, SIDODADI dan lainnya.", []),
    # two items make no list
    ("Pemkot memakai aplikasi layanan. Seperti SIMPAN dan SIMKEU.", []),
])
def test_acronyms_in_a_list_of_apps(nlp: Language, text: str, expected: list[str]) -> None:
    assert names(nlp, text) == expected
