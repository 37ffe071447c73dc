"""Attribution: how much of an article is tied to a source a reader can check.

A reliable report says where its facts come from: it quotes people by name,
uses reporting verbs ("said", "announced", "according to ..."), cites
documents and data, and credits the agencies or the original publisher it
draws on.  Fabricated or recycled text tends to assert everything in its own
voice.  This family finds, for every sentence, whether it states checkable
facts (*claim-bearing*) and who it is ascribed to, finds direct quotations and
their speakers, reads article-level credits, and summarises them per article.

Weights (why named > anonymous > credit-only > none)
----------------------------------------------------
Each claim-bearing sentence gets a weight and ``attribution`` is their mean:

* **1.0** – a named source in the sentence: a person, an organisation, a
  document or a data set a reader can go and check ("Niger's Foreign
  Ministry", "Flightradar24", "a press release", "the ministry").
* **0.5** – an anonymous source ("a government adviser", "officials said",
  "sources"): the sentence is ascribed, but nobody can check with whom.
* **credit** – no source in the sentence, but the article credits one for
  the whole text ("Sources: Anadolu Agency and AP", "(Reuters) —", a
  translation note naming the original publisher, a byline, a photo
  credit).  A credit names an accountable origin but does not say which
  claim came from it, so it is worth a little more than one anonymous
  source and clearly less than a named one.  Each credit has a strength
  (:data:`CREDIT_STRENGTHS`: agency/source list, dateline agency and
  original-publisher notes 0.6, byline 0.2, photo credit 0.1); several
  credits combine as independent evidence, ``1 - prod(1 - strength)``, capped
  at :data:`MAX_CREDIT` = 0.75 so that credits alone never equal in-text
  sourcing.  An anonymous sentence in a credited article takes the larger of
  the two weights.
* **0** – nothing.

These numbers come from the ordering above, not from fitting the bundled
corpus; the per-article ``credits`` string and the per-sentence columns show
where every point comes from.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from scorer.schema import (
    ARTICLE_ID,
    ERROR,
    QUOTE_COLUMNS,
    SENTENCE_COLUMNS,
    TEXT,
)
from scorer.text import normalise_quotes

__all__ = [
    "ATTRIBUTION_FEATURE_COLUMNS",
    "CREDIT_STRENGTHS",
    "MAX_CREDIT",
    "attribute",
    "attribution_features",
    "find_credits",
    "find_quotes",
]

#: Columns of :func:`attribution_features` (index: ``article_id``).
ATTRIBUTION_FEATURE_COLUMNS = [
    "attribution",
    "named_source_ratio",
    "n_sources",
    "n_quotes",
    "has_byline",
    "credits",
]

#: Strength of each kind of article-level credit (see the module docstring).
CREDIT_STRENGTHS = {
    "sources": 0.6,
    "agency": 0.6,
    "original": 0.6,
    "byline": 0.2,
    "photo": 0.1,
}
#: Credits alone never lift a sentence above this weight.
MAX_CREDIT = 0.75
_NAMED_WEIGHT = 1.0
_ANONYMOUS_WEIGHT = 0.5
_NAMED_TYPES = ("person", "organisation", "document", "data")


def _words(text: str) -> str:
    return "|".join(sorted(set(text.split()), key=lambda w: (-len(w), w)))


def _trie(words: str, *, ignore_case: bool = False) -> str:
    """``words`` ("a|b|...") as a prefix tree: the same matches, tried in the same order.

    Python's ``re`` tries the alternatives of ``(?:said|says|...)`` one by
    one at every position; a tree of shared prefixes rejects most positions
    after one character.  Where several words match at one position they
    form a chain of prefixes and the tree tries the longer first, as the
    word list does (checked here), so every match and every backtracking
    order is unchanged.  ``ignore_case``: the tree is for use inside
    ``(?i:...)``, so words are folded to lower case first (ASCII only).
    """
    listed = words.split("|")
    for i, word in enumerate(listed):
        for later in listed[i + 1 :]:
            if later.startswith(word) and later != word:
                raise ValueError(f"{later!r} must come before its prefix {word!r}")
    if ignore_case:
        if not all(word.isascii() for word in listed):
            raise ValueError("case-folded trees hold ASCII words only")
        listed = [word.lower() for word in listed]
    tree: dict = {}
    for word in listed:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(tree)


def _trie_pattern(node: dict) -> str:
    branches = [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy: the longer word first, then the word ending here.
    return f"(?:{body})?" if "" in node else body


# --- lexicons ---------------------------------------------------------------

_VERBS = _words(
    """
    said says say told tells stated states announced announces noted notes declared declares
    confirmed confirms denied denies added adds explained explains argued argues warned warns
    claimed claims reported reports insisted insists acknowledged acknowledges admitted admits
    wrote writes tweeted posted stressed stresses emphasized emphasised indicated revealed
    disclosed testified alleged alleges asserted asserts maintained estimated predicted suggested
    recalled replied responded asked urged countered conceded observed commented remarked
    expressed concluded pointed cautioned vowed promised
    """
)
# Verbs that can follow a closing quote in inverted order ("...," said Smith).
_INVERTED_VERBS = _words("said says added asked wrote continued explained noted replied told")
_AUXILIARIES = (
    "has|have|had|also|previously|later|then|further|publicly|reportedly|officially|"
    "repeatedly|already|separately|recently|once|again|would|will|could"
)
_AUX = rf"(?:(?:{_trie(_AUXILIARIES)})\s+)*"
_DOC_NOUNS = _words(
    """
    statement note memo memorandum letter communiqué communique release report filing decree
    post tweet message email e-mail document notice circular bulletin interview transcript
    announcement declaration order ruling complaint affidavit indictment lawsuit
    """
)
_DOC_ADJECTIVES = "press|news|official|joint|written|brief|short|public|televised|formal|court"
_DOC_ADJ = rf"(?:(?:{_trie(_DOC_ADJECTIVES)})\s+)*"
_EVIDENCE = _words(
    """
    records documents data figures statistics polls poll surveys survey studies study reports
    report filings filing estimates images footage tracking
    """
)
_EVIDENCE_VERBS = _words(
    "show shows showed indicate indicates indicated suggest suggests suggested reveal reveals "
    "revealed found find finds confirm confirms confirmed"
)
_ANONYMOUS = _words(
    """
    official officials source sources adviser advisers advisor advisors aide aides diplomat
    diplomats insider insiders person people someone expert experts analyst analysts observer
    observers witness witnesses resident residents critics critic authorities spokesman
    spokeswoman spokesperson member members officer officers employee employees staffer
    staffers individual individuals reports media neighbor neighbors neighbour neighbours
    friend friends relative relatives colleague colleagues classmate classmates others
    """
)
_ORG_WORDS = _words(
    """
    ministry ministries office government department agency police army military council
    commission union company corporation court embassy parliament congress senate presidency
    administration junta regime committee bureau service services institute university
    organization organisation association federation party countries country delegation
    authority board group network newspaper channel website agency's ministry's
    Ministry Office Government Department Agency Police Army Council Commission Union Company
    Corporation Court Embassy Parliament Congress Senate Presidency Administration Committee
    Bureau Service Institute University Organization Organisation Association Federation Party
    News Times Post Journal Press Reuters AP AFP Anadolu BBC CNN ABC NBC CBS Fox Bloomberg
    Guardian Monde Agence Tribune Herald Gazette Daily Telegraph Inc Corp Ltd Co
    Xinhua Novosti RIA Interfax Sputnik EFE Kyodo Yonhap ANSA dpa Bernama Presidency Army
    Armed Forces Ministry's
    """
)
_DATA_WORDS = _words(
    """
    data figures statistics survey poll census database tracker tracking website site records
    estimates monitoring
    """
)
_PRONOUNS = r"(?i:he|she|they|it|we|him|her)"
# Words that cannot sit inside the noun phrase naming a source: the phrase
# starts after the last of them ("In Bamako the minister said" -> "the minister").
_BREAKERS = _words(
    """
    that which who whom when while as after before because if since where in on at for with
    to from into by about than is was were are be been being has have had and or but then
    also now however meanwhile additionally recently concurrently thus so not what how why
    this these those whether although though despite during under over per via
    """
)
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_EVENT_VERBS = _words(
    """
    killed kill dies died dead wounded injured arrested detained charged convicted sentenced
    signed met visited arrived left launched attacked bombed invaded elected won lost resigned
    fired appointed announced declared withdrew withdrawn suspended revoked terminated ended
    expelled banned approved passed rejected voted raised cut increased decreased rose fell
    ousted overthrew captured seized deployed shot struck crashed sued filed ruled
    """
)

# --- compiled patterns ------------------------------------------------------

_VERBS_TREE = _trie(_VERBS)
_DOC_NOUNS_TREE = _trie(_DOC_NOUNS)
_EVIDENCE_VERBS_TREE = _trie(_EVIDENCE_VERBS)
_DATA_WORDS_TREE = _trie(_DATA_WORDS)
_MONTHS_TREE = _trie(_MONTHS)

_WORD = r"[\w’'.\-]+"
# Starts only at a word start: the engine would otherwise retry inside words.
_NP = rf"(?<![\w’'.\-])(?:{_WORD}\s+){{0,6}}?{_WORD}"
_SUBJECT_CUE = re.compile(
    rf"(?P<src>{_NP})\s+{_AUX}(?P<cue>{_VERBS_TREE})\b(?!\s+(?:above|earlier|below|previously|to)\b)"
)
_ACCORDING = re.compile(
    r"(?i:\baccording\s+to)\s+(?P<src>(?:[^,;:.()\"“”«»„#]|\.(?=\S)|\.(?=\s+[a-z]))+)"
)
_PASSIVE_VERBS = (
    "announced|stated|said|confirmed|reported|declared|noted|quoted|cited|denied|"
    "revealed|disclosed|released|issued|published|indicated|shown|suggested|evidenced|"
    "documented|recorded|estimated|claimed|alleged"
)
_PASSIVE = re.compile(
    rf"\b(?P<cue>(?:{_trie(_PASSIVE_VERBS)}))\s+by\s+"
    r"(?P<src>(?:[^,;:.()\"“”«»„#]|\.(?=\S)|\.(?=\s+[a-z]))+)"
)
_CITING = re.compile(r"\b(?P<cue>citing|quoting)\s+(?P<src>(?:[^,;:.()\"“”«»„#]|\.(?=\S))+)")
_DOC_PHRASE = re.compile(
    rf"(?P<cue>(?i:\b(?:in|through|via|with)\s+)?(?i:an?|the|its|his|her|their)\s+{_DOC_ADJ}"
    rf"(?:{_DOC_NOUNS_TREE})(?:\s+(?:sent|addressed|issued|released|published|posted|"
    rf"dated|signed))?\s+(?P<prep>to|from|by|on|of|announcing|stating|saying)\b)"
    rf"(?P<rest>(?:[^,;:.()\"“”«»„#]|\.(?=\S))*)"
)
_ISSUED_VERBS = "issued|released|published|sent|posted|circulated"
_ISSUED_DOC = re.compile(
    rf"(?P<src>{_NP})\s+{_AUX}(?:{_trie(_ISSUED_VERBS)})\s+"
    rf"(?P<cue>(?i:an?|the)\s+{_DOC_ADJ}(?:{_DOC_NOUNS_TREE}))\b"
)
_EVIDENCE_SHOWS = re.compile(
    rf"(?P<src>(?:[\w’'\-]+\s+){{0,3}}(?i:{_trie(_EVIDENCE, ignore_case=True)})"
    rf"(?:\s+(?:from|by|of)\s+(?:[\w’'\-]+\s+){{0,3}}?[\w’'\-]+)?)"
    rf"\s+(?P<cue>{_EVIDENCE_VERBS_TREE})\b"
)
_HAS_VERB = re.compile(rf"\b(?:{_VERBS_TREE})\b")
# "A diplomat, who asked not to be named, said": the clause is blanked (same
# length, offsets kept) so that the subject meets its verb, and the span left,
# "A diplomat", reads as anonymous.
_ANONYMITY_CLAUSE = re.compile(
    r"(?:anonymity|to\s+be\s+(?:named|identified))"
    r"(?:\s+(?:because|as|since)\b[^,.;:\x1e]{0,80}(?=,))?\s*,?(?=\s)"
)
# What comes before those words, read backwards from them.
_ANONYMITY_HEAD = re.compile(
    r"(?:(?:who|which)\s+(?:asked|requested|spoke|declined|agreed\s+to\s+speak)"
    r"(?:\s+not)?(?:\s+on\s+(?:the\s+)?condition\s+of)?"
    r"|speaking\s+on\s+(?:the\s+)?condition\s+of|under\s+(?:the\s+)?condition\s+of)\s+$"
)
_ANONYMITY_HEAD_CHARS = 60
_HAS_ISSUED = re.compile(rf"\b(?:{_trie(_ISSUED_VERBS)})\b")
_HAS_EVIDENCE_VERB = re.compile(rf"\b(?:{_EVIDENCE_VERBS_TREE})\b")
_LEADING_BREAK = re.compile(rf"^.*\b(?i:{_trie(_BREAKERS, ignore_case=True)})\s+")
_TRAILING_BREAK = re.compile(
    r"\s+(?i:that|who|which|on|in|at|as|before|after|when|while|for|to|with|from|during|since|"
    r"because|over|about|into|and\s+(?:said|added|told))\b.*$"
)
_LONE_BREAKER = re.compile(rf"(?i:{_BREAKERS}|been|be|being|was|were|is|are|had|has|have)")
_EDGE_JUNK = re.compile(r"^[\s'\-]+|[\s'\-]+$")
_TAIL_DATA = re.compile(rf",\s+an?\s+(?:[\w\-]+\s+){{0,2}}(?:{_DATA_WORDS_TREE})\b")

_IS_PRONOUN = re.compile(rf"^{_PRONOUNS}$")
_IS_ANONYMOUS = re.compile(
    rf"\b(?i:{_trie(_ANONYMOUS, ignore_case=True)})\b(?:\s+[a-z][\w’'\-]*)*$"
)
_IS_ORG = re.compile(
    rf"\b(?:{_trie(_ORG_WORDS)})\b|\b[A-Z]{{2,}}\b|\b[A-Za-z]+\d\w*|\.(?:com|org|net)\b"
)
# Data sets and trackers a reader can open and check (names, not words).
_DATA_NAMES = (
    r"Flightradar24|FlightAware|ADS-B\s+Exchange|MarineTraffic|VesselFinder|ACLED|Statista|"
    r"Our\s+World\s+in\s+Data|Google\s+Trends|Worldometers?|Similarweb|Crunchbase|"
    r"PredictIt|RealClearPolitics|FiveThirtyEight|Sentinel-2|Planet\s+Labs|Maxar"
)
_IS_DATA = re.compile(rf"\b(?:{_DATA_WORDS_TREE})\b|\b(?:{_DATA_NAMES})\b")
_HAS_CAPITAL = re.compile(r"(?:^|\s)[A-Z]")
_ONLY_DETERMINER = re.compile(
    r"^(?i:the|a|an|this|that|these|those|its|his|her|their|our|one|some|it's|there|here)?$"
)

_HAS_NUMBER = re.compile(r"\d")
_HAS_DATE = re.compile(rf"\b(?:{_trie(f'{_MONTHS}|{_WEEKDAYS}|yesterday|today|tonight')})\b")
_HAS_NAME = re.compile(r"[^\s\"(]\s+[\"(]?[A-Z][\w’'\-]+|\b[A-Z]{2,}\b")
_HAS_EVENT = re.compile(rf"\b(?:{_trie(_EVENT_VERBS)})\b")

# --- fast paths ---------------------------------------------------------------
#
# Most sentences hold no cue word, and Python's ``re`` tries every word of a
# lexicon at every character.  pyarrow's RE2 finds the sentences that *may*
# match a pattern in one pass; the Python pattern then decides on those only,
# so results are exactly those of running it on every sentence.  A prefilter
# must match wherever its pattern can: RE2's \b is ASCII-only, and a character
# that is not a Unicode word character is not an ASCII one either, so a word
# with ASCII letters at its edges keeps its \b; other edges go without.  Case-
# insensitive prefilters also pass the letters Python's IGNORECASE folds onto
# ASCII and RE2 does not (İ and ı for i; ſ and the Kelvin sign for safety).
_FOLDED_TO_ASCII = "İıſ\u212a"


def _re2_any(words: str, *, ignore_case: bool = False) -> str:
    """An RE2 pattern that matches every text in which Python's ``\\b(?:words)\\b`` does."""
    parts = []
    for word in words.split("|"):
        head = r"\b" if re.match(r"[A-Za-z0-9_]", word) else ""
        tail = r"\b" if re.search(r"[A-Za-z0-9_]$", word) else ""
        parts.append(head + re.escape(word) + tail)
    pattern = "|".join(parts)
    return f"(?i:{pattern})|[{_FOLDED_TO_ASCII}]" if ignore_case else pattern


_MAY_ACCORDING = _re2_any("according", ignore_case=True)
_MAY_ISSUED = _re2_any(_ISSUED_VERBS)
# ``\W+`` stands for Python's ``\s+``: Unicode spaces are ASCII non-word characters.
_MAY_PASSIVE = rf"\b(?:{_PASSIVE_VERBS})\W+by\b"
_MAY_DOC = _re2_any(_DOC_NOUNS)
_MAY_EVIDENCE = _re2_any(_EVIDENCE_VERBS)
_MAY_VERB = _re2_any(_VERBS)
_MAY_CITING = _re2_any("citing|quoting")
# "according to" before a quote has no \b in front of it.
_MAY_BEFORE_QUOTE = f"{_MAY_VERB}|(?i:according)|[{_FOLDED_TO_ASCII}]"
# Every alternative of _ORIGINAL_TRIGGER holds one of these words.
_MAY_ORIGINAL = f"(?i:translat|published|appeared|reprinted)|[{_FOLDED_TO_ASCII}]"
_MAY_PHOTO = f"(?i:photo|image|picture|video)|©|[{_FOLDED_TO_ASCII}]"
# ``\W`` stands for Python's ``\s``, as in _MAY_PASSIVE.
_MAY_SOURCES = (
    rf"^\W*(?i:source|with|additional|reporting|compiled|via|credit|wire)|[{_FOLDED_TO_ASCII}]"
)
_MAY_AGENCY = (
    r"^[\t-\r\x1c-\x20\x{80}-\x{10FFFF}]*(?:[A-Z][\w .,'\-\x{80}-\x{10FFFF}]{0,40}"
    r"[\t-\r\x1c-\x20\x{80}-\x{10FFFF}]*)?\([^)]*\)\W*[-–—]"
)
_MAY_BYLINE = r"(?i:by|author)"
_MAY_DATE = _re2_any(f"{_MONTHS}|{_WEEKDAYS}|yesterday|today|tonight")
_MAY_EVENT = _re2_any(_EVENT_VERBS)

# Prefilters that follow a pattern's shape, not just its cue word: most
# sentences with "said" have ", said" or "said to", which the subject-before-
# cue patterns reject only after trying every word to the end.  Every non-
# ASCII character counts as possibly a space and possibly a word character
# (Python's classes are Unicode-wide, RE2's ASCII-only), so each prefilter
# still matches wherever its Python pattern can.
_RE2_SPACES = r"[\t-\r\x1c-\x20\x{80}-\x{10FFFF}]+"
_RE2_RUN_END = r"[\w'.\-\x{80}-\x{10FFFF}]"
_RE2_AUX = rf"(?:(?:{_AUXILIARIES}){_RE2_SPACES})*"
_RE2_DOC_ADJ = rf"(?:(?:{_DOC_ADJECTIVES}){_RE2_SPACES})*"
_MAY_SUBJECT_CUE = rf"{_RE2_RUN_END}{_RE2_SPACES}{_RE2_AUX}(?:{_VERBS})\b"
_MAY_ISSUED_DOC = (
    rf"{_RE2_RUN_END}{_RE2_SPACES}{_RE2_AUX}(?:{_ISSUED_VERBS}){_RE2_SPACES}"
    rf"(?i:an?|the){_RE2_SPACES}{_RE2_DOC_ADJ}(?:{_re2_any(_DOC_NOUNS)})"
)
_MAY_DOC_PHRASE = (
    rf"(?i:an?|the|its|his|her|their){_RE2_SPACES}{_RE2_DOC_ADJ}(?:{_DOC_NOUNS})"
    rf"(?:{_RE2_SPACES}(?:sent|addressed|issued|released|published|posted|dated|signed))?"
    rf"{_RE2_SPACES}(?:to|from|by|on|of|announcing|stating|saying)\b|[{_FOLDED_TO_ASCII}]"
)
_MAY_EVIDENCE_SHOWS = (
    rf"(?i:{_EVIDENCE})(?:{_RE2_SPACES}(?:from|by|of){_RE2_SPACES}"
    rf"(?:{_RE2_RUN_END}+{_RE2_SPACES}){{0,3}}{_RE2_RUN_END}+)?"
    rf"{_RE2_SPACES}(?:{_EVIDENCE_VERBS})\b|[{_FOLDED_TO_ASCII}]"
)

# Claim tests in RE2 (see _claim_bearing).  Python's ``$`` also matches
# before a final newline; its ``\s`` is exactly these characters (tested).
_PY_SPACE = (
    r"\t-\r\x1c-\x20\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}"
)
_RE2_QUESTION = r"\?[\"')\]]*\n?$"
_RE2_HEADING = r"[.!…:;,][\"')\]]*\n?$"
# 15 or more runs of non-space characters.
_RE2_LONG = rf"^[{_PY_SPACE}]*(?:[^{_PY_SPACE}]+[{_PY_SPACE}]+){{14}}[^{_PY_SPACE}]"
# Where these match, the Python fact patterns match too (ASCII neighbours
# only, so RE2's ASCII \b and \w agree with Python's) ...
_RE2_EDGE = r"[^\w\x{80}-\x{10FFFF}]"
_RE2_FACT = "|".join(
    (
        r"[0-9]",
        rf"[^{_PY_SPACE}\"(][{_PY_SPACE}]+[\"(]?[A-Z][\w’'\-]",
        rf"(?:^|{_RE2_EDGE})[A-Z]{{2,}}(?:$|{_RE2_EDGE})",
        rf"(?:^|{_RE2_EDGE})(?:{_MONTHS}|{_WEEKDAYS}|yesterday|today|tonight)(?:$|{_RE2_EDGE})",
        rf"(?:^|{_RE2_EDGE})(?:{_EVENT_VERBS})(?:$|{_RE2_EDGE})",
    )
)
# ... and where these do not, the Python fact pattern cannot (cheapest first).
_FACT_TESTS = (
    (_HAS_NUMBER, r"[0-9]|[^\x00-\x7f]"),
    (_HAS_DATE, _MAY_DATE),
    (_HAS_EVENT, _MAY_EVENT),
    (
        _HAS_NAME,
        rf"[^{_PY_SPACE}\"(][{_PY_SPACE}]+[\"(]?[A-Z][\w'\-\x{{80}}-\x{{10FFFF}}]"
        r"|(?:^|\W)[A-Z]{2}",
    ),
)


def _may_match(texts: pa.Array, pattern: str) -> np.ndarray:
    return pc.match_substring_regex(texts, pattern).fill_null(False).to_numpy(zero_copy_only=False)


def _arrow_strings(texts: pd.Series) -> pa.Array:
    """The strings of a Series as an Arrow array (no copy when Arrow-backed)."""
    arrow = pa.array(texts, from_pandas=True)
    if isinstance(arrow, pa.ChunkedArray):
        arrow = arrow.combine_chunks()
    if not (pa.types.is_string(arrow.type) or pa.types.is_large_string(arrow.type)):
        arrow = pa.array(texts.astype(object).where(texts.notna(), None), type=pa.string())
    return arrow


def _take(arrow: pa.Array, rows: np.ndarray) -> pa.Array:
    return arrow.take(pa.array(rows, type=pa.int64()))


class _Near(NamedTuple):
    """Where a subject-before-cue pattern can start: see :func:`_search_near`.

    Every match of ``pattern`` ends its subject right before a place where
    ``cue`` matches; the subject is at most ``n_runs`` runs of a character
    class (whole or, at its start, partial) plus any number of runs that are
    words to skip (a chain of auxiliaries or adjectives), separated by
    whitespace only.  ``window`` and ``stop`` read the text before the first
    cue backwards: ``window`` matches its last ``n_runs`` counted runs, and
    ``stop`` finds the nearest character that is neither a run character nor
    whitespace (which no subject crosses).
    """

    pattern: re.Pattern
    cue: re.Pattern
    window: re.Pattern
    stop: re.Pattern


def _near(pattern: re.Pattern, cue: re.Pattern, run: str, n_runs: int, skip: str) -> _Near:
    """A :class:`_Near` for runs of the character class body ``run`` (``r"\\w'"``)."""
    return _Near(pattern, cue, *_backward_window(run, n_runs, skip))


def _backward_window(run: str, n_runs: int, skip: str) -> tuple[re.Pattern, re.Pattern]:
    """Patterns over reversed text: ``n_runs`` runs not counting ``skip`` words; a stop.

    Possessive quantifiers: a run is taken whole, and a skipped word only
    when it is the whole run, exactly as iterating over runs would.
    """
    skipped = "|".join(sorted(re.escape(word[::-1]) for word in skip.split("|"))) or "(?!)"
    window = rf"(?:[^{run}]*+(?:(?:{skipped})(?![{run}])[^{run}]*+)*+[{run}]++){{{n_runs}}}"
    return re.compile(window), re.compile(rf"[^\s{run}]")


_NP_RUN = r"\w’'.\-"
_SUBJECT_CUE_NEAR = _near(_SUBJECT_CUE, _HAS_VERB, _NP_RUN, 7, _AUXILIARIES)
_ISSUED_DOC_NEAR = _near(_ISSUED_DOC, _HAS_ISSUED, _NP_RUN, 7, _AUXILIARIES)
_EVIDENCE_SHOWS_NEAR = _near(_EVIDENCE_SHOWS, _HAS_EVIDENCE_VERB, r"\w’'\-", 9, "")
# The document noun is a whole space-delimited run; before it come adjectives,
# then the determiner and an optional preposition, each inside one run.
_DOC_PHRASE_NEAR = _near(
    _DOC_PHRASE,
    re.compile(rf"(?<!\S)(?:{_DOC_NOUNS_TREE})(?=\s)"),
    r"\S",
    2,
    _DOC_ADJECTIVES,
)


def _search_near(near: _Near, text: str) -> re.Match | None:
    """``near.pattern.search(text)``, started where its earliest match can start.

    The search runs from the start of the ``n_runs``-th run (not counting
    skipped words) before the first ``cue`` match, or from after the nearest
    character before it that no subject crosses, whichever is later.  No
    match can start earlier: a match ending at a later cue word spans the
    first cue's run, so it has that run among its counted runs or after them,
    and it holds only runs and whitespace up to it.  Lookbehinds still see
    the text before the start, so the match is the one ``search`` finds.
    """
    first = near.cue.search(text)
    if first is None:
        return None
    end = first.start()
    before = text[end - 1 :: -1] if end else ""
    window = near.window.match(before)
    start = end - window.end() if window else 0
    stop = near.stop.search(before)
    if stop is not None:
        start = max(start, end - stop.start())
    return near.pattern.search(text, start)


# Direct quotes on quote-normalised text.  Marks are paired by a small scanner
# (:func:`_pair_marks`) rather than one regular expression, because real text
# breaks every simple pairing rule: a quote running over several paragraphs
# repeats its opening mark and omits the closing one, marks stand detached
# (`` " Trust but verify"``, ``everyone. " I``), typos double them (``""As``),
# and one stray mark must not shift every later pair.
# A character class, then a run: several times faster to scan than '"+|\x1e'.
_MARK = re.compile('["\x1e]"*')
# A mark after one of these (or at a segment start) opens a quote.
_OPENS_AFTER = frozenset(" \t\n\r\f\v\u00a0\u2009\u202f([{—–-/:\x1e")
_SENTENCE_END = re.compile(r"[.!?…][’'\)\]]?\s*$")
# An embedded post: its text, then "— Name (@handle) September 22, 2016"
# (Twitter) or "A photo posted by Name (@handle) on Sep 19, 2016" (Instagram).
_EMBED_HANDLE = re.compile(
    r"\(@\w{1,30}\)\s*(?:on\s+(?:Twitter\s*)?)?"
    rf"(?:(?:{_MONTHS_TREE})\.?\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTHS_TREE})\s+\d{{4}})"
)
# The author's name before the handle, searched only in the few characters
# before a handle (a dash or "A photo posted by" is too common to scan for).
_EMBED_AUTHOR = re.compile(
    r"(?:(?<!\S)[—–-]|\bA\s+(?:photo|video)\s+posted\s+by)\s*"
    r"(?P<name>[^\s—–()@\x1e](?:[^—–()@\x1e]{0,60}?[^\s—–(@\x1e])?|\(\(\([^)\x1e]{1,40}\)\)\))"
    r"\s*$"
)
_EMBED_AUTHOR_CHARS = 90
# Where an embedded post's text starts at the latest: after a colon that is
# not followed by a link, a run of blank space (an empty paragraph), or the
# previous post's signature.
_EMBED_START = re.compile(r":\s+(?!https?:|pic\.)|\s{2,}|\x1e")
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+")
# A post held at most 140 characters in 2016 (280 later), links aside.
_EMBED_MAX_CHARS = 280
# Two and four words of ``[\w’']+`` (counting them all would build lists).
_TWO_WORDS = re.compile(r"[\w’']++[^\w’']++[\w’']")
_FOUR_WORDS = re.compile(r"(?:[\w’']++[^\w’']++){3}[\w’']")
_LOWER_WORD = re.compile(r"(?<![\w’'\-])[a-z]")
_AFTER_QUOTE = re.compile(
    rf"^[\s,]*(?:(?P<cue1>{_trie(_INVERTED_VERBS)})\s+(?P<src1>{_NP})(?=[\s,.;:]|$)"
    rf"|(?P<src2>{_NP})\s+{_AUX}(?P<cue2>{_VERBS_TREE})\b)"
)
_BEFORE_QUOTE = re.compile(
    rf"(?:(?P<src1>{_NP})\s+{_AUX}(?P<cue1>{_VERBS_TREE})(?:\s+[\w’'\-]+){{0,4}}"
    rf"|(?P<cue2>(?i:according\s+to))\s+(?P<src2>{_NP}))\s*[:,]?\s*$"
)

# Credits: whole-line patterns over metadata and content segments.
_CREDIT_SOURCES = re.compile(
    r"^\s*(?i:sources?|with\s+(?:additional\s+)?reporting\s+(?:by|from)|additional\s+reporting\s+"
    r"by|reporting\s+by|compiled\s+from|via|credits?|wire\s+services?)\s*[:\-–—]?\s*"
    r"(?P<credit>[A-Z].{1,150}?)\s*\.?\s*$"
)
_CREDIT_AGENCY = re.compile(
    r"^\s*(?:[A-Z][\w .,’'\-]{0,40}?\s*)?\((?P<credit>Reuters|AP|AFP|Anadolu(?:\s+Agency)?|"
    r"Bloomberg|CNN|UPI|dpa|DPA|EFE|Xinhua|TASS|ANSA|PTI|IANS|Kyodo|Yonhap|[A-Z]{2,6})\)\s*[-–—]"
)
_ORIGINAL_TRIGGER = (
    r"(?i:translation\s+of\s+an?\s+(?:original\s+)?article|translated\s+from|originally\s+"
    r"(?:published|appeared)|first\s+(?:published|appeared)|republished|reprinted|this\s+"
    r"(?:article|story)\s+(?:was\s+)?(?:originally\s+)?(?:published|appeared))"
)
# The original publisher: a domain anywhere after the trigger wins ("... in
# French on lemonde.fr"), else a capitalised name after by/from/on/at/in.
_CREDIT_ORIGINAL = re.compile(
    rf"{_ORIGINAL_TRIGGER}(?:[^;]*?\b(?P<domain>[\w\-]+(?:\.[\w\-]+)*\.[a-z]{{2,6}})\b"
    rf"|[^.;]*?\b(?i:by|from|on|at|in)\s+(?P<credit>(?:The\s+)?[A-Z][\w’'\-]*"
    rf"(?:\s+[A-Z][\w’'\-]*){{0,4}}))"
)
_CREDIT_PHOTO = re.compile(
    r"(?i:\b(?:photo|photograph|image|picture|video)s?\s*(?:by|:|credit\s*:?|courtesy\s+of|©)|"
    r"^\s*images?\s+|©)\s*(?P<credit>[A-Z][\w.&’'\- ]{1,60}?)\s*\.?\s*$"
)
_CREDIT_BYLINE = re.compile(
    r"(?:^|\|)\s*(?i:by|written\s+by|author\s*:)\s+(?P<credit>[A-Z][\w’'\-]+(?:\s+(?:[A-Z][\w’'\-.]+"
    r"|de|da|van|von|al|bin|and))+)\s*(?:$|\||,)"
)
_NAME_ONLY = re.compile(r"^\s*(?P<credit>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})\s*$")
_OUTLETS = re.compile(
    r"\b(?:Le\s+Monde|Reuters|Associated\s+Press|AP|AFP|Agence\s+France|Anadolu|BBC|CNN|"
    r"Al\s+Jazeera|New\s+York\s+Times|Washington\s+Post|Guardian|Bloomberg|Xinhua|TASS|"
    r"Deutsche\s+Welle|DW|France\s+24|RFI|Jeune\s+Afrique)\b"
)


# --- quotes -----------------------------------------------------------------


def _content_frame(
    sentences: pd.DataFrame, segments: pd.DataFrame
) -> tuple[str, str, pd.DataFrame]:
    """Join the content segments sentences were cut from; global offsets per segment."""
    content = segments.loc[segments["label"] == "content", [ARTICLE_ID, "seg_no", TEXT]]
    # The segments some sentence was cut from (an inner merge on the pair).
    row_of = _sentence_rows(sentences[ARTICLE_ID].to_numpy(), sentences["seg_no"].to_numpy())
    content = content[row_of(content[ARTICLE_ID].to_numpy(), content["seg_no"].to_numpy()) >= 0]
    rank = pd.factorize(content[ARTICLE_ID])[0]
    content = content.iloc[np.lexsort((content["seg_no"].to_numpy(), rank))]
    texts = content[TEXT].fillna("").astype(str).str.replace("\x1e", " ", regex=False)
    lengths = texts.str.len().to_numpy(dtype=np.int64)
    starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1])) if len(texts) else lengths
    original = "\x1e".join(texts.tolist()) + "\x1e"
    joined = normalise_quotes(original)
    frame = pd.DataFrame(
        {
            ARTICLE_ID: content[ARTICLE_ID].to_numpy(),
            "seg_no": content["seg_no"].to_numpy(),
            "seg_start": starts,
        }
    )
    return joined, original, frame


def _clean_source(spans: pd.Series, *, trim_leading: bool) -> pd.Series:
    # A plain loop: pandas runs compiled Python patterns element by element
    # anyway, with a conversion to objects and back around each call.
    out = []
    for span in spans.tolist():
        if not isinstance(span, str):
            out.append(None)
            continue
        if trim_leading:
            span = _LEADING_BREAK.sub("", span)
        span = _EDGE_JUNK.sub("", _TRAILING_BREAK.sub("", span))
        lone = _ONLY_DETERMINER.fullmatch(span) or _LONE_BREAKER.fullmatch(span)
        out.append(None if lone else span)
    return pd.Series(out, index=spans.index, dtype="string")


def _speakers_around(joined: str, quotes: pd.DataFrame, sent_bounds: pd.DataFrame):
    """Speaker and cue from the text right after or right before each quote."""
    q_start = quotes["g_start"].to_numpy()
    q_end = quotes["g_end"].to_numpy()
    s_start = sent_bounds["first_start"].to_numpy()
    s_end = sent_bounds["last_end"].to_numpy()
    # After: from the closing mark to the end of the sentence or the next quote.
    next_open = np.append(q_start[1:] - 1, np.iinfo(np.int64).max)
    after_end = np.minimum(np.minimum(s_end, next_open), q_end + 1 + 120)
    prev_close = np.insert(q_end[:-1] + 1, 0, 0)
    before_start = np.maximum(np.maximum(s_start, prev_close), q_start - 1 - 160)
    after = [joined[a:b] for a, b in zip(q_end + 1, after_end, strict=True)]
    before = [joined[a:b] for a, b in zip(before_start, q_start - 1, strict=True)]
    found_after = _search_rows(after, np.arange(len(after)), _AFTER_QUOTE)
    rows = np.flatnonzero(_may_match(pa.array(before, type=pa.string()), _MAY_BEFORE_QUOTE))
    found_before = _search_rows(before, rows, _BEFORE_QUOTE, _search_before_quote)
    found_before = found_before.set_axis(rows)
    found_before = found_before.reindex(range(len(before)))
    after_src = _clean_source(
        found_after["src1"].fillna(found_after["src2"]), trim_leading=True
    ).to_numpy()
    after_cue = found_after["cue1"].fillna(found_after["cue2"]).to_numpy()
    before_src = _clean_source(
        found_before["src1"].fillna(found_before["src2"]), trim_leading=True
    ).to_numpy()
    before_cue = found_before["cue1"].fillna(found_before["cue2"]).to_numpy()
    use_after = pd.notna(after_src)
    speaker = np.where(use_after, after_src, before_src)
    cue = np.where(use_after, after_cue, np.where(pd.notna(before_src), before_cue, None))
    return speaker, cue


# A match of _BEFORE_QUOTE ends the text and, before its final "," or ":",
# holds only runs and whitespace: a subject (7 runs at most), the cue and 4
# more words, or "according to" and a subject, plus any auxiliaries.
_BEFORE_QUOTE_WINDOW, _BEFORE_QUOTE_STOP = _backward_window(_NP_RUN, 12, _AUXILIARIES)
_BEFORE_QUOTE_TAIL = re.compile(r"\s*[:,]?\s*")


def _search_before_quote(text: str) -> re.Match | None:
    """``_BEFORE_QUOTE.search(text)``, started where its earliest match can start."""
    backwards = text[::-1]
    tail = _BEFORE_QUOTE_TAIL.match(backwards).end()
    window = _BEFORE_QUOTE_WINDOW.match(backwards, tail)
    start = len(text) - window.end() if window else 0
    stop = _BEFORE_QUOTE_STOP.search(backwards, tail)
    if stop is not None:
        start = max(start, len(text) - stop.start())
    return _BEFORE_QUOTE.search(text, start)


def _pair_marks(joined: str, article_ends: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Interior ``(start, end)`` of every direct quote in quote-normalised text.

    Outside a quote, a mark at a word start (after a space, a bracket, a dash
    or a colon) opens one; a mark glued to a word on its left closes it.
    Inside a quote, a closing or detached mark closes it; an opening mark
    right after a sentence end is the repeated mark of a new paragraph of the
    same quote, and anywhere else it means the earlier mark was stray.  A
    quote left open at a segment end is kept only when the next segment
    opens with a mark (the next paragraph of the same quote) and belongs to
    the same article: ``article_ends`` holds the positions of the separators
    that end an article, so an article's quotes never depend on its
    neighbours in the corpus.
    """
    spans: list[tuple[int, int]] = []
    open_at = -1
    length = len(joined)
    for mark in _MARK.finditer(joined):
        a, b = mark.span()
        if joined[a] == "\x1e":
            if (
                open_at >= 0
                and a not in article_ends
                and joined[a + 1 : a + 9].lstrip().startswith('"')
            ):
                spans.append((open_at, a))
            open_at = -1
            if b == a + 1:
                continue
            a += 1  # a mark opening the next segment
        before = joined[a - 1] if a else "\x1e"
        after = joined[b] if b < length else "\x1e"
        opens = before in _OPENS_AFTER
        detached = opens and (after.isspace() or after == "\x1e")
        if open_at < 0:
            if opens:
                open_at = b
        elif detached or not opens:
            if not opens and (after.isalnum() or after == "_"):
                continue  # glued on both sides ("Trump"s"): a typo, not a mark
            spans.append((open_at, a))
            open_at = -1
        elif _SENTENCE_END.search(joined, max(open_at, a - 4), a):
            continue  # the next paragraph of the same quote
        else:
            open_at = b
    out = []
    for a, b in spans:
        interior = joined[a:b]
        lead = len(interior) - len(interior.lstrip())
        trail = len(interior) - len(interior.rstrip())
        if b - trail > a + lead:
            out.append((a + lead, b - trail))
    return out


def _post_chars(joined: str, start: int, end: int) -> int:
    return end - start - sum(len(m.group()) for m in _LINK.finditer(joined, start, end))


def _embed_spans(joined: str, sentence_starts: np.ndarray) -> list[tuple[int, int, str]]:
    """Embedded posts: ``(start, end, author)`` of the text before each signature.

    The text starts after the last colon, blank run or earlier signature
    within reach (a post's length, links not counted), else at the first
    sentence start within reach.
    """
    found = []
    floor = 0
    for handle in _EMBED_HANDLE.finditer(joined):
        match = _EMBED_AUTHOR.search(
            joined, max(floor, handle.start() - _EMBED_AUTHOR_CHARS), handle.start()
        )
        if match is None:
            continue
        end = match.start()
        look = max(floor, end - 4 * _EMBED_MAX_CHARS)
        links = sum(len(m.group()) for m in _LINK.finditer(joined, look, end))
        reach = max(floor, end - _EMBED_MAX_CHARS - links)
        floor_before, floor = floor, handle.end()
        window = joined[reach:end].rstrip()
        starts = [m.end() for m in _EMBED_START.finditer(window)]
        if starts:
            start = reach + starts[-1]
        elif reach == floor_before:
            start = reach
        else:
            # The sentence holding the post's end, and the one before while
            # the text (links aside) is shorter than a typical post.
            i = np.searchsorted(sentence_starts, end - 1, side="right") - 1
            start = int(sentence_starts[i]) if i >= 0 else reach
            while (
                i > 0 and sentence_starts[i - 1] >= reach and _post_chars(joined, start, end) < 60
            ):
                i -= 1
                start = int(sentence_starts[i])
            if start < reach:
                start = joined.find(" ", reach, end) + 1 or reach
        text = joined[start:end]
        lead = len(text) - len(text.lstrip())
        trail = len(text) - len(text.rstrip())
        if end - trail > start + lead:
            found.append((start + lead, end - trail, match.group("name").strip()))
    return found


def find_quotes(sentences: pd.DataFrame, segments: pd.DataFrame) -> pd.DataFrame:
    """Direct quotations in the content segments, with speaker and cue where written.

    A quote is text between an opening double mark at the start of a word
    (straight, curly, low or guillemet) and the closing mark that ends it
    (see :func:`_pair_marks`): a quote running over several paragraphs,
    whose opening mark is repeated at each paragraph and whose closing mark
    is omitted, is one quote; detached (``" Trust but verify"``) and doubled
    (``""As``) marks are read as the marks they stand for; a stray mark is
    left alone and never shifts the later pairs.  The text of an embedded
    post before its signature ("— Howard Dean (@GovHowardDean) September 27,
    2016", "A photo posted by … (@…) on …") is a quote of its author (cue
    ``posted``).  Quotes of fewer than two words and quotes of at most three
    words none of them lower-case (names and titles in quotes, such as
    “EUCAP Sahel Niger”) are not speech and are skipped.  The speaker is read
    from the words after the quote (``," he said``, ``," said Smith``, ``" the
    official quoted above said``) or before it (``Smith told reporters: "``);
    :func:`attribute` later fills missing speakers from the neighbouring
    sentences.

    Parameters
    ----------
    sentences : pandas.DataFrame
        As returned by :func:`scorer.text.split_sentences`.
    segments : pandas.DataFrame
        Segments (:data:`scorer.schema.SEGMENT_COLUMNS`).

    Returns
    -------
    pandas.DataFrame
        :data:`scorer.schema.QUOTE_COLUMNS` plus ``seg_no``, ``start``,
        ``end`` (offsets of the quoted words within the segment text);
        ``speaker`` and ``cue`` are NA when not found.

    Examples
    --------
    >>> from scorer.text import split_sentences
    >>> segments = pd.DataFrame({"article_id": ["a"], "seg_no": [0], "label": ["content"],
    ...     "text": ["“We need to go,” the official said. Then he left."]})
    >>> find_quotes(split_sentences(segments), segments)[["quote", "speaker", "cue"]]
               quote       speaker   cue
    0  We need to go,  the official  said
    """
    if sentences.empty:
        return _empty_quotes(sentences)
    return _find_quotes(sentences, _content_frame(sentences, segments))


def _find_quotes(sentences: pd.DataFrame, content: tuple[str, str, pd.DataFrame]) -> pd.DataFrame:
    joined, original, frame = content
    ids = frame[ARTICLE_ID].to_numpy()
    changes = np.flatnonzero(ids[1:] != ids[:-1]) + 1
    article_ends = frozenset((frame["seg_start"].to_numpy()[changes] - 1).tolist())
    matches = _pair_marks(joined, article_ends)
    located = _locate(sentences, frame)
    embeds = _embed_spans(joined, located["g_start"].to_numpy()) if "(@" in joined else []
    if embeds:
        # A quote inside an embedded post is part of the post.
        bounds = np.asarray([(a, b) for a, b, _ in embeds], dtype=np.int64)
        first = np.searchsorted(bounds[:, 1], [a for a, _ in matches], side="left")
        matches = [
            (a, b)
            for (a, b), i in zip(matches, first, strict=True)
            if i >= len(bounds) or b <= bounds[i, 0]
        ]
        matches = sorted(matches + [(a, b) for a, b, _ in embeds])
    if not matches:
        return _empty_quotes(sentences)
    spans = np.asarray(matches, dtype=np.int64).reshape(-1, 2)
    seg_index = np.searchsorted(frame["seg_start"].to_numpy(), spans[:, 0], side="right") - 1
    quotes = pd.DataFrame(
        {
            ARTICLE_ID: frame[ARTICLE_ID].to_numpy()[seg_index],
            "seg_no": frame["seg_no"].to_numpy()[seg_index],
            "g_start": spans[:, 0],
            "g_end": spans[:, 1],
            "start": spans[:, 0] - frame["seg_start"].to_numpy()[seg_index],
            "end": spans[:, 1] - frame["seg_start"].to_numpy()[seg_index],
        }
    )
    texts = [original[a:b] for a, b in zip(spans[:, 0].tolist(), spans[:, 1].tolist(), strict=True)]
    quotes["quote"] = texts
    # Speech has two words or more; a quote of at most three words, none of
    # them lower-case, is a quoted name or title.
    keep = [
        _TWO_WORDS.search(text) is not None
        and (_LOWER_WORD.search(text) is not None or _FOUR_WORDS.search(text) is not None)
        for text in texts
    ]
    quotes = quotes[np.asarray(keep, dtype=bool)].reset_index(drop=True)
    if quotes.empty:
        return _empty_quotes(sentences)

    sent_index = _sentence_of(located, quotes)
    quotes["sentence_no"] = located["sentence_no"].to_numpy()[sent_index]
    # Sentences a quote spans (multi-sentence quotes end in a later sentence).
    end_index = _sentence_of(located, quotes.assign(g_start=quotes["g_end"] - 1))
    bounds = pd.DataFrame(
        {
            "first_start": located["g_start"].to_numpy()[sent_index],
            "last_end": located["g_end"].to_numpy()[end_index],
        }
    )
    quotes["last_sentence_no"] = located["sentence_no"].to_numpy()[end_index]
    # Speakers are read from the text as written (Niger’s, not Niger's).
    speaker, cue = _speakers_around(original, quotes, bounds)
    if embeds:
        # An embedded post's author is its speaker, whatever the text around says.
        authors = {a: name for a, _, name in embeds}
        author = quotes["g_start"].map(authors)
        is_embed = author.notna().to_numpy()
        speaker = np.where(is_embed, author.to_numpy(dtype=object), speaker)
        cue = np.where(is_embed, "posted", cue)
    quotes["speaker"] = pd.array(speaker, dtype="string")
    quotes["cue"] = pd.array(cue, dtype="string")
    quotes["quote_no"] = quotes.groupby(ARTICLE_ID, sort=False).cumcount().astype(np.int64)
    return quotes


def _locate(sentences: pd.DataFrame, frame: pd.DataFrame) -> pd.DataFrame:
    located = sentences[[ARTICLE_ID, "sentence_no", "seg_no", "start", "end"]].merge(
        frame, on=[ARTICLE_ID, "seg_no"], how="left", sort=False
    )
    located = located.assign(
        g_start=located["seg_start"] + located["start"], g_end=located["seg_start"] + located["end"]
    )
    return located.sort_values("g_start", kind="stable").reset_index(drop=True)


def _sentence_of(located: pd.DataFrame, quotes: pd.DataFrame) -> np.ndarray:
    index = np.searchsorted(located["g_start"].to_numpy(), quotes["g_start"].to_numpy(), "right")
    return np.clip(index - 1, 0, max(len(located) - 1, 0))


def _empty_quotes(sentences: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            ARTICLE_ID: pd.Series([], dtype=sentences[ARTICLE_ID].dtype),
            "quote_no": pd.Series([], dtype=np.int64),
            "sentence_no": pd.Series([], dtype=np.int64),
            "quote": pd.Series([], dtype=str),
            "speaker": pd.Series([], dtype="string"),
            "cue": pd.Series([], dtype="string"),
            "seg_no": pd.Series([], dtype=np.int64),
            "start": pd.Series([], dtype=np.int64),
            "end": pd.Series([], dtype=np.int64),
            "last_sentence_no": pd.Series([], dtype=np.int64),
        }
    )


# --- credits ----------------------------------------------------------------


def find_credits(segments: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Article-level credits: source lists, agency datelines, original publisher, byline, photo.

    Read from metadata and content segments ("Sources: Anadolu Agency and AP",
    "(Reuters) —", "Translation of an original article published in French on
    lemonde.fr", "Photo by Anadolu Images", "By Jane Doe", a metadata line that
    is just a name) and from the ``byline`` and ``publisher`` columns of
    ``articles``.  A metadata line naming a known outlet ("Le Monde") is an
    original-publisher credit, not a byline.

    Parameters
    ----------
    segments : pandas.DataFrame
        Segments (:data:`scorer.schema.SEGMENT_COLUMNS`).
    articles : pandas.DataFrame
        Articles (:data:`scorer.schema.ARTICLE_COLUMNS`); rows whose ``error``
        is set give no credits.

    Returns
    -------
    pandas.DataFrame
        One row per (article, kind, credit): ``article_id``, ``kind`` (a key
        of :data:`CREDIT_STRENGTHS`), ``credit`` (as written), ``strength``.
        Sorted by article order, then kind, then credit.

    Examples
    --------
    >>> segments = pd.DataFrame({"article_id": ["a", "a"], "seg_no": [0, 1],
    ...     "label": ["content", "metadata"],
    ...     "text": ["Niger cut ties.", "Sources: Anadolu Agency and AP"]})
    >>> articles = pd.DataFrame({"article_id": ["a"], "byline": [pd.NA], "publisher": [pd.NA]})
    >>> find_credits(segments, articles)
      article_id     kind                  credit  strength
    0          a  sources  Anadolu Agency and AP       0.6
    """
    ids = articles[ARTICLE_ID]
    if ERROR in articles.columns:
        ids = ids[articles[ERROR].isna().to_numpy()]
    usable = segments[
        segments[ARTICLE_ID].isin(ids) & segments["label"].isin(["content", "metadata"])
    ]
    text = usable[TEXT].fillna("").astype(str)
    short = text.str.len() <= 300
    is_meta = (usable["label"] == "metadata").to_numpy()
    is_byline_cat = (
        (usable["category"] == "byline").fillna(False).to_numpy(dtype=bool)
        if "category" in usable.columns
        else np.zeros(len(usable), dtype=bool)
    )
    arrow = _arrow_strings(text)
    short_rows = np.flatnonzero(short.to_numpy())
    short_arrow = _take(arrow, short_rows)

    def short_and(prefilter: str) -> np.ndarray:
        where = np.zeros(len(text), dtype=bool)
        where[short_rows[_may_match(short_arrow, prefilter)]] = True
        return where

    found = []
    for kind, pattern, where in (
        ("sources", _CREDIT_SOURCES, short_and(_MAY_SOURCES)),
        ("agency", _CREDIT_AGENCY, _may_match(arrow, _MAY_AGENCY)),
        ("original", _CREDIT_ORIGINAL, short_and(_MAY_ORIGINAL)),
        ("photo", _CREDIT_PHOTO, short_and(_MAY_PHOTO)),
        ("byline", _CREDIT_BYLINE, short_and(_MAY_BYLINE)),
    ):
        extracted = text[where].str.extract(pattern)
        credit = extracted["credit"]
        if "domain" in extracted.columns:
            credit = extracted["domain"].fillna(credit)
        found.append(_credit_rows(usable[ARTICLE_ID][where], credit, kind))
    # A metadata line that is only a name: an outlet is a publisher, else a byline.
    names = text[is_meta | is_byline_cat].str.extract(_NAME_ONLY)["credit"]
    outlet = names.str.contains(_OUTLETS, na=False)
    found.append(
        _credit_rows(usable[ARTICLE_ID][is_meta | is_byline_cat], names.where(outlet), "original")
    )
    found.append(
        _credit_rows(usable[ARTICLE_ID][is_meta | is_byline_cat], names.where(~outlet), "byline")
    )
    for column, kind in (("byline", "byline"), ("publisher", "original")):
        if column in articles.columns:
            value = articles[column].astype(object).where(articles[column].notna(), None)
            found.append(
                _credit_rows(
                    articles[ARTICLE_ID], pd.Series(value.to_numpy(), dtype="string"), kind
                )
            )
    credits = pd.concat(found, ignore_index=True)
    credits = credits[credits[ARTICLE_ID].isin(ids)]
    credits["credit"] = credits["credit"].str.strip().str.rstrip(".,;")
    credits = credits[credits["credit"].str.len() > 1]
    credits["strength"] = credits["kind"].map(CREDIT_STRENGTHS).astype(float)
    rank = pd.Series(np.arange(len(articles)), index=articles[ARTICLE_ID].to_numpy())
    credits = credits.assign(_rank=credits[ARTICLE_ID].map(rank).to_numpy())
    credits = credits.drop_duplicates([ARTICLE_ID, "kind", "credit"])
    credits = credits.sort_values(["_rank", "kind", "credit"], kind="stable")
    return credits.drop(columns="_rank").reset_index(drop=True)


def _credit_rows(article_ids: pd.Series, credit: pd.Series, kind: str) -> pd.DataFrame:
    values = credit.to_numpy(dtype=object)
    keep = pd.notna(values)
    return pd.DataFrame(
        {
            ARTICLE_ID: article_ids.to_numpy()[keep],
            "kind": kind,
            "credit": pd.array(values[keep], dtype="string"),
        }
    )


def _credit_strength(credits: pd.DataFrame, article_ids: pd.Series) -> pd.Series:
    """Noisy-OR over credit kinds of an article, capped at MAX_CREDIT.

    Two credits of one kind (the publisher named twice) are one piece of
    evidence, so each kind contributes its strongest credit once.
    """
    per_kind = credits.groupby([ARTICLE_ID, "kind"], sort=False)["strength"].max()
    miss = np.log1p(-per_kind.clip(upper=0.999)).groupby(level=0, sort=False).sum()
    strength = (1.0 - np.exp(miss)).clip(upper=MAX_CREDIT)
    return strength.reindex(article_ids.to_numpy(), fill_value=0.0)


# --- sentences --------------------------------------------------------------


def _extract_sources(texts: list[str], index: pd.Index) -> pd.DataFrame:
    """First source found per sentence, by pattern precedence; quote interiors masked.

    A pattern only reads the sentences still without a source that its RE2
    prefilter lets through, and the subject-before-cue patterns start a few
    words before the first cue word (:func:`_search_near`): the same result as
    running every pattern over every sentence, several times faster.
    """
    arrow = pa.array(texts, type=pa.string())
    src = np.full(len(texts), None, dtype=object)
    cue = np.full(len(texts), None, dtype=object)
    kind = np.full(len(texts), None, dtype=object)
    # One pass for all cue words: the sentences without any (most) are not
    # read again.
    candidates = np.flatnonzero(_may_match(arrow, _MAY_ANY_CUE))
    candidate_arrow = _take(arrow, candidates)
    # And one for the rare shapes, so that their own prefilters read few rows.
    rare = candidates[_may_match(candidate_arrow, "|".join(_RARE_SHAPES))]
    rare_arrow = _take(arrow, rare)

    def open_rows(prefilter: str) -> np.ndarray:
        if prefilter in _RARE_SHAPES:
            rows = rare[_may_match(rare_arrow, prefilter)]
        else:
            rows = candidates[_may_match(candidate_arrow, prefilter)]
        return rows[pd.isna(src[rows])]

    def take(rows: np.ndarray, new_src: pd.Series, new_cue, new_kind) -> None:
        fill = new_src.notna().to_numpy()
        src[rows[fill]] = new_src.to_numpy(dtype=object)[fill]
        for out, new in ((cue, new_cue), (kind, new_kind)):
            out[rows[fill]] = np.asarray(new, dtype=object)[fill] if np.ndim(new) else new

    rows = open_rows(_MAY_ACCORDING)
    found = _search_rows(texts, rows, _ACCORDING)
    tail = [_TAIL_DATA.search(texts[i]) is not None for i in rows]
    take(
        rows,
        _clean_source(found["src"], trim_leading=False),
        "according to",
        np.where(tail, "data", "speech"),
    )

    rows = open_rows(_MAY_ISSUED_DOC)
    found = _search_rows(texts, rows, _ISSUED_DOC_NEAR)
    take(rows, _clean_source(found["src"], trim_leading=True), found["cue"], "document")

    rows = open_rows(_MAY_PASSIVE)
    found = _search_rows(texts, rows, _PASSIVE)
    take(rows, _clean_source(found["src"], trim_leading=False), found["cue"] + " by", "speech")

    rows = open_rows(_MAY_DOC_PHRASE)
    found = _search_rows(texts, rows, _DOC_PHRASE_NEAR)
    issuer = found["prep"].isin(["from", "by", "of"])
    # "a press release announcing ...", "a statement on Monday": the document
    # itself is the source; what follows is its content or its date.
    content = found["prep"].isin(["announcing", "stating", "saying", "on"]).to_numpy()
    phrase = found["cue"].str.replace(r"^(?i:in|through|via|with)\s+", "", regex=True)
    bare = phrase.str.replace(r"\s+\w+\s*$", "", regex=True)
    doc_src = pd.Series(
        np.where(issuer, found["rest"], np.where(content, bare, phrase + found["rest"]))
    ).astype("string")
    doc_src = doc_src.where(found["cue"].notna()).str.strip()
    take(rows, doc_src, found["cue"].str.strip(), "document")

    rows = open_rows(_MAY_EVIDENCE_SHOWS)
    found = _search_rows(texts, rows, _EVIDENCE_SHOWS_NEAR)
    take(
        rows,
        _clean_source(found["src"], trim_leading=True),
        found["cue"],
        np.where(found["src"].str.contains(_IS_DATA, na=False), "data", "document"),
    )

    rows = open_rows(_MAY_SUBJECT_CUE)
    found = _search_rows(texts, rows, _SUBJECT_CUE_NEAR)
    take(rows, _clean_source(found["src"], trim_leading=True), found["cue"], "speech")

    rows = open_rows(_MAY_CITING)
    found = _search_rows(texts, rows, _CITING)
    take(rows, _clean_source(found["src"], trim_leading=False), found["cue"], "speech")

    return pd.DataFrame(
        {
            "source_span": pd.Series(src, index=index, dtype="string"),
            "cue": pd.Series(cue, index=index, dtype="string"),
            "kind": pd.Series(kind, index=index, dtype="string"),
        }
    )


# Prefilters of the source patterns other than the subject before a cue.
_RARE_SHAPES = (
    _MAY_ACCORDING,
    _MAY_ISSUED_DOC,
    _MAY_PASSIVE,
    _MAY_DOC_PHRASE,
    _MAY_EVIDENCE_SHOWS,
    _MAY_CITING,
)
# Every prefilter of _extract_sources matches only where one of these does.
_MAY_ANY_CUE = "|".join(
    (
        _MAY_ACCORDING,
        _MAY_ISSUED,
        _MAY_PASSIVE,
        _MAY_DOC,
        _MAY_EVIDENCE,
        _MAY_VERB,
        _MAY_CITING,
        f"[{_FOLDED_TO_ASCII}]",
    )
)


def _search_rows(
    texts: list[str],
    rows: np.ndarray,
    pattern: re.Pattern | _Near,
    search: Callable[[str], re.Match | None] | None = None,
) -> pd.DataFrame:
    """Named groups of the first match in ``texts[i]`` for ``i`` in ``rows`` (NA: no match).

    ``search`` stands for ``pattern.search`` where a faster equivalent exists.
    """
    if isinstance(pattern, _Near):
        matches = [_search_near(pattern, texts[i]) for i in rows.tolist()]
        names = pattern.pattern.groupindex
    else:
        search = search or pattern.search
        matches = [search(texts[i]) for i in rows.tolist()]
        names = pattern.groupindex
    return pd.DataFrame(
        {
            name: pd.array([m.group(name) if m else None for m in matches], dtype="string")
            for name in names
        }
    )


def _source_types(spans: pd.Series, kind: pd.Series) -> pd.Series:
    """person / organisation / document / data / anonymous / pronoun / none."""
    out = []
    # The first test that holds wins: the kind of cue, then the span's words.
    for span, how in zip(spans.tolist(), kind.tolist(), strict=True):
        if not isinstance(span, str):
            out.append("none")
        elif how == "document" or how == "data":
            out.append(how)
        elif _IS_PRONOUN.fullmatch(span):
            out.append("pronoun")
        elif _IS_ANONYMOUS.search(span):
            out.append("anonymous")
        elif _IS_DATA.search(span):
            out.append("data")
        elif _IS_ORG.search(span):
            out.append("organisation")
        else:
            out.append("person")
    return pd.Series(out, index=spans.index, dtype=object)


def _claim_bearing(text: pd.Series) -> np.ndarray:
    """Sentences stating checkable facts (see :func:`attribute`); False for missing text.

    Headings (no closing punctuation, short) and questions assert nothing.
    All tests run in RE2 over every sentence at once; the Python patterns
    decide only where RE2 cannot (a fact test that may hold because of a
    non-ASCII character, but that RE2 does not find on ASCII alone).
    """
    arrow = _arrow_strings(text)
    not_question = ~_may_match(arrow, _RE2_QUESTION)
    asserts = not_question & _may_match(arrow, _RE2_HEADING)
    # Without closing punctuation a sentence is a heading unless it is long.
    others = np.flatnonzero(not_question & ~asserts)
    asserts[others] = _may_match(_take(arrow, others), _RE2_LONG)
    rows = np.flatnonzero(asserts)
    certain = _may_match(_take(arrow, rows), _RE2_FACT)
    unsure = rows[~certain]
    subset = _take(arrow, unsure)
    values = subset.to_pylist()
    decided = np.zeros(len(unsure), dtype=bool)
    for pattern, may in _FACT_TESTS:
        left = np.flatnonzero(~decided & _may_match(subset, may))
        decided[left] = [pattern.search(values[i]) is not None for i in left]
    claim = np.zeros(len(arrow), dtype=bool)
    claim[rows[certain]] = True
    claim[unsure] = decided
    return claim


def attribute(
    sentences: pd.DataFrame,
    segments: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    credits: pd.DataFrame | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Say, for every sentence, whether it bears claims and who it is ascribed to.

    A sentence is *claim-bearing* when it states checkable facts: it has a
    number, a month or weekday, a capitalised name after its first word or an
    acronym, or an event verb ("signed", "arrested", "withdrew" ...); headings
    (short, no closing punctuation) and questions are not.  It is
    *attributed* when it carries a source, found in this order: a direct quote
    with a speaker (also for every sentence a multi-sentence quote spans),
    "according to X", "X issued a press release", "announced by X", "in a
    memo from X" / "in a note sent to ...", "court records show", "citing X",
    and a subject before a reporting verb ("the ministry stated", "X's office
    noted").  Quote interiors are masked first, so words inside a quotation
    are never taken for the article's sources.  ``source_type`` is
    ``anonymous`` for unnamed people ("a government adviser", "officials",
    "the official quoted above"), ``document`` / ``data`` for written sources
    and data sets, ``organisation`` or ``person`` otherwise; a pronoun ("he
    said") takes the type of the article's previous source (else ``person``
    for he/she, ``anonymous`` for they/it).  A claim-bearing sentence without
    a source in an article with credits gets ``source_type = "credit"`` (and
    ``attributed`` stays False: credits are not in-text attribution).

    Parameters
    ----------
    sentences : pandas.DataFrame
        As returned by :func:`scorer.text.split_sentences` (attribution
        columns, if present, are recomputed).
    segments : pandas.DataFrame
        Segments (:data:`scorer.schema.SEGMENT_COLUMNS`).
    articles : pandas.DataFrame
        Articles (:data:`scorer.schema.ARTICLE_COLUMNS`), for credits.
    credits : pandas.DataFrame, optional
        :func:`find_credits` of the same segments and articles, if already
        computed; found here otherwise.

    Returns
    -------
    sentences : pandas.DataFrame
        :data:`scorer.schema.SENTENCE_COLUMNS`, then ``start``, ``end`` and
        ``n_quotes`` (quotes opening in the sentence); same rows and order as
        the input.
    quotes : pandas.DataFrame
        :data:`scorer.schema.QUOTE_COLUMNS` plus ``seg_no``, ``start``,
        ``end`` (see :func:`find_quotes`), speakers filled from the previous
        quote it continues or the neighbouring sentences when not written
        next to the quote.

    Examples
    --------
    >>> from scorer.text import split_sentences
    >>> segments = pd.DataFrame({"article_id": ["a"] * 2, "seg_no": [0, 1],
    ...     "label": ["content"] * 2, "text": [
    ...     "According to Flightradar24, the plane landed in Niamey on December 3.",
    ...     "Officials said 1,500 troops would leave."]})
    >>> articles = pd.DataFrame({"article_id": ["a"], "byline": [pd.NA],
    ...     "publisher": [pd.NA], "error": [pd.NA]})
    >>> out, quotes = attribute(split_sentences(segments), segments, articles)
    >>> out[["claim_bearing", "attributed", "source_span", "source_type"]]
       claim_bearing  attributed    source_span source_type
    0           True        True  Flightradar24        data
    1           True        True      Officials   anonymous
    """
    base = sentences[[c for c in sentences.columns if c not in _ADDED_COLUMNS]]
    if base.empty:  # the columns of any other corpus's quotes
        return _empty_attributed(base), _empty_quotes(base)[[*QUOTE_COLUMNS, *_QUOTE_EXTRA]]
    content = _content_frame(base, segments)
    quotes = _find_quotes(base, content)
    _, original, frame = content
    located = base[[ARTICLE_ID, "seg_no", "start", "end"]].merge(
        frame, on=[ARTICLE_ID, "seg_no"], how="left", sort=False
    )
    g_start = (located["seg_start"] + located["start"]).to_numpy(dtype=np.int64)
    g_end = (located["seg_start"] + located["end"]).to_numpy(dtype=np.int64)
    masked_joined = _blank_anonymity(_mask_quotes(original, quotes))
    masked = [masked_joined[a:b] for a, b in zip(g_start.tolist(), g_end.tolist(), strict=True)]
    found = _extract_sources(masked, base.index)
    types = _source_types(found["source_span"], found["kind"])

    # Speakers of quotes that name none: the quote they continue, else the
    # previous or next sentence's source.
    row_of = _sentence_rows(base[ARTICLE_ID].to_numpy(), base["sentence_no"].to_numpy())
    if not quotes.empty:
        sentence_src = found["source_span"].to_numpy(dtype=object)
        sentence_cue = found["cue"].to_numpy(dtype=object)
        quotes = _fill_speakers(quotes, sentence_src, sentence_cue, types.to_numpy(), row_of)

    # Sentences carrying or spanned by a quote with a speaker take it as source.
    quote_src, quote_cue = _quote_sources(quotes, row_of, len(base))
    use_quote = quote_src.notna().to_numpy() & (types == "none").to_numpy()
    source_span = found["source_span"].to_numpy(dtype=object)
    cue = found["cue"].to_numpy(dtype=object)
    source_span[use_quote] = quote_src.to_numpy(dtype=object)[use_quote]
    cue[use_quote] = quote_cue.to_numpy(dtype=object)[use_quote]
    spans = pd.Series(source_span, index=base.index).astype("string")
    # Only the sentences that took a quote's speaker change type.
    types = types.copy()
    types[use_quote] = _source_types(
        spans[use_quote], pd.Series("speech", index=spans.index[use_quote])
    ).to_numpy()
    types = _resolve_pronouns(types, spans, base[ARTICLE_ID])

    claim = _claim_bearing(base["sentence"].astype("string"))
    attributed = (types != "none").to_numpy()
    if credits is None:
        credits = find_credits(segments, articles)
    credited = _credit_strength(credits, base[ARTICLE_ID]).to_numpy() > 0
    as_credit = credited & ~attributed & claim
    types = types.where(~as_credit, "credit")
    credit_text = _credit_text(credits, base[ARTICLE_ID])
    spans = spans.where(~as_credit, credit_text)

    n_quotes = np.bincount(
        row_of(quotes[ARTICLE_ID].to_numpy(), quotes["sentence_no"].to_numpy()),
        minlength=len(base),
    )
    out = base.assign(
        claim_bearing=claim,
        attributed=attributed,
        source_span=spans.to_numpy(),
        cue=pd.array(cue, dtype="string"),
        source_type=types.to_numpy(dtype=object),
        n_quotes=n_quotes.astype(np.int64),
    )
    out["source_span"] = out["source_span"].astype("string")
    out["source_type"] = out["source_type"].astype(str)
    extra = [c for c in out.columns if c not in SENTENCE_COLUMNS]
    quote_extra = [c for c in quotes.columns if c not in QUOTE_COLUMNS and c in _QUOTE_EXTRA]
    return out[SENTENCE_COLUMNS + extra], quotes[QUOTE_COLUMNS + quote_extra].reset_index(drop=True)


_ADDED_COLUMNS = ("claim_bearing", "attributed", "source_span", "cue", "source_type", "n_quotes")
_QUOTE_EXTRA = ("seg_no", "start", "end")


def _find_all(text: str, words: tuple[str, ...]) -> list[int]:
    """Sorted start offsets of every occurrence of each word (``str.find`` is fast)."""
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
    return sorted(found)


def _blank_anonymity(text: str) -> str:
    """Blank "who asked not to be named" clauses (and the comma before them).

    The search starts at the rare closing words ("anonymity", "to be named")
    and looks back a few characters for the head of the clause: a pattern
    that started at "who" or a comma would be tried at every word.
    """
    pieces, last = [], 0
    for at in _find_all(text, ("anonymity", "to be named", "to be identified")):
        match = _ANONYMITY_CLAUSE.match(text, at)
        if match is None or at < last:
            continue
        look = max(last, match.start() - _ANONYMITY_HEAD_CHARS)
        head = _ANONYMITY_HEAD.search(text, look, match.start())
        if head is None:
            continue
        start = head.start()
        while start > last and text[start - 1].isspace():
            start -= 1
        if start > last and text[start - 1] == ",":
            start -= 1
        pieces += [text[last:start], " " * (match.end() - start)]
        last = match.end()
    return "".join(pieces) + text[last:]


def _mask_quotes(joined: str, quotes: pd.DataFrame) -> str:
    if quotes.empty:
        return joined
    pieces, last = [], 0
    for a, b in zip(quotes["g_start"].to_numpy(), quotes["g_end"].to_numpy(), strict=True):
        pieces.append(joined[last:a])
        pieces.append("#" * (b - a))
        last = b
    pieces.append(joined[last:])
    return "".join(pieces)


def _sentence_rows(
    article_ids: np.ndarray, sentence_no: np.ndarray
) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """A lookup from (article, sentence number) pairs to row positions (-1: none).

    Integer keys and a binary search: the same as reindexing a MultiIndex of
    the pairs, several times faster.
    """
    codes, uniques = pd.factorize(article_ids)
    articles = pd.Index(uniques)
    sentence_no = sentence_no.astype(np.int64)
    # Numbers outside low .. high are in no article; within, keys never collide.
    low = int(sentence_no.min()) - 1 if len(sentence_no) else 0
    high = int(sentence_no.max()) + 1 if len(sentence_no) else 0
    width = high - low + 1
    keys = codes.astype(np.int64) * width + (sentence_no - low)
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]

    def row_of(ids: np.ndarray, numbers: np.ndarray) -> np.ndarray:
        code = articles.get_indexer(ids).astype(np.int64)
        numbers = numbers.astype(np.int64)
        wanted = code * width + (numbers - low)
        at = np.minimum(np.searchsorted(sorted_keys, wanted), max(len(sorted_keys) - 1, 0))
        found = (code >= 0) & (numbers >= low) & (numbers <= high)
        if len(sorted_keys):
            found &= sorted_keys[at] == wanted
        else:
            found[:] = False
        return np.where(found, order[at] if len(order) else -1, -1)

    return row_of


def _fill_speakers(
    quotes: pd.DataFrame,
    sentence_src: np.ndarray,
    sentence_cue: np.ndarray,
    types: np.ndarray,
    row_of: Callable[[np.ndarray, np.ndarray], np.ndarray],
) -> pd.DataFrame:
    quotes = quotes.copy()
    article = quotes[ARTICLE_ID].to_numpy()
    spoken_types = np.isin(types, ["person", "anonymous", "organisation", "pronoun"])
    for offset in (0, None, -1, 1):
        if offset is None:
            quotes = _continue_speakers(quotes)
            continue
        if offset == 0:
            rows = row_of(article, quotes["sentence_no"].to_numpy())
        elif offset < 0:
            rows = row_of(article, quotes["sentence_no"].to_numpy() + offset)
        else:
            rows = row_of(article, quotes["last_sentence_no"].to_numpy() + offset)
        exists = rows >= 0
        near_src = np.where(exists, sentence_src[rows], None)
        near_cue = np.where(exists, sentence_cue[rows], None)
        spoken = exists & spoken_types[rows]
        fill = (quotes["speaker"].isna().to_numpy()) & pd.notna(near_src) & spoken
        quotes.loc[fill, "speaker"] = near_src[fill]
        quotes.loc[fill, "cue"] = near_cue[fill]
    return quotes


def _continue_speakers(quotes: pd.DataFrame) -> pd.DataFrame:
    quotes = quotes.copy()
    grouped = quotes.groupby(ARTICLE_ID, sort=False)
    prev_last = grouped["last_sentence_no"].shift()
    # A quote in the same or the next sentence as the previous one continues
    # it; a few passes let a speaker run down a chain of quotes.
    continues = (quotes["sentence_no"] - prev_last).le(1).fillna(False)
    for _ in range(3):
        grouped = quotes.groupby(ARTICLE_ID, sort=False)
        prev_speaker = grouped["speaker"].shift()
        prev_cue = grouped["cue"].shift()
        fill = quotes["speaker"].isna() & continues & prev_speaker.notna()
        if not fill.any():
            break
        quotes.loc[fill, "speaker"] = prev_speaker[fill]
        quotes.loc[fill, "cue"] = prev_cue[fill]
    return quotes


def _quote_sources(
    quotes: pd.DataFrame,
    row_of: Callable[[np.ndarray, np.ndarray], np.ndarray],
    n_sentences: int,
) -> tuple[pd.Series, pd.Series]:
    speaker = np.full(n_sentences, None, dtype=object)
    cue = np.full(n_sentences, None, dtype=object)
    if not quotes.empty:
        spoken = quotes[quotes["speaker"].notna()]
        # Expand each quote over the sentences it spans; the first quote wins.
        counts = (spoken["last_sentence_no"] - spoken["sentence_no"] + 1).to_numpy()
        rows = np.repeat(np.arange(len(spoken)), counts)
        within = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
        target = row_of(
            spoken[ARTICLE_ID].to_numpy()[rows], spoken["sentence_no"].to_numpy()[rows] + within
        )
        keep = target >= 0
        target, rows = target[keep], rows[keep]
        target, first = np.unique(target, return_index=True)
        speaker[target] = spoken["speaker"].to_numpy(dtype=object)[rows[first]]
        cue[target] = spoken["cue"].to_numpy(dtype=object)[rows[first]]
    return pd.Series(speaker, dtype="string"), pd.Series(cue, dtype="string")


def _resolve_pronouns(types: pd.Series, spans: pd.Series, article_ids: pd.Series) -> pd.Series:
    is_pronoun = (types == "pronoun").to_numpy()
    if not is_pronoun.any():
        return types
    known = types.where(~types.isin(["pronoun", "none"]))
    previous = known.groupby(article_ids.to_numpy(), sort=False).ffill()
    personal = spans.str.fullmatch(r"(?i:he|she|him|her)", na=False).to_numpy()
    fallback = np.where(personal, "person", "anonymous")
    resolved = np.where(previous.notna(), previous.to_numpy(dtype=object), fallback)
    return types.where(~is_pronoun, pd.Series(resolved, index=types.index))


def _credit_text(credits: pd.DataFrame, article_ids: pd.Series) -> pd.Series:
    joined = _joined_credits(credits)
    return pd.Series(joined.reindex(article_ids.to_numpy()).to_numpy(), index=article_ids.index)


def _joined_credits(credits: pd.DataFrame) -> pd.Series:
    """``"; "``-joined credits per article, articles in order of first appearance.

    The same as ``groupby(sort=False)["credit"].agg("; ".join)`` without a
    Python call per group.
    """
    codes, article_ids = pd.factorize(credits[ARTICLE_ID].to_numpy())
    groups: list[list[str]] = [[] for _ in range(len(article_ids))]
    for code, credit in zip(codes.tolist(), credits["credit"].tolist(), strict=True):
        groups[code].append(credit)
    return pd.Series(["; ".join(group) for group in groups], index=article_ids, dtype=object)


def _empty_attributed(base: pd.DataFrame) -> pd.DataFrame:
    out = base.assign(
        claim_bearing=pd.Series([], dtype=bool),
        attributed=pd.Series([], dtype=bool),
        source_span=pd.Series([], dtype="string"),
        cue=pd.Series([], dtype="string"),
        source_type=pd.Series([], dtype=str),
        n_quotes=pd.Series([], dtype=np.int64),
    )
    extra = [c for c in out.columns if c not in SENTENCE_COLUMNS]
    return out[[c for c in SENTENCE_COLUMNS if c in out.columns] + extra]


# --- per-article features ---------------------------------------------------


def attribution_features(
    sentences: pd.DataFrame,
    segments: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    credits: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Per-article attribution summary.

    ``attribution`` is the weighted share of claim-bearing sentences tied to
    a source, in [0, 1], **higher is better**: a named source weighs 1.0, an
    anonymous one 0.5, and an unattributed sentence takes the article's credit
    strength (at most :data:`MAX_CREDIT`; see the module docstring for why).
    It is NaN when the article has no claim-bearing sentence (empty text,
    headings only, or a row whose ``error`` is set): nothing to attribute is
    not the same as unattributed.

    Parameters
    ----------
    sentences : pandas.DataFrame
        Sentences, with or without the columns :func:`attribute` adds (they
        are computed when missing).
    segments : pandas.DataFrame
        Segments (:data:`scorer.schema.SEGMENT_COLUMNS`).
    articles : pandas.DataFrame
        Articles (:data:`scorer.schema.ARTICLE_COLUMNS`); the output has one
        row per article, in this order.
    credits : pandas.DataFrame, optional
        :func:`find_credits` of the same segments and articles, when the
        caller already has it (the pipeline computes it once for both
        :func:`attribute` and this function).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``article_id``, columns
        :data:`ATTRIBUTION_FEATURE_COLUMNS`: ``attribution``;
        ``named_source_ratio`` (share of attributed sentences whose source is
        named rather than anonymous, NaN when none is attributed);
        ``n_sources`` (distinct named sources); ``n_quotes``;
        ``has_byline``; ``credits`` (``"; "``-joined, empty string when none).

    Examples
    --------
    >>> from scorer.text import split_sentences
    >>> segments = pd.DataFrame({"article_id": ["a", "a", "b"], "seg_no": [0, 1, 0],
    ...     "label": ["content", "content", "content"], "text": [
    ...     "The ministry stated that 120 Europeans work in Niamey.",
    ...     "Niger signed a deal with Russia.", ""]})
    >>> articles = pd.DataFrame({"article_id": ["a", "b"], "byline": [pd.NA, pd.NA],
    ...     "publisher": [pd.NA, pd.NA], "error": [pd.NA, pd.NA]})
    >>> attribution_features(split_sentences(segments), segments, articles)[
    ...     ["attribution", "n_sources", "credits"]]
                attribution  n_sources credits
    article_id
    a                   0.5          1
    b                   NaN          0
    """
    if credits is None:
        credits = find_credits(segments, articles)
    if not set(_ADDED_COLUMNS[:-1]).issubset(sentences.columns):
        sentences, _ = attribute(sentences, segments, articles, credits=credits)
    ids = articles[ARTICLE_ID]
    ok = ids[articles[ERROR].isna().to_numpy()] if ERROR in articles.columns else ids
    sentences = sentences[sentences[ARTICLE_ID].isin(ok)]
    strength = _credit_strength(credits, sentences[ARTICLE_ID]).to_numpy()

    types = sentences["source_type"].to_numpy(dtype=object)
    named = np.isin(types, _NAMED_TYPES)
    anonymous = types == "anonymous"
    weight = np.where(
        named, _NAMED_WEIGHT, np.where(anonymous, np.maximum(_ANONYMOUS_WEIGHT, strength), strength)
    )
    claim = sentences["claim_bearing"].to_numpy(dtype=bool)
    article = sentences[ARTICLE_ID].to_numpy()
    frame = pd.DataFrame(
        {
            ARTICLE_ID: article,
            "claim": claim,
            "weighted": np.where(claim, weight, 0.0),
            "in_text": named | anonymous,
            "named": named,
        }
    )
    grouped = frame.groupby(ARTICLE_ID, sort=False)
    n_claim = grouped["claim"].sum()
    attribution = (grouped["weighted"].sum() / n_claim.where(n_claim > 0)).clip(0.0, 1.0)
    n_attributed = grouped["in_text"].sum()
    named_ratio = grouped["named"].sum() / n_attributed.where(n_attributed > 0)

    by_name = named.copy()
    by_name[named] = ~_is_pronoun(sentences["source_span"][named])
    names = sentences.loc[by_name, [ARTICLE_ID]].assign(
        name=_normalise_name(sentences.loc[by_name, "source_span"])
    )
    n_sources = names.drop_duplicates().groupby(ARTICLE_ID, sort=False).size()
    if "n_quotes" in sentences.columns:
        n_quotes = sentences.groupby(ARTICLE_ID, sort=False)["n_quotes"].sum()
    else:
        n_quotes = find_quotes(sentences, segments).groupby(ARTICLE_ID, sort=False).size()
    has_byline = credits.loc[credits["kind"] == "byline", ARTICLE_ID].unique()
    credit_text = _joined_credits(credits)

    out = pd.DataFrame(index=pd.Index(ids.to_numpy(), name=ARTICLE_ID))
    out["attribution"] = attribution.reindex(out.index).astype(float)
    out["named_source_ratio"] = named_ratio.reindex(out.index).astype(float)
    out["n_sources"] = n_sources.reindex(out.index, fill_value=0).astype(np.int64)
    out["n_quotes"] = n_quotes.reindex(out.index, fill_value=0).astype(np.int64)
    out["has_byline"] = out.index.isin(has_byline)
    out["credits"] = credit_text.reindex(out.index).fillna("").astype(str)
    return out


def _is_pronoun(spans: pd.Series) -> np.ndarray:
    return spans.astype("string").str.fullmatch(_IS_PRONOUN, na=False).to_numpy(dtype=bool)


def _normalise_name(spans: pd.Series) -> pd.Series:
    out = normalise_quotes(spans.astype("string")).str.lower()
    out = out.str.replace(r"^(?:the|a|an)\s+|'s\b", "", regex=True)
    return out.str.replace(r"\s+", " ", regex=True).str.strip()
