"""A browsable, read-only view of a SQLite database on datasette: table and column descriptions from
docs/schema.md, facets and canned queries from data/serve.toml."""

from __future__ import annotations

import re
import socket
import sqlite3
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import uvicorn
from datasette.app import Datasette
from sqlalchemy.engine import make_url

from extractor.errors import ConfigError

DATA = Path(__file__).parent / "data"
try:
    # docs/ is installed as the package extractor.docs (see pyproject.toml)
    import extractor.docs as _docs

    SCHEMA = Path(_docs.__file__).resolve().parent / "schema.md"
except ImportError:  # running from a checkout that shadows the installed package
    SCHEMA = Path(__file__).resolve().parents[1] / "docs" / "schema.md"
# the stylesheet of data/serve_static, served by datasette under this path
STATIC = "-/extractor"

SECTION = re.compile(r"^### `(?P<table>\w+)`\n(?P<body>.*?)(?=^#{2,3} |\Z)", re.MULTILINE | re.DOTALL)
LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")


@dataclass(frozen=True)
class TableDoc:
    """What docs/schema.md says of one table: its first paragraph and the meaning of each column."""

    description: str
    columns: dict[str, str]


def plain(markdown: str) -> str:
    """Markdown of one paragraph or table cell as plain text: no code marks, links as their text."""
    return " ".join(LINK.sub(r"\1", markdown).replace("`", "").replace("**", "").split())


def table_docs(schema: str) -> dict[str, TableDoc]:
    """The tables documented in docs/schema.md (a `### `name`` section each), read from its text."""
    docs = {}
    for section in SECTION.finditer(schema):
        paragraph = section["body"].strip().split("\n\n", 1)[0]
        columns = {}
        for line in section["body"].splitlines():
            cells = line.strip().strip("|").split("|")
            if not line.startswith("| `") or len(cells) < 3:
                continue
            meaning = plain("|".join(cells[2:]))
            for name in re.findall(r"`(\w+)`", cells[0]):  # "`start`, `end`" documents two columns
                columns[name] = meaning
        docs[section["table"]] = TableDoc(plain(paragraph), columns)
    return docs


@cache
def view_config() -> dict[str, Any]:
    """data/serve.toml: title, datasette settings, facets and labels per table, canned queries."""
    return tomllib.loads((DATA / "serve.toml").read_text(encoding="utf-8"))


def metadata(database: str) -> dict[str, Any]:
    """Datasette metadata for a database named `database`: descriptions, facets, labels and canned queries."""
    view = view_config()
    tables: dict[str, dict[str, Any]] = {}
    for name, doc in table_docs(SCHEMA.read_text(encoding="utf-8")).items():
        tables[name] = {"description": doc.description, "columns": doc.columns, **view["tables"].get(name, {})}
    return {"title": view["title"], "description": view["description"], "extra_css_urls": [f"/{STATIC}/serve.css"],
            "databases": {database: {"tables": tables, "queries": view["queries"]}}}


def sqlite_path(db_url: str) -> Path:
    """The file of a SQLite database URL; ConfigError for another database or a file that is not one."""
    url = make_url(db_url)
    if url.get_backend_name() != "sqlite":
        raise ConfigError(url.render_as_string(hide_password=True), "serve reads SQLite databases only (datasette)",
                          "pass --db sqlite:///FILE, or export the tables first: extractor export --format csv")
    path = Path(url.database or "")
    if not path.is_file():
        raise ConfigError(str(path), "no such database file", "build it with extractor ingest, or pass --db")
    try:
        # read-only, as datasette opens it: serving never changes the file
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            tables = {row[0] for row in connection.execute("select name from sqlite_master where type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise ConfigError(str(path), f"not a readable SQLite database ({exc})", "pass the file extractor "
                          "ingest wrote") from None
    if "event" not in tables:
        raise ConfigError(str(path), "not an extractor database (it has no event table)",
                          "pass the file extractor ingest wrote")
    return path


def make_datasette(path: Path) -> Datasette:
    """A datasette over one SQLite file, opened read-only, with the project's metadata and settings."""
    # a mutable (not immutable) file: datasette reads it with mode=ro and sees what a running ingest adds
    return Datasette([str(path)], metadata=metadata(path.stem), settings=dict(view_config()["settings"]),
                     static_mounts=[(STATIC, str(DATA / "serve_static"))])


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to host:port; ConfigError when the address cannot be used (a port in use)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        raise ConfigError(f"{host}:{port}", f"cannot listen there: {exc.strerror or exc}",
                          "pass another --port or --host") from None
    return sock


def serve(path: Path, sock: socket.socket) -> None:
    """Serve the database on a socket from `listen` until interrupted (Ctrl-C)."""
    server = uvicorn.Server(uvicorn.Config(make_datasette(path).app(), log_level="warning", lifespan="on"))
    server.run(sockets=[sock])
