"""Keep Terraform state owner-only, then run a command: `python3 -m octopus_patterns.state_files -- CMD`.

Local state holds every generated credential in plain text (see the README, "State"). Terraform 1.11 creates
the state file and its `.backup` with mode 0666 and a missing state directory with 0755, both minus the umask
(checked with real Terraform; an existing file keeps its mode): world-readable under the usual umask 022. So,
before the command runs, every directory that a synthesized stack's local backend names is created (or
tightened) to 0700 and every file already in it to 0600; then the command runs with umask 077, so whatever
Terraform creates from then on is owner-only as well. `scripts/deploy` and `scripts/destroy` run `cdktf` so.
"""

from __future__ import annotations

import argparse
import json
import os
import posixpath
import stat
import sys
from collections.abc import Sequence
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
PRIVATE_UMASK = 0o077


def local_state_dirs(outdir: Path) -> list[Path]:
    """The directories of every local backend the synthesized stacks in `outdir` use (from manifest.json)."""
    manifest_file = outdir / "manifest.json"
    if not manifest_file.is_file():
        raise FileNotFoundError(f"{manifest_file}: not found; run `cdktf synth` first")
    manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    found: set[Path] = set()
    for entry in manifest["stacks"].values():
        stack_file = outdir / entry["synthesizedStackPath"]
        backend = json.loads(stack_file.read_text(encoding="utf-8")).get("terraform", {}).get("backend", {})
        path = backend.get("local", {}).get("path")
        if path:
            # Terraform resolves the path from the stack's directory, where it runs.
            found.add(Path(posixpath.normpath(posixpath.join(stack_file.parent.as_posix(), path))).parent)
    return sorted(found)


def make_private(directory: Path) -> int:
    """Create `directory` (0700) or tighten it, and make each file in it 0600; returns how many files."""
    directory.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    os.chmod(directory, PRIVATE_DIR)
    files = 0
    for entry in sorted(directory.iterdir()):
        if stat.S_ISREG(entry.lstat().st_mode):  # never follow a symlink out of the directory
            os.chmod(entry, PRIVATE_FILE)
            files += 1
    return files


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python3 -m octopus_patterns.state_files",
        description="Make the local Terraform state directories owner-only, then run COMMAND with umask 077.",
    )
    parser.add_argument("--outdir", default="cdktf.out", help="the synthesized app (default: cdktf.out)")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- COMMAND [ARGS...] to run afterwards")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    os.umask(PRIVATE_UMASK)
    try:
        directories = local_state_dirs(Path(args.outdir))
        for directory in directories:
            files = make_private(directory)
            print(f"state: {directory}/ is owner-only (0700, {files} files 0600)", file=sys.stderr)
    except (OSError, ValueError, KeyError) as error:
        print(f"error: cannot make the state private: {error}", file=sys.stderr)
        return 2
    if not command:
        return 0
    sys.stdout.flush()
    os.execvp(command[0], command)
    return 1  # not reached


if __name__ == "__main__":
    sys.exit(main())
