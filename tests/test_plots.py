"""Plots draw on the Axes they are given and return it."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pytest

from scorer import plots


@pytest.mark.parametrize(
    "function, table",
    [
        (plots.plot_reliability, "scores"),
        (plots.plot_contributions, "scores"),
        (plots.plot_segment_labels, "segments"),
    ],
)
def test_plot_uses_given_axes(seed_analysis, function, table):
    fig, ax = plt.subplots()
    returned = function(getattr(seed_analysis, table), ax=ax)
    assert returned is ax
    assert len(ax.patches) >= 5  # at least one bar per article
    plt.close(fig)


def test_contribution_bars_add_up_to_points(seed_analysis):
    fig, ax = plt.subplots()
    plots.plot_contributions(seed_analysis.scores, ax=ax)
    widths = sum(p.get_width() for p in ax.patches)
    assert widths == pytest.approx(seed_analysis.scores["points"].sum())
    plt.close(fig)
