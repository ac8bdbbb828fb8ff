"""Events of one article: which trigger sentences report an event, and which only mention one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractor.events import events_of
from extractor.nlp import analyse, load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def types(nlp: Language, text: str) -> list[str]:
    return [e["type"] for e in events_of(analyse(text, nlp=nlp))]


LEAD = "Kabupaten Alor mengikuti evaluasi Gerakan Menuju 100 Smart City pada 12-13 Mei 2022 di Kupang. "


@pytest.mark.parametrize("sentence", [
    "Di dimensi Smart Economy, Alor meluncurkan Pasar Ikan Daring untuk nelayan.",
    "Hasil akhir evaluasi akan diumumkan pada Desember 2022 bersamaan dengan penganugerahan.",
    "Setelah itu daerah akan mengikuti bimbingan teknis hingga November 2022.",
    "Pemkab berharap evaluasi tahun depan berisi capaian yang terukur.",
])
def test_mentions_that_report_no_event_of_their_own(nlp: Language, sentence: str) -> None:
    assert types(nlp, LEAD + sentence) == ["evaluation"]


@pytest.mark.parametrize("sentence, kind", [
    ("Bimtek tahap II dijadwalkan berlangsung pada Agustus 2022.", "technical_guidance"),
    ("Pemkab Alor meluncurkan aplikasi Alor Sehat di pendopo bupati, Senin (16/5/2022).", "launch"),
])
def test_dated_steps_are_events(nlp: Language, sentence: str, kind: str) -> None:
    assert kind in types(nlp, LEAD + sentence)


def test_penilaian_implementasi_is_an_evaluation(nlp: Language) -> None:
    text = "Kota Bitung menjalani penilaian implementasi Gerakan Smart City Nasional pada 9 September 2025."
    assert types(nlp, text) == ["evaluation"]
