"""Events: the patterns of the probe audit of 2026-12-07 (a recalled "Sebelumnya" step, a run of sessions, a study
trip, an exposé, a coaching clinic, an internal monitoring) read long hostile inputs in one pass."""

from __future__ import annotations

from extractor.events import _patterns


def test_the_recalled_run_study_trip_expose_and_coaching_patterns_read_long_hostile_runs() -> None:
    triggers, context = _patterns()
    others = [p for kind, p in triggers if kind == "other"]
    assert context["past_month"].match("Sebelumnya " + "pada " * 10_000 + "x" * 50_000) is None
    assert context["past_month"].match("Sebelumnya, " + "a " * 25_000 + "pada Juli 2023") is not None
    assert context["run_since"].match(" yang " * 10_000 + "sejak x" * 5_000) is None
    assert all(p.search("belajar " * 10_000 + "ke x" * 10_000) is None for p in others)
    assert all(p.search("memaparkan di hadapan " * 5_000 + "x" * 50_000) is None for p in others)
    assert [bool(p.search("ekspose " * 10_000)) for p in others] == [False, False]
    assert [bool(p.search("ekspose " * 10_000 + "masterplan")) for p in others] == [True, False]
    assert all(p.search("diseminasi " * 10_000 + "x" * 50_000) is None for p in others)
    assert others[0].search("ekspose masterplan " * 5_000 + "di hadapan penilai") is not None
    assert others[0].search("ekspose " + "x " * 50 + "penilai " + "y" * 50_000) is None
    guidance = dict(triggers)["technical_guidance"]
    assert guidance.search("coaching clinic " * 10_000 + "x" * 50_000) is None
    assert others[0].search("monev " * 10_000 + "x" * 50_000) is None
    assert context["beside_step"].fullmatch(" di ") is not None
    assert context["beside_step"].fullmatch(" " * 50_000 + "dan" + " " * 50_000) is None
    assert context["beside_step"].fullmatch("x" * 50_000 + " " * 50_000 + "y") is None
