"""Plots of scorer's tables: ``plot_*(data, *, ax=None, ...) -> Axes``.

Each draws on the given Axes or a new one and returns it; none calls
``plt.show()`` or touches global pyplot state beyond creating a figure when
no Axes is given.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from scorer.combine import COMPONENTS
from scorer.schema import ARTICLE_ID, SOURCE

FAMILY_COLOURS = {
    "spam_density": "#d95f02",
    "attribution": "#1b9e77",
    "consistency": "#7570b3",
    "agreement": "#e7298a",
    "language": "#66a61e",
}
LABEL_COLOURS = {
    "content": "#1b9e77",
    "metadata": "#7570b3",
    "boilerplate": "#bdbdbd",
    "spam": "#d95f02",
}


def _axes(ax: Axes | None, *, size: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    _, ax = plt.subplots(figsize=size)
    return ax


def _labels(scores: pd.DataFrame) -> pd.Series:
    source = scores[SOURCE].astype("string").fillna("?")
    return scores[ARTICLE_ID].astype(str).str.slice(0, 18) + "  (" + source + ")"


def plot_reliability(scores: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Horizontal bars of each article's reliability with its interval, best on top.

    Parameters
    ----------
    scores : DataFrame
        The ``scores`` table (``article_id``, ``source``, ``reliability``,
        optionally ``reliability_low`` / ``reliability_high``).
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.axes.Axes
    """
    data = scores.dropna(subset=["reliability"]).sort_values("reliability", kind="mergesort")
    ax = _axes(ax, size=(7, 0.4 * len(data) + 1.2))
    y = np.arange(len(data))
    ax.barh(y, data["reliability"], color="#4c72b0")
    if {"reliability_low", "reliability_high"} <= set(data):
        error = np.vstack(
            [
                data["reliability"] - data["reliability_low"],
                data["reliability_high"] - data["reliability"],
            ]
        )
        ax.errorbar(data["reliability"], y, xerr=error, fmt="none", ecolor="black", capsize=3)
    ax.set_yticks(y, _labels(data))
    ax.set_xlim(0, 1)
    ax.set_xlabel("reliability (probability)")
    ax.set_title("Article reliability, with interval")
    return ax


def plot_contributions(scores: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Stacked bars: each component's points out of 100 behind every article's score.

    The components are the four families and the language cues
    (:data:`scorer.combine.COMPONENTS`), those present in ``scores``.

    Parameters
    ----------
    scores : DataFrame
        The ``scores`` table with ``points_<family>`` columns (default model).
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.axes.Axes
    """
    components = [c for c in COMPONENTS if f"points_{c}" in scores]
    columns = [f"points_{c}" for c in components]
    data = scores.dropna(subset=columns).sort_values("reliability", kind="mergesort")
    ax = _axes(ax, size=(7, 0.4 * len(data) + 1.2))
    y = np.arange(len(data))
    left = np.zeros(len(data))
    for family, column in zip(components, columns, strict=True):
        values = data[column].to_numpy(dtype=float)
        ax.barh(y, values, left=left, color=FAMILY_COLOURS[family], label=family)
        left = left + values
    ax.set_yticks(y, _labels(data))
    ax.set_xlim(0, 100)
    ax.set_xlabel("points out of 100")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small", frameon=False)
    ax.set_title("What each family contributes")
    return ax


def plot_segment_labels(segments: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Share of each article's characters per segment label (content … spam).

    Parameters
    ----------
    segments : DataFrame
        The ``segments`` table.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.axes.Axes
    """
    chars = segments.assign(n_chars=segments["text"].str.len())
    shares = chars.pivot_table(
        index=ARTICLE_ID, columns="label", values="n_chars", aggfunc="sum", fill_value=0
    )
    shares = shares.div(shares.sum(axis=1), axis=0)
    ax = _axes(ax, size=(7, 0.4 * len(shares) + 1.2))
    y = np.arange(len(shares))
    left = np.zeros(len(shares))
    for label, colour in LABEL_COLOURS.items():
        if label not in shares:
            continue
        values = shares[label].to_numpy(dtype=float)
        ax.barh(y, values, left=left, color=colour, label=label)
        left = left + values
    ax.set_yticks(y, [str(i)[:18] for i in shares.index])
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of characters")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small", frameon=False)
    ax.set_title("What each article is made of")
    return ax
