"""Internal consistency: does an article contradict itself?

Careful reporting states a fact once and the same way throughout.  Copied,
spun or machine-assembled pages betray themselves by internal slips: one
quantity given two values, one person's name spelled two ways, a page dated
long after the story it carries, events dated after publication, the same
headline or paragraph pasted several times, a headline about people the body
never mentions.  :func:`find_inconsistencies` lists such slips with the spans
behind them; :func:`consistency_features` turns them into one score per
article.

Checks are conservative: a value conflict needs the same kind, the same key
and two near-parallel sentences without a word of change ("rose", "from …
to"), because articles legitimately give several numbers for different
things (a sentence listing both values, or sentences about different
people, are no conflict).  Page furniture is not the article's text:
embedded-post signatures ("— Name (@handle) date"), credit lines, time
stamps, pull quotes and an embed echoing the quote before it are not
repeats, nor is a quotation quoted twice; a headline name counts as present
when the body names it in any usual form (a word of it, its canonical name
or adjective, its acronym spelled out), and a headline only adding context
(the channel, the city) is no mismatch; numbers in URLs are not values, and
a bare currency is no key for a loose comparison.  A spelling slip is a
one-off: two spellings each written twice or more are two names ("Bernie
Sanders" / "Dave Saunders") or the writer's settled usage, not a slip.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections import Counter, defaultdict

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import regex
from rapidfuzz import fuzz

from scorer.features.claims import (
    _GAZETTEER,
    _datelines,
    _fold,
    _gc_paused,
    _isin,
    _lowercase_words,
    _slug,
    article_texts,
    name_key,
)
from scorer.schema import ARTICLE_ID, ERROR, INCONSISTENCY_COLUMNS, PUBLISHED, TEXT, TITLE

__all__ = [
    "INCONSISTENCY_KINDS",
    "KIND_WEIGHTS",
    "consistency_features",
    "find_inconsistencies",
    "headline_names",
    "inconsistency_context",
]

#: The kinds of inconsistency :func:`find_inconsistencies` reports.
INCONSISTENCY_KINDS = (
    "value_conflict",
    "spelling_variant",
    "page_date_mismatch",
    "future_event",
    "repeated_text",
    "headline_entities_missing",
)
#: How much one inconsistency of each kind lowers the consistency score (see
#: :func:`consistency_features`): a fact stated two ways is worst; a repeated
#: headline or a headline name missing from the body is a lighter slip.
KIND_WEIGHTS = {
    "value_conflict": 0.7,
    "spelling_variant": 0.5,
    "page_date_mismatch": 0.5,
    "future_event": 0.4,
    "repeated_text": 0.3,
    "headline_entities_missing": 0.2,
}
#: Kind of the marker row for an article that could not be checked (its
#: ``error`` is set or its text is empty): it makes its consistency NaN.
UNSCORED = "unscored"

_PAGE_DATE_SLACK_DAYS = 30
_FUTURE_SLACK_DAYS = 1
_MIN_SIMILARITY = 0.5
_RESTATEMENT_SIMILARITY = 0.8
_MIN_REPEAT_WORDS = 4
_MIN_REPEAT_SENTENCE_WORDS = 8
_MIN_RESTATED_WORDS = 4
# Embed signatures are a name, a handle and a date: well under a sentence.
_MAX_EMBED_SIGNATURE_WORDS = 12
_LETTER_WORD_RE = re.compile(r"(?:^| )[^ ]*[^\W\d_]")
_HANDLE_RE = re.compile(r"(?<![\w.])@\w{1,30}")
# The signature under an embedded post: "— Jane Doe (@jdoe) September 22, 2016",
# "A video posted by Jane (@jdoe) on Sep 20, 2016 at 5:02pm PDT".
_SIGNATURE_RE = re.compile(r"\(@\w{1,30}\)\s*(?:on\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}")
_MAX_SIGNATURE_LINE_WORDS = 25
# A field of the page, not a sentence of the story: a label of up to three
# words and a colon ("Updated:", "Posted:", "Last modified:") or a posting
# credit ("Posted by Jane Doe on Tuesday, …"), followed only by a value
# (dates, times, names, numbers: no lower-case word of four letters or more).
_FIELD_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,2}"
_FIELD_LABEL_RE = re.compile(
    rf"^\W*(?:{_FIELD_NAME}[ \t]*:(?=\s)"
    r"|(?:Posted|Published|Updated|Shared|Written|Filed|Uploaded)[ \t]+(?:by|on|at|in)\b)"
)
_LEAD_PUNCTUATION = " \t—–-\"'“‘(«"
_PROSE_WORD_RE = re.compile(r"(?<![\w'’-])[a-z]{4,}")
# A date as part of a compound ("post-September 11 rules", "the pre-Nov. 8
# polls", "mid-2000s") names an era the sentence refers to, not when
# something it reports happened.
_ERA_PREFIX_RE = re.compile(r"(?i)\b(?:pre|post|mid|anti|pro)\s?[-–‐]\s*$")
# Credit lines under charts and photos: "Data from …", "Photo: AP", "Image via …".
_CREDIT_RE = re.compile(
    r"(?i)^\W*(?:(?:data|figures|statistics|chart|graphic|map)\s+(?:from|by|via|courtesy)\b"
    r"|(?:source|sources|photo|photos|image|images|picture|video|credit|credits|screenshot"
    r"|graphic|chart)\s*(?::|\bby\b|\bvia\b|\bfrom\b|\bcourtesy\b|\bcredit\b)"
    r"|courtesy\s+of\b|h/t\b)"
)
_MAX_CREDIT_WORDS = 12
_OPENING_QUOTES = frozenset("“\"‘'«")
# The end of a sentence: its final stop, possibly inside closing quotes or brackets.
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
# A list item's marker before its text: "1. ", "2) ", "• ", "- ".
_LIST_MARKER_RE = re.compile(r"\s*(?:\d{1,3}[.)]|[•·▪●*-])?\s*")

_CHANGE_CUE_RE = regex.compile(
    r"(?i)\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas\w*|decreas\w*|grew|grow\w*"
    r"|drop\w*|declin\w*|jump\w*|climb\w*|doubl\w*|tripl\w*|halv\w*|up\s+from|down\s+from"
    r"|compared|than|previous\w*|revised|from\s+\S+\s+to|between|estimat\w*|about|around"
    r"|approximately|nearly|almost|roughly)\b"
)
# Figures in a sentence ("7", "1,500", "85%"), to tell rows of a table from prose.
_FIGURE_RE = re.compile(r"(?<![\w.])\d[\d,.]*%?(?![\w])")
_CONTENT_WORD_RE = regex.compile(r"\p{L}[\p{L}'’-]{2,}")
_STOPWORDS = frozenset(
    """the and for that with this from have has had was were are been will would its their his
    her they them which who what when where while also more most than then there these those
    into about after before over under such only other some said says told according""".split()  # noqa: SIM905 -- a word list reads better as prose
)
_GENERIC_KEYS = frozenset(
    """people times percent year years month months day days week weeks hour hours minute
    minutes second seconds point points number others ones""".split()  # noqa: SIM905
)
# Keys that name no thing a value is about: a currency or unit left as the
# key when the extractor found no noun ("$23 million" -> "usd"), and URL
# fragments ("http://…/37"), whose numbers are addresses, not values.
# Like generic keys they are only compared in near-restatements.
_NON_THING_KEYS = frozenset(
    """usd eur gbp dollar dollars euro euros pound pounds cent cents
    http https www com org html htm php""".split()  # noqa: SIM905
)
_URL_KEYS = frozenset(["http", "https", "www", "com", "org", "html", "htm", "php"])
_NORMALISE_RE = re.compile(r"['’`´]")
_NON_ALNUM_RE = re.compile(r"[\W_]+")
_NON_ALNUM_LINE_RE = re.compile(r"(?:[^\w\n]|_)+")
_EXPLICIT_YEAR_RE = regex.compile(r"\b(?:1[89]|20)\d\d\b")
_FUTURE_CUE_RE = regex.compile(
    r"(?i)\b(?:will|would|shall|scheduled|expected|expects?|plans?|planned|planning|next"
    r"|upcoming|due|until|deadline|by|set\s+to|going\s+to|to\s+be|could|may|might)\b"
)
# A sentence told as past: a past-tense verb ("was", "issued", "took").  A
# future date in a sentence without one is an appointment ("November 8, 2016
# is the last chance"), not a past event dated after publication.
_PAST_CUE_RE = regex.compile(
    r"(?i)\b(?:was|were|had|did|ago|yesterday|earlier|came|went|took|made|said|told|gave|got"
    r"|saw|met|began|won|lost|left|held|sent|found|became|wrote|spoke|ran|fell|rose|paid|brought"
    r"|bought|sold|struck|hit|killed|died|led|fled|fed)\b"
    # A word in -ed after a subject, not after a determiner or a form of "be"
    # ("the hatred", "an unprecedented day", "is scheduled"), nor a noun in -ed.
    r"|(?<!\b(?:a|an|the|this|that|these|those|his|her|its|our|their|my|your|very|so|more"
    r"|most|is|are|be|been|being|am|of|and|or)\s+)"
    r"\b(?!(?:need|indeed|united|hundred|speed|proceed|succeed|exceed|embed|breed|feed|seed"
    r"|bed|red|weed|steed|hatred|kindred|sacred|naked|wicked|crooked|rugged|wretched|beloved"
    r"|jagged|so-called)\b)\p{L}[\p{L}-]+ed\b"
)
# The post date of an embedded post, right after its author's handle ("— Jane
# Doe (@jdoe) September 22, 2016"): the platform's, however long the post.
_AFTER_HANDLE_RE = re.compile(r"\(@\w{1,30}\)\s*(?:on\s+)?$")
# A rubric before a colon: at most three words ("Reality Check: …").
_KICKER_RE = re.compile(r"^\s*[^\s:]+(?:\s+[^\s:]+){0,2}:(?=\s)")
_TITLE_QUOTE_RE = re.compile(r"“[^”]{1,80}”|\"[^\"]{1,80}\"")
# Adjectives and demonyms of gazetteer places, for a headline place the body
# names only by its adjective ("Iraq" / "Iraqi forces").  "Place=adj,adj|…".
_ADJECTIVE_TABLE = """
Afghanistan=Afghan,Afghans|Albania=Albanian|Algeria=Algerian|Angola=Angolan|Argentina=Argentine,
Argentinian|Armenia=Armenian|Australia=Australian|Austria=Austrian|Azerbaijan=Azerbaijani|Bahrain=
Bahraini|Bangladesh=Bangladeshi|Belarus=Belarusian|Belgium=Belgian|Benin=Beninese|Bolivia=Bolivian|
Bosnia=Bosnian|Brazil=Brazilian|Bulgaria=Bulgarian|Burkina Faso=Burkinabe|Cambodia=Cambodian|
Cameroon=Cameroonian|Canada=Canadian|Chad=Chadian|Chile=Chilean|China=Chinese|Colombia=Colombian|
Congo=Congolese|Croatia=Croatian|Cuba=Cuban|Cyprus=Cypriot|Denmark=Danish,Dane,Danes|Ecuador=
Ecuadorian|Egypt=Egyptian|Eritrea=Eritrean|Estonia=Estonian|Ethiopia=Ethiopian|Finland=Finnish,Finn|
France=French|Gabon=Gabonese|Georgia=Georgian|Germany=German|Ghana=Ghanaian|Greece=Greek|Guatemala=
Guatemalan|Guinea=Guinean|Haiti=Haitian|Honduras=Honduran|Hungary=Hungarian|Iceland=Icelandic|India=
Indian|Indonesia=Indonesian|Iran=Iranian|Iraq=Iraqi|Ireland=Irish|Israel=Israeli|Italy=Italian|
Jamaica=Jamaican|Japan=Japanese|Jordan=Jordanian|Kazakhstan=Kazakh|Kenya=Kenyan|Kosovo=Kosovar|
Kuwait=Kuwaiti|Latvia=Latvian|Lebanon=Lebanese|Liberia=Liberian|Libya=Libyan|Lithuania=Lithuanian|
Madagascar=Malagasy|Malawi=Malawian|Malaysia=Malaysian|Mali=Malian|Mauritania=Mauritanian|Mexico=
Mexican|Moldova=Moldovan|Mongolia=Mongolian|Morocco=Moroccan|Mozambique=Mozambican|Myanmar=Burmese|
Namibia=Namibian|Nepal=Nepali,Nepalese|Nicaragua=Nicaraguan|Niger=Nigerien|Nigeria=Nigerian|Norway=
Norwegian|Oman=Omani|Pakistan=Pakistani|Palestine=Palestinian|Panama=Panamanian|Paraguay=Paraguayan|
Peru=Peruvian|Poland=Polish,Pole,Poles|Portugal=Portuguese|Qatar=Qatari|Romania=Romanian|Russia=
Russian|Russian Federation=Russian|Rwanda=Rwandan|Senegal=Senegalese|Serbia=Serbian|Singapore=
Singaporean|Slovakia=Slovak|Slovenia=Slovenian|Somalia=Somali|Spain=Spanish|Sudan=Sudanese|Sweden=
Swedish,Swede,Swedes|Switzerland=Swiss|Syria=Syrian|Taiwan=Taiwanese|Tanzania=Tanzanian|Thailand=
Thai|Togo=Togolese|Tunisia=Tunisian|Turkey=Turkish,Turk,Turks|Uganda=Ugandan|Ukraine=Ukrainian|
Uruguay=Uruguayan|Uzbekistan=Uzbek|Venezuela=Venezuelan|Vietnam=Vietnamese|Yemen=Yemeni|Zambia=
Zambian|Zimbabwe=Zimbabwean|Netherlands=Dutch|Philippines=Filipino,Philippine|Ivory Coast=Ivorian|
Saudi Arabia=Saudi|South Africa=South African|South Korea=South Korean|North Korea=North Korean|
South Sudan=South Sudanese|Sierra Leone=Sierra Leonean|New Zealand=New Zealander|United Kingdom=
British,Briton,Britons|United States=American,Americans|Sahel=Sahelian|Africa=African|Europe=
European|Asia=Asian|Middle East=Middle Eastern|Latin America=Latin American|Moscow=Muscovite|Paris=
Parisian|Texas=Texan|California=Californian|Florida=Floridian|New York=New Yorker,New Yorkers|
Chicago=Chicagoan|Boston=Bostonian|Ohio=Ohioan|Virginia=Virginian|Georgia=Georgian|Alaska=Alaskan|
Arizona=Arizonan|Oklahoma=Oklahoman|Kansas=Kansan|Iowa=Iowan|Nebraska=Nebraskan|Minnesota=
Minnesotan|Oregon=Oregonian|Pennsylvania=Pennsylvanian|Tennessee=Tennessean|Vermont=Vermonter
"""
_ADJECTIVES: dict[str, tuple[str, ...]] = {
    place.strip(): tuple(a.strip() for a in adjectives.split(","))
    for place, adjectives in (
        entry.split("=")
        for entry in _ADJECTIVE_TABLE.replace("=\n", "=")
        .replace(",\n", ",")
        .replace("\n", "|")
        .split("|")
        if "=" in entry
    )
}
_CAP_TOKEN_RE = regex.compile(r"(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}\p{N}'’.-]*")
_POSSESSIVE_RE = regex.compile(r"(?:['’]s|['’])$")
_APOSTROPHE_RE = re.compile(r"['’`´]")


def _empty_inconsistencies() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype=str) for c in INCONSISTENCY_COLUMNS})


def _normalise_text(text: pd.Series) -> pd.Series:
    """Case-, punctuation- and apostrophe-insensitive form ("Niger’s" == "Nigers")."""
    texts = text.fillna("").astype(str).tolist()
    joined = "\n".join(texts)
    if joined.count("\n") == max(len(texts) - 1, 0):
        # One pass over all texts at once; newlines only separate them.
        joined = _NON_ALNUM_LINE_RE.sub(" ", _NORMALISE_RE.sub("", joined.casefold()))
        folded = [t.strip() for t in joined.split("\n")] if texts else []
    else:
        folded = [
            _NON_ALNUM_RE.sub(" ", _NORMALISE_RE.sub("", t.casefold())).strip() for t in texts
        ]
    return pd.Series(folded, index=text.index, dtype=object)


@functools.lru_cache(maxsize=1 << 14)
def _content_words(sentence: str) -> frozenset[str]:
    return frozenset(
        w
        for w in (_fold(m.group()) for m in _CONTENT_WORD_RE.finditer(sentence))
        if w not in _STOPWORDS
    )


def _similarity(a: str, b: str) -> float:
    words_a, words_b = _content_words(a), _content_words(b)
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / len(words_a | words_b)


def _claim_spans(claims: pd.DataFrame, sentences: pd.DataFrame) -> pd.Series:
    """ "seg N [a:b]" for each claim (offsets in the segment), or "sent N [a:b]"."""
    if claims.empty:
        return pd.Series([], dtype=str, index=claims.index)
    if {"seg_no", "start"}.issubset(sentences.columns) and not sentences.empty:
        where = sentences[[ARTICLE_ID, "sentence_no", "seg_no", "start"]].rename(
            columns={"start": "sentence_start"}
        )
        merged = claims[[ARTICLE_ID, "sentence_no", "start", "end"]].merge(
            where, on=[ARTICLE_ID, "sentence_no"], how="left"
        )
        merged.index = claims.index
        has = merged["seg_no"].notna()
        offset = merged["sentence_start"].fillna(0).astype(np.int64)
        seg = (
            "seg "
            + merged["seg_no"].fillna(-1).astype(np.int64).astype(str)
            + " ["
            + (merged["start"] + offset).astype(str)
            + ":"
            + (merged["end"] + offset).astype(str)
            + "]"
        )
        sent = (
            "sent "
            + merged["sentence_no"].astype(str)
            + " ["
            + merged["start"].astype(str)
            + ":"
            + merged["end"].astype(str)
            + "]"
        )
        return seg.where(has, sent)
    return (
        "sent "
        + claims["sentence_no"].astype(str)
        + " ["
        + claims["start"].astype(str)
        + ":"
        + claims["end"].astype(str)
        + "]"
    )


def _field_lines(texts: pd.Series) -> np.ndarray:
    """True for lines that are a field of the page ("Updated: Sep 22, 2016 5:02 PM ET").

    See ``_FIELD_LABEL_RE``: a label, then only a value, no prose.
    """
    out = np.zeros(len(texts), dtype=bool)
    rows, strings = _rows_to_check(texts, _may_be_field)
    for row, text in zip(rows.tolist(), strings, strict=True):
        # Plain tests first: the expression runs on the few lines that may match.
        if ":" not in text[:48] and text.lstrip(_LEAD_PUNCTUATION)[:1] not in "PUSWF":
            continue
        label = _FIELD_LABEL_RE.match(text)
        out[row] = label is not None and _PROSE_WORD_RE.search(text, label.end()) is None
    return out


def _may_be_field(array: pa.Array) -> pa.Array:
    """Lines with a colon, or whose first letter may open a field label (see _field_lines)."""
    first = pc.utf8_slice_codeunits(pc.utf8_ltrim(array, characters=_LEAD_PUNCTUATION), 0, 1)
    return pc.or_(
        pc.match_substring(array, ":"),
        pc.is_in(first, value_set=pa.array(["", *"PUSWF"], type=array.type)),
    )


def _rows_to_check(texts: pd.Series, prefilter) -> tuple[np.ndarray, list[str]]:
    """Positions of ``texts`` worth a closer look, and their strings ("" for missing).

    ``prefilter`` maps an Arrow string array to a boolean array that is True
    at least wherever the caller's own test can succeed; pyarrow runs it on
    Arrow strings, so only those rows become Python strings.  Any other
    column is checked whole.
    """
    if isinstance(texts.array, pd.arrays.ArrowStringArray):
        mask = prefilter(pa.array(texts.array)).fill_null(True)
        rows = np.flatnonzero(mask.to_numpy(zero_copy_only=False))
        return rows, texts.iloc[rows].fillna("").astype(str).tolist()
    return np.arange(len(texts)), texts.fillna("").astype(str).tolist()


def _era_dates(claims: pd.DataFrame) -> np.ndarray:
    """True for dates written as part of a compound ("post-September 11"): an era, not an event."""
    return np.fromiter(
        (
            kind == "date" and _ERA_PREFIX_RE.search(str(sentence)[: int(start)]) is not None
            for kind, sentence, start in zip(
                claims["kind"].tolist(),
                claims["sentence"].tolist(),
                claims["start"].tolist() if "start" in claims.columns else [0] * len(claims),
                strict=True,
            )
        ),
        dtype=bool,
        count=len(claims),
    )


def _post_dates(claims: pd.DataFrame) -> np.ndarray:
    """True for dates right after an embedded post's handle: when the post was made."""
    if "start" not in claims.columns:
        return np.zeros(len(claims), dtype=bool)
    return np.fromiter(
        (
            kind == "date"
            and "(@" in str(sentence)
            and _AFTER_HANDLE_RE.search(str(sentence)[: int(start)]) is not None
            for kind, sentence, start in zip(
                claims["kind"].tolist(),
                claims["sentence"].tolist(),
                claims["start"].tolist(),
                strict=True,
            )
        ),
        dtype=bool,
        count=len(claims),
    )


def _not_story(claims: pd.DataFrame) -> np.ndarray:
    """True for values that are no fact of the story: embed signatures, page fields, eras."""
    if claims.empty:
        return np.zeros(0, dtype=bool)
    return (
        _signatures(claims)
        | _post_dates(claims)
        | _field_lines(claims["sentence"])
        | _era_dates(claims)
    )


def _signatures(claims: pd.DataFrame) -> np.ndarray:
    """True for claims in the signature line of an embedded post: the platform's, not the article's.

    Two embeds of one account carry two dates ("— Police (@police) September
    27, 2016" / "… September 28, 2016"), which are no restatement.
    """
    return _signature_lines(claims["sentence"])


def _signature_lines(texts: pd.Series) -> np.ndarray:
    """True for short lines carrying an embed signature ("(@handle) September 22, 2016")."""
    # Plain substring first: the expression runs on the few lines with "(@".
    out = np.zeros(len(texts), dtype=bool)
    rows, strings = _rows_to_check(texts, lambda array: pc.match_substring(array, "(@"))
    for row, text in zip(rows.tolist(), strings, strict=True):
        out[row] = (
            "(@" in text
            and text.count(" ") < _MAX_SIGNATURE_LINE_WORDS
            and _SIGNATURE_RE.search(text) is not None
        )
    return out


def _restated_values(claims: pd.DataFrame, spans: pd.Series, seen: set[tuple]) -> list[tuple]:
    """A sentence restated word for word but for one number or date: two values for one fact.

    Whatever the key or the precision of the value ("December 4" without a
    year, "in September"), the rest of the sentence being identical means the
    same fact; a restatement needs at least four content words around the value.
    """
    candidates = claims.loc[claims["kind"].isin(["number", "date"])]
    candidates = candidates.loc[~_not_story(candidates)]
    if candidates.empty:
        return []
    texts = candidates["sentence"].astype(str).tolist()
    starts = candidates["start"].tolist()
    ends = candidates["end"].tolist()
    keys = pd.Series(
        [
            f"{a}\x1f{k}\x1f{t[:s]}\x1f{t[e:]}"
            for a, k, t, s, e in zip(
                candidates[ARTICLE_ID].tolist(),
                candidates["kind"].tolist(),
                texts,
                starts,
                ends,
                strict=True,
            )
        ],
        dtype=object,
    )
    twice = keys.duplicated(keep=False).to_numpy()
    if not twice.any():
        return []
    rows = []
    groups: dict[str, list[tuple]] = {}
    for key, index, article_id, kind, sentence_no, value, text, start, end in zip(
        keys[twice].tolist(),
        candidates.index[twice].tolist(),
        candidates.loc[twice, ARTICLE_ID].tolist(),
        candidates.loc[twice, "kind"].tolist(),
        candidates.loc[twice, "sentence_no"].tolist(),
        candidates.loc[twice, "value"].tolist(),
        np.asarray(texts, dtype=object)[twice].tolist(),
        np.asarray(starts)[twice].tolist(),
        np.asarray(ends)[twice].tolist(),
        strict=True,
    ):
        groups.setdefault(key, []).append(
            (article_id, kind, sentence_no, value, index, text[:start] + " " + text[end:])
        )
    for members in groups.values():
        article_id, kind, sent_a, value_a, index_a, context = members[0]
        if len(_content_words(context)) < _MIN_RESTATED_WORDS:
            continue
        for _, _, sent_b, value_b, index_b, _ in members[1:]:
            pair = (article_id, kind, *sorted((str(value_a), str(value_b))))
            if value_a == value_b or sent_a == sent_b or pair in seen:
                continue
            seen.add(pair)
            reason = (
                f"{kind} given as {value_a} (sentence {sent_a}) and as {value_b} "
                f"(sentence {sent_b}) in the same sentence restated"
            )
            rows.append(
                (article_id, "value_conflict", reason, f"{spans[index_a]}; {spans[index_b]}")
            )
    return rows


def _sentence_entities(
    claims: pd.DataFrame, sentences: pd.DataFrame, articles: set[str]
) -> dict[tuple, frozenset[str]]:
    """(article, sentence_no) -> the people, organisations and places the sentence is about.

    A sentence naming no one takes the names of the nearest sentence before
    it in the same paragraph: its subject carries over ("Joe Schobert: 7
    tackles. 2 sacks, 4 passes defended." is about Schobert throughout).
    """
    mentions = claims.loc[
        claims["kind"].isin(["person", "organisation", "place"])
        & _isin(claims[ARTICLE_ID], articles)
    ]
    out: dict[tuple, set[str]] = defaultdict(set)
    for article_id, sentence_no, value in zip(
        mentions[ARTICLE_ID].tolist(),
        mentions["sentence_no"].tolist(),
        mentions["value"].tolist(),
        strict=True,
    ):
        out[(article_id, sentence_no)].add(value)
    named = {key: frozenset(values) for key, values in out.items()}
    if not named or sentences.empty or "seg_no" not in sentences.columns:
        return named
    own = sentences.loc[
        _isin(sentences[ARTICLE_ID], articles), [ARTICLE_ID, "sentence_no", "seg_no"]
    ]
    own = own.sort_values([ARTICLE_ID, "sentence_no"], kind="stable")
    last_paragraph, carried = None, frozenset()
    for article_id, sentence_no, seg_no in zip(
        own[ARTICLE_ID].tolist(), own["sentence_no"].tolist(), own["seg_no"].tolist(), strict=True
    ):
        paragraph = (article_id, seg_no)
        if paragraph != last_paragraph:
            last_paragraph, carried = paragraph, frozenset()
        names = named.get((article_id, sentence_no))
        if names:
            carried = names
        elif carried:
            named[(article_id, sentence_no)] = carried
    return named


@functools.lru_cache(maxsize=1 << 14)
def _figure_line(sentence: str) -> bool:
    """True for a row of figures rather than a sentence ("1 sack, 2 TFL, 2 QH, 2 INT.").

    Two figures or more making a third of its words or more: a line of a
    table or a box score, where rows give each subject its own values.
    """
    figures = len(_FIGURE_RE.findall(sentence))
    return figures >= 2 and 3 * figures >= sentence.count(" ") + 1


def _value_conflicts(
    claims: pd.DataFrame, sentences: pd.DataFrame, spans: pd.Series, found: set[tuple]
) -> list[tuple]:
    if claims.empty:
        return []
    candidates = claims.loc[
        claims["kind"].isin(["number", "date"]) & (claims["key"].fillna("").str.len() > 0)
    ]
    if "precision" in candidates.columns:
        day_or_none = candidates["precision"].isna() | candidates["precision"].isin(["day"])
        candidates = candidates.loc[day_or_none]
    candidates = candidates.loc[~candidates["value"].str.startswith("--")]
    # Numbers keyed by a URL fragment are parts of an address, never values.
    candidates = candidates.loc[~candidates["key"].isin(_URL_KEYS)]
    candidates = candidates.loc[~_not_story(candidates)]
    if candidates.empty:
        return []
    # Plain lists: there are thousands of small (article, kind, key) groups.
    groups: dict[tuple[str, str, str], list[tuple]] = defaultdict(list)
    for article_id, kind, key, *record in zip(
        candidates[ARTICLE_ID].tolist(),
        candidates["kind"].tolist(),
        candidates["key"].tolist(),
        candidates["sentence_no"].tolist(),
        candidates["value"].tolist(),
        candidates["sentence"].tolist(),
        candidates.index.tolist(),
        strict=True,
    ):
        groups[(article_id, kind, key)].append(tuple(record))
    groups = {k: g for k, g in groups.items() if len({r[1] for r in g}) >= 2}
    if not groups:
        return []
    named = _sentence_entities(claims, sentences, {a for a, _, _ in groups})
    rows = []
    for (article_id, kind, key), records in groups.items():
        values_in: dict[int, set[str]] = defaultdict(set)
        for sent, value, _, _ in records:
            values_in[sent].add(value)
        seen: set[tuple[str, str]] = set()
        for i, (sent_a, value_a, text_a, index_a) in enumerate(records):
            for sent_b, value_b, text_b, index_b in records[i + 1 :]:
                if value_a == value_b or sent_a == sent_b:
                    continue
                # A sentence giving both values lists two things ("eight counts
                # of rape and 12 counts of attempted rape"), whatever the other says.
                if value_b in values_in[sent_a] or value_a in values_in[sent_b]:
                    continue
                # Parallel sentences about different people or places ("Ogunjobi:
                # 2 QH." / "Thomas: 1 QH.") give each their own value.
                names_a = named.get((article_id, sent_a), frozenset())
                names_b = named.get((article_id, sent_b), frozenset())
                if names_a and names_b and not names_a & names_b:
                    continue
                pair = tuple(sorted((value_a, value_b)))
                if pair in seen:
                    continue
                # Two rows of a table ("1 sack, 2 TFL, 2 QH." / "1 sack, 1 QH.")
                # give two subjects' values; a row pasted again with one
                # figure changed is a restatement, found by _restated_values.
                if _figure_line(text_a) and _figure_line(text_b):
                    continue
                similarity = _similarity(text_a, text_b)
                # A restatement (nearly the same sentence) conflicts whatever
                # it says; looser parallels need a specific key and no word
                # of change or approximation.
                if similarity < _RESTATEMENT_SIMILARITY:
                    if similarity < _MIN_SIMILARITY or key in _GENERIC_KEYS | _NON_THING_KEYS:
                        continue
                    if _CHANGE_CUE_RE.search(text_a) or _CHANGE_CUE_RE.search(text_b):
                        continue
                seen.add(pair)
                found.add((article_id, kind, *pair))
                reason = (
                    f"{kind} '{key}' is given as {value_a} (sentence {sent_a}) and as "
                    f"{value_b} (sentence {sent_b}) in parallel sentences"
                )
                rows.append(
                    (article_id, "value_conflict", reason, f"{spans[index_a]}; {spans[index_b]}")
                )
    return rows


def _token_variant(a: str, b: str) -> bool:
    """Two name words that are the same name spelled differently.

    Not variants: words differing only by an apostrophe ("Jimmy John's" /
    "Jimmy Johns"), a prefix ("Mohamed" / "Mohamedou"), only their last
    letter ("Maria" / "Marie") or a word-forming ending ("Conservatism" /
    "Conservative"): another form of the word, not a slip inside it.
    """
    fa = _APOSTROPHE_RE.sub("", _fold(a).strip(".-"))
    fb = _APOSTROPHE_RE.sub("", _fold(b).strip(".-"))
    if fa == fb or len(fa) < 3 or len(fb) < 3:
        return False
    if fa.startswith(fb) or fb.startswith(fa):
        # A prefix is a shortened form ("Mohamed"/"Mohamedou"), except a
        # doubled last letter, which is a slip of spelling ("Scot"/"Scott").
        short, long = sorted((fa, fb), key=len)
        return len(long) == len(short) + 1 and long[-1] == short[-1] and short[-1].isalpha()
    if len(fa) == len(fb) and fa[:-1] == fb[:-1]:
        return False
    if _stem(fa) == _stem(fb):
        return False
    key = name_key(a)
    return (len(key) >= 3 and key == name_key(b)) or fuzz.ratio(fa, fb) >= 75


_DERIVATION_SUFFIXES = sorted(
    "isms ism ists ist ives ive ians ian ical ics ic ities ity ings ing ers er ed es s".split(),  # noqa: SIM905
    key=len,
    reverse=True,
)


def _stem(word: str) -> str:
    """The word without its longest word-forming ending, if at least four letters remain."""
    for suffix in _DERIVATION_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


# Words between two spellings that declare one an alias of the other:
# "Eminem, aka Marshall Mathers", "Tiani (also spelled Tchiani)".
_ALIAS_CUE_RE = re.compile(
    r"(?i)^[\W_]*(?:[(\[]|a\.?k\.?a\b\.?|also\s+(?:known\s+as|called|spelled|spelt|written)\b"
    r"|known\s+as\b|alias\b|nicknamed\b|n[ée]e\b|born\b|formerly\b|real\s+name\b|or\b)"
)
_MAX_ALIAS_GAP = 40


def _declared_aliases(claims: pd.DataFrame, wanted: set[str]) -> set[tuple[str, str, str]]:
    """(article, word, word) of the words of two spellings the article declares as aliases.

    Both in one sentence, the later right after an alias cue (see
    ``_ALIAS_CUE_RE``): a deliberate second name, not a slip, wherever
    else the article uses either spelling.
    """
    people = claims.loc[(claims["kind"] == "person") & _isin(claims[ARTICLE_ID], wanted)]
    if people.empty or "start" not in people.columns:
        return set()
    by_sentence: dict[tuple, list[tuple[int, int, str, str]]] = defaultdict(list)
    for article_id, sentence_no, start, end, surface, sentence in zip(
        people[ARTICLE_ID].tolist(),
        people["sentence_no"].tolist(),
        people["start"].tolist(),
        people["end"].tolist(),
        people["surface"].tolist(),
        people["sentence"].tolist(),
        strict=True,
    ):
        by_sentence[(article_id, sentence_no)].append((int(start), int(end), surface, sentence))
    out = set()
    for (article_id, _), mentions in by_sentence.items():
        mentions.sort()
        for (_, end_a, a, sentence), (start_b, _, b, _) in itertools.pairwise(mentions):
            gap = str(sentence)[end_a:start_b]
            if a != b and len(gap) <= _MAX_ALIAS_GAP and _ALIAS_CUE_RE.match(gap):
                out.update((article_id, *sorted((x, y))) for x in a.split() for y in b.split())
    return out


def _embedded_sentences(sentences: pd.DataFrame | None) -> set[tuple[str, int]]:
    """(article, sentence_no) of the sentences of an embedded post's line.

    A line signed by a post's author ("… pic.twitter.com/x — Jane Doe (@jdoe)
    September 22, 2016") is the author's text, spelled the author's way.
    """
    if sentences is None or sentences.empty or "seg_no" not in sentences.columns:
        return set()
    texts = sentences["sentence"].astype(str)
    maybe = texts.str.contains("(@", regex=False).to_numpy(dtype=bool)
    if not maybe.any():
        return set()
    signed = np.zeros(len(sentences), dtype=bool)
    signed[maybe] = texts[maybe].str.contains(_SIGNATURE_RE.pattern, regex=True).to_numpy()
    if not signed.any():
        return set()
    lines = set(
        zip(
            sentences.loc[signed, ARTICLE_ID].tolist(),
            sentences.loc[signed, "seg_no"].tolist(),
            strict=True,
        )
    )
    return {
        (article_id, sentence_no)
        for article_id, sentence_no, seg_no in zip(
            sentences[ARTICLE_ID].tolist(),
            sentences["sentence_no"].tolist(),
            sentences["seg_no"].tolist(),
            strict=True,
        )
        if (article_id, seg_no) in lines
    }


def _spelling_variants(
    entities: pd.DataFrame,
    claims: pd.DataFrame,
    spans: pd.Series,
    sentences: pd.DataFrame | None = None,
) -> list[tuple]:
    if entities.empty:
        return []
    people = entities.loc[entities["kind"] == "person"]
    surfaces_of: dict[tuple[str, str], list[str]] = {}
    for article_id, entity_id, surface in zip(
        people[ARTICLE_ID].tolist(),
        people["entity_id"].tolist(),
        people["surface"].tolist(),
        strict=True,
    ):
        surfaces_of.setdefault((article_id, entity_id), []).append(surface)
    first_span: dict[tuple[str, str], str] = {}
    # The signature of an embedded post is the platform's display name
    # ("— Ahmed Mohamed (@IStandWithAhmed) September 11, 2016"), not the
    # article's spelling: a name found only there is not compared.
    signature_only: set[tuple[str, str]] = set()
    if not claims.empty:
        mentions = claims.loc[claims["kind"] == "person"]
        signed = mentions["sentence"].astype(str).str.contains(
            _SIGNATURE_RE.pattern, regex=True
        ) | _field_lines(mentions["sentence"])
        embeds = _embedded_sentences(sentences)
        if embeds:
            signed |= np.fromiter(
                (
                    key in embeds
                    for key in zip(
                        mentions[ARTICLE_ID].tolist(),
                        mentions["sentence_no"].tolist(),
                        strict=True,
                    )
                ),
                dtype=bool,
                count=len(mentions),
            )
        seen_in_text: set[tuple[str, str]] = set()
        for article_id, surface, span, in_signature in zip(
            mentions[ARTICLE_ID].tolist(),
            mentions["surface"].tolist(),
            spans[mentions.index].tolist(),
            signed.tolist(),
            strict=True,
        ):
            first_span.setdefault((article_id, surface), span)
            if in_signature:
                signature_only.add((article_id, surface))
            else:
                seen_in_text.add((article_id, surface))
        signature_only -= seen_in_text
    candidates = []
    for (article_id, entity_id), surfaces in surfaces_of.items():
        surfaces = sorted(s for s in surfaces if (article_id, s) not in signature_only)
        # Only a person the article names in full is known to be one person:
        # two bare words ("Mohammad" / "Muhammad") are tied together by other
        # articles' full names, and may be two people here.
        if len(surfaces) < 2 or not any(" " in s for s in surfaces):
            continue
        found = []
        for i, a in enumerate(surfaces):
            for b in surfaces[i + 1 :]:
                words_a, words_b = a.split(), b.split()
                # Only words the other spelling lacks: "Hong Kong" / "Hong
                # Koung" differ in Kong / Koung, not in Kong / Hong.
                pairs = [
                    (x, y)
                    for x in words_a
                    if x not in words_b
                    for y in words_b
                    if y not in words_a and _token_variant(x, y)
                ]
                if pairs:
                    found.append((a, b, pairs[0]))
        if found:
            candidates.append((article_id, entity_id, found))
    if not candidates:
        return []
    wanted = {article_id for article_id, _, _ in candidates}
    aliases = _declared_aliases(claims, wanted) if not claims.empty else set()
    # A one-word mention that is an ordinary word of the article ("Will",
    # "Black") was taken for a surname; it is no second spelling.
    single = {(article_id, s) for article_id, _, f in candidates for a, b, _ in f for s in (a, b)}
    single = {(article_id, s) for article_id, s in single if " " not in s}
    common = _lowercase_words(sentences, single)
    # A slip is a one-off.  Two spellings each written at least twice are
    # deliberate: two people ("Bernie Sanders" / "Dave Saunders", "Steve
    # Hilton" / "Steve Tilton") or the writer's settled usage.
    written = _word_counts(
        sentences, {(article_id, w) for article_id, _, f in candidates for *_, p in f for w in p}
    )
    rows = []
    for article_id, entity_id, found in candidates:
        found = [
            (a, b, pair)
            for a, b, pair in found
            if (article_id, *sorted(pair)) not in aliases
            and (article_id, a) not in common
            and (article_id, b) not in common
            and min(written[article_id, pair[0]], written[article_id, pair[1]]) < 2
        ]
        if not found:
            continue
        a, b, (x, y) = found[0]
        reason = f"one person ({entity_id}) is spelled '{x}' and '{y}' ('{a}' / '{b}')"
        places = (first_span.get((article_id, a)), first_span.get((article_id, b)))
        rows.append((article_id, "spelling_variant", reason, "; ".join(p for p in places if p)))
    return rows


def _word_counts(sentences: pd.DataFrame | None, wanted: set[tuple[str, str]]) -> Counter:
    """How often each article of ``wanted`` writes its word, as a whole word and case-sensitive.

    A possessive counts ("Sanders’ 51 percent"); a longer word does not
    ("Smollett" is no "Smollet").
    """
    counts: Counter = Counter()
    if sentences is None or sentences.empty or not wanted:
        return counts
    joined = article_texts(sentences, {article for article, _ in wanted})
    for article, word in wanted:
        pattern = rf"(?<![\w@#-]){re.escape(word)}(?![\w-])"
        counts[article, word] = len(re.findall(pattern, joined.get(article, "")))
    return counts


def _segment_span(segments: pd.DataFrame, index) -> str:
    row = segments.loc[index]
    return f"seg {int(row['seg_no'])} [0:{len(str(row[TEXT]))}]"


def _page_dates(
    articles: pd.DataFrame, segments: pd.DataFrame, claims: pd.DataFrame
) -> list[tuple]:
    published = articles[PUBLISHED]
    known = articles.loc[published.notna()]
    if known.empty:
        return []
    day_claims = (
        claims.loc[
            (claims["kind"] == "date")
            & (claims["precision"] == "day")
            & claims["value"].str.match(r"^\d{4}-\d\d-\d\d$")
        ]
        if not claims.empty
        else claims
    )
    latest_event = (
        day_claims.groupby(ARTICLE_ID)["value"].max() if not day_claims.empty else pd.Series()
    )
    rows = []
    for article_id, stamp, text in zip(
        known[ARTICLE_ID], known[PUBLISHED], known[TEXT].fillna("").astype(str), strict=True
    ):
        page = pd.Timestamp(stamp).date()
        old = [d for d in _datelines(text) if (page - d).days > _PAGE_DATE_SLACK_DAYS]
        if not old:
            continue
        story = max(old)
        event = latest_event.get(article_id)
        event_date = dt.date.fromisoformat(event) if isinstance(event, str) else None
        if event_date is not None and (page - event_date).days <= _PAGE_DATE_SLACK_DAYS:
            continue
        latest = max(d for d in (story, event_date) if d is not None)
        reason = (
            f"page dated {page.isoformat()} but the story's dateline is {story.isoformat()}"
            + (f" and its latest dated event {event_date.isoformat()}" if event_date else "")
            + f": {(page - latest).days} days earlier"
        )
        rows.append(
            (article_id, "page_date_mismatch", reason, _dateline_spans(segments, article_id, story))
        )
    return rows


def _dateline_spans(segments: pd.DataFrame, article_id: str, date: dt.date) -> str:
    if segments.empty:
        return ""
    own = segments.loc[segments[ARTICLE_ID] == article_id]
    for index, text in zip(own.index, own[TEXT].fillna("").astype(str), strict=True):
        if date in _datelines(text):
            return _segment_span(segments, index)
    return ""


def _future_events(articles: pd.DataFrame, claims: pd.DataFrame, spans: pd.Series) -> list[tuple]:
    if claims.empty:
        return []
    published = pd.Series(articles[PUBLISHED].to_numpy(), index=articles[ARTICLE_ID].to_numpy())
    dated = claims.loc[(claims["kind"] == "date") & (claims["precision"] == "day")]
    dated = dated.loc[
        dated["value"].str.match(r"^\d{4}-\d\d-\d\d$")
        & dated["surface"].str.contains(_EXPLICIT_YEAR_RE.pattern, regex=True)
    ]
    if dated.empty:
        return []
    page = pd.to_datetime(published.reindex(dated[ARTICLE_ID]).to_numpy())
    value = pd.to_datetime(dated["value"]).to_numpy()
    late = (value - page.to_numpy()) > np.timedelta64(_FUTURE_SLACK_DAYS, "D")
    late &= ~pd.isna(page)
    future = dated.loc[late]
    future = future.loc[~future["sentence"].str.contains(_FUTURE_CUE_RE.pattern, regex=True)]
    told_as_past = [_PAST_CUE_RE.search(str(t)) is not None for t in future["sentence"].tolist()]
    future = future.loc[np.asarray(told_as_past, dtype=bool)]
    future = future.loc[~_not_story(future)]
    rows = []
    for index, article_id, value_text, surface in zip(
        future.index, future[ARTICLE_ID], future["value"], future["surface"], strict=True
    ):
        page_date = pd.Timestamp(published[article_id]).date().isoformat()
        reason = (
            f"'{surface}' ({value_text}) is told as past but is after publication ({page_date})"
        )
        rows.append((article_id, "future_event", reason, spans[index]))
    return rows


_DELETE_BYTES = bytes(i for i in range(128) if not chr(i).isalnum())


def _may_repeat(article_ids: pd.Series, text: pd.Series) -> np.ndarray:
    """True where a text may repeat in its article: a cheap necessary condition.

    Texts with equal normal forms have equal letters and digits, in
    particular equal ASCII ones (kept as bytes: a fast C pass), so only texts
    sharing those with another of the same article need normalising.
    """
    keys = [
        (a, t.casefold().encode("ascii", "ignore").translate(None, _DELETE_BYTES))
        for a, t in zip(article_ids.tolist(), text.fillna("").astype(str).tolist(), strict=True)
    ]
    counts = Counter(keys)
    return np.fromiter((counts[k] > 1 for k in keys), dtype=bool, count=len(keys))


def _duplicated(article_ids: pd.Series, norm: pd.Series) -> np.ndarray:
    """True where (article, normalised text) occurs more than once (a hash, not a groupby)."""
    keys = pd.Series(
        [f"{a}\x1f{t}" for a, t in zip(article_ids.tolist(), norm.tolist(), strict=True)],
        dtype=object,
    )
    return keys.duplicated(keep=False).to_numpy()


def _repeatable(text: pd.Series, norm: pd.Series, min_words: int) -> pd.Series:
    """Texts whose repetition would be a slip of the article's own text.

    Texts need ``min_words`` words with a letter: a repeated time stamp
    ("11/18/16, 2:33 PM CET") is a widget's, not a sentence.  A short line
    carrying an ``@handle`` is the signature or follow button of an embedded
    social-media post ("— Jane Doe (@jdoe) September 22, 2016"), written by
    the platform once per embed, so several embeds of one account repeat it.
    A short credit line under a chart or photo ("Data from the New America
    Foundation", "Photo: AP") is repeated under each figure.
    """
    letter_words = norm.str.count(_LETTER_WORD_RE.pattern)
    words = norm.str.count(" ") + 1
    raw = text.astype(str)
    embed = raw.str.contains(_HANDLE_RE.pattern, regex=True) & (words < _MAX_EMBED_SIGNATURE_WORDS)
    credit = raw.str.contains(_CREDIT_RE.pattern, regex=True) & (words <= _MAX_CREDIT_WORDS)
    return (letter_words >= min_words) & ~embed & ~credit


def _embed_bodies(segments: pd.DataFrame) -> set[tuple[str, int]]:
    """(article, seg_no) of the lines just before an embed signature: a post's own text."""
    if segments.empty:
        return set()
    signed = pd.Series(_signature_lines(segments[TEXT]), index=segments.index)
    if not signed.any():
        return set()
    order = segments[[ARTICLE_ID, "seg_no"]].sort_values([ARTICLE_ID, "seg_no"], kind="stable")
    previous = order.groupby(ARTICLE_ID, sort=False)["seg_no"].shift(1)
    before = previous.loc[signed.reindex(order.index).to_numpy()].dropna()
    return set(
        zip(
            segments.loc[before.index, ARTICLE_ID].tolist(),
            before.astype(np.int64).tolist(),
            strict=True,
        )
    )


def _echoes_only(article_id: str, seg_nos: list[int], embedded: set[tuple[str, int]]) -> bool:
    """True when a repeat is only an embedded post echoing the article's quote of it.

    The article quotes a post ("MacFarlane tweeted: 'Remember: …'") and the
    embed right after it (within two lines, just before its signature)
    shows the same words again.  Echoes are not counted; a repeat needs two
    other copies.
    """
    echoes = {
        s for s in seg_nos if (article_id, s) in embedded and any(s - 2 <= t < s for t in seg_nos)
    }
    return len(seg_nos) - sum(s in echoes for s in seg_nos) < 2


def _quoted(segment: str, start: int, sentence: str) -> bool:
    """Whether a sentence is quoted: it opens with a quotation mark or starts inside a quotation."""
    if sentence.lstrip()[:1] in _OPENING_QUOTES:
        return True
    before = segment[:start]
    if before.count("“") > before.count("”"):
        return True
    return before.count('"') % 2 == 1


# A field name opening a line ("Method: Semi-automatic rifle"), as the
# first form of ``_FIELD_LABEL_RE``, whatever value follows.
_FIELD_NAME_RE = re.compile(rf"^\W*({_FIELD_NAME})[ \t]*:(?=\s)")
#: Lines a field name opens in an article when its entries follow one template.
_MIN_TEMPLATE_FIELDS = 3


def _field_name(text: str) -> str | None:
    match = _FIELD_NAME_RE.match(text)
    return match.group(1).casefold() if match else None


def _field_names(segments: pd.DataFrame, wanted: set[str]) -> Counter:
    """Lines each field name opens, per (article, name), in the ``wanted`` articles.

    A list whose every entry sets the same fields ("Location: …", "Year: …",
    "Method: …") is a template: two entries may share a value, so one field
    line set twice is data, not a slip.
    """
    own = segments.loc[_isin(segments[ARTICLE_ID], wanted)]
    return Counter(
        (article_id, name)
        for article_id, text in zip(own[ARTICLE_ID].tolist(), own[TEXT].tolist(), strict=True)
        if (name := _field_name(str(text))) is not None
    )


def _excerpt_line(lines: list[tuple[str, int]], seg_text: dict, memo: dict) -> bool:
    """Whether one of the lines holding a repeated sentence is an excerpt of another.

    A pull quote of several sentences ("All these questions—Why is she so
    stiff? … it all goes back to 1992.”) set as its own line, and again
    inside the paragraph that quotes it: layout, as a one-sentence pull
    quote is.  ``lines`` are (article, seg_no) keys of ``seg_text``;
    ``memo`` keeps each line's normal form and each pair's answer, since a
    long page can repeat many sentences between the same lines.
    """
    if len(lines) < 2:
        return False
    missing = [key for key in lines if key not in memo]
    if missing:
        texts = pd.Series([seg_text.get(key, "") for key in missing], dtype=object)
        memo.update(
            (key, f" {form} ") for key, form in zip(missing, _normalise_text(texts), strict=True)
        )
    for i, a in enumerate(lines):
        for b in lines[i + 1 :]:
            pair = (a, b)
            if pair not in memo:
                short, long = sorted((memo[a], memo[b]), key=len)
                memo[pair] = short != long and len(short) > 2 and short in long
            if memo[pair]:
                return True
    return False


#: Words of the longest embedded post (280 characters).
_MAX_POST_WORDS = 60
# A handle, or one a post opens with a full stop so that all its readers see
# it (".@mcuban has less TV persona"); not an e-mail address.
_POST_HANDLE_RE = re.compile(r"(?:^\W*\.|(?<![\w.]))@\w{1,30}")


def _post_text(segment: str) -> bool:
    """Whether a line is the text of an embedded social-media post.

    A line addressing or naming an ``@handle`` and no longer than a post
    (".@mcuban has less TV persona than any other person I can think of"):
    its author's words, which the article may also quote.
    """
    return (
        "@" in segment
        and _POST_HANDLE_RE.search(segment) is not None
        and segment.count(" ") < _MAX_POST_WORDS
    )


def _label_line(text: str) -> bool:
    """True for a short line that labels rather than states: a heading or a field.

    Under eight words, and either not ending like a sentence ("Pre-Workout
    Meal", "Pos Player Plays % Stats") or a label and its value ("See it now:
    Amazon").  Structured pages set such lines again in every section (each
    day of a plan, each table, each product), by template, not by slip; see
    :func:`_repeated_text` for when a repeated label counts as a template.
    """
    if len(_LETTER_WORD_RE.findall(text)) >= _MIN_REPEAT_SENTENCE_WORDS:
        return False
    return _SENTENCE_END_RE.search(text) is None or bool(_field_lines(pd.Series([text]))[0])


def _headline_keys(
    articles: pd.DataFrame | None, segments: pd.DataFrame
) -> set[tuple[str, object]]:
    """(article, normalised text) and (article, seg_no) marking each article's headline.

    The headline is the title, or else the first content line: a short line
    repeating it is a headline pasted again, whatever its length.
    """
    out: set[tuple[str, object]] = set()
    if articles is not None and TITLE in articles.columns:
        titled = articles.loc[articles[TITLE].notna()]
        out.update(
            zip(
                titled[ARTICLE_ID].tolist(),
                _normalise_text(titled[TITLE].astype(str)).tolist(),
                strict=True,
            )
        )
    content = segments.loc[segments["label"] == "content", [ARTICLE_ID, "seg_no"]]
    first = content.groupby(ARTICLE_ID, sort=False)["seg_no"].min()
    out.update(zip(first.index.tolist(), first.astype(np.int64).tolist(), strict=True))
    return out


def _repeated_text(
    segments: pd.DataFrame, sentences: pd.DataFrame, articles: pd.DataFrame | None = None
) -> list[tuple]:
    rows = []
    flagged_segments: set[tuple[str, int]] = set()
    if not segments.empty:
        # Spam repeats are the spam family's business; a headline pasted
        # again counts here whatever label the segmenter gave it.
        keep = segments["label"] != "spam"
        if "category" in segments.columns:
            keep |= segments["category"] == "repeated_headline"
        usable = segments.loc[keep.fillna(False).astype(bool)]
        usable = usable.loc[_may_repeat(usable[ARTICLE_ID], usable[TEXT])]
        norm = _normalise_text(usable[TEXT])
        long_enough = _repeatable(usable[TEXT], norm, _MIN_REPEAT_WORDS)
        usable, norm = usable.loc[long_enough], norm.loc[long_enough]
        twice = _duplicated(usable[ARTICLE_ID], norm)
        repeated = usable.loc[twice]
        # Plain lists: there can be thousands of small groups.
        groups: dict[tuple[str, str], list[tuple[int, str, object]]] = {}
        for article_id, key, seg_no, text, label in zip(
            repeated[ARTICLE_ID].tolist(),
            norm.loc[twice].tolist(),
            repeated["seg_no"].tolist(),
            repeated[TEXT].tolist(),
            repeated["label"].tolist(),
            strict=True,
        ):
            groups.setdefault((article_id, key), []).append((int(seg_no), str(text), label))
        embedded = _embed_bodies(segments)
        headlines = _headline_keys(articles, segments) if groups else set()
        # Labels recurring by template: one label set three times or more, or
        # two labels or more each set again (every section of a plan, a
        # table, a product list carries them).  One short line twice is a slip.
        labels = {
            (article_id, key): len(group)
            for (article_id, key), group in groups.items()
            if _label_line(min(group)[1].strip())
            and (article_id, key) not in headlines
            and (article_id, min(group)[0]) not in headlines
        }
        per_article = Counter(article_id for article_id, _ in labels)
        field_names = _field_names(segments, {a for a, _ in labels}) if labels else Counter()
        for (article_id, key), group in groups.items():
            group = sorted(group, key=lambda member: member[0])
            if _echoes_only(article_id, [s for s, _, _ in group], embedded):
                continue
            text = group[0][1].strip()
            if (article_id, key) in labels and (
                labels[(article_id, key)] >= 3
                or per_article[article_id] >= 2
                or field_names[(article_id, _field_name(text))] >= _MIN_TEMPLATE_FIELDS
            ):
                continue
            boiler = any(label == "boilerplate" for _, _, label in group)
            what = "headline" if boiler else "paragraph"
            reason = f"{what} repeated {len(group)} times: '{text[:80]}'"
            where = "; ".join(f"seg {s} [0:{len(t)}]" for s, t, _ in group)
            rows.append((article_id, "repeated_text", reason, where))
            flagged_segments.update((article_id, s) for s, _, _ in group)
    if not sentences.empty:
        usable = sentences.loc[_may_repeat(sentences[ARTICLE_ID], sentences["sentence"])]
        norm = _normalise_text(usable["sentence"])
        long_enough = _repeatable(usable["sentence"], norm, _MIN_REPEAT_SENTENCE_WORDS)
        usable, norm = usable.loc[long_enough], norm.loc[long_enough]
        twice = _duplicated(usable[ARTICLE_ID], norm)
        repeated = usable.loc[twice]
        has_offsets = {"start", "end"}.issubset(repeated.columns)
        n = len(repeated)
        sentence_groups: dict[tuple[str, str], list[tuple]] = {}
        for member in zip(
            repeated[ARTICLE_ID].tolist(),
            norm.loc[twice].tolist(),
            repeated["seg_no"].tolist(),
            repeated["sentence"].tolist(),
            repeated["sentence_no"].tolist(),
            repeated["start"].tolist() if has_offsets else [0] * n,
            repeated["end"].tolist() if has_offsets else [0] * n,
            strict=True,
        ):
            sentence_groups.setdefault(member[:2], []).append(member[2:])
        wanted = {a for a, _ in sentence_groups}
        seg_text = (
            {
                (a, int(n)): str(t)
                for a, n, t in zip(
                    segments[ARTICLE_ID].tolist(),
                    segments["seg_no"].tolist(),
                    segments[TEXT].tolist(),
                    strict=True,
                )
                if a in wanted
            }
            if has_offsets and not segments.empty
            else {}
        )
        seg_length = {key: len(text.rstrip()) for key, text in seg_text.items()}
        embedded = _embed_bodies(segments) if sentence_groups else set()
        excerpts: dict[tuple, object] = {}
        for (article_id, _), group in sentence_groups.items():
            segs = {(article_id, int(s)) for s, *_ in group}
            if segs <= flagged_segments:
                continue
            if _echoes_only(article_id, [int(s) for s, *_ in group], embedded):
                continue
            # A quotation quoted again is the source's words twice, not a slip;
            # so is a post embedded on the page and quoted in the prose.
            if all(
                _quoted(seg_text.get((article_id, int(s)), ""), int(a), str(sentence))
                or _post_text(seg_text.get((article_id, int(s)), ""))
                for s, sentence, _, a, _ in group
            ):
                continue
            # A pull quote: a sentence of a paragraph set again alone, as a
            # display line.  It is layout, not a slip; a paragraph pasted
            # twice repeats whole segments and is caught above.
            # A list item ("1. Start small") set again as a paragraph's opening
            # is a summary list, as a pull quote is a display line.
            alone = [
                (
                    int(a) == 0
                    or _LIST_MARKER_RE.fullmatch(seg_text.get((article_id, int(s)), "")[: int(a)])
                    is not None
                )
                and int(b) >= seg_length.get((article_id, int(s)), -1)
                for s, _, _, a, b in group
            ]
            if seg_length and any(alone) and not all(alone):
                continue
            if seg_text and _excerpt_line(
                sorted({(article_id, int(s)) for s, *_ in group}), seg_text, excerpts
            ):
                continue
            text = str(group[0][1])
            reason = f"sentence repeated {len(group)} times: '{text[:80]}'"
            where = (
                "; ".join(f"seg {int(s)} [{int(a)}:{int(b)}]" for s, _, _, a, b in group)
                if has_offsets
                else "; ".join(f"sent {int(s)}" for _, _, s, _, _ in group)
            )
            rows.append((article_id, "repeated_text", reason, where))
    return rows


def _title_runs(title: str) -> list[list[str]]:
    """Runs of capitalised title words that may form one name.

    A name is contiguous: a lowercase word ("Trump and Clinton"), a comma,
    colon or semicolon ("Trump, Clinton deadlocked") or a possessive
    ("Trump's Wall") ends a run, so words on either side never join.
    """
    runs: list[list[str]] = []
    last_end = -1
    for match in _CAP_TOKEN_RE.finditer(title):
        raw = match.group()
        word = _POSSESSIVE_RE.sub("", raw)
        breaks_after = word != raw or word.rstrip(".,:;") != word.rstrip(".")
        word = word.rstrip(".,:;")
        if last_end < 0 or title[last_end : match.start()].strip():
            runs.append([])
        if word:
            runs[-1].append(word)
        last_end = -1 if breaks_after else match.end()
    return [run for run in runs if run]


def _title_entities(title: str, full_names: dict[str, str]) -> dict[str, str]:
    """Entity ids a title names -> the words that named them.

    Titles are often in Title Case, where every word looks like a name, so
    only names vouched for elsewhere count: gazetteer places and
    organisations (acronyms of three letters or fewer only in capitals, so
    "Who" is not the WHO), and people the corpus names in full (a surname
    alone is not trusted: "Attacks" or "Makes" may head a Title-Case line).
    Names are looked for within runs of adjacent capitalised words only
    (:func:`_title_runs`), outside quotation marks (a book, a slogan:
    "Stronger Together"); a short kicker before a colon ("Reality Check:",
    "Off Message:") is a rubric, where only gazetteer names count.
    """
    found: dict[str, str] = {}
    title = _TITLE_QUOTE_RE.sub(" | ", title)
    kicker = _KICKER_RE.match(title)
    parts = [(title, full_names)]
    if kicker is not None:
        parts = [(kicker.group(), {}), (title[kicker.end() :], full_names)]
    for part, people in parts:
        _find_title_names(part, people, found)
    return found


def _find_title_names(title: str, full_names: dict[str, str], found: dict[str, str]) -> None:
    for tokens in _title_runs(title):
        i = 0
        while i < len(tokens):
            for j in range(min(len(tokens), i + 5), i, -1):
                surface = " ".join(tokens[i:j])
                folded = surface.casefold()
                entity = full_names.get(folded) if j - i >= 2 else None
                short = j - i == 1 and len(surface) <= 3 and not surface.isupper()
                if entity is None and folded in _GAZETTEER and not short:
                    name, kind = _GAZETTEER[folded]
                    entity = f"{kind}:{_slug(name)}"
                if entity is not None:
                    found.setdefault(entity, surface)
                    i = j
                    break
            else:
                i += 1


def _words_form(text: str) -> str:
    return " " + " ".join(_NON_ALNUM_RE.split(text.casefold())) + " "


def _spelled_out(acronym: str, body: str) -> bool:
    """True when the body spells the acronym out ("NYC": "New York City").

    The capitalised words' initials must give the acronym's letters in
    order; short function words ("United States of America") may sit
    between them.
    """
    letters = acronym.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    pattern = r"(?:\s+(?:of|the|and|for|&)){0,2}\s+".join(
        rf"{regex.escape(c)}[\p{{Ll}}\p{{Lu}}'’-]+" for c in letters
    )
    return regex.search(rf"\b{pattern}\b", body) is not None


def _named_in_body(entity: str, surface: str, body: str, words: str) -> bool:
    """Whether the body names a headline entity in some form.

    Headlines shorten and lengthen names ("Speaker Ryan" / "Paul Ryan"),
    use acronyms the body spells out ("UN" / "United Nations") and, in
    Title Case, make names of ordinary phrases ("Fatal Shooting",
    "Prosecutors Say"), so a headline name counts as present when its
    words occur, when one of its words of three letters or more (a
    person's surname, a phrase's head noun) occurs in any case, when the
    body uses the gazetteer's canonical name for it or its adjective ("Iraq"
    / "Iraqi", "United States" / "American"), or when the body spells out
    its acronym.
    """
    if _words_form(surface) in words:
        return True
    if any(len(w) >= 3 and _words_form(w) in words for w in surface.split()):
        return True
    canonical = _GAZETTEER.get(surface.casefold())
    if canonical is not None and _words_form(canonical[0]) in words:
        return True
    if canonical is not None and any(
        _words_form(adjective) in words for adjective in _ADJECTIVES.get(canonical[0], ())
    ):
        return True
    return _spelled_out(surface, body)


def _name_evidence(
    entities: pd.DataFrame, order: np.ndarray | None = None
) -> tuple[pd.DataFrame, set[str]]:
    """What some articles' entities say about full names, for :func:`headline_names`.

    ``(candidates, shortened)``: each (casefolded full name, person) pair
    with the place (``order``, default the row) of its first mention, and the
    people some article calls by one word.  Parts of a corpus give theirs;
    concatenated and united they give the corpus's.
    """
    people = entities.loc[entities["kind"] == "person"]
    order = np.arange(len(entities)) if order is None else np.asarray(order)
    order = order[(entities["kind"] == "person").to_numpy()]
    single = ~people["surface"].str.contains(" ", regex=False).to_numpy(dtype=bool)
    shortened = set(people.loc[single, "entity_id"])
    full = people.loc[~single]
    candidates = (
        pd.DataFrame(
            {
                "folded": [s.casefold() for s in full["surface"].tolist()],
                "entity_id": full["entity_id"].to_numpy(dtype=object),
                "order": order[~single],
            }
        )
        .groupby(["folded", "entity_id"], sort=False)["order"]
        .min()
        .reset_index()
    )
    return candidates, shortened


def headline_names(candidates: pd.DataFrame, shortened: set[str]) -> dict[str, str]:
    """Full names a headline may cite: casefolded spelling -> person.

    A person is vouched for when some article calls them by surname alone
    ("Trump said"): a capitalised pair no one shortens ("Reality Check",
    "Stronger Together") is more likely a rubric or a slogan than a name.
    A spelling shared by two people goes to the one written first.

    Parameters
    ----------
    candidates, shortened
        :func:`_name_evidence` of the corpus (or its parts, concatenated
        and united).

    Returns
    -------
    dict
        Casefolded full name -> ``entity_id``.

    Examples
    --------
    >>> entities = pd.DataFrame({"article_id": ["a", "a", "b"], "kind": "person",
    ...     "entity_id": ["person:jane-doe"] * 3, "surface": ["Jane Doe", "Doe", "JANE DOE"]})
    >>> headline_names(*_name_evidence(entities))
    {'jane doe': 'person:jane-doe'}
    """
    kept = candidates.loc[candidates["entity_id"].isin(shortened)]
    kept = kept.sort_values("order", kind="stable").drop_duplicates("folded")
    return dict(zip(kept["folded"].tolist(), kept["entity_id"].tolist(), strict=True))


def _headline_entities(
    articles: pd.DataFrame,
    entities: pd.DataFrame,
    sentences: pd.DataFrame,
    full_names: dict[str, str] | None = None,
) -> list[tuple]:
    if TITLE not in articles.columns or entities.empty:
        return []
    titled = articles.loc[articles[TITLE].notna()]
    titled = titled.loc[titled[TITLE].astype(str).str.strip().str.len() > 0]
    if titled.empty:
        return []
    if full_names is None:
        full_names = headline_names(*_name_evidence(entities))
    body: dict[str, set[str]] = {}
    for article_id, entity in zip(
        entities[ARTICLE_ID].tolist(), entities["entity_id"].tolist(), strict=True
    ):
        body.setdefault(article_id, set()).add(entity)
    wanted = set(titled[ARTICLE_ID])
    body_parts: dict[str, list[str]] = {}
    if not sentences.empty:
        for article_id, sentence in zip(
            sentences[ARTICLE_ID].tolist(), sentences["sentence"].tolist(), strict=True
        ):
            if article_id in wanted:
                body_parts.setdefault(article_id, []).append(str(sentence))
    rows = []
    for article_id, title in zip(titled[ARTICLE_ID], titled[TITLE].astype(str), strict=True):
        named = _title_entities(title, full_names)
        if len(named) < 2:
            continue
        if article_id not in body_parts:
            # No body sentences (all text labelled spam or boilerplate, e.g.
            # a page syndicated verbatim elsewhere in the corpus): absence
            # from a body we do not have is no evidence.
            continue
        present = body.get(article_id, set())
        # A name the resolver left unlinked ("the Trump administration") still
        # counts as present when its words occur in the body.
        raw = " ".join(body_parts.get(article_id, []))
        text = _words_form(raw)
        absent = {
            entity: surface
            for entity, surface in named.items()
            if entity not in present and not _named_in_body(entity, surface, raw, text)
        }
        # Headlines add context the body takes as read: the channel, the
        # city, the platform ("MSNBC Destroys …", "Trump Visits Little Haiti
        # In Miami").  A missing person, or most of the headline missing,
        # is a headline about another story.
        if not any(e.startswith("person:") for e in absent) and 2 * len(absent) <= len(named):
            continue
        missing = sorted(absent.values())
        reason = (
            f"the headline names {', '.join(missing)}, absent from the body "
            f"({len(missing)} of {len(named)} headline entities)"
        )
        rows.append((article_id, "headline_entities_missing", reason, "title"))
    return rows


def find_inconsistencies(
    articles: pd.DataFrame,
    segments: pd.DataFrame,
    sentences: pd.DataFrame,
    claims: pd.DataFrame,
    entities: pd.DataFrame,
    *,
    full_names: dict[str, str] | None = None,
) -> pd.DataFrame:
    """List the places where an article contradicts itself.

    Kinds (see :data:`INCONSISTENCY_KINDS`):

    * ``value_conflict``: one ``key`` with two values of the same kind
      (numbers; dates of day precision) in two near-parallel sentences
      (content-word Jaccard >= 0.5) neither of which signals a change or an
      estimate ("rose", "from … to", "about").  Generic keys ("people",
      "months") and year-less dates are not compared; nor are sentences
      that give both values (a list: "eight counts of rape and 12 counts of
      attempted rape"), sentences naming disjoint sets of people, places
      and organisations (the same figure for different subjects; a sentence
      naming no one is about the last one named before it in its
      paragraph), two rows of a table ("1 sack, 2 TFL, 2 QH."; only a row
      restated word for word conflicts), embed signatures and post dates,
      page fields ("Updated: Sep 22, 2016", "Posted by Jane Doe on Tuesday,
      …") and dates used as an era
      ("post-September 11").
    * ``spelling_variant``: one person's name spelled two ways in one
      article ("Yevkurov" / "Evkourov"); case, diacritics, apostrophes, word
      endings ("Socialism" / "Socialist"), names found only in an embed
      signature, an embedded post's line or a page field (the platform's
      display name, the post author's spelling), spellings
      the article declares as aliases ("Gaddafi (also spelled Qaddafi)",
      "aka") and one-word mentions the article also writes as an ordinary
      lower-case word do not count, nor does a
      person the article never names in full (two bare words, "Mohammad" /
      "Muhammad", may be two people).
    * ``page_date_mismatch``: the page date (``published``) is more than 30
      days after a dateline in the text and after every dated event of the
      story (a re-posted old story).
    * ``future_event``: an explicit full date (with year) more than one day
      after ``published`` in a sentence without a future cue ("will",
      "scheduled", "expected" …) and with a past-tense verb (a future date
      in the present tense is an appointment, not a past event).
    * ``repeated_text``: a headline or paragraph (any non-spam segment of at
      least four words, compared ignoring case, punctuation and apostrophes)
      or a sentence of at least eight words appearing more than once; words
      count only with a letter, short lines with an ``@handle`` (embed
      signatures), credit lines ("Data from …", "Photo: …"), pull quotes (a
      sentence set again alone), an embedded post echoing the quote just
      before it, quotations quoted twice, list items set again as a
      paragraph's opening and short labels recurring by template (a heading
      or "label: value" line under eight words set three times, or two such
      lines each set again; not the headline) are skipped.
    * ``headline_entities_missing``: the ``title`` names at least two
      entities (within runs of adjacent capitalised words, outside
      quotation marks and outside a short kicker such as "Reality Check:")
      and a person among them, or more than half of them, never occur in
      the body in any form (a missing channel or city is context; no word of
      three letters or more, no canonical name or adjective, "Iraq" /
      "Iraqi", no spelled-out acronym); people count only when some
      article calls them by surname alone; skipped when the article has no
      body sentences.

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles (``article_id``, ``title``, ``published``, ``text``,
        ``error``).
    segments : pandas.DataFrame
        Segments (:data:`scorer.schema.SEGMENT_COLUMNS`).
    sentences : pandas.DataFrame
        Sentences with ``seg_no``, ``start`` and ``end`` (offsets in the
        segment), as from :func:`scorer.text.split_sentences`.
    claims : pandas.DataFrame
        From :func:`scorer.features.claims.extract_claims`.
    entities : pandas.DataFrame
        From :func:`scorer.features.claims.extract_entities`.
    full_names : dict, optional
        :func:`headline_names` of the whole corpus, when ``entities`` are
        only part of it (default: of ``entities``); the headline check reads
        which full names the corpus vouches for.

    Returns
    -------
    pandas.DataFrame
        :data:`scorer.schema.INCONSISTENCY_COLUMNS`, in article order.
        ``spans`` is a string of ``"; "``-separated places, each
        ``"seg N [a:b]"`` (character offsets in segment ``N``'s text),
        ``"sent N [a:b]"`` when the segment is unknown, or ``"title"``.
        Articles whose ``error`` is set or whose text is empty get one
        marker row of kind ``"unscored"`` (see :data:`UNSCORED`) and no
        checks.

    Examples
    --------
    >>> articles = pd.DataFrame({"article_id": ["a"], "title": [pd.NA],
    ...     "published": [pd.Timestamp("2025-06-26")],
    ...     "text": ["Jun 26, 2025\\n6 Dec 2023\\nNiger cut ties.\\nNiger cut ties."],
    ...     "error": [pd.NA]})
    >>> segments = pd.DataFrame({"article_id": ["a"] * 4, "seg_no": [0, 1, 2, 3],
    ...     "text": ["Jun 26, 2025", "6 Dec 2023", "Niger cut all ties.", "Niger cut all ties."],
    ...     "label": ["metadata", "metadata", "content", "content"]})
    >>> empty = pd.DataFrame({"article_id": [], "sentence_no": [], "sentence": [], "kind": [],
    ...     "key": [], "value": [], "surface": [], "entity_id": []})
    >>> found = find_inconsistencies(articles, segments, empty, empty, empty)
    >>> found[["kind", "spans"]]
                     kind                      spans
    0  page_date_mismatch              seg 1 [0:10]
    1       repeated_text  seg 2 [0:19]; seg 3 [0:19]
    """
    with _gc_paused():
        return _find_inconsistencies(articles, segments, sentences, claims, entities, full_names)


def _find_inconsistencies(
    articles: pd.DataFrame,
    segments: pd.DataFrame,
    sentences: pd.DataFrame,
    claims: pd.DataFrame,
    entities: pd.DataFrame,
    full_names: dict[str, str] | None,
) -> pd.DataFrame:
    if articles.empty:
        return _empty_inconsistencies()
    text = articles[TEXT].fillna("").astype(str) if TEXT in articles.columns else None
    bad = articles[ERROR].notna() if ERROR in articles.columns else pd.Series(False, articles.index)
    empty_text = text.str.strip().str.len() == 0 if text is not None else bad
    unscored = articles.loc[bad | empty_text]
    scored_ids = set(articles.loc[~(bad | empty_text), ARTICLE_ID])
    scored = articles.loc[_isin(articles[ARTICLE_ID], scored_ids)]

    def own(frame: pd.DataFrame) -> pd.DataFrame:
        if frame.empty or ARTICLE_ID not in frame.columns:
            return frame
        return frame.loc[_isin(frame[ARTICLE_ID], scored_ids)]

    segments, sentences, claims, entities = (
        own(segments),
        own(sentences),
        own(claims),
        own(entities),
    )
    spans = _claim_spans(claims, sentences) if not claims.empty else pd.Series([], dtype=str)
    rows: list[tuple] = []
    for article_id, error in zip(
        unscored[ARTICLE_ID],
        unscored[ERROR] if ERROR in unscored else [pd.NA] * len(unscored),
        strict=True,
    ):
        reason = f"not checked: {error}" if isinstance(error, str) else "not checked: empty text"
        rows.append((article_id, UNSCORED, reason, ""))
    if not claims.empty:
        found_values: set[tuple] = set()
        rows += _value_conflicts(claims, sentences, spans, found_values)
        rows += _restated_values(claims, spans, found_values)
        rows += _spelling_variants(entities, claims, spans, sentences)
        rows += _future_events(scored, claims, spans)
    if PUBLISHED in scored.columns:
        rows += _page_dates(
            scored, segments, claims if "precision" in claims.columns else claims.iloc[0:0]
        )
    rows += _repeated_text(segments, sentences, scored)
    rows += _headline_entities(scored, entities, sentences, full_names)
    if not rows:
        return _empty_inconsistencies()
    out = pd.DataFrame.from_records(rows, columns=INCONSISTENCY_COLUMNS)
    rank = pd.Series(np.arange(len(articles)), index=articles[ARTICLE_ID].to_numpy())
    kind_rank = out["kind"].map({k: i for i, k in enumerate((UNSCORED, *INCONSISTENCY_KINDS))})
    order = np.lexsort(
        (
            out["spans"].to_numpy(dtype=str),
            kind_rank.to_numpy(),
            rank.reindex(out[ARTICLE_ID]).to_numpy(),
        )
    )
    return out.iloc[order].reset_index(drop=True).astype(str)


def consistency_features(inconsistencies: pd.DataFrame, article_ids: pd.Series) -> pd.DataFrame:
    """Score every article's internal consistency from its inconsistencies.

    ``consistency = exp(-sum of weights)`` (equivalently ``1 - (1 -
    exp(-sum))``), summing :data:`KIND_WEIGHTS` over the article's
    inconsistencies: 1 when nothing contradicts, each slip lowers it, and it
    saturates towards 0 (one value conflict gives 0.50, a repeated headline
    0.74).

    Parameters
    ----------
    inconsistencies : pandas.DataFrame
        From :func:`find_inconsistencies`.
    article_ids : pandas.Series
        The ids of every article to score, in the order wanted.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``article_id`` (all given ids, in order): ``consistency``
        in [0, 1] (1 is good; NaN for articles with an error or empty
        text, i.e. with an ``unscored`` row), ``n_inconsistencies`` and one
        ``n_<kind>`` count per kind.

    Examples
    --------
    >>> found = pd.DataFrame({"article_id": ["b", "c"],
    ...     "kind": ["repeated_text", "unscored"], "reason": ["", ""], "spans": ["", ""]})
    >>> consistency_features(found, pd.Series(["a", "b", "c"]))[
    ...     ["consistency", "n_inconsistencies", "n_repeated_text"]]
                consistency  n_inconsistencies  n_repeated_text
    article_id
    a              1.000000                  0                0
    b              0.740818                  1                1
    c                   NaN                  0                0
    """
    index = pd.Index(pd.Series(article_ids).astype(str).to_numpy(), name=ARTICLE_ID)
    found = inconsistencies.loc[inconsistencies["kind"].isin(INCONSISTENCY_KINDS)]
    counts = (
        pd.crosstab(found[ARTICLE_ID].astype(str), found["kind"])
        if not found.empty
        else pd.DataFrame(index=pd.Index([], name=ARTICLE_ID))
    )
    counts = counts.reindex(index=index, columns=list(INCONSISTENCY_KINDS), fill_value=0)
    counts = counts.fillna(0).astype(np.int64)
    weights = np.array([KIND_WEIGHTS[k] for k in INCONSISTENCY_KINDS])
    score = np.exp(-(counts.to_numpy(dtype=np.float64) @ weights))
    unscored = index.isin(inconsistencies.loc[inconsistencies["kind"] == UNSCORED, ARTICLE_ID])
    score = np.where(unscored, np.nan, score)
    out = pd.DataFrame(
        {"consistency": score, "n_inconsistencies": counts.sum(axis=1).to_numpy()}, index=index
    )
    for kind in INCONSISTENCY_KINDS:
        out[f"n_{kind}"] = counts[kind].to_numpy()
    return out


_SPAN_RE = re.compile(r"seg (?P<seg>\d+) \[(?P<start>\d+):(?P<end>\d+)\]")


def inconsistency_context(
    inconsistencies: pd.DataFrame, segments: pd.DataFrame, *, width: int = 60
) -> pd.DataFrame:
    """The text around every span of every inconsistency, for reading the evidence.

    Parameters
    ----------
    inconsistencies : pandas.DataFrame
        From :func:`find_inconsistencies`.
    segments : pandas.DataFrame
        The segments the inconsistencies were found in (``article_id``,
        ``seg_no``, ``text``).
    width : int, default 60
        Characters of context kept on each side of a span.

    Returns
    -------
    pandas.DataFrame
        One row per ``"seg N [a:b]"`` span, in the inconsistencies' order:
        ``article_id``, ``kind``, ``reason``, ``seg_no``, ``before``,
        ``span`` (the text the span covers) and ``after``.  Spans that name no
        segment (``"title"``, ``"sent N …"``) and unscored markers give no row.

    Examples
    --------
    >>> found = pd.DataFrame({"article_id": ["a"], "kind": ["value_conflict"],
    ...     "reason": ["x"], "spans": ["seg 0 [4:7]; seg 1 [4:7]"]})
    >>> segments = pd.DataFrame({"article_id": ["a", "a"], "seg_no": [0, 1],
    ...     "text": ["All 120 Europeans left.", "All 130 Europeans left."]})
    >>> inconsistency_context(found, segments, width=4)[["seg_no", "before", "span", "after"]]
       seg_no before span after
    0       0   All   120   Eur
    1       1   All   130   Eur
    """
    texts = {
        (a, int(s)): str(t)
        for a, s, t in zip(
            segments[ARTICLE_ID].tolist(),
            segments["seg_no"].tolist(),
            segments[TEXT].fillna("").tolist(),
            strict=True,
        )
    }
    rows = []
    for article_id, kind, reason, spans in zip(
        inconsistencies[ARTICLE_ID].tolist(),
        inconsistencies["kind"].tolist(),
        inconsistencies["reason"].tolist(),
        inconsistencies["spans"].fillna("").tolist(),
        strict=True,
    ):
        for match in _SPAN_RE.finditer(spans):
            seg_no, start, end = (int(match.group(g)) for g in ("seg", "start", "end"))
            text = texts.get((article_id, seg_no))
            if text is None:
                continue
            rows.append(
                (
                    article_id,
                    kind,
                    reason,
                    seg_no,
                    text[max(0, start - width) : start],
                    text[start:end],
                    text[end : end + width],
                )
            )
    columns = [ARTICLE_ID, "kind", "reason", "seg_no", "before", "span", "after"]
    out = pd.DataFrame.from_records(rows, columns=columns)
    return out.astype({"seg_no": np.int64})
