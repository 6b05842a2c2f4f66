"""The management stack wires objects to each other, not to IDs: lifecycles to environments, tenants to
projects, environments and their region's space, secrets to inputs or generated passwords."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from cdktf import Testing

from octopus_patterns.bindings.octopusdeploy.azure_service_principal import AzureServicePrincipal
from octopus_patterns.bindings.octopusdeploy.docker_container_registry import DockerContainerRegistry
from octopus_patterns.bindings.octopusdeploy.kubernetes_cluster_deployment_target import (
    KubernetesClusterDeploymentTarget,
)
from octopus_patterns.bindings.octopusdeploy.lifecycle import Lifecycle
from octopus_patterns.bindings.octopusdeploy.tenant import Tenant
from octopus_patterns.bindings.octopusdeploy.tenant_common_variable import TenantCommonVariable
from octopus_patterns.bindings.octopusdeploy.tenant_project import TenantProject
from octopus_patterns.bindings.octopusdeploy.variable import Variable
from octopus_patterns.catalogue import management as ri
from tests.support.ri_literals import RI_PASSWORD
from tests.support.schema_conformance import check_synthesized, format_violations, load_project_schemas
from tests.test_management_parity import INVENTORY_FILE, synthesize_management

REGIONS = ("America", "Europe")  # EstateConfig's default regions, the RI's regional tenants
# Types that are not in a space (spaces, users, teams, roles) or name theirs differently (a tag's set).
SERVER_WIDE_TYPES = {
    "octopusdeploy_space", "octopusdeploy_user", "octopusdeploy_team", "octopusdeploy_user_role",
    "octopusdeploy_tag",
}  # fmt: skip


class Stack:
    """A synthesized stack: its JSON text (for cdktf's matchers) and lookups by Octopus name."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.doc: dict[str, Any] = json.loads(text)

    def resources(self, kind: str) -> dict[str, dict[str, Any]]:
        return self.doc.get("resource", {}).get(kind, {})

    def logical_id(self, kind: str, name: str, attribute: str = "name") -> str:
        found = [lid for lid, body in self.resources(kind).items() if body.get(attribute) == name]
        assert len(found) == 1, f"expected one {kind} with {attribute}={name!r}, found {found}"
        return found[0]

    def ref(self, kind: str, name: str, attribute: str = "id") -> str:
        """The token another resource holds when it refers to the named resource."""
        return f"${{{kind}.{self.logical_id(kind, name)}.{attribute}}}"

    def body(self, kind: str, name: str) -> dict[str, Any]:
        return self.resources(kind)[self.logical_id(kind, name)]


@pytest.fixture(scope="module")
def stacks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    # Not fully wired: no Gitea credentials and no state database, so the stack's own fallbacks show.
    return synthesize_management(tmp_path_factory.mktemp("management") / "cdktf.out", fully_wired=False)


@pytest.fixture(scope="module")
def management(stacks: dict[str, str]) -> Stack:
    return Stack(stacks["management"])


def environment(stack: Stack, name: str) -> str:
    return stack.ref("octopusdeploy_environment", name)


def test_lifecycle_phases_point_at_their_environments(management: Stack) -> None:
    dev, test, prod, security, sync = (
        environment(management, name)
        for name in (ri.DEVELOPMENT, ri.TEST, ri.PRODUCTION, ri.SECURITY, ri.SYNC)
    )
    expected: dict[str, list[tuple[str, list[str], list[str]]]] = {
        "DevSecOps": [("Development", [dev], []), ("Test", [test], []), ("Production", [prod], []),
                      ("Security", [], [security])],
        "Simple": [("Development", [dev], []), ("Test", [test], []), ("Production", [prod], [])],
        "Sync": [("Sync", [sync], [])],
    }  # fmt: skip
    for lifecycle, phases in expected.items():
        phase_blocks = [
            {"name": name, "optional_deployment_targets": optional, "automatic_deployment_targets": automatic}
            for name, optional, automatic in phases
        ]
        assert Testing.to_have_resource_with_properties(
            management.text, Lifecycle.TF_RESOURCE_TYPE, {"name": lifecycle, "phase": phase_blocks}
        ), f"lifecycle {lifecycle}: phases do not reference the right environments"
        assert len(management.body(Lifecycle.TF_RESOURCE_TYPE, lifecycle)["phase"]) == len(phases)


def test_retention_keeps_releases_forever_as_the_ri_does(management: Stack) -> None:
    for lifecycle in ("DevSecOps", "Simple", "Sync"):
        body = management.body(Lifecycle.TF_RESOURCE_TYPE, lifecycle)
        assert body["release_retention_with_strategy"] == [{"strategy": "Forever"}]
        assert all(
            phase["release_retention_with_strategy"] == [{"strategy": "Forever"}] for phase in body["phase"]
        )


def test_environments_carry_the_ri_extension_settings(management: Stack) -> None:
    """Audit B12: Development and Sync report to Jira as "development" with JSM and ServiceNow change
    requests on; Test, Production and Security are unmapped with both off (dev_test_prod and sync modules)."""
    for name in (ri.DEVELOPMENT, ri.TEST, ri.PRODUCTION, ri.SECURITY, ri.SYNC):
        body = management.body("octopusdeploy_environment", name)
        reported = name in (ri.DEVELOPMENT, ri.SYNC)
        assert body["jira_extension_settings"] == [
            {"environment_type": "development" if reported else "unmapped"}
        ], name
        assert body["jira_service_management_extension_settings"] == [{"is_enabled": reported}], name
        assert body["servicenow_extension_settings"] == [{"is_enabled": reported}], name


def test_targets_keep_the_files_of_30_deployments_on_every_lifecycle_and_phase(management: Stack) -> None:
    """Audit B8: every RI lifecycle and phase sets tentacle retention to 30 items (not forever)."""
    thirty = [{"strategy": "Count", "quantity_to_keep": 30, "unit": "Items"}]
    for lifecycle in ("DevSecOps", "Simple", "Sync"):
        body = management.body(Lifecycle.TF_RESOURCE_TYPE, lifecycle)
        assert body["tentacle_retention_with_strategy"] == thirty, lifecycle
        assert [phase["tentacle_retention_with_strategy"] for phase in body["phase"]] == [thirty] * len(
            body["phase"]
        ), lifecycle


def test_projects_and_runbooks_have_the_ri_connectivity_policy(management: Stack) -> None:
    """Audit B7: deployments without targets are allowed everywhere but in K8S Microservice Template, which
    skips unavailable targets instead."""
    no_targets_needed = [
        {
            "allow_deployments_to_no_targets": True,
            "exclude_unhealthy_targets": False,
            "skip_machine_behavior": "None",
        }
    ]
    projects = management.resources("octopusdeploy_project").values()
    for project in projects:
        expected = no_targets_needed
        if project["name"] == "K8S Microservice Template":
            expected = [expected[0] | {"allow_deployments_to_no_targets": False}]
            expected[0]["skip_machine_behavior"] = "SkipUnavailableMachines"
        assert project["connectivity_policy"] == expected, project["name"]
    runbooks = management.resources("octopusdeploy_runbook").values()
    assert len(runbooks) >= 13  # the CaC projects' 14 are OCL with the same policy (test_cac_repository.py)
    for runbook in runbooks:
        assert runbook["connectivity_policy"] == no_targets_needed, runbook["name"]
        assert runbook["retention_policy_with_strategy"] == [{"strategy": "Default"}], runbook["name"]


def test_every_resource_lives_in_the_looked_up_default_space(management: Stack) -> None:
    (local_name,) = management.doc["locals"]
    default_space = f"${{local.{local_name}}}"
    expression = management.doc["locals"][local_name]
    assert "data.octopusdeploy_spaces." in expression and "is_default" in expression
    placed = [
        (kind, lid, body.get("space_id"))
        for kind, bodies in management.doc["resource"].items()
        if kind.startswith("octopusdeploy_") and kind not in SERVER_WIDE_TYPES
        for lid, body in bodies.items()
    ]  # fmt: skip
    wrong = [(kind, lid, space) for kind, lid, space in placed if space != default_space]
    assert not wrong, f"resources outside the Default space lookup: {wrong}"
    for tag in management.resources("octopusdeploy_tag").values():
        assert tag["tag_set_space_id"] == default_space
    assert "space_id" not in management.doc["provider"]["octopusdeploy"][0]
    assert not re.search(r"Spaces-\d", management.text)


def test_managed_spaces_are_created_for_the_ri_spaces_and_each_region(management: Stack) -> None:
    names = {body["name"] for body in management.resources("octopusdeploy_space").values()}
    assert names == {"Development", "Test\\Production", *REGIONS}
    for body in management.resources("octopusdeploy_space").values():
        assert body["space_managers_teams"] == ["teams-administrators"]


def test_regional_tenants_are_tagged_regional(management: Stack) -> None:
    regional = management.ref("octopusdeploy_tag", "regional", "canonical_tag_name")
    for region in REGIONS:
        assert Testing.to_have_resource_with_properties(
            management.text, Tenant.TF_RESOURCE_TYPE, {"name": region, "tenant_tags": [regional]}
        )


def test_regional_tenant_space_id_is_its_region_space(management: Stack) -> None:
    for region in REGIONS:
        values = tenant_values(management, region)
        assert values[ri.MANAGED_TENANT_SPACE_ID]["value"] == management.ref("octopusdeploy_space", region)
        assert values[ri.MANAGED_TENANT_URL]["value"].endswith("_internal_url}")  # the stub's internal URL
        assert set(values) == {
            ri.MANAGED_TENANT_API_KEY, ri.MANAGED_TENANT_URL, ri.MANAGED_TENANT_SPACE_ID,
            "Tenant.Azure.ApplicationId", "Tenant.Azure.SubscriptionId", "Tenant.Azure.TenantId",
            "Tenant.Azure.Password", "Tenant.K8S.CertificateData", "Tenant.K8S.Url",
            ri.K8S_CERTIFICATE_PASSWORD, "Tenant.Docker.Username", "Tenant.Docker.Password",
            ri.SLACK_BOT_TOKEN, ri.SLACK_SUPPORT_USERS,
        }  # fmt: skip


def tenant_values(stack: Stack, region: str) -> dict[str, dict[str, Any]]:
    """Template name -> the tenant common variable that gives the region's tenant its value."""
    tenant = stack.ref("octopusdeploy_tenant", region)
    values: dict[str, dict[str, Any]] = {}
    for body in stack.resources(TenantCommonVariable.TF_RESOURCE_TYPE).values():
        if body["tenant_id"] == tenant:
            template = re.search(r'template_ids\["([^"]+)"\]', body["template_id"])
            assert template, body["template_id"]
            assert body["template_id"].startswith(f"${{{body['library_variable_set_id'][2:-4]}.template_ids")
            values[template.group(1)] = body
    return values


def test_the_kind_client_certificate_gets_the_tenants_pfx_password_or_none(management: Stack) -> None:
    """Audit B11: the "Kind Client" certificate of Initialize Space takes the tenant's PFX password; an
    empty one becomes null, which the provider accepts (a "" password fails its length check)."""
    (step,) = [
        body
        for body in management.resources("octopusdeploy_process_step").values()
        if body["name"] == "Configure the Kubernetes Target"
    ]
    props = step["execution_properties"]
    parameters = json.loads(props["Octopus.Action.Terraform.TemplateParameters"])
    assert parameters["k8s_client_cert_password"] == f"#{{{ri.K8S_CERTIFICATE_PASSWORD}}}"
    template = props["Octopus.Action.Terraform.Template"]
    assert 'password = var.k8s_client_cert_password == "" ? null : var.k8s_client_cert_password' in template
    for region in REGIONS:
        password = tenant_values(management, region)[ri.K8S_CERTIFICATE_PASSWORD]["value"]
        assert password.startswith("${sensitive(var.k8s_client_cert_password")


def test_sensitive_tenant_values_are_marked_sensitive(management: Stack) -> None:
    api_key_output = _api_key_reference(management)
    for region in REGIONS:
        values = tenant_values(management, region)
        assert values[ri.MANAGED_TENANT_API_KEY]["value"] == f"${{sensitive({api_key_output})}}"
        sensitive = ("Tenant.Azure.Password", "Tenant.K8S.CertificateData", ri.K8S_CERTIFICATE_PASSWORD)
        for template in (*sensitive, "Tenant.Docker.Password"):
            assert values[template]["value"].startswith("${sensitive(var."), template


def _api_key_reference(stack: Stack) -> str:
    remote = stack.doc["data"]["terraform_remote_state"]
    (name,) = remote
    outputs = re.findall(rf"data\.terraform_remote_state\.{name}\.outputs\.[\w-]+", stack.text)
    (api_key,) = {output for output in outputs if output.endswith("octopus_api_key")}
    return api_key


def ri_tenant_connections() -> dict[str, dict[str, list[str]]]:
    """Tenant -> project -> environment names, read from the inventory (the RI's project_environment)."""
    inventory = json.loads(INVENTORY_FILE.read_text(encoding="utf-8"))
    tenants = [e for e in inventory["spaces"]["Spaces-1"] if e["type"] == "octopusdeploy_tenant"]
    named = re.compile(r"name='([^']*)'")
    return {
        tenant["name"]: {
            named.findall(link["project"])[0]: [named.findall(env)[0] for env in link["environments"]]
            for link in tenant["attrs"]["project_environment"]
        }
        for tenant in tenants
    }


def test_regional_tenants_connect_to_the_ri_projects_and_environments(management: Stack) -> None:
    connections_by_tenant = ri_tenant_connections()
    assert set(connections_by_tenant) == set(REGIONS)
    for region, connections in connections_by_tenant.items():
        tenant = management.ref("octopusdeploy_tenant", region)
        links = [
            b
            for b in management.resources(TenantProject.TF_RESOURCE_TYPE).values()
            if b["tenant_id"] == tenant
        ]
        assert len(links) == len(connections) == 7
        for project, environments in connections.items():
            assert Testing.to_have_resource_with_properties(
                management.text,
                TenantProject.TF_RESOURCE_TYPE,
                {
                    "tenant_id": tenant,
                    "project_id": management.ref("octopusdeploy_project", project),
                    "environment_ids": [environment(management, e) for e in environments],
                },
            ), f"{region} is not connected to {project} in {environments}"
        # Octopus takes a tenant's variable values only once the tenant is connected to the projects.
        link_ids = {f"octopusdeploy_tenant_project.{lid}" for lid, b in _tenant_projects(management, tenant)}
        for value in tenant_values(management, region).values():
            assert set(value["depends_on"]) == link_ids


def _tenant_projects(stack: Stack, tenant: str) -> list[tuple[str, dict[str, Any]]]:
    return [
        (lid, b)
        for lid, b in stack.resources(TenantProject.TF_RESOURCE_TYPE).items()
        if b["tenant_id"] == tenant
    ]


def test_this_instance_api_key_is_the_endpoints_key_and_sensitive(management: Stack) -> None:
    api_key = management.body(Variable.TF_RESOURCE_TYPE, "ThisInstance.Api.Key")
    assert api_key["type"] == "Sensitive" and api_key["is_sensitive"] is True
    assert api_key["sensitive_value"] == f"${{sensitive({_api_key_reference(management)})}}"
    assert "value" not in api_key
    assert api_key["owner_id"] == management.ref("octopusdeploy_library_variable_set", "This Instance")


def test_users_get_generated_passwords_published_as_sensitive_outputs(management: Stack) -> None:
    passwords = management.resources("random_password")
    for username in ("editor", "deployer"):
        user = _user(management, username)
        assert _password_lid(user) in passwords
        output = management.doc["output"][f"{username}_password"]
        assert output["sensitive"] is True and output["value"] == user["password"]
    assert "random" in management.doc["terraform"]["required_providers"]


def _user(stack: Stack, username: str) -> dict[str, Any]:
    return stack.resources("octopusdeploy_user")[stack.logical_id("octopusdeploy_user", username, "username")]


def test_without_gitea_credentials_git_uses_the_inputs_or_a_generated_password(management: Stack) -> None:
    credential = management.body("octopusdeploy_git_credential", ri.GIT_CREDENTIAL_NAME)
    assert credential["username"] == "${var.git_username}"
    (generated,) = management.resources("random_password").keys() - {
        _password_lid(_user(management, u)) for u in ("editor", "deployer")
    }
    assert credential["password"] == (
        f"${{sensitive((length(var.git_password) >= 1) ? var.git_password : "
        f"sensitive(random_password.{generated}.result))}}"
    )
    assert management.doc["variable"]["git_username"]["default"] == ri.GIT_DEFAULT_USERNAME
    assert (
        management.body(Variable.TF_RESOURCE_TYPE, "Git.Credentials.Password")["sensitive_value"]
        == (credential["password"])
    )


def test_without_a_state_database_no_state_variables_are_set(management: Stack) -> None:
    names = {body["name"] for body in management.resources(Variable.TF_RESOURCE_TYPE).values()}
    assert not {name for name in names if name.startswith("ThisInstance.State.")}


def _password_lid(user: dict[str, Any]) -> str:
    match = re.fullmatch(r"\$\{sensitive\(random_password\.([\w-]+)\.result\)\}", user["password"])
    assert match, user["password"]
    return match.group(1)


def test_docker_feed_credentials_come_from_the_ri_tf_vars(management: Stack) -> None:
    assert Testing.to_have_resource_with_properties(
        management.text,
        DockerContainerRegistry.TF_RESOURCE_TYPE,
        {
            "name": "Docker",
            "feed_uri": "https://index.docker.io",
            # Sensitive, and null when not given: the provider rejects "" (schemas/schema.go:276-292,314-330).
            "username": "${(length(var.docker_username) >= 1) ? sensitive(var.docker_username) : null}",
            "password": "${(length(var.docker_password) >= 1) ? sensitive(var.docker_password) : null}",
        },
    )
    for name in ("docker_username", "docker_password"):
        assert management.doc["variable"][name] == {**management.doc["variable"][name], "sensitive": True}
    (certificate,) = management.resources("octopusdeploy_certificate").values()
    assert certificate["password"] == (
        "${(length(var.k8s_client_cert_password) >= 1) ? sensitive(var.k8s_client_cert_password) : null}"
    )


def test_azure_and_kubernetes_are_left_out_unless_their_inputs_are_given(management: Stack) -> None:
    variables = management.doc["variable"]
    azure = next(iter(management.resources(AzureServicePrincipal.TF_RESOURCE_TYPE).values()))
    for name in ("azure_application_id", "azure_subscription_id", "azure_tenant_id", "azure_password"):
        assert variables[name]["default"] == "" and variables[name]["sensitive"] is True
        assert f"length(var.{name}) >= 1" in azure["count"]
    assert azure["count"].startswith("${nonsensitive(") and azure["count"].endswith("? 1 : 0}")
    target = next(iter(management.resources(KubernetesClusterDeploymentTarget.TF_RESOURCE_TYPE).values()))
    certificate = next(iter(management.resources("octopusdeploy_certificate").values()))
    assert "var.k8s_cluster_url" in target["count"] and "var.k8s_client_cert)" in target["count"]
    certificate_lid = management.logical_id("octopusdeploy_certificate", ri.K8S_CERTIFICATE_NAME)
    # The certificate's ID, or "" when it was left out (and the target with it).
    assert target["certificate_authentication"]["client_certificate"] == (
        f'${{element(concat(octopusdeploy_certificate.{certificate_lid}[*].id, [""]), 0)}}'
    )
    assert "var.k8s_client_cert)" in certificate["count"]
    assert target["environments"] == [environment(management, e) for e in ri.K8S_TARGET_ENVIRONMENTS]


def test_no_literal_secret_is_synthesized(stacks: dict[str, str]) -> None:
    for stack_id, text in stacks.items():
        assert RI_PASSWORD not in text, stack_id
        assert "API-" not in text, stack_id


def test_the_stack_conforms_to_the_provider_schema(management: Stack) -> None:
    violations = check_synthesized(management.doc, load_project_schemas())
    assert not violations, format_violations(violations)


BUILT_IN_ROLES = {"Project deployer"}  # Octopus's own user roles, which no stack creates


def test_names_the_runbooks_terraform_looks_up_exist_in_the_management_space(management: Stack) -> None:
    """The runbook "Create Client Space" finds teams, roles, the Octopus Server set and its SpaceId template
    by name (`[for x in ... : x.id if x.name == "..."][0]`); after a rename that lookup fails at run time."""
    lookups = {
        (kind, name)
        for step in management.resources("octopusdeploy_process_step").values()
        for text in step.get("execution_properties", {}).values()
        for kind, name in re.findall(r'\b(\w+)\.name == "([^"]+)"', text)
    }
    sets = {
        body["name"]: {template["name"] for template in body.get("template", [])}
        for body in management.resources("octopusdeploy_library_variable_set").values()
    }
    known = {
        "team": {body["name"] for body in management.resources("octopusdeploy_team").values()},
        "role": {body["name"] for body in management.resources("octopusdeploy_user_role").values()}
        | BUILT_IN_ROLES,
        "set": set(sets),
        "t": sets[ri.OCTOPUS_SERVER],  # tenant_space_id.tf looks templates up in that set only
    }
    assert {kind for kind, _ in lookups} == known.keys()
    missing = sorted((kind, name) for kind, name in lookups if name not in known[kind])
    assert not missing, f"looked up by name but not in the management space: {missing}"


def test_each_team_has_its_own_user_as_its_only_member(management: Stack) -> None:
    """As in the RI: Editors holds the editor user, Deployers the deployer (region spaces grant roles)."""
    for team, username in (("Editors", "editor"), ("Deployers", "deployer")):
        user = (
            f"${{octopusdeploy_user.{management.logical_id('octopusdeploy_user', username, 'username')}.id}}"
        )
        assert management.body("octopusdeploy_team", team)["users"] == [user], team
