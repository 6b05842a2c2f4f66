"""Check synthesized cdktf JSON (cdk.tf.json) against rules of the OctopusDeploy provider v1.17.0 that its
JSON schema cannot express.

`terraform providers schema -json` (what `schema_conformance` checks against) carries attribute names, types,
required/optional/computed and block counts of SDKv2 blocks. It does not carry a provider's validators
(LengthAtLeast, OneOf, ConflictsWith, SizeAtMost, list MinItems), its ValidateConfig/ModifyPlan logic, or what
Create/Read do with a value. Each rule below was read from the provider source at tag v1.17.0 (checked out at
/work/ref/provider) and names the file and line it comes from; paths are relative to that repository.

Values containing `${` are Terraform expressions. For the "no empty string" rule they are resolved as far as
the document allows: `var.x` (its default), `local.x`, `sensitive()`/`nonsensitive()`/`tostring()` wrappers,
`a ? b : c` (either branch), string templates, and cross-stack `data.terraform_remote_state.*.outputs.*`
(resolved in the other stacks passed as `stacks`). A variable guarded by the resource's `count`
(`length(var.x) >= 1`) cannot be empty in an instance that exists. Anything else is left alone.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

JsonDict = dict[str, Any]
PROVIDER_SOURCE = "OctopusDeploy/terraform-provider-octopusdeploy v1.17.0"


@dataclass(frozen=True)
class Violation:
    """One place where a synthesized document breaks a rule of the provider."""

    path: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message} [{self.rule}]"


def format_violations(violations: Iterable[Violation]) -> str:
    items = list(violations)
    if not items:
        return "no provider rule violations"
    lines = [f"{len(items)} provider rule violation(s):"]
    lines.extend(f"  - {violation}" for violation in items)
    return "\n".join(lines)


# --- expressions ----------------------------------------------------------------------------------------

_WRAPPERS = ("sensitive", "nonsensitive", "tostring")
_REFERENCE = re.compile(
    r"^(?:(var|local)\.([A-Za-z0-9_-]+)|data\.terraform_remote_state\.([A-Za-z0-9_-]+)"
    r"\.outputs\.([A-Za-z0-9_-]+))$"
)
_COUNT_GUARD = re.compile(r"length\(var\.([A-Za-z0-9_-]+)\)\s*>=\s*1")
_RESOURCE_ID = re.compile(r"^\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.id\}$")


def is_expression(value: Any) -> bool:
    return isinstance(value, str) and "${" in value


def _closing(text: str, start: int, opener: str, closer: str) -> int:
    """Index of the bracket closing the one at `start` (quoted strings skipped), or -1."""
    depth, index, quoted = 0, start, False
    while index < len(text):
        char = text[index]
        if quoted:
            if char == "\\":
                index += 1
            elif char == '"':
                quoted = False
        elif char == '"':
            quoted = True
        elif char == opener:
            depth += 1
        elif char == closer:
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return -1


def single_interpolation(value: str) -> str | None:
    """`x` when `value` is exactly `${x}`; None for literals and for templates mixing text and `${}`."""
    if not (value.startswith("${") and value.endswith("}")):
        return None
    return value[2:-1].strip() if _closing(value, 1, "{", "}") == len(value) - 1 else None


def _unwrap(expression: str) -> str:
    expression = expression.strip()
    while True:
        if expression.startswith("(") and _closing(expression, 0, "(", ")") == len(expression) - 1:
            expression = expression[1:-1].strip()
            continue
        for name in _WRAPPERS:
            prefix = name + "("
            if (
                expression.startswith(prefix)
                and _closing(expression, len(name), "(", ")") == len(expression) - 1
            ):
                expression = expression[len(prefix) : -1].strip()
                break
        else:
            return expression


def _split_conditional(expression: str) -> tuple[str, str, str] | None:
    """`(cond, then, else)` of a top-level `cond ? then : else`."""
    depth, quoted, question = 0, False, -1
    for index, char in enumerate(expression):
        if quoted:
            quoted = char != '"' or expression[index - 1] == "\\"
        elif char == '"':
            quoted = True
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif depth == 0 and char == "?" and question < 0:
            question = index
        elif depth == 0 and char == ":" and question >= 0:
            return expression[:question], expression[question + 1 : index], expression[index + 1 :]
    return None


@dataclass(frozen=True)
class Context:
    """What expressions of one stack can refer to: its variables and locals, other stacks' outputs."""

    doc: Mapping[str, Any]
    stacks: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    @property
    def variables(self) -> Mapping[str, Any]:
        return self.doc.get("variable") or {}

    @property
    def locals(self) -> Mapping[str, Any]:
        return self.doc.get("locals") or {}

    def remote_output(self, remote_state: str, output: str) -> tuple[Any, Context] | None:
        """The value of a cross-stack output, and the stack it is evaluated in."""
        for stack_id, doc in self.stacks.items():
            if doc is self.doc or not remote_state.endswith(f"-{stack_id}"):
                continue
            outputs = doc.get("output") or {}
            if output in outputs:
                return outputs[output].get("value"), Context(doc, self.stacks)
        return None


def may_be_empty(
    value: Any, context: Context, guarded: frozenset[str] = frozenset(), depth: int = 0
) -> str | None:
    """Why `value` can be "" at plan time, or None when it cannot (or this cannot tell)."""
    if value == "":
        return 'the literal ""'
    if not isinstance(value, str) or depth > 8:
        return None
    inner = single_interpolation(value)
    if inner is None:
        return None  # a literal, or a template with text around its interpolations
    return _expression_may_be_empty(_unwrap(inner), context, guarded, depth)


def _expression_may_be_empty(
    expression: str, context: Context, guarded: frozenset[str], depth: int
) -> str | None:
    if expression == '""':
        return 'the literal ""'
    conditional = _split_conditional(expression)
    if conditional is not None:
        non_empty_then, non_empty_else = _tested_non_empty(conditional[0])
        for branch, tested in ((conditional[1], non_empty_then), (conditional[2], non_empty_else)):
            branch = _unwrap(branch)
            if branch == "null" or (tested is not None and branch == tested):
                continue
            reason = _expression_may_be_empty(branch, context, guarded, depth + 1)
            if reason:
                return reason
        return None
    match = _REFERENCE.match(expression)
    if match is None:
        return None
    kind, name, remote_state, output = match.groups()
    if kind == "var":
        variable = context.variables.get(name) or {}
        if name not in guarded and variable.get("default") == "":
            return f'var.{name} defaults to ""'
        return None
    if kind == "local":
        return may_be_empty(context.locals.get(name), context, guarded, depth + 1)
    remote = context.remote_output(remote_state, output)
    if remote is None:
        return None
    reason = may_be_empty(remote[0], remote[1], frozenset(), depth + 1)
    return f"cross-stack output {output}: {reason}" if reason else None


_LENGTH_TEST = re.compile(r"^length\((.*)\)\s*(?:>=\s*1|>\s*0)$")
_EMPTY_TEST = re.compile(r'^(.*?)\s*(==|!=)\s*""$')


def _tested_non_empty(condition: str) -> tuple[str | None, str | None]:
    """(x, None) when the condition is true only for a non-empty x (`length(x) >= 1`, `x != ""`): the then
    branch `x` is not empty; (None, x) for `x == ""`, whose else branch `x` is not empty."""
    condition = _unwrap(condition)
    length = _LENGTH_TEST.match(condition)
    if length:
        return _unwrap(length.group(1)), None
    empty = _EMPTY_TEST.match(condition)
    if empty:
        tested = _unwrap(empty.group(1))
        return (tested, None) if empty.group(2) == "!=" else (None, tested)
    return None, None


def count_guards(body: Mapping[str, Any]) -> frozenset[str]:
    """Variables the resource's `count` requires to be non-empty (`length(var.x) >= 1`)."""
    count = body.get("count")
    return frozenset(_COUNT_GUARD.findall(count)) if isinstance(count, str) else frozenset()


# --- document walking -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    section: str  # "resource" or "data"
    type_name: str
    name: str
    body: Mapping[str, Any]

    @property
    def path(self) -> str:
        return f"{self.section}.{self.type_name}.{self.name}"

    @property
    def address(self) -> str:
        return (
            f"{self.type_name}.{self.name}"
            if self.section == "resource"
            else f"data.{self.type_name}.{self.name}"
        )


def blocks(doc: Mapping[str, Any], section: str, type_name: str) -> Iterator[Block]:
    for name, body in ((doc.get(section) or {}).get(type_name) or {}).items():
        if isinstance(body, dict):
            yield Block(section, type_name, name, body)


def items(value: Any) -> list[Mapping[str, Any]]:
    """A nested block as cdktf writes it (one object, or an array of objects) as a list of objects."""
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, dict)]
    return []


def values_at(body: Mapping[str, Any], path: tuple[str, ...], prefix: str) -> Iterator[tuple[str, Any]]:
    """(path, value) for `path` in a body, descending into nested blocks (lists get `[i]`)."""
    head, rest = path[0], path[1:]
    if head not in body or body[head] is None:
        return
    value = body[head]
    if not rest:
        yield f"{prefix}.{head}", value
        return
    nested = items(value)
    for index, item in enumerate(nested):
        suffix = f"[{index}]" if isinstance(value, list) else ""
        yield from values_at(item, rest, f"{prefix}.{head}{suffix}")


def referenced(value: Any) -> tuple[str, str] | None:
    """(type, name) when `value` is exactly `${<type>.<name>.id}`."""
    match = _RESOURCE_ID.match(value) if isinstance(value, str) else None
    return (match.group(1), match.group(2)) if match else None


# --- rules ----------------------------------------------------------------------------------------------

Rule = Callable[[Context], Iterator[Violation]]
_RULES: list[Rule] = []


def rule(function: Rule) -> Rule:
    _RULES.append(function)
    return function


def check_provider_rules(
    doc: Mapping[str, Any], *, stacks: Mapping[str, Mapping[str, Any]] | None = None
) -> list[Violation]:
    """All provider rule violations in one synthesized stack; `stacks` (all stacks of the app, by id) lets
    cross-stack references be resolved."""
    context = Context(doc, stacks or {})
    return [violation for check in _RULES for violation in check(context)]


# Reserved execution properties --------------------------------------------------------------------------

RESERVED_EXECUTION_PROPERTIES = (
    "Octopus.Action.Package.FeedId",
    "Octopus.Action.Package.PackageId",
    "Octopus.Action.Package.DownloadOnTentacle",
)
STEP_TYPES = (
    "octopusdeploy_process_step",
    "octopusdeploy_process_child_step",
    "octopusdeploy_process_templated_step",
    "octopusdeploy_process_templated_child_step",
)


@rule
def reserved_execution_properties(context: Context) -> Iterator[Violation]:
    """schemas/process_step_reserved_execution_properties_validator.go:57-61 reserves these keys (validator on
    `execution_properties` of process_step.go:139, process_child_step.go:113, process_templated_step.go:169,
    process_templated_child_step.go:151); resource_process_step.go:405-412 computes them from
    `primary_package` and :640-643 leaves them out of state, so a configured one "vanishes" after apply
    (inconsistent result)."""
    for type_name in STEP_TYPES:
        for block in blocks(context.doc, "resource", type_name):
            properties = block.body.get("execution_properties")
            if not isinstance(properties, dict):
                continue
            for key in RESERVED_EXECUTION_PROPERTIES:
                if key in properties:
                    yield Violation(
                        f'{block.path}.execution_properties["{key}"]',
                        "reserved-execution-property",
                        f"{key} is reserved and computed from primary_package (its acquisition_location "
                        "for DownloadOnTentacle): "
                        "schemas/process_step_reserved_execution_properties_validator.go:57-61, "
                        "resource_process_step.go:405-412,640-643",
                    )


# Version-controlled owners ------------------------------------------------------------------------------

GIT_PERSISTENCE_BLOCKS = (
    "git_library_persistence_settings",
    "git_username_password_persistence_settings",
    "git_anonymous_persistence_settings",
    "git_github_app_persistence_settings",
)
PROCESS_CHILDREN = (
    "octopusdeploy_process_step",
    "octopusdeploy_process_steps_order",
    "octopusdeploy_process_child_step",
    "octopusdeploy_process_child_steps_order",
    "octopusdeploy_process_templated_step",
    "octopusdeploy_process_templated_child_step",
)


def _version_controlled_projects(doc: Mapping[str, Any]) -> set[str]:
    return {
        block.name
        for block in blocks(doc, "resource", "octopusdeploy_project")
        if any(items(block.body.get(name)) for name in GIT_PERSISTENCE_BLOCKS)
    }


def _project_of_process(doc: Mapping[str, Any], process_reference: Any) -> str | None:
    target = referenced(process_reference)
    if target is None or target[0] != "octopusdeploy_process":
        return None
    process = ((doc.get("resource") or {}).get("octopusdeploy_process") or {}).get(target[1]) or {}
    project = referenced(process.get("project_id"))
    return project[1] if project and project[0] == "octopusdeploy_project" else None


@rule
def version_controlled_processes(context: Context) -> Iterator[Violation]:
    """resource_project.go:60-67 converts a project with Git persistence settings to version control inside
    Create; resource_process.go:79-82 then refuses any process of it ("Cannot create process for version
    controlled project", before it looks at runbook_id, so runbook processes too), and
    process_wrapper.go:88-91 (loadProcessWrapper, used by every step, child step and steps order resource)
    returns no process for it."""
    git_projects = _version_controlled_projects(context.doc)
    message = (
        "owned by version-controlled project {project}: the provider refuses processes, steps and step "
        "orders of such a project, deployment and runbook alike (resource_process.go:79-82, "
        "process_wrapper.go:88-91)"
    )
    for block in blocks(context.doc, "resource", "octopusdeploy_process"):
        project = referenced(block.body.get("project_id"))
        if project and project[1] in git_projects:
            yield Violation(block.path, "version-controlled-owner", message.format(project=project[1]))
    for type_name in PROCESS_CHILDREN:
        for block in blocks(context.doc, "resource", type_name):
            project_name = _project_of_process(context.doc, block.body.get("process_id"))
            if project_name in git_projects:
                yield Violation(block.path, "version-controlled-owner", message.format(project=project_name))


@rule
def version_controlled_variables(context: Context) -> Iterator[Violation]:
    """resource_variable.go:68-93 writes a variable into its owner's database variable set
    (variables.AddSingle on `variableset-<owner>`), with no Git reference anywhere in the resource; a
    version-controlled project keeps its non-sensitive variables as OCL in Git, so such a variable is written
    where Octopus does not read it (only sensitive values stay in the database)."""
    git_projects = _version_controlled_projects(context.doc)
    for block in blocks(context.doc, "resource", "octopusdeploy_variable"):
        owner = referenced(block.body.get("owner_id") or block.body.get("project_id"))
        if owner and owner[1] in git_projects and block.body.get("is_sensitive") is not True:
            yield Violation(
                block.path,
                "version-controlled-owner",
                f"non-sensitive variable of version-controlled project {owner[1]}: the provider writes it to "
                "the database variable set (resource_variable.go:68-93), which Octopus does not read for a "
                "project whose variables are in Git",
            )


@rule
def version_controlled_runbooks(context: Context) -> Iterator[Violation]:
    """A project with Git persistence settings is converted inside Create (resource_project.go:60-67); Octopus
    then keeps its runbooks in Git (the "Config as Code runbooks" page: CaC runbooks are enabled automatically
    when a project gets version control). For such a project octopusdeploy_runbook's Create only warns
    "Runbook is in git, skipping create" and stores the plan (resource_runbook.go:97-107,
    internal/project_settings.go:10-28): no runbook is created; the stored ID is the plan's unknown one."""
    git_projects = _version_controlled_projects(context.doc)
    for block in blocks(context.doc, "resource", "octopusdeploy_runbook"):
        project = referenced(block.body.get("project_id"))
        if project and project[1] in git_projects:
            yield Violation(
                block.path,
                "runbook-in-git",
                f"runbook of version-controlled project {project[1]}: its runbooks live in Git, where the "
                "provider skips creating them (resource_runbook.go:97-107); write it as "
                "runbooks/<slug>.ocl in the project's repository",
            )


# Non-empty strings --------------------------------------------------------------------------------------

# (type, attribute path) -> where the provider requires a non-empty string.
NAME = "schemas/schema.go:189-204 (GetNameResourceSchema: LengthAtLeast(1))"
PASSWORD = "schemas/schema.go:276-292 (GetPasswordResourceSchema: LengthAtLeast(1))"
USERNAME = "schemas/schema.go:314-330 (GetUsernameResourceSchema: LengthAtLeast(1))"
REQUIRED_STRING = "schemas/schema.go:388-396 (GetRequiredStringResourceSchema: LengthAtLeast(1))"
SDK_NOT_EMPTY = "octopusdeploy/schema_utilities.go:{line} (validation.StringIsNotEmpty)"
NON_EMPTY: Mapping[str, Mapping[tuple[str, ...], str]] = {
    "octopusdeploy_certificate": {
        ("name",): f"schemas/certificate.go:84 -> {NAME}",
        ("password",): f"schemas/certificate.go:97 -> {PASSWORD}",
        ("certificate_data",): "schemas/certificate.go:57 (LengthAtLeast(1))",
    },
    "octopusdeploy_docker_container_registry": {
        ("name",): f"schemas/docker_container_registry_feed.go:25 -> {NAME}",
        ("password",): f"schemas/docker_container_registry_feed.go:27 -> {PASSWORD}",
        ("username",): f"schemas/docker_container_registry_feed.go:29 -> {USERNAME}",
    },
    "octopusdeploy_maven_feed": {
        ("name",): f"schemas/maven_feed.go:21 -> {NAME}",
        ("password",): f"schemas/maven_feed.go:23 -> {PASSWORD}",
        ("username",): f"schemas/maven_feed.go:25 -> {USERNAME}",
    },
    "octopusdeploy_git_credential": {
        ("username",): "schemas/git_credential.go:35-40 (LengthAtLeast(1))",
        ("password",): "schemas/git_credential.go:41-47 (LengthAtLeast(1))",
    },
    "octopusdeploy_user": {
        ("username",): f"schemas/user.go:168 -> {USERNAME}",
        ("password",): f"schemas/user.go:169 -> {PASSWORD}",
        ("display_name",): "schemas/user.go:170,206-214 (LengthAtLeast(1))",
        ("email_address",): "schemas/user.go:172,218-226 (LengthAtLeast(1))",
        ("identity", "provider"): "schemas/user.go:186,230-238 (LengthAtLeast(1))",
        ("identity", "claim", "name"): f"schemas/user.go:193 -> {NAME}",
        ("identity", "claim", "value"): "schemas/user.go:195 -> schemas/schema.go:348-363 (LengthAtLeast(1))",
    },
    "octopusdeploy_tenant_common_variable": {
        ("tenant_id",): f"schemas/tenant_common_variable.go:18 -> {REQUIRED_STRING}",
        ("library_variable_set_id",): f"schemas/tenant_common_variable.go:19 -> {REQUIRED_STRING}",
        ("template_id",): f"schemas/tenant_common_variable.go:20 -> {REQUIRED_STRING}",
    },
    "octopusdeploy_library_variable_set": {
        ("name",): f"schemas/library_variable_set.go:88 -> {NAME}",
        ("template", "name"): f"schemas/action_template_parameter.go:84 -> {NAME}",
    },
    "octopusdeploy_runbook": {("name",): r"schemas/runbook.go:156-163 (RegexMatches \S+)"},
    "octopusdeploy_azure_service_principal": {
        ("name",): SDK_NOT_EMPTY.format(line="224-237"),
        ("password",): SDK_NOT_EMPTY.format(line="207-221"),
    },
    "octopusdeploy_kubernetes_cluster_deployment_target": {
        ("name",): "octopusdeploy/schema_deployment_target.go:149 -> " + SDK_NOT_EMPTY.format(line="224-237"),
    },
    **{
        type_name: {("name",): f"schemas/{file}:{line} -> {NAME}"}
        for type_name, file, line in (
            ("octopusdeploy_channel", "channel.go", 96),
            ("octopusdeploy_environment", "environment.go", 170),
            ("octopusdeploy_process_step", "process_step.go", 32),
            ("octopusdeploy_process_child_step", "process_child_step.go", 33),
            ("octopusdeploy_process_templated_step", "process_templated_step.go", 39),
            ("octopusdeploy_project", "project.go", 31),
            ("octopusdeploy_project_group", "project_group.go", 51),
            ("octopusdeploy_space", "space.go", 37),
            ("octopusdeploy_team", "team.go", 33),
            ("octopusdeploy_tenant", "tenant.go", 156),
            ("octopusdeploy_variable", "variable.go", 148),
        )
    },
}


@rule
def non_empty_strings(context: Context) -> Iterator[Violation]:
    """Attributes with a LengthAtLeast(1) / StringIsNotEmpty / `\\S+` validator: schemas/schema.go:189-204
    (name), :276-292 (password), :314-330 (username), :388-396, and the others listed with their file:line in
    NON_EMPTY. The provider rejects "" at plan time, so an optional input that can be empty must become null
    when empty, decided at plan time (`x == "" ? null : x`), or guard the resource with `count`."""
    for type_name, attributes in NON_EMPTY.items():
        for block in blocks(context.doc, "resource", type_name):
            guarded = count_guards(block.body)
            for attribute_path, source in attributes.items():
                for path, value in values_at(block.body, attribute_path, block.path):
                    reason = may_be_empty(value, context, guarded)
                    if reason:
                        yield Violation(
                            path,
                            "non-empty",
                            f"can be empty at plan time ({reason}); the provider requires "
                            f"length >= 1: {source}. Send null when empty",
                        )


# Enumerations -------------------------------------------------------------------------------------------

TENANTED_MODES = ("Untenanted", "TenantedOrUntenanted", "Tenanted")
ONE_OF: Mapping[str, Mapping[tuple[str, ...], tuple[tuple[str, ...], str, bool]]] = {
    # type -> attribute path -> (allowed values, source, case-insensitive)
    "octopusdeploy_process_step": {
        ("start_trigger",): (
            ("StartAfterPrevious", "StartWithPrevious"),
            "schemas/process_step.go:38",
            False,
        ),
        ("package_requirement",): (
            ("LetOctopusDecide", "AfterPackageAcquisition", "BeforePackageAcquisition"),
            "schemas/process_step.go:45",
            False,
        ),
        ("condition",): (("Success", "Failure", "Always", "Variable"), "schemas/process_step.go:52", False),
    },
    "octopusdeploy_runbook": {
        ("multi_tenancy_mode",): (TENANTED_MODES, "schemas/runbook.go:77-81,190", False),
        ("environment_scope",): (
            ("All", "Specified", "FromProjectLifecycles"),
            "schemas/runbook.go:93-97,201",
            False,
        ),
        ("default_guided_failure_mode",): (
            ("EnvironmentDefault", "Off", "On"),
            "schemas/runbook.go:109-113,221",
            False,
        ),
        ("connectivity_policy", "skip_machine_behavior"): (
            ("SkipUnavailableMachines", "None"),
            "schemas/connectivity_policy.go:39-42,75",
            False,
        ),
    },
    "octopusdeploy_certificate": {
        ("tenanted_deployment_participation",): (TENANTED_MODES, "schemas/certificate.go:131-142", False),
    },
    "octopusdeploy_azure_service_principal": {
        ("tenanted_deployment_participation",): (
            TENANTED_MODES,
            "octopusdeploy/schema_utilities.go:349-361",
            False,
        ),
    },
    "octopusdeploy_kubernetes_cluster_deployment_target": {
        ("tenanted_deployment_participation",): (
            TENANTED_MODES,
            "octopusdeploy/schema_utilities.go:349-361",
            False,
        ),
    },
    "octopusdeploy_lifecycle": {
        **{
            path: (("Default", "Count", "Forever"), "schemas/lifecycle.go:120", False)
            for path in (
                ("release_retention_with_strategy", "strategy"),
                ("tentacle_retention_with_strategy", "strategy"),
                ("phase", "release_retention_with_strategy", "strategy"),
                ("phase", "tentacle_retention_with_strategy", "strategy"),
            )
        },
        **{
            path: (("Days", "Items"), "schemas/lifecycle.go:134", True)
            for path in (
                ("release_retention_with_strategy", "unit"),
                ("tentacle_retention_with_strategy", "unit"),
                ("phase", "release_retention_with_strategy", "unit"),
                ("phase", "tentacle_retention_with_strategy", "unit"),
            )
        },
    },
    "octopusdeploy_tag_set": {
        ("type",): (("SingleSelect", "MultiSelect", "FreeText"), "schemas/tag_set.go:25-29,70", False)
    },
    "octopusdeploy_variable": {
        ("type",): (
            (
                "AmazonWebServicesAccount",
                "AzureAccount",
                "GoogleCloudAccount",
                "UsernamePasswordAccount",
                "Certificate",
                "Sensitive",
                "String",
                "WorkerPool",
                "GenericOidcAccount",
            ),
            "schemas/variable.go:56-88,183",
            False,
        ),
        ("prompt", "display_settings", "control_type"): (
            ("Checkbox", "MultiLineText", "Select", "SingleLineText"),
            "schemas/variable_prompt_options.go:21-38,301",
            False,
        ),
    },
}
ONE_OF_DATA: Mapping[str, Mapping[tuple[str, ...], tuple[tuple[str, ...], str, bool]]] = {
    "octopusdeploy_feeds": {
        ("feed_type",): (
            (
                "AwsElasticContainerRegistry",
                "BuiltIn",
                "Docker",
                "GcsStorage",
                "GitHub",
                "Helm",
                "Maven",
                "Npm",
                "NuGet",
                "S3",
                "OciRegistry",
                "OctopusProject",
            ),
            "schemas/feeds.go:24-39",
            False,
        )
    },
}


def _one_of_violations(
    block: Block, table: Mapping[tuple[str, ...], tuple[tuple[str, ...], str, bool]]
) -> Iterator[Violation]:
    for attribute_path, (allowed, source, case_insensitive) in table.items():
        for path, value in values_at(block.body, attribute_path, block.path):
            if not isinstance(value, str) or is_expression(value) or value in allowed:
                continue
            folded = {choice.lower(): choice for choice in allowed}
            if case_insensitive and value.lower() in folded:
                yield Violation(
                    path,
                    "normalised",
                    f"{value!r} is accepted case-insensitively ({source}) but Octopus "
                    f"returns {folded[value.lower()]!r}, so the next plan differs: write it that way",
                )
            else:
                yield Violation(path, "one-of", f"{value!r} is not one of {', '.join(allowed)} ({source})")


@rule
def enumerations(context: Context) -> Iterator[Violation]:
    """OneOf / OneOfCaseInsensitive / StringInSlice validators, e.g. schemas/process_step.go:38,45,52 and
    schemas/runbook.go:190,201,221; every one with its file:line in ONE_OF / ONE_OF_DATA. A value the
    provider accepts case-insensitively but the API returns in its own case is reported as `normalised`."""
    for section, tables in (("resource", ONE_OF), ("data", ONE_OF_DATA)):
        for type_name, table in tables.items():
            for block in blocks(context.doc, section, type_name):
                yield from _one_of_violations(block, table)
    for block in blocks(context.doc, "resource", "octopusdeploy_tag_set"):
        for path, scopes in values_at(block.body, ("scopes",), block.path):
            for index, scope in enumerate(scopes if isinstance(scopes, list) else []):
                allowed = ("Tenant", "Environment", "Project", "Runbook", "Target")
                if isinstance(scope, str) and not is_expression(scope) and scope not in allowed:
                    yield Violation(
                        f"{path}[{index}]",
                        "one-of",
                        f"{scope!r} is not one of {', '.join(allowed)} (schemas/tag_set.go:17-23,53)",
                    )


# Computed in effect -------------------------------------------------------------------------------------

# Optional+Computed in the schema (so schema conformance accepts them) but overwritten from the API on every
# read: a configured value that differs from what Octopus derives is an inconsistent result after apply.
EFFECTIVELY_COMPUTED: Mapping[str, tuple[tuple[str, ...], str]] = {
    "octopusdeploy_certificate": (
        (
            "archived",
            "has_private_key",
            "is_expired",
            "issuer_common_name",
            "issuer_distinguished_name",
            "issuer_organization",
            "not_after",
            "not_before",
            "replaced_by",
            "self_signed",
            "serial_number",
            "signature_algorithm_name",
            "subject_alternative_names",
            "subject_common_name",
            "subject_distinguished_name",
            "subject_organization",
            "thumbprint",
            "version",
        ),
        "derived by Octopus from certificate_data; resource_certificate.go:155-181 (flattenCertificate) "
        "overwrites it from the API",
    ),
    "octopusdeploy_variable": (
        ("is_editable",),
        "schemas/variable.go:164-170: deprecated, 'any value set will be ignored'",
    ),
}


@rule
def effectively_computed(context: Context) -> Iterator[Violation]:
    """Attributes the schema declares optional but the provider always takes from Octopus:
    resource_certificate.go:155-181 (certificate fields derived from its data), and
    schemas/variable.go:164-170."""
    for type_name, (names, source) in EFFECTIVELY_COMPUTED.items():
        for block in blocks(context.doc, "resource", type_name):
            for name in names:
                if block.body.get(name) is not None:
                    yield Violation(f"{block.path}.{name}", "computed", f"set, but {source}")


# Item counts and combinations ---------------------------------------------------------------------------

AT_MOST_ONE: Mapping[str, Mapping[tuple[str, ...], str]] = {
    "octopusdeploy_lifecycle": {
        ("release_retention_with_strategy",): "schemas/lifecycle.go:142-144",
        ("tentacle_retention_with_strategy",): "schemas/lifecycle.go:142-144",
        ("phase", "release_retention_with_strategy"): "schemas/lifecycle.go:142-144",
        ("phase", "tentacle_retention_with_strategy"): "schemas/lifecycle.go:142-144",
    },
    "octopusdeploy_runbook": {
        ("connectivity_policy",): "schemas/runbook.go:247-249",
        ("retention_policy",): "schemas/runbook.go:257-259",
        ("retention_policy_with_strategy",): "schemas/runbook.go:266-268",
    },
    "octopusdeploy_variable": {
        ("scope",): "schemas/variable_scope.go:119-121",
        ("prompt",): "schemas/variable_prompt_options.go:223-225",
    },
}
AT_LEAST_ONE: Mapping[str, Mapping[tuple[str, ...], str]] = {
    "octopusdeploy_kubernetes_cluster_deployment_target": {
        ("environments",): "octopusdeploy/schema_deployment_target.go:122-128 (MinItems: 1)",
        ("roles",): "octopusdeploy/schema_deployment_target.go:155-160 (MinItems: 1)",
    },
}


@rule
def item_counts(context: Context) -> Iterator[Violation]:
    """listvalidator.SizeAtMost(1) on framework blocks (schemas/lifecycle.go:142-144, runbook.go:247-268,
    schemas/variable_scope.go:119-121, ...) and MinItems on SDKv2 list attributes
    (octopusdeploy/schema_deployment_target.go:122-128,155-160): neither is in the JSON schema."""
    for type_name, table in AT_MOST_ONE.items():
        for block in blocks(context.doc, "resource", type_name):
            for attribute_path, source in table.items():
                for path, value in values_at(block.body, attribute_path, block.path):
                    if isinstance(value, list) and len(value) > 1:
                        yield Violation(
                            path, "item-count", f"{len(value)} blocks, at most 1 allowed ({source})"
                        )
    for type_name, table in AT_LEAST_ONE.items():
        for block in blocks(context.doc, "resource", type_name):
            for attribute_path, source in table.items():
                for path, value in values_at(block.body, attribute_path, block.path):
                    if isinstance(value, list) and not value:
                        yield Violation(path, "item-count", f"empty, at least 1 item required ({source})")


@rule
def conflicting_attributes(context: Context) -> Iterator[Violation]:
    """ConflictsWith and ValidateConfig of octopusdeploy_variable (schemas/variable.go:151-192,
    resource_variable.go:233-254) and the runbook's two retention blocks (schemas/runbook.go:266-268)."""
    for block in blocks(context.doc, "resource", "octopusdeploy_variable"):
        body = block.body
        for first, second in (("owner_id", "project_id"), ("value", "sensitive_value")):
            if body.get(first) is not None and body.get(second) is not None:
                yield Violation(
                    f"{block.path}.{second}",
                    "conflicts-with",
                    f"{first} and {second} conflict (schemas/variable.go:151-192)",
                )
        if body.get("owner_id") is None and body.get("project_id") is None:
            yield Violation(
                f"{block.path}.owner_id",
                "conflicts-with",
                "one of owner_id or project_id must be set (resource_variable.go:256-264)",
            )
        sensitive, kind = body.get("is_sensitive"), body.get("type")
        literal = isinstance(kind, str) and not is_expression(kind) and isinstance(sensitive, bool | None)
        if literal and bool(sensitive) != (kind == "Sensitive"):
            yield Violation(
                f"{block.path}.type",
                "conflicts-with",
                'is_sensitive = true and type = "Sensitive" go together (resource_variable.go:233-254)',
            )
    for block in blocks(context.doc, "resource", "octopusdeploy_runbook"):
        if items(block.body.get("retention_policy")) and items(
            block.body.get("retention_policy_with_strategy")
        ):
            yield Violation(
                f"{block.path}.retention_policy_with_strategy",
                "conflicts-with",
                "conflicts with retention_policy (schemas/runbook.go:266-268)",
            )
    for block in blocks(context.doc, "resource", "octopusdeploy_project_versioning_strategy"):
        body = block.body
        donor_actions = [item.get("deployment_action") for item in items(body.get("donor_package"))]
        pairs = (
            ("template", body.get("template"), "donor_package", body.get("donor_package")),
            ("template", body.get("template"), "donor_package_step_id", body.get("donor_package_step_id")),
            (
                "donor_package.deployment_action",
                next((a for a in donor_actions if a is not None), None),
                "donor_package_step_id",
                body.get("donor_package_step_id"),
            ),
        )
        for first, first_value, second, second_value in pairs:
            if first_value is not None and second_value is not None:
                yield Violation(
                    f"{block.path}.{second}",
                    "conflicts-with",
                    f"{first} and {second} conflict (schemas/project_versioning_strategy.go:68-82)",
                )


RETENTION_BLOCKS = (
    ("release_retention_with_strategy",),
    ("tentacle_retention_with_strategy",),
    ("phase", "release_retention_with_strategy"),
    ("phase", "tentacle_retention_with_strategy"),
)


@rule
def retention_strategies(context: Context) -> Iterator[Violation]:
    """schemas/lifecycle.go:186-233 (resourceSchemaRetentionValidator): strategy Count needs unit and
    quantity_to_keep; Forever and Default must have neither."""
    for block in blocks(context.doc, "resource", "octopusdeploy_lifecycle"):
        for attribute_path in RETENTION_BLOCKS:
            for path, value in values_at(block.body, attribute_path, block.path):
                for index, policy in enumerate(items(value)):
                    where = f"{path}[{index}]" if isinstance(value, list) else path
                    yield from _retention_violations(policy, where)


def _retention_violations(policy: Mapping[str, Any], path: str) -> Iterator[Violation]:
    strategy = policy.get("strategy")
    present = [name for name in ("unit", "quantity_to_keep") if policy.get(name) is not None]
    if strategy == "Count" and len(present) < 2:
        yield Violation(
            path,
            "retention-strategy",
            "strategy Count needs unit and quantity_to_keep (schemas/lifecycle.go:202-215)",
        )
    if strategy in ("Forever", "Default") and present:
        yield Violation(
            path,
            "retention-strategy",
            f"strategy {strategy} must not set {', '.join(present)} (schemas/lifecycle.go:218-231)",
        )


UUID_ATTRIBUTES = ("application_id", "subscription_id", "tenant_id")


@rule
def uuids(context: Context) -> Iterator[Violation]:
    """octopusdeploy/schema_utilities.go:54-60,333-339,363-369: validation.IsUUID on the Azure service
    principal's application, subscription and tenant IDs."""
    for block in blocks(context.doc, "resource", "octopusdeploy_azure_service_principal"):
        for name in UUID_ATTRIBUTES:
            value = block.body.get(name)
            if isinstance(value, str) and not is_expression(value):
                try:
                    uuid.UUID(value)
                except ValueError:
                    yield Violation(
                        f"{block.path}.{name}",
                        "uuid",
                        f"{value!r} is not a UUID (octopusdeploy/schema_utilities.go: validation.IsUUID)",
                    )


# Normalised by the API ----------------------------------------------------------------------------------


@rule
def package_reference_names(context: Context) -> Iterator[Violation]:
    """resource_process_step.go:597-608 (mapPackageReferencesToState): the package reference named "" is read
    back as primary_package, so a `packages` entry with an empty key moves out of `packages` on the next
    read."""
    for type_name in STEP_TYPES:
        for block in blocks(context.doc, "resource", type_name):
            packages = block.body.get("packages")
            if isinstance(packages, dict) and "" in packages:
                yield Violation(
                    f'{block.path}.packages[""]',
                    "normalised",
                    'a package reference named "" is '
                    "the primary package (resource_process_step.go:597-608): use primary_package",
                )


def _step_bodies(doc: Mapping[str, Any]) -> Mapping[str, Mapping[str, Any]]:
    return (doc.get("resource") or {}).get("octopusdeploy_process_step") or {}


@rule
def steps_orders(context: Context) -> Iterator[Violation]:
    """resource_process_steps_order.go:281-306: every step of the process belongs in its steps order (steps
    left out are appended in no guaranteed order, with a warning; :323-331 then reads back only the first N
    steps, so the state drifts), and a listed step of another process is an error (:283-287).
    resource_process_step.go:68-70,114-123: Octopus turns StartWithPrevious into StartAfterPrevious on the
    first step; the provider hides it at create, so every later plan shows a change."""
    steps = _step_bodies(context.doc)
    for block in blocks(context.doc, "resource", "octopusdeploy_process_steps_order"):
        process = block.body.get("process_id")
        listed = [referenced(step) for step in block.body.get("steps") or []]
        listed_names = [
            target[1] for target in listed if target and target[0] == "octopusdeploy_process_step"
        ]
        for name in listed_names:
            if name in steps and steps[name].get("process_id") != process:
                yield Violation(
                    f"{block.path}.steps",
                    "steps-order",
                    f"lists {name}, a step of another process (resource_process_steps_order.go:283-287)",
                )
        if len(listed_names) != len(listed) or is_expression(block.body.get("steps")):
            continue  # not all resolvable: do not guess what is missing
        missing = sorted(
            name
            for name, step in steps.items()
            if step.get("process_id") == process
            and name not in listed_names
            and "count" not in step
            and "for_each" not in step
        )
        if missing:
            yield Violation(
                f"{block.path}.steps",
                "steps-order",
                f"leaves out {', '.join(missing)} (resource_process_steps_order.go:293-306,323-331)",
            )
        if listed_names and steps.get(listed_names[0], {}).get("start_trigger") == "StartWithPrevious":
            yield Violation(
                f"resource.octopusdeploy_process_step.{listed_names[0]}.start_trigger",
                "normalised",
                "the first step cannot start with the previous one: Octopus stores "
                "StartAfterPrevious (resource_process_step.go:68-70,114-123)",
            )


# The resource and data source types whose implementation (schema, validators, ValidateConfig/ModifyPlan,
# Create/Read mapping) was read at v1.17.0 for the rules above. A synthesized type that is not listed has not
# been reviewed: read it in the provider, add its rules, then add it here.
REVIEWED_TYPES = frozenset(
    {
        "octopusdeploy_azure_service_principal",
        "octopusdeploy_certificate",
        "octopusdeploy_channel",
        "octopusdeploy_docker_container_registry",
        "octopusdeploy_environment",
        "octopusdeploy_git_credential",
        "octopusdeploy_kubernetes_cluster_deployment_target",
        "octopusdeploy_library_variable_set",
        "octopusdeploy_lifecycle",
        "octopusdeploy_maven_feed",
        "octopusdeploy_process",
        "octopusdeploy_process_step",
        "octopusdeploy_process_steps_order",
        "octopusdeploy_project",
        "octopusdeploy_project_group",
        "octopusdeploy_project_versioning_strategy",
        "octopusdeploy_runbook",
        "octopusdeploy_scoped_user_role",
        "octopusdeploy_space",
        "octopusdeploy_tag",
        "octopusdeploy_tag_set",
        "octopusdeploy_team",
        "octopusdeploy_tenant",
        "octopusdeploy_tenant_common_variable",
        "octopusdeploy_tenant_project",
        "octopusdeploy_user",
        "octopusdeploy_user_role",
        "octopusdeploy_variable",
        "data.octopusdeploy_feeds",
        "data.octopusdeploy_spaces",
    }
)


def unreviewed_types(doc: Mapping[str, Any]) -> set[str]:
    """octopusdeploy types in the document whose provider implementation the rules were not written from."""
    present = {t for t in (doc.get("resource") or {}) if t.startswith("octopusdeploy_")}
    present |= {f"data.{t}" for t in (doc.get("data") or {}) if t.startswith("octopusdeploy_")}
    return present - REVIEWED_TYPES


def rule_sources() -> list[tuple[str, str]]:
    """(rule function, the first line of its docstring) for every rule, in the order they run."""
    return [(check.__name__, (check.__doc__ or "").strip().splitlines()[0]) for check in _RULES]
