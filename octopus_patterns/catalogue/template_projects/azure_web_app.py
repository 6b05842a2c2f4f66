"""What "Azure Web App CaC" holds: its (Git-kept) deployment process, variables and Azure runbooks.

Everything that needs the Azure account ("Create Web App", the Octopus.Azure.Account variable and the
Delete/Get Logs/Restart Web App runbooks) is left out when the estate has no Azure account.
"""

from __future__ import annotations

from octopus_patterns.catalogue.scripts import read_script, render
from octopus_patterns.octopus.process import PackageReference, StepSpec, script_step
from octopus_patterns.octopus.project_variable import ProjectVariableSpec
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.runbook import RunbookSpec

WEB_APP_ROLE = "octopub-webapp-cac"
AZURE_LOCATION = "australiaeast"
# One resource group, plan and web app per space, project and environment.
RESOURCE_NAME = (
    '#{Octopus.Space.Name | Replace "[^A-Za-z0-9]" "-" | ToLower}'
    '-#{Octopus.Project.Name | Replace "[^A-Za-z0-9]" "-" | ToLower}'
    '-#{Octopus.Environment.Name | Replace "[^A-Za-z0-9]" "-" | ToLower}'
)
_EXTRACT = {"Extract": "True"}


def azure_web_app_steps(
    account: HasId | None, docker_feed: HasId, maven_feed: HasId, security: HasId
) -> tuple[StepSpec, ...]:
    """Create Web App (given an account), Deploy Web App, End-to-end Test, Check for Vulnerabilities."""
    not_in_security = (security,)
    create: tuple[StepSpec, ...] = ()
    if account is not None:
        body = render(
            "create_web_app.sh",
            resource_name=RESOURCE_NAME,
            location=AZURE_LOCATION,
            target_role=WEB_APP_ROLE,
        )
        create = (_azure_script("Create Web App", body, account, not_in_security),)
    deploy = StepSpec(
        name="Deploy Web App",
        action_type="Octopus.AzureAppService",
        # DownloadOnTentacle ("False") follows from the primary package's acquisition location.
        properties={"Octopus.Action.Azure.DeploymentType": "Container"},
        target_roles=(WEB_APP_ROLE,),
        primary_package=PackageReference("#{Azure.WebApp.PackageId}", docker_feed, "NotAcquired"),
        excluded_environments=not_in_security,
    )
    cypress = script_step(
        "End-to-end Test with Cypress",
        render("cypress_test.sh", resource_name=RESOURCE_NAME),
        packages={
            "octopub-cypress": PackageReference("com.octopus:octopub-cypress", maven_feed, "Server", _EXTRACT)
        },
        excluded_environments=not_in_security,
    )
    scan = script_step(
        "Check for Vulnerabilities",
        read_script("vulnerability_scan.sh"),
        is_required=True,
        packages={"sbom": PackageReference("com.octopus:octopub-sbom", maven_feed, "Server", _EXTRACT)},
    )
    return (*create, deploy, cypress, scan)


def azure_web_app_variables(account: HasId | None) -> list[ProjectVariableSpec]:
    variables = [
        ProjectVariableSpec(
            "Azure.WebApp.PackageId", "octopussamples/octopub", "The Docker image to deploy to the web app"
        ),
        ProjectVariableSpec(
            "Project.VulnerabilityScan.Enabled",
            "True",
            "Set this value to False to disable the vulnerability scan step",
        ),
        ProjectVariableSpec(
            "Project.CypressTest.Enabled", "True", "Set this value to False to disable the Cypress test step"
        ),
    ]
    if account is not None:
        variables.append(ProjectVariableSpec("Octopus.Azure.Account", account.id, type="AzureAccount"))
    return variables


_WEB_APP_RUNBOOKS = (
    (
        "Delete Web App",
        "delete_web_app.sh",
        "WARNING: This is a destructive operation!\nDelete the resource group holding the web app.",
    ),
    (
        "Get Web App Logs",
        "get_web_app_logs.sh",
        "Get the web app logs. This runbook is non-destructive and can be run at any time.",
    ),
    (
        "Restart Web App",
        "restart_web_app.sh",
        "Restart the web app. This runbook is non-destructive, however it may introduce some down time.",
    ),
)


def web_app_runbooks(account: HasId | None) -> list[RunbookSpec]:
    """Delete, Get Logs and Restart Web App, each one Azure CLI step; none without an account."""
    if account is None:
        return []
    return [
        RunbookSpec(
            name=name,
            description=description,
            steps=(_azure_script(name, render(script, resource_name=RESOURCE_NAME), account),),
        )
        for name, script, description in _WEB_APP_RUNBOOKS
    ]


def _azure_script(name: str, body: str, account: HasId, excluded: tuple[HasId, ...] = ()) -> StepSpec:
    """A Bash script run by the "Run an Azure script" step, logged in to Azure with `account`."""
    return script_step(
        name,
        body,
        action_type="Octopus.AzurePowerShell",
        extra_properties={"Octopus.Action.Azure.AccountId": account.id},
        excluded_environments=excluded,
    )
