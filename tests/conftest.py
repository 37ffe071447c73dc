"""Shared fixtures: the founding corpus and the public data sets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import SEEDS
from helpers import data_home as _configured_data_home


def data_home() -> Path | None:
    """The public data folder, if it is there."""
    path = _configured_data_home()
    return path if path.is_dir() else None


def pytest_collection_modifyitems(config, items):
    for item in items:
        # the examples of scorer.datasets read the public data sets
        if item.nodeid.startswith("scorer/datasets.py"):
            item.add_marker(pytest.mark.data)
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
