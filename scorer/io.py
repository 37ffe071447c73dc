"""Loading articles from files or frames, and writing result tables.

:func:`load_articles` turns whatever a user has (a folder of ``.txt`` files,
one file, a ``.csv``/``.tsv``/``.jsonl``/``.parquet`` table, a list of those,
or a DataFrame) into the one articles table every later stage reads: exactly
the columns of :data:`scorer.schema.ARTICLE_COLUMNS` (plus ``event_id`` when
the input has one, plus any extra input columns after them), one row per
input article, in input order.  Nothing is dropped: an article that cannot be
scored (empty, binary, too large, not English) keeps its row with ``error``
set to a readable reason.  Whole-input problems (a missing path, an empty
folder, a table without a text column) raise :class:`InputError` or
:class:`FileNotFoundError` naming the file and the problem.

Where the input carries no metadata, the loader reads what the raw text shows
at its top and bottom: the headline, the page date of a dateline, a byline,
the site of a ``date | by site`` dateline, and the original publisher a
re-post names ("Translation of an original article published ... on
lemonde.fr").  The project scores English text only: other languages are
detected (py3langid, on a prefix) and flagged in ``error``.

The column-name constants live in :mod:`scorer.schema` (the core cannot import
this module) and are re-exported here.
"""

from __future__ import annotations

import csv
import datetime as _dt
import functools
import io as _io
import os
import re
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from scorer.schema import (
    ARTICLE_COLUMNS,
    ARTICLE_ID,
    CLAIM_COLUMNS,
    CLAIM_KINDS,
    CLAIM_STATUSES,
    ENTITY_COLUMNS,
    ERROR,
    EVENT_ID,
    FAMILIES,
    INCONSISTENCY_COLUMNS,
    PUBLISHED,
    QUOTE_COLUMNS,
    SCORE_COLUMNS,
    SEGMENT_COLUMNS,
    SEGMENT_LABELS,
    SENTENCE_COLUMNS,
    SOURCE,
    SOURCE_COLUMNS,
    SOURCE_TYPES,
    TEXT,
    TITLE,
    URL,
)

__all__ = [
    "ARTICLE_COLUMNS",
    "ARTICLE_ID",
    "CLAIM_COLUMNS",
    "CLAIM_KINDS",
    "CLAIM_STATUSES",
    "ENTITY_COLUMNS",
    "ERROR",
    "EVENT_ID",
    "FAMILIES",
    "INCONSISTENCY_COLUMNS",
    "PUBLISHED",
    "QUOTE_COLUMNS",
    "SCORE_COLUMNS",
    "SEGMENT_COLUMNS",
    "SEGMENT_LABELS",
    "SENTENCE_COLUMNS",
    "SOURCE",
    "SOURCE_COLUMNS",
    "SOURCE_TYPES",
    "TEXT",
    "TITLE",
    "URL",
    "InputError",
    "load_articles",
    "write_table",
]

BYLINE = "byline"
PUBLISHER = "publisher"
LANGUAGE = "language"
ENCODING = "encoding"

#: The language the feature families understand; other languages are flagged.
SCORED_LANGUAGE = "en"
#: Fewest words an article needs to be scored.  Below it ("ab", "Hello
#: world.") there is no statement to weigh: no family has evidence either
#: way, and a score would be the prior dressed up as a finding.  The row
#: keeps its text and gets an error.
MIN_WORDS = 3
_WORD_RE = re.compile(r"[^\W_]+")

_TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet")
_METADATA_FILE = "metadata.csv"
_STRING_COLUMNS = [c for c in ARTICLE_COLUMNS if c != PUBLISHED]

# Lower-cased input column name -> our column.  The canonical names map to
# themselves so that "Text" or "TITLE" are recognised too.
_ALIASES: dict[str, str] = {
    "article_id": ARTICLE_ID,
    "id": ARTICLE_ID,
    "text": TEXT,
    "content": TEXT,
    "body": TEXT,
    "maintext": TEXT,
    "article_content": TEXT,
    "article": TEXT,
    "full_text": TEXT,
    "fulltext": TEXT,
    "title": TITLE,
    "article_title": TITLE,
    "headline": TITLE,
    "source": SOURCE,
    "portal": SOURCE,
    "outlet": SOURCE,
    "site": SOURCE,
    "domain": SOURCE,
    "publisher": PUBLISHER,
    "published": PUBLISHED,
    "date": PUBLISHED,
    "pubdate": PUBLISHED,
    "published_at": PUBLISHED,
    "publish_date": PUBLISHED,
    "url": URL,
    "link": URL,
    "uri": URL,
    "byline": BYLINE,
    "author": BYLINE,
    "authors": BYLINE,
    "language": LANGUAGE,
    "lang": LANGUAGE,
    "encoding": ENCODING,
    "event_id": EVENT_ID,
    "error": ERROR,
}
# ``publisher`` is an alias of ``source`` in the brief's list of common names,
# but the schema also has a ``publisher`` column (the original publisher of a
# re-post).  A table with a ``publisher`` column and no ``source`` column uses
# it as the outlet; with both, each keeps its own meaning.
_SOURCE_FALLBACKS = ("publisher",)

# Known outlets behind the domains re-posts name, so that "lemonde.fr" reads
# as "Le Monde".  Unknown domains are kept as written.
_DOMAIN_NAMES = {
    "lemonde.fr": "Le Monde",
    "lefigaro.fr": "Le Figaro",
    "liberation.fr": "Libération",
    "rfi.fr": "RFI",
    "france24.com": "France 24",
    "jeuneafrique.com": "Jeune Afrique",
    "reuters.com": "Reuters",
    "apnews.com": "Associated Press",
    "afp.com": "AFP",
    "bbc.com": "BBC",
    "bbc.co.uk": "BBC",
    "aljazeera.com": "Al Jazeera",
    "aa.com.tr": "Anadolu Agency",
    "dw.com": "DW",
    "theguardian.com": "The Guardian",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "cnn.com": "CNN",
    "politico.com": "Politico",
    "abcnews.go.com": "ABC News",
}


def _wordset(words: str) -> frozenset[str]:
    """A frozenset from a whitespace-separated word list (reads better than a literal)."""
    return frozenset(words.split())


class InputError(ValueError):
    """The input as a whole cannot be read (names the file, row and problem)."""


# --------------------------------------------------------------------------
# decoding bytes
# --------------------------------------------------------------------------

_BINARY_SIGNATURES = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media file"),
    (b"\xd0\xcf\x11\xe0", "Microsoft Office document"),
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Single-byte Latin-script code pages charset-normalizer may guess for
# Western text; cp1252 is by far the most common of them on the web, so when
# it decodes the bytes it is preferred (a cp1250 guess for English text with
# one accented letter is a coin toss, not evidence).
_LATIN_GUESSES = frozenset(
    {"cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_15", "mac_roman", "mac_latin2"}
    | {f"iso8859_{n}" for n in (1, 2, 3, 4, 9, 10, 13, 14, 16)}
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A UTF-8 lead byte read as cp1252/latin-1 followed by a continuation byte read
# the same way: the signature of mojibake.  Only texts matching it go to ftfy,
# which is slow and decides for itself whether a fix is warranted.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]"
)


def _binary_kind(data: bytes) -> str | None:
    """Name the binary format of ``data``, or None when it may be text."""
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            return kind
    return None


def _decode(data: bytes, encoding: str | None) -> tuple[str | None, str | None, str | None]:
    """Decode file bytes; return (text, encoding used, error)."""
    if not data:
        return "", None, None
    if encoding is not None:
        try:
            return data.decode(encoding), encoding, None
        except (UnicodeDecodeError, LookupError) as exc:
            return None, encoding, f"cannot decode as {encoding}: {exc}"
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec, None
            except UnicodeDecodeError:
                break
    kind = _binary_kind(data)
    if kind is not None:
        return None, None, f"binary file ({kind}), not text"
    head = data[:4096]
    if b"\x00" in head:
        # BOM-less UTF-16 puts a NUL next to every ASCII character; anything
        # else with NUL bytes is binary.
        odd = head[1::2].count(0)
        even = head[0::2].count(0)
        codec = "utf-16-le" if odd > even else "utf-16-be"
        if max(odd, even) > 0.3 * len(head) / 2:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                text = None
            if text is not None and len(_CONTROL.findall(text[:4096])) < 0.01 * len(text[:4096]):
                return text, codec, None
        return None, None, "binary file (contains NUL bytes), not text"
    try:
        text, used = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, used = _decode_guess(data)
    sample = text[:4096]
    if len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        return None, None, "binary file (mostly control characters), not text"
    return text, used, None


def _decode_guess(data: bytes) -> tuple[str, str]:
    """Decode bytes that are not UTF-8 (charset-normalizer, then cp1252)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    guess = best.encoding if best is not None else None
    if guess is None or guess in _LATIN_GUESSES:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            if guess is None:
                return data.decode("latin-1"), "latin-1"
    return str(best), guess


def _repair_mojibake(text: pd.Series, encoding: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Fix mojibake with ftfy where the text shows its signature."""
    suspect = text.str.contains(_MOJIBAKE, na=False)
    if not suspect.any():
        return text, encoding
    import ftfy

    fixed = text[suspect].map(ftfy.fix_encoding)
    changed = fixed.index[fixed.to_numpy() != text[suspect].to_numpy()]
    if len(changed) == 0:
        return text, encoding
    text = text.copy()
    text.loc[changed] = fixed.loc[changed]
    note = encoding.loc[changed].fillna("").astype(object) + "+ftfy"
    encoding = encoding.astype(object).copy()
    encoding.loc[changed] = note.str.lstrip("+").to_numpy()
    return text, encoding


# --------------------------------------------------------------------------
# reading inputs into raw frames
# --------------------------------------------------------------------------


def _canonical_columns(df: pd.DataFrame, columns: Mapping[str, str] | None) -> pd.DataFrame:
    """Rename user and common column names to ours (case-insensitive)."""
    columns = dict(columns or {})
    missing = [name for name in columns if name not in df.columns]
    if missing:
        raise InputError(
            f"columns= names {missing} not found; the input has columns {list(df.columns)}"
        )
    clashes = [
        f"{theirs!r} -> {ours!r}"
        for theirs, ours in columns.items()
        if ours in df.columns and ours not in columns and theirs != ours
    ]
    if clashes:
        raise InputError(
            f"columns= maps {', '.join(clashes)}, but the input already has that column; "
            "map or drop the existing one too"
        )
    renames: dict[str, str] = dict(columns)
    taken = set(columns.values())
    # Exact canonical names first, then aliases, so that an input with both
    # ``text`` and ``content`` keeps ``text`` as the text.
    candidates = sorted(
        (c for c in df.columns if c not in renames and isinstance(c, str)),
        key=lambda c: (c.lower() not in [*ARTICLE_COLUMNS, EVENT_ID], c != c.lower()),
    )
    for name in candidates:
        target = _ALIASES.get(name.lower().strip())
        if (
            target is not None
            and target not in taken
            and (target not in df.columns or target == name)
        ):
            renames[name] = target
            taken.add(target)
    if SOURCE not in taken:
        for name in candidates:
            if name.lower() in _SOURCE_FALLBACKS and renames.get(name) == PUBLISHER:
                renames[name] = SOURCE
                break
    return df.rename(columns=renames)


def _require_unique_columns(found: list, renamed: pd.DataFrame, origin: str) -> None:
    """Raise InputError when two input columns have, or are given, the same name."""
    names = [str(c) for c in found]
    repeated = pd.Index(found).duplicated(keep=False)
    if repeated.any():
        twice = sorted({name for name, again in zip(names, repeated, strict=True) if again})
        raise InputError(
            f"{origin}: column name(s) {twice} appear more than once; found columns {names}. "
            "Rename or drop the repeats"
        )
    after = list(renamed.columns)
    clashes = {
        ours: [theirs for theirs, now in zip(names, after, strict=True) if now == ours]
        for ours in sorted({str(name) for name in after if after.count(name) > 1})
    }
    if clashes:
        listed = "; ".join(f"{theirs} all read as {ours!r}" for ours, theirs in clashes.items())
        raise InputError(
            f"{origin}: several columns map to one: {listed}. Map only one of them "
            "(columns={...}) or drop the others"
        )


def _require_text(df: pd.DataFrame, origin: str, found: list) -> None:
    if TEXT not in df.columns:
        raise InputError(
            f"{origin}: no text column; found columns {[str(c) for c in found]}. "
            "Name the column holding the article text, e.g. "
            "load_articles(..., columns={'<your column>': 'text'})"
        )


def _from_frame(
    df: pd.DataFrame, origin: str, columns: Mapping[str, str] | None, offset: int = 0
) -> pd.DataFrame:
    found = list(df.columns)
    df = _canonical_columns(df.reset_index(drop=True), columns)
    _require_unique_columns(found, df, origin)
    _require_text(df, origin, found)
    # ``offset``: the rows' first position in their file (a part of a large table).
    positions = pd.Series(np.arange(offset, offset + len(df)).astype(str), index=df.index)
    if ARTICLE_ID in df.columns:
        ids = df[ARTICLE_ID]
        if pd.api.types.is_float_dtype(ids) and (ids.dropna() % 1 == 0).all():
            ids = ids.astype("Int64")  # 7.0 read from JSON with gaps is the id "7"
        as_text = ids.astype(object).where(ids.isna(), ids.astype(str))
        df = df.assign(**{ARTICLE_ID: as_text.fillna(positions)})
    else:
        df = df.assign(**{ARTICLE_ID: positions})
    return df


def _read_table(
    path: Path,
    columns: Mapping[str, str] | None,
    encoding: str | None,
    row_groups: list[int] | None = None,
    offset: int = 0,
) -> pd.DataFrame:
    """One table file; of a parquet file, only ``row_groups`` (starting at row ``offset``)."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet" and row_groups is not None:
            import pyarrow.parquet as pq

            df = pq.ParquetFile(path).read_row_groups(row_groups).to_pandas()
            used = None
        elif suffix == ".parquet":
            df = pd.read_parquet(path)
            used = None
        else:
            data = path.read_bytes()
            text, used, problem = _decode(data, encoding)
            if problem is not None:
                raise InputError(f"{path}: {problem}")
            buffer = _io.StringIO(text)
            if suffix in (".csv", ".tsv"):
                sep = "\t" if suffix == ".tsv" else ","
                # Read every column as text first: ids like "001" must stay
                # strings, and empty cells must stay missing.
                try:
                    df = pd.read_csv(
                        buffer, sep=sep, dtype=str, keep_default_na=False, na_values=[""]
                    )
                except pd.errors.ParserError:
                    _require_even_rows(text, sep, path)
                    raise
                if not isinstance(df.index, pd.RangeIndex):
                    # pandas takes the extra leading fields of rows longer than
                    # the header as an index: every column would be misread.
                    _require_even_rows(text, sep, path)
                    raise InputError(f"{path}: rows have more fields than the header")
            elif suffix in (".jsonl", ".ndjson"):
                df = pd.read_json(buffer, lines=True, dtype=False)
            else:
                df = pd.read_json(buffer, dtype=False)
    except InputError:
        raise
    except (ValueError, OSError, ImportError) as exc:
        raise InputError(f"{path}: cannot read as {suffix[1:]}: {exc}") from exc
    df = _from_frame(df, str(path), columns, offset)
    if ENCODING not in df.columns:
        df = df.assign(**{ENCODING: used})
    return df


def _require_even_rows(text: str, sep: str, path: Path) -> None:
    """Raise InputError naming the first row with more fields than the header."""
    reader = csv.reader(_io.StringIO(text, newline=""), delimiter=sep)
    header = next(reader, [])
    for row in reader:
        if len(row) > len(header):
            shown = "a tab" if sep == "\t" else repr(sep)
            raise InputError(
                f"{path}: line {reader.line_num} has {len(row)} fields but the header has "
                f"{len(header)}; quote values that contain {shown}, or add the missing "
                "column names to the header"
            )


def _read_txt(paths: list[Path], max_bytes: int | None, encoding: str | None) -> pd.DataFrame:
    rows = []
    for path in paths:
        size = path.stat().st_size
        text, used, problem = "", None, None
        if max_bytes is not None and size > max_bytes:
            problem = (
                f"file {path.name} is {size:,} bytes, over the size cap of {max_bytes:,} bytes "
                "(max_bytes); text left empty"
            )
        else:
            decoded, used, problem = _decode(path.read_bytes(), encoding)
            if problem is not None:
                problem = f"{problem}: {path.name}"
            text = decoded if decoded is not None else ""
        rows.append((path.stem, text, used, problem))
    return pd.DataFrame(rows, columns=[ARTICLE_ID, TEXT, ENCODING, ERROR])


def _read_metadata(path: Path, columns: Mapping[str, str] | None) -> pd.DataFrame:
    """Read a folder's metadata.csv: one row per file stem."""
    try:
        meta = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    except (ValueError, OSError) as exc:
        raise InputError(f"{path}: cannot read metadata: {exc}") from exc
    if not isinstance(meta.index, pd.RangeIndex):  # rows longer than the header
        _require_even_rows(path.read_text(encoding="utf-8", errors="replace"), ",", path)
        raise InputError(f"{path}: rows have more fields than the header")
    lowered = {c.lower(): c for c in meta.columns}
    for key in ("file", "filename", "file_name", "stem"):
        if key in lowered and "article_id" not in lowered and "id" not in lowered:
            stems = meta[lowered[key]].map(lambda name: Path(name).stem, na_action="ignore")
            meta = meta.drop(columns=lowered[key]).assign(article_id=stems)
            break
    found = list(meta.columns)
    meta = _canonical_columns(meta, {k: v for k, v in (columns or {}).items() if k in meta})
    _require_unique_columns(found, meta, str(path))
    if ARTICLE_ID not in meta.columns:
        raise InputError(
            f"{path}: metadata needs an article_id (file stem) column; "
            f"found columns {list(meta.columns)}"
        )
    if meta[ARTICLE_ID].duplicated().any():
        dupes = sorted(meta.loc[meta[ARTICLE_ID].duplicated(), ARTICLE_ID].unique())
        raise InputError(f"{path}: article_id repeated in metadata: {dupes}")
    return meta.drop(columns=[c for c in (TEXT, ERROR, ENCODING) if c in meta.columns])


def _read_folder(
    folder: Path, columns: Mapping[str, str] | None, max_bytes: int | None, encoding: str | None
) -> pd.DataFrame:
    files = sorted(p for p in folder.iterdir() if p.is_file())
    txt = [p for p in files if p.suffix.lower() == ".txt"]
    if txt:
        df = _read_txt(txt, max_bytes, encoding)
        meta_path = folder / _METADATA_FILE
        if meta_path.exists():
            meta = _read_metadata(meta_path, columns)
            unknown = sorted(set(meta[ARTICLE_ID]) - set(df[ARTICLE_ID]))
            if unknown:
                warnings.warn(
                    f"{meta_path}: rows for files that are not in the folder: {unknown}",
                    stacklevel=4,
                )
            df = df.merge(meta, on=ARTICLE_ID, how="left", validate="one_to_one")
        return df
    tables = [p for p in files if p.suffix.lower() in _TABLE_SUFFIXES and p.name != _METADATA_FILE]
    if not tables:
        raise InputError(
            f"{folder}: no article files found; expected .txt files (one article each) or "
            f"{'/'.join(_TABLE_SUFFIXES)} tables"
        )
    return pd.concat([_read_table(p, columns, encoding) for p in tables], ignore_index=True)


def _read_any(
    source: object,
    columns: Mapping[str, str] | None,
    max_bytes: int | None,
    encoding: str | None,
) -> pd.DataFrame:
    if isinstance(source, pd.DataFrame):
        return _from_frame(source, "DataFrame", columns)
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if not path.exists():
            raise FileNotFoundError(f"no such file or folder: {path}")
        if path.is_dir():
            return _read_folder(path, columns, max_bytes, encoding)
        suffix = path.suffix.lower()
        if suffix == ".txt":
            return _read_txt([path], max_bytes, encoding)
        if suffix in _TABLE_SUFFIXES:
            return _read_table(path, columns, encoding)
        raise InputError(
            f"{path}: unknown file type {suffix!r}; expected .txt or one of "
            f"{', '.join(_TABLE_SUFFIXES)}"
        )
    if isinstance(source, Iterable) and not isinstance(source, (bytes, Mapping)):
        parts = [_read_any(item, columns, max_bytes, encoding) for item in source]
        if not parts:
            raise InputError("empty list of inputs: nothing to load")
        return pd.concat(parts, ignore_index=True)
    raise TypeError(
        f"cannot load articles from {type(source).__name__}; pass a path, a list of paths "
        "or a DataFrame"
    )


# --------------------------------------------------------------------------
# metadata the text shows
# --------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<{}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = re.compile(
    r"\b(?:"
    + _MONTH.format("m1")
    + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    + r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+"
    + _MONTH.format("m2")
    + r",?\s+(?P<y2>(?:19|20)\d\d)"
    + r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))\b",
    re.IGNORECASE,
)
_BY_LINE = re.compile(
    r"^(?:(?:[Ww]ritten|[Pp]osted|[Ww]ords|[Ss]tory|[Rr]eporting)\s+)?(?:[Bb]y|BY):?\s+"
    r"(?P<name>[A-Z\u00c0-\u00de][^\n|]{1,80}?)\s*(?:\||$)"
)
_DATELINE_BY = re.compile(r"\|\s*by:?\s+(?P<name>[^|\n]{2,80}?)\s*(?:\||$)", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}$", re.IGNORECASE)
_NAME_WORD = re.compile(
    r"^(?:[A-Z][a-z\u00e0-\u00ff]+(?:[-'\u2019][A-Z]?[a-z\u00e0-\u00ff]+)*|[A-Z]\.)$"
)
_NOT_NAME_WORDS = _wordset(
    """
    the a an and of for in on to at by with this that from read more share comment
    comments leave reply news today home menu login subscribe search politics world
    military business sports sport opinion video videos live related posts view all
    topic back images image photo photos source sources sponsor advertisement follow us
    contact about privacy terms editor editorial staff team breaking latest top story
    stories min minute minutes monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november
    december le la les el al de du des der die das
    """
)
_AD_PREFIX = re.compile(
    r"^(?:sponsor(?:ed)?|advertisement|advert|ad|promoted|partner content)\b", re.IGNORECASE
)
_PUBLISHER_DOMAIN = re.compile(
    r"(?:originally\s+)?(?:published|appeared|posted)\s+(?:in\s+[A-Z][a-z]+\s+)?"
    r"(?:on|in|at|by)\s+(?:the\s+)?(?:website\s+)?"
    r"(?P<domain>(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b",
    re.IGNORECASE,
)
_PUBLISHER_NAME = re.compile(
    r"(?:originally\s+(?:published|appeared)\s+(?:on|in|by|at)|first\s+(?:published|appeared)"
    r"\s+(?:on|in|by|at)|republished\s+(?:with\s+permission\s+)?from)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})"
)
# A cheap literal test before the costly publisher patterns.
_PUBLISHER_HINT = re.compile(r"ublish|ppeared|osted")
_HEAD_CHARS = 2000
_TAIL_CHARS = 800
_HEAD_LINES = 14


def _date_from_match(match: re.Match) -> _dt.date | None:
    groups = match.groupdict()
    try:
        if groups["y1"]:
            month = _MONTHS[groups["m1"].lower()[:3]]
            return _dt.date(int(groups["y1"]), month, int(groups["d1"]))
        if groups["y2"]:
            month = _MONTHS[groups["m2"].lower()[:3]]
            return _dt.date(int(groups["y2"]), month, int(groups["d2"]))
        return _dt.date(int(groups["y3"]), int(groups["m3"]), int(groups["d3"]))
    except (ValueError, KeyError):
        return None


def _is_prose(line: str) -> bool:
    return len(line) > 200 or len(line.split()) > 30


def _looks_like_title(line: str) -> bool:
    words = line.split()
    if not 4 <= len(words) <= 30 or not 15 <= len(line) <= 250:
        return False
    if line[-1] in ".,;:" and not line.endswith("..."):
        return False
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(words) <= 5:
        return False  # an upper-case site name such as "THE AMERICA ONE NEWS"
    first = line.lstrip("\"'\u201c\u2018")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if _AD_PREFIX.match(line) or "http" in line or "www." in line or " | " in line:
        return False
    is_dateline = _DATE.search(line) is not None and len(words) <= 8
    return not (_BY_LINE.match(line) or is_dateline)


def _person_name(line: str) -> str | None:
    words = line.split()
    if not 2 <= len(words) <= 4 or len(line) > 60:
        return None
    if not all(_NAME_WORD.match(w) for w in words):
        return None
    if any(w.lower().rstrip(".") in _NOT_NAME_WORDS for w in words):
        return None
    if sum(len(w) > 2 for w in words) < 2:
        return None
    return line.strip()


def _clean_name(name: str) -> str | None:
    name = re.sub(r"\s+", " ", name).strip(" ,;-\u2013\u2014")
    return name or None


def _publisher_name(value: str) -> str:
    key = value.lower().removeprefix("www.")
    return _DOMAIN_NAMES.get(key, value)


def _metadata_of(text: str) -> tuple:
    """(title, published, source, byline, publisher) the raw text shows."""
    lines = []
    for raw in text[:_HEAD_CHARS].split("\n"):
        line = raw.strip()
        if line:
            lines.append(line)
            if len(lines) >= _HEAD_LINES:
                break
    head = []
    for line in lines:
        if _is_prose(line):
            break
        head.append(line)
    tail = [line.strip() for line in text[-_TAIL_CHARS:].split("\n") if line.strip()][-4:]

    title = next((line for line in head if _looks_like_title(line)), None)

    published = source = byline = None
    for line in head:
        if len(line) > 80:
            continue
        match = _DATE.search(line)
        if match is None:
            continue
        published = _date_from_match(match)
        if published is None:
            continue
        by = _DATELINE_BY.search(line)
        if by is not None:
            byline = _clean_name(by.group("name"))
            if byline and _DOMAIN.match(byline):
                source = byline.lower()
        break
    if source is None and head and _DOMAIN.match(head[0]):
        source = head[0].lower()

    if byline is None:
        for line in head + tail:
            match = _BY_LINE.match(line)
            if match is not None and len(line) <= 100:
                byline = _clean_name(match.group("name"))
                break
    if byline is None:
        for line in tail[::-1] + head:
            byline = _person_name(line)
            if byline is not None:
                break

    publisher = None
    for chunk in (text[-_TAIL_CHARS:], text[:_HEAD_CHARS]):
        if not _PUBLISHER_HINT.search(chunk):
            continue
        match = _PUBLISHER_DOMAIN.search(chunk)
        if match is not None:
            publisher = _publisher_name(match.group("domain"))
            break
        match = _PUBLISHER_NAME.search(chunk)
        if match is not None:
            publisher = _clean_name(match.group("name"))
            break
    return title, published, source, byline, publisher


def _metadata_from_text(text: pd.Series) -> pd.DataFrame:
    """Title, page date, site, byline and original publisher shown by each text.

    Works on the first ~2,000 and last ~800 characters only, so it costs a few
    tens of microseconds per article whatever the article's length.
    """
    columns = [TITLE, PUBLISHED, SOURCE, BYLINE, PUBLISHER]
    rows = [_metadata_of(t) if t else (None,) * 5 for t in text.tolist()]
    meta = pd.DataFrame(rows, columns=columns, index=text.index, dtype=object)
    return meta.assign(**{PUBLISHED: pd.to_datetime(meta[PUBLISHED]).astype("datetime64[ns]")})


def _parse_published(values: pd.Series) -> pd.Series:
    """Parse dates of any common form into tz-naive datetime64 (NaT if unknown)."""
    if pd.api.types.is_datetime64_any_dtype(values):
        out = values
        if getattr(out.dt, "tz", None) is not None:
            out = out.dt.tz_convert("UTC").dt.tz_localize(None)
        return _nanoseconds(out)
    as_text = values.astype(object).where(values.notna(), None)
    as_text = as_text.map(lambda v: str(v).strip() or None, na_action="ignore")
    fast = pd.to_datetime(as_text, format="ISO8601", errors="coerce", utc=True)
    out = fast.dt.tz_localize(None)
    todo = out.isna() & as_text.notna()
    if todo.any():
        from dateutil import parser

        def parse(value: str) -> pd.Timestamp:
            try:
                stamp = pd.Timestamp(parser.parse(value, fuzzy=False))
            except (ValueError, OverflowError, parser.ParserError):
                return pd.NaT
            if stamp.tzinfo is not None:
                stamp = stamp.tz_convert("UTC").tz_localize(None)
            return stamp

        unique = pd.unique(as_text[todo])
        parsed = {value: parse(value) for value in unique}
        out = out.copy()
        out.loc[todo] = pd.to_datetime(as_text[todo].map(parsed))
    return _nanoseconds(out)


def _nanoseconds(stamps: pd.Series) -> pd.Series:
    """Tz-naive stamps as datetime64[ns]; a date it cannot hold (such as year -1,
    1 or 99999: before 1677 or after 2262) is no possible page date and is left NaT."""
    inside = stamps.isna() | ((stamps >= pd.Timestamp.min) & (stamps <= pd.Timestamp.max))
    return stamps.where(inside).astype("datetime64[ns]")


# --------------------------------------------------------------------------
# language
# --------------------------------------------------------------------------

_LANGUAGE_PREFIX = 1000
_LANGUAGE_MIN_CHARS = 40
# Letters enough to call a text in a non-Latin script non-English below
# _LANGUAGE_MIN_CHARS (one CJK character is a word).
_SCRIPT_MIN_LETTERS = 4
# The commonest English function words.  Running text with many of them is
# English without asking the language model, which is the slow step
# (~0.3 ms per 1,000 characters against ~10 us for this count).
_ENGLISH_WORDS = _wordset(
    """
    the and of to in is was that for on with as by at from has have it are be this said
    were will an which its their after his her they not but who had
    """
)
_ENGLISH_PREFIX = 600
_ENGLISH_MIN_WORDS = 20
_ENGLISH_SHARE = 0.15
_LANGUAGE_SURE = 0.9


@functools.cache
def _language_identifier():
    # The model ships inside the py3langid wheel; load it once, lazily, as a
    # private instance so that other code's set_languages() cannot affect us.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _looks_english(text: str) -> bool:
    words = text[:_ENGLISH_PREFIX].lower().split()
    n_english = sum(word in _ENGLISH_WORDS for word in words)
    return len(words) >= _ENGLISH_MIN_WORDS and n_english >= _ENGLISH_SHARE * len(words)


def _detect_language(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    """ISO 639-1 code of each text (NA when too short to tell), and whether sure.

    A text is "sure" when the English fast path recognised it or the model's
    probability is at least ``_LANGUAGE_SURE``; short texts such as a single
    tweet embed often get a low-probability guess (``pcm`` for English).
    """
    values = text.tolist()
    english = np.fromiter((_looks_english(t) for t in values), dtype=bool, count=len(values))
    language = pd.Series(np.where(english, SCORED_LANGUAGE, None), index=text.index, dtype=object)
    sure = pd.Series(english, index=text.index)
    # Text mostly in a non-Latin script is not English however short it is
    # ("地震发生后，政府宣布了紧急状态。" has 16 characters); the model names
    # the language, and spreads its probability over related ones (zh / yue /
    # ja) where the script alone already settles that it is not English.
    # (counted only where the English fast path did not already decide)
    other_script = np.zeros(len(values), dtype=bool)
    if (~english).any():
        head = text[~english].str.slice(0, _LANGUAGE_PREFIX)
        letters = head.str.count(r"[^\W\d_]").to_numpy()
        latin = head.str.count(r"[A-Za-z\u00c0-\u024f]").to_numpy()
        other_script[~english] = (letters >= _SCRIPT_MIN_LETTERS) & (latin < 0.5 * letters)
    ask = ~english & ((text.str.len().to_numpy() >= _LANGUAGE_MIN_CHARS) | other_script)
    if ask.any():
        identifier = _language_identifier()
        found = [identifier.classify(t[:_LANGUAGE_PREFIX]) for t in text[ask].tolist()]
        language.loc[ask] = [code for code, _ in found]
        sure.loc[ask] = [probability >= _LANGUAGE_SURE for _, probability in found]
        sure.loc[ask & other_script] = True
    return language, sure


# --------------------------------------------------------------------------
# the articles table
# --------------------------------------------------------------------------


def _unique_ids(ids: pd.Series) -> pd.Series:
    """Suffix repeated ids with #2, #3 ... in input order, and warn."""
    repeated = ids.duplicated(keep=False)
    if not repeated.any():
        return ids
    counts = ids[repeated].value_counts(sort=False)
    seen = set(ids.tolist())
    occurrence = ids.groupby(ids, sort=False).cumcount() + 1
    out = ids.copy()
    for index in ids.index[ids.duplicated(keep="first")]:
        n = int(occurrence.loc[index])
        candidate = f"{ids.loc[index]}#{n}"
        while candidate in seen:
            n += 1
            candidate = f"{ids.loc[index]}#{n}"
        seen.add(candidate)
        out.loc[index] = candidate
    listed = ", ".join(f"{key!r} ({n} rows)" for key, n in counts.items())
    warnings.warn(
        f"duplicate article_id values made unique by suffixing #2, #3, ...: {listed}",
        stacklevel=3,
    )
    return out


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATES_NOTE = "surrogates"


def _without_surrogates(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Strings with UTF-16 surrogates made valid, and which changed.

    A Python string can hold surrogate code points (``json.loads('"\\ud800"')``)
    that no UTF-8 or Arrow string can: pairs are joined into their character,
    unpaired ones become U+FFFD.
    """
    # Not .str: a column of objects may hold no string at all.
    changed = values.map(lambda v: isinstance(v, str) and _SURROGATE.search(v) is not None)
    changed = changed.astype(bool)
    if not changed.any():
        return values, changed
    fixed = values[changed].map(
        lambda v: v.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    )
    return values.mask(changed, fixed), changed


def _may_hold_surrogates(dtype: object) -> bool:
    # Arrow-backed strings are valid UTF-8 by construction.
    python_strings = isinstance(dtype, pd.StringDtype) and dtype.storage == "python"
    return pd.api.types.is_object_dtype(dtype) or python_strings


def _finish(df: pd.DataFrame, max_bytes: int | None) -> pd.DataFrame:
    """Turn a raw frame into the articles table: types, inference, errors."""
    df = df.reset_index(drop=True)
    for column in ARTICLE_COLUMNS:
        if column not in df.columns:
            df[column] = None if column != PUBLISHED else pd.NaT
    repaired = pd.Series(False, index=df.index)
    fixed = {}
    for column in [*_STRING_COLUMNS, EVENT_ID]:
        if column in df.columns and _may_hold_surrogates(df[column].dtype):
            fixed[column], changed = _without_surrogates(df[column])
            repaired |= changed
    if repaired.any():
        df = df.assign(**fixed)
    ids = _unique_ids(df[ARTICLE_ID].astype(str))

    raw_text = df[TEXT]
    text = raw_text.astype(object).where(raw_text.notna(), "")
    text = text.map(lambda v: v if isinstance(v, str) else str(v))
    text = text.str.replace("\r\n", "\n", regex=False).str.replace("\r", "\n", regex=False)
    text = text.str.replace("\ufeff", "", regex=False)
    error = df[ERROR].astype(object).where(df[ERROR].notna(), None)
    encoding = df[ENCODING].astype(object).where(df[ENCODING].notna(), None)
    if repaired.any():
        note = encoding[repaired].fillna("").astype(str) + "+" + _SURROGATES_NOTE
        encoding = encoding.mask(repaired, note.str.lstrip("+"))
    text, encoding = _repair_mojibake(text, encoding)

    if max_bytes is not None:
        long = text.str.len() * 4 > max_bytes  # cheap prefilter: a char is at most 4 bytes
        if long.any():
            sizes = text[long].map(lambda t: len(t.encode("utf-8")))
            over = sizes[sizes > max_bytes]
            if len(over):
                error = error.copy()
                error.loc[over.index] = [
                    f"text is {n:,} bytes, over the size cap of {max_bytes:,} bytes "
                    "(max_bytes); text left empty"
                    for n in over
                ]
                text = text.copy()
                text.loc[over.index] = ""

    published = _parse_published(df[PUBLISHED])
    shown = _metadata_from_text(text)
    filled = {
        column: df[column].astype(object).where(df[column].notna(), shown[column])
        for column in (TITLE, SOURCE, BYLINE, PUBLISHER)
    }
    published = published.where(published.notna(), shown[PUBLISHED])

    language = df[LANGUAGE].astype(object).where(df[LANGUAGE].notna(), None)
    sure = language.notna()  # a language the input states is taken as given
    todo = language.isna() & text.str.strip().astype(bool)
    if todo.any():
        language = language.copy()
        language.loc[todo], sure.loc[todo] = _detect_language(text[todo])

    blank = ~text.str.strip().astype(bool)
    foreign = sure & language.notna() & (language != SCORED_LANGUAGE)
    error = error.copy()
    error.loc[error.isna() & blank] = "empty text"
    # Text handed over as a string skipped the file checks: the same rule
    # as _decode (over 5% control characters) keeps binary data out.
    head = text.str.slice(0, 4096)
    control = head.str.count(_CONTROL) > 0.05 * head.str.len()
    error.loc[error.isna() & control] = (
        "binary-looking text (mostly control characters), not scored"
    )
    error.loc[error.isna() & foreign] = (
        "non-English text (detected: " + language[error.isna() & foreign].astype(str) + ")"
    )
    # (the first characters settle it for almost every text; the rest are counted whole)
    words = head.str.slice(0, 400).str.count(_WORD_RE)
    few = words < MIN_WORDS
    if few.any():
        words[few] = text[few].str.count(_WORD_RE)
    short = error.isna() & (words < MIN_WORDS)
    error.loc[short] = [
        f"too little text to score ({n} word{'s' if n != 1 else ''}; at least {MIN_WORDS})"
        for n in words[short]
    ]

    out = pd.DataFrame(
        {
            ARTICLE_ID: ids,
            SOURCE: filled[SOURCE],
            TITLE: filled[TITLE],
            PUBLISHED: published,
            URL: df[URL],
            TEXT: text,
            BYLINE: filled[BYLINE],
            PUBLISHER: filled[PUBLISHER],
            LANGUAGE: language,
            ENCODING: encoding,
            ERROR: error,
        }
    )
    for column in _STRING_COLUMNS:
        values = out[column].astype(object)
        if column != TEXT:
            values = values.where(values.notna(), None)
            values = values.map(lambda v: str(v).strip() or None, na_action="ignore")
        out[column] = values.astype("str")
    extra = [c for c in df.columns if c not in ARTICLE_COLUMNS]
    if EVENT_ID in extra:
        event = df[EVENT_ID]
        extra.remove(EVENT_ID)
        if event.notna().any():
            out[EVENT_ID] = (
                event.astype(object)
                .where(event.notna(), None)
                .map(str, na_action="ignore")
                .astype("str")
            )
    for column in extra:
        out[column] = df[column].to_numpy()
    return out


def load_articles(
    source: str | os.PathLike | pd.DataFrame | Iterable,
    *,
    columns: Mapping[str, str] | None = None,
    max_bytes: int | None = 5_000_000,
    encoding: str | None = None,
    partitions: int | None = None,
):
    """Load articles into the articles table every stage of scorer reads.

    Parameters
    ----------
    source : path, list of paths, or DataFrame
        A folder of ``.txt`` files (one article each, in file-name order; a
        ``metadata.csv`` in the folder maps each file stem to ``source``,
        ``title``, ``published``, ``url``, ``publisher``, ``byline``,
        ``event_id``), one ``.txt`` file, a ``.csv``/``.tsv``/``.jsonl``/
        ``.json``/``.parquet`` table with one article per row, a folder of
        such tables (when it holds no ``.txt``), a list of any of these
        (concatenated in order), or a DataFrame.
    columns : mapping, optional
        ``{their_name: our_name}`` for columns the common names do not cover
        (common names such as ``content``, ``body``, ``headline``, ``portal``,
        ``date``, ``link`` map automatically, case-insensitively).
    max_bytes : int or None, default 5_000_000
        Size cap per article.  A larger article keeps its row with ``text``
        empty and ``error`` naming its size and the cap.  None: no cap.
    encoding : str, optional
        Decode every file with this codec.  By default UTF-8 (with or without
        BOM), UTF-16/32 with BOM, and otherwise charset-normalizer's guess.
    partitions : int, optional
        Return a Dask DataFrame of about this many partitions instead, read
        and finished partition by partition on the active Dask scheduler (a
        ``dask.distributed`` client when there is one): a folder of ``.txt``
        files is cut into runs of files, a parquet file into runs of row
        groups, a folder of tables into its files.  Its rows, computed,
        equal this function's pandas result.  See :mod:`scorer.scale`.

    Returns
    -------
    pandas.DataFrame or dask.dataframe.DataFrame
        The columns of :data:`scorer.schema.ARTICLE_COLUMNS`, then ``event_id``
        if the input has one, then any other input columns.  One row per input
        article in input order; ``article_id`` is a unique string (a ``.txt``
        file's stem, a table's ``article_id``/``id`` column, else the row
        position; repeats get ``#2``, ``#3`` with a warning).  ``published``
        is tz-naive ``datetime64[ns]``.  Missing title, page date, site,
        byline and original publisher are read off the text where it shows
        them.  ``language`` is an ISO 639-1 code; ``encoding`` says how bytes
        were decoded (``+ftfy`` when mojibake was repaired, ``+surrogates``
        when unpaired UTF-16 surrogates, which no UTF-8 text can hold, were
        replaced by U+FFFD).  ``error`` is NA
        for rows that can be scored, otherwise the reason: ``"empty text"``,
        a binary file, an article over the size cap, undecodable bytes, or
        ``"non-English text (detected: fr)"`` (scorer scores English only),
        text of control characters handed over as a string, or fewer than
        :data:`MIN_WORDS` words (``"too little text to score (2 words; at
        least 3)"``).

    Raises
    ------
    FileNotFoundError
        A path does not exist.
    InputError
        The input as a whole is unusable: an empty folder, an unknown file
        type, a table without a text column (the message lists its columns).

    Examples
    --------
    >>> import pandas as pd
    >>> articles = load_articles(pd.DataFrame({
    ...     "headline": ["Niger ends two EU missions"],
    ...     "body": ["December 5, 2023\\nNiger's junta ended the EU missions, the ministry said."],
    ... }))
    >>> articles.columns.tolist()[:6]
    ['article_id', 'source', 'title', 'published', 'url', 'text']
    >>> articles.loc[0, "title"], str(articles.loc[0, "published"].date())
    ('Niger ends two EU missions', '2023-12-05')
    """
    if partitions is not None:
        from scorer.scale import load_articles_dask

        return load_articles_dask(
            source,
            partitions=partitions,
            columns=columns,
            max_bytes=max_bytes,
            encoding=encoding,
        )
    raw = _read_any(source, columns, max_bytes, encoding)
    return _finish(raw, max_bytes)


def write_table(df: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write a table to ``.csv``, ``.tsv``, ``.json``, ``.jsonl`` or ``.parquet``.

    Parameters
    ----------
    df : pandas.DataFrame
        Any scorer table; its index is not written.
    path : str or path-like
        Output file; the suffix picks the format.  Parent folders are created.

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    ValueError
        The suffix is not one of the supported formats.

    Examples
    --------
    >>> import tempfile, pathlib, pandas as pd
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "scores.csv"
    >>> write_table(pd.DataFrame({"article_id": ["a"], "reliability": [0.5]}), out).name
    'scores.csv'
    >>> print(out.read_text().strip())
    article_id,reliability
    a,0.5
    """
    path = Path(path)
    suffix = path.suffix.lower()
    writers = {
        ".csv": lambda: df.to_csv(path, index=False),
        ".tsv": lambda: df.to_csv(path, index=False, sep="\t"),
        ".json": lambda: df.to_json(
            path, orient="records", date_format="iso", force_ascii=False, indent=1
        ),
        ".jsonl": lambda: df.to_json(
            path, orient="records", lines=True, date_format="iso", force_ascii=False
        ),
        ".parquet": lambda: df.to_parquet(path, index=False),
    }
    if suffix not in writers:
        raise ValueError(
            f"cannot write {path}: unknown suffix {suffix!r}; use one of {', '.join(writers)}"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    writers[suffix]()
    return path
