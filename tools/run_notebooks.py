"""Execute notebooks headless and write each one, with its outputs, to HTML.

Used by ``make demo``; the test suite executes the same notebooks itself.

    python tools/run_notebooks.py notebooks --html-dir out/notebooks
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter


def run_notebook(path: Path, *, timeout: int = 900) -> nbformat.NotebookNode:
    """Execute one notebook in its own folder and return it with outputs."""
    notebook = nbformat.read(path, as_version=4)
    os.environ.setdefault("MPLBACKEND", "Agg")
    client = NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    return notebook


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder holding the .ipynb files")
    parser.add_argument("--html-dir", type=Path, required=True, help="where the HTML goes")
    args = parser.parse_args(argv)
    notebooks = sorted(args.folder.glob("*.ipynb"))
    if not notebooks:
        print(f"no notebooks in {args.folder}", file=sys.stderr)
        return 1
    args.html_dir.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter()
    for path in notebooks:
        print(f"executing {path} ...", file=sys.stderr)
        body, _ = exporter.from_notebook_node(run_notebook(path))
        target = args.html_dir / f"{path.stem}.html"
        target.write_text(body, encoding="utf-8")
        print(f"wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
