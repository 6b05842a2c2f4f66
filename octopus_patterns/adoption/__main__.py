"""`python -m octopus_patterns.adoption`: find which objects the stacks declare already exist on the
configured Octopus server, and write the adoption plan that synthesis turns into Terraform import blocks."""

from __future__ import annotations

import argparse
import importlib
import math
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from octopus_patterns.adoption.declared import DeclarationError, Declared, declared_objects, same_server
from octopus_patterns.adoption.octopus_api import ApiError, OctopusApi
from octopus_patterns.adoption.plan import AdoptionPlan, make_plan
from octopus_patterns.adoption.server import read_server
from octopus_patterns.bounded_http import Deadline
from octopus_patterns.config import ConfigError, EstateConfig, load_config

FALLBACK_KEY_ENV = "OCTOPUS_API_KEY"
DEFAULT_APP = "main:build_app"


class UsageError(Exception):
    """Bad configuration or environment (exit code 2)."""


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    args = _parser().parse_args(argv)
    environ = os.environ if environ is None else environ
    try:
        config = load_config(args.config, environ=environ)
        plan, skipped = _plan(config, environ, args)
    except (ConfigError, UsageError, DeclarationError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except ApiError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print("\n".join([*plan.report(), *skipped]))
    if plan.conflicts:
        print(
            "conflicts found: resolve them on the server (or rename in the configuration); nothing written",
            file=sys.stderr,
        )
        return 1
    if args.dry_run:
        print("dry run: nothing written")
        return 0
    _write(Path(args.out), plan.to_json())
    print(f"wrote {args.out}; synthesize with ESTATE_ADOPTION_FILE={args.out} to add the import blocks")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m octopus_patterns.adoption",
        description=(
            "Compare what the stacks declare with what the configured Octopus server ([existing_instance]) "
            "already has, and write the adoption plan (objects to import, to create, left alone). "
            "The API key comes from TF_VAR_<api_key_variable> or OCTOPUS_API_KEY, never from argv."
        ),
    )
    parser.add_argument("--config", help="configuration file (default: ESTATE_CONFIG or estate.toml)")
    parser.add_argument(
        "--server",
        help="the Octopus server to compare, as a stack's provider names it (default: [existing_instance])",
    )
    parser.add_argument(
        "--key-variable",
        help="its API key is in TF_VAR_<this> (default: [existing_instance] api_key_variable)",
    )
    parser.add_argument("--dry-run", action="store_true", help="print the plan, write nothing")
    parser.add_argument(
        "--out", default="adoption.json", help="where to write the plan (default: %(default)s)"
    )
    parser.add_argument(
        "--timeout", type=_seconds, default=120.0, help="seconds for the whole run (default: 120)"
    )
    parser.add_argument(
        "--app",
        default=DEFAULT_APP,
        help="MODULE:FUNCTION(config, app) that builds the stacks (default: %(default)s)",
    )
    return parser


def _seconds(text: str) -> float:
    value = float(text)
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number of seconds")
    return value


def _plan(
    config: EstateConfig, environ: Mapping[str, str], args: argparse.Namespace
) -> tuple[AdoptionPlan, list[str]]:
    """The plan for one server, and a line for each stack that targets another one (not compared)."""
    existing = config.existing_instance
    server = args.server or (existing.url if existing else None)
    if server is None:
        raise UsageError(
            "adoption needs an existing Octopus server: add [existing_instance] to the configuration "
            "(or name a server with --server)"
        )
    key_variable = args.key_variable
    if key_variable is None and existing is not None and same_server(server, existing.url):
        key_variable = existing.api_key_variable
    if key_variable is None:
        raise UsageError(f"--server {server}: name the variable of its API key with --key-variable")
    key_env = f"TF_VAR_{key_variable}"
    api_key = environ.get(key_env) or environ.get(FALLBACK_KEY_ENV)
    if not api_key:
        raise UsageError(f"no API key: set {key_env} (or {FALLBACK_KEY_ENV})")
    declared = _declared(config, args.app)
    ours = [item for item in declared if same_server(item.server, server)]
    if not ours:
        raise UsageError(f"no stack targets {server}")
    api = OctopusApi(server.rstrip("/"), api_key, Deadline.after(args.timeout))
    spaces = {item.name for item in ours if item.resource_type.kind.name == "space"}
    return make_plan(server, ours, read_server(api, spaces)), _elsewhere(declared, server)


def _elsewhere(declared: list[Declared], server: str) -> list[str]:
    stacks = Counter((item.stack, item.server) for item in declared if not same_server(item.server, server))
    return [
        f"not compared: stack {stack} targets {other or 'a server named by another stack'} ({count} objects)"
        for (stack, other), count in sorted(stacks.items(), key=lambda pair: pair[0][0])
    ]


def _declared(config: EstateConfig, app_entry: str) -> list[Declared]:
    """The stacks built in-process (never synthesized) from the same configuration synthesis uses, on every
    server (`_plan` keeps those on the compared server and names the others)."""
    from cdktf import App

    module_name, _, function = app_entry.partition(":")
    try:
        build_app = getattr(importlib.import_module(module_name), function)
    except (ImportError, AttributeError, ValueError) as error:
        raise UsageError(
            f"--app {app_entry}: cannot load it ({type(error).__name__}); run from the project directory "
            "or name your app's MODULE:FUNCTION"
        ) from None
    with tempfile.TemporaryDirectory() as outdir:
        app = App(outdir=outdir)
        build_app(config, app)
        return declared_objects(app)


def _write(path: Path, text: str) -> None:
    """Whole or not at all: a temporary file in the same directory, renamed over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


if __name__ == "__main__":
    sys.exit(main())
