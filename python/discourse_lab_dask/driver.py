"""The driver: shards -> ``discourse-lab shard count`` on Dask workers -> ``discourse-lab merge``."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from typing import Callable, Optional, Sequence

REPO_CLI = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", "bin", "discourse-lab.js"))


class DriverError(Exception):
    """A shard or the merge failed; the message names the shard or file and quotes the CLI's error."""


def default_cli() -> list[str]:
    """The CLI of this checkout (``node bin/discourse-lab.js``) when present, else ``discourse-lab`` on PATH."""
    if os.path.exists(REPO_CLI):
        return ["node", REPO_CLI]
    found = shutil.which("discourse-lab")
    if found:
        return [found]
    raise DriverError("discourse-lab not found: give --cli 'node /path/to/bin/discourse-lab.js' or install it (npm install -g discourse-lab)")


def count_shard(shard: str, cli: Sequence[str], args: Sequence[str]) -> bytes:
    """Runs ``discourse-lab shard count --input SHARD ARGS --out TMP`` on a worker and returns the partial table's bytes.

    Only the shard needs to be readable by the worker; the partial comes back with the result,
    so workers and client need no shared file system.
    """
    fd, out = tempfile.mkstemp(suffix=".partial.jsonl")
    os.close(fd)
    try:
        cmd = [*cli, "shard", "count", "--input", shard, *args, "--out", out]
        done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            raise DriverError(f"shard {shard}: discourse-lab shard count exited {done.returncode}: {done.stderr.strip()}")
        with open(out, "rb") as f:
            return f.read()
    finally:
        os.unlink(out)


def run(
    shards: Sequence[str],
    args: Sequence[str],
    out: str,
    *,
    scheduler: Optional[str] = None,
    workers: int = 2,
    cli: Optional[Sequence[str]] = None,
    partials_dir: Optional[str] = None,
    merge_args: Sequence[str] = (),
    log: Callable[[str], None] = lambda s: None,
) -> list[str]:
    """Counts every shard on the cluster and merges the partial tables into ``out``.

    ``scheduler``: address of a running Dask scheduler (``tcp://host:8786``); without it a
    LocalCluster of ``workers`` worker processes (one thread each) is started and closed.
    ``args``: the ``shard count`` options (``--kind freq --by decade ...``), the same for
    every shard. ``merge_args``: extra ``merge`` options (``--format jsonl``, ``--partial``).
    Returns the partial-table files merged (kept in ``partials_dir`` when given).
    """
    from distributed import Client, LocalCluster

    if not shards:
        raise DriverError("no shard files given")
    cli_cmd = list(cli) if cli else default_cli()
    missing = [s for s in shards if scheduler is None and not os.path.exists(s)]
    if missing:
        raise DriverError(f"shard not found: {missing[0]}")
    _pickle_by_value()
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    keep = partials_dir is not None
    folder = partials_dir if keep else tempfile.mkdtemp(prefix="discourse-lab-dask-")
    os.makedirs(folder, exist_ok=True)
    try:
        log(f"{len(shards)} shard(s) on {len(client.scheduler_info()['workers'])} worker(s) ({scheduler or 'local cluster'})")
        futures = client.map(count_shard, list(shards), cli=cli_cmd, args=list(args), pure=False)
        files = []
        for i, (shard, future) in enumerate(zip(shards, futures)):
            data = future.result()
            name = os.path.join(folder, f"{i:05d}-{os.path.basename(shard)}.partial.jsonl")
            with open(name, "wb") as f:
                f.write(data)
            files.append(name)
        done = subprocess.run([*cli_cmd, "merge", *files, "--out", out, *merge_args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            raise DriverError(f"discourse-lab merge exited {done.returncode}: {done.stderr.strip()}")
        log(done.stderr.strip())
        return files
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


def _pickle_by_value() -> None:
    """Sends this module's functions to the workers by value, so workers of a real cluster need not have the package installed."""
    try:
        import cloudpickle
        import sys

        cloudpickle.register_pickle_by_value(sys.modules[__name__])
    except (ImportError, AttributeError, ValueError):
        pass


def shell_words(s: str) -> list[str]:
    """Splits a ``--cli`` value as a shell would."""
    return shlex.split(s)
