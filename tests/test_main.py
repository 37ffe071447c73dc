"""The command line: ranked table, outputs, one-line errors."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

import scorer
from scorer.__main__ import main


def test_score_prints_five_ranked_rows(capsys):
    assert main(["score", str(scorer.EXAMPLE_CORPUS), "--no-progress"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    header, rows = lines[0], lines[1:]
    for column in (
        "article",
        "outlet",
        "spam_density",
        "attribution",
        "consistency",
        "agreement",
        "reliability",
    ):
        assert column in header
    assert len(rows) == 5
    assert rows[0].split()[0] == "1" and rows[-1].split()[0] == "5"


def test_writes_csv_and_parquet(tmp_path, capsys):
    csv, parquet = tmp_path / "s.csv", tmp_path / "sub" / "s.parquet"
    code = main(["score", str(scorer.EXAMPLE_CORPUS), "-o", str(csv), "-o", str(parquet)])
    assert code == 0
    from_csv = pd.read_csv(csv)
    from_parquet = pd.read_parquet(parquet)
    assert len(from_csv) == len(from_parquet) == 5
    assert (
        from_csv["reliability"].round(9).tolist() == from_parquet["reliability"].round(9).tolist()
    )


@pytest.mark.parametrize(
    "make_input, fragment",
    [
        (lambda d: d / "nope", "nope"),
        (lambda d: d, "no"),
    ],
    ids=["missing-path", "empty-folder"],
)
def test_bad_input_is_one_line_and_nonzero(tmp_path, capsys, make_input, fragment):
    code = main(["score", str(make_input(tmp_path)), "--no-progress"])
    err = capsys.readouterr().err.strip()
    assert code != 0
    assert err.startswith("scorer: error:")
    assert len(err.splitlines()) == 1
    assert fragment in err
    assert "Traceback" not in err


def test_module_entry_point_help():
    out = subprocess.run(
        [sys.executable, "-m", "scorer", "score", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "examples:" in out and "-o" in out


def test_bad_column_mapping_is_reported(tmp_path, capsys):
    code = main(["score", str(scorer.EXAMPLE_CORPUS), "--column", "oops"])
    assert code == 2
    assert "THEIRS=OURS" in capsys.readouterr().err
