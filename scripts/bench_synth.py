#!/usr/bin/env python3
"""Benchmark: wall time and peak memory of a full `cdktf synth`, against a bare cdktf app, in the same run.

Peak memory is the largest sum of RSS over the whole process tree (cdktf CLI, python, jsii's node), sampled
every 20 ms from /proc. Prints one line per run and the medians; `--json` writes them to a file.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
CDKTF = PROJECT_DIR / "node_modules" / ".bin" / "cdktf"
BARE_MAIN = """from cdktf import App, TerraformStack
app = App()
TerraformStack(app, "empty")
app.synth()
"""


def _tree_rss_kib(root: int) -> int:
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            status = (entry / "status").read_text()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
        rss[int(entry.name)] = next(
            (int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0
        )
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def measure(cwd: Path, outdir: Path) -> tuple[float, float]:
    env = {
        **os.environ,
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
        "CHECKPOINT_DISABLE": "1",
        "PATH": f"{PROJECT_DIR / '.venv' / 'bin'}:{os.environ['PATH']}",
    }
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(CDKTF), "synth", "--output", str(outdir)],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss_kib(process.pid))
        time.sleep(0.02)
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(
            f"synth failed in {cwd}: {process.stderr.read().decode()[-2000:] if process.stderr else ''}"
        )
    return elapsed, peak / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp) / "bare"
        bare.mkdir()
        (bare / "main.py").write_text(BARE_MAIN)
        # The bare app runs with our interpreter command (cdktf.json "app"), so only the app differs.
        app_command = json.loads((PROJECT_DIR / "cdktf.json").read_text())["app"]
        (bare / "cdktf.json").write_text(json.dumps({"language": "python", "app": app_command}))
        results: dict[str, list[tuple[float, float]]] = {"estate": [], "bare": []}
        for run in range(args.runs):
            for name, cwd in (("bare", bare), ("estate", PROJECT_DIR)):
                seconds, mib = measure(cwd, Path(tmp) / f"out-{name}-{run}")
                results[name].append((seconds, mib))
                print(f"run {run + 1} {name:6} {seconds:6.2f} s  {mib:7.1f} MiB")
    medians = {
        name: (statistics.median(s for s, _ in r), statistics.median(m for _, m in r))
        for name, r in results.items()
    }
    for name, (seconds, mib) in medians.items():
        print(f"median {name:6} {seconds:6.2f} s  {mib:7.1f} MiB")
    ratio_time = medians["estate"][0] / medians["bare"][0]
    ratio_mem = medians["estate"][1] / medians["bare"][1]
    print(f"ratio estate/bare: time {ratio_time:.2f}x, peak memory {ratio_mem:.2f}x (target: time <= 1.5x)")
    if args.json:
        args.json.write_text(
            json.dumps(
                {"runs": results, "medians": medians, "ratio_time": ratio_time, "ratio_memory": ratio_mem},
                indent=2,
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
