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

# Measures the wall time, the CPU time (user + system, all processes of the command) and the
# peak RSS (largest single process) of one command. CPU time is printed beside the wall time
# because it moves far less with a neighbour's load on a shared machine: it shows whether a
# change of ratio comes from the code or from the machine.
_RUNNER = """
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{done.returncode} {seconds} {usage.ru_utime + usage.ru_stime} {usage.ru_maxrss}")
"""


def timed(command: list[str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak MiB) of `command`, run in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", _RUNNER, *command], capture_output=True, text=True, check=True
    )
    code, seconds, cpu, peak = out.stdout.split()
    if code != "0":
        raise SystemExit(f"command failed ({code}): {' '.join(command)}")
    return float(seconds), float(cpu), int(peak) / 1024


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
            naive_s = f"{naive[-1][0]:.2f}s ({naive[-1][1]:.2f}s CPU)" if naive else "not run"
            print(
                f"round {r + 1}: naive {naive_s}, "
                f"corpus-tools {ours[-1][0]:.2f}s ({ours[-1][1]:.2f}s CPU)",
                flush=True,
            )
    med = statistics.median
    ours_s, ours_cpu = med(s for s, _, _ in ours), med(c for _, c, _ in ours)
    ours_mib = max(m for _, _, m in ours)
    print(f"corpus: {corpus if args.copies == 1 else f'{args.copies} x {args.corpus}'}")
    print(
        f"corpus-tools analyse --jobs {args.jobs}: median {ours_s:.2f}s "
        f"({ours_cpu:.2f}s CPU), peak {ours_mib:.0f} MiB"
    )
    if naive:
        naive_s, naive_cpu = med(s for s, _, _ in naive), med(c for _, c, _ in naive)
        naive_mib = max(m for _, _, m in naive)
        print(
            f"naive NLTK pipeline:          median {naive_s:.2f}s "
            f"({naive_cpu:.2f}s CPU), peak {naive_mib:.0f} MiB"
        )
        print(
            f"ratio (naive / corpus-tools): {naive_s / ours_s:.1f}x wall, "
            f"{naive_cpu / ours_cpu:.1f}x CPU  "
            f"(load average {os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%d %H:%M')})"
        )


if __name__ == "__main__":
    main()
