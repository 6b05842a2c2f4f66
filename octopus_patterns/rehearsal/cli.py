"""`python -m octopus_patterns.rehearsal`: rehearse the synthesized stacks, every provider stood in."""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from octopus_patterns.rehearsal.runner import Options, RehearsalFailed, rehearse

DEFAULT_TERRAFORM = "terraform"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m octopus_patterns.rehearsal",
        description=(
            "Run real Terraform over the synthesized stacks with every provider resource, data source and "
            "provider configuration stood in by the builtin terraform_data: init, apply, a plan that must be "
            "empty, then destroy in reverse order. Provisioners are stripped."
        ),
    )
    parser.add_argument(
        "--outdir", type=Path, default=Path("cdktf.out"), help="cdktf output (default: cdktf.out)"
    )
    parser.add_argument(
        "--workdir", type=Path, help="empty or new directory to rehearse in (kept afterwards)"
    )
    parser.add_argument(
        "--backend-from-synth",
        action="store_true",
        help="keep the synthesized backends (pg reads PG_CONN_STR) instead of local state in the work dir",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary work dir")
    parser.add_argument(
        "--terraform", default=DEFAULT_TERRAFORM, help="Terraform binary (default: terraform)"
    )
    parser.add_argument(
        "--schema",
        type=Path,
        action="append",
        help="provider schema JSON (repeatable; default: the project's)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    terraform = shutil.which(args.terraform)
    if terraform is None:
        print(f"rehearsal failed: Terraform binary {args.terraform!r} not found", file=sys.stderr)
        return 1
    options = Options(
        outdir=args.outdir,
        workdir=args.workdir,
        backend_from_synth=args.backend_from_synth,
        keep=args.keep,
        terraform=terraform,
        schema_files=tuple(args.schema) if args.schema else None,
    )
    try:
        rehearse(options, echo=lambda line: print(line, flush=True))
    except RehearsalFailed as failure:
        print(failure, file=sys.stderr, flush=True)
        return 1
    return 0
