"""Runbooks that set up a tenant's space: "Create Client Space" and the two "Initialize Space" runbooks.

Each step applies a small inline Terraform template (scripts/terraform/) with a pg state per tenant.
"Create Client Space" creates the space on the tenant's server, records its ID in the tenant's
ManagedTenant.Octopus.SpaceId (management space) and deploys the shared resources into it; the "__ Compose"
projects add an Azure account or a Kubernetes target to the space the tenant variables point at.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from octopus_patterns.catalogue import management as ri
from octopus_patterns.catalogue.template_projects import client_space_terraform as client_tf
from octopus_patterns.catalogue.template_projects.client_space_terraform import CLIENT_MAVEN_FEED
from octopus_patterns.catalogue.template_projects.common_steps import (
    MANAGED_SERVER,
    MANAGED_SPACE,
    MANAGEMENT,
    StateLocation,
    TerraformTarget,
    create_state_table_step,
    terraform_apply_step,
)
from octopus_patterns.catalogue.template_projects.hcl import string
from octopus_patterns.catalogue.template_projects.naming import (
    COMPOSE_AZURE,
    COMPOSE_K8S,
    CREATE_CLIENT_SPACE,
    repository_for,
)
from octopus_patterns.octopus.process import StepSpec
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.runbook import RunbookSpec

NEW_SPACE_ID = "#{Octopus.Action[Create Client Space].Output.TerraformValueOutputs[space_id]}"
TENANT_NAME = "#{Octopus.Deployment.Tenant.Name}"
IN_NEW_SPACE = MANAGED_SERVER.in_space(NEW_SPACE_ID)
# The estate's stacks create and stamp the configured regions' spaces and set their tenants' SpaceId.
# The runbook serves tenants added later (SpaceId still the template default) and skips all steps for others.
ONLY_WITHOUT_A_SPACE = '#{if ManagedTenant.Octopus.SpaceId == "Unknown"}True#{/if}'


def _unless_space_exists(step: StepSpec) -> StepSpec:
    return replace(step, condition="Variable", condition_expression=ONLY_WITHOUT_A_SPACE)


def _client_space_apply(
    name: str,
    template: str,
    target: TerraformTarget = IN_NEW_SPACE,
    *,
    rendered: Mapping[str, str] | None = None,
    schema: str | None = None,
    **params: str,
) -> StepSpec:
    state = StateLocation(repository_for(CREATE_CLIENT_SPACE), schema or template.removesuffix(".tf"))
    return terraform_apply_step(name, template, target, state, rendered=rendered, **params)


# The five environments of a client space: four in "Deploy Environments", Sync with its lifecycle.
_ENVIRONMENTS = tuple(spec for spec in ri.ENVIRONMENTS if spec.name != ri.SYNC)
(_SYNC_ENVIRONMENT,) = (spec for spec in ri.ENVIRONMENTS if spec.name == ri.SYNC)
(_SYNC_LIFECYCLE,) = (fact for fact in ri.LIFECYCLES if fact.name == ri.SYNC_LIFECYCLE)
_LIFECYCLES = tuple(fact for fact in ri.LIFECYCLES if fact.name != ri.SYNC_LIFECYCLE)


def _team_steps() -> tuple[StepSpec, ...]:
    """The RI's "Configure Project Editor Team" and "... Deployer Team", one per CLIENT_SPACE_TEAM_GRANTS
    entry (each keeps its own state schema, as before the grants were shared)."""
    steps = {"Editors": ("Configure Project Editor Team", "editor_team"),
             "Deployers": ("Configure Project Deployer Team", "deployer_team")}  # fmt: skip
    return tuple(
        _client_space_apply(
            steps[grant.team][0],
            "team_roles.tf",
            rendered={"grants": client_tf.team_roles(grant)},
            schema=steps[grant.team][1],
        )
        for grant in ri.CLIENT_SPACE_TEAM_GRANTS
    )


def create_client_space_runbook(sync: HasId) -> RunbookSpec:
    steps = (
        create_state_table_step(repository_for(CREATE_CLIENT_SPACE)),
        _client_space_apply("Create Client Space", "space.tf", MANAGED_SERVER, space_name=TENANT_NAME),
        *_team_steps(),
        _client_space_apply(
            "Link Space ID to Tenant",
            "tenant_space_id.tf",
            MANAGEMENT,
            tenant_name=TENANT_NAME,
            client_space_id=NEW_SPACE_ID,
        ),
        _client_space_apply(
            "Deploy Environments",
            "environments.tf",
            rendered={"environments": client_tf.environments(_ENVIRONMENTS)},
        ),
        _client_space_apply(
            "Deploy Sync Environment",
            "sync_environment.tf",
            rendered={
                "sync_environment": client_tf.environments((_SYNC_ENVIRONMENT,)),
                "sync_lifecycle": client_tf.lifecycles(
                    (_SYNC_LIFECYCLE,), {ri.SYNC: "octopusdeploy_environment.sync.id"}
                ),
            },
        ),
        _client_space_apply(
            "Deploy Lifecycles",
            "lifecycles.tf",
            rendered={
                "lifecycles": client_tf.lifecycles(
                    _LIFECYCLES, {env.name: f"local.environment[{string(env.name)}]" for env in _ENVIRONMENTS}
                )
            },
        ),
        _client_space_apply(
            "Deploy Git Creds",
            "git_credential.tf",
            git_username="#{Git.Credentials.Username}",
            git_password="#{Git.Credentials.Password}",
        ),
        _client_space_apply(
            "Deploy Maven Feed",
            "maven_feed.tf",
            rendered={"maven_feed": client_tf.maven_feed(CLIENT_MAVEN_FEED)},
        ),
        _client_space_apply(
            "Deploy DockerHub Feed",
            "docker_feed.tf",
            docker_username="#{Tenant.Docker.Username}",
            docker_password="#{Tenant.Docker.Password}",
        ),
        _client_space_apply(
            "Deploy Hello World Project Group",
            "project_group.tf",
            project_group_name="Hello World",
            project_group_description="Holds the simple Hello World project",
        ),
        _client_space_apply(
            "Deploy Slack Variable Library",
            "slack_variables.tf",
            slack_bot_token="#{Slack.Bot.Token}",
            slack_support_users="#{Slack.Support.Users}",
        ),
    )
    return RunbookSpec(
        name="Create Client Space",
        description="Creates the tenant's space and fills it with environments, feeds and more.",
        environments=(sync,),
        multi_tenancy_mode="Tenanted",
        steps=tuple(_unless_space_exists(step) for step in steps),
    )


def _initialize_space_runbook(
    project_name: str, kind: str, configure: tuple[str, str, dict[str, str]], sync: HasId
) -> RunbookSpec:
    """Create the State Table; configure the account or target; deploy the project group named `kind`."""
    database = repository_for(project_name)
    step_name, template, params = configure
    group_step = "Deploy K8s Project Group" if kind == "Kubernetes" else f"Deploy {kind} Project Group"
    return RunbookSpec(
        name="Initialize Space",
        description=f"This runbook initializes a space with common {kind} resources sourced from a tenant.",
        environments=(sync,),
        multi_tenancy_mode="Tenanted",
        steps=(
            create_state_table_step(database),
            terraform_apply_step(
                step_name,
                template,
                MANAGED_SPACE,
                StateLocation(database, template.removesuffix(".tf")),
                rendered=None,
                **params,
            ),
            terraform_apply_step(
                group_step,
                "project_group.tf",
                MANAGED_SPACE,
                StateLocation(database, "project_group"),
                project_group_name=kind,
                project_group_description=f"Holds the {kind} projects",
            ),
        ),
    )


def initialize_azure_space_runbook(sync: HasId) -> RunbookSpec:
    azure = {
        "azure_application_id": "#{Tenant.Azure.ApplicationId}",
        "azure_subscription_id": "#{Tenant.Azure.SubscriptionId}",
        "azure_tenant_id": "#{Tenant.Azure.TenantId}",
        "azure_password": "#{Tenant.Azure.Password}",
    }
    return _initialize_space_runbook(
        COMPOSE_AZURE, "Azure", ("Configure the Azure Account", "azure_account.tf", azure), sync
    )


def initialize_kubernetes_space_runbook(sync: HasId) -> RunbookSpec:
    cluster = {
        "k8s_cluster_url": "#{Tenant.K8S.Url}",
        "k8s_client_cert": "#{Tenant.K8S.CertificateData}",
        "k8s_client_cert_password": "#{Tenant.K8S.CertificatePassword}",
    }
    return _initialize_space_runbook(
        COMPOSE_K8S, "Kubernetes", ("Configure the Kubernetes Target", "kubernetes_target.tf", cluster), sync
    )
