"""What the "Create Client Space" runbook's inline Terraform gives a client space added by hand (audit B10):
the RI's team roles, retention, Maven retries and Azure account tenancy, and the same as the region stacks."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from octopus_patterns.catalogue import management as ri
from octopus_patterns.catalogue.template_projects.hcl import Block, render_blocks, string
from tests.conftest import SynthesizedApp

_OPEN = re.compile(r'^\s*(?P<type>\w+)(?P<labels>(?:\s+"[^"]*")*)\s*\{$')
_ATTRIBUTE = re.compile(r"^\s*(?P<name>\w+)\s*=\s*(?P<value>.+)$")


@dataclass
class Parsed:
    """A block of an inline template: its type, labels, attributes (as HCL text) and nested blocks."""

    type: str
    labels: tuple[str, ...] = ()
    attributes: dict[str, str] = field(default_factory=dict)
    blocks: list[Parsed] = field(default_factory=list)

    def all(self, type: str, *labels: str) -> list[Parsed]:
        return [b for b in self.blocks if b.type == type and b.labels[: len(labels)] == labels]


def _unbalanced(text: str) -> int:
    text = re.sub(r'"(?:[^"\\]|\\.)*"', '""', text)
    return sum(text.count(o) - text.count(c) for o, c in ("[]", "{}", "()"))


def parse(text: str) -> Parsed:
    """The blocks of a template written as `terraform fmt` writes it (checked by test_template_projects);
    an attribute's value spanning lines is kept as one text."""
    stack = [Parsed("file")]
    pending: tuple[str, str] | None = None  # an attribute whose value continues on the next lines
    for line in text.splitlines():
        if pending:
            pending = (pending[0], pending[1] + "\n" + line)
            if _unbalanced(pending[1]) == 0:
                stack[-1].attributes[pending[0]] = pending[1]
                pending = None
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if opened := _OPEN.match(line.removesuffix("}")):
            block = Parsed(opened["type"], tuple(re.findall(r'"([^"]*)"', opened["labels"])))
            stack[-1].blocks.append(block)
            if not line.endswith("}"):
                stack.append(block)
        elif line.strip() == "}":
            stack.pop()
        elif attribute := _ATTRIBUTE.match(line):
            if _unbalanced(attribute["value"]):
                pending = (attribute["name"], attribute["value"])
            else:
                stack[-1].attributes[attribute["name"]] = attribute["value"]
        else:
            raise AssertionError(f"unexpected line {line!r}")
    assert len(stack) == 1 and pending is None, "unbalanced braces"
    return stack[0]


@pytest.fixture(scope="module")
def templates(estate: SynthesizedApp) -> dict[str, Parsed]:
    """Step name -> parsed inline template, over the management space's Terraform steps (Create Client Space
    and the Initialize Space runbooks)."""
    found: dict[str, Parsed] = {}
    for step in estate.stacks["management"]["resource"]["octopusdeploy_process_step"].values():
        template = step["execution_properties"].get("Octopus.Action.Terraform.Template")
        if template:
            assert step["name"] not in found, step["name"]
            found[step["name"]] = parse(template.replace("$${", "${"))
    return found


def _granted(template: Parsed) -> tuple[str, set[str]]:
    """The team a team step grants roles to, and the roles: our own by name, built-in ones by ID."""
    (team,) = template.all("data", "octopusdeploy_teams")
    roles = set()
    for grant in template.all("resource", "octopusdeploy_scoped_user_role"):
        assert grant.attributes["space_id"] == "var.octopus_space_id"
        assert grant.attributes["team_id"] == "local.team_id"
        role = grant.attributes["user_role_id"]
        by_name = re.fullmatch(r"\[for role in data\.octopusdeploy_user_roles\.\w+\.user_roles : role\.id "
                               r'if role\.name == "([^"]+)"\]\[0\]', role)  # fmt: skip
        roles.add(by_name[1] if by_name else json.loads(role))
    (team_id,) = [b.attributes["team_id"] for b in template.all("locals")]
    assert team_id.endswith(f"if team.name == {team.attributes['partial_name']}][0]")
    return json.loads(team.attributes["partial_name"]), roles


def test_client_space_teams_get_the_ri_roles(templates: dict[str, Parsed]) -> None:
    """RI shared/scoped_user_role/deployer_variable_editor and /deployer: Editors get Variable editor,
    Read-Only, Release creator and Deployment creator; Deployers get Read-Only and the two creators."""
    creators = {"userroles-releasecreator", "userroles-deploymentcreator"}
    assert _granted(templates["Configure Project Editor Team"]) == (
        "Editors",
        {"Variable editor", "Read-Only", *creators},
    )
    assert _granted(templates["Configure Project Deployer Team"]) == ("Deployers", {"Read-Only", *creators})


def test_client_space_team_roles_are_the_region_stacks_grants(templates: dict[str, Parsed]) -> None:
    granted = dict(_granted(templates[name]) for name in templates if name.startswith("Configure Project "))
    assert granted == {
        grant.team: {*grant.roles, *(role.id for role in grant.built_in_roles)}
        for grant in ri.CLIENT_SPACE_TEAM_GRANTS
    }


def _retention(block: Parsed, kind: str) -> dict[str, Any]:
    (policy,) = block.all(f"{kind}_retention_with_strategy")
    return {name: json.loads(value) for name, value in policy.attributes.items()}


def test_client_space_lifecycles_keep_releases_forever_and_30_deployments_on_targets(
    templates: dict[str, Parsed],
) -> None:
    keep_30 = {"strategy": "Count", "quantity_to_keep": 30, "unit": "Items"}
    lifecycles = {
        json.loads(lifecycle.attributes["name"]): lifecycle
        for name in ("Deploy Lifecycles", "Deploy Sync Environment")
        for lifecycle in templates[name].all("resource", "octopusdeploy_lifecycle")
    }
    assert sorted(lifecycles) == ["DevSecOps", "Simple", "Sync"]
    for lifecycle in lifecycles.values():
        phases = lifecycle.all("phase")
        assert phases
        for block in (lifecycle, *phases):
            assert _retention(block, "release") == {"strategy": "Forever"}
            assert _retention(block, "tentacle") == keep_30
    security = lifecycles["DevSecOps"].all("phase")[-1]
    assert security.attributes["automatic_deployment_targets"] == '[local.environment["Security"]]'


def test_client_space_environments_have_the_ri_extension_settings(templates: dict[str, Parsed]) -> None:
    environments = [
        environment
        for name in ("Deploy Environments", "Deploy Sync Environment")
        for environment in templates[name].all("resource", "octopusdeploy_environment")
    ]
    jira = {
        json.loads(env.attributes["name"]): json.loads(
            env.all("jira_extension_settings")[0].attributes["environment_type"]
        )
        for env in environments
    }
    assert jira == {
        "Development": "development",
        "Test": "unmapped",
        "Production": "unmapped",
        "Security": "unmapped",
        "Sync": "development",
    }


def test_client_space_maven_feed_retries_downloads(templates: dict[str, Parsed]) -> None:
    (feed,) = templates["Deploy Maven Feed"].all("resource", "octopusdeploy_maven_feed")
    assert feed.attributes["download_attempts"] == "3"
    assert feed.attributes["download_retry_backoff_seconds"] == "20"
    assert json.loads(feed.attributes["feed_uri"]) == ri.MAVEN_FEED_URI


def test_client_space_azure_account_serves_tenanted_and_untenanted_runs(templates: dict[str, Parsed]) -> None:
    (account,) = templates["Configure the Azure Account"].all(
        "resource", "octopusdeploy_azure_service_principal"
    )
    assert account.attributes["tenanted_deployment_participation"] == '"TenantedOrUntenanted"'


def test_hcl_writer_aligns_as_terraform_fmt_and_refuses_template_sequences(tmp_path: Path) -> None:
    text = render_blocks(
        Block("resource", ("a", "b"), {"x": string("1"), "longer": "[]"}, (Block("inner", (), {"y": "2"}),))
    )
    assert parse(text).all("resource", "a", "b")[0].all("inner")[0].attributes == {"y": "2"}
    with pytest.raises(ValueError, match="template sequence"):
        string("${oops}")
    if shutil.which("terraform") is None:
        pytest.skip("terraform is not installed")
    (tmp_path / "main.tf").write_text(text + "\n", encoding="utf-8")
    result = subprocess.run(["terraform", "fmt", "-check", str(tmp_path)], capture_output=True, check=False)
    assert result.returncode == 0, result.stdout
