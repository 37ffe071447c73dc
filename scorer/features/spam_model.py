"""The learned layer of the spam family: is a line part of the article body?

The rules of :mod:`scorer.features.spam` are precise where page furniture has
a recognisable form (a "Share this" prompt, a sponsor label, a hash).  Much of
a web page's chrome has no such form: menu items, teaser headlines of other
stories, comment threads, footers, cookie notices.  What gives them away is
their *context*: short lines with few function words, far from the long run
of prose that is the article, in the head or the tail of the page.

This module turns each line into such context features (jusText's length and
stopword density, position, the distance to the main block of prose,
neighbourhood averages, the rule evidence) and scores them with two stacked
logistic regressions trained by ``benchmarks/train_spam.py`` on the article
extraction benchmark (lines inside the gold article body are content) plus
clean article texts.  The weights ship as JSON in ``scorer/models`` and the
inference is plain numpy, so it does not depend on scikit-learn's pickles.
Where the linear stack is unsure (probability inside the model's ``band``),
a small ensemble of boosted trees on the first-stage features decides
instead (:func:`tree_logit`): trees see the interactions a linear model
cannot, such as long prose far below the main block or a short line inside
it.  They run on the unsure lines only, which keeps them cheap.

The model only decides for lines the rules leave as content (``prose`` or
``heading``): it never overrides a precise rule.  An article's body is one
stretch of the page, so a likely body line outside the page's largest run of
likely body lines (:func:`body_run`) is chrome too unless the model is sure
of it: comment threads and teaser paragraphs read like prose.

A third, separate logistic regression (the *promotion layer*) scores short
lines the rules leave open for being an advert or a call to action: the
selling devices the rules count, commerce words, marketing phrasings, how
foreign the line's words and capitalised names are to the rest of its
article, whether those names are in no English word list (a made-up brand;
wordfreq's list, shipped in its wheel) and whether the line holds two prices
that are no range ("was $40, now $25").  It is trained on adverts planted by
:mod:`scorer.inject` (template styles a, b and c and three halves of
``benchmarks/spam_examples.py``; styles d to k and the blind half stay out)
against real article lines.

Last, the *shape model* (:func:`shape_logprob`) is an interpolated n-gram
model of six symbols over character classes (every lower-case letter is one
symbol, every capital one, every digit one; punctuation keeps its own),
fitted on real article lines.  It gives the mean log-probability per symbol
of a line: prose in any Latin-script language is shaped alike, template tags,
scripts and keys are shaped like no prose, whatever their syntax.
"""

from __future__ import annotations

import base64
import json
import re
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd

__all__ = [
    "LETTERS",
    "MODEL_FILE",
    "PROMO_FEATURES",
    "PROMO_INPUTS",
    "SHAPE_ORDER",
    "SHAPE_SYMBOLS",
    "STAGE1_FEATURES",
    "STAGE2_FEATURES",
    "body_probability",
    "body_run",
    "char_model",
    "fit_shape_model",
    "letter_logprob",
    "load_model",
    "promo_matrix",
    "promo_probability",
    "promo_threshold",
    "shape_logprob",
    "shape_model",
    "shape_symbols",
    "stage1_matrix",
    "stage2_matrix",
    "tree_logit",
]

#: The shipped model, inside the package.
MODEL_FILE = "spam_lines.json"

#: Lines apart beyond which two prose lines do not belong to one block.
_GAP = 4
_FAR = 60.0
#: Function-word ratio assumed for a line in a script the stopword lists do not cover.
SCRIPT_STOP_RATIO = 0.35

STAGE1_FEATURES = (
    "log_words",
    "log_chars",
    "stop_ratio",
    "terminal",
    "prose",
    "short",
    "capitalised_share",
    "digit_share",
    "has_url",
    "foreign_share",
    "rule_heading",
    "rule_noise",
    "rule_metadata",
    "relative_position",
    "top_tenth",
    "bottom_quarter",
    "log_prose_words_before",
    "log_prose_words_after",
    "prose_both_sides",
    "log_lines_since_prose",
    "log_lines_until_prose",
    "prose_near_1",
    "prose_near_3",
    "prose_near_10",
    "noise_near_3",
    "stop_near_2",
    "log_words_near_2",
    "in_main_block",
    "log_distance_to_main_block",
    "main_block_share",
    "page_prose_share",
    "page_log_lines",
    "words_x_stop",
    "one_word",
    "two_three_words",
    "four_six_words",
    "seven_twelve_words",
    "thirteen_25_words",
    "no_function_words",
    "few_function_words",
    "some_function_words",
    "above_main_near",
    "above_main_far",
    "below_main_near",
    "below_main_far",
    "main_x_prose",
    "main_x_short",
    "main_x_heading",
    "prev_prose",
    "next_prose",
    "prev_short",
    "next_short",
    "page_noise_share",
    "terminal_x_words",
    "comment_marker",
    "log_comment_markers_before",
    "comment_marker_near_3",
    "comment_markers_below_main",
    "log_block_words",
    "big_blocks_before",
    "in_first_big_block",
)

STAGE2_FEATURES = (
    "logit",
    "p_near_1",
    "p_near_2",
    "p_near_5",
    "p_prev",
    "p_next",
    "p_page_mean",
    "in_main_block",
    "rule_heading",
    "log_words",
    "p_near_10",
    "p_max_before_3",
    "p_max_after_3",
    "p_sandwiched",
    "p_page_max",
    "logit_x_main",
)


def _as_matrix(columns: list) -> np.ndarray:
    """Columns side by side as a C-ordered float64 matrix (np.column_stack, but faster:
    the columns are written as rows, then transposed in one copy)."""
    n = len(np.asarray(columns[0])) if columns else 0
    rows = np.empty((len(columns), n), dtype=np.float64)
    for j, column in enumerate(columns):
        rows[j] = column
    return np.ascontiguousarray(rows.T)


def _shifted_max(values: np.ndarray, first: np.ndarray, stop: np.ndarray, k: int, sign: int):
    """Max of ``values`` over the k lines before (sign -1) or after (+1), within the article."""
    idx = np.arange(len(values))
    out = np.zeros(len(values))
    for step in range(1, k + 1):
        j = idx + sign * step
        ok = (j >= first) & (j < stop)
        out = np.where(ok, np.maximum(out, values[np.clip(j, 0, len(values) - 1)]), out)
    return out


def _bounds(pos: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per line: index of its article's first line and one past its last line."""
    n = len(pos)
    change = np.flatnonzero(np.r_[True, pos[1:] != pos[:-1]])
    lengths = np.diff(np.r_[change, n])
    return np.repeat(change, lengths), np.repeat(np.r_[change[1:], n], lengths)


def _near(
    values: np.ndarray,
    first: np.ndarray,
    stop: np.ndarray,
    k: int,
    *,
    cum: np.ndarray | None = None,
) -> np.ndarray:
    """Mean of ``values`` over the k lines either side within the article, self excluded.

    ``cum`` is ``_local_cumsum(values, first)`` when the caller already has it
    (several windows over the same values).
    """
    idx = np.arange(len(values))
    # Running sums restart per article, so an article's values never depend
    # on the lines of the articles before it in the batch.
    cum = _local_cumsum(values, first) if cum is None else cum
    lo = np.maximum(idx - k, first)
    hi = np.minimum(idx + k + 1, stop)
    count = hi - lo - 1
    before = np.where(lo > first, cum[np.maximum(lo - 1, 0)], 0.0)
    total = cum[hi - 1] - before - values
    return np.where(count > 0, total / np.maximum(count, 1), 0.0)


def _local_cumsum(values: np.ndarray, first: np.ndarray) -> np.ndarray:
    """Inclusive running sum of ``values`` within each article (restarting at 0).

    A running sum over the whole batch, differenced per article, rounds by
    the total before the article: the same article would get other values
    in another batch (the pandas and Dask paths cut the corpus differently).

    Examples
    --------
    >>> _local_cumsum(np.array([0.1, 0.2, 0.3, 0.4]), np.array([0, 0, 2, 2])).round(2).tolist()
    [0.1, 0.3, 0.3, 0.7]
    """
    values = np.asarray(values, dtype=np.float64)
    if len(values) == 0:
        return values.copy()
    return pd.Series(values).groupby(first, sort=False).cumsum().to_numpy()


def _group_sum(values: np.ndarray, first: np.ndarray) -> np.ndarray:
    """Per line: the sum of ``values`` over its article."""
    _, inverse = np.unique(first, return_inverse=True)
    return np.bincount(inverse, weights=values)[inverse]


def _lines_since(mask: np.ndarray, first: np.ndarray) -> np.ndarray:
    """Lines since the last line (strictly before) where mask holds, within the article."""
    idx = np.arange(len(mask))
    last = np.where(mask, idx, -1)
    last = np.maximum.accumulate(np.r_[-1, last[:-1]]) if len(mask) else last
    return np.where(last >= first, idx - last, _FAR)


def _main_block(prose_words: np.ndarray, pos: np.ndarray, seg: np.ndarray) -> tuple:
    """Per line: first and last seg_no and words of its article's largest run of prose."""
    n = len(pos)
    lo = np.full(n, -1, dtype=np.int64)
    hi = np.full(n, -1, dtype=np.int64)
    words = np.zeros(n)
    prose_idx = np.flatnonzero(prose_words > 0)
    if not len(prose_idx):
        return lo, hi, words
    p_pos, p_seg, p_words = pos[prose_idx], seg[prose_idx], prose_words[prose_idx]
    new = np.r_[True, (p_pos[1:] != p_pos[:-1]) | (np.diff(p_seg) > _GAP + 1)]
    chain = np.cumsum(new) - 1
    chain_words = np.bincount(chain, weights=p_words)
    chain_pos = p_pos[new]
    chain_lo = p_seg[new]
    chain_hi = np.maximum.reduceat(p_seg, np.flatnonzero(new))
    # Largest chain per article; ties go to the earlier chain (stable sort).
    order = np.lexsort((-chain_words, chain_pos))
    best = order[np.r_[True, chain_pos[order][1:] != chain_pos[order][:-1]]]
    best_pos = chain_pos[best]
    lookup = np.minimum(np.searchsorted(best_pos, pos), len(best) - 1)
    found = best_pos[lookup] == pos
    take = best[lookup]
    lo = np.where(found, chain_lo[take], -1)
    hi = np.where(found, chain_hi[take], -1)
    words = np.where(found, chain_words[take], 0.0)
    return lo, hi, words


def _blocks(prose_words: np.ndarray, pos: np.ndarray, first: np.ndarray) -> tuple:
    """Per line: words of the run of prose it sits in, how many big runs (60+ words) of
    its article ended before it, and whether it is inside the article's first big run."""
    n = len(pos)
    idx = np.flatnonzero(prose_words > 0)
    if not len(idx):
        return np.zeros(n), np.zeros(n), np.zeros(n)
    line_gap = np.diff(idx)
    new = np.r_[True, (pos[idx][1:] != pos[idx][:-1]) | (line_gap > _GAP + 1)]
    starts = np.flatnonzero(new)
    chain_words = np.add.reduceat(prose_words[idx], starts)
    chain_lo = idx[starts]
    chain_hi = np.maximum.reduceat(idx, starts)
    chain_pos = pos[chain_lo]
    big = chain_words >= 60
    big_cum = np.cumsum(big)
    lines = np.arange(n)
    k = np.searchsorted(chain_lo, lines, side="right") - 1
    kk = np.maximum(k, 0)
    inside = (k >= 0) & (chain_pos[kk] == pos) & (lines <= chain_hi[kk])
    started = (k >= 0) & (chain_pos[kk] == pos)
    k0 = np.searchsorted(chain_lo, first, side="left") - 1
    base = np.where(k0 >= 0, big_cum[np.maximum(k0, 0)], 0)
    upto = np.where(started, big_cum[kk], base)
    big_before = upto - base - (inside & big[kk])
    block_words = np.where(inside, chain_words[kk], 0.0)
    first_big = inside & big[kk] & (big_before == 0)
    return block_words, big_before.astype(np.float64), first_big.astype(np.float64)


def stage1_matrix(inputs: dict[str, np.ndarray]) -> np.ndarray:
    """The first-stage feature matrix, columns in :data:`STAGE1_FEATURES` order.

    Parameters
    ----------
    inputs : dict of numpy arrays
        One value per line, lines ordered by article then position:
        ``pos`` (article number), ``seg`` (seg_no), ``n_words``, ``n_chars``,
        ``stop_ratio``, ``terminal``, ``n_caps`` (capitalised words),
        ``n_digits``, ``urls``, ``n_foreign``, ``comment_marker`` (comment
        thread furniture: "says:", "2 days ago", "Reply"), ``rule_label`` and
        ``rule_category`` (the rules' verdict before the model).

    Returns
    -------
    numpy.ndarray
        Shape (lines, len(STAGE1_FEATURES)), float64.

    Examples
    --------
    >>> import numpy as np
    >>> inputs = dict(pos=np.array([0, 0]), seg=np.array([0, 1]), n_words=np.array([2, 20]),
    ...     n_chars=np.array([9, 120]), stop_ratio=np.array([0.0, 0.4]),
    ...     terminal=np.array([False, True]), n_caps=np.array([2, 1]),
    ...     n_digits=np.array([0, 0]), urls=np.array([0, 0]), n_foreign=np.array([0, 0]),
    ...     comment_marker=np.array([False, False]),
    ...     rule_label=np.array(["content", "content"]),
    ...     rule_category=np.array(["heading", "prose"]))
    >>> stage1_matrix(inputs).shape == (2, len(STAGE1_FEATURES))
    True
    """
    pos = np.asarray(inputs["pos"])
    seg = np.asarray(inputs["seg"]).astype(np.int64)
    n_words = np.asarray(inputs["n_words"]).astype(np.float64)
    n_chars = np.asarray(inputs["n_chars"]).astype(np.float64)
    stop = np.asarray(inputs["stop_ratio"]).astype(np.float64)
    terminal = np.asarray(inputs["terminal"]).astype(np.float64)
    # Words of other scripts (n_words counts Latin words only: a line of
    # Japanese has none); where they dominate, the function-word ratio cannot
    # be measured and takes the value typical of prose.
    script = np.asarray(inputs.get("n_script_words", np.zeros(len(n_words)))).astype(np.float64)
    other_script = script > n_words
    stop = np.where(other_script, SCRIPT_STOP_RATIO, stop)
    n_words = n_words + script
    terminal = np.maximum(
        terminal, np.asarray(inputs.get("cjk_terminal", np.zeros(len(n_words)))).astype(np.float64)
    )
    rule_label = np.asarray(inputs["rule_label"])
    rule_category = np.asarray(inputs["rule_category"])
    noise = np.isin(rule_label, ["spam", "boilerplate"]).astype(np.float64)
    metadata = (rule_label == "metadata").astype(np.float64)
    heading = (rule_category == "heading").astype(np.float64)
    prose = ((n_words >= 12) & (stop >= 0.25) & (noise == 0)).astype(np.float64)
    first, stop_at = _bounds(pos)
    n_lines = (stop_at - first).astype(np.float64)
    relative = np.where(n_lines > 1, (np.arange(len(pos)) - first) / np.maximum(n_lines - 1, 1), 0)
    prose_words = prose * n_words
    cum = np.cumsum(prose_words)
    before_total = cum - prose_words - np.r_[0.0, cum][first]
    after_total = np.maximum(_group_sum(prose_words, first) - before_total - prose_words, 0)
    since = _lines_since(prose > 0, first)
    # Lines until the next prose line: the same computation on the reversed order.
    until = _lines_since((prose > 0)[::-1], (len(pos) - stop_at)[::-1])[::-1]
    lo, hi, main_words = _main_block(prose_words, pos, seg)
    total_prose = _group_sum(prose_words, first)
    in_main = (lo >= 0) & (seg >= lo) & (seg <= hi)
    distance = np.where(lo < 0, _FAR, np.where(seg < lo, lo - seg, np.maximum(seg - hi, 0)))
    log_words = np.log1p(n_words)
    prose_cum = _local_cumsum(prose, first)
    columns = [
        log_words,
        np.log1p(n_chars),
        stop,
        terminal,
        prose,
        (n_words <= 4).astype(np.float64),
        np.asarray(inputs["n_caps"]) / np.maximum(n_words, 1),
        np.asarray(inputs["n_digits"]) / np.maximum(n_chars, 1),
        (np.asarray(inputs["urls"]) > 0).astype(np.float64),
        np.asarray(inputs["n_foreign"]) / np.maximum(n_chars, 1),
        heading,
        noise,
        metadata,
        relative,
        (relative < 0.1).astype(np.float64),
        (relative > 0.75).astype(np.float64),
        np.log1p(before_total),
        np.log1p(after_total),
        ((before_total > 0) & (after_total > 0)).astype(np.float64),
        np.log1p(np.minimum(since, _FAR)),
        np.log1p(np.minimum(until, _FAR)),
        _near(prose, first, stop_at, 1, cum=prose_cum),
        _near(prose, first, stop_at, 3, cum=prose_cum),
        _near(prose, first, stop_at, 10, cum=prose_cum),
        _near(noise, first, stop_at, 3),
        _near(stop, first, stop_at, 2),
        _near(log_words, first, stop_at, 2),
        in_main.astype(np.float64),
        np.log1p(np.minimum(distance, _FAR)),
        main_words / np.maximum(total_prose, 1),
        _group_sum(prose, first) / n_lines,
        np.log1p(n_lines),
        log_words * stop,
    ]
    idx = np.arange(len(pos))
    short = n_words <= 4
    prev_ok = idx > first
    next_ok = idx + 1 < stop_at
    prev_prose = np.where(prev_ok, np.r_[0.0, prose[:-1]], 0.0)
    next_prose = np.where(next_ok, np.r_[prose[1:], 0.0], 0.0)
    prev_short = np.where(prev_ok, np.r_[0.0, short[:-1].astype(np.float64)], 0.0)
    next_short = np.where(next_ok, np.r_[short[1:].astype(np.float64), 0.0], 0.0)
    above = (lo >= 0) & (seg < lo)
    below = (lo >= 0) & (seg > hi)
    columns += [
        (n_words <= 1).astype(np.float64),
        ((n_words >= 2) & (n_words <= 3)).astype(np.float64),
        ((n_words >= 4) & (n_words <= 6)).astype(np.float64),
        ((n_words >= 7) & (n_words <= 12)).astype(np.float64),
        ((n_words >= 13) & (n_words <= 25)).astype(np.float64),
        (stop == 0).astype(np.float64),
        ((stop > 0) & (stop < 0.15)).astype(np.float64),
        ((stop >= 0.15) & (stop < 0.3)).astype(np.float64),
        (above & (distance <= 3)).astype(np.float64),
        (above & (distance > 3)).astype(np.float64),
        (below & (distance <= 3)).astype(np.float64),
        (below & (distance > 3)).astype(np.float64),
        in_main * prose,
        in_main * short,
        in_main * heading,
        prev_prose,
        next_prose,
        prev_short,
        next_short,
        _group_sum(noise, first) / n_lines,
        terminal * log_words,
    ]
    marker = np.asarray(inputs["comment_marker"]).astype(np.float64)
    markers_cum = np.cumsum(marker)
    markers_before = markers_cum - marker - np.r_[0.0, markers_cum][first]
    markers_below_main = np.where(below, markers_before, 0.0)
    columns += [
        marker,
        np.log1p(markers_before),
        _near(marker, first, stop_at, 3),
        np.log1p(markers_below_main),
    ]
    block_words, big_before, first_big = _blocks(prose_words, pos, first)
    columns += [np.log1p(block_words), np.minimum(big_before, 3.0), first_big]

    return _as_matrix(columns)


def stage2_matrix(x1: np.ndarray, p1: np.ndarray, pos: np.ndarray) -> np.ndarray:
    """The second-stage matrix: first-stage probabilities smoothed over neighbours.

    Parameters
    ----------
    x1 : numpy.ndarray
        The output of :func:`stage1_matrix`.
    p1 : numpy.ndarray
        First-stage probabilities, one per line.
    pos : numpy.ndarray
        Article number of each line (lines grouped by article).

    Returns
    -------
    numpy.ndarray
        Shape (lines, len(STAGE2_FEATURES)), float64.

    Examples
    --------
    >>> import numpy as np
    >>> x1 = np.zeros((3, len(STAGE1_FEATURES)))
    >>> x2 = stage2_matrix(x1, np.array([0.1, 0.9, 0.8]), np.array([0, 0, 0]))
    >>> x2.shape == (3, len(STAGE2_FEATURES))
    True
    """
    pos = np.asarray(pos)
    first, stop_at = _bounds(pos)
    idx = np.arange(len(p1))
    clipped = np.clip(p1, 1e-6, 1 - 1e-6)
    prev = np.where(idx > first, np.r_[0.0, p1[:-1]], 0.0)
    following = np.where(idx + 1 < stop_at, np.r_[p1[1:], 0.0], 0.0)
    n_lines = (stop_at - first).astype(np.float64)
    names = list(STAGE1_FEATURES)
    p1_cum = _local_cumsum(p1, first)
    columns = [
        np.log(clipped / (1 - clipped)),
        _near(p1, first, stop_at, 1, cum=p1_cum),
        _near(p1, first, stop_at, 2, cum=p1_cum),
        _near(p1, first, stop_at, 5, cum=p1_cum),
        prev,
        following,
        _group_sum(p1, first) / n_lines,
        x1[:, names.index("in_main_block")],
        x1[:, names.index("rule_heading")],
        x1[:, names.index("log_words")],
        _near(p1, first, stop_at, 10, cum=p1_cum),
    ]
    before = _shifted_max(p1, first, stop_at, 3, -1)
    after = _shifted_max(p1, first, stop_at, 3, 1)
    page_max = np.zeros(len(p1))
    if len(p1):
        _, inverse = np.unique(first, return_inverse=True)
        maxima = np.zeros(inverse.max() + 1)
        np.maximum.at(maxima, inverse, p1)
        page_max = maxima[inverse]
    columns += [
        before,
        after,
        np.minimum(before, after),
        page_max,
        columns[0] * x1[:, names.index("in_main_block")],
    ]
    return _as_matrix(columns)


@lru_cache(maxsize=1)
def load_model() -> dict:
    """The shipped model: standardisation and weights of both stages, and the threshold.

    Returns
    -------
    dict
        ``stage1`` and ``stage2`` (each ``features``, ``mean``, ``scale``,
        ``coef``, ``intercept``), ``threshold`` and ``trained_on``.

    Examples
    --------
    >>> model = load_model()
    >>> model["stage1"]["features"] == list(STAGE1_FEATURES)
    True
    """
    text = resources.files("scorer").joinpath("models", MODEL_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def _linear(x: np.ndarray, stage: dict) -> np.ndarray:
    z = (x - np.asarray(stage["mean"])) / np.asarray(stage["scale"])
    score = z @ np.asarray(stage["coef"]) + stage["intercept"]
    return 1.0 / (1.0 + np.exp(-score))


def without_spam(inputs: dict[str, np.ndarray]) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """The model's inputs with the lines the rules called spam left out.

    Spam sits inside articles (an advert between two paragraphs): the body
    model sees each page as if it were not there, so that planted lines do not
    move a paragraph towards the page's edge or away from its neighbours.
    Returns the mask of the lines kept and their inputs, ``seg`` renumbered
    within each article; entries that are not per-line arrays (``promo_*``)
    are left out.

    Examples
    --------
    >>> import numpy as np
    >>> keep, sub = without_spam({"pos": np.array([0, 0, 0]), "seg": np.array([0, 1, 2]),
    ...     "rule_label": np.array(["content", "spam", "content"])})
    >>> keep.tolist(), sub["seg"].tolist()
    ([True, False, True], [0, 1])
    """
    keep = np.asarray(inputs["rule_label"]) != "spam"
    sub = {
        name: np.asarray(values)[keep]
        for name, values in inputs.items()
        if not name.startswith("promo_")
    }
    if len(sub["pos"]):
        first, _ = _bounds(sub["pos"])
        sub["seg"] = np.arange(len(first)) - first
    return keep, sub


def body_probability(inputs: dict[str, np.ndarray], *, model: dict | None = None) -> np.ndarray:
    """Probability that each line belongs to the article body.

    Range [0, 1]; high means article text, low means page chrome.  Lines of an
    article without prose get low values throughout.

    Parameters
    ----------
    inputs : dict of numpy arrays
        As for :func:`stage1_matrix`.
    model : dict, optional
        Weights as returned by :func:`load_model` (the default).

    Returns
    -------
    numpy.ndarray
        One probability per line.

    Examples
    --------
    >>> import numpy as np
    >>> inputs = dict(pos=np.array([0, 0, 0]), seg=np.array([0, 1, 2]),
    ...     n_words=np.array([1, 30, 28]), n_chars=np.array([4, 180, 170]),
    ...     stop_ratio=np.array([0.0, 0.45, 0.4]), terminal=np.array([False, True, True]),
    ...     n_caps=np.array([1, 3, 2]), n_digits=np.array([0, 0, 0]),
    ...     urls=np.array([0, 0, 0]), n_foreign=np.array([0, 0, 0]),
    ...     comment_marker=np.array([False, False, False]),
    ...     rule_label=np.array(["content"] * 3),
    ...     rule_category=np.array(["heading", "prose", "prose"]))
    >>> p = body_probability(inputs)
    >>> bool((p[1:] > 0.5).all())  # the two prose lines are article text
    True
    """
    model = load_model() if model is None else model
    if len(np.asarray(inputs["pos"])) == 0:
        return np.zeros(0)
    x1 = stage1_matrix(inputs)
    p1 = _linear(x1, model["stage1"])
    x2 = stage2_matrix(x1, p1, np.asarray(inputs["pos"]))
    probability = _linear(x2, model["stage2"])
    trees = model.get("trees")
    if trees is None:
        return probability
    # The trees see interactions the linear stack cannot (a long line of
    # prose far below the main block, a short line inside it); they are
    # evaluated only where the stack is unsure, which keeps them cheap: where
    # it is sure, the two agree to within a hundredth on average.
    lo, hi = trees["band"]
    unsure = np.flatnonzero(
        (probability > lo) & (probability < hi) & (np.asarray(inputs["rule_label"]) == "content")
    )
    if len(unsure):
        probability[unsure] = 1.0 / (1.0 + np.exp(-tree_logit(x1[unsure], trees)))
    return probability


def tree_logit(x: np.ndarray, trees: dict) -> np.ndarray:
    """Raw score (log-odds) of a boosted tree ensemble on the rows of ``x``.

    Each tree is stored as flat node arrays (``feature``, ``threshold``,
    ``left``, ``right``, ``value``); a row goes left where its feature is at
    most the threshold, and a leaf points to itself on both sides, so
    ``depth`` steps reach a leaf from the root.

    Parameters
    ----------
    x : numpy.ndarray
        Rows of :data:`STAGE1_FEATURES` columns.
    trees : dict
        The model's ``trees`` entry: the node arrays, ``depth`` and ``baseline``.

    Returns
    -------
    numpy.ndarray
        One log-odds per row.

    Examples
    --------
    >>> import numpy as np
    >>> stump = dict(baseline=0.5, depth=1, feature=[[0, 0, 0]], threshold=[[1.0, 0, 0]],
    ...     left=[[1, 1, 2]], right=[[2, 1, 2]], value=[[0.0, -1.0, 2.0]])
    >>> tree_logit(np.array([[0.0], [3.0]]), stump).tolist()
    [-0.5, 2.5]
    """
    # (converting the stored lists costs well under a millisecond per call)
    feature, threshold, left, right, value = (
        [np.asarray(t, dtype=dtype) for t in trees[name]]
        for name, dtype in (
            ("feature", np.intp),
            ("threshold", np.float64),
            ("left", np.intp),
            ("right", np.intp),
            ("value", np.float64),
        )
    )
    n = len(x)
    out = np.full(n, float(trees["baseline"]))
    rows = np.arange(n)
    # Column-major, so that one feature of all rows is contiguous.
    columns = np.asfortranarray(x)
    for f, t, lt, rt, v in zip(feature, threshold, left, right, value, strict=True):
        node = np.zeros(n, dtype=np.intp)
        for _ in range(int(trees["depth"])):
            node = np.where(columns[rows, f[node]] > t[node], rt[node], lt[node])
        out += v[node]
    return out


def _best_runs(score: np.ndarray, first: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per line: first and last line index of its article's maximum-sum run of ``score``.

    Kadane's maximum subarray, vectorised over articles: the best run ending
    at a line starts after the lowest prefix sum before it.  Prefix sums and
    running minima restart per article.
    """
    n = len(score)
    if n == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    group = np.unique(first, return_inverse=True)[1]
    # Per-article running sums and minima (batch-independent, see _local_cumsum).
    inclusive = _local_cumsum(score, group)
    exclusive = inclusive - score
    lowest = pd.Series(exclusive).groupby(group, sort=False).cummin().to_numpy()
    gain = inclusive - lowest
    idx = np.arange(n)
    # Ties: the earliest end, then the latest start (the shortest best run).
    order = np.lexsort((idx, -gain, group))
    end = order[np.r_[True, group[order][1:] != group[order][:-1]]][group]
    before_end = np.where(idx <= end, exclusive, np.inf)
    order = np.lexsort((-idx, before_end, group))
    start = order[np.r_[True, group[order][1:] != group[order][:-1]]][group]
    return start, end


def body_run(
    probability: np.ndarray,
    n_words: np.ndarray,
    pos: np.ndarray,
    *,
    candidate: np.ndarray,
    threshold: float,
    neutral: np.ndarray | None = None,
) -> np.ndarray:
    """Whether each line lies inside its article's main run of body lines.

    An article's body is one stretch of the page.  Every candidate line scores
    ``(probability - threshold) * log(1 + words)`` (other lines score
    ``-threshold * log(1 + words)``, ``neutral`` lines 0) and the run of
    consecutive lines with the largest total is the main run (maximum
    subsequence segmentation, as in Pasternack and Roth's article
    extractor).  Likely body lines outside it are comment threads, teasers and
    footers that read like prose.

    Parameters
    ----------
    probability : numpy.ndarray
        Body probability of each line (:func:`body_probability`).
    n_words : numpy.ndarray
        Words per line.
    pos : numpy.ndarray
        Article number of each line (lines grouped by article).
    candidate : numpy.ndarray of bool
        Lines the model decides (others count as not body).
    threshold : float
        Probability above which a line adds to a run.
    neutral : numpy.ndarray of bool, optional
        Lines that neither add to a run nor break it: spam the rules found
        inside the article (a block of injected adverts in the middle of a
        story does not cut the story in two), captions and datelines.

    Returns
    -------
    numpy.ndarray of bool
        True inside the main run.  An article without any line above the
        threshold has a one-line run at its best line.

    Examples
    --------
    >>> import numpy as np
    >>> p = np.array([0.9, 0.1, 0.8, 0.9, 0.7, 0.1, 0.1, 0.6])
    >>> body_run(p, np.full(8, 20), np.zeros(8, dtype=int),
    ...     candidate=np.ones(8, dtype=bool), threshold=0.3).astype(int).tolist()
    [1, 1, 1, 1, 1, 0, 0, 0]
    >>> spam = np.array([0, 0, 0, 0, 0, 1, 1, 0], dtype=bool)
    >>> body_run(p, np.full(8, 20), np.zeros(8, dtype=int), candidate=~spam,
    ...     threshold=0.3, neutral=spam).astype(int).tolist()
    [1, 1, 1, 1, 1, 1, 1, 1]
    """
    pos = np.asarray(pos)
    if len(pos) == 0:
        return np.zeros(0, dtype=bool)
    first, _ = _bounds(pos)
    p = np.where(np.asarray(candidate, dtype=bool), np.asarray(probability, np.float64), 0.0)
    score = (p - threshold) * np.log1p(np.asarray(n_words, dtype=np.float64))
    if neutral is not None:
        score[np.asarray(neutral, dtype=bool)] = 0.0
    start, end = _best_runs(score, first)
    idx = np.arange(len(pos))
    return (idx >= start) & (idx <= end)


#: Per-line feature columns of the spam module that the promotion layer reads.
PROMO_INPUTS = (
    "n_words",
    "stop_ratio",
    "terminal",
    "n_digits",
    "n_caps",
    "imperative",
    "you",
    "money",
    "percent_off",
    "phone",
    "rating",
    "trademark",
    "link",
    "imperative_later",
    "question_pitch",
    "promo_words",
    "urgency",
    "exclaim",
    "deco",
    "marketing",
    "commerce",
    "shapes",
    "cta_start",
    # the word families' counts (sponsor labels, teasers, reader prompts,
    # vice): weak alone, telling on a line foreign to its article
    "sponsor_words",
    "sponsor_object",
    "clickbait",
    "prompt",
    "reader_action",
    "affiliate",
    "vice",
    "crypto",
    "vice_stems",
    "commerce_stems",
    "quoted",
    "lower_start",
)

_FAMILY_INPUTS = PROMO_INPUTS[PROMO_INPUTS.index("sponsor_words") : -2]

PROMO_FEATURES = (
    *PROMO_INPUTS[5:-1],
    "log_words",
    "stop_ratio",
    "terminal",
    "has_digit",
    "capitalised_share",
    "short",
    "score",
    "off_topic",
    "off_topic_high",
    "novel_caps",
    "first_novel_cap",
    "between_prose",
    "selling_and_off_topic",
    "no_capitals",
    "lower_start",
    "outlet_speaking",
    "separator",
    "log_content_words",
    "novel_caps_share",
    "off_topic_unfinished",
    "family_and_off_topic",
    "tail_name",
    "tail_name_and_off_topic",
    "title_case_and_off_topic",
    "invented_names",
    "invented_and_off_topic",
    "price_pair",
    "price_pair_and_off_topic",
)


def promo_matrix(inputs: dict[str, np.ndarray]) -> np.ndarray:
    """The promotion layer's feature matrix, columns in :data:`PROMO_FEATURES` order.

    Parameters
    ----------
    inputs : dict of numpy arrays
        One value per candidate line: the columns named in
        :data:`PROMO_INPUTS`, plus ``score`` (the hand-weighted promotion
        score), ``off_topic`` (share of the line's content words found nowhere
        else in its article), ``novel_caps`` (capitalised words found nowhere
        else), ``first_novel_cap`` and ``between_prose`` (prose lines on both
        sides), ``invented`` (those names in no English word list) and
        ``price_pair`` (two prices on the line that are no range).

    Returns
    -------
    numpy.ndarray
        Shape (lines, len(PROMO_FEATURES)), float64.

    Examples
    --------
    >>> import numpy as np
    >>> inputs = {name: np.zeros(2) for name in PROMO_INPUTS}
    >>> inputs.update(score=np.zeros(2), off_topic=np.array([0.0, 1.0]),
    ...     novel_caps=np.zeros(2), first_novel_cap=np.zeros(2), between_prose=np.zeros(2),
    ...     n_content=np.zeros(2), we=np.zeros(2), separator=np.zeros(2),
    ...     tail_name=np.zeros(2), title_case=np.zeros(2), invented=np.zeros(2),
    ...     price_pair=np.zeros(2))
    >>> promo_matrix(inputs).shape == (2, len(PROMO_FEATURES))
    True
    """
    get = {k: np.asarray(v).astype(np.float64) for k, v in inputs.items()}
    n_words = get["n_words"]
    columns = [np.minimum(get[name], 3.0) for name in PROMO_INPUTS[5:-1]]
    off_topic = get["off_topic"]
    selling = np.minimum(get["promo_words"] + get["commerce"] + get["shapes"], 3.0)
    columns += [
        np.log1p(n_words),
        get["stop_ratio"],
        get["terminal"],
        (get["n_digits"] > 0).astype(np.float64),
        get["n_caps"] / np.maximum(n_words, 1),
        (n_words <= 4).astype(np.float64),
        get["score"],
        off_topic,
        (off_topic >= 0.75).astype(np.float64),
        np.minimum(get["novel_caps"], 3.0),
        get["first_novel_cap"],
        get["between_prose"],
        selling * off_topic,
        # General shapes of planted lines, no word list: vice spam in lower
        # case, the outlet addressing its readers, "label | name" boxes, and
        # an unfinished line whose words the story never uses.
        (get["n_caps"] == 0).astype(np.float64),
        get["lower_start"],
        get["we"],
        get["separator"],
        np.log1p(get["n_content"]),
        np.minimum(get["novel_caps"] / np.maximum(get["n_caps"], 1), 1.0),
        off_topic * (1.0 - get["terminal"]),
        np.minimum(sum(get[name] for name in _FAMILY_INPUTS), 3.0) * off_topic,
        # Who is behind the line, named at its end ("... (Brand Travel)",
        # "... | Brand Holidays"), and a Title Case headline: a teaser or an
        # advert when its words are foreign to the story.
        get["tail_name"],
        get["tail_name"] * off_topic,
        get["title_case"] * off_topic,
        # A name in no English word list, foreign to the story (a made-up
        # brand), and two prices that are no range ("was $40, now $25").
        np.minimum(get["invented"], 2.0),
        np.minimum(get["invented"], 2.0) * off_topic,
        get["price_pair"],
        get["price_pair"] * off_topic,
    ]
    return _as_matrix(columns)


def promo_probability(inputs: dict[str, np.ndarray], *, model: dict | None = None) -> np.ndarray:
    """Probability that each candidate line is an advert or a call to action.

    Range [0, 1]; high means promotion.  Zero everywhere when the model
    carries no promotion layer.

    Parameters
    ----------
    inputs : dict of numpy arrays
        As for :func:`promo_matrix`.
    model : dict, optional
        Weights as returned by :func:`load_model` (the default).

    Returns
    -------
    numpy.ndarray
        One probability per line.

    Examples
    --------
    >>> import numpy as np
    >>> inputs = {name: np.zeros(1) for name in PROMO_INPUTS}
    >>> inputs.update(n_words=np.array([8.0]), score=np.zeros(1), off_topic=np.zeros(1),
    ...     novel_caps=np.zeros(1), first_novel_cap=np.zeros(1), between_prose=np.ones(1),
    ...     n_content=np.ones(1), we=np.zeros(1), separator=np.zeros(1),
    ...     tail_name=np.zeros(1), title_case=np.zeros(1), invented=np.zeros(1),
    ...     price_pair=np.zeros(1))
    >>> bool(promo_probability(inputs)[0] < 0.5)
    True
    """
    model = load_model() if model is None else model
    n = len(np.asarray(inputs["n_words"]))
    if "promo" not in model or n == 0:
        return np.zeros(n)
    return _linear(promo_matrix(inputs), model["promo"])


def promo_threshold(*, model: dict | None = None) -> float:
    """Promotion probability from which a line is called spam (above 1 without a layer).

    Examples
    --------
    >>> 0.0 < promo_threshold() <= 1.0
    True
    """
    model = load_model() if model is None else model
    return float(model.get("promo", {}).get("threshold", 2.0))


#: The letter model's alphabet: "_" marks the edges of a word.
LETTERS = "_abcdefghijklmnopqrstuvwxyz"
#: Quantisation of the stored negative log-probabilities (nats per unit).
LETTER_SCALE = 8.0
_LETTER_INDEX = np.full(128, -1, dtype=np.int64)
for _k, _ch in enumerate(LETTERS):
    _LETTER_INDEX[ord(_ch)] = _k


@lru_cache(maxsize=1)
def char_model() -> dict | None:
    """The shipped letter-trigram model of English words, or None if the model file has none.

    Returns
    -------
    dict or None
        ``logp`` (numpy array of shape (27, 27, 27): log P(c | a, b), in
        nats, over :data:`LETTERS`), ``threshold`` (mean log-probability
        per letter below which one or two words are not English-like) and
        ``threshold_multi`` (the same for three words or more).

    Examples
    --------
    >>> char_model()["logp"].shape
    (27, 27, 27)
    """
    stored = load_model().get("letters")
    if stored is None:
        return None
    raw = np.frombuffer(base64.b64decode(stored["logp"]), dtype=np.uint8)
    logp = -(raw.astype(np.float64) / LETTER_SCALE).reshape(len(LETTERS), len(LETTERS), -1)
    return {
        "logp": logp,
        "threshold": float(stored["threshold"]),
        "threshold_multi": float(stored.get("threshold_multi", stored["threshold"])),
    }


def letter_logprob(words: list[str], *, model: dict | None = None) -> float:
    """Mean log-probability per letter of lower-case ASCII words under the letter model.

    Range (-inf, 0]; English words score about -2, random letters and
    keyboard mash below -3.  Words with other characters are skipped; NaN
    when no word is left.

    Parameters
    ----------
    words : list of str
        Lower-case words.
    model : dict, optional
        As returned by :func:`char_model` (the default).

    Returns
    -------
    float

    Examples
    --------
    >>> bool(letter_logprob(["government"]) > letter_logprob(["xqzvkwpj"]))
    True
    """
    model = char_model() if model is None else model
    codes = [
        _LETTER_INDEX[np.frombuffer(("__" + w + "_").encode("ascii"), dtype=np.uint8)]
        for w in words
        if w.isascii() and w.isalpha()
    ]
    codes = [c for c in codes if (c >= 0).all()]
    if not codes:
        return float("nan")
    logp = model["logp"]
    total = sum(float(logp[c[:-2], c[1:-1], c[2:]].sum()) for c in codes)
    return total / sum(len(c) - 2 for c in codes)


# --------------------------------------------------------------------------
# The shape model: how prose-like a line's run of character classes is

#: Symbols of the shape model: every lower-case letter is ``a``, every capital
#: ``A``, every digit ``0``; the space and each ASCII punctuation mark keep
#: their own symbol, any other character is ``\x7f``; ``\x02`` pads a line's
#: start and ``\x03`` ends it.  Words vanish into runs of ``a``, so a line in
#: German or Indonesian is as prose-like as one in English, while template
#: tags, scripts, hashes and keys (``{{ a.b }}``, ``aA0aA0A``) are not.
SHAPE_SYMBOLS = (
    "\x02\x03 aA0" + "".join(chr(c) for c in range(33, 127) if not chr(c).isalnum()) + "\x7f"
)
#: n-gram length of the shape model (five symbols of context).
SHAPE_ORDER = 6
_SHAPE_V = len(SHAPE_SYMBOLS)
_SHAPE_ID = np.full(128, SHAPE_SYMBOLS.index("\x7f"), dtype=np.int64)
for _k, _ch in enumerate(SHAPE_SYMBOLS):
    _SHAPE_ID[ord(_ch)] = _k


def _shape_table() -> dict[int, int | None]:
    table: dict[int, int | None] = {}
    for c in range(0x250):
        ch = chr(c)
        if ch.isalpha():
            table[c] = ord("A") if ch.isupper() else ord("a")
        elif ch.isdigit():
            table[c] = ord("0")
    for c in (0x09, 0xA0, 0x2002, 0x2003, 0x2009, 0x200A, 0x202F):
        table[c] = ord(" ")
    # Typographic quotes, dashes and the ellipsis are their ASCII kin; C1
    # control characters (the debris of text decoded twice) are dropped.
    for chars, ascii_mark in (("‘’‚‛′", "'"), ("“”„‟″", '"'), ("‐‑‒–—―", "-"), ("…", ".")):
        for ch in chars:
            table[ord(ch)] = ord(ascii_mark)
    for c in range(0x80, 0xA0):
        table[c] = None
    # (control characters inside a line are "other", never a pad or an end)
    for c in range(0x20):
        if c != 0x09:
            table[c] = 0x7F
    return table


_SHAPE_TABLE = _shape_table()
_NON_ASCII = re.compile("[^\x00-\x7f]")


def shape_symbols(lines: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Lines as shape-model symbols, back to back, each padded; and where each line's run ends.

    Returns the symbol ids (``SHAPE_ORDER - 1`` start pads, the line's
    symbols, the end symbol, per line) and the end offsets (exclusive) of
    every line's run in them.

    Examples
    --------
    >>> ids, ends = shape_symbols(["Hi 5!"])
    >>> "".join(SHAPE_SYMBOLS[i] for i in ids[SHAPE_ORDER - 1 :])
    'Aa 0!\\x03'
    """
    pad = "\x02" * (SHAPE_ORDER - 1)
    mapped = [pad + line.translate(_SHAPE_TABLE) + "\x03" for line in lines]
    # (a character the table leaves outside ASCII becomes \x7f, one byte each)
    data = _NON_ASCII.sub("\x7f", "".join(mapped)).encode("ascii")
    ids = _SHAPE_ID[np.frombuffer(data, dtype=np.uint8)]
    ends = np.cumsum([len(m) for m in mapped])
    return ids, ends


def _shape_keys(ids: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """The positions a shape model predicts (every symbol but the pads) and, per
    n-gram length k = 1 .. SHAPE_ORDER, the key of the k symbols ending there
    (the predicted symbol is the lowest digit, base ``len(SHAPE_SYMBOLS)``)."""
    pad = SHAPE_SYMBOLS.index("\x02")
    at = np.flatnonzero(ids != pad)
    keys, key = [], np.zeros(len(at), dtype=np.int64)
    for k in range(SHAPE_ORDER):
        # (a line's run starts with SHAPE_ORDER - 1 pads: no context crosses lines)
        key = key + ids[at - k] * _SHAPE_V**k
        keys.append(key)
    return at, keys


def fit_shape_model(lines: list[str], *, min_count: int = 2) -> dict:
    """Fit the shape model (interpolated Witten-Bell n-grams over :data:`SHAPE_SYMBOLS`).

    Parameters
    ----------
    lines : list of str
        Lines of real prose.
    min_count : int
        n-grams of three symbols or more seen fewer times are not stored
        (they back off to the shorter ones).

    Returns
    -------
    dict
        Per n-gram length, numpy arrays: ``pairs`` (sorted keys) and
        ``logp`` (their log-probability, nats), ``contexts`` (sorted) and
        ``backoff`` (log of the weight left to the shorter n-grams).
    """
    ids, _ = shape_symbols(lines)
    _, keys = _shape_keys(ids)
    orders = []
    lower: dict | None = None
    for k, key in enumerate(keys):
        pairs, counts = np.unique(key, return_counts=True)
        contexts, first, types = np.unique(pairs // _SHAPE_V, return_index=True, return_counts=True)
        seen = np.add.reduceat(counts, first)
        weight = seen / (seen + types)
        at = np.searchsorted(contexts, pairs // _SHAPE_V)
        if lower is None:
            below = np.full(len(pairs), 1.0 / _SHAPE_V)
        else:
            # (the shorter n-gram of a seen one was seen too, and was kept)
            below = np.exp(lower["logp"][np.searchsorted(lower["pairs"], pairs % _SHAPE_V**k)])
        p = weight[at] * counts / seen[at] + (1 - weight[at]) * below
        keep = counts >= (min_count if k >= 2 else 1)
        keep_all = {"pairs": pairs, "logp": np.log(p)}
        orders.append(
            {
                "pairs": pairs[keep],
                "logp": np.log(p[keep]),
                "contexts": contexts,
                "backoff": np.log1p(-weight),
            }
        )
        lower = keep_all
    return {"orders": orders}


def _lookup_sorted(sorted_keys: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    at = np.minimum(np.searchsorted(sorted_keys, keys), max(len(sorted_keys) - 1, 0))
    found = sorted_keys[at] == keys if len(sorted_keys) else np.zeros(len(keys), dtype=bool)
    return at, found


def shape_logprob(lines: list[str], *, model: dict | None = None) -> np.ndarray:
    """Mean log-probability per symbol (nats) of each line under the shape model.

    Range (-inf, 0]: prose in any Latin-script language scores about -1;
    template tags, scripts, keys and hashes far lower.  NaN when the model
    file holds no shape model.

    Examples
    --------
    >>> prose, tag = shape_logprob(["The minister said on Monday that talks had failed.",
    ...                             "{% if user.is_authenticated %}{{ user.name }}{% endif %}"])
    >>> bool(prose > -1.5 > tag)
    True
    """
    model = shape_model() if model is None else model
    if model is None or not lines:
        return np.full(len(lines), np.nan)
    ids, ends = shape_symbols(lines)
    at, keys = _shape_keys(ids)
    result = np.full(len(at), np.nan)
    above = np.zeros(len(at))
    for k in range(SHAPE_ORDER - 1, -1, -1):
        order = model["orders"][k]
        todo = np.isnan(result)
        where, found = _lookup_sorted(order["pairs"], keys[k][todo])
        rows = np.flatnonzero(todo)
        result[rows[found]] = order["logp"][where[found]] + above[rows[found]]
        # A context seen but not followed by this symbol leaves weight to the shorter n-grams.
        where, seen = _lookup_sorted(order["contexts"], keys[k][todo] // _SHAPE_V)
        missing = rows[~found & seen]
        above[missing] += order["backoff"][where[~found & seen]]
    unseen = np.isnan(result)
    result[unseen] = np.log(1.0 / _SHAPE_V) + above[unseen]
    line = np.searchsorted(ends, at, side="right")
    total = np.bincount(line, weights=result, minlength=len(lines))
    count = np.bincount(line, minlength=len(lines))
    return total / np.maximum(count, 1)


def _pack(values: np.ndarray, dtype: str) -> str:
    return base64.b64encode(np.ascontiguousarray(values, dtype=dtype).tobytes()).decode("ascii")


def _unpack(text: str, dtype: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype=dtype)


def shape_model_to_json(model: dict, threshold: float) -> dict:
    """The shape model as JSON-ready text (keys as int64, values as float32)."""
    return {
        "order": SHAPE_ORDER,
        "symbols": SHAPE_SYMBOLS,
        "threshold": round(float(threshold), 6),
        "orders": [
            {
                "pairs": _pack(o["pairs"], "<i8"),
                "logp": _pack(o["logp"], "<f4"),
                "contexts": _pack(o["contexts"], "<i8"),
                "backoff": _pack(o["backoff"], "<f4"),
            }
            for o in model["orders"]
        ],
    }


@lru_cache(maxsize=1)
def shape_model() -> dict | None:
    """The shipped shape model (see :func:`fit_shape_model`) and its ``threshold``, or None.

    Examples
    --------
    >>> len(shape_model()["orders"]) == SHAPE_ORDER
    True
    """
    stored = load_model().get("shapes")
    if stored is None or stored.get("symbols") != SHAPE_SYMBOLS:
        return None
    orders = [
        {
            "pairs": _unpack(o["pairs"], "<i8"),
            "logp": _unpack(o["logp"], "<f4").astype(np.float64),
            "contexts": _unpack(o["contexts"], "<i8"),
            "backoff": _unpack(o["backoff"], "<f4").astype(np.float64),
        }
        for o in stored["orders"]
    ]
    return {"orders": orders, "threshold": float(stored["threshold"])}
