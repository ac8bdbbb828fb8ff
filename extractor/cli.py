"""Command line: parse arguments, call the library, map library errors to messages and exit codes."""

from __future__ import annotations

import gc
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from extractor.errors import ExtractorError
from extractor.failure_report import FailureGroup
from extractor.names import safe_name
from extractor.records import Failure
from extractor.settings import VERSION, Settings, load_settings, shown_db_url

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn Indonesian news about smart-city evaluations into a research database.")
err = Console(stderr=True)
F = TypeVar("F", bound=Callable[..., Any])

def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"smartcity-extractor {VERSION}")
        raise typer.Exit()


@app.callback()
def _main_options(
    version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Turn Indonesian news about smart-city evaluations into a research database."""


DbOption = Annotated[str | None, typer.Option("--db", help="Database URL (default: $EXTRACTOR_DB or "
                                                          "sqlite:///extractor.db).", show_default=False)]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
WorkersOption = Annotated[int, typer.Option("--workers", "-w", min=1, help="Parallel worker processes for "
                                                                          "parsing and NLP.")]
MaxBytesOption = Annotated[int | None, typer.Option(
    "--max-bytes", min=1, show_default=False,
    help="Largest page, file, JSONL line or WARC record to read, in bytes (default 10000000).")]
TimeLimitOption = Annotated[float | None, typer.Option(
    "--time-limit", min=0, show_default=False,
    help="Seconds one document may take to download, parse and extract before it is recorded as a failure "
         "(default 60; 0: no limit).")]
AllowPrivateOption = Annotated[bool, typer.Option(
    "--allow-private", help="Also fetch URLs whose host is private, loopback or link-local (a local server).")]


def shown(value: object) -> str:
    """A name, reason or message as printed: control characters escaped (safe_name), then rich markup."""
    return escape(safe_name(str(value)))


def use_database(settings: Settings, existing: bool = False) -> str:
    """Say on stderr which database the command uses (password hidden) and return its URL; with `existing` (a
    command that only reads), refuse a database that does not exist instead of creating an empty one."""
    err.print(f"database: {shown(shown_db_url(settings.db_url))}", soft_wrap=True, highlight=False)
    if existing:
        from extractor.db.session import require_database

        require_database(settings.db_url)
    return settings.db_url


def print_failure(failure: Failure) -> None:
    """One line per failed item: its source and stage as recorded, then the reason."""
    err.print(f"[yellow]failed[/yellow] {shown(failure.source)} ({shown(failure.stage)}): {shown(failure.reason)}",
              soft_wrap=True)


# the exit status of a command ended by Ctrl-C (128 + SIGINT), as shells report it
INTERRUPTED = 130
# errors in what the user typed (a setting, a query argument) are usage errors: exit status 2
USAGE_STAGES = {"config", "query"}


def handle_errors(command: F) -> F:
    """Turn library errors into one clear line on stderr and exit status 1 (2 for usage errors)."""
    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ExtractorError as exc:
            err.print(f"[red]error[/red] ({exc.stage}) {shown(exc)}", soft_wrap=True)
            raise typer.Exit(2 if exc.stage in USAGE_STAGES else 1) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # a bug or an unforeseen library error: one line, never a traceback
            logging.getLogger(__name__).debug("unexpected error", exc_info=True)
            err.print(f"[red]error[/red] unexpected {exc.__class__.__name__}: {shown(exc)} (please report "
                      "it with the command you ran)", soft_wrap=True)
            raise typer.Exit(1) from None
    return wrapper  # type: ignore[return-value]


@contextmanager
def progress_bar(quiet: bool, total: int | None = None, description: str = "ingest"
                 ) -> Iterator[Callable[[str, str], None]]:
    """A rich progress display counting done / failed / skipped, with the rate, and the total and time left when
    the total is known; a no-op when quiet. Fits 80 columns."""
    counts = {"stored": 0, "failed": 0, "skipped": 0, "near_duplicate": 0, "copy": 0, "irrelevant": 0}
    if quiet:
        yield lambda outcome, source: counts.__setitem__(outcome, counts.get(outcome, 0) + 1)
        return
    from rich.progress import (  # not for --help
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        SpinnerColumn,
        Task,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        """Items per second, once there is a rate."""

        def render(self, task: Task) -> Text:
            return Text(f"{task.speed:.1f}/s" if task.speed else "", style="progress.data.speed")

    known = total is not None
    columns = (SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(bar_width=12),
               MofNCompleteColumn() if known else TextColumn("{task.completed} items"), RateColumn(),
               *((TextColumn("eta"), TimeRemainingColumn(compact=True)) if known else (TimeElapsedColumn(),)),
               TextColumn("{task.fields[status]}"))
    with Progress(*columns, console=err, transient=False) as progress:
        task = progress.add_task(description, total=total, status="")

        def update(outcome: str, source: str) -> None:
            counts[outcome] = counts.get(outcome, 0) + 1
            status = (f"done {counts['stored'] + counts['near_duplicate']} · failed {counts['failed']} · "
                      f"skipped {counts['skipped']}" + (f" · copies {counts['copy']}" if counts["copy"] else "")
                      + (f" · off-topic {counts['irrelevant']}" if counts["irrelevant"] else ""))
            progress.update(task, advance=1, status=status)
        yield update


@app.command()
@handle_errors
def ingest(
    sources: Annotated[list[str] | None, typer.Argument(help="URLs, .html/.htm/.txt/.jsonl/.warc/.warc.gz files "
                                                              "or directories.", show_default=False)] = None,
    urls: Annotated[Path | None, typer.Option("--urls", help="Text file of URLs, one per line.")] = None,
    feed: Annotated[list[str] | None, typer.Option("--feed", help="RSS/Atom feed (or a page announcing one) whose "
                                                   "articles to ingest; repeatable.", show_default=False)] = None,
    sitemap: Annotated[list[str] | None, typer.Option("--sitemap", help="Sitemap or sitemap index whose pages to "
                                                      "ingest; repeatable.", show_default=False)] = None,
    since: Annotated[str | None, typer.Option("--since", help="Only feed/sitemap entries dated on or after this "
                                              "day (YYYY-MM-DD); undated ones are kept.", show_default=False)] = None,
    match: Annotated[str | None, typer.Option("--match", help="Only feed/sitemap URLs matching this regular "
                                              "expression.", show_default=False)] = None,
    db: DbOption = None,
    workers: WorkersOption = 1,
    retry_failed: Annotated[bool, typer.Option("--retry-failed", help="Try again the items that failed for good "
                                                                      "in earlier runs.")] = False,
    dask: Annotated[str | None, typer.Option("--dask", help="Address of a Dask scheduler (tcp://host:8786): "
                                                            "parse, extract and store on its workers.",
                                             show_default=False)] = None,
    quiet: QuietOption = False,
    max_bytes: MaxBytesOption = None,
    time_limit: TimeLimitOption = None,
    allow_private: AllowPrivateOption = False,
    min_relevance: Annotated[float | None, typer.Option(
        "--min-relevance", min=0, max=1, show_default=False,
        help="Skip articles whose relevance to the smart-city programme is below this (default 0.5; 0: keep "
             "every article).")] = None,
) -> None:
    """Fetch, parse, extract and store articles; print a summary of the run."""
    from extractor.listings import Listing, Narrowing, parse_match, parse_since
    from extractor.pipeline import ingest as run_ingest
    from extractor.sources import count_items, read_url_list

    items = list(sources or [])
    listings = [Listing("feed", u) for u in feed or []] + [Listing("sitemap", u) for u in sitemap or []]
    if (since is not None or match is not None) and not listings:
        err.print("[red]error[/red] --since and --match narrow what --feed and --sitemap list: give one of them")
        raise typer.Exit(2)
    try:
        narrowing = Narrowing(parse_since(since) if since is not None else None,
                              parse_match(match) if match is not None else None)
    except ExtractorError as exc:
        err.print(f"[red]error[/red] {'--since' if since is not None and exc.item == since else '--match'} "
                  f"{shown(exc)}", soft_wrap=True)
        raise typer.Exit(2) from None
    if urls is not None and not urls.is_file():
        err.print(f"[red]error[/red] --urls {shown(urls)}: no such file", soft_wrap=True)
        raise typer.Exit(2)
    if urls is not None:
        items += read_url_list(urls)
    if not items and not listings:
        err.print("[red]error[/red] nothing to ingest: give at least one SOURCE, --urls FILE, --feed URL or "
                  "--sitemap URL")
        raise typer.Exit(2)
    settings = load_settings(db_url=db, workers=workers, max_bytes=max_bytes, time_limit=time_limit,
                             allow_private=allow_private or None,  # None keeps the default
                             min_relevance=min_relevance)
    use_database(settings)
    # the total is known when no feed or sitemap lists more items
    with progress_bar(quiet, None if quiet or listings else count_items(items)) as progress:
        if dask:
            from extractor.distributed import ingest_on_cluster

            summary = ingest_on_cluster(items, settings, dask, progress, retry_failed=retry_failed,
                                        listings=listings, narrowing=narrowing)
        else:
            summary = run_ingest(items, settings, progress, retry_failed=retry_failed, listings=listings,
                                 narrowing=narrowing)
    groups = summary.failure_groups()
    report = {"run": summary.run_id, "stored": summary.stored, "near_duplicates": summary.near_duplicates,
              "copies": summary.copies, "skipped": summary.skipped, "irrelevant": summary.irrelevant,
              "failed": summary.failed, "interrupted": summary.interrupted,
              "database": summary.totals, "failures": [g.as_dict() for g in groups]}
    if summary.listed is not None:  # what the feeds and sitemaps gave
        report.update(listed=summary.listed, left_out=summary.left_out)
    typer.echo(json.dumps(report, ensure_ascii=False))
    for failure in summary.failures:
        print_failure(failure)
    if summary.failed > len(summary.failures):
        err.print(f"... and {summary.failed - len(summary.failures)} more")
    if summary.failed > 1:
        print_failure_groups(groups, summary.run_id)
    if summary.interrupted:
        err.print(f"interrupted after {sum(summary.counts().values())} items (the summary above counts them): "
                  "run the same command again to resume", soft_wrap=True)
        raise typer.Exit(INTERRUPTED)
    raise typer.Exit(0 if summary.ok else 1)


def print_failure_groups(groups: list[FailureGroup], run_id: int | None) -> None:
    """The failures counted per stage and reason, the most frequent first, with example items."""
    total = sum(g.count for g in groups)
    err.print(f"{total} failures by reason (all of them: extractor failures --run {run_id}):", soft_wrap=True)
    for group in groups:
        examples = ", ".join(group.examples) + (", ..." if group.count > len(group.examples) else "")
        err.print(f"  {group.count:>6}  {shown(group.stage)}: {shown(group.reason)}  (e.g. {shown(examples)})",
                  soft_wrap=True)


@app.command()
@handle_errors
def failures(
    run: Annotated[int | None, typer.Option("--run", help="Id of the ingest run (default: the latest).",
                                            show_default=False)] = None,
    by_reason: Annotated[bool, typer.Option("--by-reason", help="Count the failures per stage and reason "
                                                                "instead of listing them.")] = False,
    output_format: Annotated[str, typer.Option("--format", help="Output format: table, json or csv.")] = "table",
    db: DbOption = None,
) -> None:
    """List the items that failed in an ingest run, with stage and reason."""
    from extractor.db.queries import FAILURE_COLUMNS, find_failures
    from extractor.failure_report import group_failures

    if not by_reason:
        _answer(db, output_format, find_failures, FAILURE_COLUMNS, [
            ("source", lambda r: r["source"]), ("stage", lambda r: r["stage"]), ("reason", lambda r: r["reason"]),
            ("at", lambda r: r["at"]), ("run", lambda r: r["run"])], run=run)
        return
    from extractor.db.session import session_scope

    _check_format(output_format)
    with session_scope(use_database(load_settings(db_url=db), existing=True)) as session:
        rows = find_failures(session, run=run)
    groups = [g.as_dict() for g in group_failures(Failure(r["source"], r["stage"], r["reason"]) for r in rows)]
    _print_rows(groups, ["count", "stage", "reason", "examples"], output_format, [
        ("count", lambda r: r["count"]), ("stage", lambda r: r["stage"]), ("reason", lambda r: r["reason"]),
        ("examples", lambda r: r["examples"])])


@app.command()
@handle_errors
def stats(db: DbOption = None) -> None:
    """Print the numbers of stored articles, failures, duplicates, events, people and innovations as JSON."""
    from extractor.db.queries import database_stats

    typer.echo(json.dumps(database_stats(use_database(load_settings(db_url=db), existing=True))))


@app.command()
@handle_errors
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files or directories of any kind `ingest` accepts.")],
    output_format: Annotated[str, typer.Option("--format", help="Output format (jsonl).")] = "jsonl",
    workers: WorkersOption = 1,
    max_bytes: MaxBytesOption = None,
    time_limit: TimeLimitOption = None,
    allow_private: AllowPrivateOption = False,
) -> None:
    """Run parsing and NLP without a database; print one JSON object per article."""
    from extractor.pipeline import extract_sources

    _check_format(output_format, ("jsonl",))
    failed = 0
    settings = load_settings(workers=workers, max_bytes=max_bytes, time_limit=time_limit,
                             allow_private=allow_private or None)  # None keeps the default
    for result in extract_sources(paths, settings):
        if isinstance(result, Failure):
            failed += 1
            print_failure(result)
            continue
        typer.echo(json.dumps(result.summary, ensure_ascii=False, default=str))
    raise typer.Exit(1 if failed else 0)


@app.command()
@handle_errors
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Directory of gold <id>.json annotations.")],
    paths: Annotated[list[str] | None, typer.Argument(help="Articles to extract (files or directories).",
                                                      show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    show_errors: Annotated[bool, typer.Option("--show-errors", help="Also list, per article and field, the "
                                              "gold items missed (-) and the extra items found (+).")] = False,
    stored: Annotated[bool, typer.Option("--stored", help="Score what the database stores (events merged, "
                                         "scores deduplicated, people resolved) instead of extracting PATHS; "
                                         "ingest the articles first.")] = False,
    ids: Annotated[str | None, typer.Option("--ids", help="Score only these gold articles: ids and ranges, "
                                            "comma-separated (r1100-r1112,r402).", show_default=False)] = None,
    predictions_file: Annotated[Path | None, typer.Option(
        "--predictions", help="Score the article records of this JSONL file (the output of `extractor extract`, "
        "or another tool's in the same keys) instead of extracting PATHS.", show_default=False)] = None,
    db: DbOption = None,
    time_limit: TimeLimitOption = None,
) -> None:
    """Extract the articles (or read the database, or a file of predictions) and print precision, recall and F1
    per field against the gold annotations."""
    from extractor.evaluate import (
        errors,
        format_errors,
        format_table,
        load_gold,
        read_predictions,
        score,
        select_gold,
    )

    gold = load_gold(gold_dir)
    if ids:
        gold = select_gold(gold, ids)
    if [bool(paths), stored, predictions_file is not None].count(True) != 1:
        err.print("[red]error[/red] give the articles to extract as PATHS, --stored to score the database, or "
                  "--predictions FILE to score saved predictions (one of the three)")
        raise typer.Exit(2)
    predictions = []
    if predictions_file is not None:
        predictions = read_predictions(predictions_file)
    elif stored:
        from extractor.db.session import session_scope
        from extractor.evaluate_stored import stored_predictions

        with session_scope(use_database(load_settings(db_url=db), existing=True)) as session:
            predictions = stored_predictions(session)
    else:
        from extractor.pipeline import extract_sources

        for result in extract_sources(paths or [], load_settings(time_limit=time_limit)):
            if isinstance(result, Failure):
                print_failure(result)  # scored as an empty prediction
            else:
                predictions.append(result.summary)
    rows = score(gold, predictions)
    found = errors(gold, predictions) if show_errors else None
    if as_json:
        typer.echo(json.dumps({"scores": rows, "errors": found} if show_errors else rows, default=_jsonable))
    else:
        typer.echo(format_table(rows, len(gold)) + (f"\n\n{format_errors(found)}" if found else ""))


def _jsonable(value: object) -> object:
    """Sets and tuples of the error lists as JSON lists."""
    if isinstance(value, frozenset):
        return sorted(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


@app.command("train")
@handle_errors
def train_models(
    output: Annotated[Path | None, typer.Option("--output", help="Where to write the models (default: models/ "
                                                "beside the corpus).", show_default=False)] = None,
    corpus: Annotated[Path | None, typer.Option("--corpus", help="The corpus directory: gold, samples, articles, "
                                                "training, real (default: ./corpus, else the corpus of the checkout "
                                                "the package runs from).", show_default=False)] = None,
    ner_data: Annotated[Path | None, typer.Option("--ner-data", help="The IndoNLU NER corpora, nergrit/ and nerp/ "
                                                  "(default: ../shared/data/ner beside the corpus' project).",
                                                  show_default=False)] = None,
    real_cache: Annotated[Path | None, typer.Option("--real-cache", help="Cached texts of the real articles (the "
                                                    "dev half is learnt from when present; default: "
                                                    ".cache/real-articles beside the corpus).",
                                                    show_default=False)] = None,
    classifier_only: Annotated[bool, typer.Option("--classifier-only", help="Train only the dimension "
                                                  "classifier (minutes), with the pipeline already in --output.")]
    = False,
    common_words_only: Annotated[bool, typer.Option("--common-words-only", help="Only regenerate "
                                                    "extractor/nlp/data/common_words.txt from the NER corpora "
                                                    "(seconds).")] = False,
) -> None:
    """Rebuild models/ from corpus/: the person finder (ner), the spaCy pipeline and the dimension classifier."""
    from extractor.training import resolve_training_paths

    # everything checked before training
    paths = resolve_training_paths(corpus, output, ner_data, real_cache,
                                   person_finder=common_words_only or not classifier_only)
    from extractor.classify import TRAINING_FILES, train
    from extractor.classify.corpus import DEV_GOLD_FILE, corpus_rows, write_dev_gold_rows, write_rows
    from extractor.classify.training import read_lines, region_key, report
    from extractor.nlp import load_pipeline, save_pipeline
    from extractor.nlp.ner_training import COMMON_WORDS, Sources, train_person_model, write_common_words

    if common_words_only or not classifier_only:
        words = write_common_words(paths.ner_data)
        typer.echo(f"wrote {shown(COMMON_WORDS)}: {len(words)} common words of the NER corpora")
        if common_words_only:
            return
    corpus, output, real_cache = paths.corpus, paths.output, paths.real_cache
    err.print(f"training from {shown(corpus)} into {shown(output)}", soft_wrap=True)
    training = corpus / "training"
    if not classifier_only:
        real_dev = corpus / "real" / "dev"
        sources = Sources(paths.ner_data, (corpus / "gold", real_dev),
                          (corpus / "samples", corpus / "articles", real_cache))
        report_ner = train_person_model(sources, output / "smartcity_ner", paths.work, (real_dev, real_cache))
        typer.echo(f"wrote {output / 'smartcity_ner'}: held-out PER {json.dumps(report_ner['heldout'])}; real dev "
                   f"people (model alone) {json.dumps(report_ner.get('real_dev_people'))}; "
                   f"{report_ner['size_bytes'] / 1e6:.1f} MB, {json.dumps(report_ner.get('speed'))}")
        load_pipeline.cache_clear()
        pipeline_dir = save_pipeline(output / "smartcity_id", model_dir=output)
        typer.echo(f"wrote {pipeline_dir}")
    excluded = read_lines(training / "excluded_regions.txt")
    rows = [r for r in corpus_rows(corpus / "gold", [corpus / "samples", corpus / "articles"])
            if region_key(r["region"]) not in excluded]
    write_rows(rows, training / "corpus_innovations.csv")
    names = [p.name for p in TRAINING_FILES]
    dev_gold = write_dev_gold_rows(corpus, [n for n in names if n != DEV_GOLD_FILE])
    typer.echo(f"wrote {DEV_GOLD_FILE}: {len(dev_gold.rows)} rows of the real dev gold (left out: "
               f"{json.dumps(dict(dev_gold.left_out))}, and the {dev_gold.held_out_articles} held-out articles)")
    files = [training / name for name in names]
    metadata = train(files, output, training / "test_regions.txt", training / "excluded_regions.txt", paths.ner_data)
    typer.echo(f"wrote the classifier ({metadata['model']}, {metadata['rows']} rows of {metadata['regions']} "
               f"regions)\n{report(metadata)}")


@app.command("classify")
@handle_errors
def classify_command(
    csv_file: Annotated[Path, typer.Argument(help="CSV with `name` and `description` columns.")],
) -> None:
    """Print the dimension (null: unknown, below the threshold), its probability and the two likeliest
    dimensions with their probabilities for each innovation of a CSV, one JSON line per row, in order."""
    from extractor.classify import classify_csv

    for row in classify_csv(csv_file):
        typer.echo(json.dumps(row, ensure_ascii=False))


# research queries over the assembled events

FormatOption = Annotated[str, typer.Option("--format", help="Output format: table, json or csv.")]
ProvinceOption = Annotated[str | None, typer.Option("--province", help="Province, e.g. 'Jawa Barat', 'Kalsel' or "
                                                                       "its code '63'.")]
OUTPUT_FORMATS = ("table", "json", "csv")


def _check_format(output_format: str, allowed: tuple[str, ...] = OUTPUT_FORMATS) -> None:
    if output_format not in allowed:
        err.print(f"[red]error[/red] unknown format '{shown(output_format)}' (use {', '.join(allowed)})")
        raise typer.Exit(2)


def _join(values: Any) -> str:
    return "; ".join(str(v) for v in values) if isinstance(values, list) else "" if values is None else str(values)


# what a table cell shows of a list before "+N"
SHOWN_IN_CELL = 3


def _few(values: list[Any], limit: int = SHOWN_IN_CELL) -> list[Any]:
    """The first values of a list, and how many more there are."""
    unique = list(dict.fromkeys(values))
    return unique[:limit] + ([f"+{len(unique) - limit}"] if len(unique) > limit else [])


def _site(source: str, site: str | None = None) -> str:
    """Where an article comes from, short: the host of its URL without www., else its site name or key."""
    from urllib.parse import urlsplit

    host = urlsplit(source).hostname if "://" in source else None
    return host.removeprefix("www.") if host else site or source


def _region(name: str | None) -> str:
    """A region name shortened for a table cell ("Kabupaten Banyuasin" -> "Kab. Banyuasin")."""
    return (name or "").replace("Kabupaten ", "Kab. ", 1)


def _metric(metric: str | None) -> str:
    """A score's metric, short: "smart_city_index_smart_governance" -> "index governance"."""
    return (metric or "").replace("smart_city_index", "index").replace("_smart_", " ").replace("_", " ")


def _dates(start: str | None, end: str | None) -> str:
    """An event's dates: "2023-10-10", or "2023-10-10–11" for days of one month."""
    if not start or end in (None, start):
        return start or ""
    same = 0
    for a, b in zip(start.split("-"), (end or "").split("-"), strict=False):
        if a != b:
            break
        same += 1
    return f"{start}–{'-'.join((end or '').split('-')[same:])}"


def _print_rows(rows: list[dict[str, Any]], columns: list[str], output_format: str,
                table: list[tuple[str, Callable[[dict[str, Any]], Any]]]) -> None:
    """Print query results as JSON (a list), CSV (nested values as JSON) or a rich table."""
    if output_format == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif output_format == "csv":
        from extractor.export import to_csv_text

        typer.echo(to_csv_text(rows, columns), nl=False)
    else:
        from rich import box
        from rich.table import Table

        grid = Table(show_lines=False, box=box.SIMPLE_HEAD, pad_edge=False)
        for title, _ in table:
            grid.add_column(title, overflow="fold")
        for row in rows:
            grid.add_row(*["\n".join(map(shown, value)) if isinstance(value := cell(row), list) else
                           shown(_join(value)) for _, cell in table])
        Console().print(grid)
        err.print(f"{len(rows)} rows")


def _answer(db: str | None, output_format: str, question: Callable[..., list[dict[str, Any]]], columns: list[str],
            table: list[tuple[str, Callable[[dict[str, Any]], Any]]], **filters: Any) -> None:
    """Check the format, ask the question of the database and print the rows it returns."""
    from extractor.db.session import session_scope

    _check_format(output_format)
    with session_scope(use_database(load_settings(db_url=db), existing=True)) as session:
        rows = question(session, **filters)
    _print_rows(rows, columns, output_format, table)


@app.command()
@handle_errors
def events(
    region: Annotated[str | None, typer.Option("--region", help="Region, e.g. 'Banyuasin' or 'Kab. Banyuasin'.")] = None,
    year: Annotated[int | None, typer.Option("--year", help="Events on some day of this year.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="Event type, e.g. evaluation, pre_evaluation, "
                                                                  "'pra evaluasi', bimtek.")] = None,
    person: Annotated[str | None, typer.Option("--person", help="Name of a person taking part.")] = None,
    dimension: Annotated[str | None, typer.Option("--dimension", help="Smart-city dimension, e.g. governance.")] = None,
    province: ProvinceOption = None,
    limit: Annotated[int | None, typer.Option("--limit", min=0, help="At most this many events (a page).")] = None,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Skip this many events first (the next pages).")]
    = 0,
    output_format: FormatOption = "table",
    db: DbOption = None,
) -> None:
    """List the assembled events matching every filter, with regions, people, sources, scores and innovations; in
    date order, a page at a time with --limit and --offset."""
    from extractor.db.queries import EVENT_COLUMNS, find_events

    _answer(db, output_format, find_events, EVENT_COLUMNS, [
        ("date", lambda r: _dates(r["start"], r["end"])),
        ("type", lambda r: r["type"].replace("_", " ")), ("regions", lambda r: _few([_region(n) for n in r["regions"]])),
        ("people", lambda r: _few([p["name"] for p in r["people"]], 2)),
        ("score", lambda r: _few([f"{s['value']:g} {_metric(s['metric'])}" for s in r["scores"]], 2)),
        ("sites", lambda r: _few([_site(a["source"], a["site"]) for a in r["source_articles"]], 2))],
        region=region, year=year, type=event_type, person=person, dimension=dimension, province=province,
        limit=limit, offset=offset)


@app.command()
@handle_errors
def people(
    category: Annotated[str | None, typer.Option("--category", help="ministry, regional_official, assessor or "
                                                                     "other.")] = None,
    province: ProvinceOption = None,
    output_format: FormatOption = "table",
    db: DbOption = None,
) -> None:
    """List the people across articles: spelling variants, positions over time, institutions, events, regions."""
    from extractor.db.queries import PEOPLE_COLUMNS, find_people

    _answer(db, output_format, find_people, PEOPLE_COLUMNS, [
        ("name (variants)", lambda r: [r["name"], *_few([f"({v})" for v in r["variants"] or [] if v != r["name"]], 2)]),
        ("category", lambda r: (r["category"] or "").replace("_", " ")),
        ("latest position", lambda r: next((p["role"] for p in reversed(r["positions"]) if p["role"]), None)),
        ("institution", lambda r: _few(r["institutions"], 2)),
        ("regions", lambda r: _few([_region(n) for n in r["regions"]], 2)), ("events", lambda r: len(r["events"]))], category=category, province=province)


@app.command()
@handle_errors
def scores(
    region: Annotated[str | None, typer.Option("--region", help="Region, e.g. 'Banjarmasin'.")] = None,
    province: ProvinceOption = None,
    output_format: FormatOption = "table",
    db: DbOption = None,
) -> None:
    """List the distinct scores given to regions (kind, metric, year, value) with the sources stating each."""
    from extractor.db.queries import SCORE_COLUMNS, find_scores

    _answer(db, output_format, find_scores, SCORE_COLUMNS, [
        ("region", lambda r: _region(r["region"])), ("year", lambda r: r["year"]),
        ("metric", lambda r: _metric(r["metric"] or r["kind"])), ("value", lambda r: f"{r['value']:g}"),
        ("sources", lambda r: r["n_independent_sources"]), ("copies", lambda r: r["n_syndicated"]),
        ("sites", lambda r: _few([_site(u) for u in r["sources"]] if not r["sites"] else r["sites"], 2))], region=region, province=province)


@app.command()
@handle_errors
def export(
    output: Annotated[Path, typer.Option("--output", help="Directory to write the files to.")],
    output_format: Annotated[str, typer.Option("--format", help="jsonl, csv or parquet.")] = "jsonl",
    db: DbOption = None,
) -> None:
    """Write every table, plus one denormalised events file, to a directory (see docs/schema.md)."""
    from extractor.export import FORMATS, export_database

    _check_format(output_format, FORMATS)
    for path in export_database(use_database(load_settings(db_url=db), existing=True), output_format, output):
        typer.echo(str(path))


@app.command()
@handle_errors
def reprocess(
    db: DbOption = None,
    workers: WorkersOption = 1,
    quiet: QuietOption = False,
    reparse: Annotated[bool, typer.Option("--reparse", help="Parse the stored raw HTML pages again too (text and "
                                                            "metadata), not only the NLP on the stored text.")] = False,
) -> None:
    """Run the NLP and event assembly again over the stored articles (no fetching); print a summary."""
    from extractor.db.queries import database_stats
    from extractor.reprocess import reprocess as run_reprocess

    settings = load_settings(db_url=db, workers=workers)
    use_database(settings, existing=True)
    with progress_bar(quiet, None if quiet else database_stats(settings.db_url)["articles"],
                      "reprocess") as progress:
        summary = run_reprocess(settings, progress, reparse=reparse)
    report: dict[str, Any] = {"reprocessed": summary.reprocessed, "failed": len(summary.failures)}
    if reparse:
        report |= {"reparsed": summary.reparsed, "from_text": summary.from_text}
    typer.echo(json.dumps(report | {"database": summary.totals}, ensure_ascii=False))
    if summary.from_text:
        err.print(f"{summary.from_text} articles have no stored HTML page (read from .txt or JSONL text): "
                  "reprocessed from their stored text", soft_wrap=True)
    for failure in summary.failures:
        print_failure(failure)
    raise typer.Exit(0 if summary.ok else 1)


db_app = typer.Typer(no_args_is_help=True, help="The database schema: its revision, and upgrading it.")
app.add_typer(db_app, name="db")


@db_app.command("current")
@handle_errors
def db_current(db: DbOption = None) -> None:
    """Print the schema revision of the database and the one this version writes, as JSON (no upgrade)."""
    from extractor.db.migrate import database_schema

    state = database_schema(use_database(load_settings(db_url=db)))
    typer.echo(json.dumps({"revision": state.describe(), "head": state.head, "up_to_date": state.up_to_date}))


@db_app.command("upgrade")
@handle_errors
def db_upgrade(db: DbOption = None) -> None:
    """Upgrade the database to the schema of this version (opening it with any command does it too)."""
    from extractor.db.migrate import upgrade_database

    before = upgrade_database(use_database(load_settings(db_url=db)))
    typer.echo(json.dumps({"from": before.describe(), "to": before.head, "upgraded": not before.up_to_date}))


# the optional dependencies of `report` (the extra "report" installs them)
REPORT_PACKAGES = ("matplotlib", "networkx")


@app.command()
@handle_errors
def report(
    output: Annotated[Path, typer.Option("--output", help="HTML file to write.")] = Path("report.html"),
    db: DbOption = None,
) -> None:
    """Write the notebooks' figures and tables into one self-contained HTML page."""
    try:
        from extractor.report import write_report
    except ModuleNotFoundError as exc:
        if exc.name not in REPORT_PACKAGES:
            raise
        err.print(f"[red]error[/red] the report needs {exc.name}: "
                  + escape('pip install "smartcity-extractor[report]"'), soft_wrap=True)
        raise typer.Exit(1) from None
    typer.echo(str(write_report(output, use_database(load_settings(db_url=db), existing=True))))


# the optional dependencies of `serve` (the extra "serve" installs them)
SERVE_PACKAGES = ("datasette", "uvicorn")


@app.command("serve")
@handle_errors
def serve_command(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (0.0.0.0: every interface of the "
                                                     "machine).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8001,
) -> None:
    """Browse a SQLite database in a web browser (datasette, read-only): described tables, facets, canned queries."""
    try:
        from extractor.serve import listen, serve, sqlite_path
    except ModuleNotFoundError as exc:
        package = (exc.name or "").split(".")[0]
        if package not in SERVE_PACKAGES:
            raise
        err.print(f"[red]error[/red] serve needs {package}: "
                  + escape('pip install "smartcity-extractor[serve]"'), soft_wrap=True)
        raise typer.Exit(2) from None
    path = sqlite_path(use_database(load_settings(db_url=db)))  # serve checks the file itself, read-only
    sock = listen(host, port)
    shown_host = f"[{host}]" if ":" in host else host
    err.print(f"serving {shown(path)} read-only at http://{shown_host}:{port}/ (Ctrl-C to stop)", soft_wrap=True)
    serve(path, sock)


# Libraries whose log lines are about one page ("discarding data", ERROR "parsed tree length: 1"): what they say
# is in the failure summary already, or the page was stored all the same.
PAGE_LOGGERS = ("trafilatura", "htmldate", "courlan")


def configure_logging() -> None:
    """Warnings and errors of the package on stderr; the per-page messages of the parsing libraries, none."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for library in PAGE_LOGGERS:
        logging.getLogger(library).setLevel(logging.CRITICAL)


def main() -> None:
    """Entry point of the `extractor` console script."""
    # One BLAS thread (set before numpy loads; a value the user set wins): the matrices of the person finder and the
    # classifier are small, and OpenBLAS's second thread only spins, 0.1 s of CPU in `extract` of one article for
    # no gain in time (the same output; worker processes, one per core, are the way to use more cores).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    configure_logging()
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(INTERRUPTED)
    finally:
        # The process ends here, and Python's shutdown runs the cyclic garbage collector over every object still
        # alive, several times: 0.15-0.2 s once the NLP pipeline is loaded (more than the NLP of a 3 KB article
        # takes), for memory the system takes back anyway. Frozen objects are skipped; finalizers registered with
        # atexit or weakref.finalize (temporary directories, worker pools) still run.
        gc.freeze()
