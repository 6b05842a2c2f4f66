"""An Octopus deployment or runbook process: its steps, in order.

Provider 1.x models a process as `octopusdeploy_process` (owned by a project, or by a runbook of that
project), one `octopusdeploy_process_step` per step and an `octopusdeploy_process_steps_order` that pins the
order (without it Octopus keeps the order in which Terraform happened to create the steps).

Steps are described by `StepSpec` values, which are plain data: the catalogue builds them, tests read them.
Each step has one action. `properties` are the action's properties (the provider's `execution_properties`);
the target roles are a step property (`Octopus.Action.TargetRoles`). A step spec never holds a secret:
sensitive values are referenced as Octopus variables (`#{...}`) and resolved by Octopus at run time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from cdktf import ITerraformDependable, TerraformResourceLifecycle
from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.process import Process
from octopus_patterns.bindings.octopusdeploy.process_step import (
    ProcessStep,
    ProcessStepPackages,
    ProcessStepPrimaryPackage,
)
from octopus_patterns.bindings.octopusdeploy.process_steps_order import ProcessStepsOrder
from octopus_patterns.octopus.references import HasId

ScriptSyntax = Literal["Bash", "PowerShell", "Python", "CSharp"]
AcquisitionLocation = Literal["Server", "ExecutionTarget", "NotAcquired"]
StepCondition = Literal["Success", "Failure", "Always", "Variable"]
CONDITION_EXPRESSION = "Octopus.Step.ConditionVariableExpression"

TARGET_ROLES = "Octopus.Action.TargetRoles"
RUN_ON_SERVER = "Octopus.Action.RunOnServer"
# Provider 1.17 computes these from `primary_package` (DownloadOnTentacle is "True" exactly when its
# acquisition_location is "ExecutionTarget") and leaves them out of state, so a step that sets one reports an
# inconsistent result after apply (schemas/process_step_reserved_execution_properties_validator.go:57-61,
# resource_process_step.go:405-412 and 640-643).
RESERVED_PROPERTIES = (
    "Octopus.Action.Package.FeedId",
    "Octopus.Action.Package.PackageId",
    "Octopus.Action.Package.DownloadOnTentacle",
)

# `${` and `%{` start Terraform template sequences in any string of the synthesized JSON, so literal text (a
# Bash `${var}`, an inline Terraform template) is escaped to `$${` and `%%{`. cdktf tokens, which look like
# `${TfToken[TOKEN.n]}` until they are resolved into references, are left alone.
_TEMPLATE_SEQUENCE = re.compile(r"\$\{(?!TfToken\[)|%\{")


def terraform_literal(text: str) -> str:
    """`text` as a Terraform string that evaluates to exactly `text` (cdktf tokens in it still resolve)."""
    return _TEMPLATE_SEQUENCE.sub(lambda match: match.group(0)[0] + match.group(0), text)


def _literal_map(values: Mapping[str, str]) -> dict[str, str]:
    return {key: terraform_literal(value) for key, value in values.items()}


@dataclass(frozen=True)
class PackageReference:
    """A package a step uses, from a feed."""

    package_id: str
    feed: HasId
    acquisition_location: AcquisitionLocation = "Server"
    properties: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class StepSpec:
    """One step of a process, with its single action."""

    name: str
    action_type: str
    properties: Mapping[str, str]
    target_roles: tuple[str, ...] = ()
    run_on_server: bool = True
    is_required: bool = False
    condition: StepCondition = "Success"
    primary_package: PackageReference | None = None
    packages: Mapping[str, PackageReference] = field(default_factory=dict)
    excluded_environments: tuple[HasId, ...] = ()
    # With condition "Variable": an Octopus expression; the step runs when it evaluates to True.
    condition_expression: str | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("a step needs a name")
        if (self.condition == "Variable") != (self.condition_expression is not None):
            raise ValueError(f"step {self.name!r}: condition 'Variable' and condition_expression go together")
        if TARGET_ROLES in self.properties or RUN_ON_SERVER in self.properties:
            raise ValueError(f"step {self.name!r}: set target_roles and run_on_server, not their properties")
        reserved = sorted(set(self.properties) & set(RESERVED_PROPERTIES))
        if reserved:
            raise ValueError(
                f"step {self.name!r}: {reserved} are computed from primary_package by the provider; set the "
                "package (and its acquisition_location) instead"
            )

    @property
    def step_properties(self) -> dict[str, str]:
        properties = {TARGET_ROLES: ",".join(self.target_roles)} if self.target_roles else {}
        if self.condition_expression is not None:
            properties[CONDITION_EXPRESSION] = self.condition_expression
        return properties

    @property
    def execution_properties(self) -> dict[str, str]:
        return {**self.properties, RUN_ON_SERVER: "true" if self.run_on_server else "false"}


def script_step(
    name: str,
    body: str,
    *,
    syntax: ScriptSyntax = "Bash",
    action_type: str = "Octopus.Script",
    target_roles: tuple[str, ...] = (),
    is_required: bool = False,
    packages: Mapping[str, PackageReference] | None = None,
    extra_properties: Mapping[str, str] | None = None,
    excluded_environments: tuple[HasId, ...] = (),
) -> StepSpec:
    """A step running an inline script (`Octopus.Script`, or a script-like Azure or Kubernetes step type)."""
    properties = {
        "Octopus.Action.Script.ScriptSource": "Inline",
        "Octopus.Action.Script.Syntax": syntax,
        "Octopus.Action.Script.ScriptBody": body,
        **(extra_properties or {}),
    }
    return StepSpec(
        name=name,
        action_type=action_type,
        properties=properties,
        target_roles=target_roles,
        is_required=is_required,
        packages=dict(packages or {}),
        excluded_environments=excluded_environments,
    )


def _terraform_properties(workspace: str, init_params: str, action_params: str) -> dict[str, str]:
    return {
        "Octopus.Action.Terraform.Workspace": workspace,
        "Octopus.Action.Terraform.AdditionalInitParams": init_params,
        "Octopus.Action.Terraform.AdditionalActionParams": action_params,
        "Octopus.Action.Terraform.ManagedAccount": "None",
        "Octopus.Action.Terraform.AzureAccount": "False",
        "Octopus.Action.Terraform.GoogleCloudAccount": "False",
        "Octopus.Action.Terraform.AllowPluginDownloads": "True",
        "Octopus.Action.Terraform.PlanJsonOutput": "False",
    }


def terraform_inline_step(
    name: str,
    template: str,
    parameters: Mapping[str, str],
    *,
    workspace: str,
    init_params: str = "",
) -> StepSpec:
    """An `Octopus.TerraformApply` step with an inline template; `parameters` fill its Terraform variables."""
    properties = {
        "Octopus.Action.Script.ScriptSource": "Inline",
        "Octopus.Action.Terraform.Template": template,
        "Octopus.Action.Terraform.TemplateParameters": json.dumps(dict(parameters), sort_keys=True),
        "Octopus.Action.Terraform.RunAutomaticFileSubstitution": "True",
        **_terraform_properties(workspace, init_params, ""),
    }
    return StepSpec(name=name, action_type="Octopus.TerraformApply", properties=properties)


def terraform_package_step(
    name: str,
    package: PackageReference,
    *,
    template_directory: str,
    workspace: str,
    init_params: str,
    action_params: str,
    file_substitution: str = "",
) -> StepSpec:
    """An `Octopus.TerraformApply` step that applies the Terraform in a directory of its primary package.

    Where the package is extracted follows its acquisition_location ("Server": not on the tentacle).
    """
    properties = {
        "Octopus.Action.Script.ScriptSource": "Package",
        "Octopus.Action.Terraform.TemplateDirectory": template_directory,
        "Octopus.Action.Terraform.RunAutomaticFileSubstitution": "False",
        "Octopus.Action.Terraform.FileSubstitution": file_substitution,
        **_terraform_properties(workspace, init_params, action_params),
    }
    return StepSpec(
        name=name, action_type="Octopus.TerraformApply", properties=properties, primary_package=package
    )


@dataclass(frozen=True)
class ProcessProps:
    space: HasId
    project: HasId
    steps: Sequence[StepSpec]
    runbook: HasId | None = None  # None: the project's deployment process
    # True: Terraform creates the steps, then leaves them to people editing the process in Octopus (a template
    # that is changed in the UI and serialized back, like the reference implementation's Hello World).
    editable_in_octopus: bool = False


class OctopusProcess(Construct):
    """A deployment process (or a runbook's process) with its steps created and ordered as given."""

    def __init__(self, scope: Construct, id: str, props: ProcessProps) -> None:
        super().__init__(scope, id)
        if is_version_controlled(props.project):
            # Provider 1.17 refuses any process of such a project, a runbook's too (resource_process.go:79-82,
            # process_wrapper.go:88-91): its processes are OCL in the project's repository.
            what = (
                f"runbook process ({props.runbook.id})" if props.runbook is not None else "deployment process"
            )
            raise ValueError(
                f"a version-controlled project's {what} lives in Git, not in Terraform: describe its steps "
                "as data instead of creating an OctopusProcess"
            )
        ids = _step_construct_ids(props.steps)
        lifecycle = TerraformResourceLifecycle(ignore_changes="all") if props.editable_in_octopus else None
        self.process = Process(
            self,
            "process",
            space_id=props.space.id,
            project_id=props.project.id,
            runbook_id=props.runbook.id if props.runbook is not None else None,
        )
        space_id, process_id = props.space.id, self.id
        self.steps: dict[str, ProcessStep] = {
            spec.name: _create_step(self, construct_id, spec, space_id, process_id, lifecycle)
            for construct_id, spec in zip(ids, props.steps, strict=True)
        }
        self.steps_order: ProcessStepsOrder | None = None
        if self.steps:
            self.steps_order = ProcessStepsOrder(
                self,
                "steps_order",
                space_id=space_id,
                process_id=process_id,
                steps=[step.id for step in self.steps.values()],
                lifecycle=lifecycle,
            )

    @cached_property
    def id(self) -> str:
        return self.process.id

    @property
    def dependables(self) -> list[ITerraformDependable]:
        """What a resource that refers to these steps by name (a channel rule, say) must wait for."""
        return [*self.steps.values(), *([self.steps_order] if self.steps_order else [])]


def is_version_controlled(project: HasId) -> bool:
    """True for a project stored in Git (an `OctopusProject` with Git persistence)."""
    return getattr(project, "is_version_controlled", False) is True


def _step_construct_ids(steps: Sequence[StepSpec]) -> list[str]:
    """Construct ids from step names, so inserting a step does not rename (and replace) the others."""
    ids = ["step_" + re.sub(r"[^a-z0-9]+", "_", spec.name.lower()).strip("_") for spec in steps]
    names = [spec.name for spec in steps]
    if len(set(names)) != len(names) or len(set(ids)) != len(ids):
        raise ValueError(f"step names in one process must be unique (also after slugging): {names}")
    return ids


def _create_step(
    scope: Construct,
    id: str,
    spec: StepSpec,
    space_id: str,
    process_id: str,
    lifecycle: TerraformResourceLifecycle | None,
) -> ProcessStep:
    return ProcessStep(
        scope,
        id,
        lifecycle=lifecycle,
        space_id=space_id,
        process_id=process_id,
        name=spec.name,
        type=spec.action_type,
        condition=spec.condition,
        is_required=spec.is_required,
        properties=_literal_map(spec.step_properties) or None,
        execution_properties=_literal_map(spec.execution_properties),
        excluded_environments=[env.id for env in spec.excluded_environments] or None,
        primary_package=_primary_package(spec.primary_package) if spec.primary_package else None,
        packages={name: _package(ref) for name, ref in spec.packages.items()} or None,
    )


def _package_properties(ref: PackageReference) -> dict[str, str]:
    # "immediate": the version is chosen when the release (or runbook snapshot) is created.
    return {"SelectionMode": "immediate", **ref.properties}


def _primary_package(ref: PackageReference) -> ProcessStepPrimaryPackage:
    return ProcessStepPrimaryPackage(
        package_id=ref.package_id,
        feed_id=ref.feed.id,
        acquisition_location=ref.acquisition_location,
        properties=_literal_map(_package_properties(ref)),
    )


def _package(ref: PackageReference) -> ProcessStepPackages:
    return ProcessStepPackages(
        package_id=ref.package_id,
        feed_id=ref.feed.id,
        acquisition_location=ref.acquisition_location,
        properties=_literal_map(_package_properties(ref)),
    )
