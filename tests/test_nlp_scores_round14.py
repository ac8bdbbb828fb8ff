"""Scores: error classes of the first-sight round r960-r971 and of the older dev articles, one test each, on text
written for the test: the completion of one innovation or app is no result of the region's evaluation."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractor.nlp import analyse


def scores(nlp: Language, text: str) -> list[tuple[float, int | None]]:
    doc = analyse(text, None, nlp=nlp)
    return [(s._.value["value"], s._.value["year"]) for s in doc.spans["scores"]]


@pytest.mark.parametrize(
    "text",
    [
        # how far the work on one quick win has come
        ("Pada evaluasi smart city 2023 Kota Tomohon memaparkan quick win Sistem Antrean Daring dengan persentase "
         "penyelesaian 65%."),
        # a share credited to one named innovation
        ("Pada evaluasi smart city 2023 Kota Tomohon memaparkan tiga quick win. Smart living menyumbang 80% dengan nama "
         "inovasi Tomohon Sehat."),
        # an app still being built
        "Kabupaten Blora menyebut progres aplikasi Blora Melayani sudah 90 persen tinggal menunggu uji coba.",
        "Progres pengerjaan aplikasi Lapor Blora mencapai 75 persen pada 2024.",
    ],
)
def test_the_completion_of_one_innovation_is_no_score(nlp: Language, text: str) -> None:
    assert scores(nlp, text) == []


def test_the_progress_of_the_plan_is_still_a_score(nlp: Language) -> None:
    text = "Pada evaluasi smart city 2023, capaian rencana aksi Kota Tomohon mencapai 86,5 persen."
    assert scores(nlp, text) == [(86.5, 2023)]
