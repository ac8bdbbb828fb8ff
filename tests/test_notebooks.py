"""Notebooks: each runs top to bottom on the database built from corpus/samples, shows its figures, uses only
the package's API and is stored without outputs (jupytext percent-format scripts)."""

from __future__ import annotations

import ast
import asyncio
import inspect
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fixtures.support import fast_settings

# the notebook tooling is in the test extra; without it these tests skip instead of failing to import
jupytext = pytest.importorskip("jupytext", reason="jupytext is not installed (pip install '.[test]')")
nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (pip install '.[test]')")
nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed (pip install '.[test]')")

from extractor import report
from extractor.pipeline import ingest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.py"))
# the functions of extractor.report that draw a figure
FIGURES = {
    name for name, function in inspect.getmembers(report, inspect.isfunction)
    if function.__module__ == report.__name__ and inspect.signature(function).return_annotation == "Figure"
}


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One database built from corpus/samples, shared by the notebooks of this module."""
    tmp = tmp_path_factory.mktemp("notebooks")
    settings = fast_settings(tmp)
    summary = ingest([str(ROOT / "corpus" / "samples")], settings)
    assert summary.ok and summary.stored > 0
    return settings.db_url


KERNEL = "python3"


def kernel_missing(name: str = KERNEL) -> str | None:
    """Why the Jupyter kernel `name` cannot run here (not installed, its interpreter or ipykernel absent), or
    None when it can."""
    try:
        from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    except ImportError:
        return "jupyter_client is not installed (pip install '.[test]')"
    try:
        spec = KernelSpecManager().get_kernel_spec(name)
    except NoSuchKernel:
        return f"no Jupyter kernel named {name} is installed (pip install ipykernel)"
    # jupyter_client starts a kernel spec's bare "python" (or "python3", "python3.11") as this interpreter
    this_python = {"python", f"python{sys.version_info[0]}", "python{}.{}".format(*sys.version_info[:2])}
    interpreter = (sys.executable if spec.argv and spec.argv[0] in this_python
                   else shutil.which(spec.argv[0]) if spec.argv else None)
    if interpreter is None:
        return f"the interpreter of the Jupyter kernel {name} ({spec.argv[:1]}) is not found"
    if any("ipykernel" in arg for arg in spec.argv):
        check = subprocess.run([interpreter, "-c", "import ipykernel"], capture_output=True, check=False)
        if check.returncode != 0:
            return f"ipykernel is not installed for {interpreter}, the interpreter of the Jupyter kernel {name}"
    return None


def code_cells(path: Path) -> list[nbformat.NotebookNode]:
    return [c for c in jupytext.read(path).cells if c.cell_type == "code"]


def test_there_are_the_four_notebooks() -> None:
    assert {p.stem for p in NOTEBOOKS} == {"corpus", "events", "people", "innovations"}


def test_notebooks_are_stored_without_outputs() -> None:
    # percent-format scripts cannot hold outputs; .ipynb copies (which would) are kept out of git
    assert "notebooks/*.ipynb" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    for path in NOTEBOOKS:
        text = path.read_text(encoding="utf-8")
        assert "format_name: percent" in text or "formats: py:percent" in text, path.name
        assert text.count("# %%") >= 3, path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_uses_only_the_package_api(path: Path) -> None:
    for cell in code_cells(path):
        source = "\n".join(line for line in cell.source.splitlines() if not line.startswith("%"))
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import):
                assert all(a.name.split(".")[0] == "extractor" for a in node.names), ast.unparse(node)
            elif isinstance(node, ast.ImportFrom):
                assert (node.module or "").split(".")[0] == "extractor", ast.unparse(node)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                assert node.func.attr not in ("read_sql", "create_engine", "connect"), ast.unparse(node)


@pytest.fixture(scope="module")
def kernel() -> str:
    """The Jupyter kernel the notebooks run in; skips (before any database is built) where it cannot run."""
    missing = kernel_missing()
    if missing:
        pytest.skip(missing)
    return KERNEL


@pytest.fixture(scope="module")
def executed(kernel: str, samples_db: str) -> dict[str, nbformat.NotebookNode | BaseException]:
    """Every notebook run top to bottom, each in its own kernel, all at once (kernel start-up dominates);
    a notebook whose cell failed maps to the CellExecutionError naming the cell."""

    async def run_all() -> list[nbformat.NotebookNode | BaseException]:
        clients = [nbclient.NotebookClient(jupytext.read(path), timeout=60, kernel_name=kernel,
                                  resources={"metadata": {"path": str(NOTEBOOK_DIR)}}) for path in NOTEBOOKS]
        return await asyncio.gather(*(c.async_execute() for c in clients), return_exceptions=True)

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EXTRACTOR_DB", samples_db)  # the notebooks read the database through the API's default
        results = asyncio.run(run_all())
    return {path.stem: result for path, result in zip(NOTEBOOKS, results, strict=True)}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_top_to_bottom(path: Path, executed: dict[str, nbformat.NotebookNode | BaseException]) -> None:
    notebook = executed[path.stem]
    if isinstance(notebook, BaseException):
        pytest.fail(f"{path.name} failed: {notebook}")
    cells = [c for c in notebook.cells if c.cell_type == "code"]
    drawing = [c for c in cells if re.match(r"report\.(\w+)\(", c.source.strip().splitlines()[-1])
               and c.source.strip().splitlines()[-1].split("(")[0].removeprefix("report.") in FIGURES]
    assert drawing, "a notebook shows at least one figure"
    for cell in drawing:
        assert any("image/png" in o.get("data", {}) for o in cell.outputs), cell.source
    # the first cell reports what it loaded: numbers, and not all zero (the samples hold data for every notebook)
    printed = "".join(o.get("text", "") for o in cells[0].outputs if o.output_type == "stream")
    counts = [int(n) for n in re.findall(r"\d+", printed)]
    assert counts and counts[0] > 0, printed
