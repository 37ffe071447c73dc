"""Shared fixtures: the founding corpus and the public data sets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "examples" / "niger-2023"


def data_home() -> Path | None:
    """SCORER_DATA_HOME, else ../shared/data beside the repository, if present."""
    configured = os.environ.get("SCORER_DATA_HOME")
    path = Path(configured) if configured else ROOT.parent / "shared" / "data"
    return path if path.is_dir() else None


def pytest_collection_modifyitems(config, items):
    if data_home() is not None:
        return
    if os.environ.get("CI"):
        # The public data must be there in CI: a skipped data test would hide a failure.
        raise pytest.UsageError(
            "CI is set but the public data are missing: set SCORER_DATA_HOME to the shared/data "
            "folder (tests marked 'data' must not be skipped in CI)"
        )
    skip = pytest.mark.skip(reason="public data not found: set SCORER_DATA_HOME")
    for item in items:
        if "data" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    home = data_home()
    if home is None:
        pytest.skip("public data not found: set SCORER_DATA_HOME")
    return home


@pytest.fixture(scope="session")
def seed_articles():
    """The five founding articles, loaded the way users load them."""
    import scorer

    return scorer.load_articles(SEEDS)


@pytest.fixture(scope="session")
def seed_analysis(seed_articles):
    """Every table of the founding corpus (computed once per test session)."""
    import scorer

    return scorer.analyze(seed_articles)
