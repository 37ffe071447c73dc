"""Combine the four feature families into one reliability probability.

:class:`ReliabilityModel` is scorer's one scikit-learn estimator.  It works in
two ways:

* **With no labels** (:meth:`ReliabilityModel.from_defaults`): documented
  default weights give each family its points out of 100, the way human
  raters (NewsGuard, Media Bias/Fact Check) weigh criteria, and a logistic
  link turns the points into a probability.  A fifth component,
  ``language`` (:func:`scorer.features.style.language_goodness`: emphasis,
  personal address and thin copy, directions from the fake-news literature),
  takes the points of NewsGuard's news-versus-opinion criterion.  A missing
  family (an article no other outlet covers has no agreement) scores the
  neutral prior for its points and widens the interval; it is never filled
  with a zero.  Agreement counts only when at least two independent other
  outlets cover the event (:data:`MIN_INDEPENDENT_UNITS`).  The link is
  centred on the points of an ordinary article of an unlabelled reference
  corpus, so an ordinary article gets the prior (0.5 unless a base rate is
  given).
* **With labels** (:meth:`ReliabilityModel.fit`): a class-balanced logistic
  regression (or gradient boosting) learns the weights, with an explicit
  missing-value indicator per column; the training base rate enters only at
  the end (a Bayes prior correction), so the ranking score
  (:meth:`ReliabilityModel.log_likelihood_ratio`) does not depend on it.

The raw family values are not all oriented the same way: ``spam_density`` is
a share of the text (0 is clean), the others have 1 at the trustworthy end.
:func:`family_goodness` maps each onto [0, 1] with 1 trustworthy, and is the
one place that knows the direction.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import check_is_fitted, validate_data

from scorer.features.style import LANGUAGE_FEATURES, STYLE_FEATURES, language_goodness
from scorer.schema import FAMILIES

#: The four families' columns of the default (unlabelled) model, in this order.
MODEL_FEATURES = ("spam_density", "boilerplate_density", "attribution", "consistency", "agreement")
#: The count of independent other outlets covering an article's event (from
#: :func:`scorer.features.agreement.agreement_features`); the default model
#: reads it to decide whether agreement is evidence (see
#: :data:`MIN_INDEPENDENT_UNITS`).
COVERAGE = "n_independent"
#: Every column the default model reads: the four families, the coverage
#: count, then the style columns of its ``language`` component.  Given only
#: :data:`MODEL_FEATURES` (the pipeline's family table), coverage is unknown
#: (agreement is taken as it is) and the language component is unknown and
#: earns its neutral half.
DEFAULT_FEATURES = (*MODEL_FEATURES, COVERAGE, *LANGUAGE_FEATURES)
#: The components of the default score: the four families, then ``language``.
COMPONENTS = (*FAMILIES, "language")

#: Columns a fitted model reads, grouped by where they come from (the ablation
#: removes one group at a time).  The four families contribute their value and
#: the detail counts behind it; ``style`` is the NELA-style set of
#: :mod:`scorer.features.style` (style, complexity, structure).  Counts
#: (``n_*``) enter as ``log1p``.  ``agreement`` is NaN for an article no other
#: outlet covers: the fitted learner sees an explicit missing indicator and the
#: training mean (the neutral prior), never a zero.  A fitted model may also
#: read ``text_score``, the stacked lexical column of
#: :class:`scorer.textscore.TextScore` (it needs labels, so it is fitted inside
#: cross-validation, never extracted here; ``without_text`` in the ablation).
FEATURE_GROUPS = {
    "spam_density": ("spam_density", "boilerplate_density"),
    "attribution": ("attribution", "named_source_ratio", "n_sources", "n_quotes"),
    "consistency": ("consistency", "n_inconsistencies"),
    "agreement": (
        "agreement",
        "n_corroborated",
        "n_contradicted",
        "n_uncorroborated",
        COVERAGE,
    ),
    "style": STYLE_FEATURES,
}
#: Every column of :data:`FEATURE_GROUPS`, in order: the default output of
#: :class:`scorer.FeatureExtractor` and the input of a fitted model.
FEATURE_COLUMNS = tuple(column for group in FEATURE_GROUPS.values() for column in group)

#: Points out of 100 per component for the default model, taken from
#: NewsGuard's nine weighted criteria (points out of 100).  The criteria an
#: article's text can show map onto the components: "does not repeatedly
#: publish false content" (22) -> agreement; "gathers and presents information
#: responsibly" (18) and "provides names of content creators" (5) ->
#: attribution (sources, byline); "avoids deceptive headlines" (10) ->
#: consistency (headline and body, dates, duplicates); "clearly labels
#: advertising" (7.5) -> spam density; "handles the difference between news
#: and opinion responsibly" (12.5) -> language (hype, personal address and
#: opinion markers in what presents itself as news).  The criteria about the
#: site rather than the article (corrections, ownership, who is in charge: 25)
#: have no component; the 75 mapped points are rescaled to 100 (x4/3) and
#: rounded.  Not fitted to any labels.
DEFAULT_POINTS = {
    "spam_density": 10.0,
    "attribution": 31.0,
    "consistency": 13.0,
    "agreement": 29.0,
    "language": 17.0,
}

#: Junk share (spam + a quarter of the boilerplate) at which the spam family
#: gives no points: a page that is 30% ads and junk is a content farm.
SPAM_SATURATION = 0.30
#: Page chrome is expected on any web page; it counts a quarter as much as spam.
BOILERPLATE_WEIGHT = 0.25
#: Fewest independent other outlets (units that are not copies and not the
#: article's own outlet) that must cover an event before the default model
#: counts agreement as evidence.  With one other outlet agreement cannot
#: tell who is right: a contradiction is symmetric (one voice against one),
#: and a corroboration cannot be told from a rewrite of the same story (a
#: derived text repeats its source's names and figures).  Truth discovery
#: needs redundancy to decide between conflicting values (majority voting
#: needs at least three voices; Li et al. 2016, "A Survey on Truth
#: Discovery", SIGKDD Explorations; Dong et al. 2009 on dependent sources).
#: Below it agreement earns the neutral half, like an article nobody else
#: covers.  The fitted model sees the count itself and learns what it says.
MIN_INDEPENDENT_UNITS = 2
#: Logistic link of the default model: ``DEFAULT_CENTRE`` points is the prior
#: (probability 0.5 unless a base rate is given), every ``DEFAULT_SCALE``
#: points multiplies the odds by e.  Both come from an unlabelled reference
#: corpus, the 163 scoreable hand-checked article bodies of the
#: article-extraction-benchmark (Zyte 2020; the reference of
#: :data:`scorer.features.style.LANGUAGE_CUES`): the centre is the median
#: points of its articles (62.4), so an ordinary article carries no evidence
#: either way, and the scale is their interquartile range (54.4 to 70.7,
#: 16.2), so the middle half of ordinary articles spans one unit of
#: log-odds.  Rounded; not fitted to any labels (``fit`` replaces the link).
#: The earlier link (centre 50, scale 10) called the median ordinary article
#: 0.77 reliable and was overconfident (ECE 0.27 on FakeNewsAMT).
DEFAULT_CENTRE = 62.0
DEFAULT_SCALE = 16.0
#: Internal folds of the optional ``"sigmoid"``/``"isotonic"`` calibration.
CALIBRATION_FOLDS = 3
#: Calibration methods of :class:`ReliabilityModel`.
CALIBRATIONS = (None, "prior", "sigmoid", "isotonic")


def _logit(p: float) -> float:
    return float(np.log(p / (1.0 - p)))


def family_goodness(features: pd.DataFrame) -> pd.DataFrame:
    """Map raw family values onto [0, 1] with 1 the trustworthy end.

    Parameters
    ----------
    features : pandas.DataFrame
        Columns ``spam_density`` (share of spam characters, 0 clean),
        optionally ``boilerplate_density``, and ``attribution``,
        ``consistency``, ``agreement`` (each in [0, 1], 1 good), and
        optionally ``n_independent`` (:data:`COVERAGE`, ``log1p``-scaled
        like every count of :class:`scorer.FeatureExtractor`) and the style
        columns :data:`LANGUAGE_FEATURES`.  Missing columns are treated as
        all-missing.

    Returns
    -------
    pandas.DataFrame
        One column per component of :data:`COMPONENTS` (the four families,
        then ``language``), on the input's index.  ``spam_density`` becomes
        ``1 - min(1, (spam + 0.25 * boilerplate) / 0.30)``; ``language`` is
        :func:`scorer.features.style.language_goodness`; the others pass
        through clipped to [0, 1].  NaN stays NaN (missing evidence), and
        ``agreement`` becomes NaN where the coverage is known and below
        :data:`MIN_INDEPENDENT_UNITS` (one other outlet cannot settle who is
        right).

    Examples
    --------
    >>> frame = pd.DataFrame({"spam_density": [0.0, 0.15, 0.6], "attribution": [1.0, 0.5, None]})
    >>> family_goodness(frame).round(2)
       spam_density  attribution  consistency  agreement  language
    0           1.0          1.0          NaN        NaN       NaN
    1           0.5          0.5          NaN        NaN       NaN
    2           0.0          NaN          NaN        NaN       NaN
    >>> covered = pd.DataFrame({"agreement": [0.8, 0.8, 0.8],
    ...                         "n_independent": np.log1p([1, 2, np.nan])})
    >>> family_goodness(covered)["agreement"].tolist()
    [nan, 0.8, 0.8]
    """
    out = pd.DataFrame(index=features.index)
    for family in FAMILIES:
        column = features[family] if family in features else pd.Series(np.nan, features.index)
        out[family] = pd.to_numeric(column, errors="coerce").astype(float)
    boilerplate = (
        pd.to_numeric(features["boilerplate_density"], errors="coerce").fillna(0.0)
        if "boilerplate_density" in features
        else 0.0
    )
    junk = out["spam_density"] + BOILERPLATE_WEIGHT * boilerplate
    out["spam_density"] = (1.0 - junk / SPAM_SATURATION).clip(0.0, 1.0)
    if COVERAGE in features:
        coverage = pd.to_numeric(features[COVERAGE], errors="coerce").to_numpy(dtype=float)
        # the count arrives log1p-scaled, as FeatureExtractor gives every count
        threshold = np.log1p(MIN_INDEPENDENT_UNITS) - 1e-9
        out.loc[coverage < threshold, "agreement"] = np.nan
    out["language"] = language_goodness(features).to_numpy()
    return out.clip(0.0, 1.0)


def wilson_interval(share: np.ndarray, n: np.ndarray, *, z: float = 1.96) -> tuple:
    """Wilson score interval of a proportion ``share`` seen over ``n`` units.

    ``n == 0`` or a NaN share gives the whole range [0, 1]: no evidence.

    Examples
    --------
    >>> low, high = wilson_interval(np.array([0.5, 1.0, np.nan]), np.array([4, 100, 3]))
    >>> np.round(low, 3), np.round(high, 3)
    (array([0.15 , 0.963, 0.   ]), array([0.85, 1.  , 1.  ]))
    """
    share = np.asarray(share, dtype=float)
    n = np.asarray(n, dtype=float)
    known = np.isfinite(share) & (n > 0)
    safe_n = np.where(known, n, 1.0)
    safe_p = np.where(known, share, 0.5)
    denominator = 1.0 + z**2 / safe_n
    centre = (safe_p + z**2 / (2 * safe_n)) / denominator
    half = z * np.sqrt(safe_p * (1 - safe_p) / safe_n + z**2 / (4 * safe_n**2)) / denominator
    low = np.where(known, np.clip(centre - half, 0.0, 1.0), 0.0)
    high = np.where(known, np.clip(centre + half, 0.0, 1.0), 1.0)
    return low, high


@dataclass(frozen=True)
class _DefaultWeights:
    points: tuple
    centre: float
    scale: float


class ReliabilityModel(ClassifierMixin, BaseEstimator):
    """Features -> probability that an article is reliable.

    Parameters
    ----------
    method : {"logistic", "boosting"}, default "logistic"
        The learner ``fit`` uses.  Logistic regression is the default: its
        weights are readable per feature; gradient boosting
        (``HistGradientBoostingClassifier``) captures interactions.
    C : float, default 1.0
        Inverse regularisation strength of the logistic regression.
    class_weight : {"balanced", None} or dict, default "balanced"
        Class weights of the learner.  ``"balanced"`` makes the learned score
        a log-likelihood ratio that does not depend on the training base rate
        (:meth:`log_likelihood_ratio`): with unweighted classes the intercept
        tracks the share of reliable articles in the training data, so models
        trained on folds with different shares (leave one outlet out, where
        the share moves opposite to the held-out outlet's) rank the held-out
        articles by the fold they sit in rather than by their features.
    calibration : {"prior", None, "sigmoid", "isotonic"}, default "prior"
        How ``predict_proba`` is made a probability.  ``"prior"`` multiplies
        the balanced learner's class probabilities by the training class
        shares and renormalises (the Bayes prior correction of Saerens et al.
        2002; Elkan 2001): exact, needs no held-out data.  ``"sigmoid"`` /
        ``"isotonic"`` wrap the learner in ``CalibratedClassifierCV`` (3
        internal folds); those folds are **not grouped**, so with grouped data
        (twin articles, outlets) the calibration set leaks the group and the
        calibration is worse, not better; use them only for independent rows.
        None returns the learner's own probabilities.
    random_state : int, default 0
        Seed for the learners that use one (boosting, calibration folds).

    Attributes
    ----------
    classes_ : ndarray
        Class labels seen by ``fit``; ``from_defaults`` uses ``[0, 1]``.
    n_features_in_ : int
    estimator_ : sklearn estimator or None
        The fitted learner; None for the default weights.
    class_prior_ : ndarray
        Training share of each class; for the default weights
        ``[1 - prior, prior]`` (``[0.5, 0.5]`` unless a prior is given).
    prior_log_odds_ : float
        Log prior odds of the last class that ``predict_proba`` contains
        (0 when it contains none: default weights with prior 0.5, or a
        balanced learner without calibration).

    Notes
    -----
    Missing values (NaN) are part of the design, not an accident: the
    logistic learner imputes the training mean (a neutral prior) and adds a
    0/1 "was missing" column per feature that had gaps, so it learns what the
    absence itself says; gradient boosting sends missing values down the
    branch that fits best.  The default model gives a missing family half its
    points.  The default model reads the :data:`DEFAULT_FEATURES` columns of
    a DataFrame and ignores any others, so it can score the wider output of
    :class:`scorer.FeatureExtractor` directly; given the four families'
    :data:`MODEL_FEATURES` alone, its language component is unknown (half
    its points), as in the example below.

    Examples
    --------
    >>> X = pd.DataFrame({"spam_density": [0.0, 0.4], "boilerplate_density": [0.1, 0.3],
    ...                   "attribution": [0.9, 0.0], "consistency": [1.0, 0.6],
    ...                   "agreement": [0.9, np.nan]})
    >>> model = ReliabilityModel.from_defaults()
    >>> model.predict_proba(X)[:, 1].round(3)
    array([0.805, 0.125])
    >>> model.predict(X)
    array([1, 0])
    >>> model.log_likelihood_ratio(X).round(2)
    array([ 1.42, -1.95])
    """

    def __init__(
        self,
        *,
        method: str = "logistic",
        C: float = 1.0,
        class_weight: str | dict | None = "balanced",
        calibration: str | None = "prior",
        random_state: int = 0,
    ) -> None:
        self.method = method
        self.C = C
        self.class_weight = class_weight
        self.calibration = calibration
        self.random_state = random_state

    @classmethod
    def from_defaults(cls, *, prior: float = 0.5) -> ReliabilityModel:
        """A ready model with the documented default weights; needs no labels.

        Parameters
        ----------
        prior : float, keyword-only, default 0.5
            Share of reliable articles expected in the corpus (a base rate,
            not a label): the probability of an ordinary article, the one at
            :data:`DEFAULT_CENTRE` points.  The points move it by their
            log-likelihood ratio ``(points - DEFAULT_CENTRE) / DEFAULT_SCALE``
            (Bayes' rule); the ranking does not depend on it.

        Examples
        --------
        >>> X = pd.DataFrame({"spam_density": [0.0], "boilerplate_density": [0.0],
        ...                   "attribution": [0.4], "consistency": [1.0], "agreement": [0.6]})
        >>> for prior in (0.5, 0.8):
        ...     model = ReliabilityModel.from_defaults(prior=prior)
        ...     print(model.predict_proba(X)[0, 1].round(3), model.log_likelihood_ratio(X).round(3))
        0.489 [-0.044]
        0.793 [-0.044]
        """
        if not 0.0 < prior < 1.0:
            raise ValueError(f"prior must lie strictly between 0 and 1, got {prior!r}")
        model = cls()
        model.classes_ = np.array([0, 1])
        model.n_features_in_ = len(DEFAULT_FEATURES)
        model.feature_names_in_ = np.array(DEFAULT_FEATURES, dtype=object)
        model.estimator_ = None
        model.class_prior_ = np.array([1.0 - prior, prior])
        model.prior_log_odds_ = _logit(prior)
        model.defaults_ = _DefaultWeights(
            points=tuple(DEFAULT_POINTS[c] for c in COMPONENTS),
            centre=DEFAULT_CENTRE,
            scale=DEFAULT_SCALE,
        )
        return model

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.allow_nan = True
        return tags

    def _learner(self, y: np.ndarray):
        if self.method == "logistic":
            learner = make_pipeline(
                SimpleImputer(strategy="mean", add_indicator=True, keep_empty_features=True),
                StandardScaler(),
                LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=1000),
            )
        elif self.method == "boosting":
            # shallow, slow and regularised: the labelled sets are hundreds of rows
            learner = HistGradientBoostingClassifier(
                learning_rate=0.05,
                max_iter=100,
                max_leaf_nodes=8,
                min_samples_leaf=20,
                l2_regularization=1.0,
                class_weight=self.class_weight,
                random_state=self.random_state,
            )
        else:
            raise ValueError(f"method must be 'logistic' or 'boosting', got {self.method!r}")
        if self.calibration not in CALIBRATIONS:
            raise ValueError(
                "calibration must be 'prior', None, 'sigmoid' or 'isotonic', "
                f"got {self.calibration!r}"
            )
        if self.calibration in (None, "prior"):
            return learner
        # Calibration needs every class in every internal fold; with fewer
        # than two examples of a class there is nothing to calibrate on.
        folds = min(CALIBRATION_FOLDS, int(np.unique(y, return_counts=True)[1].min()))
        if folds < 2:
            return learner
        return CalibratedClassifierCV(learner, method=self.calibration, cv=folds)

    def fit(self, X, y) -> ReliabilityModel:
        """Learn weights from labelled articles (1 reliable, 0 not)."""
        X, y = validate_data(self, X, y, ensure_all_finite="allow-nan")
        check_classification_targets(y)
        self.classes_, counts = np.unique(y, return_counts=True)
        self.class_prior_ = counts / counts.sum()
        self.estimator_ = self._learner(y).fit(X, y)
        self._correct_prior = self.calibration == "prior" and self.class_weight == "balanced"
        # a balanced learner left uncalibrated carries no prior; every other
        # combination's probabilities contain the training shares
        balanced_raw = self.calibration is None and self.class_weight == "balanced"
        share = float(np.clip(self.class_prior_[-1], 1e-6, 1 - 1e-6))
        self.prior_log_odds_ = 0.0 if balanced_raw else _logit(share)
        self.defaults_ = None
        return self

    def _default_input(self, X):
        if self.estimator_ is not None:
            return X
        # The default weights read their columns by name from a wider frame;
        # a frame or array of the four families alone (the pipeline's family
        # table) leaves the language component unknown: neutral, not zero.
        if isinstance(X, pd.DataFrame) and all(column in X for column in MODEL_FEATURES):
            if list(X.columns) != list(DEFAULT_FEATURES):
                return X.reindex(columns=list(DEFAULT_FEATURES))
            return X
        if not isinstance(X, pd.DataFrame) and np.ndim(X) == 2:
            array = np.asarray(X, dtype=float)
            if array.shape[1] == len(MODEL_FEATURES):
                extra = len(DEFAULT_FEATURES) - len(MODEL_FEATURES)
                missing = np.full((array.shape[0], extra), np.nan)
                return np.hstack([array, missing])
        return X

    def _default_points(self, X) -> tuple[np.ndarray, np.ndarray]:
        frame = pd.DataFrame(np.asarray(X, dtype=float), columns=list(DEFAULT_FEATURES))
        goodness = family_goodness(frame).to_numpy()
        points = np.asarray(self.defaults_.points)
        # a missing family earns the neutral half of its points
        return np.where(np.isnan(goodness), 0.5, goodness) * points, goodness

    def _probability_of_points(self, total: np.ndarray) -> np.ndarray:
        log_odds = self.prior_log_odds_ + (total - self.defaults_.centre) / self.defaults_.scale
        return 1.0 / (1.0 + np.exp(-log_odds))

    def predict_proba(self, X) -> np.ndarray:
        """Probability of each class; column ``1`` is "reliable" for 0/1 labels."""
        check_is_fitted(self, "classes_")
        X = validate_data(self, self._default_input(X), reset=False, ensure_all_finite="allow-nan")
        if self.estimator_ is None:
            points, _ = self._default_points(X)
            reliable = self._probability_of_points(points.sum(axis=1))
            return np.column_stack([1.0 - reliable, reliable])
        proba = self.estimator_.predict_proba(X)
        if not getattr(self, "_correct_prior", False):
            return proba
        weighted = proba * self.class_prior_
        return weighted / weighted.sum(axis=1, keepdims=True)

    def log_likelihood_ratio(self, X) -> np.ndarray:
        """Log-odds of "reliable" that the features add to the training base rate.

        ``logit(predict_proba) - prior_log_odds_`` for two classes.  Unlike
        the probability it does not move with the share of reliable articles
        in the training data, so scores of models trained on different folds
        rank on one scale (ROC AUC pooled over folds is computed on it).

        Returns
        -------
        ndarray of float
            One value per row; 0 is "no evidence either way", positive
            favours the last class (reliable).  Default weights:
            ``(points - DEFAULT_CENTRE) / DEFAULT_SCALE``, whatever the prior.
        """
        if len(self.classes_) != 2:
            raise ValueError("log_likelihood_ratio needs two classes")
        proba = np.clip(self.predict_proba(X), 1e-15, 1.0)
        return np.log(proba[:, 1]) - np.log(proba[:, 0]) - self.prior_log_odds_

    def predict(self, X) -> np.ndarray:
        """Most probable class."""
        proba = self.predict_proba(X)
        return self.classes_[np.argmax(proba, axis=1)]

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        """The one output column: the probability of being reliable."""
        check_is_fitted(self, "classes_")
        return np.array(["reliability"], dtype=object)

    def explain(self, X, *, evidence: pd.DataFrame | None = None) -> pd.DataFrame:
        """Per-family points, the reliability and an interval, row by row.

        Only for the default weights, whose points are additive by design.

        Parameters
        ----------
        X : array-like or DataFrame of :data:`DEFAULT_FEATURES`
            Or of :data:`MODEL_FEATURES` alone: the language component is
            then unknown and earns half its points.
        evidence : DataFrame, optional
            Columns ``n_<component>`` giving how many units of evidence
            (segments, claim-bearing sentences, sentences, compared claims)
            stand behind each component's value; more evidence, narrower
            interval.  Without it a component's interval is its Wilson
            interval at n=1.

        Returns
        -------
        pandas.DataFrame
            ``points_<component>`` for each of :data:`COMPONENTS`
            (contribution out of 100), ``points``, ``reliability``,
            ``reliability_low``, ``reliability_high``.
        """
        check_is_fitted(self, "classes_")
        if self.estimator_ is not None:
            raise NotImplementedError("explain() needs the default weights (from_defaults())")
        index = X.index if isinstance(X, pd.DataFrame) else None
        X = validate_data(self, self._default_input(X), reset=False, ensure_all_finite="allow-nan")
        points, goodness = self._default_points(X)
        weights = np.asarray(self.defaults_.points)
        low = np.empty_like(goodness)
        high = np.empty_like(goodness)
        for j, component in enumerate(COMPONENTS):
            n = (
                evidence[f"n_{component}"].to_numpy(dtype=float)
                if evidence is not None and f"n_{component}" in evidence
                else np.ones(len(goodness))
            )
            low[:, j], high[:, j] = wilson_interval(goodness[:, j], n)
        out = pd.DataFrame(points, columns=[f"points_{c}" for c in COMPONENTS], index=index)
        out["points"] = points.sum(axis=1)
        out["reliability"] = self._probability_of_points(out["points"].to_numpy())
        out["reliability_low"] = self._probability_of_points((low * weights).sum(axis=1))
        out["reliability_high"] = self._probability_of_points((high * weights).sum(axis=1))
        return out
