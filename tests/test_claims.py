"""Tests for scorer.features.claims on the founding corpus and public data."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from helpers import articles_frame, data_home, gold_labels, line_segments, seed_articles

from scorer.evaluate import gold_claim_recall
from scorer.features.claims import (
    CLAIM_EXTRA_COLUMNS,
    extract_claims,
    extract_entities,
    name_key,
)
from scorer.schema import CLAIM_COLUMNS, ENTITY_COLUMNS
from scorer.text import split_sentences

GOLD = Path(__file__).resolve().parent / "data" / "niger_gold_claims.csv"


@pytest.fixture(scope="module")
def seeds():
    articles = seed_articles()
    sentences = split_sentences(line_segments(articles, gold_labels()))
    entities = extract_entities(sentences, articles)
    claims = extract_claims(sentences, articles, entities)
    return articles, sentences, entities, claims


def _entity_of(entities: pd.DataFrame, surface: str) -> set[str]:
    return set(entities.loc[entities["surface"] == surface, "entity_id"])


# --- entities -------------------------------------------------------------------


def test_entities_have_schema_columns_and_known_kinds(seeds):
    _, _, entities, _ = seeds
    assert list(entities.columns) == ENTITY_COLUMNS
    assert set(entities["kind"]) <= {"person", "organisation", "place"}
    assert (entities["mentions"] >= 1).all()


def test_transliterations_resolve_to_one_person_across_articles(seeds):
    _, _, entities, _ = seeds
    yevkurov = _entity_of(entities, "Yunus-Bek Yevkurov")
    assert len(yevkurov) == 1
    for variant in ("Lounous-Bek Evkourov", "Yunus-bek Yevkurov", "Yevkurov"):
        assert _entity_of(entities, variant) == yevkurov, variant
    tiani = _entity_of(entities, "Abdourahamane Tiani")
    assert len(tiani) == 1
    assert _entity_of(entities, "Abdourahmane Tchiani") == tiani
    assert yevkurov != tiani
    names = entities.loc[entities["entity_id"].isin(yevkurov | tiani), "name"]
    assert set(names) == {"Yunus-Bek Yevkurov", "Abdourahamane Tiani"}


def test_people_found_with_titles_stripped(seeds):
    _, _, entities, _ = seeds
    people = set(entities.loc[entities["kind"] == "person", "surface"])
    for name in (
        "Salifou Mody",
        "Mohamed Bazoum",
        "Kathleen FitzGibbon",
        "Emmanuel Macron",
        "Ibrahim Traoré",
        "Assimi Goïta",
        "Sylvain Itté",
    ):
        assert name in people
    # Titles are roles, not names; demonyms and sentence openers are not people.
    assert not any(p.startswith(("General", "Deputy", "US ", "Gen.")) for p in people)
    assert not {"West African", "Concurrently", "Following", "Russian"} & people


def test_gazetteer_aliases_and_kinds(seeds):
    _, _, entities, _ = seeds
    assert _entity_of(entities, "EU") == _entity_of(entities, "European Union")
    assert _entity_of(entities, "AES") == _entity_of(entities, "Alliance of Sahel States")
    assert _entity_of(entities, "Eucap Sahel") == _entity_of(entities, "EUCAP Sahel Niger")
    kinds = dict(zip(entities["surface"], entities["kind"], strict=False))
    assert kinds["Niamey"] == "place"
    assert kinds["Wagner Group"] == "organisation"
    assert kinds["Ministry of Foreign Affairs"] == "organisation"


def test_name_key_folds_transliterations():
    assert name_key("Yevkurov") == name_key("Evkourov")
    assert name_key("Abdourahamane") == name_key("Abdourahmane")
    assert name_key("Bazoum") != name_key("Mody")


def test_empty_and_error_articles_give_no_rows(seeds):
    articles, sentences, _, _ = seeds
    broken = articles.assign(
        error=np.where(articles["article_id"].str.startswith("001"), "x", None)
    )
    entities = extract_entities(sentences, broken)
    assert not entities["article_id"].str.startswith("001").any()
    claims = extract_claims(sentences, broken, entities)
    assert not claims["article_id"].str.startswith("001").any()
    none = sentences.iloc[0:0]
    assert extract_entities(none, articles).empty
    assert list(extract_claims(none, articles, extract_entities(none, articles)).columns) == (
        CLAIM_COLUMNS + CLAIM_EXTRA_COLUMNS
    )


def test_deterministic(seeds):
    articles, sentences, entities, claims = seeds
    again = extract_entities(sentences.iloc[::-1], articles)
    pd.testing.assert_frame_equal(again, entities)
    pd.testing.assert_frame_equal(extract_claims(sentences, articles, entities), claims)


# --- claims ---------------------------------------------------------------------


def test_claims_schema_and_offsets(seeds):
    _, _, _, claims = seeds
    assert list(claims.columns) == CLAIM_COLUMNS + CLAIM_EXTRA_COLUMNS
    assert set(claims["kind"]) <= {"number", "date", "person", "organisation", "place"}
    assert claims["confidence"].between(0, 1).all()
    sliced = [
        s[a:b] for s, a, b in zip(claims["sentence"], claims["start"], claims["end"], strict=True)
    ]
    assert sliced == claims["surface"].tolist()
    assert claims["status"].isna().all()


def _claim(claims: pd.DataFrame, article: str, surface: str) -> pd.DataFrame:
    own = claims.loc[claims["article_id"].str.startswith(article)]
    return own.loc[own["surface"] == surface]


def test_number_values_and_keys(seeds):
    _, _, _, claims = seeds
    europeans = _claim(claims, "000", "120").iloc[0]
    assert (europeans["value"], europeans["key"]) == ("120", "europeans")
    strong = _claim(claims, "003", "130-strong").iloc[0]
    assert (strong["value"], strong["key"]) == ("130", "civilian mission")
    troops = _claim(claims, "002", "1,500").iloc[0]
    assert (troops["value"], troops["key"]) == ("1500", "french troops")
    us = _claim(claims, "003", "1,100").iloc[0]
    assert (us["value"], us["key"]) == ("1100", "us troops")
    six = _claim(claims, "004", "six").iloc[0]
    assert (six["value"], six["key"]) == ("6", "months")


def test_dates_resolved_against_the_story_date(seeds):
    _, _, _, claims = seeds
    # 003's page is dated 2025 but its dateline says 6 Dec 2023.
    monday = _claim(claims, "003", "Monday, December 4").iloc[0]
    assert (monday["value"], monday["precision"]) == ("2023-12-04", "day")
    assert _claim(claims, "003", "on Tuesday")["value"].tolist() == ["2023-12-05"]
    assert _claim(claims, "003", "a year ago")["value"].tolist() == ["2022"]
    assert _claim(claims, "003", "the 1960s")["precision"].tolist() == ["decade"]
    landing = _claim(claims, "003", "December 3").iloc[0]
    assert landing["key"] == "landing in niamey"
    # 002 dates the note "November 4": kept as written, keyed as the announcement.
    note = _claim(claims, "002", "November 4").iloc[0]
    assert (note["value"], note["key"]) == ("2023-11-04", "announcement")
    # No date anywhere in 004: the day keeps no year.
    assert _claim(claims, "004", "December 4")["value"].tolist() == ["--12-04"]
    law = _claim(claims, "004", "2005").iloc[0]
    assert (law["value"], law["key"]) == ("2005", "immigration law")


def test_role_apposition_becomes_the_key(seeds):
    _, _, entities, claims = seeds
    yevkurov = _entity_of(entities, "Yunus-Bek Yevkurov").pop()
    own = claims.loc[claims["article_id"].str.startswith("004") & (claims["value"] == yevkurov)]
    assert "head of wagner group" in set(own["key"])
    tiani = claims.loc[claims["article_id"].str.startswith("000") & (claims["kind"] == "person")]
    assert "head of nigerien military regime" in set(tiani["key"])


def _gold_recall(claims: pd.DataFrame) -> tuple[float, list]:
    return gold_claim_recall(claims, pd.read_csv(GOLD, dtype=str, keep_default_na=False))


def test_gold_claims_recall(seeds):
    _, _, _, claims = seeds
    recall, missed = _gold_recall(claims)
    print(f"gold recall {recall:.3f}; missed {missed}")
    assert recall >= 0.9, missed


def test_attribution_columns_copied(seeds):
    articles, sentences, entities, _ = seeds
    flagged = sentences.assign(
        attributed=sentences["sentence_no"] % 2 == 0,
        source_type=np.where(sentences["sentence_no"] % 4 == 0, "person", "anonymous"),
    )
    claims = extract_claims(flagged, articles, entities)
    expected = claims["sentence_no"] % 2 == 0
    assert (claims["attributed"].astype(bool) == expected).all()
    assert (claims["source_named"].astype(bool) == (claims["sentence_no"] % 4 == 0)).all()


# --- public data ----------------------------------------------------------------


def _fakenews_articles(kind: str = "legit", n: int | None = None) -> pd.DataFrame:
    folder = data_home() / "fakenewsamt" / "fakeNewsDataset" / kind
    rows = []
    for path in sorted(folder.glob("*.txt"))[:n]:
        text = path.read_text(encoding="utf-8", errors="replace")
        title = text.strip().split("\n", 1)[0]
        rows.append({"article_id": path.stem, "title": title, "text": text, "published": pd.NaT})
    return articles_frame(rows)


@pytest.mark.data
def test_fakenews_entities_and_claims_run_fast():
    articles = pd.concat(
        [_fakenews_articles("legit"), _fakenews_articles("fake")], ignore_index=True
    )
    sentences = split_sentences(line_segments(articles))
    began = time.perf_counter()
    entities = extract_entities(sentences, articles)
    claims = extract_claims(sentences, articles, entities)
    rate = len(articles) / (time.perf_counter() - began)
    print(f"entities+claims: {rate:.0f} articles/s on {len(articles)} fakenewsamt articles")
    assert rate > 200
    # Most articles name someone and state some number or date.
    assert claims["article_id"].nunique() >= 0.9 * len(articles)
    assert (claims["kind"] == "number").sum() > len(articles) / 2


# --- resolution of single words -------------------------------------------------


def _entities_of(rows: list[dict]) -> pd.DataFrame:
    articles = articles_frame(rows)
    sentences = split_sentences(line_segments(articles))
    return extract_entities(sentences, articles)


def _kind_of_surface(text: str) -> dict[str, str]:
    """Each entity surface of a one-article text and its kind."""
    entities = _entities_of([{"article_id": "x", "text": text}])
    return dict(zip(entities["surface"], entities["kind"], strict=True))


def test_surname_spelled_exactly_is_that_person_not_a_lookalike():
    # Two donors with near-identical surnames in one article (CNN, 2016).
    text = (
        "Facebook co-founder Dustin Moskovitz this month promised $20 million to Democrats.\n"
        "Whether it's pro-Israel philanthropist Cherna Moskowitz on the right or a Hollywood "
        "filmmaker on the left, the megadonors are digging deep.\n"
        "Cherna Moskowitz has given to conservative groups for years.\n"
        "The other rising Democratic donor: Moskovitz, who sent ripples through the donor world."
    )
    entities = _entities_of([{"article_id": "x", "text": text}])
    bare = entities.loc[entities["surface"] == "Moskovitz", "entity_id"].tolist()
    assert bare == ["person:dustin-moskovitz"]


def test_contractions_and_sentence_adverbs_are_not_names():
    text = (
        "\"Maybe I'll tell you at the next debate. We'll see. But I'm very happy,\" Trump said.\n"
        "Donald Trump spoke to reporters in Hempstead on Monday night.\n"
        "Perhaps Kanye should approach the Prince estate, Kanye West's friends said."
    )
    entities = _entities_of([{"article_id": "x", "text": text}])
    surfaces = set(entities["surface"])
    assert not {"We'll", "I'll", "I'm", "Perhaps Kanye"} & surfaces, surfaces
    assert "Donald Trump" in surfaces and "Kanye West" in surfaces


def test_corpus_wide_surname_link_needs_a_similar_spelling():
    rows = [
        {
            "article_id": "a",
            "text": "City council member Wanda Murren voted against the plan on Tuesday.\n"
            "Murren said the city could not afford it.",
        },
        {
            "article_id": "b",
            "text": "The plan was criticised by a Marine veteran at the meeting.\n"
            "Reporters said Murren left early.",
        },
    ]
    entities = _entities_of(rows)
    b = entities.loc[entities["article_id"] == "b"]
    # "Murren" in b is the only Murren of the corpus; "Marine" only shares her consonants.
    assert set(b["surface"]) == {"Murren"}
    assert set(b["entity_id"]) == {"person:wanda-murren"}


def test_handles_and_hashtags_are_not_name_spellings():
    text = (
        "Conservative host Dana Loesch told viewers the story was false.\n"
        "Loesch later wrote on Twitter that the media lied. — @DLoesch\n"
        "Supporters shared it under #LoeschNews all evening."
    )
    entities = _entities_of([{"article_id": "x", "text": text}])
    assert set(entities.loc[entities["kind"] == "person", "surface"]) == {"Dana Loesch", "Loesch"}


def test_sentence_initial_common_word_is_not_a_lookalike_surname():
    opening = "Green Party candidate Jill Stein spoke in Ohio on Friday about the campaign.\n"
    closing = "\nStein said the rally would go on."
    common = opening + "Steen warnings came from the police, a steen reminder to all." + closing
    typo = opening + "Steen warnings came from the police, a loud reminder to all." + closing
    entities = _entities_of(
        [{"article_id": "common", "text": common}, {"article_id": "typo", "text": typo}]
    )
    steen = entities.loc[entities["surface"] == "Steen"]
    # The article writes "steen" as an ordinary word: not Stein misspelled.
    assert steen["article_id"].tolist() == ["typo"]
    assert steen["entity_id"].tolist() == ["person:jill-stein"]


def test_regions_and_venues_are_places_not_people():
    text = (
        "The talks between Greece and North Macedonia resumed on Monday, officials said.\n"
        "A rocket lifted off from the Space Coast late on Tuesday, and the crowd cheered.\n"
        "The band played the Shoreline Amphitheatre in May before a crowd of 20,000.\n"
        "Adam Neumann, who founded the company, declined to comment."
    )
    kind = _kind_of_surface(text)
    assert kind["North Macedonia"] == "place"
    assert kind["Space Coast"] == "place"
    assert kind["Shoreline Amphitheatre"] == "place"
    assert kind["Adam Neumann"] == "person"


def test_major_places_are_places_and_a_title_inside_a_span_leaves_the_name():
    text = (
        "Shares fell in Hong Kong and Sri Lanka on Monday, traders said.\n"
        "Ousted WeWork CEO Adam Neumann can still name directors to the board.\n"
        "Former Trump Campaign Chairman Paul Manafort arrived at court on Tuesday.\n"
        "The Bank of America Chief Executive did not comment."
    )
    kind = _kind_of_surface(text)
    assert kind["Hong Kong"] == "place"
    assert kind["Sri Lanka"] == "place"
    # The company or adjective before the title is no part of the name.
    assert kind["Adam Neumann"] == "person"
    assert kind["Paul Manafort"] == "person"
    assert "WeWork CEO Adam Neumann" not in kind
    # A title with no full name after it names no one.
    assert "Executive" not in kind
    # A verb or a greeting before a place or a name is no given name.
    text = (
        "The governor spoke in Pierre on Monday about the campaign.\n"
        "Their slogan was simple: Enter South Dakota and never leave.\n"
        "Junior Gaspard wrote the code for the new app.\n"
        "Thanks Junior for the help, the editor wrote."
    )
    kind = _kind_of_surface(text)
    assert kind["South Dakota"] == "place"
    assert "Enter South Dakota" not in kind and "Thanks Junior" not in kind
    assert kind["Junior Gaspard"] == "person"


def test_a_product_edition_is_no_person():
    text = (
        "The console comes in a Zamazenta Edition with a matching case.\n"
        "The Zamazenta Edition sold out within hours, the retailer said."
    )
    entities = _entities_of([{"article_id": "x", "text": text}])
    assert "Zamazenta Edition" not in set(entities["surface"])
