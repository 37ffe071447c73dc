"""Tests for scorer.features.consistency on the founding corpus and injected faults."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from helpers import articles_frame, data_home, gold_labels, line_segments, seed_articles

from scorer.features.claims import extract_claims, extract_entities
from scorer.features.consistency import (
    INCONSISTENCY_KINDS,
    consistency_features,
    find_inconsistencies,
)
from scorer.schema import INCONSISTENCY_COLUMNS
from scorer.text import split_sentences


def _analyse(articles: pd.DataFrame, segments: pd.DataFrame):
    sentences = split_sentences(segments)
    entities = extract_entities(sentences, articles)
    claims = extract_claims(sentences, articles, entities)
    found = find_inconsistencies(articles, segments, sentences, claims, entities)
    return found, consistency_features(found, articles["article_id"]), claims, entities


@pytest.fixture(scope="module")
def seeds():
    articles = seed_articles()
    segments = line_segments(articles, gold_labels())
    found, features, _, _ = _analyse(articles, segments)
    return articles, segments, found, features


def _kinds(found: pd.DataFrame, prefix: str) -> list[str]:
    return found.loc[found["article_id"].str.startswith(prefix), "kind"].tolist()


def test_schema(seeds):
    _, _, found, features = seeds
    assert list(found.columns) == INCONSISTENCY_COLUMNS
    assert set(found["kind"]) <= set(INCONSISTENCY_KINDS)
    assert list(features.columns) == ["consistency", "n_inconsistencies"] + [
        f"n_{k}" for k in INCONSISTENCY_KINDS
    ]
    assert features["consistency"].between(0, 1).all()


def test_reposted_old_story_has_page_date_mismatch(seeds):
    _, _, found, features = seeds
    assert _kinds(found, "003") == ["page_date_mismatch"]
    row = found.loc[found["kind"] == "page_date_mismatch"].iloc[0]
    assert "2025-06-26" in row["reason"] and "2023-12-06" in row["reason"]
    assert row["spans"] == "seg 12 [0:10]"  # the "6 Dec 2023" dateline
    assert features.loc["003_6e6ab8aa43d31d9b", "consistency"] < 1


def test_triple_headline_is_repeated_text(seeds):
    _, _, found, _ = seeds
    assert _kinds(found, "001") == ["repeated_text"]
    row = found.loc[found["kind"] == "repeated_text"].iloc[0]
    assert "3 times" in row["reason"]
    assert row["spans"].count("seg ") == 3


def test_clean_seed_articles_raise_no_false_alarm(seeds):
    _, _, found, features = seeds
    for prefix in ("000", "002", "004"):
        assert _kinds(found, prefix) == [], prefix
    # 001 spells Yevkurov "Evkourov" -- but the same way every time.
    assert "spelling_variant" not in set(found["kind"])
    assert "value_conflict" not in set(found["kind"])
    assert features.loc["000_70571204d3049d9c", "consistency"] == 1.0


def test_spelling_variant_in_one_article(seeds):
    articles, _, _, _ = seeds
    text = articles.loc[0, "text"].replace(
        "both parties signed agreements", "Evkourov and Tiani signed agreements"
    )
    assert text != articles.loc[0, "text"]
    one = articles.iloc[[0]].assign(text=[text])
    found, _, _, _ = _analyse(one, line_segments(one, lambda a, n: "content"))
    assert found["kind"].tolist() == ["spelling_variant"]
    assert "Evkourov" in found["reason"].iloc[0] and "Yevkurov" in found["reason"].iloc[0]


def test_value_conflict_and_future_event_in_one_article(seeds):
    articles, _, _, _ = seeds
    extra = (
        "\nThis mission, based in Niamey and comprising 150 Europeans, has been providing "
        "support to internal security forces, Nigerien authorities, and non-governmental "
        "entities.\nThe ministry issued its press release on March 3, 2031."
    )
    one = articles.iloc[[0]].assign(
        text=[articles.loc[0, "text"] + extra], published=[pd.Timestamp("2023-12-05")]
    )
    found, features, _, _ = _analyse(one, line_segments(one, lambda a, n: "content"))
    assert sorted(found["kind"]) == ["future_event", "value_conflict"]
    reason = found.loc[found["kind"] == "value_conflict", "reason"].iloc[0]
    assert "120" in reason and "150" in reason and "europeans" in reason
    assert features["consistency"].iloc[0] < 0.5


def test_headline_entities_missing():
    text = "Niger and Mali leave the G5 Sahel\nNiger has left the alliance, officials said."
    articles = articles_frame(
        [{"article_id": "x", "title": "Niger and Mali leave the G5 Sahel", "text": text}]
    )
    segments = line_segments(articles, lambda a, n: "metadata" if n == 1 else "content")
    found, _, _, _ = _analyse(articles, segments)
    assert found["kind"].tolist() == ["headline_entities_missing"]
    assert "Mali" in found["reason"].iloc[0] and "G5 Sahel" in found["reason"].iloc[0]


def test_error_and_empty_articles_are_nan_and_order_kept(seeds):
    articles, segments, found, _ = seeds
    broken = articles.assign(
        error=np.where(articles["article_id"].str.startswith("001"), "unreadable", None),
        text=np.where(articles["article_id"].str.startswith("004"), "", articles["text"]),
    )
    found, features, _, _ = _analyse(broken, segments)
    assert list(features.index) == articles["article_id"].tolist()
    assert features["consistency"].isna().tolist() == [False, True, False, False, True]
    assert features.loc["001_2289ed053e9986e6", "n_inconsistencies"] == 0
    empty = find_inconsistencies(
        articles.iloc[0:0], segments.iloc[0:0], found.iloc[0:0], found.iloc[0:0], found.iloc[0:0]
    )
    assert list(empty.columns) == INCONSISTENCY_COLUMNS and empty.empty
    assert consistency_features(empty, pd.Series([], dtype=str)).empty


# --- restatements and spelling slips (the harness itself is scorer.corrupt) -------


def test_sentence_restated_with_a_moved_yearless_date_conflicts(seeds):
    articles, _, _, _ = seeds
    # 004 has no date anywhere: its "December 4" keeps no year ("--12-04").
    line = next(x for x in articles.loc[4, "text"].split("\n") if "December 4" in x)
    moved = line.replace("December 4", "December 9")
    one = articles.iloc[[4]].assign(text=[articles.loc[4, "text"] + "\n" + moved])
    found, features, claims, _ = _analyse(one, line_segments(one, lambda a, n: "content"))
    assert {"--12-04", "--12-09"} <= set(claims["value"])
    assert found["kind"].tolist() == ["value_conflict"]
    assert "--12-04" in found["reason"].iloc[0] and "restated" in found["reason"].iloc[0]
    assert features["consistency"].iloc[0] < 1
    # Restated with the same date it is no conflict (and too short to be repeated text).
    same = articles.iloc[[4]].assign(text=[articles.loc[4, "text"] + "\n" + line])
    found, _, _, _ = _analyse(same, line_segments(same, lambda a, n: "content"))
    assert "value_conflict" not in set(found["kind"])


def test_doubled_last_letter_is_a_spelling_variant():
    text = (
        "The actor Jussie Smollett was charged with filing a false police report on Thursday.\n"
        "Police said Smollet paid two brothers to stage the attack in Chicago."
    )
    articles = articles_frame([{"article_id": "x", "text": text}])
    found, _, _, _ = _analyse(articles, line_segments(articles))
    assert found["kind"].tolist() == ["spelling_variant"]
    assert "'Smollett' and 'Smollet'" in found["reason"].iloc[0]


@pytest.mark.data
def test_public_legit_articles_raise_few_alarms():
    folder = data_home() / "fakenewsamt" / "fakeNewsDataset" / "legit"
    rows = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        rows.append({"article_id": path.stem, "title": text.split("\n", 1)[0], "text": text})
    originals = articles_frame(rows)
    assert len(originals) == 240

    def label(article_id, line_no):
        return "metadata" if line_no == 1 else "content"

    found, features, _, _ = _analyse(originals, line_segments(originals, label))
    alarm_rate = float((features["n_inconsistencies"] > 0).mean())
    print(f"\nalarms on 240 legit articles: {alarm_rate:.3f}; {found['kind'].value_counts()}")
    assert alarm_rate <= 0.05


def test_embed_signatures_and_spelled_out_acronyms_raise_no_alarm():
    signature = "— Jane Doe (@janedoe) September 22, 2016"
    text = (
        "Officials of the United Nations met in New York City on Monday to discuss the crisis.\n"
        f"The first post came early in the day.\n{signature}\n"
        f"A second post followed later that evening.\n{signature}"
    )
    articles = articles_frame(
        [{"article_id": "x", "title": "UN Officials Meet In NYC, Trump Silent", "text": text}]
    )
    found, _, _, _ = _analyse(articles, line_segments(articles))
    assert found.empty, found["reason"].tolist()
    # The same line pasted twice without a handle is still repeated text.
    pasted = text.replace("(@janedoe)", "of Springfield")
    articles = articles.assign(text=pasted)
    found, _, _, _ = _analyse(articles, line_segments(articles))
    assert found["kind"].tolist() == ["repeated_text"]


# --- false alarms on clean articles: each fix on real-looking text ----------------


def _found(text: str, title=None) -> pd.DataFrame:
    articles = articles_frame([{"article_id": "x", "title": title, "text": text}])
    found, _, _, _ = _analyse(articles, line_segments(articles))
    return found


def test_two_people_with_lookalike_surnames_are_no_spelling_variant():
    text = (
        "Facebook co-founder Dustin Moskovitz this month promised $20 million to Democrats.\n"
        "Whether it's pro-Israel philanthropist Cherna Moskowitz on the right or a Hollywood "
        "filmmaker on the left, the megadonors are digging deep.\n"
        "The other rising Democratic donor: Moskovitz, who sent ripples through the donor world."
    )
    assert _found(text).empty
    # A real slip in the same article is still caught.
    slip = text + "\nAsked about it, Moskovits told CNN that he had nothing more to announce."
    found = _found(slip)
    assert found["kind"].tolist() == ["spelling_variant"]
    assert "'Moskovits'" in found["reason"].iloc[0]


def test_apostrophes_and_word_endings_are_no_spelling_variant():
    text = (
        "Police said the suspect was arrested after looting at Jimmy John's on Tuesday night.\n"
        "A second man was jailed for damage at Jimmy Johns, the sandwich shop, police said.\n"
        "This is what Democratic Socialism really looks like, the columnist wrote on Monday.\n"
        "Senator Bernie Sanders is a proud Democratic Socialist, the columnist added later."
    )
    assert _found(text).empty


def test_sentence_listing_both_values_is_no_value_conflict():
    text = (
        "Keenan, who served as mayor in 2010 and 2011, was indicted last month on eight "
        "counts of rape and 12 counts of attempted rape and gross sexual imposition.\n"
        "The county prosecutor said the trial is set for the spring.\n"
        "Keenan was indicted in August on eight counts of rape and twelve counts of attempted "
        "rape and gross sexual imposition."
    )
    assert "value_conflict" not in set(_found(text)["kind"])
    # Restated with another count, it conflicts.
    changed = text.replace("and twelve counts", "and fifteen counts")
    assert "value_conflict" in set(_found(changed)["kind"])


def test_credit_lines_embeds_and_quotations_repeated_are_no_repeated_text():
    text = (
        "The New America Foundation has been keeping track of all terrorist attacks since 2001.\n"
        "Data from the New America Foundation\n"
        "Additional data shows that an overwhelming majority of the attackers were citizens.\n"
        "Data from the New America Foundation\n"
        "MacFarlane tweeted:\n"
        "“Remember: you can help elect Donald Trump just by voting for Gary Johnson!”\n"
        "Remember: you can help elect Donald Trump just by voting for Gary Johnson!\n"
        "— Seth MacFarlane (@SethMacFarlane) September 19, 2016\n"
        "The lawyer said: “It was a one-off act. Therefore there is no reason to complain, even "
        "if the sentence could have been longer.”\n"
        "What is even worse is the comments by the family’s attorney.\n"
        "“It did not take long,” Peter Boysen said. “Therefore there is no reason to complain, "
        "even if the sentence could have been longer.”"
    )
    found = _found(text)
    assert found.empty, found["reason"].tolist()
    # A paragraph of the article pasted again later is still repeated text.
    pasted = text + (
        "\nAdditional data shows that an overwhelming majority of the attackers were citizens."
    )
    assert _found(pasted)["kind"].tolist() == ["repeated_text"]


def test_embed_signatures_give_no_value_conflict_and_no_spelling():
    text = (
        "Police released a video of the shooting on Tuesday evening, officials said.\n"
        "Officers are on the scene of an officer-involved shooting in El Cajon.\n"
        "— El Cajon Police (@elcajonpolice) September 27, 2016\n"
        "Do you remember Clock Boy, Ahmed Mohamad? He is back in the news this week.\n"
        "The department has released the video of the shooting in El Cajon.\n"
        "— El Cajon Police (@elcajonpolice) September 28, 2016\n"
        "RIP the Americans who died on 9/11.\n"
        "— Ahmed Mohamed (@IStandWithAhmed) September 11, 2016"
    )
    found = _found(text)
    assert found.empty, found["reason"].tolist()


def test_headline_rubrics_slogans_and_demonyms_are_no_missing_entities():
    body = (
        "Donald Trump, the Republican nominee, said Monday that Iraqi forces were not ready.\n"
        "Trump repeated the claim at a rally in Florida, where Hillary Clinton also campaigned.\n"
        "Clinton has written a book with her running mate that sells poorly."
    )
    for title in (
        "Reality Check: Donald Trump wrong on Iraq",
        "Donald Trump mocks Hillary Clinton's “Stronger Together” book in Iraq speech",
    ):
        found = _found(body, title)
        assert found.empty, (title, found["reason"].tolist())
    # Headline places the body never names in any form, most of the headline, are missing.
    found = _found(body, "Donald Trump wrong on Iraq, Syria, Libya and Yemen")
    assert found["kind"].tolist() == ["headline_entities_missing"]
    assert "Syria" in found["reason"].iloc[0] and "Iraq" not in found["reason"].iloc[0]


def test_headline_context_is_no_missing_entity_but_a_missing_person_is():
    # Headlines add the channel or the city the body takes as read.
    body = (
        "Clinton campaign manager Robby Mook was pressed on Morning Joe on Wednesday.\n"
        "Mook said Hillary Clinton left the State Department with a 70 percent approval rating."
    )
    for title in ("MSNBC Grills Hillary Clinton's Campaign Manager", "Robby Mook Grilled In Miami"):
        found = _found(body, title)
        assert found.empty, (title, found["reason"].tolist())
    # A person the headline names and the body never does is a headline about another story.
    other = "Donald Trump said the remark was a disgrace, and Trump repeated it on Thursday."
    articles = articles_frame(
        [
            {"article_id": "x", "title": "Donald Trump Grills Robby Mook", "text": body},
            {"article_id": "y", "text": other},
        ]
    )
    found, _, _, _ = _analyse(articles, line_segments(articles))
    assert found["kind"].tolist() == ["headline_entities_missing"]
    assert "Donald Trump" in found["reason"].iloc[0]


def test_headline_kicker_is_a_rubric_not_a_name():
    # Elsewhere in the corpus "Reality Check" reads like a person, "Check" like a surname.
    other = (
        "The network's Reality Check team looked at the claim on Tuesday.\n"
        "Reality Check found no evidence for it.\n"
        "Check the numbers yourself, the team said."
    )
    body = "Donald Trump repeated the claim at a rally in Florida on Monday night.\nTrump spoke."
    articles = articles_frame(
        [
            {"article_id": "a", "text": other},
            {
                "article_id": "b",
                "title": "Reality Check: Donald Trump repeats a claim",
                "text": body,
            },
        ]
    )
    found, _, _, entities = _analyse(articles, line_segments(articles))
    assert "person:reality-check" in set(entities["entity_id"])
    assert found.empty, found["reason"].tolist()
    # The same name in the headline proper is looked for in the body.
    articles = articles.assign(title=[None, "Donald Trump and Reality Check repeat a claim"])
    found, _, _, _ = _analyse(articles, line_segments(articles))
    assert found["kind"].tolist() == ["headline_entities_missing"]


def test_parallel_sentences_about_different_people_are_no_value_conflict():
    text = (
        "Police arrested several people in Muncie on drug charges last week, records show.\n"
        "Jane Doe, 34, was charged with dealing heroin and held in jail in lieu of $326,000 bond.\n"
        "John Roe, 29, was charged with dealing heroin and held in jail in lieu of $268,500 bond."
    )
    assert "value_conflict" not in set(_found(text)["kind"])
    # The same person given two bonds is a conflict.
    same = text.replace("John Roe, 29,", "Jane Doe, 34,")
    assert "value_conflict" in set(_found(same)["kind"])


def test_stat_lines_about_different_people_are_no_value_conflict():
    # The second sentence of each paragraph names no one: its subject carries over.
    text = (
        "Jane Doe, 34, of Muncie, was charged with dealing heroin on Monday. "
        "She was held in the county jail on a bond of $326,000.\n"
        "John Roe, 29, of Anderson, was charged with dealing heroin on Tuesday. "
        "He was held in the county jail on a bond of $268,500."
    )
    assert "value_conflict" not in set(_found(text)["kind"])
    # The same person given two bonds is a conflict.
    same = text.replace("John Roe, 29, of Anderson", "Jane Doe, 34, of Muncie")
    assert "value_conflict" in set(_found(same)["kind"])


def test_two_bare_lookalike_names_are_no_spelling_variant():
    # Nothing in the article says the two words are one person; another article's
    # full name ties them together.
    text = (
        "Thank you Mohammad for your wise words on how to treat a disobedient woman.\n"
        "The prophet Muhammad, the preacher said, told a battered woman to return home."
    )
    articles = articles_frame(
        [
            {"article_id": "x", "text": text},
            {"article_id": "y", "text": "Fencer Ibtihaj Muhammad won a bronze medal in Rio."},
        ]
    )
    found, _, _, entities = _analyse(articles, line_segments(articles))
    people = entities.loc[(entities["article_id"] == "x") & (entities["kind"] == "person")]
    assert {"Mohammad", "Muhammad"} <= set(people["surface"])
    assert "spelling_variant" not in set(found["kind"]), found["reason"].tolist()
    # Named in full in the article, the same slip is caught.
    full = text.replace("The prophet Muhammad", "Ibtihaj Muhammad")
    articles = articles.assign(text=[full, articles["text"].iloc[1]])
    found, _, _, _ = _analyse(articles, line_segments(articles))
    assert found["kind"].tolist() == ["spelling_variant"]


def test_short_surnames_sharing_consonants_are_different_people():
    text = (
        "The list of scandals includes the Logan Act, the emoluments clause, Mueller, Stormy, "
        "Cohen, the tax returns, and now Ukraine.\n"
        "The Bush-era whistleblower, a protege of John Bolton and Dick Cheney, would then have "
        "claimed that he was told to do it."
    )
    articles = articles_frame([{"article_id": "x", "text": text}])
    found, _, _, entities = _analyse(articles, line_segments(articles))
    assert "spelling_variant" not in set(found["kind"]), found["reason"].tolist()
    assert "Cohen" not in set(
        entities.loc[entities["entity_id"] == "person:dick-cheney", "surface"]
    )


def test_embedded_post_pasted_again_later_is_repeated_text():
    # The harness's paragraph_duplicated may copy an embed's text: only the
    # echo right after the article's own quote is exempt, not a later copy.
    embed = "Fact check: used to be enslaved, then lacked basic civil rights for 100 years."
    text = (
        "The first lady spoke about the White House at the convention in July, aides said.\n"
        f"{embed}\n"
        "— Jane Doe (@janedoe) September 22, 2016\n"
        "Her remarks drew both praise and criticism from commentators across the country.\n"
        "The speech was watched by millions of people on television and online, data shows."
    )
    assert _found(text).empty
    pasted = text + f"\n{embed}"
    assert _found(pasted)["kind"].tolist() == ["repeated_text"]


def test_page_fields_and_era_dates_give_no_value_conflict():
    # Two embedded posts of one page, each with its posting line, and a
    # date used as an era ("post-September 11"), restated with another day.
    fields = (
        "Posted by Robin Ficker Law Offices Group on Tuesday, September 20, 2016\n"
        "The mayor said the budget for the coming year passed on a narrow vote.\n"
        "Posted by Robin Ficker Law Offices Group on Wednesday, September 21, 2016\n"
        "Last Updated: Thursday, September 22, 2016 By Jane Doe, CNN Political Reporter\n"
        "Last Updated: Friday, September 23, 2016 By Jane Doe, CNN Political Reporter"
    )
    eras = (
        "Officials said the post-September 11 rules for the airports were tightened.\n"
        "Officials said the post-September 12 rules for the airports were tightened."
    )
    assert _found(fields).empty, _found(fields)["reason"].tolist()
    assert _found(eras).empty, _found(eras)["reason"].tolist()
    # The same sentence of the story restated with a moved date still conflicts.
    story = (
        "Officials said the rules for the airports were tightened on September 11.\n"
        "Officials said the rules for the airports were tightened on September 12."
    )
    assert _found(story)["kind"].tolist() == ["value_conflict"]


def test_declared_alias_and_common_word_are_no_spelling_variant():
    alias = (
        "Libyan leader Muammar Gaddafi (also spelled Muammar Qaddafi) ruled for four decades.\n"
        "Gaddafi was killed in 2011 near his home town."
    )
    assert _found(alias).empty, _found(alias)["reason"].tolist()
    slip = (
        "Libyan leader Muammar Gaddafi ruled for four decades.\n"
        "Muammar Qaddafi was killed in 2011 near his home town."
    )
    assert _found(slip)["kind"].tolist() == ["spelling_variant"]
    # "Steen" after a colon is an ordinary word of the article ("a steen
    # reminder"), not Jill Stein re-spelled; without that use it is a slip.
    text = (
        "Green Party candidate Jill Stein spoke in Ohio on Friday about the campaign.\n"
        "Her message: Steen warnings from the police, a {} reminder to all.\n"
        "Stein said the rally would go on."
    )
    assert _found(text.format("steen")).empty
    assert _found(text.format("loud"))["kind"].tolist() == ["spelling_variant"]


def test_future_date_told_as_present_or_in_an_embed_is_no_future_event():
    page = pd.Timestamp("2016-09-19")

    def kinds(text: str) -> list[str]:
        articles = articles_frame([{"article_id": "x", "text": text, "published": page}])
        found, _, _, _ = _analyse(articles, line_segments(articles))
        return found["kind"].tolist()

    # An appointment, not a past event: no past-tense verb.
    assert (
        kinds("Let us agree that November 8, 2016 is the last chance to vote the hatred out.") == []
    )
    # An embedded post's date, however long the post before its signature.
    post = (
        "What is a big fact, what is a little fact, asked the host on the air? #cnn "
        "pic.twitter.com/krm5FeV9aW — John Aravosis (@aravosis) September 25, 2016"
    )
    assert kinds(post) == []
    # The same date told as past is an event after publication.
    assert kinds("The commission confirmed the results on November 8, 2016.") == ["future_event"]


def test_rows_of_a_box_score_are_no_value_conflict():
    text = (
        "DL Larry Ogunjobi 63 85% 1 tackle (1 combined). 1 sack, 1 TFL, 2 QH.\n"
        "DL Chad Thomas 57 77% 3 tackles (3 combined). 1 sack, 1 TFL, 1 QH, 1 pass defended.\n"
        "LB Joe Schobert 74 100% 7 tackles, 3 assists (10 combined). 1 sack, 2 TFL, 2 QH, 2 INT."
    )
    assert "value_conflict" not in set(_found(text)["kind"])
    # A row pasted again with one figure changed is still a restatement.
    pasted = (
        text
        + "\nDL Chad Thomas 57 77% 3 tackles (3 combined). 1 sack, 1 TFL, 4 QH, 1 pass defended."
    )
    assert "value_conflict" in set(_found(pasted)["kind"])


def test_recurring_subheadings_and_a_summary_list_are_no_repeated_text():
    day = (
        "Pre-Workout Meal\nEat 60–90 minutes before your workout\n"
        "Two eggs and a slice of toast with a spoon of butter on the side.\n"
        "See it now: Amazon\n"
    )
    text = (
        "A week of meals for people who train in the morning.\n"
        + day.replace("Two eggs", "Oats")
        + day
    )
    assert _found(text).empty, _found(text)["reason"].tolist()
    # A list of the steps, each step then opening its own paragraph.
    steps = (
        "Here is how to begin when nobody knows you yet.\n"
        "1. Start small and recognize that no one is watching\n"
        "2. Do not throw yourself in the deep end on the first day\n"
        "Start small and recognize that no one is watching. Early days are for trying things.\n"
        "Do not throw yourself in the deep end on the first day. Move along step by step."
    )
    assert _found(steps).empty, _found(steps)["reason"].tolist()
    # The short headline pasted again is still a repeat; so is a short sentence.
    headline = "Niger cuts ties with the EU\nNiger has cut its ties, officials said.\n"
    assert _found(headline + "Niger cuts ties with the EU")["kind"].tolist() == ["repeated_text"]
    assert _found(text + "Oats are good for you.\nOats are good for you.")["kind"].tolist() == [
        "repeated_text"
    ]


def test_a_name_spelled_otherwise_inside_an_embedded_post_is_no_spelling_variant():
    text = (
        "The actor Jussie Smollett sang the opening song of the season premiere on Wednesday.\n"
        "Smollett said the song was about freedom and about the families of the victims.\n"
        "Jussie Smolet sings it so well tonight! pic.twitter.com/abc123 — Jane Doe (@janedoe) "
        "September 22, 2016"
    )
    assert "spelling_variant" not in set(_found(text)["kind"])
    in_prose = text.replace("Smollett said", "Smolett said")
    assert "spelling_variant" in set(_found(in_prose)["kind"])


def test_a_bare_given_name_is_that_person_not_a_lookalike_surname():
    # "Karen" is Karen Tumulty on first-name terms, not Annie Karni re-spelled.
    text = (
        "Annie Karni wrote the story for the paper on Monday.\n"
        "Karen Tumulty joined the paper in May, and Karen will write a column."
    )
    assert _found(text).empty, _found(text)["reason"].tolist()
    text = (
        "The singer Jon Marlin spoke on Monday in Ohio.\n"
        "The editor Marlon Brando Jones joined in May; Marlon said the paper would grow."
    )
    assert _found(text).empty, _found(text)["reason"].tolist()
    # A bare word that is nobody's given name is still compared.
    slip = (
        "Annie Karni wrote the story for the paper on Monday.\n"
        "The editors said Karrni would write a column in May."
    )
    assert _found(slip)["kind"].tolist() == ["spelling_variant"]


def test_two_spellings_each_written_twice_are_two_names_not_a_slip():
    # Bernie Sanders and Dave Saunders are two people, each named twice.
    text = (
        "Clinton won 36 percent to Bernie Sanders’ 51 percent in the primary.\n"
        "“If you look at Trump, look at Sanders, look at Justice,” says Dave “Mudcat” "
        "Saunders, a western Virginia strategist.\n"
        "Saunders, who has said he will vote, doubts the party can win the state."
    )
    assert _found(text).empty, _found(text)["reason"].tolist()
    # One later mention spelled otherwise is still a slip.
    slip = text + "\nAsked again on Monday, Sandres declined to endorse anyone."
    found = _found(slip)
    assert found["kind"].tolist() == ["spelling_variant"]
    assert "'Sandres'" in found["reason"].iloc[0]


def test_template_fields_quoted_posts_and_pull_quotes_are_no_repeated_text():
    # Every entry of a list sets the same fields: two may share a value.
    fields = (
        "The worst attacks, by year.\n"
        "Location: Newtown, Connecticut\nYear: 2012\n"
        "Method: Semi-automatic rifle, semi-automatic pistol\nDeaths: 27\n"
        "Location: Aurora, Colorado\nYear: 2012\n"
        "Method: Semi-automatic rifle, semi-automatic pistol\nDeaths: 12\n"
        "Location: Orlando, Florida\nYear: 2016\nMethod: Rifle\nDeaths: 49"
    )
    assert _found(fields).empty, _found(fields)["reason"].tolist()
    # A post embedded on the page and quoted in the prose.
    post = (
        "Months later, Trump said Cuban “has less TV persona than any other person I can "
        "think of. He’s an arrogant, crude, dope who met some very stupid people.”\n"
        ".@mcuban has less TV persona than any other person I can think of. He’s an "
        "arrogant, crude, dope who met some very stupid people..."
    )
    assert _found(post).empty, _found(post)["reason"].tolist()
    # A pull quote of several sentences, set alone and again in its paragraph.
    pull = (
        "The press has dogged Clinton “from 1992 onward,” the book says.\n"
        "All these questions—Why is she so stiff? Why is she so secretive?—I think it all "
        "goes back to 1992.”\n"
        "The campaign declined to comment on the book on Monday.\n"
        "“All these questions—Why is she so stiff? Why is she so secretive?—I think it all "
        "goes back to 1992,” said Tannen, now a professor of linguistics."
    )
    assert _found(pull).empty, _found(pull)["reason"].tolist()
    # A paragraph's sentence pasted into another paragraph is still a slip.
    slip = (
        "The ministry hopes to enrol refugee children in schools. Of the 27,000 children "
        "stranded in Greece, at least 18,000 are thought to be of school age.\n"
        "A teacher spoke about the camp on Monday.\n"
        "Accordingly, the government has begun planning. Of the 27,000 children stranded "
        "in Greece, at least 18,000 are thought to be of school age."
    )
    assert _found(slip)["kind"].tolist() == ["repeated_text"]
