"""Attribute-level parity with the reference implementation (RI): the same facts, read from both sides.

The RI's side is tests/data/ri_attributes_fe57a95.json (generated from its HCL by `ri_facts_extract`).
This module reads the same facts from a synthesized stack, flattens both into
`space/category/object/attribute` paths and lists every difference, in either direction. README.md's table
"Deliberate deviations from the reference implementation" lists the ones kept on purpose, by path pattern,
with their reason.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The execution properties compared, as in ri_facts_extract.KEY_PROPERTIES (kept in step by a test).
KEY_PROPERTIES = (
    "Octopus.Action.Script.ScriptSource",
    "Octopus.Action.Script.Syntax",
    "Octopus.Action.Azure.DeploymentType",
    "Octopus.Action.EnabledFeatures",
    "Octopus.Action.Terraform.TemplateDirectory",
    "Octopus.Action.Terraform.RunAutomaticFileSubstitution",
    "Octopus.Action.KubernetesContainers.Namespace",
    "Octopus.Action.KubernetesContainers.DeploymentResourceType",
    "Octopus.Action.KubernetesContainers.DeploymentStyle",
    "Octopus.Action.KubernetesContainers.DeploymentWait",
    "Octopus.Action.KubernetesContainers.Replicas",
    "Octopus.Action.KubernetesContainers.ServiceType",
    "Octopus.Action.KubernetesContainers.PodSecurityRunAsNonRoot",
    "Octopus.Action.KubernetesContainers.PodSecurityRunAsUser",
    "Octopus.Action.KubernetesContainers.PodSecurityRunAsGroup",
    "Octopus.Action.KubernetesContainers.PodSecurityFsGroup",
    "Octopus.Action.KubernetesContainers.TerminationGracePeriodSeconds",
    "K8SInspectKubectlVerb",
    "K8SInspectResource",
)
SENSITIVE = "<sensitive>"
BUILT_IN_FEED = "Octopus Server (built-in)"
_RESOURCE_REF = re.compile(
    r"(?<!data\.)\b(?P<type>octopusdeploy_[a-z_]+)\.(?P<id>[A-Za-z0-9_-]+)(?:\[\*\])?\.(?P<attr>\w+)"
)
_DATA_REF = re.compile(r"\bdata\.(?P<type>octopusdeploy_[a-z_]+)\.(?P<id>[A-Za-z0-9_-]+)")
_TEMPLATE_ID = re.compile(r'template_ids\["(?P<name>[^"]+)"\]')


class SynthesizedFacts:
    """The RI-comparable facts of one synthesized stack, keyed like the RI data file."""

    def __init__(self, stack: Mapping[str, Any]) -> None:
        self.resources: Mapping[str, Mapping[str, dict[str, Any]]] = stack.get("resource", {})
        self.data: Mapping[str, Mapping[str, dict[str, Any]]] = stack.get("data", {})

    def all(self, kind: str) -> list[dict[str, Any]]:
        return list(self.resources.get(kind, {}).values())

    def body(self, reference: Any) -> dict[str, Any] | None:
        match = _RESOURCE_REF.search(reference) if isinstance(reference, str) else None
        if not match:
            return None
        return self.resources.get(match.group("type"), {}).get(match.group("id"))

    def name(self, reference: Any) -> Any:
        """The name of what `reference` points at; the reference itself when it points outside the stack."""
        if not isinstance(reference, str):
            return reference
        if match := _RESOURCE_REF.search(reference):
            body = self.resources.get(match.group("type"), {}).get(match.group("id"))
            if body is None:
                return reference
            if match.group("type") == "octopusdeploy_tag":
                tag_set = self.body(body["tag_set_id"])
                return f"{tag_set['name'] if tag_set else '?'}/{body['name']}"
            return body.get("name", body.get("display_name"))
        if match := _DATA_REF.search(reference):
            data = self.data.get(match.group("type"), {}).get(match.group("id"), {})
            if match.group("type") == "octopusdeploy_feeds" and data.get("feed_type") == "BuiltIn":
                return BUILT_IN_FEED
            return data.get("name") or data.get("partial_name") or reference
        return reference

    def names(self, references: Any) -> list[Any]:
        return sorted((self.name(ref) for ref in references or []), key=str)

    def facts(self) -> dict[str, dict[str, Any]]:
        facts: dict[str, dict[str, Any]] = {}
        for category, key, attrs in self._all_facts():
            facts.setdefault(category, {})[key] = attrs
        return facts

    def _all_facts(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        yield from ((("environments",) + self._environment(b)) for b in self.all("octopusdeploy_environment"))
        yield from ((("lifecycles",) + self._lifecycle(b)) for b in self.all("octopusdeploy_lifecycle"))
        for body in self.all("octopusdeploy_docker_container_registry"):
            yield (
                "feeds",
                body["name"],
                {
                    "type": "Docker",
                    "feed_uri": body.get("feed_uri"),
                    "api_version": body.get("api_version"),
                    "package_acquisition_location_options": sorted(
                        body.get("package_acquisition_location_options") or []
                    ),
                    "credentials": "given" if body.get("password") is not None else None,
                },
            )
        for body in self.all("octopusdeploy_maven_feed"):
            yield (
                "feeds",
                body["name"],
                {
                    "type": "Maven",
                    "feed_uri": body.get("feed_uri"),
                    "download_attempts": body.get("download_attempts"),
                    "download_retry_backoff_seconds": body.get("download_retry_backoff_seconds"),
                },
            )
        for body in self.all("octopusdeploy_library_variable_set"):
            yield "library_variable_sets", body["name"], self._library_variable_set(body)
        for body in self.all("octopusdeploy_variable"):
            yield self._variable(body)
        yield from self._projects()
        yield from self._runbooks()
        yield from self._processes()
        yield from self._tenants()
        for body in self.all("octopusdeploy_team"):
            yield "teams", body["name"], {"users": self.names(body.get("users"))}
        for body in self.all("octopusdeploy_user_role"):
            yield (
                "user_roles",
                body["name"],
                {
                    "description": body.get("description"),
                    "granted_space_permissions": sorted(body.get("granted_space_permissions") or []),
                    "granted_system_permissions": sorted(body.get("granted_system_permissions") or []),
                },
            )
        for body in self.all("octopusdeploy_user"):
            keys = ("display_name", "email_address", "is_active", "is_service")
            yield "users", body["username"], {key: body.get(key) for key in keys}
        for body in self.all("octopusdeploy_space"):
            yield (
                "spaces",
                body["name"],
                {
                    "description": body.get("description"),
                    "space_managers_teams": sorted(body.get("space_managers_teams") or []),
                },
            )
        for body in self.all("octopusdeploy_project_group"):
            yield "project_groups", body["name"], {"description": body.get("description")}
        for body in self.all("octopusdeploy_channel"):
            yield "channels", f"{self.name(body['project_id'])} :: {body['name']}", self._channel(body)
        for body in self.all("octopusdeploy_git_credential"):
            yield "git_credentials", body["name"], {"type": body.get("type")}
        for body in self.all("octopusdeploy_azure_service_principal"):
            yield (
                "accounts",
                body["name"],
                {
                    "description": body.get("description"),
                    "tenanted_deployment_participation": body.get("tenanted_deployment_participation"),
                    "tenant_tags": self.names(body.get("tenant_tags")),
                },
            )
        for body in self.all("octopusdeploy_certificate"):
            yield (
                "certificates",
                body["name"],
                {
                    "notes": body.get("notes"),
                    "tenanted_deployment_participation": body.get("tenanted_deployment_participation"),
                    "password": "given" if body.get("password") is not None else None,
                },
            )
        for body in self.all("octopusdeploy_kubernetes_cluster_deployment_target"):
            yield (
                "targets",
                body["name"],
                {
                    "roles": sorted(body.get("roles") or []),
                    "environments": self.names(body.get("environments")),
                    "skip_tls_verification": body.get("skip_tls_verification"),
                    "tenanted_deployment_participation": body.get("tenanted_deployment_participation"),
                },
            )
        for body in self.all("octopusdeploy_tag_set"):
            yield "tag_sets", body["name"], {"description": body.get("description")}
        for body in self.all("octopusdeploy_tag"):
            yield "tags", body["name"], {key: body.get(key) for key in ("color", "description")}

    def _environment(self, body: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        keys = ("description", "sort_order", "allow_dynamic_infrastructure", "use_guided_failure")
        facts = {key: body.get(key) for key in keys}
        for block, key in (
            ("jira_extension_settings", "environment_type"),
            ("jira_service_management_extension_settings", "is_enabled"),
            ("servicenow_extension_settings", "is_enabled"),
        ):
            if body.get(block):
                facts[f"{block}.{key}"] = body[block][0].get(key)
        return body["name"], facts

    def _lifecycle(self, body: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        phases = {
            phase["name"]: {
                "position": index,
                "optional_deployment_targets": self.names(phase.get("optional_deployment_targets")),
                "automatic_deployment_targets": self.names(phase.get("automatic_deployment_targets")),
                "release_retention": _first(phase.get("release_retention_with_strategy")),
                "tentacle_retention": _first(phase.get("tentacle_retention_with_strategy")),
            }
            for index, phase in enumerate(body.get("phase") or [])
        }
        return body["name"], {
            "description": body.get("description"),
            "release_retention": _first(body.get("release_retention_with_strategy")),
            "tentacle_retention": _first(body.get("tentacle_retention_with_strategy")),
            "phases": phases,
        }

    def _library_variable_set(self, body: dict[str, Any]) -> dict[str, Any]:
        templates = {
            template["name"]: {
                "label": template.get("label"),
                "control_type": (template.get("display_settings") or {}).get("Octopus.ControlType"),
                "default_value": template.get("default_value"),
            }
            for template in body.get("template") or []
        }
        return {"description": body.get("description"), "templates": templates}

    def _variable(self, body: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
        owner = self.body(body["owner_id"])
        sensitive = body.get("is_sensitive") is True or body.get("type") == "Sensitive"
        facts: dict[str, Any] = {
            "type": body.get("type"),
            "is_sensitive": sensitive,
            "value": SENSITIVE if sensitive else self._value(body.get("value")),
        }
        if body.get("prompt"):
            prompt = body["prompt"][0] if isinstance(body["prompt"], list) else body["prompt"]
            facts["prompt"] = {key: prompt.get(key) for key in ("label", "description", "is_required")}
        is_project = "octopusdeploy_project." in str(body["owner_id"])
        category = "project_variables" if is_project else "library_variables"
        return category, f"{owner['name'] if owner else body['owner_id']} :: {body['name']}", facts

    def _value(self, value: Any) -> Any:
        """A variable's value; one referring to an object of this stack (an account) is that object's name."""
        if isinstance(value, str) and _RESOURCE_REF.search(value):
            return self.name(value)
        return _unescaped(value)

    def _projects(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        versioning = {
            strategy["project_id"]: strategy.get("template")
            for strategy in self.all("octopusdeploy_project_versioning_strategy")
        }
        for lid, body in self.resources.get("octopusdeploy_project", {}).items():
            yield (
                "projects",
                body["name"],
                {
                    "project_group": self.name(body.get("project_group_id")),
                    "lifecycle": self.name(body.get("lifecycle_id")),
                    "included_library_variable_sets": self.names(body.get("included_library_variable_sets")),
                    "tenanted_deployment_participation": body.get("tenanted_deployment_participation"),
                    "default_guided_failure_mode": body.get("default_guided_failure_mode"),
                    "default_to_skip_if_already_installed": body.get("default_to_skip_if_already_installed"),
                    "is_version_controlled": body.get("is_version_controlled"),
                    "connectivity_policy": _connectivity(body),
                    "versioning_template": versioning.get(f"${{octopusdeploy_project.{lid}.id}}"),
                },
            )

    def _runbooks(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for body in self.all("octopusdeploy_runbook"):
            yield (
                "runbooks",
                f"{self.name(body['project_id'])} :: {body['name']}",
                {
                    "environment_scope": body.get("environment_scope"),
                    "environments": self.names(body.get("environments")),
                    "multi_tenancy_mode": body.get("multi_tenancy_mode"),
                    "default_guided_failure_mode": body.get("default_guided_failure_mode"),
                    "force_package_download": body.get("force_package_download"),
                    "retention_policy": _first(body.get("retention_policy_with_strategy")),
                    "connectivity_policy": _connectivity(body),
                },
            )

    def _process_owner(self, process: dict[str, Any]) -> str:
        runbook = self.body(process.get("runbook_id"))
        if runbook is not None:
            return f"{self.name(runbook['project_id'])} :: {runbook['name']}"
        return f"{self.name(process['project_id'])} :: deployment process"

    def _processes(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        owners = {
            f"${{octopusdeploy_process.{lid}.id}}": self._process_owner(body)
            for lid, body in self.resources.get("octopusdeploy_process", {}).items()
        }
        steps_by_owner: dict[str, list[str]] = {owner: [] for owner in owners.values()}
        for order in self.all("octopusdeploy_process_steps_order"):
            steps_by_owner[owners[order["process_id"]]] = [self.name(step) for step in order["steps"]]
        for owner, steps in steps_by_owner.items():
            yield "processes", owner, {"steps": steps}
        for body in self.all("octopusdeploy_process_step"):
            yield "steps", f"{owners[body['process_id']]} :: {body['name']}", self._step(body)

    def _step(self, body: dict[str, Any]) -> dict[str, Any]:
        execution = {
            key: _unescaped(value) for key, value in (body.get("execution_properties") or {}).items()
        }
        step_properties = body.get("properties") or {}
        roles = step_properties.get("Octopus.Action.TargetRoles", "")
        packages = {name: self._package(ref) for name, ref in (body.get("packages") or {}).items()}
        if body.get("primary_package"):
            packages[""] = self._package(body["primary_package"])
        return {
            "action_type": body.get("type"),
            "condition": body.get("condition", "Success"),
            "run_on_server": execution.get("Octopus.Action.RunOnServer") == "true",
            "is_required": body.get("is_required", False),
            "target_roles": sorted(role for role in roles.split(",") if role),
            "excluded_environments": self.names(body.get("excluded_environments")),
            "packages": packages,
            "properties": {key: execution[key] for key in KEY_PROPERTIES if key in execution},
        }

    def _package(self, ref: dict[str, Any]) -> dict[str, Any]:
        return {
            "package_id": ref.get("package_id"),
            "feed": self.name(ref.get("feed_id")),
            "acquisition_location": ref.get("acquisition_location"),
        }

    def _tenants(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        links: dict[str, dict[str, list[Any]]] = {}
        for link in self.all("octopusdeploy_tenant_project"):
            tenant = str(self.name(link["tenant_id"]))
            links.setdefault(tenant, {})[self.name(link["project_id"])] = self.names(
                link.get("environment_ids")
            )
        for body in self.all("octopusdeploy_tenant"):
            yield (
                "tenants",
                body["name"],
                {
                    "description": body.get("description"),
                    "tenant_tags": self.names(body.get("tenant_tags")),
                    "project_environments": links.get(body["name"], {}),
                },
            )
        for body in self.all("octopusdeploy_tenant_common_variable"):
            template = _TEMPLATE_ID.search(str(body.get("template_id")))
            key = f"{self.name(body['tenant_id'])} :: {template.group('name') if template else '?'}"
            yield (
                "tenant_common_variables",
                key,
                {"library_variable_set": self.name(body.get("library_variable_set_id"))},
            )

    def _channel(self, body: dict[str, Any]) -> dict[str, Any]:
        rules = [
            {
                "tag": rule.get("tag"),
                "action_packages": [
                    f"{p['deployment_action']}/{p['package_reference']}"
                    for p in rule.get("action_package") or []
                ],
            }
            for rule in body.get("rule") or []
        ]
        return {"description": body.get("description"), "is_default": body.get("is_default"), "rules": rules}


def _first(blocks: Any) -> Any:
    if not blocks:
        return None
    return dict(blocks[0]) if isinstance(blocks, list) else dict(blocks)


def _connectivity(body: Mapping[str, Any]) -> Any:
    policy = _first(body.get("connectivity_policy"))
    if policy is None:
        return None
    keys = ("allow_deployments_to_no_targets", "exclude_unhealthy_targets", "skip_machine_behavior")
    return {key: policy.get(key) for key in keys}


def _unescaped(value: Any) -> Any:
    """A Terraform string literal as Octopus receives it (`$${` -> `${`, `%%{` -> `%{`)."""
    return value.replace("$${", "${").replace("%%{", "%{") if isinstance(value, str) else value


# --- Comparison -------------------------------------------------------------------------------------------


def flatten(facts: Any, prefix: str = "") -> dict[str, Any]:
    """`{"a": {"b": 1}}` -> `{"a/b": 1}`; lists are leaves (compared whole)."""
    if not isinstance(facts, Mapping) or not facts:
        return {prefix: facts}
    flat: dict[str, Any] = {}
    for key, value in facts.items():
        flat.update(flatten(value, f"{prefix}/{key}" if prefix else str(key)))
    return flat


@dataclass(frozen=True, order=True)
class Difference:
    path: str  # space/category/object/attribute...
    ri: Any
    synthesized: Any  # MISSING when the object or attribute is absent

    def __str__(self) -> str:
        return f"{self.path}: RI {self.ri!r}, here {self.synthesized!r}"


MISSING = "<missing>"


def differences(space: str, ri: Mapping[str, Any], synthesized: Mapping[str, Any]) -> list[Difference]:
    """Every RI fact of `space` not reproduced, and every fact added to what the RI has; a missing or added
    object is one difference, not one per attribute."""
    found: list[Difference] = []
    for category in sorted(set(ri) | set(synthesized)):
        theirs, ours = ri.get(category, {}), synthesized.get(category, {})
        for key in sorted(set(theirs) | set(ours)):
            path = f"{space}/{category}/{key}"
            if key not in ours or key not in theirs:
                found.append(
                    Difference(
                        path, "present" if key in theirs else MISSING, "present" if key in ours else MISSING
                    )
                )
                continue
            expected, actual = flatten(theirs[key]), flatten(ours[key])
            for attribute in sorted(set(expected) | set(actual)):
                value, mine = expected.get(attribute, MISSING), actual.get(attribute, MISSING)
                if value != mine:
                    found.append(Difference(f"{path}/{attribute}", value, mine))
    return found


# --- The README's deviation table -------------------------------------------------------------------------

TABLE_HEADING = "### Deliberate deviations from the reference implementation"


@dataclass(frozen=True)
class Deviation:
    pattern: str  # fnmatch pattern over Difference.path
    reason: str

    def covers(self, difference: Difference) -> bool:
        return fnmatch.fnmatchcase(difference.path, self.pattern)


def read_deviations(readme: Path) -> list[Deviation]:
    """The rows of the README table under TABLE_HEADING: `| `pattern` | reason |`."""
    text = readme.read_text(encoding="utf-8")
    if TABLE_HEADING not in text:
        raise ValueError(f"{readme}: no section {TABLE_HEADING!r}")
    section = text.split(TABLE_HEADING, 1)[1].split("\n#", 1)[0]
    deviations = []
    for line in section.splitlines():
        cells = (
            [cell.strip() for cell in line.strip().strip("|").split(" | ")] if line.startswith("|") else []
        )
        if len(cells) == 2 and cells[0].startswith("`") and cells[0].endswith("`"):
            deviations.append(Deviation(cells[0].strip("`"), cells[1]))
    return deviations


def unexplained(found: list[Difference], deviations: list[Deviation]) -> list[Difference]:
    return [difference for difference in found if not any(d.covers(difference) for d in deviations)]


def unused(found: list[Difference], deviations: list[Deviation]) -> list[Deviation]:
    return [deviation for deviation in deviations if not any(deviation.covers(d) for d in found)]
