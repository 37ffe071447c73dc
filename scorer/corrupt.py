"""Inject one self-contradiction into real article text, with the ground truth.

The internal-consistency family (:mod:`scorer.features.consistency`) is
measured on real articles made inconsistent on purpose: a fact restated
later with another number, a name re-spelled in a later mention, a date
restated later moved to another day or month, a paragraph pasted twice.
:func:`corrupt` makes one such change per article and says exactly what it
changed and where, so that a benchmark can check that each corrupted
article scores lower than its original and that the originals raise no
alarm.

Everything is deterministic: the same articles, kind and seed give the same
corruptions, whatever the order of the articles.
"""

from __future__ import annotations

import random
import re

import pandas as pd

from scorer.features.claims import extract_claims, extract_entities
from scorer.features.consistency import _field_lines
from scorer.schema import ARTICLE_ID, ERROR, SEGMENT_COLUMNS, TEXT
from scorer.text import MONTH_NAMES, split_sentences

__all__ = [
    "CORRUPTION_KINDS",
    "EXPECTED_INCONSISTENCY",
    "TRUTH_COLUMNS",
    "consistency_scores",
    "corrupt",
    "corruption_report",
]

#: The kinds of self-contradiction :func:`corrupt` injects.
CORRUPTION_KINDS = ("number_restated", "name_respelled", "date_moved", "paragraph_duplicated")
#: Columns of the ground-truth table: ``original`` and ``injected`` are the
#: text before and after the change, ``where`` is ``"line N [a:b]"`` (1-based
#: line and character offsets of the injected text in the corrupted
#: ``text``), ``skipped`` the reason no corruption could be made (else NA).
TRUTH_COLUMNS = [ARTICLE_ID, "kind", "original", "injected", "where", "skipped"]

_MIN_PARAGRAPH_WORDS = 8
_DIGITS_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_MONTH_NAMES = MONTH_NAMES
_MONTH_RE = re.compile(
    r"\b(?:(?P<full>" + "|".join(_MONTH_NAMES) + r")|(?P<abbr>Jan|Feb|Mar|Apr|Jun|Jul|Aug"
    r"|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_ANY_MONTH_RE = re.compile(
    r"\b(?:" + "|".join(_MONTH_NAMES) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b"
)
_DAY_RE = re.compile(r"\b(?P<day>[12]\d|3[01]|0?[1-9])(?P<suffix>st|nd|rd|th)?\b")
# Slips inside the word: a changed ending ("Junco" -> "Juncou") reads as
# another form of the name, which the consistency check rightly tolerates.
_RESPELL_RULES = (
    (r"([bcdfglmnprst])\1", r"\1"),  # undouble a consonant: Mattis -> Matis
    (r"(?<=.)y(?=.)", "i"),
    (r"(?<=.)i(?=.)", "y"),
    (r"(?<=.)o(?=[^u])", "ou"),
    (r"(?<=.)([bdgklmnprt])(?=[aeiou])", r"\1\1"),  # double a consonant: Trump -> Trrump
)


def _rng(seed: int, article_id: str, kind: str) -> random.Random:
    # A string seed is hashed deterministically (not with PYTHONHASHSEED).
    return random.Random(f"{seed}\x1f{kind}\x1f{article_id}")


def _line_segments(articles: pd.DataFrame) -> pd.DataFrame:
    """Every non-empty line as a content segment: the harness reads the whole text."""
    rows = []
    for article_id, text in zip(articles[ARTICLE_ID], articles[TEXT], strict=True):
        position, seg_no = 0, 0
        for line_no, line in enumerate(str(text).split("\n"), start=1):
            if line.strip():
                rows.append(
                    (article_id, seg_no, line_no, position, position + len(line), line, "content")
                )
                seg_no += 1
            position += len(line) + 1
    frame = pd.DataFrame(
        rows, columns=[ARTICLE_ID, "seg_no", "line_no", "start", "end", "text", "label"]
    )
    return frame.reindex(columns=SEGMENT_COLUMNS)


def _where(text: str, start: int, end: int) -> str:
    return f"line {text.count(chr(10), 0, start) + 1} [{start}:{end}]"


def _insert_line_after(text: str, after: int, line: str, rng: random.Random) -> tuple[str, int]:
    """Insert ``line`` as a new paragraph at a line break after offset ``after``.

    Returns the new text and the offset of the inserted line.
    """
    breaks = [m.start() for m in re.finditer("\n", text) if m.start() >= after]
    if breaks:
        cut = rng.choice(breaks)
        return text[:cut] + "\n" + line + text[cut:], cut + 1
    stripped = text.rstrip("\n")
    return stripped + "\n" + line + text[len(stripped) :], len(stripped) + 1


def _sentence_offset(text: str, sentence: str) -> int:
    position = text.find(sentence)
    return position if position >= 0 else 0


def _new_number(surface: str, rng: random.Random) -> str | None:
    digits = _DIGITS_RE.search(surface)
    if digits is None:
        return None
    raw = digits.group()
    try:
        value = float(raw.replace(",", ""))
    except ValueError:
        return None
    if "." in raw:
        decimals = len(raw.split(".")[1])
        new = f"{value + rng.choice((1, 2, 3)):.{decimals}f}"
    else:
        number = int(value)
        step = max(1, round(number * rng.choice((0.2, 0.5, 1.0))))
        new = f"{number + step:,}" if "," in raw else str(number + step)
    return surface[: digits.start()] + new + surface[digits.end() :]


def _new_date(surface: str, rng: random.Random) -> str | None:
    month = _MONTH_RE.search(surface)
    if month is None:
        return None
    day = _DAY_RE.search(surface)
    # A year is no day: "March 2019" has only a month to move.
    if day is not None and int(day.group("day")) <= 31 and rng.random() < 0.5:
        number = int(day.group("day"))
        moved = number + rng.choice((1, 2, 3, 5, 7)) if number <= 20 else number - 10
        return surface[: day.start("day")] + str(moved) + surface[day.end("day") :]
    name = month.group()
    index = next(i for i, full in enumerate(_MONTH_NAMES) if full.startswith(name[:3]))
    other = _MONTH_NAMES[(index + rng.choice((1, 2, 3, 4, 5))) % 12]
    if month.group("abbr"):
        other = other[:3] + ("." if name.endswith(".") else "")
    return surface[: month.start()] + other + surface[month.end() :]


def _restate(
    text: str, claims: pd.DataFrame, rng: random.Random, make
) -> tuple[str, str, str, str] | str:
    """Restate a claim's sentence later in the text with its value changed."""
    if claims.empty:
        return "no eligible claim"
    # Prose only: a tweet's signature, a link line or a page field ("Posted
    # by Jane Doe on Tuesday, September 20, 2016") is page furniture.
    sentences = claims["sentence"].astype(str)
    prose = (
        (sentences.str.count(" ") >= _MIN_PARAGRAPH_WORDS - 1)
        & ~sentences.str.contains(r"@|https?:|pic\.twitter", regex=True)
        & ~_field_lines(sentences)
    )
    claims = claims.loc[prose.to_numpy()]
    if claims.empty:
        return "no claim in a prose sentence"
    order = list(range(len(claims)))
    rng.shuffle(order)
    for i in order:
        claim = claims.iloc[i]
        sentence = str(claim["sentence"])
        start, end = int(claim["start"]), int(claim["end"])
        changed = make(sentence[start:end], rng)
        if changed is None or changed == sentence[start:end]:
            continue
        restated = sentence[:start] + changed + sentence[end:]
        after = _sentence_offset(text, sentence) + len(sentence)
        new_text, offset = _insert_line_after(text, after, restated, rng)
        where = _where(new_text, offset + start, offset + start + len(changed))
        return new_text, sentence[start:end], changed, where
    return "no claim whose value could be changed"


def _line_at(text: str, start: int, end: int) -> str:
    """The whole line holding ``text[start:end]``."""
    stop = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1 : stop if stop >= 0 else len(text)]


def _respell(surname: str, rng: random.Random) -> str | None:
    first = rng.randrange(len(_RESPELL_RULES))
    for offset in range(len(_RESPELL_RULES)):
        pattern, replacement = _RESPELL_RULES[(first + offset) % len(_RESPELL_RULES)]
        variant = re.sub(pattern, replacement, surname, count=1)
        if variant != surname:
            return variant
    return None


def _respell_name(
    text: str, entities: pd.DataFrame, rng: random.Random
) -> tuple[str, str, str, str] | str:
    people = entities.loc[
        (entities["kind"] == "person") & entities["surface"].str.contains(" ", regex=False)
    ]
    if people.empty:
        return "no person named in full"
    # A surname shared by two people ("Nina" and "Percy Fawcett") is not one name.
    owners: dict[str, set[str]] = {}
    persons = entities.loc[entities["kind"] == "person"]
    for surface, entity in zip(persons["surface"], persons["entity_id"], strict=True):
        owners.setdefault(surface.split()[-1], set()).add(entity)
    candidates = sorted(
        {
            s.split()[-1]
            for s in people["surface"]
            if len(s.split()[-1]) >= 4 and len(owners[s.split()[-1]]) == 1
        },
        key=lambda s: (-text.count(s), s),
    )
    for surname in candidates:
        # A mention of the person, not a compound ("pro-Trump", "Trump Tower").
        mention = rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])(?!\s+[A-Z])"
        # In the article's prose, not in an embed's signature ("— Jane Doe
        # (@jdoe) September 22, 2016"): the platform's display name.
        positions = [
            m.start()
            for m in re.finditer(mention, text)
            if "(@" not in _line_at(text, m.start(), m.end())
        ]
        if len(positions) < 2:
            continue
        variant = _respell(surname, rng)
        if variant is None:
            continue
        # A later mention: any but the first.
        at = rng.choice(positions[1:])
        new_text = text[:at] + variant + text[at + len(surname) :]
        return new_text, surname, variant, _where(new_text, at, at + len(variant))
    return "no person mentioned twice"


def _duplicate_paragraph(text: str, rng: random.Random) -> tuple[str, str, str, str] | str:
    lines = [
        m for m in re.finditer(r"[^\n]+", text) if len(m.group().split()) >= _MIN_PARAGRAPH_WORDS
    ]
    if not lines:
        return f"no paragraph of {_MIN_PARAGRAPH_WORDS} words or more"
    chosen = rng.choice(lines)
    paragraph = chosen.group()
    new_text, offset = _insert_line_after(text, chosen.end(), paragraph, rng)
    return new_text, paragraph, paragraph, _where(new_text, offset, offset + len(paragraph))


def corrupt(
    articles: pd.DataFrame, *, kind: str, seed: int = 0
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Inject one self-contradiction of one kind into every article that allows it.

    * ``number_restated``: a sentence stating a number (digits) is repeated
      as a new paragraph later in the text with the number changed
      ("120 Europeans" -> "180 Europeans").
    * ``name_respelled``: a surname of a person named in full and mentioned
      at least twice is re-spelled in one later mention (a doubled or
      undoubled consonant, i/y, o/ou: "Mattis" -> "Matis").
    * ``date_moved``: a sentence with a calendar date (a month name, with or
      without a day) is repeated later with the day or the month moved
      ("December 4" -> "December 7", "in September" -> "in November").
    * ``paragraph_duplicated``: a paragraph (a line of eight words or more)
      is pasted again at a later line break.

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles with ``article_id`` and ``text`` (``error`` is honoured when
        present). Not modified.
    kind : str
        One of :data:`CORRUPTION_KINDS`.
    seed : int, default 0
        Seeds the choices (which claim, which mention, where to insert);
        each article's random draws depend only on the seed, the kind and its
        id, not on the order of the articles.

    Returns
    -------
    corrupted : pandas.DataFrame
        The corrupted articles (same columns, same ``article_id``, input
        order), only those that could be corrupted.
    truth : pandas.DataFrame
        :data:`TRUTH_COLUMNS`, one row per input article in input order;
        articles that could not be corrupted (error, empty text, nothing of
        the kind to change) have ``skipped`` set and NA elsewhere.

    Examples
    --------
    >>> articles = pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Officials said 1,500 French troops left Niger on December 22.\\n"
    ...     "The withdrawal ended a decade of French operations in the Sahel region."]})
    >>> corrupted, truth = corrupt(articles, kind="number_restated")
    >>> truth[["original", "injected", "where"]]
      original injected           where
    0    1,500    2,250  line 2 [77:82]
    >>> print(corrupted["text"].iloc[0])
    Officials said 1,500 French troops left Niger on December 22.
    Officials said 2,250 French troops left Niger on December 22.
    The withdrawal ended a decade of French operations in the Sahel region.
    """
    if kind not in CORRUPTION_KINDS:
        raise ValueError(f"unknown corruption kind {kind!r}; expected one of {CORRUPTION_KINDS}")
    texts = articles[TEXT].fillna("").astype(str)
    errors = articles[ERROR] if ERROR in articles.columns else pd.Series(pd.NA, articles.index)
    usable = articles.loc[errors.isna().to_numpy() & (texts.str.strip().str.len() > 0).to_numpy()]
    claims = entities = None
    if kind != "paragraph_duplicated" and not usable.empty:
        frame = usable[[ARTICLE_ID, TEXT]].assign(**{ERROR: pd.NA})
        sentences = split_sentences(_line_segments(frame))
        entities = extract_entities(sentences, frame)
        claims = extract_claims(sentences, frame, entities)
    usable_ids = set(usable[ARTICLE_ID])
    by_article: dict = {}
    if claims is not None:
        table = claims if kind != "name_respelled" else entities
        by_article = {a: g for a, g in table.groupby(ARTICLE_ID, sort=False)}
        empty = table.iloc[0:0]
    truth_rows, new_texts = [], {}
    for article_id, text, error in zip(
        articles[ARTICLE_ID].tolist(), texts.tolist(), errors.tolist(), strict=True
    ):
        if article_id not in usable_ids:
            reason = f"article error: {error}" if isinstance(error, str) else "empty text"
            truth_rows.append((article_id, kind, pd.NA, pd.NA, pd.NA, reason))
            continue
        rng = _rng(seed, str(article_id), kind)
        if kind == "paragraph_duplicated":
            result = _duplicate_paragraph(text, rng)
        elif kind == "name_respelled":
            own = by_article.get(article_id, empty)
            result = _respell_name(text, own, rng)
        else:
            own = by_article.get(article_id, empty)
            if kind == "number_restated":
                own = own.loc[(own["kind"] == "number") & own["surface"].str.contains(r"\d")]
                result = _restate(text, own, rng, _new_number)
            else:
                own = own.loc[(own["kind"] == "date") & own["surface"].str.contains(_ANY_MONTH_RE)]
                result = _restate(text, own, rng, _new_date)
        if isinstance(result, str):
            truth_rows.append((article_id, kind, pd.NA, pd.NA, pd.NA, result))
            continue
        new_text, original, injected, where = result
        new_texts[article_id] = new_text
        truth_rows.append((article_id, kind, original, injected, where, pd.NA))
    truth = pd.DataFrame(truth_rows, columns=TRUTH_COLUMNS).astype(object)
    keep = articles[ARTICLE_ID].isin(new_texts)
    corrupted = articles.loc[keep].copy()
    corrupted[TEXT] = corrupted[ARTICLE_ID].map(new_texts)
    return corrupted.reset_index(drop=True), truth


#: The inconsistency kind each corruption should raise (for kind-specific false alarms).
EXPECTED_INCONSISTENCY = {
    "number_restated": "value_conflict",
    "name_respelled": "spelling_variant",
    "date_moved": "value_conflict",
    "paragraph_duplicated": "repeated_text",
}


def consistency_scores(articles: pd.DataFrame) -> pd.DataFrame:
    """Run the pipeline's stages up to :func:`~scorer.features.consistency.consistency_features`.

    Segmentation (:func:`scorer.features.spam.segment`), sentences, entities,
    claims and inconsistencies, exactly as :func:`scorer.analyze` chains them.

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles with every :data:`scorer.schema.ARTICLE_COLUMNS` column.

    Returns
    -------
    pandas.DataFrame
        :func:`~scorer.features.consistency.consistency_features`' table
        (indexed by ``article_id``: ``consistency`` in [0, 1], 1 is good;
        counts per inconsistency kind).
    """
    from scorer.features import consistency, spam

    segments = spam.segment(articles)
    sentences = split_sentences(segments)
    entities = extract_entities(sentences, articles)
    claims = extract_claims(sentences, articles, entities)
    found = consistency.find_inconsistencies(articles, segments, sentences, claims, entities)
    return consistency.consistency_features(found, articles[ARTICLE_ID])


def corruption_report(
    original: pd.DataFrame, corrupted: pd.DataFrame, truth: pd.DataFrame
) -> pd.DataFrame:
    """Detection and false-alarm rates per corruption kind.

    Parameters
    ----------
    original : pandas.DataFrame
        :func:`consistency_scores` of the untouched articles.
    corrupted : pandas.DataFrame
        :func:`consistency_scores` of the corrupted articles (same ids),
        possibly several kinds concatenated with a ``kind`` column, or the
        scores of one kind with ``truth`` of that kind.
    truth : pandas.DataFrame
        :func:`corrupt`'s ground truth (one or several kinds concatenated).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``kind``: ``n`` corrupted articles, ``n_skipped``,
        ``detection`` (share whose consistency fell below the original's; 1
        is good), ``false_alarm`` (share of their originals with an
        inconsistency of the kind the corruption should raise; 0 is good) and
        ``any_alarm`` (share of their originals with any inconsistency).
    """
    rows = []
    for kind, own in truth.groupby("kind", sort=False):
        done = own.loc[own["skipped"].isna(), ARTICLE_ID].tolist()
        scores = corrupted.loc[corrupted["kind"] == kind] if "kind" in corrupted else corrupted
        before = original["consistency"].reindex(done).to_numpy()
        after = scores["consistency"].reindex(done).to_numpy()
        expected = f"n_{EXPECTED_INCONSISTENCY[kind]}"
        n = len(done)
        rows.append(
            {
                "kind": kind,
                "n": n,
                "n_skipped": int(own["skipped"].notna().sum()),
                "detection": float((after < before).mean()) if n else float("nan"),
                "false_alarm": float((original[expected].reindex(done) > 0).mean())
                if n
                else float("nan"),
                "any_alarm": float((original["n_inconsistencies"].reindex(done) > 0).mean())
                if n
                else float("nan"),
            }
        )
    columns = ["kind", "n", "n_skipped", "detection", "false_alarm", "any_alarm"]
    return pd.DataFrame(rows, columns=columns).set_index("kind")
