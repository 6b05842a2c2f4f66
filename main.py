#!/usr/bin/env python3
"""The cdktf app: every stack of the Octopus enterprise-patterns estate, wired by cross-stack references."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from cdktf import App

from octopus_patterns import existing_instance as from_config
from octopus_patterns import region_instance
from octopus_patterns.adoption.imports import AdoptionFileError, adopt_from_environment
from octopus_patterns.catalogue import managed_spaces as blueprints
from octopus_patterns.catalogue.management import managed_space
from octopus_patterns.config import ConfigError, EstateConfig, RegionConfig, load_config
from octopus_patterns.endpoints import (
    GiteaEndpoint,
    Given,
    OctopusServerEndpoint,
    RegionInstance,
    StateDatabase,
)
from stacks import ContainersStack, ManagedSpaceStack, ManagementStack

# What an existing instance without a Git server does not get, one line each (printed by synth).
LEFT_OUT_WITHOUT_GIT = (
    "config-as-code projects Hello World CaC and Azure Web App CaC (and their runbooks, tenant connections)",
    'Git credential "Git" in the management and region spaces, and the "Git" library variable set',
    'project "PR Checks" (it reads the "Git" set)',
)


@dataclass(frozen=True)
class EstateSources:
    """Where the Octopus stacks' endpoints come from: the containers stack, or configuration."""

    octopus: Given[OctopusServerEndpoint]
    gitea: Given[GiteaEndpoint] | None
    # The runbooks of the management and Development spaces keep Terraform state here (ThisInstance.State.*).
    state_database: Given[StateDatabase]
    left_out: tuple[str, ...] = ()  # parts not synthesized because something they need was not configured


def estate_sources(config: EstateConfig, app: App) -> EstateSources:
    """The local Docker estate (a `containers` stack), or the configured existing instance (none)."""
    existing = config.existing_instance
    if existing is None:
        containers = ContainersStack(app, "containers", config=config)
        return EstateSources(
            octopus=containers.octopus.endpoint,
            gitea=containers.gitea_endpoint,
            state_database=containers.state_database.network_access(),
        )
    if config.state_database is None:  # the configuration refuses this; kept for type narrowing
        raise ValueError("[existing_instance] needs [state_database]")
    return EstateSources(
        octopus=from_config.octopus_server(existing),
        gitea=None if config.git is None else from_config.git_server(config.git),
        state_database=from_config.state_database(config.state_database),
        left_out=estate_sources_left_out(config),
    )


def build_app(config: EstateConfig, app: App | None = None) -> App:
    app = app or App()
    sources = estate_sources(config, app)
    octopus, state_database = sources.octopus, sources.state_database
    # Built first: the management stack reads their spaces' IDs (and they read nothing from it).
    region_instances = {
        region.name: _region_on_its_own_server(app, config, region, sources)
        for region in config.regions
        if region.octopus is not None
    }
    management = ManagementStack(
        app,
        "management",
        config=config,
        octopus=octopus,
        gitea=sources.gitea,
        state_database=state_database,
        region_instances=region_instances,
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
        if region.name in region_instances:
            continue
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


def _region_on_its_own_server(
    app: App, config: EstateConfig, region: RegionConfig, sources: EstateSources
) -> RegionInstance:
    """The region's stack creates its space on the region's own server and stamps it, reading nothing
    from `management` (`region_instance`)."""
    if region.octopus is None:
        raise ValueError(f"region {region.name!r} names no server of its own")
    octopus = from_config.octopus_server(region.octopus)
    stack = ManagedSpaceStack(
        app,
        region.stack_id,
        config=config,
        octopus=octopus,
        space=managed_space(region.name),
        docker_credentials=region_instance.docker_credentials,
        blueprint=blueprints.region_blueprint(region),
        client_space=region_instance.client_space_inputs(sources.gitea),
    )
    return RegionInstance(space=stack.space, octopus=octopus)


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
    app = App()
    build_app(config, app)
    try:
        adopted = adopt_from_environment(app)  # ESTATE_ADOPTION_FILE: import blocks (README)
    except AdoptionFileError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if adopted:
        print(f"adopting {adopted} existing objects (Terraform import blocks)", file=sys.stderr)
    for line in estate_sources_left_out(config):
        print(f"left out: {line}", file=sys.stderr)
    app.synth()
    return 0


def estate_sources_left_out(config: EstateConfig) -> tuple[str, ...]:
    """The lines synth prints for parts it leaves out (see `EstateSources.left_out`)."""
    own_servers = region_instance.left_out(config.regions)
    if config.existing_instance is None or config.git is not None:
        return own_servers
    return (*(f"{line}: no [git] configured" for line in LEFT_OUT_WITHOUT_GIT), *own_servers)


if __name__ == "__main__":
    sys.exit(main())
