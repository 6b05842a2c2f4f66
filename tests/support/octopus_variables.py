"""Check that every Octopus variable a process reads is defined where it is read.

A pure function over synthesized stacks (cdk.tf.json documents). Every `#{...}` in a process step or runbook
step (execution properties, step properties such as run conditions, package properties), in a variable's
value, in a variable template's default and in a project's release version template must resolve in its
context:

- the project's own variables (`octopusdeploy_variable` owned by the project; prompted ones included);
- the variables of the library variable sets the project includes (`included_library_variable_sets`);
- tenant variable templates (the included sets' common templates, the project's own templates) only where the
  process runs tenanted: a deployment process when the project's `tenanted_deployment_participation` is not
  `Untenanted`, a runbook when its `multi_tenancy_mode` is not `Untenanted` (a runbook carries its own mode;
  unset, the provider sends none and Octopus uses `Untenanted`: provider v1.17.0 resource_runbook.go:59-61);
- Octopus's system variables for that kind of process (`octopus_system_variables`), the current step's own
  action properties (`Octopus.Action.<Property>`) and package references
  (`Octopus.Action.Package[Name].<Property>`), the expanded properties of account- and certificate-typed
  variables (`<Variable>.Client`, ...);
- output variables of steps that come EARLIER in the same process (`Octopus.Action[Step].Output.X`).
A common template that a tenanted run reads and that has no default needs a value from every tenant connected
to the project (`octopusdeploy_tenant_common_variable`).

Resolution is per space: each resource's `space_id` is followed (through `terraform_remote_state` outputs and
locals) to the space it names, and a project can only include variable sets of its own space. Names compare
case-insensitively, as Octopus's variable dictionary does. The template syntax is read by `octostache.scan`.

`check_steps` checks a list of steps against a `Scope` without any synthesized JSON, for processes that live
elsewhere (config-as-code OCL).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from octopus_patterns.octopus.process import StepSpec
from tests.support import octopus_system_variables as system
from tests.support.octostache import scan

JsonDict = dict[str, Any]
ProcessKind = Literal["deployment", "runbook", "any", "version"]
Key = tuple[str, str, str]  # stack, resource type, resource name

_REMOTE = re.compile(r"data\.terraform_remote_state\.cross-stack-reference-input-([\w-]+)\.outputs\.([\w-]+)")
_LOCAL = re.compile(r"local\.(\w+)")
_RESOURCE = re.compile(r"(octopusdeploy_\w+)\.([\w-]+)\.id")
TERRAFORM_TEMPLATE = "Octopus.Action.Terraform.Template"
_TERRAFORM_OUTPUT = re.compile(r"\.output\.terraform(?:value|json)outputs\[([^\]]*)\]$")
_TERRAFORM_OUTPUT_BLOCK = re.compile(r'^\s*output\s+"([^"]+)"', re.MULTILINE)
_TEMPLATE_ID = re.compile(r'octopusdeploy_library_variable_set\.([\w-]+)\.template_ids\["([^"]+)"\]')
_NOT_EVALUATED = frozenset(
    {"//", "name", "type", "notes", "slug", "condition", "process_id", "parent_id", "space_id", "lifecycle"}
)


@dataclass(frozen=True)
class Variable:
    """A name a process can read, and where it comes from (for reports and tests)."""

    name: str
    source: str
    type: str = "String"
    owner: Key | None = None  # for a common template: its library variable set
    default: str | None = None  # for a template: its default value


@dataclass(frozen=True)
class Step:
    """One action of a process: its name, every text Octopus evaluates (location -> text), its own action
    property names and its package reference names. `terraform_outputs`: for a step applying an inline
    Terraform template, the outputs it declares (None: not known)."""

    name: str
    texts: Mapping[str, str]
    action_properties: frozenset[str] = frozenset()
    packages: frozenset[str] = frozenset()
    terraform_outputs: frozenset[str] | None = None


@dataclass(frozen=True)
class Scope:
    """What a template can read where it is evaluated. `steps` are the process's action names in order
    (for output variables); `step` is the action being checked, if any."""

    kind: ProcessKind
    tenanted: bool
    variables: tuple[Variable, ...] = ()
    templates: tuple[Variable, ...] = ()
    steps: tuple[str, ...] = ()
    step: Step | None = None
    # Step name (lower case) -> the outputs its inline Terraform template declares (inline Terraform steps).
    terraform_outputs: tuple[tuple[str, frozenset[str]], ...] = ()

    def resolve(self, name: str) -> Resolution:
        for resolver in (
            self._variable,
            self._template,
            self._system,
            self._output,
            self._package,
            self._action_property,
        ):
            found = resolver(name, name.lower())
            if found is not None:
                return found
        return Resolution(None, "no variable, tenant template or system variable of that name here")

    def _variable(self, name: str, lower: str) -> Resolution | None:
        if "#{" in name:  # an indexer computed at run time: some variable must match the pattern
            pattern = re.compile(re.sub(r"\\\[.*?\\\]", r"\\[[^\\]]*\\]", re.escape(lower)) + "$")
            return next((Resolution(v.source) for v in self.variables if pattern.match(v.name.lower())), None)
        for variable in self.variables:
            if variable.name.lower() == lower:
                return Resolution(variable.source)
            properties = system.TYPED_VARIABLE_PROPERTIES.get(variable.type.lower(), frozenset())
            prefix = variable.name.lower() + "."
            if lower.startswith(prefix) and lower[len(prefix) :] in properties:
                return Resolution(f"{variable.source} ({variable.type} property)")
        return None

    def _template(self, name: str, lower: str) -> Resolution | None:
        template = next((t for t in self.templates if t.name.lower() == lower), None)
        if template is None:
            return None
        if self.tenanted and self.kind != "version":
            return Resolution(template.source)
        return Resolution(
            None, f"{template.source}: only tenanted runs have tenant variables, this one is not"
        )

    def _system(self, name: str, lower: str) -> Resolution | None:
        if self.kind == "version":
            if lower in system.VERSION_TEMPLATE or _matches(system.INDEXED_VERSION_TEMPLATE, lower):
                return Resolution("release versioning variable")
            return None
        if lower in system.DEPLOYMENT_AND_RUNBOOK or _matches(system.INDEXED_DEPLOYMENT_AND_RUNBOOK, lower):
            return Resolution("system variable")
        if lower in system.RELEASE_ONLY or _matches(system.INDEXED_RELEASE_ONLY, lower):
            if self.kind == "runbook":
                return Resolution(None, "a release variable: a runbook run has no release")
            return Resolution("system variable (release)")
        if lower in system.RUNBOOK_ONLY:
            if self.kind == "deployment":
                return Resolution(None, "a runbook variable, read by a deployment process")
            return Resolution("system variable (runbook)")
        if lower in system.TENANTED_ONLY:
            if self.tenanted:
                return Resolution("system variable (tenant)")
            return Resolution(None, "a tenant system variable: not present in untenanted runs")
        return None

    def _output(self, name: str, lower: str) -> Resolution | None:
        match = system.OUTPUT_VARIABLE.match(lower)
        if match is None:
            return None
        wanted = match.group("step").strip()
        names = [step.lower() for step in self.steps]
        if wanted not in names:
            return Resolution(
                None, f"an output variable of step {wanted!r}, which this process does not have"
            )
        if self.step is None or self.kind == "any":
            return Resolution(f"output variable of step {wanted!r}")
        here = names.index(self.step.name.lower())
        if names.index(wanted) < here:
            return self._terraform_output(wanted, lower) or Resolution(
                f"output variable of earlier step {wanted!r}"
            )
        when = "itself" if names.index(wanted) == here else "a later step"
        return Resolution(None, f"an output variable of {when} ({wanted!r}): not set yet when this step runs")

    def _terraform_output(self, step: str, lower: str) -> Resolution | None:
        """Octopus captures each output of an applied template as Output.TerraformValueOutputs[name] and
        Output.TerraformJsonOutputs[name] (docs: deployments/terraform/terraform-output-variables)."""
        match = _TERRAFORM_OUTPUT.search(lower)
        declared = dict(self.terraform_outputs).get(step)
        if match is None or declared is None or match.group(1).strip().strip('"') in declared:
            return None
        return Resolution(None, f"step {step!r} applies an inline Terraform template without that output")

    def _package(self, name: str, lower: str) -> Resolution | None:
        match = system.PACKAGE_VARIABLE.match(lower)
        if match is None or self.step is None:
            return None
        known = match.group("property") in system.PACKAGE_REFERENCE_PROPERTIES
        if known and match.group("package") in self.step.packages:
            return Resolution("package reference of this step")
        return Resolution(None, "this step has no such package reference (or the property does not exist)")

    def _action_property(self, name: str, lower: str) -> Resolution | None:
        if (
            self.step is not None
            and lower.startswith("octopus.action.")
            and lower in self.step.action_properties
        ):
            return Resolution("action property of this step")
        return None


def _matches(patterns: Iterable[re.Pattern[str]], name: str) -> bool:
    return any(pattern.match(name) for pattern in patterns)


@dataclass(frozen=True)
class Resolution:
    source: str | None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.source is not None


@dataclass(frozen=True)
class Unresolved:
    """A name read where nothing defines it."""

    stack: str
    space: str
    where: str  # e.g. project 'Hello World' runbook '__ 2. Deploy Project' step 'Deploy the Project'
    location: str  # the attribute, e.g. execution_properties[Octopus.Action.Script.ScriptBody]
    name: str
    reason: str

    def __str__(self) -> str:
        place = f"[{self.stack} / space {self.space}] {self.where} {self.location}"
        return f"{place}: #{{{self.name}}}: {self.reason}"


# --- Checking texts and steps (no synthesized JSON needed) --------------------------------------------------


@dataclass(frozen=True)
class Problem:
    location: str
    name: str
    reason: str


def check_text(text: str, scope: Scope, location: str = "") -> list[Problem]:
    """Every name `text` reads that `scope` does not define, and every syntax error (name '')."""
    result = scan(text)
    problems = [Problem(location, "", f"syntax: {error}") for error in result.errors]
    for name in result.names:
        resolution = scope.resolve(name)
        if not resolution.ok:
            problems.append(Problem(location, name, resolution.reason))
    return problems


def scope_of_names(
    variables: Iterable[str],
    *,
    kind: ProcessKind = "deployment",
    tenanted: bool = False,
    templates: Iterable[str] = (),
) -> Scope:
    """A scope from plain names: the variables a process can read and, for tenanted runs, tenant templates."""
    return Scope(
        kind=kind,
        tenanted=tenanted,
        variables=tuple(Variable(name, "given variable") for name in variables),
        templates=tuple(Variable(name, "given template") for name in templates),
    )


def check_steps(steps: Sequence[Step], scope: Scope) -> list[tuple[str, Problem]]:
    """Checks each step of one process, in order, against `scope` (its variables, templates and tenancy);
    output variables must come from earlier steps of `steps`. Returns (step name, problem) pairs."""
    names = tuple(step.name for step in steps)
    outputs = tuple((s.name.lower(), s.terraform_outputs) for s in steps if s.terraform_outputs is not None)
    found: list[tuple[str, Problem]] = []
    for step in steps:
        step_scope = replace(scope, steps=names, step=step, terraform_outputs=outputs)
        for location, text in step.texts.items():
            found += [(step.name, problem) for problem in check_text(text, step_scope, location)]
    return found


def step_from_resource(block: JsonDict) -> Step:
    """A `Step` from an `octopusdeploy_process_step` (or child step) block of synthesized JSON."""
    texts = dict(_texts(block))
    return Step(
        name=block["name"],
        texts=texts,
        action_properties=frozenset(key.lower() for key in block.get("execution_properties") or {}),
        packages=frozenset(name.lower() for name in block.get("packages") or {}),
        terraform_outputs=_declared_outputs(block.get("execution_properties") or {}),
    )


def _declared_outputs(properties: Mapping[str, str]) -> frozenset[str] | None:
    template = properties.get(TERRAFORM_TEMPLATE)
    if template is None:
        return None
    return frozenset(name.lower() for name in _TERRAFORM_OUTPUT_BLOCK.findall(template))


def _texts(value: Any, path: str = "") -> Iterable[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            if path or key not in _NOT_EVALUATED:
                yield from _texts(item, f"{path}[{key}]" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, f"{path}[{index}]")
    elif isinstance(value, str) and "#{" in value:
        yield path, value


# --- The model of synthesized stacks ------------------------------------------------------------------------


@dataclass
class _Project:
    key: Key
    name: str
    space: str
    tenanted: bool
    sets: list[Key]
    templates: list[JsonDict]
    runbooks: list[Key] = field(default_factory=list)


class Estate:
    """The Octopus objects of a set of synthesized stacks, their owners and spaces."""

    def __init__(self, stacks: Mapping[str, JsonDict]) -> None:
        self.stacks = stacks
        self.resources: dict[Key, JsonDict] = {
            (stack, type_, name): block
            for stack, doc in stacks.items()
            for type_, blocks in (doc.get("resource") or {}).items()
            for name, block in blocks.items()
        }
        self.projects = {key: self._project(key, block) for key, block in self._of("octopusdeploy_project")}
        for key, block in self._of("octopusdeploy_runbook"):
            project = self.target(key[0], block["project_id"])
            if project in self.projects:
                self.projects[project].runbooks.append(key)

    def _of(self, type_: str) -> list[tuple[Key, JsonDict]]:
        return [(key, block) for key, block in self.resources.items() if key[1] == type_]

    def target(self, stack: str, expression: str) -> Key | None:
        """The resource an ID expression names, followed across stacks (remote state) and locals."""
        inner = expression.strip()
        if inner.startswith("${") and inner.endswith("}"):
            inner = inner[2:-1].strip()
        if match := _REMOTE.fullmatch(inner):
            producer, output = match.groups()
            value = self.stacks[producer].get("output", {}).get(output, {}).get("value", "")
            return self.target(producer, value)
        if match := _LOCAL.fullmatch(inner):
            return self.target(stack, self.stacks[stack].get("locals", {}).get(match.group(1), ""))
        if match := _RESOURCE.fullmatch(inner):
            return (stack, match.group(1), match.group(2))
        return None

    def space(self, stack: str, block: JsonDict) -> str:
        expression = block.get("space_id", "")
        target = self.target(stack, expression)
        if target is not None and target[1] == "octopusdeploy_space":
            return str(self.resources[target]["name"])
        local = _LOCAL.search(expression)
        resolved = self.stacks[stack].get("locals", {}).get(local.group(1), "") if local else expression
        if "data.octopusdeploy_spaces." in resolved and "is_default" in resolved:
            return "Default"
        return f"(unresolved space_id {expression!r})"

    def _project(self, key: Key, block: JsonDict) -> _Project:
        stack = key[0]
        sets = [self.target(stack, ref) for ref in block.get("included_library_variable_sets") or []]
        return _Project(
            key=key,
            name=block["name"],
            space=self.space(stack, block),
            tenanted=block.get("tenanted_deployment_participation", "Untenanted") != "Untenanted",
            sets=[s for s in sets if s is not None],
            templates=list(block.get("template") or []),
        )

    def variables_owned_by(self, owner: Key) -> list[tuple[Key, JsonDict]]:
        return [
            (key, block)
            for key, block in self._of("octopusdeploy_variable")
            if self.target(key[0], block.get("owner_id") or block.get("project_id") or "") == owner
        ]

    def scope(self, project: _Project, kind: ProcessKind, tenanted: bool) -> Scope:
        variables = [
            Variable(
                block["name"], _variable_source(block, f"project {project.name!r}"), block.get("type", "")
            )
            for _, block in self.variables_owned_by(project.key)
        ]
        templates = [
            Variable(t["name"], f"project variable template of {project.name!r}") for t in project.templates
        ]
        for set_key in project.sets:
            lvs = self.resources[set_key]
            owner = f"library variable set {lvs['name']!r}"
            variables += [
                Variable(b["name"], _variable_source(b, owner), b.get("type", ""))
                for _, b in self.variables_owned_by(set_key)
            ]
            templates += [
                Variable(
                    t["name"], f"common variable template of {owner}", "", set_key, t.get("default_value")
                )
                for t in lvs.get("template") or []
            ]
        return Scope(kind=kind, tenanted=tenanted, variables=tuple(variables), templates=tuple(templates))

    def processes(self) -> list[tuple[_Project, Key, JsonDict | None]]:
        """(project, process key, runbook block or None for the deployment process)."""
        found = []
        for key, block in self._of("octopusdeploy_process"):
            owner = self.target(key[0], block["project_id"])
            project = self.projects.get(owner) if owner else None
            if project is None:
                continue
            runbook = self.target(key[0], block["runbook_id"]) if block.get("runbook_id") else None
            found.append((project, key, self.resources[runbook] if runbook else None))
        return found

    def steps_of(self, process: Key) -> list[JsonDict]:
        """The process's steps (each followed by its child steps) in the order its steps order gives."""
        steps = [
            (key, block)
            for key, block in self._of("octopusdeploy_process_step")
            if self.target(key[0], block["process_id"]) == process
        ]
        order = self._order(process, "octopusdeploy_process_steps_order", "process_id")
        steps.sort(key=lambda item: order.index(item[0]) if item[0] in order else len(order))
        return [action for key, block in steps for action in (block, *self._children(key))]

    def _children(self, parent: Key) -> list[JsonDict]:
        children = [
            (key, block)
            for key, block in self._of("octopusdeploy_process_child_step")
            if self.target(key[0], block["parent_id"]) == parent
        ]
        order = self._order(parent, "octopusdeploy_process_child_steps_order", "parent_id")
        children.sort(key=lambda item: order.index(item[0]) if item[0] in order else len(order))
        return [block for _, block in children]

    def _order(self, owner: Key, type_: str, attribute: str) -> list[Key]:
        for key, block in self._of(type_):
            if self.target(key[0], block.get(attribute, "")) == owner:
                children = block.get("steps") or block.get("children") or []
                return [t for t in (self.target(key[0], ref) for ref in children) if t is not None]
        return []

    def tenant_common_values(self, project: Key) -> dict[Key, set[tuple[Key, str]]]:
        """The tenants connected to the project, each with the (set, template) pairs it has values for."""
        tenants: dict[Key, set[tuple[Key, str]]] = {
            tenant: set()
            for key, block in self._of("octopusdeploy_tenant_project")
            if self.target(key[0], block["project_id"]) == project
            and (tenant := self.target(key[0], block["tenant_id"])) is not None
        }
        for key, block in self._of("octopusdeploy_tenant_common_variable"):
            tenant, template = (
                self.target(key[0], block["tenant_id"]),
                _TEMPLATE_ID.search(block["template_id"]),
            )
            if tenant in tenants and template:
                set_key = (key[0], "octopusdeploy_library_variable_set", template.group(1))
                tenants[tenant].add((set_key, template.group(2).lower()))
        return tenants

    def all_step_names(self, project: _Project) -> tuple[str, ...]:
        return tuple(
            step["name"]
            for owner, process, _ in self.processes()
            if owner is project
            for step in self.steps_of(process)
        )


def _variable_source(block: JsonDict, owner: str) -> str:
    return f"{'prompted variable' if block.get('prompt') else 'variable'} of {owner}"


# --- Checking whole stacks ----------------------------------------------------------------------------------


def check_stacks(stacks: Mapping[str, JsonDict]) -> list[Unresolved]:
    """Every unresolved name in every process, variable value, template default and version template."""
    estate = Estate(stacks)
    found: list[Unresolved] = []
    for project, process, runbook in estate.processes():
        found += _check_process(estate, project, process, runbook)
    for project in estate.projects.values():
        found += _check_project_values(estate, project)
    found += _check_set_values(estate)
    return found


def _check_process(
    estate: Estate, project: _Project, process: Key, runbook: JsonDict | None
) -> list[Unresolved]:
    steps = [step_from_resource(block) for block in estate.steps_of(process)]
    if runbook is None:
        return _check_project_steps(estate, project, steps, None, project.tenanted)
    tenanted = runbook.get("multi_tenancy_mode", "Untenanted") != "Untenanted"
    return _check_project_steps(estate, project, steps, runbook["name"], tenanted)


def check_process_data(
    stacks: Mapping[str, JsonDict],
    project_name: str,
    steps: Sequence[Step],
    *,
    runbook: str | None = None,
    tenanted: bool | None = None,
    variables: Iterable[Variable] = (),
) -> list[Unresolved]:
    """Checks a process that is not synthesized (kept as data, e.g. in Git as OCL) as a process of the named
    synthesized project: its variables (plus `variables`), included sets and connected tenants. `tenanted`
    defaults to the synthesized runbook's mode (or the project's, for its deployment process)."""
    estate = Estate(stacks)
    (project,) = [p for p in estate.projects.values() if p.name == project_name]
    if tenanted is None and runbook is not None:
        (block,) = [estate.resources[k] for k in project.runbooks if estate.resources[k]["name"] == runbook]
        tenanted = block.get("multi_tenancy_mode", "Untenanted") != "Untenanted"
    mode = project.tenanted if tenanted is None else tenanted
    return _check_project_steps(estate, project, steps, runbook, mode, tuple(variables))


def _check_project_steps(
    estate: Estate,
    project: _Project,
    steps: Sequence[Step],
    runbook: str | None,
    tenanted: bool,
    extra: tuple[Variable, ...] = (),
) -> list[Unresolved]:
    scope = estate.scope(project, "deployment" if runbook is None else "runbook", tenanted)
    scope = replace(scope, variables=extra + scope.variables)
    where = f"project {project.name!r} " + (
        "deployment process" if runbook is None else f"runbook {runbook!r}"
    )
    found = [
        Unresolved(project.key[0], project.space, f"{where} step {step!r}", p.location, p.name, p.reason)
        for step, p in check_steps(steps, scope)
    ]
    if scope.tenanted:
        read = {name.lower() for step in steps for text in step.texts.values() for name in scan(text).names}
        templates = [t for t in scope.templates if t.name.lower() in read and t.owner and t.default is None]
        found += _missing_tenant_values(estate, project, templates, where)
    return found


def _missing_tenant_values(
    estate: Estate, project: _Project, templates: Sequence[Variable], where: str
) -> list[Unresolved]:
    """A tenanted run of the project reads these common templates (which have no default): every tenant
    connected to the project must give each a value (octopusdeploy_tenant_common_variable)."""
    found = []
    for tenant, given in estate.tenant_common_values(project.key).items():
        name = estate.resources[tenant]["name"]
        for template in templates:
            if (template.owner, template.name.lower()) not in given:
                reason = (
                    f"tenant {name!r}, connected to the project, gives no value for it and it has no default"
                )
                where_ = f"{where} (tenant variables)"
                found.append(
                    Unresolved(tenant[0], project.space, where_, template.source, template.name, reason)
                )
    return found


def _any_process_scope(estate: Estate, project: _Project) -> Scope:
    """Where a variable value or template default is read: any process of the project (deployment or runbook),
    tenanted if any of them is, with every step's output variables."""
    tenanted = project.tenanted or any(
        estate.resources[key].get("multi_tenancy_mode", "Untenanted") != "Untenanted"
        for key in project.runbooks
    )
    return replace(estate.scope(project, "any", tenanted), steps=estate.all_step_names(project))


def _check_project_values(estate: Estate, project: _Project) -> list[Unresolved]:
    scope = _any_process_scope(estate, project)
    texts = [
        (f"variable {b['name']!r}", "value", b.get("value") or "")
        for _, b in estate.variables_owned_by(project.key)
    ]
    texts += [
        (f"template {t['name']!r}", "default_value", t.get("default_value") or "") for t in project.templates
    ]
    found = [
        Unresolved(project.key[0], project.space, f"project {project.name!r} {what}", loc, p.name, p.reason)
        for what, loc, text in texts
        for p in check_text(text, scope)
    ]
    versioning = [
        b
        for k, b in estate._of("octopusdeploy_project_versioning_strategy")
        if estate.target(k[0], b["project_id"]) == project.key
    ]
    version_scope = replace(scope, kind="version", tenanted=False, templates=())
    for block in versioning:
        found += [
            Unresolved(
                project.key[0],
                project.space,
                f"project {project.name!r} versioning strategy",
                "template",
                p.name,
                p.reason,
            )
            for p in check_text(block.get("template") or "", version_scope)
        ]
    return found


def _check_set_values(estate: Estate) -> list[Unresolved]:
    """A set's variable values and template defaults are read in every project that includes the set."""
    found: list[Unresolved] = []
    for key, lvs in estate._of("octopusdeploy_library_variable_set"):
        texts = [
            (f"variable {b['name']!r}", "value", b.get("value") or "")
            for _, b in estate.variables_owned_by(key)
        ]
        texts += [
            (f"template {t['name']!r}", "default_value", t.get("default_value") or "")
            for t in lvs.get("template") or []
        ]
        texts = [entry for entry in texts if "#{" in entry[2]]
        including = [p for p in estate.projects.values() if key in p.sets]
        scopes = [(f" (as included by project {p.name!r})", _any_process_scope(estate, p)) for p in including]
        for suffix, scope in scopes or [("", Scope(kind="any", tenanted=False))]:
            for what, location, text in texts:
                found += [
                    Unresolved(
                        key[0],
                        estate.space(key[0], lvs),
                        f"library variable set {lvs['name']!r} {what}{suffix}",
                        location,
                        p.name,
                        p.reason,
                    )
                    for p in check_text(text, scope)
                ]
    return found


def check_set_spaces(stacks: Mapping[str, JsonDict]) -> list[str]:
    """Projects that include a library variable set of another space (Octopus refuses those)."""
    estate = Estate(stacks)
    return [
        f"project {p.name!r} (space {p.space}) includes set {estate.resources[s]['name']!r} of space "
        f"{estate.space(s[0], estate.resources[s])}"
        for p in estate.projects.values()
        for s in p.sets
        if estate.space(s[0], estate.resources[s]) != p.space
    ]


def format_unresolved(found: Sequence[Unresolved]) -> str:
    """The findings grouped by stack and space, one line each."""
    lines: list[str] = []
    for stack, space in sorted({(u.stack, u.space) for u in found}):
        lines.append(f"{stack} / space {space}:")
        lines += [
            f"  {u.where} {u.location}: #{{{u.name}}}: {u.reason}"
            for u in found
            if (u.stack, u.space) == (stack, space)
        ]
    return "\n".join(lines)


def step_from_spec(spec: StepSpec) -> Step:
    """A `Step` from a catalogue `StepSpec` (steps kept as Python data, e.g. for OCL), as Octopus sees it."""
    texts = {f"execution_properties[{k}]": v for k, v in spec.execution_properties.items() if "#{" in v}
    texts |= {f"properties[{k}]": v for k, v in spec.step_properties.items() if "#{" in v}
    references = [("", spec.primary_package)] if spec.primary_package else []
    for name, ref in [*references, *spec.packages.items()]:
        texts |= {f"packages[{name}].properties[{k}]": v for k, v in ref.properties.items() if "#{" in v}
        if "#{" in ref.package_id:
            texts[f"packages[{name}].package_id"] = ref.package_id
    return Step(
        name=spec.name,
        texts=texts,
        action_properties=frozenset(key.lower() for key in spec.execution_properties),
        packages=frozenset(name.lower() for name in spec.packages),
        terraform_outputs=_declared_outputs(spec.execution_properties),
    )
