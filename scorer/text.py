"""Text helpers shared by the feature families: sentences and normalisation.

Every family reads the same clean text, so the way it is cut into sentences
and the way typographic variants are folded together live here, once.  The
sentence splitter is a rule-based one (no NLTK or spaCy data to download):
a single compiled regular expression finds sentence boundaries in all content
segments at once, and knows about abbreviations ("Mr.", "Gen.", "U.S.",
"Sept."), initials ("J. K. Rowling"), decimal numbers and closing quotes.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from scorer.schema import ARTICLE_ID, TEXT

#: English month names, January first (locale-independent, unlike ``calendar``).
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

__all__ = [
    "MONTH_NAMES",
    "SENTENCE_SPLIT_COLUMNS",
    "normalise_quotes",
    "normalise_whitespace",
    "split_sentences",
]

#: Columns of the table :func:`split_sentences` returns.  ``start``/``end``
#: are character offsets of the sentence within its segment's text.
SENTENCE_SPLIT_COLUMNS = [ARTICLE_ID, "sentence_no", "seg_no", "sentence", "start", "end"]

# One character in, one character out: offsets computed on normalised text
# stay valid on the original.
_QUOTE_MAP = dict(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "〝": '"',
        "〞": '"',
        "＂": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "‹": "'",
        "›": "'",
        "′": "'",
        "`": "'",
    }
)
_QUOTE_TABLE = str.maketrans(_QUOTE_MAP)
# Above this length one ``replace`` per mark present beats ``translate``,
# which looks every character up in a dict.
_LONG_TEXT = 4096
_WHITESPACE = re.compile(r"\s+")


def distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values of an integer array, sorted: what ``np.unique(values)`` returns.

    NumPy 2.3 and later find the distinct integers of an array by hashing,
    about 15 times slower than sorting on the arrays the families build
    (pair keys, byte positions): 3.0 s against 0.19 s for 3,000,000 keys.

    Parameters
    ----------
    values : numpy.ndarray
        Integers, any shape (flattened).

    Returns
    -------
    numpy.ndarray
        The distinct values in increasing order.

    Examples
    --------
    >>> distinct(np.array([5, 1, 5, 3, 1])).tolist()
    [1, 3, 5]
    """
    values = np.sort(np.asarray(values).ravel())
    keep = np.ones(len(values), dtype=bool)
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def normalise_quotes(text: str | pd.Series) -> str | pd.Series:
    """Map curly quotes, low quotes and guillemets to straight ASCII quotes.

    Double marks (“ ” „ « » …) become ``"`` and single marks (‘ ’ ‚ ‹ › …)
    become ``'``.  Each character maps to exactly one character, so offsets
    found in the normalised text are valid in the original.

    Parameters
    ----------
    text : str or pandas.Series of str
        Text to normalise; a Series is normalised element-wise (missing
        values stay missing).

    Returns
    -------
    str or pandas.Series
        The same type as the input, same length.

    Examples
    --------
    >>> normalise_quotes("Niger’s «new» “masters”")
    'Niger\\'s "new" "masters"'
    """
    if isinstance(text, pd.Series):
        return text.str.translate(_QUOTE_TABLE)
    if len(text) < _LONG_TEXT:
        return text.translate(_QUOTE_TABLE)
    # No mark maps onto another mark, so the order of replacements is free.
    for mark, straight in _QUOTE_MAP.items():
        if mark in text:
            text = text.replace(mark, straight)
    return text


def normalise_whitespace(text: str | pd.Series) -> str | pd.Series:
    """Collapse every run of whitespace to one space and strip both ends.

    Non-breaking and other Unicode spaces count as whitespace.  Unlike
    :func:`normalise_quotes` this changes lengths, so use it for comparing
    and displaying text, not for computing offsets.

    Parameters
    ----------
    text : str or pandas.Series of str
        Text to normalise; a Series is normalised element-wise.

    Returns
    -------
    str or pandas.Series
        The same type as the input.

    Examples
    --------
    >>> normalise_whitespace("  Jun 26,\\u00a02025  |\\n ")
    'Jun 26, 2025 |'
    """
    if isinstance(text, pd.Series):
        return text.str.replace(_WHITESPACE, " ", regex=True).str.strip()
    return _WHITESPACE.sub(" ", text).strip()


# --- sentence boundaries --------------------------------------------------
#
# Abbreviations that are followed by a name or a number and never end a
# sentence in news prose (titles, "St. Petersburg", "e.g.", "vs.").
def _words(text: str) -> list[str]:
    return text.split()


_NEVER_FINAL = _words(
    """
    Mr Mrs Ms Messrs Mme Mlle Dr Prof Gen Col Lt Maj Capt Cpt Sgt Cpl Pvt Adm Cmdr Cdr Brig
    Gov Sen Rep Rev Hon Pres Supt Insp Amb Atty Sec Fr Sr Sra St Ste Mt Ft Pt
    vs viz cf approx Fig Figs Vol Vols Ch Chap Art Para Sect Op Nos No Ref
    Ave Blvd Rd Sq Hwy Dept Univ Assn Intl
    """
)
# Abbreviations that can also end a sentence ("... in the U.S. The ..."):
# they are a boundary only when a typical sentence opener follows.  Single
# letters cover initials ("J. K. Rowling"), "U.S.", "U.N." and "a.m.".
_SOFT_FINAL = _words(
    """
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
    Jr Inc Corp Co Ltd Bros LLC Plc etc al est Ph
    """
)
_SENTENCE_OPENERS = _words(
    """
    The A An He She It They We I You This That These Those There Then But And Yet So Or
    In On At By For From With As After Before When While If Although Though However Meanwhile
    His Her Its Their Our My Some Many Most Several All No One Two Three Officials Police
    Authorities Earlier Later Last Next Today Yesterday Now Still Also Such What Who Why How
    """
)


def _after_word(words: list[str], *, negative: bool) -> str:
    # `re` only allows fixed-width lookbehinds, so there is one per word
    # length; each looks back over the word and the full stop just consumed.
    sign = "!" if negative else "="
    by_length: dict[int, list[str]] = {}
    for word in sorted(set(words)):
        by_length.setdefault(len(word), []).append(re.escape(word))
    glue = "" if negative else "|"
    return glue.join(
        f"(?<{sign}\\b(?:{'|'.join(same)})\\.)" for _, same in sorted(by_length.items())
    )


_CLOSERS = "[\"'”’»)\\]]*"
_BOUNDARY = re.compile(
    # Starting with a character class lets the engine skip quickly to the
    # next stop character; the lookbehinds then look at the word before it.
    r"[.!?…\x1e]"
    r"(?:"
    # Segment separators inserted by split_sentences.
    r"(?<=\x1e)"
    # An ordinary stop: not after a known abbreviation or a single letter,
    # followed by whitespace and something that can open a sentence.
    rf"|(?<=[!?…])[.!?…]*{_CLOSERS}(?=\s+(?:[^\W_a-z]|[\"“‘'«(\[¿¡]))"
    rf"|(?<=\.){_after_word(_NEVER_FINAL + _SOFT_FINAL, negative=True)}(?<!\b[^\W\d_]\.)"
    rf"[.!?…]*{_CLOSERS}(?=\s+(?:[^\W_a-z]|[\"“‘'«(\[¿¡]))"
    # A stop after a soft abbreviation ("U.S.", "Sept.", "a.m."): a boundary
    # only before a word that typically opens a sentence ("The", "He" ...),
    # itself followed by a lower-case word (so "J. A. Smith" stays whole).
    rf"|(?:{_after_word(_SOFT_FINAL, negative=False)}|(?<=\b[^\W\d_]\.))"
    rf"{_CLOSERS}(?=\s+(?:{'|'.join(sorted(set(_SENTENCE_OPENERS)))})\s+[a-z])"
    r")"
)
_SEPARATOR = "\x1e"


def split_sentences(segments: pd.DataFrame) -> pd.DataFrame:
    """Cut the content segments of every article into sentences.

    Only segments whose ``label`` is ``"content"`` are read (metadata,
    boilerplate and spam are not prose).  A segment never shares a sentence
    with another one, so a headline without a full stop is one sentence.
    Boundaries are sentence-final ``.``, ``!``, ``?`` or ``…`` (with any
    closing quotes or brackets after them) followed by whitespace and an
    upper-case letter, a digit or an opening quote; a full stop after a title
    ("Mr.", "Gen.", "St."), an initial ("J. K."), or "U.S.", "Sept.", "a.m."
    is not a boundary unless a typical sentence opener ("The", "He" …)
    follows.  A sentence ending inside a closing quote (``."`` or ``.”``)
    keeps the quote; ``… prevailed," he said.`` is one sentence.

    Parameters
    ----------
    segments : pandas.DataFrame
        Segments with at least ``article_id``, ``seg_no``, ``text`` and
        ``label`` (see :data:`scorer.schema.SEGMENT_COLUMNS`).  Missing text
        counts as empty.

    Returns
    -------
    pandas.DataFrame
        One row per sentence, columns :data:`SENTENCE_SPLIT_COLUMNS`:
        ``article_id``, ``sentence_no`` (from 0 within each article, in
        reading order), ``seg_no``, ``sentence`` (stripped of surrounding
        whitespace), ``start`` and ``end`` (character offsets within the
        segment's text, ``text[start:end] == sentence``).  Articles appear
        in the order they first appear in ``segments``; articles without
        content (or with empty text) produce no rows.

    Examples
    --------
    >>> segments = pd.DataFrame({
    ...     "article_id": ["a", "a"], "seg_no": [0, 1], "label": ["content"] * 2,
    ...     "text": ["Niger cuts ties",
    ...              'Gen. Salifou Mody met U.S. envoys. "We prevailed," he said.'],
    ... })
    >>> split_sentences(segments)[["sentence_no", "seg_no", "sentence"]]
       sentence_no  seg_no                   sentence
    0            0       0            Niger cuts ties
    1            1       1  Gen. Salifou Mody met U.S. envoys.
    2            2       1    "We prevailed," he said.
    """
    content = segments.loc[segments["label"] == "content", [ARTICLE_ID, "seg_no", TEXT]]
    if content.empty:
        return _empty_sentences(segments)
    # Reading order: articles as they first appear, then segment number.
    article_rank = pd.factorize(content[ARTICLE_ID])[0]
    order = np.lexsort((content["seg_no"].to_numpy(), article_rank))
    content = content.iloc[order]
    texts = content[TEXT].fillna("").astype(str)

    lengths = texts.str.len().to_numpy(dtype=np.int64)
    seg_starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
    joined = _SEPARATOR.join(texts.tolist()) + _SEPARATOR
    # The separator inside a text would fake a segment end; a same-length
    # stand-in keeps offsets valid, and sentences are cut from `joined`.
    searched = _SEPARATOR.join(texts.str.replace(_SEPARATOR, " ", regex=False).tolist())
    searched += _SEPARATOR

    # Each match ends one sentence: at the end of its stop (closing quotes
    # included) or at the separator; the next sentence starts after it.
    spans = np.fromiter(
        (bound for match in _BOUNDARY.finditer(searched) for bound in match.span()),
        dtype=np.int64,
    ).reshape(-1, 2)
    separators = seg_starts + lengths
    is_separator = np.isin(spans[:, 0], separators)
    ends_arr = np.where(is_separator, spans[:, 0], spans[:, 1])
    starts_arr = np.concatenate(([0], spans[:-1, 1]))

    raw = [joined[s:e] for s, e in zip(starts_arr.tolist(), ends_arr.tolist(), strict=True)]
    stripped_left = [sentence.lstrip() for sentence in raw]
    stripped = pd.Series([sentence.rstrip() for sentence in stripped_left], dtype=object)
    starts_arr = starts_arr + np.fromiter(
        (len(a) - len(b) for a, b in zip(raw, stripped_left, strict=True)),
        dtype=np.int64,
        count=len(raw),
    )
    sentence_lengths = stripped.str.len().to_numpy(dtype=np.int64)
    ends_arr = starts_arr + sentence_lengths
    keep = sentence_lengths > 0

    seg_index = np.searchsorted(seg_starts, starts_arr[keep], side="right") - 1
    offsets = seg_starts[seg_index]
    article_ids = content[ARTICLE_ID].to_numpy()[seg_index]
    out = pd.DataFrame(
        {
            ARTICLE_ID: article_ids,
            "sentence_no": np.zeros(len(seg_index), dtype=np.int64),
            "seg_no": content["seg_no"].to_numpy()[seg_index],
            "sentence": stripped[keep].to_numpy(),
            "start": starts_arr[keep] - offsets,
            "end": ends_arr[keep] - offsets,
        }
    )
    out["sentence_no"] = out.groupby(ARTICLE_ID, sort=False).cumcount().astype(np.int64)
    out[ARTICLE_ID] = out[ARTICLE_ID].astype(segments[ARTICLE_ID].dtype)
    out["sentence"] = out["sentence"].astype(str)
    return out


def _empty_sentences(segments: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            ARTICLE_ID: pd.Series([], dtype=segments[ARTICLE_ID].dtype),
            "sentence_no": pd.Series([], dtype=np.int64),
            "seg_no": pd.Series([], dtype=segments["seg_no"].dtype),
            "sentence": pd.Series([], dtype=str),
            "start": pd.Series([], dtype=np.int64),
            "end": pd.Series([], dtype=np.int64),
        }
    )
