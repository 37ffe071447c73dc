"""Evaluate the reliability score against labels and baselines, on grouped folds.

Every method sees the same folds in one run, so their figures compare:

========================  ===================================================
method                    what it is
========================  ===================================================
``default``               :meth:`ReliabilityModel.from_defaults`: the
                          documented points of the four families and the
                          language component, no fitting; its probability
                          takes the training share of reliable articles as
                          its ``prior`` (the base rate, no per-article label;
                          the ranking does not depend on it)
``default_even_prior``    the same with prior 0.5: no label information at
                          all (the same ranking score, another probability)
``default_without_``      ``default`` with the language component unknown (its
``language``              neutral half for every article): the four families
                          alone, as the pipeline scores them without style
``base_rate``             the training share of reliable articles for every
                          row (``DummyClassifier``): knows nothing, so its
                          ranking AUC is 0.5; its probability AUC shows how far
                          pooling fold probabilities alone moves the figure
``fitted``                ``ReliabilityModel()`` (class-balanced logistic
                          regression, prior-corrected probabilities) on
                          :data:`FEATURE_COLUMNS` and the stacked
                          ``text_score`` (:class:`scorer.textscore.TextScore`:
                          a TF-IDF + logistic regression score, out-of-fold
                          for the training rows by an inner cross-validation
                          grouped like the outer folds, from the model of the
                          whole training part for the test rows)
``fitted_nested``         ``ReliabilityModel`` with its learner (logistic
                          regression and its ``C``, or gradient boosting)
                          chosen inside each training part by a grouped
                          inner cross-validation (:func:`nested_choice`),
                          never by the outer folds
``fitted_boosting``       the same with ``method="boosting"``
``tfidf``                 TF-IDF of word 1–2-grams of the text + logistic
                          regression (class-balanced, prior-corrected)
``nela``                  the NELA-style features of
                          :mod:`scorer.features.style` + the same logistic
                          regression as ``fitted``
``without_<group>``       ``fitted`` with one group of :data:`ABLATION_GROUPS`
                          removed (the ablation); ``without_text`` is the
                          fitted model of the four families and style alone
``fitted_per_fold``       (``per_fold=True``) the real
                          ``make_pipeline(make_union(FeatureExtractor(),
                          TextScore()), ReliabilityModel())``, features
                          re-extracted and the text score re-fitted inside
                          each fold's train and test part
========================  ===================================================

Features are extracted **once per data set**, over all its articles and
without labels; only the learners see the folds.  Cross-source agreement is
therefore transductive: an article's agreement compares it with every other
article of the data set, including ones in training folds (the same happens
when scorer scores a corpus).  No label enters a feature.  ``per_fold=True``
adds the strict variant in which agreement is computed within each fold's
test part only.

The figures are pooled over the out-of-fold predictions: ROC AUC, accuracy at
0.5, and the expected calibration error (:func:`expected_calibration_error`).
ROC AUC is computed on each method's **ranking score**, the log-odds its
features add to the training base rate (:meth:`ReliabilityModel.log_likelihood_ratio`,
the decision function of a class-balanced logistic regression), as
scikit-learn's ``roc_auc`` scorer prefers ``decision_function``; accuracy and
ECE use the probabilities.  Why not the probabilities: every fold's model
carries its training base rate, and when one group is held out that rate
moves *against* the held-out group's (leaving out an outlet that is 99% true
lowers the training share of true articles), so pooled probabilities rank
articles by the fold they sit in.  A model that knows nothing (``base_rate``)
scores a probability AUC of 0.16 on BuzzFeed leave-one-outlet-out (Forman and
Scholz 2010, "Apples-to-apples in cross-validation studies", on pooling folds
with different class balance).  ``roc_auc_proba`` keeps that figure too.
Text for TF-IDF, the text score and style is the article body; the title is
left out because in FakeNewsAMT its absence depends on the label.

The stacked text score is computed once per outer fold and shared by every
method that reads it (``fitted``, ``fitted_nested``, ``fitted_boosting`` and
the ablations): it depends only on the fold's training labels, so sharing it
changes no figure and saves refitting TF-IDF per method.  ``fitted_nested``
chooses its learner by an inner cross-validation over the training rows'
out-of-fold text scores (the text score's own inner folds and the choice's
folds differ, a second-order effect on the choice only; the outer test rows
never reach either).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold, LeaveOneGroupOut, StratifiedKFold
from sklearn.pipeline import make_pipeline, make_union

from scorer.combine import (
    COVERAGE,
    DEFAULT_FEATURES,
    FEATURE_COLUMNS,
    FEATURE_GROUPS,
    MODEL_FEATURES,
    ReliabilityModel,
)
from scorer.features.style import STYLE_FEATURES
from scorer.pipeline import FeatureExtractor
from scorer.schema import ARTICLE_ID, TEXT
from scorer.textscore import TEXT_SCORE, TextScore, text_model

__all__ = [
    "ABLATION_GROUPS",
    "EVALUATION_COLUMNS",
    "METHODS",
    "cross_validated_predictions",
    "evaluate",
    "expected_calibration_error",
    "gold_claim_recall",
    "grouped_folds",
    "nested_C",
    "nested_choice",
    "quote_recall_precision",
    "stacked_text_scores",
    "summarise",
    "within_group_predictions",
]

#: Groups of the ablation: :data:`FEATURE_GROUPS` (what
#: :class:`scorer.FeatureExtractor` returns) and ``text``, the stacked
#: :data:`scorer.textscore.TEXT_SCORE` (fitted per fold, never extracted once).
ABLATION_GROUPS = {**FEATURE_GROUPS, "text": (TEXT_SCORE,)}

#: The methods of :func:`evaluate`, in report order.
METHODS = (
    "base_rate",
    "default",
    "default_even_prior",
    "default_without_language",
    "fitted",
    "fitted_nested",
    "fitted_boosting",
    "tfidf",
    "nela",
    *(f"without_{group}" for group in ABLATION_GROUPS),
)

#: Columns of the table :func:`evaluate` returns.
EVALUATION_COLUMNS = [
    "method",
    "dataset",
    "roc_auc",
    "accuracy",
    "ece",
    "n",
    "n_folds",
    "roc_auc_proba",
]

#: Equal-width probability bins of the expected calibration error.
ECE_BINS = 10

#: Candidate ``C`` of :func:`nested_C` (inverse regularisation strength of the
#: logistic regression), a fixed log grid around scikit-learn's default 1.
NESTED_C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
#: Inner folds of :func:`nested_C` (fewer when there are fewer groups).
NESTED_FOLDS = 5


def expected_calibration_error(y_true, proba, *, n_bins: int = ECE_BINS) -> float:
    """Expected calibration error over equal-width probability bins.

    ``sum_b (n_b / n) * |mean(y in b) - mean(proba in b)|`` with bins
    ``[0, 0.1), [0.1, 0.2), …, [0.9, 1.0]``.

    Parameters
    ----------
    y_true : array-like of 0/1
    proba : array-like of float in [0, 1]
        Predicted probability of class 1.
    n_bins : int, keyword-only, default 10

    Returns
    -------
    float
        In [0, 1]; 0 is perfectly calibrated.  NaN for no predictions.

    Examples
    --------
    >>> expected_calibration_error([0, 1, 1, 1], [0.05, 0.75, 0.75, 0.75])
    0.2
    """
    y_true = np.asarray(y_true, dtype=float)
    proba = np.asarray(proba, dtype=float)
    if proba.size == 0:
        return float("nan")
    bins = np.minimum((proba * n_bins).astype(int), n_bins - 1)
    count = np.bincount(bins, minlength=n_bins)
    gap = np.abs(
        np.bincount(bins, weights=y_true, minlength=n_bins)
        - np.bincount(bins, weights=proba, minlength=n_bins)
    )
    # |sum(y) - sum(p)| over a bin is n_b * |mean(y) - mean(p)|
    return round(float(gap[count > 0].sum() / proba.size), 12)


def grouped_folds(groups, *, n_splits: int | None = 5) -> list[tuple[np.ndarray, np.ndarray]]:
    """Train/test index pairs that never split a group.

    Parameters
    ----------
    groups : array-like
        One group label per row (a twin pair, an outlet).
    n_splits : int or None, keyword-only, default 5
        ``GroupKFold(n_splits)``; None leaves one group out per fold.

    Returns
    -------
    list of (train, test) index arrays, sorted

    Examples
    --------
    >>> folds = grouped_folds(["a", "a", "b", "b", "c", "c"], n_splits=3)
    >>> [test.tolist() for _, test in folds]
    [[0, 1], [2, 3], [4, 5]]
    """
    groups = np.asarray(groups)
    splitter = LeaveOneGroupOut() if n_splits is None else GroupKFold(n_splits)
    folds = splitter.split(np.zeros(len(groups)), groups=groups)
    return sorted(((np.sort(train), np.sort(test)) for train, test in folds), key=lambda f: f[1][0])


def _tfidf_model():
    # balanced like ReliabilityModel, so that its decision function is a
    # ranking score free of the training base rate (see the module docstring);
    # the same vectoriser and learner as the stacked text score
    return make_pipeline(*text_model())


def _method_inputs(features: pd.DataFrame, texts: pd.Series) -> dict[str, tuple]:
    """method -> (estimator or a marker string of this module, its input, reads the text score).

    A method that reads the text score gets its feature columns here; the
    :data:`TEXT_SCORE` column is added per fold by :func:`_predict_folds`.
    """
    stacked = list(FEATURE_COLUMNS)
    without = {
        f"without_{group}": (
            [c for c in stacked if c not in set(columns)],
            TEXT_SCORE not in columns,
        )
        for group, columns in ABLATION_GROUPS.items()
    }
    return {
        "base_rate": (DummyClassifier(strategy="prior"), features[list(MODEL_FEATURES)], False),
        "default": (_DEFAULT, features[list(DEFAULT_FEATURES)], False),
        "default_even_prior": (_DEFAULT_EVEN, features[list(DEFAULT_FEATURES)], False),
        "default_without_language": (_DEFAULT, features[[*MODEL_FEATURES, COVERAGE]], False),
        "fitted": (ReliabilityModel(), features[stacked], True),
        "fitted_nested": (_NESTED, features[stacked], True),
        "fitted_boosting": (ReliabilityModel(method="boosting"), features[stacked], True),
        "tfidf": (_tfidf_model(), texts, False),
        "nela": (ReliabilityModel(), features[list(STYLE_FEATURES)], False),
        **{
            name: (ReliabilityModel(), features[columns], text)
            for name, (columns, text) in without.items()
        },
    }


def stacked_text_scores(texts, y, groups, folds, **options) -> list[tuple[np.ndarray, np.ndarray]]:
    """The stacked text score of every outer fold, from its training labels only.

    For each ``(train, test)`` of ``folds``, a :class:`scorer.textscore.TextScore`
    is fitted on the training rows: out-of-fold scores for them (inner folds
    grouped by ``groups[train]``) and scores of the whole training part's
    model for the test rows.

    Parameters
    ----------
    texts : array-like of str
    y : array-like of 0/1
    groups : array-like
        The outer folds' groups; the inner folds never split one.
    folds : sequence of (train, test) position arrays
    **options
        Keyword arguments of :class:`scorer.textscore.TextScore`.

    Returns
    -------
    list of (ndarray, ndarray)
        Per fold: the training rows' and the test rows' :data:`TEXT_SCORE`.

    Examples
    --------
    >>> texts = ["officials said the ministry confirmed it"] * 4 + ["you won't believe it!"] * 4
    >>> y = np.array([1, 1, 1, 1, 0, 0, 0, 0])
    >>> groups = np.array([0, 1, 2, 3, 0, 1, 2, 3])
    >>> folds = grouped_folds(groups, n_splits=2)
    >>> [(len(train), len(test)) for train, test in stacked_text_scores(texts, y, groups, folds)]
    [(4, 4), (4, 4)]
    """
    texts = pd.Series(np.asarray(texts, dtype=object))
    y = np.asarray(y, dtype=int)
    groups = np.asarray(groups)
    out = []
    for train, test in folds:
        model = TextScore(**options)
        train_score = model.fit_transform(texts.iloc[train], y[train], groups=groups[train])
        test_score = model.transform(texts.iloc[test])
        out.append((train_score[TEXT_SCORE].to_numpy(), test_score[TEXT_SCORE].to_numpy()))
    return out


def _logit(p: np.ndarray | float) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=float), 1e-15, 1 - 1e-15)
    return np.log(p) - np.log1p(-p)


def _score_and_proba(model, data, y_train: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(ranking score free of the training base rate, probability of class 1)."""
    prior = _logit(y_train.mean()) if len(y_train) else 0.0
    if hasattr(model, "log_likelihood_ratio"):
        return model.log_likelihood_ratio(data), model.predict_proba(data)[:, 1]
    if hasattr(model, "decision_function"):
        # a class-balanced learner: its log-odds are the ranking score, and the
        # training prior turns them into a probability (Saerens et al. 2002)
        score = model.decision_function(data)
        return score, 1.0 / (1.0 + np.exp(-(score + prior)))
    proba = model.predict_proba(data)[:, 1]
    return _logit(proba) - prior, proba


#: Markers of the methods of :func:`_method_inputs` that are not one estimator.
_DEFAULT = "default"
_DEFAULT_EVEN = "default_even_prior"
_NESTED = "nested"
#: Column of the per-fold pipeline's input that carries the outer groups.
_GROUP_COLUMN = "_evaluation_group"


def nested_choice(
    X: pd.DataFrame,
    y,
    groups,
    *,
    grid: Sequence[float] = NESTED_C_GRID,
    boosting: bool = True,
    n_splits: int = NESTED_FOLDS,
) -> dict:
    """Choose the learner of :class:`ReliabilityModel` by grouped cross-validation on ``X`` alone.

    Run it on a training part only.  The candidates are the logistic
    regression with each ``C`` of ``grid`` (smallest first) and, with
    ``boosting``, gradient boosting (last).  Each is scored by the ROC AUC of
    its pooled ranking scores (:meth:`ReliabilityModel.log_likelihood_ratio`)
    over ``GroupKFold`` folds of the given rows (as many folds as groups, at
    most ``n_splits``); the best wins, ties going to the earlier candidate
    (the more regularised, the more readable).

    Parameters
    ----------
    X : pandas.DataFrame
        Feature matrix (:data:`FEATURE_COLUMNS` or a subset).
    y : array-like of 0/1
    groups : array-like
        Inner folds never split a group.
    grid : sequence of float, keyword-only
        Candidate ``C`` of the logistic regression.
    boosting : bool, keyword-only, default True
        Also try ``method="boosting"``.
    n_splits : int, keyword-only

    Returns
    -------
    dict
        Keyword arguments of :class:`ReliabilityModel`: ``{"method":
        "logistic", "C": c}`` or ``{"method": "boosting"}``; ``{"method":
        "logistic", "C": 1.0}`` (scikit-learn's default) when there are
        fewer than two groups or an inner fold lacks a class.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> X = pd.DataFrame({"a": rng.normal(size=80), "b": rng.normal(size=80)})
    >>> y = ((X["a"] > 0) ^ (X["b"] > 0)).astype(int).to_numpy()  # no linear signal
    >>> nested_choice(X, y, np.arange(80) // 4)
    {'method': 'boosting'}
    """
    fallback = {"method": "logistic", "C": 1.0}
    y = np.asarray(y, dtype=int)
    groups = np.asarray(groups)
    n_groups = len(np.unique(groups))
    if n_groups < 2:
        return fallback
    folds = grouped_folds(groups, n_splits=min(n_splits, n_groups))
    if any(len(np.unique(y[train])) < 2 for train, _ in folds) or len(np.unique(y)) < 2:
        return fallback
    candidates = [{"method": "logistic", "C": float(C)} for C in sorted(grid)]
    if boosting:
        candidates.append({"method": "boosting"})
    best, best_auc = fallback, -np.inf
    for params in candidates:
        score, _, _ = _predict_folds(ReliabilityModel(**params), X, y, folds)
        auc = roc_auc_score(y, score)
        if auc > best_auc + 1e-12:
            best, best_auc = params, auc
    return best


def nested_C(
    X: pd.DataFrame,
    y,
    groups,
    *,
    grid: Sequence[float] = NESTED_C_GRID,
    n_splits: int = NESTED_FOLDS,
) -> float:
    """Choose the logistic regression's ``C`` by grouped cross-validation on ``X`` alone.

    :func:`nested_choice` among logistic regressions only (no boosting).

    Returns
    -------
    float
        The chosen ``C``; ``1.0`` (scikit-learn's default) when there are
        fewer than two groups or an inner fold lacks a class.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> X = pd.DataFrame({"a": rng.normal(size=60), "b": rng.normal(size=60)})
    >>> y = (X["a"] + rng.normal(scale=0.5, size=60) > 0).astype(int).to_numpy()
    >>> nested_C(X, y, np.arange(60) // 6) in NESTED_C_GRID
    True
    """
    choice = nested_choice(X, y, groups, grid=grid, boosting=False, n_splits=n_splits)
    return float(choice["C"])


def _base_rate(y_train: np.ndarray) -> float:
    # a prior of exactly 0 or 1 would make every probability certain
    return float(np.clip(y_train.mean(), 0.01, 0.99)) if len(y_train) else 0.5


def _predict_folds(
    estimator,
    data,
    y: np.ndarray,
    folds,
    groups: np.ndarray | None = None,
    text_scores: Sequence | None = None,
) -> tuple[np.ndarray, ...]:
    score = np.full(len(y), np.nan)
    proba = np.full(len(y), np.nan)
    fold_of = np.full(len(y), -1)
    for number, (train, test) in enumerate(folds):
        train_data, test_data = _rows(data, train), _rows(data, test)
        if text_scores is not None:
            train_data = train_data.assign(**{TEXT_SCORE: text_scores[number][0]})
            test_data = test_data.assign(**{TEXT_SCORE: text_scores[number][1]})
        if isinstance(estimator, str) and estimator == _DEFAULT:
            # the default weights take only the base rate of the training part
            model = ReliabilityModel.from_defaults(prior=_base_rate(y[train]))
        elif isinstance(estimator, str) and estimator == _DEFAULT_EVEN:
            model = ReliabilityModel.from_defaults()
        elif isinstance(estimator, str) and estimator == _NESTED:
            # the choice sees the training part only, grouped like the outer folds
            inner_groups = groups[train] if groups is not None else train
            params = nested_choice(train_data, y[train], inner_groups)
            model = ReliabilityModel(**params).fit(train_data, y[train])
        else:
            model = clone(estimator).fit(train_data, y[train])
        score[test], proba[test] = _score_and_proba(model, test_data, y[train])
        fold_of[test] = number
    return score, proba, fold_of


def _rows(data, positions: np.ndarray):
    return data.iloc[positions] if hasattr(data, "iloc") else data[positions]


def cross_validated_predictions(
    articles: pd.DataFrame,
    labels,
    groups,
    *,
    folds: Sequence | None = None,
    features: pd.DataFrame | None = None,
    methods: Iterable[str] | None = None,
    per_fold: bool = False,
) -> pd.DataFrame:
    """Out-of-fold probability of "reliable" for every method, on the same folds.

    Parameters
    ----------
    articles : pandas.DataFrame
        An articles table (:data:`scorer.schema.ARTICLE_COLUMNS`); every row
        takes part in feature extraction (agreement), even unlabelled ones.
    labels : array-like
        1 reliable, 0 not, NA unlabelled (left out of the folds).
    groups : array-like
        Rows of one group never sit on both sides of a split.
    folds : list of (train, test), optional
        Positions into the labelled rows; default
        ``grouped_folds(groups[labelled], n_splits=5)``.
    features : pandas.DataFrame, optional
        ``FeatureExtractor().transform(articles)``, if already computed.
    methods : iterable of str, optional
        Subset of :data:`METHODS` (default all), plus ``"fitted_per_fold"``.
    per_fold : bool, keyword-only
        Add ``fitted_per_fold`` (slow: features extracted per fold).

    Returns
    -------
    pandas.DataFrame
        Long table: ``method``, ``article_id``, ``fold``, ``label``,
        ``score`` (the ranking score, free of the training base rate) and
        ``proba``; one row per method and labelled article.
    """
    labels = pd.array(pd.Series(labels).to_numpy(), dtype="Int8")
    labelled = ~pd.isna(labels)
    groups = np.asarray(groups)[labelled]
    y = np.asarray(labels[labelled], dtype=int)
    folds = list(folds) if folds is not None else grouped_folds(groups)
    methods = list(methods) if methods is not None else list(METHODS)
    if per_fold and "fitted_per_fold" not in methods:
        methods.append("fitted_per_fold")
    if features is None:
        features = FeatureExtractor().transform(articles)
    features = features.reset_index(drop=True)[labelled]
    kept = articles.reset_index(drop=True)[labelled]
    texts = kept[TEXT].fillna("").astype(str).to_numpy()
    inputs = _method_inputs(features, texts)
    # the per-fold pipeline groups its inner text folds like the outer ones
    inputs["fitted_per_fold"] = (
        make_pipeline(
            make_union(FeatureExtractor(), TextScore(group_column=_GROUP_COLUMN)),
            ReliabilityModel(),
        ),
        kept.assign(**{_GROUP_COLUMN: groups}),
        False,
    )
    text_scores = None
    if any(inputs[method][2] for method in methods):
        text_scores = stacked_text_scores(texts, y, groups, folds)
    frames = []
    for method in methods:
        estimator, data, stacked = inputs[method]
        score, proba, fold_of = _predict_folds(
            estimator, data, y, folds, groups, text_scores if stacked else None
        )
        frames.append(
            pd.DataFrame(
                {
                    "method": method,
                    ARTICLE_ID: kept[ARTICLE_ID].to_numpy(),
                    "fold": fold_of,
                    "label": y,
                    "score": score,
                    "proba": proba,
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def within_group_predictions(
    articles: pd.DataFrame,
    labels,
    groups,
    *,
    features: pd.DataFrame | None = None,
    methods: Iterable[str] | None = None,
    n_splits: int = 5,
    min_per_class: int = 10,
    random_state: int = 0,
) -> pd.DataFrame:
    """Out-of-fold predictions inside each group (e.g. within one outlet).

    Groups with fewer than ``min_per_class`` articles of either class are
    skipped.  Folds are stratified and shuffled with ``random_state``; they
    never cross groups.

    Returns
    -------
    pandas.DataFrame
        As :func:`cross_validated_predictions`, plus a ``group`` column.
    """
    if features is None:
        features = FeatureExtractor().transform(articles)
    labels = pd.Series(pd.array(pd.Series(labels).to_numpy(), dtype="Int8"))
    groups = pd.Series(np.asarray(groups))
    frames = []
    for group in sorted(groups.dropna().unique()):
        rows = np.flatnonzero((groups == group).to_numpy())
        y = labels.iloc[rows]
        counts = y.value_counts()
        if len(counts) < 2 or counts.min() < min_per_class:
            continue
        scored = rows[y.notna().to_numpy()]
        y_scored = labels.iloc[scored].to_numpy(dtype=int)
        splitter = StratifiedKFold(n_splits, shuffle=True, random_state=random_state)
        folds = list(splitter.split(np.zeros(len(scored)), y_scored))
        predictions = cross_validated_predictions(
            articles.iloc[scored],
            y_scored,
            np.arange(len(scored)),
            folds=folds,
            features=features.iloc[scored],
            methods=methods,
        )
        frames.append(predictions.assign(group=group))
    if not frames:
        return pd.DataFrame(
            columns=["method", ARTICLE_ID, "fold", "label", "score", "proba", "group"]
        )
    return pd.concat(frames, ignore_index=True)


def summarise(predictions: pd.DataFrame, *, dataset: str = "") -> pd.DataFrame:
    """The evaluation table of a long predictions table, one row per method.

    Parameters
    ----------
    predictions : pandas.DataFrame
        ``method``, ``fold``, ``label``, ``proba`` and optionally ``score``
        (as :func:`cross_validated_predictions` returns).  ROC AUC is taken
        on ``score`` when present, else on ``proba``.
    dataset : str, keyword-only
        Written into the ``dataset`` column.

    Returns
    -------
    pandas.DataFrame
        :data:`EVALUATION_COLUMNS`, methods in their first-seen order.

    Examples
    --------
    >>> p = pd.DataFrame({"method": "m", "fold": [0, 0, 1, 1],
    ...                   "label": [0, 1, 0, 1], "proba": [0.2, 0.9, 0.6, 0.7]})
    >>> summarise(p, dataset="toy")[["method", "roc_auc", "accuracy", "n"]]
      method  roc_auc  accuracy  n
    0      m      1.0      0.75  4
    """
    rows = []
    for method, part in predictions.groupby("method", sort=False):
        y = part["label"].to_numpy(dtype=int)
        proba = part["proba"].to_numpy(dtype=float)
        score = part["score"].to_numpy(dtype=float) if "score" in part else proba
        both = len(np.unique(y)) == 2
        rows.append(
            {
                "method": method,
                "dataset": dataset,
                "roc_auc": roc_auc_score(y, score) if both else np.nan,
                "accuracy": float(((proba > 0.5) == y).mean()) if len(y) else np.nan,
                "ece": expected_calibration_error(y, proba),
                "n": len(y),
                "n_folds": int(part["fold"].nunique()),
                "roc_auc_proba": roc_auc_score(y, proba) if both else np.nan,
            }
        )
    return pd.DataFrame(rows, columns=EVALUATION_COLUMNS)


def evaluate(
    articles: pd.DataFrame,
    labels,
    groups,
    *,
    dataset: str = "",
    n_splits: int | None = 5,
    features: pd.DataFrame | None = None,
    methods: Iterable[str] | None = None,
    per_fold: bool = False,
) -> pd.DataFrame:
    """Every method on the same grouped folds, in one run: the evaluation table.

    Parameters
    ----------
    articles : pandas.DataFrame
        An articles table; all rows are used for feature extraction.
    labels : array-like
        1 reliable, 0 not, NA unlabelled (left out of the folds).
    groups : array-like
        Folds never split a group (a legit/fake twin pair, an outlet).
    dataset : str, keyword-only
        Name written into the table.
    n_splits : int or None, keyword-only, default 5
        ``GroupKFold(n_splits)``; None for leave-one-group-out.
    features : pandas.DataFrame, optional
        Precomputed ``FeatureExtractor().transform(articles)``.
    methods : iterable of str, optional
        Subset of :data:`METHODS`; default all.
    per_fold : bool, keyword-only
        Also run ``fitted_per_fold`` (features extracted inside each fold).

    Returns
    -------
    pandas.DataFrame
        :data:`EVALUATION_COLUMNS`: method, dataset, ROC AUC (of the ranking
        score), accuracy at 0.5, expected calibration error (10 equal-width
        bins), n, n_folds, and ROC AUC of the pooled probabilities.

    Examples
    --------
    >>> import scorer
    >>> articles = scorer.load_articles(scorer.EXAMPLE_CORPUS)
    >>> table = evaluate(articles, [0, 0, 1, 1, 0], ["a", "b", "c", "d", "e"],
    ...                  methods=["default", "nela"], n_splits=None)
    >>> table[["method", "n", "n_folds"]]
      method  n  n_folds
    0  default  5        5
    1     nela  5        5
    """
    labelled = ~pd.isna(pd.array(pd.Series(labels).to_numpy(), dtype="Int8"))
    folds = grouped_folds(np.asarray(groups)[labelled], n_splits=n_splits)
    predictions = cross_validated_predictions(
        articles,
        labels,
        groups,
        folds=folds,
        features=features,
        methods=methods,
        per_fold=per_fold,
    )
    return summarise(predictions, dataset=dataset)


def gold_claim_recall(claims: pd.DataFrame, gold: pd.DataFrame) -> tuple[float, list[tuple]]:
    """Share of gold claims found with the right normalised value.

    A gold row (``article_id``, ``kind``, ``value``, ``surface``) is found
    when a claim of that article has the same kind and value and a surface
    that contains the gold surface or is contained in it (case-folded); each
    extracted claim matches one gold row at most.

    Parameters
    ----------
    claims : pandas.DataFrame
        Extracted claims (:data:`scorer.schema.CLAIM_COLUMNS`).
    gold : pandas.DataFrame
        The gold list, e.g. ``tests/data/niger_gold_claims.csv``.

    Returns
    -------
    recall : float
        Found / gold (1.0 for an empty gold list).
    missed : list of tuple
        ``(article id prefix, kind, surface, value)`` of every gold row missed.

    Examples
    --------
    >>> claims = pd.DataFrame({"article_id": ["a"], "kind": ["number"], "value": ["120"],
    ...                        "surface": ["120 Europeans"]})
    >>> gold = pd.DataFrame({"article_id": ["a", "a"], "kind": ["number", "date"],
    ...                      "value": ["120", "2023-12-04"], "surface": ["120", "December 4"]})
    >>> gold_claim_recall(claims, gold)
    (0.5, [('a', 'date', 'December 4', '2023-12-04')])
    """
    used: set = set()
    missed = []
    for row in gold.itertuples(index=False):
        candidates = claims.loc[
            (claims["article_id"] == row.article_id)
            & (claims["kind"] == row.kind)
            & (claims["value"] == row.value)
        ]
        surface = str(row.surface).casefold()
        hit = next(
            (
                i
                for i, s in zip(candidates.index, candidates["surface"].str.casefold(), strict=True)
                if i not in used and (surface in s or s in surface)
            ),
            None,
        )
        if hit is None:
            missed.append((row.article_id[:3], row.kind, row.surface, row.value))
        else:
            used.add(hit)
    return (1 - len(missed) / len(gold) if len(gold) else 1.0), missed


_WORD = re.compile(r"\w+")


def quote_recall_precision(
    gold: Iterable[tuple[str, Sequence[str]]],
    predicted: dict[str, Sequence[str]],
    *,
    min_chars: int = 15,
) -> tuple[float, float, int, int]:
    """Quote recall and precision by word overlap, as the attribution issue measures them.

    Quotes are lowercase word sets. A gold quote is found when a predicted
    quote of its article shares at least half of its words; a predicted quote
    (longer than ``min_chars``) is right when it shares at least half of its
    own words with a gold quote.

    Parameters
    ----------
    gold : iterable of (article_id, list of str)
        The gold quotes of each article (already filtered by length).
    predicted : dict
        Article id -> predicted quotes.
    min_chars : int
        Predicted quotes this short or shorter are ignored.

    Returns
    -------
    recall, precision : float
    n_gold, n_predicted : int

    Examples
    --------
    >>> gold = [("a", ["We will not leave Niger before the end of the year"])]
    >>> quote_recall_precision(gold, {"a": ["we will not leave Niger", "a different remark here"]})
    (1.0, 0.5, 1, 2)
    """
    found = total = right = made = 0
    for article_id, quotes in gold:
        gold_words = [set(_WORD.findall(q.lower())) for q in quotes]
        kept = [q for q in predicted.get(article_id, []) if len(q) > min_chars]
        predicted_words = [set(_WORD.findall(q.lower())) for q in kept]
        for g in gold_words:
            total += 1
            found += any(len(g & q) >= 0.5 * len(g) for q in predicted_words)
        for q in predicted_words:
            made += 1
            right += any(len(g & q) >= 0.5 * len(q) for g in gold_words)
    return found / max(total, 1), right / max(made, 1), total, made
