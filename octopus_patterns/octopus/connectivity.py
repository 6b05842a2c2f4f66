"""A project's or runbook's connectivity policy: how a deployment or run treats its deployment targets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SkipMachineBehavior = Literal["None", "SkipUnavailableMachines"]


@dataclass(frozen=True)
class ConnectivityPolicy:
    """`allow_deployments_to_no_targets`: a deployment may run with no target in its roles (for instance a
    process that creates its own target, or one whose steps all run on the server).
    `skip_machine_behavior`: "SkipUnavailableMachines" deploys to the targets that are up and skips the rest.
    """

    allow_deployments_to_no_targets: bool = True
    exclude_unhealthy_targets: bool = False
    skip_machine_behavior: SkipMachineBehavior = "None"


# What the RI sets on every project and runbook but K8S Microservice Template.
NO_TARGETS_NEEDED = ConnectivityPolicy()
# K8S Microservice Template: deploy to the Kubernetes targets that answer, never to none.
SKIP_UNAVAILABLE_TARGETS = ConnectivityPolicy(
    allow_deployments_to_no_targets=False, skip_machine_behavior="SkipUnavailableMachines"
)
