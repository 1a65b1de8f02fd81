#!/usr/bin/python3
"""claimex-dask.py - claimex's map and reduce steps on a Dask cluster.

usage: /usr/bin/python3 scripts/claimex-dask.py --scheduler ADDRESS
           --out DIR [--per-shard N] [--retries N] [--jobs N]
           [--claimex PATH] [--patterns DIR] [--report]
           [--files-from LIST] [INPUT...]

The contract (the same for GNU parallel and Slurm, see README.md):
  * Every input (an article file, a folder, a WARC or WARC.gz archive) is
    named by a path that every worker can read: a shared file system.
  * Nothing but file names travel: the inputs are cut into shards of
    --per-shard names (default 200; an archive counts as one name); each
    shard's list is written to DIR/shards/NNNNN.list and one task per
    shard runs, on some worker,
        claimex extract -q -j JOBS --files-from DIR/shards/NNNNN.list
    into DIR/records/NNNNN.jsonl (written to a temporary name in DIR/tmp
    and renamed, so a shard's file is whole or absent) and its messages into
    DIR/records/NNNNN.err.
  * A shard whose process dies or exits with 2 or more is retried
    (--retries, default 3), on another worker when one is there; a worker
    that dies has its shards redone by the scheduler. Exit status 1 (some
    inputs were bad, each named in the .err file) is a finished shard:
    running it again would give the same.
  * After every shard, the reduce step runs as one more task:
        claimex conflicts --files-from DIR/records.list
    into DIR/conflicts.jsonl, and with --report `claimex report` into
    DIR/report/. The records are the same as one local
    `claimex extract` over the same inputs (the order of shards aside).

DIR is made; it must be on the shared file system too. --claimex is the
path of claimex on the workers (default: the checkout's ./claimex next
to this script when there is one, else `claimex` on the workers' PATH).
Exit status: 0 all done; 1 some inputs failed (see the .err files);
2 usage; 4 a shard or the reduce step failed after every retry.

Needs Debian's python3-distributed (a module of /usr/bin/python3).
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run_shard(claimex, opts, listfile, recfile, errfile):
    """One shard, on a worker: extract into a temporary file, renamed into
    place when whole. Returns claimex's exit status (0 or 1)."""
    # The temporary file lives in DIR/tmp, not beside the records: an
    # attempt the scheduler gave up on (a worker killed, or one it took for
    # dead on a busy machine) may still be running after the driver has
    # moved on, and must never leave a partial file among the records.
    tmpdir = os.path.join(os.path.dirname(os.path.dirname(recfile)), "tmp")
    os.makedirs(tmpdir, exist_ok=True)
    tmp = os.path.join(tmpdir, "%s.tmp.%d" % (os.path.basename(recfile),
                                              os.getpid()))
    with open(tmp, "wb") as out, open(errfile, "wb") as err:
        rc = subprocess.call([claimex, "extract", "-q"] + opts +
                             ["--files-from", listfile],
                             stdout=out, stderr=err)
    if rc not in (0, 1):
        os.unlink(tmp)
        raise RuntimeError("%s: claimex extract exited with %d (see %s)"
                           % (listfile, rc, errfile))
    os.replace(tmp, recfile)
    return rc


def run_reduce(claimex, reclist, outdir, report):
    """The reduce step, on a worker, over every shard's records."""
    conf = os.path.join(outdir, "conflicts.jsonl")
    tmp = "%s.tmp.%d" % (conf, os.getpid())
    errfile = os.path.join(outdir, "reduce.err")
    with open(tmp, "wb") as out, open(errfile, "wb") as err:
        rc = subprocess.call([claimex, "conflicts", "--files-from", reclist],
                             stdout=out, stderr=err)
        if rc in (0, 1) and report:
            r = subprocess.call([claimex, "report", "-q", "--files-from",
                                 reclist, "-o",
                                 os.path.join(outdir, "report")],
                                stdout=err, stderr=err)
            rc = max(rc, r)
    if rc not in (0, 1):
        os.unlink(tmp)
        raise RuntimeError("the reduce step exited with %d (see %s)"
                           % (rc, errfile))
    os.replace(tmp, conf)
    return rc


def main():
    ap = argparse.ArgumentParser(
        description="claimex extract per shard and the reduce step on a "
                    "Dask cluster; only file names are shipped.")
    ap.add_argument("--scheduler", required=True,
                    help="the Dask scheduler, e.g. tcp://10.0.0.1:8786")
    ap.add_argument("--out", required=True, help="the output folder")
    ap.add_argument("--files-from", help="a file listing inputs, one a line")
    ap.add_argument("--per-shard", type=int, default=200,
                    help="inputs per shard (default 200)")
    ap.add_argument("--retries", type=int, default=3,
                    help="retries of a failed shard (default 3)")
    ap.add_argument("--jobs", type=int, default=1,
                    help="claimex -j on the workers (default 1: one "
                         "process per worker thread)")
    ap.add_argument("--claimex", help="claimex's path on the workers")
    ap.add_argument("--patterns",
                    help="claimex --patterns on the workers (default: "
                         "claimex's own)")
    ap.add_argument("--report", action="store_true",
                    help="also write DIR/report/ (claimex report)")
    ap.add_argument("inputs", nargs="*")
    a = ap.parse_args()

    names = [os.path.abspath(x) for x in a.inputs]
    if a.files_from:
        with open(a.files_from, encoding="utf-8",
                  errors="surrogateescape") as f:
            names += [os.path.abspath(l.rstrip("\r\n")) for l in f
                      if l.rstrip("\r\n")]
    if not names:
        ap.error("no inputs")
    if a.per_shard < 1 or a.retries < 0 or a.jobs < 1:
        ap.error("--per-shard and --jobs must be positive")
    claimex = a.claimex
    if not claimex:
        local = os.path.join(os.path.dirname(HERE), "claimex")
        claimex = local if os.access(local, os.X_OK) else "claimex"
    out = os.path.abspath(a.out)
    opts = ["-j", str(a.jobs)]
    if a.patterns:
        opts += ["--patterns", os.path.abspath(a.patterns)]
    for d in ("shards", "records", "tmp"):
        os.makedirs(os.path.join(out, d), exist_ok=True)
    # A new run over the same folder starts clean: old shards would be
    # read by the reduce step.
    for d in ("shards", "records", "tmp"):
        for f in os.listdir(os.path.join(out, d)):
            os.unlink(os.path.join(out, d, f))

    from distributed import Client
    client = Client(a.scheduler)
    futures = []
    recs = []
    for k in range(0, len(names), a.per_shard):
        i = k // a.per_shard
        lst = os.path.join(out, "shards", "%05d.list" % i)
        with open(lst, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write("".join(n + "\n" for n in names[k:k + a.per_shard]))
        rec = os.path.join(out, "records", "%05d.jsonl" % i)
        err = os.path.join(out, "records", "%05d.err" % i)
        recs.append(rec)
        futures.append(client.submit(run_shard, claimex, opts, lst, rec,
                                     err, key="claimex-shard-%05d" % i,
                                     retries=a.retries, pure=False))
    status = 0
    # result() waits for a shard that is being redone (its worker died,
    # or died holding its result) and raises once its retries are spent.
    for f, rec in zip(futures, recs):
        try:
            rc = f.result()
        except Exception as ex:  # the shard's own error, or KilledWorker
            print("claimex-dask: %s: failed after %d retries: %s"
                  % (rec, a.retries, ex), file=sys.stderr)
            status = 4
            continue
        if rc == 1:
            print("claimex-dask: %s: some inputs failed (see %s)"
                  % (rec, rec[:-6] + ".err"), file=sys.stderr)
            status = max(status, 1)
    # What a killed attempt left behind.
    for f in os.listdir(os.path.join(out, "tmp")):
        try:
            os.unlink(os.path.join(out, "tmp", f))
        except FileNotFoundError:  # its attempt renamed it meanwhile
            pass
    if status == 4:
        client.close()
        return 4
    reclist = os.path.join(out, "records.list")
    with open(reclist, "w") as f:
        f.write("".join(r + "\n" for r in recs))
    red = client.submit(run_reduce, claimex, reclist, out, a.report,
                        key="claimex-reduce", retries=a.retries, pure=False)
    try:
        rrc = red.result()
    except Exception as ex:
        print("claimex-dask: the reduce step failed: %s" % ex,
              file=sys.stderr)
        rrc = None
        status = 4
    if rrc:
        print("claimex-dask: the reduce step reported problems (see %s)"
              % os.path.join(out, "reduce.err"), file=sys.stderr)
        status = max(status, 1)
    client.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
