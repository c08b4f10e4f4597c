"""Run discourse-lab counting commands on a Dask cluster.

The contract is two CLI commands: ``discourse-lab shard count`` turns one shard of a corpus
into a partial table (additive counts, no statistics) and ``discourse-lab merge`` merges
partial tables and computes the statistics once. This package maps shard files to
``shard count`` on the Dask workers, brings the partial tables back to the client and
merges them there, so the result is byte for byte what the single-process command prints
on the whole corpus. Run it as ``python3 -m discourse_lab_dask`` with ``python/`` on
PYTHONPATH, or as ``bin/discourse-lab-dask``.
"""

from .driver import count_shard, run

__all__ = ["count_shard", "run"]
