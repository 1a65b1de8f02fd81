#!/usr/bin/env python3
"""hostile.py - `make bench-hostile`: claimex extract over generated
pathological inputs, each at 1 MB and 4 MB, printing CPU seconds per MB
and the 4 MB / 1 MB time ratio (linear: about 4; the target is within 5x
the 1 MB time, i.e. a ratio <= 5 is "ok").

usage: hostile.py CLAIMEX [CASE...]
Env: BENCH_SIZES (default "1 4", in MB), BENCH_TIMEOUT (seconds of wall
time per run, default 300; a run past it prints ">N s"). CPU time (user +
system) of the child is measured, not wall time, so a busy machine skews
less. The work budget (--work-budget) is switched off so that a slow case
shows its real cost instead of being cut short.
"""
import os
import resource
import subprocess
import sys
import tempfile


def rep(unit, size):
    return (unit * (size // len(unit) + 1))[:size]


def words(size, capital):
    # Deterministic pseudo-random words (an LCG), so a run is repeatable.
    out, n, x = [], 0, 12345
    syll = ["ka", "ro", "mi", "tse", "lan", "vor", "du", "pe", "shi", "gun"]
    while n < size:
        w = ""
        for _ in range(2 + x % 3):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            w += syll[x % len(syll)]
        if capital:
            w = w.capitalize()
        out.append(w)
        n += len(w) + 1
    return " ".join(out)[:size]


def nested(size):
    unit = "<div>"
    depth = (size - 200) // (len(unit) * 2 + 1)
    body = "<p>The ministry said 1,200 troops would stay.</p>"
    return ("<html><body>" + unit * depth + body + "</div>" * depth +
            "</body></html>")


CASES = {
    # issue 12 defect 1: place mentions, no figure
    "places-sentence": ("txt", lambda n: rep(
        "The US asked Seoul for more money and ", n)),
    # defect 2: many dollar figures; unclosed quotes
    "dollar-figures": ("txt", lambda n: "T\n\n" + rep(
        "The US asked for $5 billion. ", n)),
    "unclosed-quotes": ("txt", lambda n: "T\n\n" + rep(
        '"He said $5 billion ', n)),
    "long-line": ("txt", lambda n: words(n, False)),
    "many-paragraphs": ("txt", lambda n: rep(
        "Officials met on Tuesday to talk.\n\n", n)),
    "many-figures": ("txt", lambda n: rep(
        "Troops rose 5% to 28,500 soldiers and costs tripled to "
        "$1.2 billion. ", n)),
    "quote-marks": ("txt", lambda n: rep('"a" \u201cb\u201d \'c\' ', n)),
    "capitalised-words": ("txt", lambda n: words(n, True) + "."),
    "many-places": ("txt", lambda n: rep(
        "Seoul, Tokyo, Paris, Berlin, South Korea, Japan, France. ", n)),
    "deep-nesting": ("html", nested),
}


def run(claimex, path, extra, timeout):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        subprocess.run([claimex, "-q", "extract", "--max-bytes", "64M"] +
                       extra + [path], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime +
            after.ru_stime - before.ru_stime)


def main():
    claimex = os.path.abspath(sys.argv[1])
    names = sys.argv[2:] or list(CASES)
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "1 4").split()]
    timeout = float(os.environ.get("BENCH_TIMEOUT", "300"))
    helptext = subprocess.run([claimex, "--help"], capture_output=True,
                              text=True).stdout
    extra = ["--work-budget", "0"] if "--work-budget" in helptext else []
    print("%-18s %s  %s" % ("case", "  ".join(
        "%6d MB: s  s/MB" % s for s in sizes), "ratio"))
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            ext, gen = CASES[name]
            cells, times = [], []
            for mb in sizes:
                path = os.path.join(tmp, "%s-%d.%s" % (name, mb, ext))
                with open(path, "w", encoding="utf-8") as f:
                    f.write(gen(mb << 20))
                t = run(claimex, path, extra, timeout)
                os.unlink(path)
                times.append(t)
                if t is None:
                    cells.append("%8s %6s" % (">%ds" % timeout, "-"))
                else:
                    cells.append("%8.2f %6.2f" % (t, t / mb))
            if len(times) >= 2 and None not in times[:2] and times[0] > 0:
                r = times[-1] / times[0]
                ratio = "%.1fx %s" % (r, "ok" if r <= 5 * sizes[-1] /
                                      (4 * sizes[0]) else "SUPERLINEAR")
            elif len(times) >= 2 and times[-1] is None:
                ratio = "SUPERLINEAR (timed out)"
            else:
                ratio = "-"
            print("%-18s %s  %s" % (name, "  ".join(
                "%12s" % c for c in cells), ratio), flush=True)


if __name__ == "__main__":
    main()
