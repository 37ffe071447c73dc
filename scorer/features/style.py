"""Style and complexity of the article text: a NELA-style feature set.

The NELA toolkit (Horne et al., *nela-features*) describes an article by its
style (punctuation, capitals, pronouns, quotes), complexity (word and sentence
length, lexical diversity, readability), affect and bias lexicons.  It needs
NLTK data downloads, which scorer never does at run time, so this module
reimplements its main style and complexity features with regular expressions
over the raw text (vectorised with pandas ``.str``):

========================  ===================================================
column                    what it is
========================  ===================================================
``n_words``               words (letters, digits, apostrophes), log1p-scaled
``mean_word_length``      characters per word
``mean_sentence_length``  words per sentence (a sentence ends at ``.!?``)
``type_token_ratio``      distinct / all lower-cased words among the first 100
                          (a fixed window, so long articles are not penalised)
``all_caps_share``        share of words of 2+ letters written in capitals
``exclamation_rate``      ``!`` per sentence
``question_rate``         ``?`` per sentence
``quote_rate``            quotation marks (straight and curly) per sentence
``first_person_rate``     I, me, my, we, us, our … per word
``second_person_rate``    you, your, yours … per word
``superlative_rate``      most, least, best, worst and ``-est`` words
                          (not "interest", "protest", "west" …) per word
``hedge_rate``            may, might, reportedly, allegedly, likely … per word
``intensifier_rate``      very, really, extremely, totally … per word
``flesch_reading_ease``   206.835 − 1.015 words/sentence − 84.6
                          syllables/word; syllables are vowel groups minus a
                          silent final e, at least one per word
``number_rate``           tokens with a digit per word
``proper_noun_share``     capitalised words not opening a sentence, per word
``n_paragraphs``          non-empty lines, log1p-scaled (structure)
========================  ===================================================

None of these is a reliability judgement on its own; a learner weighs them.
In the fake-news literature fabricated or low-quality stories tend to be
shorter, simpler, more emphatic (capitals, exclamations, superlatives,
intensifiers, second person) and poorer in specifics (numbers, names, quotes)
than reporting.  Left out: the affect, moral-foundation and bias lexicons
(licensed word lists) and part-of-speech tags (need a tagger model).

:func:`language_goodness` turns twelve of these columns into the fifth
component of the default (unlabelled) score, with directions taken from the
literature and scales from a reference corpus of ordinary web articles; see
its docstring and :data:`LANGUAGE_CUES`.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from scorer.schema import ARTICLE_ID, ERROR, TEXT

__all__ = [
    "LANGUAGE_CUES",
    "LANGUAGE_FEATURES",
    "STYLE_FEATURES",
    "language_goodness",
    "style_features",
]

#: Columns of :func:`style_features`, in this order.
STYLE_FEATURES = (
    "n_words",
    "mean_word_length",
    "mean_sentence_length",
    "type_token_ratio",
    "all_caps_share",
    "exclamation_rate",
    "question_rate",
    "quote_rate",
    "first_person_rate",
    "second_person_rate",
    "superlative_rate",
    "hedge_rate",
    "intensifier_rate",
    "flesch_reading_ease",
    "number_rate",
    "proper_noun_share",
    "n_paragraphs",
)

#: The cues of :func:`language_goodness`: column -> (direction, typical,
#: limit).  Direction +1 means more is more reliable, -1 less; the sign of every
#: cue comes from the literature, none was fitted:
#:
#: - emphasis and subjectivity, more in unreliable news: exclamation marks,
#:   all-caps words, superlatives, intensifiers/subjective words, hedges
#:   (Rashkin et al. 2017, "Truth of Varying Shades", EMNLP; Horne and Adali
#:   2017 for exclamation and capitals);
#: - personal address, more in unreliable news: first- and second-person
#:   pronouns (Rashkin et al. 2017; Horne and Adali 2017, more personal
#:   pronouns in fake bodies);
#: - substance, less in fake news: fake bodies are shorter (``n_words``),
#:   more repetitive (``type_token_ratio``), use smaller, less technical words
#:   (``mean_word_length``) and are simpler to read (``flesch_reading_ease``,
#:   easier is worse) (Horne and Adali 2017, "This Just In: Fake News Packs a
#:   Lot in Title, Uses Simpler, Repetitive Content in Text Body", ICWSM NECO
#:   workshop); trusted news states more figures (``number_rate``; Rashkin et
#:   al. 2017).  Pérez-Rosas et al. 2018 ("Automatic Detection of Fake News",
#:   COLING) found readability and punctuation among the informative classes.
#:
#: ``typical`` is the median and ``limit`` the 95th (direction -1) or 5th
#: (direction +1) percentile of the cue over the 181 hand-checked article
#: bodies of the article-extraction-benchmark (Zyte 2020; ordinary news and
#: blog pages, no reliability labels, not an evaluation set), rounded to
#: three significant figures.  Every cue weighs the same.
LANGUAGE_CUES = {
    "exclamation_rate": (-1, 0.0, 0.15),
    "all_caps_share": (-1, 0.00713, 0.0510),
    "superlative_rate": (-1, 0.00150, 0.00748),
    "intensifier_rate": (-1, 0.0, 0.00660),
    "hedge_rate": (-1, 0.00310, 0.0127),
    "first_person_rate": (-1, 0.00632, 0.0362),
    "second_person_rate": (-1, 0.0, 0.0248),
    "n_words": (+1, 6.27, 4.29),
    "type_token_ratio": (+1, 0.73, 0.62),
    "mean_word_length": (+1, 4.81, 4.17),
    "flesch_reading_ease": (-1, 55.6, 80.2),
    "number_rate": (+1, 0.0221, 0.00263),
}
#: The columns :func:`language_goodness` reads, in order.
LANGUAGE_FEATURES = tuple(LANGUAGE_CUES)

#: Words of the type-token window: long texts repeat function words more, so a
#: whole-text ratio would mostly measure length.
TTR_WINDOW = 100


def _wordset(words: str) -> frozenset[str]:
    """A frozenset from a whitespace-separated word list (reads better than a literal)."""
    return frozenset(words.split())


_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
_SENTENCE_END = re.compile(r"[.!?]+(?=[\s\"'”’)\]]|$)")
_EXCLAMATION = re.compile(r"!")
_QUESTION = re.compile(r"\?")
_QUOTE = re.compile(r"[\"“”„«»]")
# "I" in upper case only: a lone lower-case "i" is rarely the pronoun in news text
_FIRST_PERSON = _wordset("me my mine myself we us our ours ourselves")
_SECOND_PERSON = _wordset("you your yours yourself yourselves")
_SUPERLATIVE_WORDS = _wordset("most least best worst")
# words ending in "-est" that are not superlatives
_NOT_SUPERLATIVE = _wordset(
    """
    interest protest suggest request forest honest modest arrest harvest west rest contest
    invest digest manifest test attest detest guest quest chest nest pest vest crest
    conquest inquest behest earnest priest tempest midwest southwest northwest unrest
    bequest congest ingest infest molest divest lest everest
    """
)
_HEDGE = _wordset(
    """
    may might could perhaps possibly probably likely unlikely reportedly allegedly
    apparently seemingly supposedly purportedly arguably presumably seem seems seemed
    appear appears appeared suggest suggests suggested rumored rumoured somewhat
    """
)
_INTENSIFIER = _wordset(
    """
    very really extremely totally absolutely completely utterly incredibly truly
    definitely literally entirely highly hugely massively shocking unbelievable
    amazing incredible outrageous
    """
)
_DIGIT = re.compile(r"\d")
_CAPS_TOKEN = re.compile(r"[A-Z]{2,}(?:['’][A-Z]+)*")
_VOWEL_GROUP = re.compile(r"[aeiouy]+", re.IGNORECASE)
_SILENT_E = re.compile(r"(?<=[^aeiouyl\W])e\b", re.IGNORECASE)
# a capitalised word that does not follow a sentence end or a line start
_PROPER = re.compile(r"(?<![.!?\n\"“]\s)(?<![.!?\n\"“])(?<!^)\b[A-Z][a-z]+", re.MULTILINE)
_LINE = re.compile(r"^\s*\S", re.MULTILINE)


def _first_words_ratio(words: list[str]) -> float:
    window = [w.lower() for w in words[:TTR_WINDOW]]
    return len(set(window)) / len(window) if window else np.nan


def style_features(articles: pd.DataFrame) -> pd.DataFrame:
    """Style and complexity of each article's text (see the module docstring).

    Parameters
    ----------
    articles : pandas.DataFrame
        ``article_id``, ``text`` and optionally ``error``.  The title is not
        used: in some corpora its absence depends on the label.

    Returns
    -------
    pandas.DataFrame
        One row per article, indexed by ``article_id`` (input order), columns
        :data:`STYLE_FEATURES`.  Rates are counts per word or per sentence
        (0 or more); shares are in [0, 1]; ``flesch_reading_ease`` is about
        0–100 (higher is easier; it can leave that range); ``n_words`` and
        ``n_paragraphs`` are ``log1p`` counts.  No direction is good on its
        own.  Articles with ``error`` set or with no words get NaN in every
        column.

    Examples
    --------
    >>> articles = pd.DataFrame({"article_id": ["a", "b"],
    ...     "text": ["The minister said 120 people were evacuated on Monday.",
    ...              "You WON'T believe this!! The BEST cure ever!"]})
    >>> out = style_features(articles)
    >>> out[["exclamation_rate", "all_caps_share", "number_rate"]].round(2)
                exclamation_rate  all_caps_share  number_rate
    article_id
    a                        0.0            0.00         0.11
    b                        1.5            0.25         0.00
    >>> int(style_features(articles.iloc[:0]).shape[0])
    0
    """
    if len(articles) > _CHUNK_ARTICLES:
        # One row per word token below: chunks of articles bound its memory.
        return pd.concat(
            [
                _style_features(articles.iloc[start : start + _CHUNK_ARTICLES])
                for start in range(0, len(articles), _CHUNK_ARTICLES)
            ]
        )
    return _style_features(articles)


#: Articles per chunk of :func:`style_features`.
_CHUNK_ARTICLES = 5_000


def _style_features(articles: pd.DataFrame) -> pd.DataFrame:
    index = pd.Index(articles[ARTICLE_ID].astype(str), name=ARTICLE_ID)
    # positions, not ids, index the work: token rows map back with bincount
    text = articles[TEXT].astype("string").fillna("").astype(object).reset_index(drop=True)
    if ERROR in articles:
        has_error = articles[ERROR].notna().to_numpy()
        text = text.where(~has_error, "")
    text = text.astype(str)
    if text.empty:
        return pd.DataFrame(columns=list(STYLE_FEATURES), index=index, dtype=float)

    def count(pattern: re.Pattern) -> np.ndarray:
        return text.str.count(pattern).to_numpy(dtype=float)

    # One row per word token: lexicon look-ups as set membership over all
    # tokens at once (a regex alternation per word position is ten times slower).
    tokens = text.str.findall(_WORD).explode().dropna().astype(str)
    position = tokens.index.to_numpy(dtype=np.int64)
    lower = tokens.str.lower()

    def per_article(mask: pd.Series) -> np.ndarray:
        return np.bincount(position, weights=mask.to_numpy(dtype=float), minlength=len(index))

    words = per_article(pd.Series(True, index=tokens.index))
    present = words > 0
    safe_words = np.where(present, words, 1.0)
    letter_words = per_article(~tokens.str.contains(_DIGIT))
    safe_letter_words = np.where(letter_words > 0, letter_words, 1.0)
    sentences = np.maximum(count(_SENTENCE_END), 1.0)
    is_superlative = lower.isin(_SUPERLATIVE_WORDS) | (
        lower.str.endswith("est")
        & (lower.str.len() > 4)
        & lower.str.isalpha()
        & ~lower.isin(_NOT_SUPERLATIVE)
    )
    syllables = np.maximum(count(_VOWEL_GROUP) - count(_SILENT_E), letter_words)

    out = pd.DataFrame(index=index)
    out["n_words"] = np.log1p(words)
    out["mean_word_length"] = per_article(tokens.str.len()) / safe_words
    out["mean_sentence_length"] = words / sentences
    window = lower.groupby(level=0).head(TTR_WINDOW)
    distinct = window.groupby(level=0).nunique().reindex(range(len(index)), fill_value=0)
    out["type_token_ratio"] = distinct.to_numpy(dtype=float) / np.minimum(safe_words, TTR_WINDOW)
    out["all_caps_share"] = per_article(tokens.str.fullmatch(_CAPS_TOKEN)) / safe_letter_words
    out["exclamation_rate"] = count(_EXCLAMATION) / sentences
    out["question_rate"] = count(_QUESTION) / sentences
    out["quote_rate"] = count(_QUOTE) / sentences
    out["first_person_rate"] = per_article(tokens.eq("I") | lower.isin(_FIRST_PERSON)) / safe_words
    out["second_person_rate"] = per_article(lower.isin(_SECOND_PERSON)) / safe_words
    out["superlative_rate"] = per_article(is_superlative) / safe_words
    out["hedge_rate"] = per_article(lower.isin(_HEDGE)) / safe_words
    out["intensifier_rate"] = per_article(lower.isin(_INTENSIFIER)) / safe_words
    out["flesch_reading_ease"] = (
        206.835 - 1.015 * words / sentences - 84.6 * syllables / safe_letter_words
    )
    out["number_rate"] = (words - letter_words) / safe_words
    out["proper_noun_share"] = count(_PROPER) / safe_words
    out["n_paragraphs"] = np.log1p(count(_LINE))
    out.loc[~present, :] = np.nan
    return out[list(STYLE_FEATURES)].astype(float)


def language_goodness(style: pd.DataFrame) -> pd.Series:
    """How far an article's language stays within ordinary reporting, in [0, 1].

    Each cue of :data:`LANGUAGE_CUES` scores 1 when it is at least as good as
    the typical (median) reference article in its direction and falls
    linearly to 0 at the reference's 5% worst end (e.g. at 0.15 exclamation
    marks per sentence, or a body of 72 words); the result is the plain mean
    over the cues.  Directions come from the fake-news literature (Horne and
    Adali 2017; Rashkin et al. 2017; see :data:`LANGUAGE_CUES`), scales from
    an unlabelled reference corpus; nothing is fitted to reliability labels.
    Potthast et al. 2018 ("A Stylometric Inquiry into Hyperpartisan and Fake
    News", ACL) found style separates hyperpartisan from mainstream far better
    than fake from true: this component flags hype and thin copy, not falsehood.

    Parameters
    ----------
    style : pandas.DataFrame
        The :data:`LANGUAGE_FEATURES` columns of :func:`style_features`
        (other columns are ignored; a missing column counts as unknown).

    Returns
    -------
    pandas.Series
        Named ``language``, on the input's index.  1 is good (written like
        ordinary reporting on every cue), 0 bad (hyped, personal and thin on
        every cue).  A cue that is NaN is left out of the mean; a row with no
        cue at all (no words, or an ``error``) is NaN: no evidence.

    Examples
    --------
    >>> articles = pd.DataFrame({"article_id": ["report", "hype"],
    ...     "text": ["The ministry said on Monday that 1,240 residents of the northern "
    ...              "districts had been evacuated after flooding damaged 35 bridges.",
    ...              "You WON'T believe this!! The BEST cure ever! We really love it!"]})
    >>> language_goodness(style_features(articles)).round(2)
    article_id
    report    0.92
    hype      0.17
    Name: language, dtype: float64
    >>> language_goodness(style_features(articles.iloc[:0])).size
    0
    """
    scores = []
    # the direction is carried by the sign of typical - limit (tested to agree)
    for column, (_direction, typical, limit) in LANGUAGE_CUES.items():
        if column in style:
            value = pd.to_numeric(style[column], errors="coerce").to_numpy(dtype=float)
        else:
            value = np.full(len(style), np.nan)
        # distance from the bad limit, in units of the limit-to-typical span
        scores.append(np.clip((value - limit) / (typical - limit), 0.0, 1.0))
    stacked = np.column_stack(scores) if len(style) else np.empty((0, len(scores)))
    known = np.isfinite(stacked).sum(axis=1)
    total = np.where(np.isfinite(stacked), stacked, 0.0).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(known > 0, total / np.maximum(known, 1), np.nan)
    return pd.Series(mean, index=style.index, name="language", dtype=float)
