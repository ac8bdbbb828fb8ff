"""`extractor serve`: the datasette metadata (descriptions from docs/schema.md, facets, canned queries) on a
database ingested from corpus/samples, the command's errors, and the served pages in a headless Chromium."""

from __future__ import annotations

import asyncio
import hashlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from fixtures.support import CliRun, fast_settings
from sqlmodel import SQLModel

import extractor
from extractor.db import models  # noqa: F401  (registers the tables in SQLModel.metadata)
from extractor.pipeline import ingest

pytest.importorskip("datasette", reason="datasette is not installed (pip install '.[test]')")

from extractor.serve import make_datasette, metadata, table_docs, view_config

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file holding corpus/samples, ingested (its datasette name is `test`)."""
    settings = fast_settings(tmp_path_factory.mktemp("serve"))
    summary = ingest([str(ROOT / "corpus" / "samples")], settings)
    assert summary.stored == 10
    return Path(settings.db_url.removeprefix("sqlite:///"))


def get(path: Path, page: str, **params: str) -> Any:
    """GET a page of the datasette over `path` through its in-process client (no server); the response."""
    async def fetch() -> Any:
        return await make_datasette(path).client.get(page + ("?" + urlencode(params) if params else ""))
    return asyncio.run(fetch())


def canned(path: Path, query: str, **params: str) -> list[dict[str, Any]]:
    """The rows a canned query returns, as datasette serves them in JSON."""
    response = get(path, f"/test/{query}.json", _shape="array", **params)
    assert response.status_code == 200, response.text
    rows: list[dict[str, Any]] = response.json()
    return rows


# descriptions from docs/schema.md


def test_table_docs_reads_paragraph_and_columns() -> None:
    schema = ("# Schema\n\n### `thing`\n\nA thing, see [the notes](notes.md).\nSecond line.\n\nMore.\n\n"
              "| column | type | meaning |\n|---|---|---|\n| `id` | int, PK | row id |\n"
              "| `start`, `end` | int | offsets into `text` |\n\n## Other\n\n| `x` | y | not a column |\n")
    docs = table_docs(schema)
    assert list(docs) == ["thing"]
    assert docs["thing"].description == "A thing, see the notes. Second line."
    assert docs["thing"].columns == {"id": "row id", "start": "offsets into text", "end": "offsets into text"}


def test_every_table_and_column_has_a_description() -> None:
    tables = metadata("db")["databases"]["db"]["tables"]
    for name, table in SQLModel.metadata.tables.items():
        assert tables[name]["description"], f"{name} has no paragraph in docs/schema.md"
        missing = [c.name for c in table.columns if not tables[name]["columns"].get(c.name)]
        assert not missing, f"columns of {name} not described in docs/schema.md: {missing}"


def test_facets_and_labels_name_real_columns() -> None:
    for name, settings in view_config()["tables"].items():
        columns = {c.name for c in SQLModel.metadata.tables[name].columns}
        named = [*settings.get("facets", []), settings.get("label_column"), settings.get("sort_desc")]
        assert {c for c in named if c} <= columns, name


# canned queries, in-process


def test_events_of_region_and_year_agree_with_the_events_command(built: Path) -> None:
    rows = canned(built, "events_of_region_and_year", region="banjarmasin", year="2023")
    assert [r["event"] for r in rows] == ["evaluation:2023-07:banjarmasin", "evaluation:2023-10-10:banjarmasin"]
    assert rows[1]["regions"] == "Kota Banjarmasin" and rows[1]["stage"] == "Tahap II"
    db_url = f"sqlite:///{built}"
    for params, filters in [({"year": "2019"}, {"year": 2019}), ({"region": "Tabalong"}, {"region": "Tabalong"})]:
        keys = [r["event"] for r in canned(built, "events_of_region_and_year", **params)]
        assert sorted(keys) == sorted(extractor.events(db_url=db_url, **filters)["key"]), params
    assert len(canned(built, "events_of_region_and_year")) == 14  # empty fields: every event


def test_scores_per_region_over_the_years(built: Path) -> None:
    rows = canned(built, "scores_per_region", region="banjarmasin", metric="smart_city_index")
    index = [(r["year"], r["value"], r["n_independent_sources"]) for r in rows if r["metric"] == "smart_city_index"]
    assert index == [(2022, 2.94, 1), (2023, 3.12, 1)]
    assert {r["region"] for r in rows} == {"Kota Banjarmasin"} and len(rows) == 8  # the index and six dimensions
    every = canned(built, "scores_per_region")
    scores = extractor.scores(db_url=f"sqlite:///{built}")
    assert sorted((r["region"], r["metric"], r["year"], r["value"]) for r in every) == sorted(
        zip(scores["region"], scores["metric"], scores["year"], scores["value"], strict=True))


def test_assessors_and_their_events(built: Path) -> None:
    rows = canned(built, "assessors_and_events", name="yudhistira")
    assert [(r["assessor"], r["event"], r["role"], r["regions"]) for r in rows] == [
        ("Yudhistira Anwar", "evaluation:2023-07:banjarmasin", "assessor", "Kota Banjarmasin"),
        ("Yudhistira Anwar", "evaluation:2023-10-10:banjarmasin", "assessor", "Kota Banjarmasin")]
    every = {r["assessor"] for r in canned(built, "assessors_and_events")}
    assert every == set(extractor.people(category="assessor", db_url=f"sqlite:///{built}")["name"])


def test_sources_of_an_event(built: Path) -> None:
    rows = canned(built, "sources_of_event", event="evaluation:2023-10-10:banjarmasin")
    assert len(rows) == 1 and rows[0]["independent"] == 1
    assert "Banjarmasin" in rows[0]["title"]
    assert canned(built, "sources_of_event") == []  # no key given


def test_table_page_has_description_facets_and_stylesheet(built: Path) -> None:
    page = get(built, "/test/event")
    assert page.status_code == 200
    assert "One evaluation event, merged from the per-article events" in page.text
    assert 'data-column="type"' in page.text and 'data-column="programme"' in page.text  # facets
    assert "stable identity: type:start:place" in page.text  # a column description
    css = get(built, "/-/extractor/serve.css")
    assert css.status_code == 200 and "column-descriptions" in css.text
    assert "rawpage" not in get(built, "/test").text.split("hidden table")[0]  # hidden from the listing


def test_serving_never_writes(built: Path) -> None:
    before = hashlib.sha256(built.read_bytes()).hexdigest()
    refused = get(built, "/test.json", sql="delete from event")
    assert refused.status_code == 400
    canned(built, "events_of_region_and_year", region="tomohon")
    assert hashlib.sha256(built.read_bytes()).hexdigest() == before
    assert len(canned(built, "events_of_region_and_year")) == 14


# the command's errors


def test_serve_refuses_postgresql(cli: CliRun) -> None:
    result = cli("serve", "--db", "postgresql://user:secret@127.0.0.1/news")
    assert result.exit_code == 2
    assert "SQLite" in result.stderr and "extractor export" in result.stderr and "secret" not in result.stderr


def test_serve_refuses_a_missing_or_foreign_file(cli: CliRun, tmp_path: Path) -> None:
    result = cli("serve", "--db", f"sqlite:///{tmp_path / 'none.db'}")
    assert result.exit_code == 2 and "no such database file" in result.stderr
    assert not (tmp_path / "none.db").exists()
    (tmp_path / "notes.db").write_text("not a database " * 100)
    result = cli("serve", "--db", f"sqlite:///{tmp_path / 'notes.db'}")
    assert result.exit_code == 2 and "not a readable SQLite database" in result.stderr


def test_serve_says_when_the_port_is_taken(cli: CliRun, built: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = cli("serve", "--db", f"sqlite:///{built}", "--port", str(taken.getsockname()[1]))
    assert result.exit_code == 2 and "cannot listen there" in result.stderr and "--port" in result.stderr


def test_serve_without_datasette_says_what_to_install(cli: CliRun, monkeypatch: pytest.MonkeyPatch,
                                                      built: Path) -> None:
    monkeypatch.delitem(sys.modules, "extractor.serve")
    monkeypatch.setitem(sys.modules, "datasette.app", None)  # import datasette.app now fails as if not installed
    result = cli("serve", "--db", f"sqlite:///{built}")
    assert result.exit_code == 2
    assert 'pip install "smartcity-extractor[serve]"' in result.stderr and "Traceback" not in result.output


# a real browser on a real server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def server(built: Path) -> Iterator[str]:
    """`extractor serve` in a subprocess on a free port; its base URL once it answers."""
    command = Path(sys.executable).with_name("extractor")
    if not command.is_file():
        pytest.skip(f"the extractor command is not installed beside {sys.executable}")
    port = free_port()
    process = subprocess.Popen([str(command), "serve", "--db", f"sqlite:///{built}", "--port", str(port)],
                               stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # wait for the first answer (the server loads in about a second)
            if process.poll() is not None:
                pytest.fail(f"extractor serve stopped: {process.stderr.read() if process.stderr else ''}")
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=5):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("extractor serve did not answer")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="no chromium and chromedriver (apt-get install "
                                                             "chromium chromium-driver)")
def test_pages_in_a_headless_browser(server: str, tmp_path: Path) -> None:
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install '.[test]')")
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--no-proxy-server", "--window-size=1280,1400"):
        options.add_argument(argument)
    # the driver's path is given, so Selenium Manager never looks for (or downloads) one
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    try:
        driver.get(f"{server}/test/event")
        assert driver.find_element(By.TAG_NAME, "h1").text == "event"
        assert driver.find_element(By.CSS_SELECTOR, ".metadata-description").text.startswith(
            "One evaluation event, merged from the per-article events")
        facet = driver.find_element(By.CSS_SELECTOR, "#facet-type").text
        assert "evaluation 3" in facet and "technical_guidance 2" in facet
        keys = [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "td.col-key")]
        assert len(keys) == 14 and keys[0] == "assessment:2025-05-14:mataram"  # the latest first
        # the column descriptions stay a small box: the first rows are on the first screen
        assert driver.find_element(By.CSS_SELECTOR, "dl.column-descriptions").size["height"] < 250
        events_png = tmp_path / "events.png"
        driver.save_screenshot(str(events_png))

        driver.get(f"{server}/test/events_of_region_and_year?region=banjarmasin&year=2023")
        assert driver.find_element(By.TAG_NAME, "h1").text == "Events of a region and year"
        assert driver.find_element(By.CSS_SELECTOR, "input[name=region]").get_attribute("value") == "banjarmasin"
        rows = [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "td.col-event")]
        assert rows == ["evaluation:2023-07:banjarmasin", "evaluation:2023-10-10:banjarmasin"]
        query_png = tmp_path / "events_of_region_and_year.png"
        driver.save_screenshot(str(query_png))
    finally:
        driver.quit()
    for png in (events_png, query_png):
        assert png.read_bytes().startswith(b"\x89PNG")
        print(f"screenshot: {png}")
