"""The evaluation: grouped folds, the calibration error, the table, and real data."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from helpers import seed_articles
from sklearn.metrics import roc_auc_score

from scorer.evaluate import (
    EVALUATION_COLUMNS,
    METHODS,
    cross_validated_predictions,
    evaluate,
    expected_calibration_error,
    grouped_folds,
    nested_C,
    nested_choice,
    summarise,
)


@pytest.mark.parametrize("n_splits", [2, 5, None])
def test_folds_never_split_a_group(n_splits):
    rng = np.random.default_rng(0)
    groups = rng.choice([f"pair{i}" for i in range(23)], size=200)
    folds = grouped_folds(groups, n_splits=n_splits)
    tested = np.concatenate([test for _, test in folds])
    assert sorted(tested.tolist()) == list(range(200))  # every row tested exactly once
    for train, test in folds:
        assert not set(groups[train]) & set(groups[test])


def test_ece_on_a_known_example():
    # bin 0: p 0.05, y 0 -> gap 0.05; bin 7: p 0.75 x4, y 1,1,1,0 -> gap 0; bin 9: p 1.0, y 0
    y = [0, 1, 1, 1, 0, 0]
    p = [0.05, 0.75, 0.75, 0.75, 0.75, 1.0]
    assert expected_calibration_error(y, p) == pytest.approx((0.05 + 0.0 + 1.0) / 6)
    assert expected_calibration_error([0, 1], [0.0, 1.0]) == 0.0
    assert expected_calibration_error([1, 1], [0.0, 0.0]) == 1.0


def test_summarise_reports_pooled_auc_and_accuracy():
    p = pd.DataFrame(
        {"method": "m", "fold": [0, 0, 1, 1], "label": [0, 1, 1, 0], "proba": [0.3, 0.8, 0.4, 0.6]}
    )
    row = summarise(p, dataset="toy").iloc[0]
    assert row["roc_auc"] == pytest.approx(0.75)  # 3 of 4 pairs ordered right
    assert row["accuracy"] == pytest.approx(0.5)
    assert row["n"] == 4 and row["n_folds"] == 2


def test_the_table_has_every_method_on_the_same_folds():
    articles = pd.concat([seed_articles()] * 4, ignore_index=True)
    articles["article_id"] = [f"a{i}" for i in range(len(articles))]
    labels = np.array([0, 0, 1, 1, 0] * 4)
    groups = np.arange(len(articles)) % 10
    predictions = cross_validated_predictions(
        articles, labels, groups, folds=grouped_folds(groups, n_splits=2)
    )
    assert predictions["method"].unique().tolist() == list(METHODS)
    # every method saw the same split: one fold per article across methods
    fold_sets = predictions.groupby("article_id")["fold"].agg(lambda f: len(set(f)))
    assert fold_sets.eq(1).all()
    table = summarise(predictions)
    assert list(table.columns) == EVALUATION_COLUMNS
    assert table["method"].tolist() == list(METHODS)
    assert table["n"].eq(20).all()
    assert predictions["proba"].between(0, 1).all()


def test_unlabelled_rows_are_left_out_of_the_folds():
    articles = pd.concat([seed_articles()] * 2, ignore_index=True)
    articles["article_id"] = [f"a{i}" for i in range(len(articles))]
    labels = pd.array([0, 1, 1, 0, pd.NA, 1, 0, 0, 1, pd.NA], dtype="Int8")
    table = evaluate(articles, labels, np.arange(10) % 4, n_splits=2, methods=["default", "nela"])
    assert table["n"].eq(8).all()


@pytest.mark.data
@pytest.mark.slow
def test_fitted_model_beats_chance_clearly_on_fakenewsamt():
    import scorer
    from scorer import datasets

    frame = datasets.fakenewsamt()
    table = evaluate(
        scorer.load_articles(frame),
        frame["label"],
        frame["pair_id"],
        dataset="fakenewsamt",
        methods=["default", "fitted", "tfidf"],
    ).set_index("method")
    assert table.loc["fitted", "roc_auc"] > 0.75
    assert table.loc["fitted", "accuracy"] > 0.65
    assert table.loc["fitted", "ece"] < 0.15
    assert table["n"].eq(480).all()


def _outlets_with_different_base_rates(seed: int = 0):
    """Six outlets, 5% to 95% reliable; one feature carries a little per-article signal."""
    from scorer.combine import FEATURE_COLUMNS

    rng = np.random.default_rng(seed)
    shares = [0.05, 0.2, 0.4, 0.6, 0.8, 0.95]
    groups = np.repeat(np.arange(len(shares)), 100)
    labels = (rng.uniform(size=len(groups)) < np.take(shares, groups)).astype(int)
    features = pd.DataFrame(
        rng.normal(size=(len(groups), len(FEATURE_COLUMNS))), columns=list(FEATURE_COLUMNS)
    )
    features["attribution"] += 0.8 * labels
    articles = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(groups))], "text": "x"})
    return articles, labels, groups, features


def test_pooled_probabilities_of_leave_one_group_out_are_biased_and_the_score_is_not():
    articles, labels, groups, features = _outlets_with_different_base_rates()
    table = evaluate(
        articles,
        labels,
        groups,
        n_splits=None,
        features=features,
        # fitted_nested is left out here: its boosting candidate makes it slow
        # (test_nested_choice_* cover the choice)
        methods=["base_rate", "fitted", "default"],
    ).set_index("method")
    # a model that knows nothing ranks at chance on its score...
    assert table.loc["base_rate", "roc_auc"] == pytest.approx(0.5)
    # ...but its pooled fold probabilities rank the outlets backwards
    assert table.loc["base_rate", "roc_auc_proba"] < 0.2
    # the fitted model's ranking score sees the per-article signal
    assert table.loc["fitted", "roc_auc"] > 0.65
    assert table.loc["fitted", "roc_auc"] > table.loc["fitted", "roc_auc_proba"]
    # the default weights read attribution, the one informative column, with
    # no fitting: their ranking score sees it too, free of the base rate
    assert table.loc["default", "roc_auc"] > 0.6
    assert table.loc["default", "roc_auc"] > table.loc["default", "roc_auc_proba"]


def test_nested_C_regularises_more_when_noise_features_swamp_the_signal():
    chosen = []
    for seed in range(6):
        rng = np.random.default_rng(seed)
        X = pd.DataFrame(rng.normal(size=(150, 60)), columns=[f"f{i}" for i in range(60)])
        y = (X["f0"] + rng.normal(size=150) > 0).astype(int).to_numpy()
        C = nested_C(X, y, np.arange(150) // 5)
        assert nested_C(X, y, np.arange(150) // 5) == C  # deterministic
        chosen.append(C)
    # 60 columns, one of them informative, 120 training rows per inner fold
    assert np.median(chosen) < 1.0


def test_nested_C_without_enough_groups_is_the_default():
    X = pd.DataFrame({"a": [0.0, 1.0, 0.5, 0.2]})
    assert nested_C(X, [0, 1, 1, 0], ["g"] * 4) == 1.0
    assert nested_C(X, [1, 1, 1, 1], [0, 1, 2, 3]) == 1.0


def test_default_with_and_without_language_on_the_same_folds():
    articles = pd.concat([seed_articles()] * 2, ignore_index=True)
    articles["article_id"] = [f"a{i}" for i in range(len(articles))]
    labels = np.array([0, 0, 1, 1, 0] * 2)
    predictions = cross_validated_predictions(
        articles,
        labels,
        np.arange(10),
        folds=grouped_folds(np.arange(10), n_splits=2),
        methods=["default", "default_without_language"],
    ).pivot_table(index="article_id", columns="method", values="score")
    # the same four families; only the language component differs
    assert not np.allclose(predictions["default"], predictions["default_without_language"])
    assert predictions.notna().all().all()


def test_nested_choice_takes_boosting_only_where_a_line_cannot_separate():
    rng = np.random.default_rng(3)
    X = pd.DataFrame(rng.normal(size=(160, 3)), columns=["a", "b", "c"])
    linear = (X["a"] + 0.5 * rng.normal(size=160) > 0).astype(int).to_numpy()
    crossed = ((X["a"] > 0) ^ (X["b"] > 0)).astype(int).to_numpy()
    groups = np.arange(160) // 4
    assert nested_choice(X, linear, groups)["method"] == "logistic"
    assert nested_choice(X, crossed, groups) == {"method": "boosting"}
    assert nested_choice(X, crossed, groups, boosting=False)["method"] == "logistic"


def test_default_probability_takes_the_base_rate_and_keeps_its_ranking():
    articles = pd.concat([seed_articles()] * 4, ignore_index=True)
    articles["article_id"] = [f"a{i}" for i in range(len(articles))]
    labels = np.array([1, 0, 1, 1, 1] * 4)  # 80% reliable
    groups = np.arange(len(articles)) % 10
    predictions = cross_validated_predictions(
        articles,
        labels,
        groups,
        folds=grouped_folds(groups, n_splits=2),
        methods=["default", "default_even_prior"],
    ).pivot_table(index="article_id", columns="method", values=["score", "proba"])
    np.testing.assert_allclose(
        predictions[("score", "default")], predictions[("score", "default_even_prior")]
    )
    # the same evidence on a corpus where most articles are reliable: more probable
    assert (predictions[("proba", "default")] > predictions[("proba", "default_even_prior")]).all()


def test_stacked_text_score_of_a_test_fold_never_reads_its_labels():
    from scorer.evaluate import stacked_text_scores

    rng = np.random.default_rng(4)
    words = np.array(
        [
            "river",
            "bridge",
            "court",
            "market",
            "school",
            "port",
            "treaty",
            "vaccine",
            "museum",
            "budget",
        ]
    )
    groups = np.repeat(np.arange(8), 12)
    labels = rng.integers(0, 2, size=len(groups))
    # the label shows in the words (a "cure" article is unreliable), plus noise
    texts = [
        " ".join(rng.choice(words, size=25)) + (" reported figures" if y else " miracle cure")
        for y in labels
    ]
    folds = grouped_folds(groups, n_splits=4)
    scores = stacked_text_scores(texts, labels, groups, folds)
    flipped = labels.copy()
    _, first_test = folds[0]
    flipped[first_test] = 1 - flipped[first_test]
    again = stacked_text_scores(texts, flipped, groups, folds)
    # fold 0's scores come from its training labels only; other folds train on fold 0
    np.testing.assert_array_equal(scores[0][0], again[0][0])
    np.testing.assert_array_equal(scores[0][1], again[0][1])
    assert not np.allclose(scores[1][1], again[1][1])
    # and the words do carry the label: out-of-fold scores rank it
    test_score = np.concatenate([test for _, test in scores])
    order = np.concatenate([test for _, test in folds])
    assert roc_auc_score(labels[order], test_score) > 0.9


def test_ablation_includes_the_text_score():
    from scorer.evaluate import ABLATION_GROUPS

    assert "without_text" in METHODS
    assert ABLATION_GROUPS["text"] == ("text_score",)
    articles, labels, groups, features = _outlets_with_different_base_rates()
    # a text that names the label: only the methods reading the text score see it
    articles["text"] = np.where(labels == 1, "officials confirmed figures", "shocking miracle cure")
    table = evaluate(
        articles,
        labels,
        groups,
        n_splits=3,
        features=features,
        methods=["fitted", "without_text"],
    ).set_index("method")
    assert table.loc["fitted", "roc_auc"] > 0.95
    assert table.loc["without_text", "roc_auc"] < 0.85
