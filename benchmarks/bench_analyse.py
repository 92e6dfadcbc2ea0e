"""Speed of `corpus-tools analyse` against the naive NLTK pipeline, measured in one run.

Alternates the two commands for several rounds on the same corpus (the machine is shared, so only
the ratio of medians means much), and reports the peak memory of each.

    python benchmarks/bench_analyse.py [--corpus DIR] [--rounds 5] [--jobs 2] [--copies 1]

--copies N analyses N copies of the corpus (e.g. 10 for the 21k-document memory check). Skips with
a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NAIVE = SHARED / "bench" / "naive_nltk.py"
BBC = SHARED / "data" / "bbc-news"

# Measures the wall time and the peak RSS (largest single process) of one command.
_RUNNER = """
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)
seconds = time.perf_counter() - start
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"{done.returncode} {seconds} {peak_kib}")
"""


def timed(command: list[str]) -> tuple[float, float]:
    """(seconds, peak MiB) of `command`, run in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", _RUNNER, *command], capture_output=True, text=True, check=True
    )
    code, seconds, peak = out.stdout.split()
    if code != "0":
        raise SystemExit(f"command failed ({code}): {' '.join(command)}")
    return float(seconds), int(peak) / 1024


def replicate(corpus: Path, copies: int, into: Path) -> Path:
    """`copies` copies of `corpus` side by side (hard links where possible, so it costs no disk)."""
    for i in range(copies):
        target = into / f"copy{i:02d}"
        shutil.copytree(corpus, target, copy_function=_link_or_copy)
    return into


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=BBC)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--skip-naive", action="store_true", help="time corpus-tools only")
    args = parser.parse_args()
    if not NAIVE.exists() or not args.corpus.exists():
        print(f"skipped: {NAIVE} or {args.corpus} is absent (needs ../shared)")
        return
    cli = Path(sys.executable).with_name("corpus-tools")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if args.copies > 1:
            corpus = replicate(args.corpus, args.copies, Path(tmp) / "corpus")
        out = Path(tmp) / "tables"
        ours_cmd = [
            str(cli),
            "analyse",
            "--corpus",
            str(corpus),
            "--out",
            str(out),
            "--jobs",
            str(args.jobs),
            "--no-cache",
        ]
        naive_cmd = [sys.executable, str(NAIVE), str(corpus)]
        ours, naive = [], []
        for r in range(args.rounds):
            if not args.skip_naive:
                naive.append(timed(naive_cmd))
            ours.append(timed(ours_cmd))
            print(
                f"round {r + 1}: naive {naive[-1][0] if naive else float('nan'):.2f}s, "
                f"corpus-tools {ours[-1][0]:.2f}s",
                flush=True,
            )
    med = statistics.median
    ours_s, ours_mib = med(s for s, _ in ours), max(m for _, m in ours)
    print(f"corpus: {corpus if args.copies == 1 else f'{args.copies} x {args.corpus}'}")
    print(f"corpus-tools analyse --jobs {args.jobs}: median {ours_s:.2f}s, peak {ours_mib:.0f} MiB")
    if naive:
        naive_s, naive_mib = med(s for s, _ in naive), max(m for _, m in naive)
        print(f"naive NLTK pipeline:          median {naive_s:.2f}s, peak {naive_mib:.0f} MiB")
        print(
            f"ratio (naive / corpus-tools): {naive_s / ours_s:.1f}x  "
            f"(load average {os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%d %H:%M')})"
        )


if __name__ == "__main__":
    main()
