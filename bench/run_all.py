"""`make bench`: every figure of issue #12 beside its reference, in one run.

    .venv/bin/python bench/run_all.py [--quick]

API and scale (bench/api_bench.py), queue (bench/queue_bench.py), pipeline
(bench/pipeline_bench.py), one after another, each in a process of its own, on the bench
database (BENCH_DATABASE_URL, default pind_bench) and Redis db 3 (BENCH_REDIS_URL);
127.0.0.1 only. Every part is bounded in count and time and stops what it started.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="smaller and shorter (~2 min)")
    args = parser.parse_args()
    parts = [
        ("api_bench.py", ["--quick"] if args.quick else []),
        ("queue_bench.py", ["--rounds", "1"] if args.quick else ["--rounds", "5"]),
        ("pipeline_bench.py", ["--only", "sEoNgSu01aA,jEjUoCr04dD"] if args.quick else []),
    ]
    load = os.getloadavg()
    print(
        f"pind bench{' (quick)' if args.quick else ''}: {platform.node()}, "
        f"{os.cpu_count()} CPUs, load {load[0]:.1f} at start"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    started = time.monotonic()
    failed = []
    for script, extra in parts:
        with tempfile.TemporaryFile() as log:
            done = subprocess.run(
                [sys.executable, str(ROOT / "bench" / script), *extra],
                cwd=ROOT,
                env=env,
                stderr=log,
                timeout=900,
            )
            if done.returncode:
                failed.append(script)
                log.seek(0)
                print(f"{script} failed:\n" + log.read().decode(errors="replace")[-3000:])
    print(
        f"\nbench done in {time.monotonic() - started:.0f} s, load {os.getloadavg()[0]:.1f} "
        f"at the end (a loaded machine slows every figure; compare ratios)"
    )
    if failed:
        print(f"FAILED: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
