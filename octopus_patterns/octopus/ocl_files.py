"""A version-controlled project's OCL files, rendered from the same data as database-backed processes.

Octopus reads, under the project's base path (Octopus's "Configuration as Code reference"):
`deployment_process.ocl` (steps), `deployment_settings.ocl` (connectivity policy, versioning, guided
failure), `variables.ocl` (non-sensitive variables), `schema_version.ocl`, and with runbooks in Git one
`runbooks/<runbook slug>.ocl` per runbook (its settings and `process { step ... }`).

Shared objects (environments, feeds, accounts) are referenced from OCL by their slug, not their ID (Octopus
2022.3.4517 and later): the steps given here must carry `OclReference`s, whose `id` is that slug.
A step is one `step "<slug>"` block with `name` and one `action`; the step's properties (target roles, the
run condition's expression) stay on the step, the action's on the action. The primary package is the
action's unlabelled `packages` block plus the `Octopus.Action.Package.FeedId`/`PackageId`/
`DownloadOnTentacle` properties, which the provider derives the same way for a database-backed step
(resource_process_step.go:405-412).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from octopus_patterns.octopus.connectivity import ConnectivityPolicy
from octopus_patterns.octopus.ocl import Attribute, Block, render
from octopus_patterns.octopus.process import PackageReference, StepSpec
from octopus_patterns.octopus.project_variable import ProjectVariableSpec
from octopus_patterns.octopus.runbook import RunbookSpec

# The newest schema version Octopus Cloud wrote by January 2025 (OctopusDeploy/cli's own .octopus/), so
# Octopus Server 2025.4 knows it; Octopus migrates an older schema forward when it loads a branch.
SCHEMA_VERSION = 9
GUIDED_FAILURE_MODE = "EnvironmentDefault"


def slug_for(name: str) -> str:
    """Octopus's slug of a name: lower case, every run of other characters one hyphen ("Sales Maven Feed"
    -> "sales-maven-feed")."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if not slug:
        raise ValueError(f"{name!r} has no letters or digits to make a slug of")
    return slug


@dataclass(frozen=True)
class OclReference:
    """A shared Octopus object as OCL names it: by slug (`id` is the slug, so step data can carry it)."""

    slug: str

    @classmethod
    def named(cls, name: str) -> OclReference:
        return cls(slug_for(name))

    @property
    def id(self) -> str:
        return self.slug


def deployment_process(steps: Sequence[StepSpec]) -> str:
    return render(step_blocks(steps))


def deployment_settings(connectivity: ConnectivityPolicy) -> str:
    body: list[Attribute | Block] = [
        Attribute("default_guided_failure_mode", GUIDED_FAILURE_MODE),
        _connectivity_block(connectivity),
        Block("versioning_strategy"),
    ]
    return render(body)


def schema_version() -> str:
    return render([Attribute("version", SCHEMA_VERSION)])


def variables(specs: Sequence[ProjectVariableSpec]) -> str:
    return render([_variable_block(spec) for spec in specs])


def runbook(spec: RunbookSpec) -> str:
    body: list[Attribute | Block] = [
        Attribute("name", spec.name),
        Attribute("description", spec.description),
        Attribute("default_guided_failure_mode", GUIDED_FAILURE_MODE),
        Attribute("environment_scope", "Specified" if spec.environments else "All"),
    ]
    if spec.environments:
        body.append(Attribute("environments", [env.id for env in spec.environments]))
    body += [
        Attribute("multi_tenancy_mode", spec.multi_tenancy_mode),
        _connectivity_block(spec.connectivity),
        _retention_block(spec.runs_to_keep),
        Block("process", body=step_blocks(spec.steps)),
    ]
    return render(body)


def runbook_path(spec: RunbookSpec) -> str:
    return f"runbooks/{slug_for(spec.name)}.ocl"


def step_blocks(steps: Sequence[StepSpec]) -> list[Attribute | Block]:
    slugs = [slug_for(step.name) for step in steps]
    if len(set(slugs)) != len(slugs):
        raise ValueError(f"step slugs in one process must be unique: {slugs}")
    return [_step_block(slug, step) for slug, step in zip(slugs, steps, strict=True)]


def _step_block(slug: str, step: StepSpec) -> Block:
    body: list[Attribute | Block] = [Attribute("name", step.name)]
    if step.condition != "Success":
        body.append(Attribute("condition", step.condition))
    if step.step_properties:
        body.append(Attribute("properties", step.step_properties))
    body.append(_action_block(step))
    return Block("step", (slug,), body)


def _action_block(step: StepSpec) -> Block:
    body: list[Attribute | Block] = [Attribute("action_type", step.action_type)]
    if step.excluded_environments:
        body.append(Attribute("excluded_environments", [env.id for env in step.excluded_environments]))
    if step.is_required:
        body.append(Attribute("is_required", True))
    body.append(Attribute("properties", action_properties(step)))
    if step.primary_package is not None:
        body.append(_package_block((), step.primary_package))
    body += [_package_block((name,), ref) for name, ref in sorted(step.packages.items())]
    return Block("action", body=body)


def action_properties(step: StepSpec) -> dict[str, str]:
    """The action's properties as Octopus stores them: the step's own, plus those of its primary package."""
    properties = dict(step.execution_properties)
    package = step.primary_package
    if package is not None:
        properties["Octopus.Action.Package.FeedId"] = package.feed.id
        properties["Octopus.Action.Package.PackageId"] = package.package_id
        on_target = package.acquisition_location == "ExecutionTarget"
        properties["Octopus.Action.Package.DownloadOnTentacle"] = "True" if on_target else "False"
    return properties


def package_properties(ref: PackageReference) -> dict[str, str]:
    # As for a database-backed step (process.py): the version is chosen when the release is created.
    return {"SelectionMode": "immediate", **ref.properties}


def _package_block(labels: tuple[str, ...], ref: PackageReference) -> Block:
    body = [
        Attribute("acquisition_location", ref.acquisition_location),
        Attribute("feed", ref.feed.id),
        Attribute("package_id", ref.package_id),
        Attribute("properties", package_properties(ref)),
    ]
    return Block("packages", labels, body)


def _connectivity_block(policy: ConnectivityPolicy) -> Block:
    return Block(
        "connectivity_policy",
        body=[
            Attribute("allow_deployments_to_no_targets", policy.allow_deployments_to_no_targets),
            Attribute("exclude_unhealthy_targets", policy.exclude_unhealthy_targets),
            Attribute("skip_machine_behavior", policy.skip_machine_behavior),
        ],
    )


def _retention_block(runs_to_keep: int | None) -> Block:
    if runs_to_keep is None:
        return Block("run_retention_policy", body=[Attribute("type", "Default")])
    body = [Attribute("type", "Count"), Attribute("quantity_to_keep", runs_to_keep)]
    return Block("run_retention_policy", body=body)


def _variable_block(spec: ProjectVariableSpec) -> Block:
    if spec.prompt is not None:
        raise ValueError(f"variable {spec.name!r}: prompted variables are not written to OCL here")
    value_body = [Attribute("description", spec.description)] if spec.description else []
    body: list[Attribute | Block] = []
    if spec.type != "String":
        body.append(Attribute("type", spec.type))
    body.append(Block("value", (spec.value,), value_body))
    return Block("variable", (spec.name,), body)


def files_by_path(files: Mapping[str, str]) -> dict[str, str]:
    """`files` sorted by path, so a file set hashes and commits the same way every time."""
    return {path: files[path] for path in sorted(files)}
