#!/usr/bin/env python3
"""The cdktf app: every stack of the Octopus enterprise-patterns estate, wired by cross-stack references."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from cdktf import App

from octopus_patterns.catalogue import managed_spaces as blueprints
from octopus_patterns.config import ConfigError, EstateConfig, load_config
from stacks.containers import ContainersStack
from stacks.management import ManagementStack
from stacks.spaces import ManagedSpaceStack


def build_app(config: EstateConfig, app: App | None = None) -> App:
    app = app or App()
    containers = ContainersStack(app, "containers", config=config)
    octopus = containers.octopus.endpoint
    # The runbooks of the management and Development spaces keep Terraform state here (ThisInstance.State.*).
    state_database = containers.state_database.network_access()
    management = ManagementStack(
        app,
        "management",
        config=config,
        octopus=octopus,
        gitea=containers.gitea_endpoint,
        state_database=state_database,
    )
    docker_credentials = management.docker_feed_credentials
    ManagedSpaceStack(
        app,
        "development",
        config=config,
        octopus=octopus,
        space=management.development_space,
        docker_credentials=docker_credentials,
        blueprint=blueprints.DEVELOPMENT,
        promote_to=management.test_production_space,
        state_database=state_database,
    )
    ManagedSpaceStack(
        app,
        "test-production",
        config=config,
        octopus=octopus,
        space=management.test_production_space,
        docker_credentials=docker_credentials,
        blueprint=blueprints.TEST_PRODUCTION,
    )
    for region in config.regions:
        ManagedSpaceStack(
            app,
            region.stack_id,
            config=config,
            octopus=octopus,
            space=management.region_spaces[region.name],
            docker_credentials=docker_credentials,
            blueprint=blueprints.region_blueprint(region),
            client_space=management.client_space_inputs,
        )
    return app


def main(argv: Sequence[str] | None = None) -> int:
    argparse.ArgumentParser(
        prog="main.py",
        description=(
            "Synthesize every stack of the estate into cdktf.out (run by `cdktf synth` / `cdktf deploy`). "
            "Configuration: estate.toml, ESTATE_CONFIG, ESTATE__* variables (see README, Configuration)."
        ),
    ).parse_args(argv)
    try:
        config = load_config()
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    build_app(config).synth()
    return 0


if __name__ == "__main__":
    sys.exit(main())
