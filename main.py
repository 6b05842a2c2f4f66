#!/usr/bin/env python3
"""The cdktf app: every stack of the Octopus enterprise-patterns estate, wired by cross-stack references."""

from __future__ import annotations

import sys

from cdktf import App

from octopus_patterns.config import ConfigError, EstateConfig, load_config
from stacks.containers import ContainersStack
from stacks.management import ManagementStack


def build_app(config: EstateConfig, app: App | None = None) -> App:
    app = app or App()
    containers = ContainersStack(app, "containers", config=config)
    ManagementStack(
        app,
        "management",
        config=config,
        octopus=containers.octopus.endpoint,
        gitea=containers.gitea_endpoint,
    )
    return app


def main() -> int:
    try:
        config = load_config()
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    build_app(config).synth()
    return 0


if __name__ == "__main__":
    sys.exit(main())
