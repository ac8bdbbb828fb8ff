"""Evaluation against gold: scores per field, the event line (type + start + regions), errors per article,
predictions paired by URL, a group of gold articles chosen by id (`--ids`), and
`extractor evaluate --show-errors`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fixtures.support import CliRun

from extractor.errors import SourceError
from extractor.evaluate import errors, format_errors, score, select_gold

GOLD: dict[str, dict[str, Any]] = {
    "g1": {
        "id": "g1", "url": "https://www.kabar.example/berita/1",
        "regions": ["Kabupaten Sigi", "Kota Palu"],
        "people": [{"name": "Rusdy Mastura", "category": "regional_official"}],
        "dates": [{"text": "3 Mei 2022", "start": "2022-05-03", "end": "2022-05-03"}],
        "events": [{"type": "evaluation", "regions": ["Kabupaten Sigi"], "start": "2022-05-03", "end": None}],
    },
}


def test_event_line_needs_type_start_and_regions() -> None:
    right_type_wrong_day = {"id": "g1", "events": [{"type": "evaluation", "regions": ["Kabupaten Sigi"],
                                                    "start": "2022-05-04"}]}
    rows = score(GOLD, [right_type_wrong_day])
    assert rows["event types"]["f1"] == 1.0
    assert (rows["events (type+start+regions)"]["tp"], rows["events (type+start+regions)"]["fp"]) == (0, 1)

    exact = {"id": "g1", "events": [{"type": "evaluation", "regions": ["kabupaten sigi"], "start": "2022-05-03"}]}
    assert score(GOLD, [exact])["events (type+start+regions)"]["f1"] == 1.0

    other_regions = {"id": "g1", "events": [{"type": "evaluation", "regions": ["Kabupaten Sigi", "Kota Palu"],
                                             "start": "2022-05-03"}]}
    assert score(GOLD, [other_regions])["events (type+start+regions)"]["f1"] == 0.0


def test_score_values_leave_the_year_out() -> None:
    gold = {"g2": {"id": "g2", "scores": [{"value": 3.12, "year": 2021}, {"value": 2.5, "year": None}]}}
    wrong_year = {"id": "g2", "scores": [{"value": 3.12, "year": 2022}, {"value": 2.5, "year": None}]}
    rows = score(gold, [wrong_year])
    assert (rows["scores"]["tp"], rows["scores"]["fp"], rows["scores"]["fn"]) == (1, 1, 1)
    assert (rows["score values"]["tp"], rows["score values"]["fp"], rows["score values"]["fn"]) == (2, 0, 0)


def test_errors_list_what_was_missed_and_what_was_extra() -> None:
    prediction = {"id": "g1", "regions": ["Kabupaten Sigi", "Kabupaten Donggala"],
                  "people": [{"name": "Rusdi Mastura", "category": "other"}],
                  "dates": [{"start": "2022-05-03", "end": "2022-05-03"}]}
    found = errors(GOLD, [prediction])["g1"]
    assert found["regions"] == {"missed": ["kota palu"], "extra": ["kabupaten donggala"]}
    assert "people" not in found  # a one-letter spelling difference is the same person
    assert found["people+category"]["missed"] == [("rusdy mastura", "regional_official")]
    assert "dates" not in found
    text = format_errors({"g1": found})
    assert "== g1" in text and "    - kota palu" in text and "    + kabupaten donggala" in text


def test_predictions_are_paired_by_url_when_ids_differ() -> None:
    fetched_again = {"id": "page-7", "url": "http://kabar.example/berita/1/", "regions": ["Kabupaten Sigi",
                                                                                       "Kota Palu"]}
    assert score(GOLD, [fetched_again])["regions"]["f1"] == 1.0
    assert score(GOLD, [{**fetched_again, "url": "http://kabar.example/berita/2"}])["regions"]["recall"] == 0.0


def test_cli_shows_errors_per_article(cli: CliRun, tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold = {"id": "sigi", "regions": ["Kabupaten Sigi", "Kabupaten Morowali"], "provinces": ["Sulawesi Tengah"],
            "events": []}
    (gold_dir / "sigi.json").write_text(json.dumps(gold))
    article = tmp_path / "sigi.txt"
    article.write_text("Pemkab Sigi Ikuti Evaluasi Smart City\n\nSIGI - Pemerintah Kabupaten Sigi, Sulawesi "
                       "Tengah, mengikuti evaluasi tahap I Gerakan Menuju 100 Smart City pada 3 Mei 2022. Tim "
                       "evaluator menilai enam dimensi, dari tata kelola pemerintahan sampai lingkungan, dan "
                       "meminta bukti dukung tiap program yang sudah berjalan di daerah itu.\n")

    result = cli("evaluate", gold_dir, article, "--show-errors")
    assert result.exit_code == 0, result.output
    assert "== sigi" in result.stdout
    assert "    - kabupaten morowali" in result.stdout

    as_json = json.loads(cli("evaluate", gold_dir, article, "--show-errors", "--json").stdout)
    assert as_json["errors"]["sigi"]["regions"]["missed"] == ["kabupaten morowali"]
    assert as_json["scores"]["regions"]["tp"] == 1


def test_ids_and_ranges_choose_a_group_of_gold_articles() -> None:
    gold = {i: {"id": i} for i in ("r98", "r99", "r100", "r101", "r1100", "a01", "b01")}
    assert sorted(select_gold(gold, "r99-r101")) == ["r100", "r101", "r99"]
    assert sorted(select_gold(gold, "r1100, a01")) == ["a01", "r1100"]
    assert sorted(select_gold(gold, "a01-a05")) == ["a01"]  # the letters of both ends must be the same


@pytest.mark.parametrize("spec", ["r5", "r200-r300", "a01-r99"])
def test_ids_that_name_no_gold_article_are_an_error_naming_them(spec: str) -> None:
    with pytest.raises(SourceError, match=spec):
        select_gold({"r98": {}, "a01": {}}, spec)


def _gold_dir(tmp_path: Path) -> Path:
    """A gold directory holding GOLD's one article."""
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "g1.json").write_text(json.dumps(GOLD["g1"]))
    return gold_dir


def test_cli_scores_saved_predictions_without_extracting(cli: CliRun, tmp_path: Path) -> None:
    gold_dir = _gold_dir(tmp_path)
    saved = tmp_path / "pred.jsonl"
    # the record of another run, paired by URL; a blank line between records is allowed
    saved.write_text(json.dumps({"id": "x", "url": "https://kabar.example/berita/1", "regions": ["Kabupaten Sigi"]})
                     + "\n\n")

    scores = json.loads(cli("evaluate", gold_dir, "--predictions", saved, "--json").stdout)
    assert (scores["regions"]["tp"], scores["regions"]["fn"]) == (1, 1)
    assert scores["people"]["fn"] == 1


def test_saved_predictions_that_are_no_json_lines_are_an_error_naming_the_line(cli: CliRun, tmp_path: Path) -> None:
    gold_dir = _gold_dir(tmp_path)
    saved = tmp_path / "pred.jsonl"
    saved.write_text('{"id": "g1"}\nKabupaten Sigi\n')
    result = cli("evaluate", gold_dir, "--predictions", saved)
    assert result.exit_code != 0 and "pred.jsonl:2" in result.output and "not a JSON line" in result.output
    saved.write_text('["g1"]\n')
    assert "not a JSON object" in cli("evaluate", gold_dir, "--predictions", saved).output


def test_cli_takes_one_source_of_predictions(cli: CliRun, tmp_path: Path) -> None:
    gold_dir = _gold_dir(tmp_path)
    saved = tmp_path / "pred.jsonl"
    saved.write_text("{}\n")
    for args in ((), ("--stored", "--predictions", saved), (tmp_path / "a.txt", "--predictions", saved)):
        result = cli("evaluate", gold_dir, *args)
        assert result.exit_code == 2 and "one of the three" in result.output
