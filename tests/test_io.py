"""Tests for scorer.io: loading articles from every input form, and bad input."""

from __future__ import annotations

import shutil
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from scorer.io import InputError, load_articles, write_table
from scorer.schema import ARTICLE_COLUMNS

SEED = Path(__file__).resolve().parent.parent / "data" / "examples" / "niger-2023"
SEED_FILES = sorted(SEED.glob("*.txt"))
SEED_IDS = [p.stem for p in SEED_FILES]

FRENCH = (
    "Le régime militaire du Niger a annoncé lundi la fin de deux missions de sécurité de "
    "l'Union européenne dans le pays. Dans le même temps, une délégation russe conduite par "
    "le vice-ministre de la défense a été reçue à Niamey par le général Abdourahamane Tiani, "
    "qui a salué le renforcement de la coopération militaire avec Moscou."
)


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEED_FILES]


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """The five seed articles without metadata.csv: metadata must come from the text."""
    folder = tmp_path / "seed"
    folder.mkdir()
    for path in SEED_FILES:
        shutil.copy(path, folder / path.name)
    return folder


# --------------------------------------------------------------------------
# the founding corpus
# --------------------------------------------------------------------------


def test_seed_folder_has_schema_columns_ids_and_order():
    articles = load_articles(SEED)
    assert articles.columns.tolist() == ARTICLE_COLUMNS
    assert articles["article_id"].tolist() == SEED_IDS  # line_labels.csv is not an article
    assert articles["text"].tolist() == _seed_texts()
    assert articles["error"].isna().all()
    assert (articles["language"] == "en").all()
    assert (articles["encoding"] == "utf-8").all()
    assert pd.api.types.is_datetime64_any_dtype(articles["published"])


def test_seed_folder_uses_metadata_csv():
    articles = load_articles(SEED).set_index("article_id")
    assert articles["source"].tolist() == [
        "unknown-wordpress",
        "b1og.net",
        "Politics Today",
        "The America One News",
        "unknown-sghir",
    ]
    published = articles["published"].dt.strftime("%Y-%m-%d").tolist()
    assert published == [np.nan, "2023-12-05", "2023-12-05", "2025-06-26", np.nan]
    assert articles.loc["003_6e6ab8aa43d31d9b", "publisher"] == "Le Monde"
    assert articles.loc["004_c7edc6ca8071738a", "byline"] == "Soukaina Sghir"
    assert "event_id" not in articles.columns  # empty throughout: the pipeline clusters


def test_metadata_read_from_the_text_when_no_metadata_csv(seed_copy):
    articles = load_articles(seed_copy).set_index("article_id")
    b1og = articles.loc["001_2289ed053e9986e6"]
    # line 1 is the site name, line 3 the headline, line 5 the dateline
    assert b1og["title"] == (
        "Niger’s Junta Revokes Security Agreements with EU, Looks to Russia for Defense Partnership"
    )
    assert b1og["published"] == pd.Timestamp("2023-12-05")
    assert b1og["source"] == "b1og.net"
    assert b1og["byline"] == "b1og.net"
    politics = articles.loc["002_24c16acd31fd676f"]
    assert politics["title"].startswith("Niger Cuts Ties with EU Defense Missions")
    assert politics["published"] == pd.Timestamp("2023-12-05")
    aggregator = articles.loc["003_6e6ab8aa43d31d9b"]
    # the page date comes first (Jun 26, 2025); the story's "6 Dec 2023" is later
    assert aggregator["published"] == pd.Timestamp("2025-06-26")
    assert aggregator["publisher"] == "Le Monde"  # "... published in French on lemonde.fr"
    assert pd.isna(aggregator["title"])  # the page carries no headline, only chrome
    assert pd.isna(aggregator["byline"])  # "Le Monde" is an outlet, not a person
    sghir = articles.loc["004_c7edc6ca8071738a"]
    assert sghir["title"].startswith("Strengthening Military Cooperation:")
    assert sghir["byline"] == "Soukaina Sghir"
    assert pd.isna(sghir["published"])  # "December 3rd" in the prose has no year
    wordpress = articles.loc["000_70571204d3049d9c"]
    assert pd.isna(wordpress["title"]) and pd.isna(wordpress["published"])
    assert articles["source"].isna().sum() == 4


def test_single_txt_and_list_of_paths_keep_order(tmp_path):
    one = load_articles(SEED_FILES[2])
    assert one["article_id"].tolist() == [SEED_IDS[2]]
    assert one["text"].iloc[0] == SEED_FILES[2].read_text(encoding="utf-8")
    many = load_articles([SEED_FILES[4], SEED_FILES[0], SEED_FILES[3]])
    assert many["article_id"].tolist() == [SEED_IDS[4], SEED_IDS[0], SEED_IDS[3]]


def test_dataframe_common_column_names_map_case_insensitively():
    texts = _seed_texts()
    df = pd.DataFrame(
        {
            "Headline": ["A", "B"],
            "mainText": texts[:2],
            "Portal": ["site-a", "site-b"],
            "PubDate": ["2023-12-05T10:00:00+01:00", "5 December 2023"],
            "link": ["https://a.example/1", "https://b.example/2"],
            "label": [1, 0],
        }
    )
    articles = load_articles(df)
    assert articles.columns.tolist() == [*ARTICLE_COLUMNS, "label"]
    assert articles["article_id"].tolist() == ["0", "1"]
    assert articles["title"].tolist() == ["A", "B"]
    assert articles["source"].tolist() == ["site-a", "site-b"]
    assert articles["url"].tolist() == ["https://a.example/1", "https://b.example/2"]
    # tz-aware input becomes tz-naive UTC; the other form goes through dateutil
    assert articles["published"].tolist() == [
        pd.Timestamp("2023-12-05 09:00"),
        pd.Timestamp("2023-12-05"),
    ]
    assert articles["label"].tolist() == [1, 0]
    assert df.columns.tolist()[0] == "Headline"  # input not mutated


def test_columns_mapping_and_id_column_kept_as_string(tmp_path):
    path = tmp_path / "corpus.csv"
    path.write_text("id,story,outlet_name\n001,Some text here.,x\n002,More text.,y\n")
    articles = load_articles(path, columns={"story": "text", "outlet_name": "source"})
    assert articles["article_id"].tolist() == ["001", "002"]
    assert articles["source"].tolist() == ["x", "y"]
    with pytest.raises(InputError, match="not found"):
        load_articles(path, columns={"nope": "text"})
    with pytest.raises(InputError, match="already has that column"):
        load_articles(pd.DataFrame({"text": ["a"], "story": ["b"]}), columns={"story": "text"})


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".jsonl", ".json", ".parquet"])
def test_tables_round_trip_through_write_table(tmp_path, suffix):
    seed = load_articles(SEED)
    path = write_table(seed[["article_id", "source", "text"]], tmp_path / f"seed{suffix}")
    back = load_articles(path)
    assert back["article_id"].tolist() == SEED_IDS
    assert back["text"].tolist() == _seed_texts()
    assert back["source"].tolist() == seed["source"].tolist()


def test_write_table_unknown_suffix(tmp_path):
    with pytest.raises(ValueError, match=r"unknown suffix '\.xlsx'.*\.csv"):
        write_table(pd.DataFrame({"a": [1]}), tmp_path / "out.xlsx")


def test_empty_frame_gives_empty_table():
    articles = load_articles(pd.DataFrame({"text": []}))
    assert len(articles) == 0
    assert articles.columns.tolist() == ARTICLE_COLUMNS


def test_loading_is_deterministic():
    pd.testing.assert_frame_equal(load_articles(SEED), load_articles(SEED))


# --------------------------------------------------------------------------
# bad input
# --------------------------------------------------------------------------


def test_missing_path_names_the_path(tmp_path):
    missing = tmp_path / "nowhere" / "corpus.csv"
    with pytest.raises(FileNotFoundError, match=r"nowhere/corpus\.csv"):
        load_articles(missing)


def test_empty_folder_names_the_folder(tmp_path):
    folder = tmp_path / "empty_corpus"
    folder.mkdir()
    (folder / "notes.md").write_text("not an article")
    with pytest.raises(InputError, match=r"empty_corpus.*no article files.*\.txt.*\.csv"):
        load_articles(folder)
    assert issubclass(InputError, ValueError)


def test_unknown_file_type(tmp_path):
    path = tmp_path / "article.docx"
    path.write_bytes(b"PK\x03\x04 whatever")
    with pytest.raises(InputError, match=r"article\.docx.*unknown file type"):
        load_articles(path)


def test_empty_and_whitespace_files_keep_their_rows(seed_copy):
    (seed_copy / "005_empty.txt").write_bytes(b"")
    (seed_copy / "006_blank.txt").write_text("  \n\t\n ")
    articles = load_articles(seed_copy).set_index("article_id")
    assert len(articles) == 7
    assert articles.loc["005_empty", "error"] == "empty text"
    assert articles.loc["006_blank", "error"] == "empty text"
    assert articles.loc[SEED_IDS, "error"].isna().all()


def test_binary_file_renamed_txt(seed_copy):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    (seed_copy / "007_image.txt").write_bytes(png)
    (seed_copy / "008_blob.txt").write_bytes(b"\x00\x01\x02\x03\xff\xfe\x00" * 100)
    articles = load_articles(seed_copy).set_index("article_id")
    image = articles.loc["007_image"]
    assert "binary" in image["error"] and "PNG" in image["error"]
    assert "007_image.txt" in image["error"]
    assert image["text"] == ""
    assert "binary" in articles.loc["008_blob", "error"]
    assert articles.loc[SEED_IDS, "error"].isna().all()


@pytest.mark.parametrize(
    ("codec", "raw_codec", "recorded"),
    [
        ("utf-16", "utf-16", "utf-16"),  # Python writes a BOM
        ("utf-8-sig", "utf-8-sig", "utf-8-sig"),
        ("cp1252", "cp1252", "cp1252"),
    ],
)
def test_encodings_are_decoded_and_recorded(tmp_path, codec, raw_codec, recorded):
    text = SEED_FILES[3].read_text(encoding="utf-8").replace("\u2002", " ")
    text = text + "\nLe président a déclaré : « réservé »."
    path = tmp_path / "003.txt"
    path.write_bytes(text.encode(raw_codec))
    articles = load_articles(path)
    assert articles["text"].iloc[0] == text
    assert articles["encoding"].iloc[0] == recorded
    assert pd.isna(articles["error"].iloc[0])


def test_latin1_with_explicit_encoding(tmp_path):
    text = "Niger: le général a reçu la délégation. " * 3
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    articles = load_articles(path, encoding="latin-1")
    assert articles["text"].iloc[0] == text
    assert articles["encoding"].iloc[0] == "latin-1"
    wrong = load_articles(path, encoding="ascii")
    assert "cannot decode as ascii" in wrong["error"].iloc[0]


def test_mojibake_repaired_with_ftfy(tmp_path):
    clean = SEED_FILES[0].read_text(encoding="utf-8")
    # double-encoded apostrophes, as in "NigerÃ¢â‚¬â„¢s", and "rÃ©servÃ©"
    broken = clean.replace("\u2019", "Ã¢â‚¬â„¢") + "\nTous droits rÃ©servÃ©s."
    path = tmp_path / "000.txt"
    path.write_text(broken, encoding="utf-8")
    article = load_articles(path).iloc[0]
    assert "Niger\u2019s military regime" in article["text"]
    assert "Ã" not in article["text"]
    assert article["text"].endswith("Tous droits réservés.")
    assert article["encoding"] == "utf-8+ftfy"
    # clean text is left alone: curly quotes stay curly
    assert load_articles(SEED_FILES[0])["text"].iloc[0] == clean


def test_csv_without_text_column_says_what_it_found(tmp_path):
    path = tmp_path / "links.csv"
    path.write_text("id,url,when\n1,https://a.example,2023-12-05\n")
    with pytest.raises(InputError) as info:
        load_articles(path)
    message = str(info.value)
    assert "links.csv" in message
    assert "['id', 'url', 'when']" in message
    assert "columns=" in message


def test_nan_and_empty_text_rows_are_kept():
    texts = _seed_texts()
    df = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "text": [texts[0], None, "", "   "]})
    articles = load_articles(df)
    assert articles["article_id"].tolist() == ["a", "b", "c", "d"]
    assert articles["error"].tolist()[1:] == ["empty text"] * 3
    assert pd.isna(articles["error"].iloc[0])
    assert articles.loc[1, "text"] == ""
    assert articles.columns.tolist() == ARTICLE_COLUMNS


def test_duplicate_ids_are_suffixed_with_a_warning():
    texts = _seed_texts()
    df = pd.DataFrame({"article_id": ["x", "y", "x", "x", "x#2"], "text": texts})
    with pytest.warns(UserWarning, match=r"duplicate article_id.*'x' \(3 rows\)"):
        articles = load_articles(df)
    # "x#2" is taken by the input, so the second "x" becomes "x#3"
    assert articles["article_id"].tolist() == ["x", "y", "x#3", "x#4", "x#2"]
    assert articles["article_id"].is_unique
    assert articles["text"].tolist() == texts  # nothing dropped, order kept


def test_unique_ids_do_not_warn():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load_articles(SEED)


def test_article_over_the_size_cap(seed_copy):
    big = seed_copy / "009_big.txt"
    big.write_text(SEED_FILES[1].read_text(encoding="utf-8") * 20)  # ~176 kB
    articles = load_articles(seed_copy, max_bytes=100_000).set_index("article_id")
    error = articles.loc["009_big", "error"]
    assert "009_big.txt" in error and "100,000" in error and f"{big.stat().st_size:,}" in error
    assert articles.loc["009_big", "text"] == ""
    assert articles.loc[SEED_IDS, "error"].isna().all()
    # the cap applies to table rows too, and can be lifted
    table = pd.DataFrame({"text": [big.read_text(encoding="utf-8")]})
    assert "over the size cap" in load_articles(table, max_bytes=100_000)["error"].iloc[0]
    assert load_articles(big, max_bytes=None)["error"].isna().all()


def test_non_english_text_is_kept_and_flagged():
    df = pd.DataFrame({"article_id": ["en", "fr"], "text": [_seed_texts()[0], FRENCH]})
    articles = load_articles(df).set_index("article_id")
    assert articles.loc["fr", "language"] == "fr"
    assert articles.loc["fr", "error"] == "non-English text (detected: fr)"
    assert articles.loc["fr", "text"] == FRENCH
    assert articles.loc["en", "language"] == "en"
    assert pd.isna(articles.loc["en", "error"])


def test_short_text_is_not_flagged_on_a_weak_guess():
    df = pd.DataFrame({"text": ["Hillary Clinton responds to explosion in NYC pic.twitter.com/x"]})
    assert load_articles(df)["error"].isna().all()


def test_ten_thousand_rows_load_in_seconds(tmp_path):
    texts = _seed_texts()
    n = 10_000
    path = tmp_path / "big.csv"
    pd.DataFrame(
        {"id": range(n), "body": [texts[i % 5][: 500 + i % 2000] for i in range(n)]}
    ).to_csv(path, index=False)
    load_articles(pd.DataFrame({"text": [FRENCH]}))  # load the language model first
    start = time.perf_counter()
    articles = load_articles(path)
    elapsed = time.perf_counter() - start
    assert len(articles) == n and articles["error"].isna().all()
    assert elapsed < 10, f"10,000 rows took {elapsed:.1f} s"


def test_loading_an_articles_table_again_changes_nothing(seed_copy):
    once = load_articles(seed_copy)
    pd.testing.assert_frame_equal(load_articles(once), once)


def test_text_in_a_non_latin_script_is_flagged_even_when_the_model_hesitates():
    frame = pd.DataFrame(
        {"text": ["壯陽藥 " * 50, "Привет мир, это статья на русском языке. " * 3]}
    )
    out = load_articles(frame)
    assert out["error"].str.startswith("non-English text").all()


def test_short_text_in_a_non_latin_script_is_flagged():
    # under the 40 characters the language model is asked about, the script decides
    frame = pd.DataFrame(
        {"text": ["地震发生后，政府宣布了紧急状态。", "Привет мир, как дела", "Niger 120 Mali 130"]}
    )
    out = load_articles(frame)
    assert out["error"].tolist()[:2] == [
        "non-English text (detected: zh)",
        "non-English text (detected: ru)",
    ]
    assert out["text"].tolist() == frame["text"].tolist()
    # a short English table of figures is still scored
    assert pd.isna(out["error"].iloc[2])


def test_too_little_text_keeps_its_row_with_a_reason():
    frame = pd.DataFrame({"text": ["ab", "Hello world.", "  --  ", "Troops left Niamey today."]})
    out = load_articles(frame)
    assert out["error"].tolist()[:3] == [
        "too little text to score (1 word; at least 3)",
        "too little text to score (2 words; at least 3)",
        "too little text to score (0 words; at least 3)",
    ]
    assert pd.isna(out["error"].iloc[3])
    assert out["text"].tolist() == frame["text"].tolist()


def test_binary_looking_text_in_a_frame_is_flagged_like_a_binary_file():
    texts = _seed_texts()
    binary = "".join(chr(i % 32) for i in range(2_000)) + texts[0][:500]
    # a few stray control characters in real text are not binary
    stray = texts[1].replace("\n", "\x0c\n", 3)
    out = load_articles(pd.DataFrame({"text": [binary, stray]}))
    assert out["error"].iloc[0] == "binary-looking text (mostly control characters), not scored"
    assert pd.isna(out["error"].iloc[1])
    assert out["text"].iloc[0] == binary.replace("\r", "\n")


# --- regressions found by tests/test_properties.py -------------------------------------------


def test_surrogates_in_a_frame_are_replaced_and_noted():
    texts = _seed_texts()
    # A lone surrogate (json.loads('"\\ud800"') makes one) and a split pair.
    frame = pd.DataFrame(
        {
            "text": pd.Series(
                [texts[0] + " \ud800", texts[1] + " \ud83d\ude00", texts[2]], dtype=object
            ),
            "title": pd.Series(["Niger \udc00", None, "Niger"], dtype=object),
        }
    )
    articles = load_articles(frame)
    assert articles["text"].tolist() == [texts[0] + " \ufffd", texts[1] + " \U0001f600", texts[2]]
    assert articles["title"].iloc[0] == "Niger \ufffd"
    assert articles["encoding"].tolist()[:2] == ["surrogates", "surrogates"]
    assert pd.isna(articles["encoding"].iloc[2])
    assert articles["error"].isna().all()


def test_repeated_column_names_are_an_input_error_naming_them():
    texts = _seed_texts()
    with pytest.raises(InputError, match=r"\['text'\] appear more than once"):
        load_articles(pd.DataFrame([["x", texts[0]]], columns=["text", "text"]))
    with pytest.raises(InputError, match=r"\['date'\] appear more than once"):
        load_articles(pd.DataFrame([[texts[0], "2023", "2024"]], columns=["text", "date", "date"]))
    # Two columns mapped onto one by columns=.
    with pytest.raises(InputError, match=r"\['a', 'b'\] all read as 'text'"):
        load_articles(
            pd.DataFrame({"a": [texts[0]], "b": ["y"]}), columns={"a": "text", "b": "text"}
        )


def test_common_names_of_one_column_keep_the_exact_name_and_the_rest():
    texts = _seed_texts()
    articles = load_articles(pd.DataFrame({"body": ["other"], "text": [texts[0]], "Text": ["x"]}))
    assert articles["text"].tolist() == [texts[0]]
    assert articles["body"].tolist() == ["other"] and articles["Text"].tolist() == ["x"]


@pytest.mark.parametrize("sep", [",", "\t"])
@pytest.mark.parametrize(
    ("rows", "line"),
    [
        (["1{s}hello{s}extra{s}cols", "2{s}world"], 2),  # pandas would make an index of it
        (["1{s}hello", "2{s}world{s}extra"], 3),  # pandas raises a tokenizer error
        (['1{s}"two\nlines"', "2{s}world{s}extra"], 4),  # lines, not records
        (["1{s}hello{s}", "2{s}world{s}"], 2),  # a separator at the end of every row
    ],
)
def test_a_row_longer_than_the_header_names_the_file_and_line(tmp_path, sep, rows, line):
    path = tmp_path / ("ragged.csv" if sep == "," else "ragged.tsv")
    path.write_text("\n".join([f"id{sep}text", *(row.format(s=sep) for row in rows)]) + "\n")
    with pytest.raises(InputError, match=f"line {line} has") as info:
        load_articles(path)
    assert str(path) in str(info.value)


def test_short_rows_of_a_csv_are_kept(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("id,text,title\n1,hello world\n2,world,Title\n")
    articles = load_articles(path)
    assert articles["article_id"].tolist() == ["1", "2"]
    assert articles["text"].tolist() == ["hello world", "world"]


@pytest.mark.parametrize(
    "date", [-1, "-1", 99999, "99999-01-01", "0001-01-01", 2**62, 10**30, float("inf")]
)
def test_an_impossible_date_is_left_unknown(date):
    # 000 shows no page date of its own (001 does: the loader would fall back to it).
    texts = _seed_texts()
    articles = load_articles(
        pd.DataFrame({"text": [texts[0], texts[0]], "date": [date, "2023-12-05"]})
    )
    assert articles["published"].dtype == "datetime64[ns]"
    assert pd.isna(articles["published"].iloc[0])
    assert articles["published"].iloc[1] == pd.Timestamp("2023-12-05")
    assert articles["error"].isna().all()


def test_datetimes_out_of_nanosecond_range_are_left_unknown():
    texts = _seed_texts()
    stamps = pd.Series(np.array(["2300-01-01", "2023-12-05", "1500-06-01"], dtype="datetime64[s]"))
    frame = pd.DataFrame({"text": [texts[0], texts[0], texts[4]], "published": stamps})
    articles = load_articles(frame)
    assert articles["published"].isna().tolist() == [True, False, True]


def test_a_ragged_metadata_csv_names_the_file_and_line(seed_copy):
    (seed_copy / "metadata.csv").write_text(f"article_id,source\n{SEED_IDS[0]},a,b,c\n")
    with pytest.raises(InputError, match=r"metadata\.csv: line 2 has 4 fields"):
        load_articles(seed_copy)
