"""The stacked text score: out-of-fold on the training part, honest inside a pipeline."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import sklearn
from helpers import seed_articles
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.pipeline import make_pipeline, make_union

from scorer.combine import ReliabilityModel
from scorer.pipeline import FeatureExtractor
from scorer.textscore import TEXT_SCORE, TextScore

_WORDS = [
    *("minister", "council", "budget", "river", "bridge", "harvest", "election", "court"),
    *("market", "school", "hospital", "railway", "port", "treaty", "rainfall", "vaccine"),
    *("museum", "festival", "airport", "factory"),
]


def _house_style_corpus(seed: int = 0, n_outlets: int = 10, per_outlet: int = 30):
    """Outlets that sign every article with a house word; the label follows the outlet only."""
    rng = np.random.default_rng(seed)
    rows = []
    for outlet in range(n_outlets):
        reliable = outlet % 2
        for _ in range(per_outlet):
            body = " ".join(rng.choice(_WORDS, size=40))
            text = f"{body} house{outlet}style"
            rows.append({"text": text, "source": f"o{outlet}", "y": reliable})
    return pd.DataFrame(rows)


def test_grouped_out_of_fold_scores_do_not_leak_the_house_style():
    corpus = _house_style_corpus()
    y = corpus["y"].to_numpy()
    model = TextScore(group_column="source")
    grouped = model.fit_transform(corpus, y)[TEXT_SCORE]
    # the words carry no label; a held-out outlet's house word was never seen
    assert abs(roc_auc_score(y, grouped) - 0.5) < 0.15
    # the same texts scored by the model that learnt their labels look perfect:
    # the reason fit_transform must not be fit().transform()
    in_sample = model.transform(corpus)[TEXT_SCORE]
    assert roc_auc_score(y, in_sample) > 0.99
    # ungrouped inner folds leak the house word into every held-out article
    ungrouped = TextScore().fit_transform(corpus, y)[TEXT_SCORE]
    assert roc_auc_score(y, ungrouped) > 0.85


def test_groups_argument_overrides_the_column_and_is_deterministic():
    corpus = _house_style_corpus(seed=1)
    y = corpus["y"].to_numpy()
    by_argument = TextScore().fit_transform(corpus["text"], y, groups=corpus["source"])
    by_column = TextScore(group_column="source").fit_transform(corpus, y)
    np.testing.assert_array_equal(by_argument[TEXT_SCORE], by_column[TEXT_SCORE])
    again = TextScore(group_column="source").fit_transform(corpus, y)
    np.testing.assert_array_equal(again[TEXT_SCORE], by_column[TEXT_SCORE])


def test_empty_text_and_errors_score_nan_and_zero_rows_work():
    articles = seed_articles()
    articles["text"] = articles["text"].astype(object)
    articles.loc[1, "text"] = ""
    articles.loc[2, "error"] = "unreadable"
    y = np.array([0, 1, 1, 0, 1])
    out = TextScore(min_df=1).fit_transform(articles, y)
    assert list(out.columns) == [TEXT_SCORE]
    assert out.index.equals(articles.index)
    assert out[TEXT_SCORE].isna().tolist() == [False, True, True, False, False]
    model = TextScore(min_df=1).fit(articles, y)
    assert model.transform(articles.iloc[:0]).shape == (0, 1)
    assert model.transform(articles)[TEXT_SCORE].isna().sum() == 2
    with pytest.raises(ValueError, match="two classes"):
        TextScore().fit(articles, np.ones(5, dtype=int))


def test_pipeline_with_the_text_score_cross_validates_on_grouped_folds():
    articles = pd.concat([seed_articles()] * 4, ignore_index=True)
    articles["article_id"] = [f"a{i}" for i in range(len(articles))]
    articles["source"] = [f"outlet{i % 10}" for i in range(len(articles))]
    y = np.array([0, 0, 1, 1, 0] * 4)
    model = make_pipeline(
        make_union(FeatureExtractor(), TextScore(group_column="source", n_splits=3)),
        ReliabilityModel(),
    )
    proba = cross_val_predict(
        model, articles, y, groups=articles["source"], cv=GroupKFold(5), method="predict_proba"
    )
    assert proba.shape == (20, 2)
    assert np.isfinite(proba).all() and np.allclose(proba.sum(axis=1), 1.0)


def test_groups_reach_the_text_score_through_metadata_routing():
    corpus = _house_style_corpus(seed=2, n_outlets=6, per_outlet=10)
    y = corpus["y"].to_numpy()
    with sklearn.config_context(enable_metadata_routing=True):
        text = TextScore().set_fit_request(groups=True)
        routed = make_pipeline(text, ReliabilityModel()).fit(
            corpus[["text"]], y, groups=corpus["source"]
        )
    # the learner saw grouped out-of-fold scores: chance-level, so a small weight
    plain = make_pipeline(TextScore(), ReliabilityModel()).fit(corpus[["text"]], y)
    routed_weight = abs(routed[-1].estimator_[-1].coef_[0, 0])
    plain_weight = abs(plain[-1].estimator_[-1].coef_[0, 0])
    assert routed_weight < plain_weight


@pytest.mark.data
def test_out_of_fold_text_score_separates_fakenewsamt_twins():
    import scorer
    from scorer import datasets

    frame = datasets.fakenewsamt()
    articles = scorer.load_articles(frame)
    y = frame["label"].to_numpy(dtype=int)
    score = TextScore(group_column="pair_id").fit_transform(articles, y)[TEXT_SCORE]
    # TF-IDF alone reaches about 0.82 on twin-grouped folds
    assert roc_auc_score(y, score) > 0.75


@pytest.mark.data
def test_average_of_inner_learners_keeps_test_scores_on_the_out_of_fold_scale():
    import scorer
    from scorer import datasets

    try:
        frame = datasets.fakenewsamt()
    except FileNotFoundError:
        pytest.skip("public data not found")
    articles = scorer.load_articles(frame)
    y = frame["label"].to_numpy(dtype=int)
    train = frame["pair_id"].str.endswith(("1", "2", "3", "4", "5", "6", "7")).to_numpy()
    model = TextScore(group_column="pair_id").fit(articles[train], y[train])
    out_of_fold = model.fit_transform(articles[train], y[train])[TEXT_SCORE].std()
    averaged = model.transform(articles[~train])[TEXT_SCORE].std()
    refitted = model.set_params(test_score="refit").transform(articles[~train])[TEXT_SCORE].std()
    # the refitted learner saw more data at weak regularisation: larger log-odds
    assert refitted > averaged > 0.5 * out_of_fold
    with pytest.raises(ValueError, match="test_score"):
        model.set_params(test_score="median").transform(articles[~train])
