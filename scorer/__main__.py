"""Command line: ``python -m scorer score PATH``, ``report PATH -o DIR``, ``analyze PATH -o DIR``.

The ``scorer`` console script is the same entry point.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path
from typing import Any

import pandas as pd

from scorer.io import load_articles, write_table
from scorer.pipeline import analyze
from scorer.schema import ARTICLE_ID, ERROR, FAMILIES, SOURCE

#: Above this many articles the progress bar shows by default.
PROGRESS_FROM = 500

_EPILOG = textwrap.dedent(
    """\
    examples:
      python -m scorer score data/examples/niger-2023
      python -m scorer score corpus.csv -o out/scores.csv -o out/scores.parquet
      python -m scorer score corpus.jsonl --column body_html=text --top 20
      python -m scorer report data/examples/niger-2023 -o out/report
      python -m scorer analyze corpus.parquet -o out/tables --chunk 10000
    """
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scorer",
        description="Score news articles and their outlets for reliability.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    score = _command(
        commands,
        "score",
        help="print a ranked table of articles (and write it with -o)",
        description="Score every article of a corpus and print them ranked by reliability.",
    )
    score.add_argument(
        "-o",
        "--output",
        action="append",
        type=Path,
        default=[],
        metavar="OUT",
        help="write the scores table to OUT (.csv, .json or .parquet); repeatable",
    )
    score.add_argument("--top", type=int, default=None, help="print only the first N rows")
    _add_input_options(score)
    report = _command(
        commands,
        "report",
        help="write a self-contained HTML report (DIR/report.html)",
        description="Analyse a corpus and write a self-contained HTML report that opens offline.",
    )
    report.add_argument(
        "-o", "--output", type=Path, required=True, metavar="DIR", help="folder for report.html"
    )
    report.add_argument("--title", default=None, help="page title (default: the input's name)")
    report.add_argument(
        "--max-articles",
        type=int,
        default=200,
        help="articles with a detailed section (the best and worst halves beyond it)",
    )
    _add_input_options(report)
    tables = _command(
        commands,
        "analyze",
        help="write every table to DIR as Parquet, in bounded memory (large corpora)",
        description=(
            "Analyse a corpus partition by partition and write every table "
            "(articles, segments, claims, scores, sources ...) to DIR/<table>.parquet. "
            "Peak memory is that of one partition plus a small corpus-wide state, "
            "so corpora larger than memory work; the tables equal `score`'s analysis."
        ),
    )
    tables.add_argument(
        "-o", "--output", type=Path, required=True, metavar="DIR", help="folder for the tables"
    )
    tables.add_argument(
        "--chunk",
        type=int,
        default=None,
        metavar="N",
        help="articles per partition (default 10,000): lower it to use less memory",
    )
    _add_input_options(tables)
    return parser


def _command(commands: Any, name: str, *, help: str, description: str) -> argparse.ArgumentParser:
    """A sub-command that reads a corpus: its parser with the ``path`` argument."""
    command = commands.add_parser(
        name,
        help=help,
        description=description,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument(
        "path",
        type=Path,
        help="a folder of .txt files, or one .txt/.csv/.tsv/.jsonl/.parquet file",
    )
    return command


def _add_input_options(command: argparse.ArgumentParser) -> None:
    """The options both commands share: column mapping and the progress bar."""
    command.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="THEIRS=OURS",
        help="map an input column to one of ours (text, title, source, published, url)",
    )
    bar = command.add_mutually_exclusive_group()
    bar.add_argument("--progress", action="store_true", help="always show a progress bar")
    bar.add_argument("--no-progress", action="store_true", help="never show a progress bar")


def _column_map(pairs: list[str]) -> dict[str, str] | None:
    mapping = {}
    for pair in pairs:
        theirs, sep, ours = pair.partition("=")
        if not sep or not theirs or not ours:
            raise ValueError(f"--column expects THEIRS=OURS, got {pair!r}")
        mapping[theirs] = ours
    return mapping or None


def ranked_table(scores: pd.DataFrame) -> pd.DataFrame:
    """Scores sorted best first, unscoreable articles last, for printing."""
    table = scores[[ARTICLE_ID, SOURCE, *FAMILIES, "reliability", ERROR]].rename(
        columns={ARTICLE_ID: "article", SOURCE: "outlet"}
    )
    table = table.sort_values(
        ["reliability", "article"], ascending=[False, True], na_position="last", kind="mergesort"
    ).reset_index(drop=True)
    table.index = table.index + 1
    if table[ERROR].isna().all():
        table = table.drop(columns=ERROR)
    return table


def _analyze(args: argparse.Namespace):
    articles = load_articles(args.path, columns=_column_map(args.column))
    progress = args.progress or (not args.no_progress and len(articles) >= PROGRESS_FROM)
    return analyze(articles, progress=progress)


def _report(args: argparse.Namespace) -> int:
    from scorer.report import render_report

    result = _analyze(args)
    title = args.title or f"scorer report: {args.path.name or args.path}"
    page = render_report(result, title=title, max_articles=args.max_articles)
    args.output.mkdir(parents=True, exist_ok=True)
    target = args.output / "report.html"
    target.write_text(page, encoding="utf-8")
    print(f"wrote {target} ({len(result.articles):,} articles)")
    return 0


def _score(args: argparse.Namespace) -> int:
    result = _analyze(args)
    for target in args.output:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_table(result.scores, target)
        print(f"wrote {target}", file=sys.stderr)
    table = ranked_table(result.scores)
    if args.top is not None:
        table = table.head(args.top)
    with pd.option_context("display.width", 200, "display.max_colwidth", 60):
        print(table.to_string(float_format=lambda v: f"{v:.3f}", na_rep="—"))
    return 0


def _tables(args: argparse.Namespace) -> int:
    from scorer.stream import CHUNK_ARTICLES, analyze_to

    result = analyze_to(
        args.path,
        args.output,
        chunk_articles=args.chunk or CHUNK_ARTICLES,
        columns=_column_map(args.column),
        progress=not args.no_progress,
    )
    n = len(result.scores)
    print(f"wrote {len(result.TABLES) + 1} tables of {n:,} articles to {args.output}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m scorer`` and the ``scorer`` script."""
    args = _parser().parse_args(argv)
    commands = {"report": _report, "score": _score, "analyze": _tables}
    try:
        return commands[args.command](args)
    except (OSError, ValueError, UnicodeError) as error:
        # One line, no traceback: the messages of load_articles name the
        # file, the row and the problem already.
        print(f"scorer: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("scorer: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
