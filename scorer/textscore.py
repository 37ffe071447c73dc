"""A stacked lexical feature: what the words of an article say about its label.

:class:`TextScore` is a feature beyond the four families and the style set.
It fits TF-IDF of word 1–2-grams + a class-balanced logistic regression (the
``tfidf`` baseline of :mod:`scorer.evaluate`) and hands its log-odds to
:class:`scorer.ReliabilityModel` as one column, ``text_score``, whose weight
the model learns beside the families' (stacked generalisation, Wolpert 1992).

Why a column and not a second model: the families explain a score, the words
only predict it.  As one column the lexical evidence gets one readable weight
and the families keep theirs; the ablation (``without_text`` in
:mod:`scorer.evaluate`) shows what it adds.  It needs labels: the default
(unlabelled) score never reads it.

Honesty.  A text score computed by a model that saw the article's own label
would be near perfect on the training rows and the learner would trust it far
too much.  So :meth:`TextScore.fit_transform` (what a scikit-learn
``Pipeline`` calls on the training part) returns **out-of-fold** scores from
an inner ``GroupKFold`` over the training rows, grouped like the outer folds
(the same outlet, the same twin pair never on both sides), while
:meth:`TextScore.transform` (what the pipeline calls on the test part) scores
with the same inner-fold learners, averaged (``test_score="average"``, the
default) or with one learner refitted on the whole training part
(``"refit"``, as scikit-learn's ``StackingClassifier``).  The average keeps
the test scores on the scale the downstream learner was trained on: a learner
fitted on all training rows has seen a fifth more data at weak regularisation
and gives larger log-odds than the out-of-fold ones, so the weight learnt on
the out-of-fold column would overstate the test articles' evidence (an
overconfident probability).  Label-free check (no test label read): on
FakeNewsAMT's first three outer folds the out-of-fold training scores have a
standard deviation of 0.59–0.61, the refitted learner's test scores 0.82–0.99,
the averaged ones 0.69–0.83 (closer, not equal; the example below shows the
same shrinkage).  The cross-fitting is done inside one transformer, so
``cross_val_predict(make_pipeline(make_union(FeatureExtractor(),
TextScore(group_column="source")), ReliabilityModel()), articles, y,
groups=articles["source"], cv=GroupKFold(5))`` stays honest: no label of a
test fold, and no article's own label, ever reaches a feature.

The vocabulary and inverse document frequencies read no label; they are
fitted once on all the training texts, and only the logistic regression is
refitted per inner fold (the vectoriser is most of the cost).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.utils.validation import check_is_fitted

from scorer.schema import ERROR, TEXT

__all__ = ["TEXT_SCORE", "TextScore", "text_model"]

#: The one output column of :class:`TextScore`.
TEXT_SCORE = "text_score"
#: Inner folds of :meth:`TextScore.fit_transform` (fewer when there are fewer groups).
INNER_FOLDS = 5


def text_model(
    *, C: float = 10.0, ngram_range: tuple[int, int] = (1, 2), min_df: int = 2
) -> tuple[TfidfVectorizer, LogisticRegression]:
    """The unfitted vectoriser and learner of :class:`TextScore` (and of the ``tfidf`` baseline).

    Word 1–2-grams with sublinear term frequency, terms in at least
    ``min_df`` documents; a class-balanced logistic regression, so that its
    decision function is a log-likelihood ratio free of the training base
    rate (as :class:`scorer.ReliabilityModel`'s).

    Examples
    --------
    >>> vectoriser, learner = text_model()
    >>> vectoriser.ngram_range, learner.class_weight
    ((1, 2), 'balanced')
    """
    vectoriser = TfidfVectorizer(ngram_range=ngram_range, min_df=min_df, sublinear_tf=True)
    learner = LogisticRegression(C=C, solver="liblinear", class_weight="balanced", random_state=0)
    return vectoriser, learner


def _texts(X) -> tuple[np.ndarray, pd.Index | None]:
    """(texts as str, empty for missing text or a set ``error``; the input's index)."""
    if isinstance(X, pd.DataFrame):
        if TEXT in X:
            text = X[TEXT]
        elif X.shape[1] == 1:
            text = X.iloc[:, 0]
        else:
            raise ValueError(f"TextScore needs a {TEXT!r} column (or a single text column)")
        text = text.astype("string").fillna("")
        if ERROR in X:
            text = text.where(X[ERROR].isna(), "")
        return text.astype(str).to_numpy(dtype=object), X.index
    if isinstance(X, pd.Series):
        return X.astype("string").fillna("").astype(str).to_numpy(dtype=object), X.index
    array = np.asarray(X, dtype=object)
    if array.ndim == 2 and array.shape[1] == 1:
        array = array[:, 0]
    if array.ndim != 1:
        raise ValueError(f"TextScore needs one text per row, got an array of shape {array.shape}")
    return np.array(["" if pd.isna(t) else str(t) for t in array], dtype=object), None


class TextScore(TransformerMixin, BaseEstimator):
    """Articles -> ``text_score``: the stacked TF-IDF log-odds of being reliable.

    Parameters
    ----------
    group_column : str, optional
        Column of the articles table whose values group the inner folds (the
        outlet, ``"source"``; a twin pair, ``"pair_id"``), as the outer folds
        are grouped.  A ``groups`` argument of :meth:`fit_transform` (routed
        by scikit-learn's metadata routing) takes precedence.  With neither,
        every article is its own group: right for independent articles, a
        leak for grouped ones (an outlet's house style would score its own
        articles).
    n_splits : int, default 5
        Inner folds (at most one per group).
    C : float, default 10.0
        Inverse regularisation of the logistic regression (as the ``tfidf``
        baseline).
    ngram_range : tuple of int, default (1, 2)
    min_df : int, default 2
    test_score : {"average", "refit"}, default "average"
        How :meth:`transform` scores new articles: the mean log-odds of the
        inner-fold learners (the scale of the out-of-fold training scores),
        or one learner refitted on every training row.

    Attributes
    ----------
    vectoriser_ : TfidfVectorizer or None
        Fitted on every training text (no label); None when the texts hold
        no term at all (every score is then NaN).
    learner_ : LogisticRegression or None
        Fitted on every training row: it scores new articles with
        ``test_score="refit"``, or when there were fewer than two groups.
    fold_learners_ : list of LogisticRegression
        The inner-fold learners (``test_score="average"`` averages them).
    classes_ : ndarray
    n_features_in_ : int
        Always 1 (the text).

    Notes
    -----
    ``fit(X, y).transform(X)`` is **not** ``fit_transform(X, y)``: the first
    scores the training texts with the model that learnt their labels (use it
    only for new articles), the second returns out-of-fold scores, the ones a
    learner may be trained on.  An article with empty text or a set
    ``error`` scores NaN (no evidence; :class:`scorer.ReliabilityModel`
    imputes it with a missing indicator), and so does a training article whose
    inner training part lacked a class.  Raw text in, so it does not claim
    scikit-learn's estimator checks (like :class:`scorer.FeatureExtractor`).

    Examples
    --------
    >>> articles = pd.DataFrame({
    ...     "text": ["Officials said the figures were confirmed by the ministry."] * 4
    ...     + ["SHOCKING! You won't believe what they are hiding from you!"] * 4,
    ...     "source": ["a", "b", "c", "d"] * 2})
    >>> y = [1] * 4 + [0] * 4
    >>> model = TextScore(group_column="source", n_splits=2, min_df=1)
    >>> model.fit_transform(articles, y)["text_score"].gt(0).tolist()
    [True, True, True, True, False, False, False, False]
    >>> new = pd.DataFrame({"text": ["The ministry confirmed the figures.", ""]})
    >>> model.transform(new)["text_score"].round(2).tolist()
    [1.41, nan]
    """

    def __init__(
        self,
        *,
        group_column: str | None = None,
        n_splits: int = INNER_FOLDS,
        C: float = 10.0,
        ngram_range: tuple[int, int] = (1, 2),
        min_df: int = 2,
        test_score: str = "average",
    ) -> None:
        self.group_column = group_column
        self.n_splits = n_splits
        self.C = C
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.test_score = test_score

    def _models(self) -> tuple[TfidfVectorizer, LogisticRegression]:
        return text_model(C=self.C, ngram_range=tuple(self.ngram_range), min_df=self.min_df)

    def _fit(self, X, y, groups):
        texts, index = _texts(X)
        y = np.asarray(y)
        if len(y) != len(texts):
            raise ValueError(f"X has {len(texts)} rows but y has {len(y)} labels")
        self.classes_ = np.unique(y)
        if len(self.classes_) != 2:
            raise ValueError(f"TextScore needs two classes, got {self.classes_.tolist()}")
        if groups is None and self.group_column is not None:
            if not isinstance(X, pd.DataFrame) or self.group_column not in X:
                raise ValueError(f"group_column {self.group_column!r} is not a column of X")
            groups = X[self.group_column].astype("string").fillna("<NA>").to_numpy()
        groups = np.arange(len(texts)) if groups is None else np.asarray(groups)
        vectoriser, learner = self._models()
        present = np.array([bool(t.strip()) for t in texts])
        # min_df above the number of texts would leave no term at all
        vectoriser.set_params(min_df=min(self.min_df, max(int(present.sum()), 1)))
        self.n_features_in_ = 1
        try:
            self.vectoriser_ = vectoriser.fit(texts[present] if present.any() else texts)
        except ValueError:
            # no term at all (empty or one-letter texts): no lexical evidence
            self.vectoriser_, self.learner_, self.fold_learners_ = None, None, []
            return None, y, groups, np.zeros(len(texts), dtype=bool), index
        matrix = self.vectoriser_.transform(texts)
        self.learner_ = learner.fit(matrix, y)
        self._out_of_fold = np.full(len(y), np.nan)
        self.fold_learners_ = []
        n_groups = len(np.unique(groups))
        if n_groups >= 2:
            splitter = GroupKFold(min(self.n_splits, n_groups))
            for train, test in splitter.split(matrix, y, groups):
                if len(np.unique(y[train])) < 2:
                    continue  # nothing to learn from one class: those rows stay unknown
                _, fold_learner = self._models()
                fold_learner.fit(matrix[train], y[train])
                self._out_of_fold[test] = fold_learner.decision_function(matrix[test])
                self.fold_learners_.append(fold_learner)
        return matrix, y, groups, present, index

    def fit(self, X, y, groups: Sequence | None = None) -> TextScore:
        """Fit the vectoriser, the inner-fold learners and the learner of every row of ``X``.

        ``groups`` is accepted (and ignored) so that metadata routing can pass
        the same groups to ``fit`` and :meth:`fit_transform`.
        """
        self._fit(X, y, groups)
        return self

    def fit_transform(self, X, y=None, groups: Sequence | None = None) -> pd.DataFrame:
        """Fit on every row, and return **out-of-fold** scores of the training rows.

        Parameters
        ----------
        X : articles DataFrame (a ``text`` column), Series or 1-D array of str
        y : array-like of labels (two classes)
        groups : array-like, optional
            Group of every row for the inner folds; default the
            ``group_column`` of ``X``, else one group per row.

        Returns
        -------
        pandas.DataFrame
            One column, :data:`TEXT_SCORE`: for each row the log-odds of the
            last class from a learner fitted on the other inner folds (never
            on the row's own group); positive favours the last class
            (reliable, for 0/1 labels).  NaN for empty text.
        """
        if y is None:
            raise ValueError("TextScore.fit_transform needs labels")
        matrix, y, groups, present, index = self._fit(X, y, groups)
        score = self._out_of_fold if matrix is not None else np.full(len(y), np.nan)
        score = np.where(present, score, np.nan)
        return self._frame(score, index)

    def transform(self, X) -> pd.DataFrame:
        """Score new articles with the inner-fold learners (or the refitted one).

        Returns
        -------
        pandas.DataFrame
            One column, :data:`TEXT_SCORE` (log-odds of the last class; NaN
            for empty text), on ``X``'s index when it has one.
        """
        check_is_fitted(self, "n_features_in_")
        texts, index = _texts(X)
        if self.learner_ is None or len(texts) == 0:
            return self._frame(np.full(len(texts), np.nan), index)
        if self.test_score not in ("average", "refit"):
            raise ValueError(f"test_score must be 'average' or 'refit', got {self.test_score!r}")
        matrix = self.vectoriser_.transform(texts)
        if self.test_score == "average" and self.fold_learners_:
            score = np.mean([m.decision_function(matrix) for m in self.fold_learners_], axis=0)
        else:
            score = self.learner_.decision_function(matrix)
        score = np.where([bool(t.strip()) for t in texts], score, np.nan)
        return self._frame(score, index)

    @staticmethod
    def _frame(score: np.ndarray, index: pd.Index | None) -> pd.DataFrame:
        return pd.DataFrame({TEXT_SCORE: np.asarray(score, dtype=float)}, index=index)

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        """The one output column, :data:`TEXT_SCORE`."""
        return np.array([TEXT_SCORE], dtype=object)
