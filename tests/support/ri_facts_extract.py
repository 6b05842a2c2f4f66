"""Regenerates tests/data/ri_attributes_fe57a95.json from the reference implementation's HCL (a tool, run by
hand with python-hcl2, which the project does not depend on; the tests never import it):

    python -m venv /tmp/hcl && /tmp/hcl/bin/pip install python-hcl2
    /tmp/hcl/bin/python -m tests.support.ri_facts_extract <RI checkout at fe57a95> \
        > tests/data/ri_attributes_fe57a95.json

Which module runs for which space, with which `-var`s, comes from the inventory
(tests/data/inventory_fe57a95.json: `initdemo_runs` and the `module`/`seq` of every entry); the attributes
come from each resource block of those modules, references resolved to names: `var.x` to the initdemo `-var`
or the variable's default, a data lookup to the name of what it finds in that space, a resource reference to
that resource's name.

Provider 0.x blocks are written in provider 1.x terms, as the provider's own migration maps them: a lifecycle
retention that keeps forever becomes strategy "Forever", else "Count" with quantity and unit; a runbook
retention of 100 runs becomes "Default" (schemas/runbook_retention_policy_legacy.go); a step's single action
is the step; `features` become the `Octopus.Action.EnabledFeatures` property. Secrets are never written: a
sensitive value is recorded as "<sensitive>".
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import hcl2

from tests.support.ri_parity import BUILT_IN_FEED, KEY_PROPERTIES, SENSITIVE

INVENTORY = Path(__file__).parents[1] / "data" / "inventory_fe57a95.json"
_LOOKUP_TYPES = {
    "octopusdeploy_environments": "octopusdeploy_environment",
    "octopusdeploy_lifecycles": "octopusdeploy_lifecycle",
    "octopusdeploy_project_groups": "octopusdeploy_project_group",
    "octopusdeploy_library_variable_sets": "octopusdeploy_library_variable_set",
    "octopusdeploy_projects": "octopusdeploy_project",
    "octopusdeploy_accounts": "octopusdeploy_azure_service_principal",
    "octopusdeploy_git_credentials": "octopusdeploy_git_credential",
    "octopusdeploy_tenants": "octopusdeploy_tenant",
}
_FEED_TYPES = {"Docker": "octopusdeploy_docker_container_registry", "Maven": "octopusdeploy_maven_feed"}
_EXPRESSION = re.compile(r"\$\{([^{}]*)\}")


def _string(value: Any) -> Any:
    """An HCL string literal as parsed ("\"text\"") -> text; other values unchanged."""
    if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] == '"':
        try:
            return json.loads(value, strict=False)
        except json.JSONDecodeError:  # HCL escapes JSON does not know, e.g. "\$"
            return value[1:-1].replace('\\"', '"')
    return value


class Module:
    """One Terraform module directory as one run of initdemo saw it."""

    def __init__(self, root: Path, module: str, cli_vars: Mapping[str, str]) -> None:
        self.docs = [hcl2.load(path.open(encoding="utf-8")) for path in sorted((root / module).glob("*.tf"))]
        self.cli_vars = cli_vars

    def blocks(self, kind: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for doc in self.docs:
            for group in doc.get(kind, []):
                for type_name, by_name in group.items():
                    for name, body in by_name.items():
                        yield _string(type_name), _string(name), body

    def block(self, kind: str, type_name: str, name: str) -> dict[str, Any]:
        for t, n, body in self.blocks(kind):
            if (t, n) == (type_name, name):
                return body
        raise KeyError(f"{kind} {type_name}.{name}")

    def variable(self, name: str) -> Any:
        if name in self.cli_vars:
            return self.cli_vars[name]
        for doc in self.docs:
            for group in doc.get("variable", []):
                if name in group or f'"{name}"' in group:
                    body = group.get(name) or group[f'"{name}"']
                    return _string(body.get("default"))
        raise KeyError(f"var.{name}")

    def local(self, name: str) -> Any:
        for doc in self.docs:
            for group in doc.get("locals", []):
                if name in group:
                    return group[name]
        raise KeyError(f"local.{name}")


class Space:
    """The names of what a space holds, to resolve lookups by (partial) name."""

    def __init__(self, entries: list[dict[str, Any]]) -> None:
        self.names: dict[str, list[str]] = {}
        for entry in entries:
            if entry["kind"] == "resource":
                self.names.setdefault(entry["type"], []).append(entry["name"])

    def find(self, type_name: str, partial: str, exact: bool = False) -> str:
        names = self.names.get(type_name, [])
        if partial in names:
            return partial
        matches = sorted({name for name in names if not exact and partial.lower() in name.lower()})
        if len(matches) == 1:
            return matches[0]
        return f"lookup:{partial}"


class Resolver:
    def __init__(self, module: Module, space: Space, seq_entries: list[dict[str, Any]]) -> None:
        self.module = module
        self.space = space
        self.by_tf_name = {(e["type"], e["tf_name"]): e["name"] for e in seq_entries}

    def value(self, raw: Any) -> Any:
        raw = _string(raw)
        if isinstance(raw, list):
            return [self.value(item) for item in raw]
        if isinstance(raw, dict):
            return {_string(k): self.value(v) for k, v in raw.items() if k != "__is_block__"}
        if not isinstance(raw, str) or "${" not in raw:
            return raw
        whole = _EXPRESSION.fullmatch(raw)
        if whole:
            return self.expression(whole.group(1).strip())
        return _EXPRESSION.sub(lambda m: str(self.expression(m.group(1).strip())), raw)

    def expression(self, text: str) -> Any:
        if match := re.fullmatch(r"(.+?) \? (.+) : (.+)", text):
            chosen = match.group(2) if self.condition(match.group(1).strip()) else match.group(3)
            return self.expression(chosen.strip())
        if text == '""':
            return ""
        if match := re.fullmatch(r"var\.(\w+)", text):
            return self.value(self.module.variable(match.group(1)))
        if match := re.fullmatch(r"local\.(\w+)", text):
            return self.value(self.module.local(match.group(1)))
        if match := re.fullmatch(r"(octopusdeploy_\w+)\.(\w+)\.(?:id|name)", text):
            return self.by_tf_name.get((match.group(1), match.group(2)), f"ref:{text}")
        if match := re.fullmatch(r"data\.(octopusdeploy_\w+)\.(\w+)\.\w+\[0\]\.id", text):
            return self.lookup(match.group(1), match.group(2))
        if match := re.fullmatch(r"(?:tolist\()?data\.(octopusdeploy_\w+)\.(\w+)\..*", text):
            return self.lookup(match.group(1), match.group(2))
        return f"expr:{text}"

    def condition(self, text: str) -> bool:
        """The two conditions the RI's modules use: `var.x == ""` and `length(data...) != 0`."""
        if match := re.fullmatch(r'var\.(\w+) == ""', text):
            return self.value(self.module.variable(match.group(1))) == ""
        if match := re.fullmatch(r"length\(data\.(octopusdeploy_\w+)\.(\w+)\.\w+\) != 0", text):
            return not self.lookup(match.group(1), match.group(2)).startswith("lookup:")
        raise ValueError(f"condition not understood: {text}")

    def lookup(self, data_type: str, name: str) -> str:
        body = self.module.block("data", data_type, name)
        partial = self.value(body.get("partial_name") or body.get("name") or "")
        if data_type == "octopusdeploy_worker_pools":
            return str(self.value(body.get("name")))
        if data_type == "octopusdeploy_feeds":
            feed_type = self.value(body.get("feed_type"))
            if feed_type == "BuiltIn":
                return BUILT_IN_FEED
            return self.space.find(_FEED_TYPES.get(str(feed_type), ""), str(partial))
        if data_type == "octopusdeploy_projects":
            return self.space.find("octopusdeploy_project", str(partial), exact=True)
        kind = _LOOKUP_TYPES.get(data_type)
        return self.space.find(kind, str(partial)) if kind else f"lookup:{data_type}:{partial}"


def _retention(block: list[dict[str, Any]] | None, resolver: Resolver, runbook: bool = False) -> Any:
    if not block:
        return None
    policy = resolver.value(block[0])
    quantity = policy.get("quantity_to_keep")
    if runbook:
        if policy.get("should_keep_forever") or quantity == 0:
            return {"strategy": "Forever"}
        return (
            {"strategy": "Default"}
            if quantity in (None, 100)
            else {"strategy": "Count", "quantity_to_keep": quantity, "unit": "Items"}
        )
    if policy.get("should_keep_forever"):
        return {"strategy": "Forever"}
    return {"strategy": "Count", "quantity_to_keep": quantity, "unit": policy.get("unit", "Days")}


def _connectivity(body: Mapping[str, Any], resolver: Resolver) -> Any:
    block = body.get("connectivity_policy")
    if not block:
        return None
    policy = resolver.value(block[0])
    return {
        "allow_deployments_to_no_targets": policy.get("allow_deployments_to_no_targets"),
        "exclude_unhealthy_targets": policy.get("exclude_unhealthy_targets"),
        "skip_machine_behavior": policy.get("skip_machine_behavior"),
    }


def _names(values: Any) -> list[str]:
    return sorted(str(v) for v in values or [])


# --- one extractor per resource type: (category, key, facts) ------------------------------------------


def environment(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    facts = {
        key: r.value(body.get(key))
        for key in ("description", "sort_order", "allow_dynamic_infrastructure", "use_guided_failure")
    }
    for block, key in (
        ("jira_extension_settings", "environment_type"),
        ("jira_service_management_extension_settings", "is_enabled"),
        ("servicenow_extension_settings", "is_enabled"),
    ):
        if body.get(block):
            facts[f"{block}.{key}"] = r.value(body[block][0]).get(key)
    return "environments", r.value(body["name"]), facts


def lifecycle(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    phases = {}
    for index, phase in enumerate(body.get("phase", [])):
        phases[r.value(phase["name"])] = {
            "position": index,
            "optional_deployment_targets": _names(r.value(phase.get("optional_deployment_targets"))),
            "automatic_deployment_targets": _names(r.value(phase.get("automatic_deployment_targets"))),
            "release_retention": _retention(phase.get("release_retention_policy"), r),
            "tentacle_retention": _retention(phase.get("tentacle_retention_policy"), r),
        }
    facts = {
        "description": r.value(body.get("description")),
        "release_retention": _retention(body.get("release_retention_policy"), r),
        "tentacle_retention": _retention(body.get("tentacle_retention_policy"), r),
        "phases": phases,
    }
    return "lifecycles", r.value(body["name"]), facts


def docker_feed(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    facts = {
        "type": "Docker",
        "feed_uri": r.value(body.get("feed_uri")),
        "api_version": r.value(body.get("api_version")),
        "package_acquisition_location_options": _names(
            r.value(body.get("package_acquisition_location_options"))
        ),
        "credentials": "given" if body.get("password") else None,
    }
    return "feeds", r.value(body["name"]), facts


def maven_feed(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    facts = {
        "type": "Maven",
        "feed_uri": r.value(body.get("feed_uri")),
        "download_attempts": r.value(body.get("download_attempts")),
        "download_retry_backoff_seconds": r.value(body.get("download_retry_backoff_seconds")),
    }
    return "feeds", r.value(body["name"]), facts


def library_variable_set(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    templates = {}
    for template in body.get("template", []):
        t = r.value(template)
        display = t.get("display_settings", {})
        templates[t["name"]] = {
            "label": t.get("label"),
            "control_type": (display or {}).get("Octopus.ControlType"),
            "default_value": t.get("default_value"),
        }
    return (
        "library_variable_sets",
        r.value(body["name"]),
        {
            "description": r.value(body.get("description")),
            "templates": templates,
        },
    )


def variable(body: dict[str, Any], r: Resolver, entry: Mapping[str, Any]) -> tuple[str, str, dict[str, Any]]:
    owner = entry["attrs"]["owner_id"]
    owner_name = re.search(r"\(name='([^']*)'\)", owner)
    sensitive = bool(r.value(body.get("is_sensitive"))) or r.value(body.get("type")) == "Sensitive"
    facts: dict[str, Any] = {
        "type": r.value(body.get("type")),
        "is_sensitive": sensitive,
        "value": SENSITIVE if sensitive else r.value(body.get("value")),
    }
    if body.get("prompt"):
        prompt = r.value(body["prompt"][0])
        facts["prompt"] = {key: prompt.get(key) for key in ("label", "description", "is_required")}
    category = "project_variables" if "octopusdeploy_project" in owner else "library_variables"
    return category, f"{owner_name.group(1) if owner_name else owner} :: {r.value(body['name'])}", facts


def project(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    versioning = body.get("versioning_strategy")
    facts = {
        "project_group": r.value(body.get("project_group_id")),
        "lifecycle": r.value(body.get("lifecycle_id")),
        "included_library_variable_sets": _names(r.value(body.get("included_library_variable_sets"))),
        "tenanted_deployment_participation": r.value(body.get("tenanted_deployment_participation")),
        "default_guided_failure_mode": r.value(body.get("default_guided_failure_mode")),
        "default_to_skip_if_already_installed": r.value(body.get("default_to_skip_if_already_installed")),
        "is_version_controlled": r.value(body.get("is_version_controlled")),
        "connectivity_policy": _connectivity(body, r),
        "versioning_template": r.value(versioning[0].get("template")) if versioning else None,
    }
    return "projects", r.value(body["name"]), facts


def runbook(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    facts = {
        "environment_scope": r.value(body.get("environment_scope")),
        "environments": _names(r.value(body.get("environments"))),
        "multi_tenancy_mode": r.value(body.get("multi_tenancy_mode")),
        "default_guided_failure_mode": r.value(body.get("default_guided_failure_mode")),
        "force_package_download": r.value(body.get("force_package_download")),
        "retention_policy": _retention(body.get("retention_policy"), r, runbook=True),
        "connectivity_policy": _connectivity(body, r),
    }
    return "runbooks", f"{r.value(body['project_id'])} :: {r.value(body['name'])}", facts


def _step(step: dict[str, Any], r: Resolver) -> dict[str, Any]:
    (action,) = step["action"]
    properties = r.value(action.get("properties", {}))
    features = r.value(action.get("features")) or []
    if features:
        properties["Octopus.Action.EnabledFeatures"] = ",".join(features)
    packages = {}
    for package in action.get("package", []):
        p = r.value(package)
        packages[p.get("name") or ""] = {
            "package_id": p.get("package_id"),
            "feed": p.get("feed_id"),
            "acquisition_location": p.get("acquisition_location"),
        }
    for package in action.get("primary_package", []):
        p = r.value(package)
        packages[""] = {
            "package_id": p.get("package_id"),
            "feed": p.get("feed_id"),
            "acquisition_location": p.get("acquisition_location"),
        }
    return {
        "action_type": r.value(action.get("action_type")),
        "condition": r.value(step.get("condition")),
        "run_on_server": r.value(action.get("run_on_server")),
        "is_required": r.value(action.get("is_required")),
        "target_roles": _names(r.value(step.get("target_roles"))),
        "excluded_environments": _names(r.value(action.get("excluded_environments"))),
        "packages": packages,
        "properties": {key: properties[key] for key in KEY_PROPERTIES if key in properties},
    }


def process(body: dict[str, Any], r: Resolver, owner: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    steps = body.get("step", [])
    yield "processes", owner, {"steps": [r.value(step["name"]) for step in steps]}
    for step in steps:
        yield "steps", f"{owner} :: {r.value(step['name'])}", _step(step, r)


def tenant(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    connections = {
        r.value(link.get("project_id") or link["project"]): _names(
            r.value(link.get("environment_ids") or link.get("environments"))
        )
        for link in body.get("project_environment", [])
    }
    return (
        "tenants",
        r.value(body["name"]),
        {
            "description": r.value(body.get("description")),
            "tenant_tags": _names(r.value(body.get("tenant_tags"))),
            "project_environments": connections,
        },
    )


def team(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    return "teams", r.value(body["name"]), {"users": _names(r.value(body.get("users")))}


def user_role(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    return (
        "user_roles",
        r.value(body["name"]),
        {
            "description": r.value(body.get("description")),
            "granted_space_permissions": _names(r.value(body.get("granted_space_permissions"))),
            "granted_system_permissions": _names(r.value(body.get("granted_system_permissions"))),
        },
    )


def user(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    return (
        "users",
        r.value(body["username"]),
        {key: r.value(body.get(key)) for key in ("display_name", "email_address", "is_active", "is_service")},
    )


def space(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    return (
        "spaces",
        r.value(body["name"]),
        {
            "description": r.value(body.get("description")),
            "space_managers_teams": _names(r.value(body.get("space_managers_teams"))),
        },
    )


def project_group(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    return "project_groups", r.value(body["name"]), {"description": r.value(body.get("description"))}


def channel(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    rules = [
        {
            "tag": rule.get("tag"),
            "action_packages": [
                f"{p['deployment_action']}/{p['package_reference']}" for p in rule.get("action_package", [])
            ],
        }
        for rule in r.value(body.get("rule", []))
    ]
    return (
        "channels",
        f"{r.value(body['project_id'])} :: {r.value(body['name'])}",
        {
            "description": r.value(body.get("description")),
            "is_default": r.value(body.get("is_default")),
            "rules": rules,
        },
    )


def git_credential(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    return "git_credentials", r.value(body["name"]), {"type": r.value(body.get("type"))}


def azure_account(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    return (
        "accounts",
        r.value(body["name"]),
        {
            "description": r.value(body.get("description")),
            "tenanted_deployment_participation": r.value(body.get("tenanted_deployment_participation")),
            "tenant_tags": _names(r.value(body.get("tenant_tags"))),
        },
    )


def certificate(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    return (
        "certificates",
        r.value(body["name"]),
        {
            "notes": r.value(body.get("notes")),
            "tenanted_deployment_participation": r.value(body.get("tenanted_deployment_participation")),
            "password": "given" if body.get("password") else None,
        },
    )


def k8s_target(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    return (
        "targets",
        r.value(body["name"]),
        {
            "roles": _names(r.value(body.get("roles"))),
            "environments": _names(r.value(body.get("environments"))),
            "skip_tls_verification": r.value(body.get("skip_tls_verification")),
            "tenanted_deployment_participation": r.value(body.get("tenanted_deployment_participation")),
        },
    )


def tag_set(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    return "tag_sets", r.value(body["name"]), {"description": r.value(body.get("description"))}


def tag(body: dict[str, Any], r: Resolver) -> tuple[str, str, dict[str, Any]]:
    return "tags", r.value(body["name"]), {key: r.value(body.get(key)) for key in ("color", "description")}


def tenant_common_variable(
    body: dict[str, Any], r: Resolver, entry: Mapping[str, Any]
) -> tuple[str, str, dict[str, Any]]:
    attrs = entry["attrs"]
    tenant_name = re.search(r"\(name='([^']*)'\)", attrs["tenant_id"])
    template = re.search(r"template '([^']*)'", attrs["template_id"])
    set_name = re.search(r"partial_name='([^']*)'", attrs["library_variable_set_id"])
    key = f"{tenant_name.group(1) if tenant_name else '?'} :: {template.group(1) if template else '?'}"
    return "tenant_common_variables", key, {"library_variable_set": set_name.group(1) if set_name else None}


SIMPLE = {
    "octopusdeploy_environment": environment,
    "octopusdeploy_lifecycle": lifecycle,
    "octopusdeploy_docker_container_registry": docker_feed,
    "octopusdeploy_maven_feed": maven_feed,
    "octopusdeploy_library_variable_set": library_variable_set,
    "octopusdeploy_project": project,
    "octopusdeploy_runbook": runbook,
    "octopusdeploy_tenant": tenant,
    "octopusdeploy_team": team,
    "octopusdeploy_user_role": user_role,
    "octopusdeploy_user": user,
    "octopusdeploy_space": space,
    "octopusdeploy_project_group": project_group,
    "octopusdeploy_channel": channel,
    "octopusdeploy_git_credential": git_credential,
    "octopusdeploy_azure_service_principal": azure_account,
    "octopusdeploy_certificate": certificate,
    "octopusdeploy_kubernetes_cluster_deployment_target": k8s_target,
    "octopusdeploy_tag_set": tag_set,
    "octopusdeploy_tag": tag,
}


def extract(root: Path, inventory: Mapping[str, Any]) -> dict[str, Any]:
    runs = {run["seq"]: run for run in inventory["initdemo_runs"]}
    spaces: dict[str, Any] = {}
    for space_id, entries in inventory["spaces"].items():
        facts: dict[str, dict[str, Any]] = {}
        names = Space(entries)
        resources = [
            e for e in entries if e["kind"] == "resource" and e["attrs"].get("count_evaluates_to") != 0
        ]
        modules: dict[tuple[int, str], Module] = {}
        for entry in resources:
            key = (entry["seq"], entry["module"])
            if key not in modules:
                modules[key] = Module(root, entry["module"], runs.get(entry["seq"], {}).get("cli_vars", {}))
            module = modules[key]
            same_run = [e for e in resources if (e["seq"], e["module"]) == key]
            resolver = Resolver(module, names, same_run)
            body = module.block("resource", entry["type"], entry["tf_name"])
            for category, name, attrs in _facts(entry, body, resolver, same_run):
                facts.setdefault(category, {})[name] = attrs
        spaces[space_id] = {
            category: dict(sorted(items.items())) for category, items in sorted(facts.items())
        }
    return {"commit": inventory["commit"], "spaces": spaces}


def _facts(
    entry: Mapping[str, Any], body: dict[str, Any], r: Resolver, same_run: list[dict[str, Any]]
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    kind = entry["type"]
    if kind in SIMPLE:
        yield SIMPLE[kind](body, r)
    elif kind == "octopusdeploy_variable":
        yield variable(body, r, entry)
    elif kind == "octopusdeploy_tenant_common_variable":
        yield tenant_common_variable(body, r, entry)
    elif kind == "octopusdeploy_deployment_process":
        yield from process(body, r, f"{r.value(body['project_id'])} :: deployment process")
    elif kind == "octopusdeploy_runbook_process":
        runbook_ref = re.fullmatch(r"\$\{octopusdeploy_runbook\.(\w+)\.id\}", _string(body["runbook_id"]))
        assert runbook_ref, body["runbook_id"]
        runbook_body = r.module.block("resource", "octopusdeploy_runbook", runbook_ref.group(1))
        owner = f"{r.value(runbook_body['project_id'])} :: {r.value(runbook_body['name'])}"
        yield from process(body, r, owner)
    else:
        raise ValueError(f"no extractor for {kind}")


def main() -> None:
    inventory = json.loads(INVENTORY.read_text(encoding="utf-8"))
    facts = extract(Path(sys.argv[1]), inventory)
    json.dump(facts, sys.stdout, indent=1, sort_keys=False, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
