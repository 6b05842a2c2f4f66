"""The parts of the "Create Client Space" runbook's inline Terraform that the region stacks create too,
rendered from the same facts (catalogue/management.py) so the two cannot drift: the teams' roles in the
space (`CLIENT_SPACE_TEAM_GRANTS`), the environments, the lifecycles with their retention (`LIFECYCLES`) and
the Maven feed with its retries (`MavenFeedProps`).
"""

from __future__ import annotations

from dataclasses import dataclass

from octopus_patterns.catalogue import management as ri
from octopus_patterns.catalogue.template_projects.hcl import Block, Expression, literal, render_blocks, string
from octopus_patterns.catalogue.template_projects.hcl import tuple_of as hcl_tuple
from octopus_patterns.octopus.environment import EnvironmentSpec
from octopus_patterns.octopus.feed import MavenFeedProps
from octopus_patterns.octopus.lifecycle import LifecyclePhaseSpec, ManagedLifecycleProps, RetentionPolicy
from octopus_patterns.octopus.naming import construct_id

SPACE_ID = "var.octopus_space_id"  # every client-space template's space (terraform/_octopus.tf)


@dataclass(frozen=True)
class HclReference:
    """An object whose ID is an HCL expression in the template, where the stacks pass a resource."""

    id: str


def team_roles(grant: ri.TeamSpaceGrant) -> str:
    """One `octopusdeploy_scoped_user_role` per role of the grant: the (server-wide) team found by name, our
    own roles found by name, Octopus's built-in roles by their fixed IDs (as the RI's templates)."""
    team = Block("data", ("octopusdeploy_teams", "team"), {"partial_name": string(grant.team)})
    lookups = [
        Block("data", ("octopusdeploy_user_roles", construct_id(role)), {"partial_name": string(role)})
        for role in grant.roles
    ]
    team_id = (
        f"[for team in data.octopusdeploy_teams.team.teams : team.id if team.name == {string(grant.team)}][0]"
    )
    role_ids: dict[str, Expression] = {
        role: (
            f"[for role in data.octopusdeploy_user_roles.{construct_id(role)}.user_roles : role.id "
            f"if role.name == {string(role)}][0]"
        )
        for role in grant.roles
    }
    role_ids.update({role.name: string(role.id) for role in grant.built_in_roles})
    grants = [
        Block(
            "resource",
            ("octopusdeploy_scoped_user_role", construct_id(name)),
            {"space_id": SPACE_ID, "team_id": "local.team_id", "user_role_id": role_id},
        )
        for name, role_id in role_ids.items()
    ]
    return render_blocks(team, *lookups, Block("locals", (), {"team_id": team_id}), *grants)


def environments(specs: tuple[EnvironmentSpec, ...]) -> str:
    return render_blocks(*(_environment(spec) for spec in specs))


def _environment(spec: EnvironmentSpec) -> Block:
    attributes = {
        "name": string(spec.name),
        "description": string(spec.description),
        "sort_order": literal(spec.sort_order),
        "allow_dynamic_infrastructure": literal(spec.allow_dynamic_infrastructure),
        "use_guided_failure": literal(spec.use_guided_failure),
    }
    extensions = spec.extensions
    blocks = (
        ()
        if extensions is None
        else (
            Block(
                "jira_extension_settings", (), {"environment_type": string(extensions.jira_environment_type)}
            ),
            Block(
                "jira_service_management_extension_settings",
                (),
                {"is_enabled": literal(extensions.change_requests_enabled)},
            ),
            Block(
                "servicenow_extension_settings",
                (),
                {"is_enabled": literal(extensions.change_requests_enabled)},
            ),
        )
    )
    return Block("resource", ("octopusdeploy_environment", construct_id(spec.name)), attributes, blocks)


def lifecycles(facts: tuple[ri.LifecycleFact, ...], environment_ids: dict[str, str]) -> str:
    """The lifecycles as `lifecycle_props` builds them for the stacks; `environment_ids` maps an environment
    name to the HCL expression of its ID."""
    by_name = {name: HclReference(expression) for name, expression in environment_ids.items()}
    space = HclReference(SPACE_ID)
    return render_blocks(*(_lifecycle(ri.lifecycle_props(fact, space, by_name)) for fact in facts))


def _lifecycle(props: ManagedLifecycleProps) -> Block:
    blocks = (
        *_retention("release_retention_with_strategy", props.release_retention),
        *_retention("tentacle_retention_with_strategy", props.tentacle_retention),
        *(_phase(phase) for phase in props.phases),
    )
    attributes = {"name": string(props.name), "description": string(props.description)}
    return Block("resource", ("octopusdeploy_lifecycle", construct_id(props.name)), attributes, blocks)


def _phase(phase: LifecyclePhaseSpec) -> Block:
    attributes = {
        "name": string(phase.name),
        "automatic_deployment_targets": hcl_tuple(*(env.id for env in phase.automatic_environments)),
        "optional_deployment_targets": hcl_tuple(*(env.id for env in phase.optional_environments)),
    }
    blocks = (
        *_retention("release_retention_with_strategy", phase.release_retention),
        *_retention("tentacle_retention_with_strategy", phase.tentacle_retention),
    )
    return Block("phase", (), attributes, blocks)


def _retention(kind: str, policy: RetentionPolicy | None) -> tuple[Block, ...]:
    if policy is None:
        return ()
    return (Block(kind, (), {name: literal(value) for name, value in policy.attributes().items()}),)


def maven_feed(props: MavenFeedProps) -> str:
    attributes = {
        "name": string(props.name),
        "feed_uri": string(props.feed_uri),
        "download_attempts": literal(props.download_attempts),
        "download_retry_backoff_seconds": literal(props.download_retry_backoff_seconds),
    }
    return render_blocks(
        Block("resource", ("octopusdeploy_maven_feed", construct_id(props.name)), attributes)
    )


CLIENT_MAVEN_FEED = MavenFeedProps(HclReference(SPACE_ID), ri.MAVEN_FEED_NAME, ri.MAVEN_FEED_URI)
