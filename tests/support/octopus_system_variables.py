"""The variables Octopus itself provides, by where they exist.

Transcribed (names only) from Octopus's documentation:
- "System variables", https://octopus.com/docs/projects/variables/system-variables (OctopusDeploy/docs,
  src/pages/docs/projects/variables/system-variables.md at 013848aa): release, deployment, action, output,
  step, agent, worker pool, server and runbook variables. Release variables exist in deployments only (a
  runbook run has no release); runbook variables in runbook runs only; `Octopus.Deployment.Tenant.*` is
  "not present for untenanted deployments".
- "Release versioning", https://octopus.com/docs/releases/release-versioning: the special variables of a
  project's release version template.
- "Azure account variables" and "Certificate variables" (https://octopus.com/docs/projects/variables/...): the
  properties an account- or certificate-typed variable expands to.
The "User-modifiable settings" of the system variables page (OctopusPrintVariables, ...) are not provided by
Octopus: a process that reads one must define it, so they are not listed here.
"""

from __future__ import annotations

import re

_DEPLOYMENT = (
    "Octopus.Acquire.MaxParallelism",
    "Octopus.Acquire.DeltaCompressionEnabled",
    "Octopus.Deployment.Comments",
    "Octopus.Deployment.Created",
    "Octopus.Deployment.CreatedBy.DisplayName",
    "Octopus.Deployment.CreatedBy.EmailAddress",
    "Octopus.Deployment.CreatedBy.Id",
    "Octopus.Deployment.CreatedBy.Username",
    "Octopus.Deployment.Error",
    "Octopus.Deployment.ErrorDetail",
    "Octopus.Deployment.ForcePackageDownload",
    "Octopus.Deployment.Id",
    "Octopus.Deployment.Name",
    "Octopus.Deployment.PreviousSuccessful.Id",
    "Octopus.Deployment.Machines",
    "Octopus.Deployment.SpecificMachines",
    "Octopus.Deployment.ExcludedMachines",
    "Octopus.Deployment.Trigger.Id",
    "Octopus.Deployment.Trigger.Name",
    "Octopus.Deployment.WorkerLeaseCap",
    "Octopus.Deployment.Changes",
    "Octopus.Deployment.WorkItems",
    "Octopus.Deployment.PackageBuildInformation",
    "Octopus.Deployment.ChangesMarkdown",
    "Octopus.Environment.Id",
    "Octopus.Environment.Name",
    "Octopus.Environment.SortOrder",
    "Octopus.Machine.Id",
    "Octopus.Machine.Name",
    "Octopus.Machine.Roles",
    "Octopus.Machine.Hostname",
    "Octopus.Project.Id",
    "Octopus.Project.Name",
    "Octopus.ProjectGroup.Id",
    "Octopus.ProjectGroup.Name",
    "Octopus.Space.Id",
    "Octopus.Space.Name",
    "Octopus.Task.Id",
    "Octopus.Task.Name",
    "Octopus.Task.QueueTime",
    "Octopus.Task.QueueTimeExpiry",
    "Octopus.Tentacle.CurrentDeployment.PackageFilePath",
    "Octopus.Tentacle.CurrentDeployment.TargetedRoles",
    "Octopus.Tentacle.PreviousInstallation.CustomInstallationDirectory",
    "Octopus.Tentacle.PreviousInstallation.OriginalInstalledPath",
    "Octopus.Tentacle.PreviousInstallation.PackageFilePath",
    "Octopus.Tentacle.PreviousInstallation.PackageVersion",
    "Octopus.Web.ProjectLink",
    # Action, step, agent, worker pool and server variables: while any step runs.
    "Octopus.Action.Container.Image",
    "Octopus.Action.Id",
    "Octopus.Action.IsSkipped",
    "Octopus.Action.MaxParallelism",
    "Octopus.Action.Name",
    "Octopus.Action.Number",
    "Octopus.Action.Package.InstallationDirectoryPath",
    "Octopus.Action.Package.FeedId",
    "Octopus.Action.Package.PackageId",
    "Octopus.Action.Package.PackageVersion",
    "Octopus.Action.TargetRoles",
    "Octopus.Action.Template.Id",
    "Octopus.Action.Template.Version",
    "Octopus.Action.Status.Error",
    "Octopus.Action.Status.ErrorDetail",
    "Octopus.Step.Id",
    "Octopus.Step.Name",
    "Octopus.Step.Number",
    "Octopus.Step.Status.Code",
    "Octopus.Step.Status.Error",
    "Octopus.Step.Status.ErrorDetail",
    "Octopus.Tentacle.Agent.ApplicationDirectoryPath",
    "Octopus.Tentacle.Agent.InstanceName",
    "Octopus.Tentacle.Agent.ProgramDirectoryPath",
    "Octopus.Agent.ProgramDirectoryPath",
    "Octopus.WorkerPool.Id",
    "Octopus.WorkerPool.Name",
    "Octopus.Web.BaseUrl",
    "Octopus.Web.ServerUri",
)
_RELEASE = (
    "Octopus.Release.Id",
    "Octopus.Release.Number",
    "Octopus.Release.Notes",
    "Octopus.Release.Created",
    "Octopus.Release.Channel.Name",
    "Octopus.Release.Previous.Id",
    "Octopus.Release.Previous.Number",
    "Octopus.Release.PreviousForEnvironment.Id",
    "Octopus.Release.PreviousForEnvironment.Number",
    "Octopus.Release.CurrentForEnvironment.Id",
    "Octopus.Release.CurrentForEnvironment.Number",
    "Octopus.Release.Git.BranchName",
    "Octopus.Release.Git.CommitHash",
    "Octopus.Release.Git.Ref",
    "Octopus.Web.ReleaseLink",
    "Octopus.Web.DeploymentLink",
)
_RUNBOOK = (
    "Octopus.Runbook.Id",
    "Octopus.Runbook.Name",
    "Octopus.RunbookRun.Created",
    "Octopus.RunbookRun.CreatedUtc",
    "Octopus.RunbookRun.Git.BranchName",
    "Octopus.RunbookRun.Git.CommitHash",
    "Octopus.RunbookRun.Git.Ref",
    "Octopus.RunbookRun.Git.TagName",
    "Octopus.RunbookRun.Id",
    "Octopus.RunbookRun.Name",
    "Octopus.RunbookSnapshot.Id",
    "Octopus.RunbookSnapshot.Name",
    "Octopus.RunbookSnapshot.Notes",
    "Octopus.Web.RunbookSnapshotLink",
    "Octopus.Web.RunbookRunLink",
)
_TENANT = ("Octopus.Deployment.Tenant.Id", "Octopus.Deployment.Tenant.Name", "Octopus.Deployment.Tenant.Tags")

_VERSION_PARTS = [
    f"{when}{part}"
    for when in ("Last", "Next")
    for part in ("Major", "Minor", "Patch", "Build", "Revision", "Suffix")
]
_VERSIONING = (
    *(f"Octopus.Version.{part}" for part in _VERSION_PARTS),
    *(f"Octopus.Version.Channel.{part}" for part in _VERSION_PARTS),
    "Octopus.Release.Channel.Name",
    *(f"Octopus.Date.{part}" for part in ("Day", "Month", "Year", "DayOfYear")),
    *(f"Octopus.Time.{part}" for part in ("Hour", "Minute", "Second")),
)


def _lower(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(name.lower() for name in names)


DEPLOYMENT_AND_RUNBOOK = _lower(_DEPLOYMENT)
RELEASE_ONLY = _lower(_RELEASE)
RUNBOOK_ONLY = _lower(_RUNBOOK)
TENANTED_ONLY = _lower(_TENANT)
VERSION_TEMPLATE = _lower(_VERSIONING)

# Indexed system variables: `[...]` holds any text.
INDEXED_DEPLOYMENT_AND_RUNBOOK = (
    re.compile(r"^octopus\.environment\.machinesinrole\[[^\]]*\]$"),
    re.compile(r"^octopus\.task\.argument\[[^\]]*\]$"),
    re.compile(r"^octopus\.deployment\.targets\[[^\]]*\]\.(id|name)$"),
)
INDEXED_RELEASE_ONLY = (re.compile(r"^octopus\.release\.customfields\[[^\]]*\]$"),)
INDEXED_VERSION_TEMPLATE = (
    re.compile(
        r"^octopus\.version\.channel\[[^\]]*\]\.(last|next)(major|minor|patch|build|revision|suffix)$"
    ),
)

# What a step's package reference named X contributes: Octopus.Action.Package[X].<property>.
PACKAGE_REFERENCE_PROPERTIES = _lower(
    (
        "PackageId",
        "FeedId",
        "PackageVersion",
        "OriginalPath",
        "ExtractedPath",
        "PackageFilePath",
        "PackageFileName",
        "Image",
        "Registry",
        "Version",
        "Feed.UserName",
        "Feed.Password",
    )
)
OUTPUT_VARIABLE = re.compile(r"^octopus\.action\[(?P<step>[^\]]*)\]\.output\..+$")
PACKAGE_VARIABLE = re.compile(r"^octopus\.action\.package\[(?P<package>[^\]]*)\]\.(?P<property>.+)$")

# Properties an account- or certificate-typed variable V expands to (V.<property>), by variable type.
TYPED_VARIABLE_PROPERTIES: dict[str, frozenset[str]] = {
    "azureaccount": _lower(
        (
            "SubscriptionNumber",
            "Client",
            "Password",
            "OpenIdConnect.Jwt",
            "TenantId",
            "AzureEnvironment",
            "ResourceManagementEndpointBaseUri",
            "ActiveDirectoryEndpointBaseUri",
        )
    ),
    "certificate": _lower(
        (
            "Type",
            "Name",
            "Thumbprint",
            "RawOriginal",
            "Password",
            "Pfx",
            "Certificate",
            "PrivateKey",
            "CertificatePem",
            "PrivateKeyPem",
            "ChainPem",
            "Subject",
            "SubjectCommonName",
            "Issuer",
            "NotBefore",
            "NotAfter",
        )
    ),
}
