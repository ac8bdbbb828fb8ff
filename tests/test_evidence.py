"""Evidence: the words of an article that support a derived value (extractor.evidence)."""

from __future__ import annotations

from extractor.evidence import find_trigger

TEXT = ("Evaluasi tahap pertama digelar pada hari Senin di balai kota. Tim kembali melakukan evaluasi "
        "lapangan pada hari Kamis bersama dinas terkait.")


def test_the_trigger_nearest_to_the_date_else_the_first() -> None:
    first, second = TEXT.index("Evaluasi"), TEXT.index("evaluasi")
    found = find_trigger(TEXT, "evaluation")
    assert found is not None and (found.start, found.text) == (first, "Evaluasi")
    assert found.sentence == "Evaluasi tahap pertama digelar pada hari Senin di balai kota."
    near = find_trigger(TEXT, "evaluation", TEXT.index("Kamis"))
    assert near is not None and (near.start, near.end, near.text) == (second, second + 8, "evaluasi")
    # the text is searched once for its triggers of a type; every event asking again gets the same answer
    assert find_trigger(TEXT, "evaluation", 0) == found
    assert find_trigger(TEXT, "no such type") is None
    assert find_trigger("Rapat biasa tanpa kata pemicu.", "evaluation") is None
