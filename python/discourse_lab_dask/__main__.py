"""``python3 -m discourse_lab_dask [options] SHARD... -- SHARD-COUNT-OPTIONS``.

Example (a local cluster of two workers)::

    PYTHONPATH=python python3 -m discourse_lab_dask --workers 2 --out freq.csv shards/*.jsonl -- --kind freq --by decade

On a running cluster: ``--scheduler tcp://scheduler:8786`` (the shard paths must be
readable by the workers; each worker needs node and discourse-lab, see --cli).
"""

from __future__ import annotations

import argparse
import sys

from .driver import DriverError, run, shell_words


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--" in argv:
        k = argv.index("--")
        own, passed = argv[:k], argv[k + 1 :]
    else:
        own, passed = argv, []
    p = argparse.ArgumentParser(
        prog="discourse-lab-dask",
        description="Count shards of a corpus with `discourse-lab shard count` on a Dask cluster and merge the partial tables (`discourse-lab merge`). "
        "Options after -- go to `shard count` (--kind freq|trend|keyness|collocates|dispersion|stance-markers|rhetoric-summary and the kind's options).",
    )
    p.add_argument("shards", nargs="+", metavar="SHARD", help="shard files (.jsonl streams; any corpus file or folder)")
    p.add_argument("--out", required=True, help="the table to write (as `discourse-lab merge --out`)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler, e.g. tcp://10.0.0.5:8786")
    where.add_argument("--workers", type=int, default=2, metavar="N", help="without --scheduler: worker processes of the local cluster (default 2)")
    p.add_argument("--cli", metavar="COMMAND", help="how workers run discourse-lab (default: node <this checkout>/bin/discourse-lab.js, else discourse-lab on PATH)")
    p.add_argument("--partials-dir", metavar="DIR", help="keep the partial tables here (default: a temporary folder, removed)")
    p.add_argument("--format", choices=["csv", "jsonl", "table"], help="output format (default: from --out, as `merge` decides)")
    p.add_argument("--partial", action="store_true", help="write the merged partial table instead of the statistics")
    p.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    a = p.parse_args(own)
    if not any(x == "--kind" or x.startswith("--kind=") for x in passed):
        p.error("give the shard count options after --, at least --kind KIND")
    if a.workers < 1:
        p.error("--workers must be at least 1")
    merge_args = (["--format", a.format] if a.format else []) + (["--partial"] if a.partial else [])
    log = (lambda s: None) if a.quiet else (lambda s: print(f"discourse-lab-dask: {s}", file=sys.stderr))
    try:
        run(a.shards, passed, a.out, scheduler=a.scheduler, workers=a.workers, cli=shell_words(a.cli) if a.cli else None, partials_dir=a.partials_dir, merge_args=merge_args, log=log)
    except DriverError as e:
        print(f"discourse-lab-dask: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
