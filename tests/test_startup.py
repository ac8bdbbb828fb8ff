"""Start-up: what each command imports. Heavy libraries load only in the commands that need them (timings are
measured by benchmarks/run.py, never here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ARTICLE = Path(__file__).resolve().parents[1] / "corpus" / "articles" / "a01_bandaaceh_asesmen.txt"


def _modules_after(code: str) -> set[str]:
    """Top-level packages imported after running `code` in a fresh interpreter."""
    script = f"import sys\n{code}\nimport json; print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def test_help_imports_no_nlp_database_or_machine_learning() -> None:
    code = ("from typer.testing import CliRunner; from extractor.cli import app\n"
            "assert CliRunner().invoke(app, ['--help']).exit_code == 0\n"
            "assert CliRunner().invoke(app, ['ingest', '--help']).exit_code == 0")
    loaded = _modules_after(code)
    assert not loaded & {"spacy", "trafilatura", "sqlalchemy", "sqlmodel", "sklearn", "pandas", "numpy", "scipy"}


def test_extract_imports_no_database_scikit_learn_or_pandas() -> None:
    code = ("from typer.testing import CliRunner; from extractor.cli import app\n"
            f"result = CliRunner().invoke(app, ['extract', {str(ARTICLE)!r}])\n"
            "assert result.exit_code == 0 and json.loads(result.stdout)['regions'], result.output\n"
            "import json")
    loaded = _modules_after("import json\n" + code)
    assert "spacy" in loaded
    assert not loaded & {"sqlalchemy", "sqlmodel", "datasketch", "sklearn", "pandas", "scipy", "skops"}
    # a text file needs no HTML parsing, no HTTP, no archive reader and no date library
    assert not loaded & {"trafilatura", "lxml", "htmldate", "dateutil", "dateparser", "courlan", "protego", "warcio"}


def test_the_console_script_spares_the_collector_at_exit() -> None:
    """main() freezes what is alive when the command ends: Python's shutdown would walk it all again (0.15-0.2 s
    with the NLP pipeline loaded)."""
    code = ("import gc, sys\nfrom extractor.cli import main\nsys.argv = ['extractor', '--version']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\nprint(gc.get_freeze_count())")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(result.stdout.strip().splitlines()[-1]) > 0


def test_the_console_script_runs_numpy_on_one_blas_thread_unless_told_otherwise() -> None:
    code = ("import os, sys\nfrom extractor.cli import main\nsys.argv = ['extractor', '--version']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\nprint(os.environ['OPENBLAS_NUM_THREADS'])")
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    for given, expected in ((None, "1"), ("2", "2")):
        run_env = env if given is None else {**env, "OPENBLAS_NUM_THREADS": given}
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=run_env)
        assert result.stdout.strip().splitlines()[-1] == expected
