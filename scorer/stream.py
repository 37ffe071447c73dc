"""Corpora larger than memory on one machine: the same analysis, streamed through disk.

:func:`analyze_to` runs every stage of :func:`scorer.analyze` one partition
at a time and writes each table to a Parquet file, so peak memory is that of
one partition plus the small corpus-wide state, whatever the corpus size.
It cuts the work exactly as the Dask path does (:mod:`scorer.scale`), with
the same stage functions, so its tables equal the pandas path's row for row
and bit for bit:

* the input is read in pieces (runs of ``.txt`` files, Parquet row groups);
  only the article ids are held at once, to make repeated ids unique;
* per-article stages run on partitions of whole outlets (page chrome is
  recognised by its repetition within an outlet);
* entity resolution merges, between rounds, the few corpus-wide sets and
  count tables it needs (one entry per distinct name);
* event clustering sums document frequencies partition by partition and
  links articles from their sparse rows (blocked by distinctive terms);
* agreement and copy detection run on partitions of whole events;
* the outlet table and truth discovery read compact columns only.

Rows move between these partitionings through a scratch folder next to the
output (pickled frames, deleted at the end), and every table is written in
input order.
"""

from __future__ import annotations

import math
import pickle
import shutil
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from scorer import pipeline
from scorer import scale as sc
from scorer.combine import ReliabilityModel
from scorer.features import claims
from scorer.schema import ARTICLE_ID, EVENT_ID, SOURCE

__all__ = ["CHUNK_ARTICLES", "ParquetAppender", "analyze_to", "read_analysis"]

#: Articles per partition: the peak memory is about that of analysing this
#: many articles in memory, plus the corpus-wide state.
CHUNK_ARTICLES = 10_000

#: Entries per block of the event-clustering rows held in memory at once
#: (two blocks at most, ~8 bytes an entry): a million articles' rows are
#: about 240 million entries.
BLOCK_ENTRIES = 40_000_000

#: The tables written to the output folder, one ``<name>.parquet`` each.
TABLE_FILES = (*pipeline.Analysis.TABLES, "trust")


class _Spill:
    """Frames parked on disk between stages: ``put`` pickles, ``take`` reads and deletes."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, *key: Any) -> Path:
        return self.root / "-".join(str(k) for k in key)

    def put(self, value: Any, *key: Any) -> None:
        with open(self._path(*key), "wb") as file:
            pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)

    def get(self, *key: Any) -> Any:
        with open(self._path(*key), "rb") as file:
            return pickle.load(file)

    def take(self, *key: Any) -> Any:
        value = self.get(*key)
        self._path(*key).unlink()
        return value


class _Parked(Sequence):
    """Items parked on disk by :class:`_Spill`, read back on each access."""

    def __init__(self, spill: _Spill, name: str, count: int) -> None:
        self._spill, self._name, self._count = spill, name, count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, number):
        if isinstance(number, slice):
            return [self[i] for i in range(*number.indices(self._count))]
        if not -self._count <= number < self._count:
            raise IndexError(number)
        return self._spill.get(self._name, number % self._count)


class ParquetAppender:
    """Appends frames, in order, to one Parquet file with the first non-empty frame's schema.

    An empty frame writes nothing, but gives the file its columns when no
    other frame comes.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._writer = None
        self._schema = None
        self._empty: pd.DataFrame | None = None

    def write(self, frame: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if frame.empty:
            # An empty frame carries the columns when nothing else comes.
            if self._empty is None:
                self._empty = frame
            return
        frame = frame.reset_index(drop=True)
        if self._writer is None:
            table = pa.Table.from_pandas(frame, preserve_index=False)
            self._schema = table.schema
            self._writer = pq.ParquetWriter(self.path, self._schema)
        else:
            table = pa.Table.from_pandas(frame, schema=self._schema, preserve_index=False)
        self._writer.write_table(table)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
        elif self._empty is not None:
            self._empty.reset_index(drop=True).to_parquet(self.path, index=False)


def _expected_rows(source: Any) -> int:
    """About how many articles ``source`` holds, read off names and metadata only."""
    if isinstance(source, pd.DataFrame):
        return len(source)
    if isinstance(source, (str, Path)) or hasattr(source, "__fspath__"):
        path = Path(source)
        if path.is_dir():
            files = [p for p in path.iterdir() if p.is_file()]
            txt = sum(p.suffix.lower() == ".txt" for p in files)
            if txt:
                return txt
            return sum(_expected_rows(p) for p in files if p.suffix.lower() == ".parquet")
        if path.suffix.lower() == ".parquet" and path.is_file():
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(path).metadata.num_rows)
        return 1
    if isinstance(source, Iterable) and not isinstance(source, (bytes, str, Mapping)):
        return sum(_expected_rows(item) for item in source)
    return 1


def _load(source, spill: _Spill, chunk: int, columns, max_bytes, encoding) -> tuple:
    """Read the input piece by piece; park each finished piece; return the corpus bookkeeping."""
    from scorer import io

    pieces = sc._pieces(
        source, max(1, math.ceil(_expected_rows(source) / chunk)), columns, max_bytes, encoding
    )
    ids = []
    for number, (function, *arguments) in enumerate(pieces):
        raw = function(*arguments)
        ids.append(sc._raw_ids(raw))
        spill.put(raw, "raw", number)
    every = pd.concat(ids, ignore_index=True) if ids else pd.Series([], dtype=str)
    unique = io._unique_ids(every)
    del every
    lengths, sizes, start = [], [], 0
    for number, part in enumerate(ids):
        new = unique.iloc[start : start + len(part)]
        renamed = None if new.equals(part.set_axis(new.index)) else new
        frame = sc._renamed(spill.take("raw", number), renamed, max_bytes)
        frame = sc._with_position(frame, start)
        sizes.append(sc._group_sizes(frame[SOURCE]))
        spill.put(frame, "input", number)
        lengths.append(len(frame))
        start += len(part)
        pipeline._release_memory()
    return len(pieces), int(sum(lengths)), sizes


def _trim() -> None:
    """Hand freed memory back to the system (no garbage collection: it costs a heap walk)."""
    import pyarrow

    pyarrow.default_memory_pool().release_unused()
    if pipeline._LIBC is not None:
        pipeline._LIBC.malloc_trim(0)


def _tables(spill: _Spill, j: int, *names: str) -> dict[str, pd.DataFrame]:
    """The per-article tables ``names`` of outlet partition ``j``."""
    return {name: spill.get(name, j) for name in names}


def _shuffle(
    spill: _Spill, source: str, n_from: int, n_to: int, target, sort: list[str], into: str
) -> None:
    """Move every row of parts ``source-0..`` to part ``into-target(rows)``, sorted by ``sort``."""
    for number in range(n_from):
        frame = spill.get(source, number)
        for to, piece in enumerate(sc._split(frame, target(frame), n_to)):
            spill.put(piece, "move", into, number, to)
        del frame
    for to in range(n_to):
        pieces = [spill.take("move", into, number, to) for number in range(n_from)]
        spill.put(sc._gather_sorted(pieces, sort), into, to)


def _claims_rounds(spill: _Spill, k: int) -> None:
    """Entities and claims, partition by partition: the Dask path's rounds, one at a time."""
    mid: set[str] = set()
    for j in range(k):
        spans = sc._claim_spans(spill.get("outlet", j), _tables(spill, j, "sentences"))
        spill.put(spans, "spans", j)
        mid |= spans[1].mid_sentence
    known: set[str] = set()
    for j in range(k):
        records = claims._span_records(spill.get("spans", j)[1], mid)
        spill.put(records, "records", j)
        known |= claims._known_names(records[0])
    counts: list = []
    for j in range(k):
        spans, records = spill.get("spans", j), spill.take("records", j)
        raw = claims._headline_mentions(spans[1], records[0], records[1], known)
        spill.put(raw, "mentions", j)
        counts.append(claims._full_names(raw))
    people = sc._total_names(counts)
    del counts
    totals = []
    for j in range(k):
        resolved = sc._partition_claims(spill.get("spans", j), spill.take("mentions", j), people)
        spill.put(resolved, "resolved", j)
        totals.append(claims._spelling_totals(resolved[1]))
    total = pd.concat(totals, ignore_index=True)
    total = total.groupby(["entity_id", "surface"], sort=False)["mentions"].sum().reset_index()
    names = claims._entity_names(total)
    del totals, total
    for j in range(k):
        tables = sc._claims_and_entities(
            spill.get("outlet", j), spill.take("spans", j), spill.take("resolved", j), names
        )
        spill.put(tables["entities"], "entities", j)
        spill.put(tables["claims"], "claims", j)
        _trim()
    pipeline._release_memory()


def _consistency(spill: _Spill, k: int) -> None:
    evidence = [sc._name_evidence(spill.get("entities", j)) for j in range(k)]
    full_names = sc._headline_names(evidence)
    del evidence
    for j in range(k):
        checked = sc._consistency(
            spill.get("outlet", j),
            _tables(spill, j, "segments", "sentences"),
            spill.get("claims", j),
            spill.get("entities", j),
            full_names,
        )
        spill.put(checked["inconsistencies"], "inconsistencies", j)
        spill.put(checked["consistency"], "consistency", j)


def _events(spill: _Spill, k: int, n: int) -> pd.Series:
    """Event labels: document frequencies summed partition by partition, then linked."""
    from scorer.features import agreement

    n_words = np.zeros(agreement._EVENT_WORDS.n_features, dtype=np.int64)
    n_names = np.zeros(agreement._EVENT_NAMES, dtype=np.int64)
    n_documents, taken = 0, set()
    for j in range(k):
        counts = sc._event_counts(spill.get("outlet", j), spill.get("entities", j))
        spill.put(counts, "counts", j)
        for total, (columns, articles) in zip((n_words, n_names), counts[2], strict=True):
            np.add.at(total, columns, articles)
        n_documents += len(counts[3])
        taken |= counts[4]
    totals = (n_words, n_names, n_documents, taken)
    infos, lengths, mentioned = [], [], []
    for j in range(k):
        matrix, info, dates = sc._event_rows(spill.take("counts", j), totals)
        spill.put(matrix, "rows", j)
        infos.append(info)
        lengths.append(np.diff(matrix.indptr))
        mentioned.append(dates)
    del n_words, n_names

    def park(blocks: Iterable) -> _Parked:
        count = 0
        for number, block in enumerate(blocks):
            spill.put(block, "block", number)
            count += 1
        return _Parked(spill, "block", count)

    return sc.label_rows(
        infos,
        lengths,
        lambda j: spill.get("rows", j),
        totals,
        n,
        mentioned=mentioned,
        block_entries=BLOCK_ENTRIES,
        park=park,
    )


def _agreement(spill: _Spill, k: int, labels: pd.Series) -> None:
    """Agreement and copies on partitions of whole events; results back to outlet partitions."""
    sizes = []
    for j in range(k):
        part = sc._with_events(spill.get("outlet", j), labels)
        spill.put(part, "outlet", j)
        sizes.append(sc._group_sizes(part[EVENT_ID]))
        # Claims follow their article's event.
        event = pd.Series(part[EVENT_ID].to_numpy(), index=part[ARTICLE_ID].astype(str).to_numpy())
        claim_table = spill.take("claims", j)
        spill.put(
            claim_table.assign(
                **{EVENT_ID: event.reindex(claim_table[ARTICLE_ID].astype(str)).to_numpy()}
            ),
            "claims-e",
            j,
        )
    packed = sc._pack(sizes, k)
    del sizes

    def by_event(frame: pd.DataFrame) -> np.ndarray:
        return sc._target(frame[EVENT_ID], packed, k)

    _shuffle(spill, "outlet", k, k, by_event, [sc._POSITION], "event")
    _shuffle(spill, "claims-e", k, k, by_event, [sc._POSITION, sc._ROW], "event-claims")
    for e in range(k):
        claim_rows = spill.take("event-claims", e).drop(columns=EVENT_ID)
        checked, features, copies = sc._event_agreement(spill.take("event", e), claim_rows)
        spill.put(checked, "checked-e", e)
        spill.put(features, "agreed-e", e)
        spill.put(copies, "copies", e)
        _trim()
    pipeline._release_memory()
    _shuffle(
        spill,
        "checked-e",
        k,
        k,
        lambda f: f[sc._PART].to_numpy(),
        [sc._POSITION, sc._ROW],
        "checked",
    )
    _shuffle(spill, "agreed-e", k, k, lambda f: f[sc._PART].to_numpy(), [sc._POSITION], "agreed")


def _scores(spill: _Spill, k: int, model: ReliabilityModel) -> tuple:
    """Features and scores per outlet partition; the outlet table and truths from compact rows."""
    reliability = []
    # The truth-discovery rows go to disk as they come and are read back as
    # one table: no list of pieces beside their concatenation.
    long = ParquetAppender(spill.root / "truth-rows.parquet")
    for j in range(k):
        part = spill.get("outlet", j)
        tables = _tables(spill, j, "segments", "sentences", "spam", "attribution")
        checked = spill.get("checked", j)
        features = sc._outlet_features(
            part, tables, spill.take("consistency", j), spill.take("agreed", j), checked
        )
        scores = sc._outlet_scores(part, features, model, None)
        spill.put(features, "features", j)
        spill.put(scores, "scores", j)
        reliability.append(scores[[SOURCE, "reliability", sc._POSITION]])
        long.write(sc.truth_rows(checked, part))
        _trim()
    sources = sc._sources(reliability)
    del reliability
    long.close()
    truths, trust = sc.discover_rows(pd.read_parquet(long.path))
    return sources, truths, trust


def _write(spill: _Spill, output: Path, n_pieces: int, k: int, n: int, labels) -> None:
    """Every table in input order, one Parquet file each."""
    writer = ParquetAppender(output / "articles.parquet")
    for number in range(n_pieces):
        writer.write(sc._plain(sc._with_events(spill.take("input", number), labels)))
    writer.close()
    size = max(1, math.ceil(n / k))

    def in_order(frame: pd.DataFrame) -> np.ndarray:
        return (frame[sc._POSITION].to_numpy() // size).clip(0, k - 1)

    row_sort = [sc._POSITION, sc._ROW]
    tables = {
        **{name: (name, row_sort) for name in pipeline._ROW_TABLES},
        "claims": ("checked", row_sort),
        "entities": ("entities", row_sort),
        "inconsistencies": ("inconsistencies", row_sort),
        "copies": ("copies", row_sort),
        "features": ("features", [sc._POSITION]),
        "scores": ("scores", [sc._POSITION]),
    }
    for name, (parked, sort) in tables.items():
        _shuffle(spill, parked, k, k, in_order, sort, f"ordered-{name}")
        writer = ParquetAppender(output / f"{name}.parquet")
        for r in range(k):
            writer.write(sc._plain(spill.take(f"ordered-{name}", r)))
        writer.close()


def analyze_to(
    source: Any,
    output: str | Path,
    *,
    model: ReliabilityModel | None = None,
    progress: bool = False,
    chunk_articles: int = CHUNK_ARTICLES,
    columns: Mapping[str, str] | None = None,
    max_bytes: int | None = 5_000_000,
    encoding: str | None = None,
) -> pipeline.Analysis:
    """:func:`scorer.analyze` in bounded memory, every table written to ``output``.

    Parameters
    ----------
    source : path, list of paths, or DataFrame
        Anything :func:`scorer.load_articles` reads.  A folder of ``.txt``
        files is read in runs of files and a Parquet file by row groups, so
        the corpus is never in memory at once; a CSV or JSON file is read
        whole.
    output : str or Path
        Folder for the tables (created if needed): ``articles.parquet``,
        ``segments.parquet`` ... one per table of :class:`scorer.Analysis`,
        plus ``trust.parquet``.  Scratch files go to a hidden folder inside
        it, removed at the end.
    model : ReliabilityModel, optional
        As :func:`scorer.analyze`.
    progress : bool, keyword-only
        Show a progress bar of the stages.
    chunk_articles : int, keyword-only
        Articles per partition: the peak memory is about that of analysing
        this many articles in memory plus the corpus-wide state (the
        article ids, the event-clustering rows, the truth-discovery table).
    columns, max_bytes, encoding
        As :func:`scorer.load_articles`.

    Returns
    -------
    Analysis
        The tables read back lazily (:func:`read_analysis`): Dask DataFrames
        over the Parquet files, each equal, once computed, to the pandas
        path's table; ``sources``, ``truths`` and ``trust`` are pandas.

    Examples
    --------
    >>> import tempfile, scorer
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     result = analyze_to(scorer.EXAMPLE_CORPUS, folder, chunk_articles=2)
    ...     scores = result.scores.compute()
    >>> scores["article_id"].str[:3].tolist(), bool(scores["reliability"].between(0, 1).all())
    (['000', '001', '002', '003', '004'], True)
    """
    if not isinstance(chunk_articles, (int, np.integer)) or chunk_articles < 1:
        raise ValueError(
            f"analyze_to: chunk_articles must be a positive integer, got {chunk_articles!r}"
        )
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    model = model if model is not None else ReliabilityModel.from_defaults()
    clock = pipeline._Clock(progress=progress, total=7)
    scratch = Path(tempfile.mkdtemp(prefix=".scorer-", dir=output))
    try:
        spill = _Spill(scratch)
        n_pieces, n, sizes = _load(source, spill, chunk_articles, columns, max_bytes, encoding)
        k = max(1, math.ceil(n / chunk_articles))
        packed = sc._pack(sizes, k)
        _shuffle(
            spill,
            "input",
            n_pieces,
            k,
            lambda f: sc._target(sc._outlet_key(f), packed, k),
            [sc._POSITION],
            "outlet",
        )
        del sizes
        for j in range(k):
            spill.put(sc._with_part(spill.get("outlet", j), j), "outlet", j)
        clock.lap("load")

        seconds: dict[str, float] = {}
        for j in range(k):
            part = spill.get("outlet", j)
            tables = pipeline._per_article_tables(sc._plain(part), seconds)
            for name in pipeline._ROW_TABLES:
                tables[name] = sc._tag(tables[name], part)
            for name, table in tables.items():
                spill.put(table, name, j)
            del part, tables
            pipeline._release_memory()
        clock.split(seconds)

        _claims_rounds(spill, k)
        _consistency(spill, k)
        clock.lap("claims")

        labels = _events(spill, k, n)
        _agreement(spill, k, labels)
        clock.lap("agreement")

        sources, truths, trust = _scores(spill, k, model)
        clock.lap("scores")

        _write(spill, output, n_pieces, k, n, labels)
        sources.to_parquet(output / "sources.parquet", index=False)
        truths.to_parquet(output / "truths.parquet", index=False)
        trust.rename_axis("source").reset_index().to_parquet(output / "trust.parquet", index=False)
        clock.lap("write")
    finally:
        clock.close()
        shutil.rmtree(scratch, ignore_errors=True)
    result = read_analysis(output)
    result.timings = clock.timings
    return result


def _lazy_table(path: Path):
    """A Dask DataFrame over one Parquet file, a partition per row group, indexed 0..n-1."""
    import dask
    import dask.dataframe as dd
    import pyarrow.parquet as pq

    metadata = pq.ParquetFile(path).metadata
    rows = [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)]
    offsets = np.concatenate(([0], np.cumsum(rows)[:-1])).astype(int).tolist()
    groups = [(path, i, offset) for i, offset in enumerate(offsets)] or [(path, None, 0)]
    meta = pq.read_schema(path).empty_table().to_pandas()
    with dask.config.set({"dataframe.convert-string": False}):
        return dd.from_map(
            _row_group, *zip(*groups, strict=True), meta=meta, enforce_metadata=False
        )


def _row_group(path: Path, group: int | None, offset: int) -> pd.DataFrame:
    import pyarrow.parquet as pq

    file = pq.ParquetFile(path)
    table = file.read() if group is None else file.read_row_group(group)
    frame = table.to_pandas()
    return frame.set_axis(pd.RangeIndex(offset, offset + len(frame)), axis=0)


def read_analysis(folder: str | Path) -> pipeline.Analysis:
    """The tables :func:`analyze_to` wrote to ``folder``, as an :class:`scorer.Analysis`.

    Per-article and per-row tables are Dask DataFrames over their Parquet
    files (nothing is read until computed); ``sources``, ``truths`` and
    ``trust`` are pandas.

    Raises
    ------
    FileNotFoundError
        ``folder`` lacks one of the tables.
    """
    folder = Path(folder)
    missing = [name for name in TABLE_FILES if not (folder / f"{name}.parquet").is_file()]
    if missing:
        raise FileNotFoundError(
            f"{folder} is not an analysis folder: it lacks {', '.join(missing)} (.parquet)"
        )
    lazy = {
        name: _lazy_table(folder / f"{name}.parquet")
        for name in pipeline.Analysis.TABLES
        if name not in ("sources", "truths")
    }
    trust = pd.read_parquet(folder / "trust.parquet")
    return pipeline.Analysis(
        **lazy,
        sources=pd.read_parquet(folder / "sources.parquet"),
        truths=pd.read_parquet(folder / "truths.parquet"),
        trust=trust.set_index("source")["trust"],
    )
