"""Column names and the column order of every table scorer produces.

The style guide puts column-name constants in ``io.py``; they live here
instead because the core stages need them and the core must not import the
I/O layer (dependencies point inward). ``scorer.io`` re-exports them.

Every per-article table carries ``article_id`` (a string) and keeps the input
order of the articles table.
"""

from __future__ import annotations

ARTICLE_ID = "article_id"
SOURCE = "source"
TITLE = "title"
PUBLISHED = "published"
URL = "url"
TEXT = "text"
EVENT_ID = "event_id"
ERROR = "error"

#: articles: one row per input article.  ``published`` is a tz-naive
#: ``datetime64`` (NaT when unknown); ``byline`` and ``publisher`` (the
#: original publisher a re-post names) come from metadata or from the text;
#: ``encoding`` is how the bytes were decoded; ``error`` is NA when the row can
#: be scored, else a readable reason (the row is kept either way).
ARTICLE_COLUMNS = [
    ARTICLE_ID,
    SOURCE,
    TITLE,
    PUBLISHED,
    URL,
    TEXT,
    "byline",
    "publisher",
    "language",
    "encoding",
    ERROR,
]

#: segments: one row per non-empty line of the raw text.  ``seg_no`` counts
#: from 0 within an article, ``line_no`` is the 1-based line of the raw text,
#: ``start``/``end`` are character offsets into the raw text.  ``label`` is one
#: of :data:`SEGMENT_LABELS`; ``category`` refines it (``prose``, ``heading``,
#: ``ad``, ``junk_token``, ``byline`` …); ``reason`` is a sentence a person can
#: read; ``spam_chars`` counts the characters of the segment judged spam or
#: boilerplate (a segment can be partly spam: ``spam_start``/``spam_end`` give
#: that span, relative to the segment, or -1).
SEGMENT_COLUMNS = [
    ARTICLE_ID,
    "seg_no",
    "line_no",
    "start",
    "end",
    TEXT,
    "label",
    "category",
    "reason",
    "spam_start",
    "spam_end",
]
SEGMENT_LABELS = ("content", "metadata", "boilerplate", "spam")

#: sentences: one row per sentence of the clean text (content segments).
#: ``claim_bearing`` marks sentences stating checkable facts; ``attributed``,
#: ``source_span``, ``cue`` and ``source_type`` (one of
#: :data:`SOURCE_TYPES`) say who the sentence is ascribed to.
SENTENCE_COLUMNS = [
    ARTICLE_ID,
    "sentence_no",
    "seg_no",
    "sentence",
    "claim_bearing",
    "attributed",
    "source_span",
    "cue",
    "source_type",
]
SOURCE_TYPES = ("person", "organisation", "document", "data", "anonymous", "credit", "none")

#: quotes: direct quotations with their speaker and the cue verb.
QUOTE_COLUMNS = [ARTICLE_ID, "quote_no", "sentence_no", "quote", "speaker", "cue"]

#: claims: one row per checkable fact.  ``kind`` is one of
#: :data:`CLAIM_KINDS`; ``value`` is normalised (numbers as plain decimal
#: strings, dates as ISO ``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY``, entities as
#: their ``entity_id``); ``key`` says what the value is about.  ``status``,
#: ``support`` and ``conflict_with`` are filled by cross-source agreement.
CLAIM_COLUMNS = [
    ARTICLE_ID,
    "claim_no",
    "sentence_no",
    "sentence",
    "kind",
    "key",
    "value",
    "surface",
    "attributed",
    "source_named",
    "confidence",
    "status",
    "support",
    "conflict_with",
]
CLAIM_KINDS = ("number", "date", "person", "organisation", "place")
CLAIM_STATUSES = ("corroborated", "contradicted", "uncorroborated")

#: entities: one row per (article, entity, surface spelling).
ENTITY_COLUMNS = [ARTICLE_ID, "entity_id", "name", "surface", "kind", "mentions"]

#: inconsistencies: one row per self-contradiction found in an article.
INCONSISTENCY_COLUMNS = [ARTICLE_ID, "kind", "reason", "spans"]

#: The four family scores, each in [0, 1].  ``spam_density`` is a share of
#: the raw text (0 is clean); the other three have 1 at the trustworthy end.
FAMILIES = ("spam_density", "attribution", "consistency", "agreement")

#: scores: one row per article.
SCORE_COLUMNS = [
    ARTICLE_ID,
    SOURCE,
    TITLE,
    *FAMILIES,
    "reliability",
    "reliability_low",
    "reliability_high",
    ERROR,
]

#: sources: one row per outlet.
SOURCE_COLUMNS = [
    SOURCE,
    "n_articles",
    "mean_reliability",
    "reliability",
    "reliability_low",
    "reliability_high",
]
