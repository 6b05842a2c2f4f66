#!/usr/bin/env python3
"""An app of its own that reuses octopus-patterns: one team's space on an Octopus server that already runs.

It uses only the library's public API, as any app that installs the wheel would. Its `imports/` package is its
own (what `cdktf get` would fill); the library brings its provider bindings under its own name.
Synthesize with `cdktf synth` (or `python3 main.py`); deploying needs `TF_VAR_octopus_api_key`.
"""

from __future__ import annotations

import os

from cdktf import App, LocalBackend, TerraformStack
from constructs import Construct

from octopus_patterns import (
    EnvironmentSet,
    EnvironmentSetProps,
    EnvironmentSpec,
    LifecyclePhaseSpec,
    ManagedLifecycle,
    ManagedLifecycleProps,
    ManagedSpace,
    ManagedSpaceProps,
    OctopusProject,
    OctopusProviderConnection,
    OctopusServerEndpoint,
    ProjectGroup,
    ProjectGroupProps,
    ProjectProps,
    RetentionPolicy,
    secret_variable,
)

OCTOPUS_URL = os.environ.get("OCTOPUS_URL", "https://octopus.example.com")
ENVIRONMENTS = ("Development", "Test", "Production")


class TeamSpaceStack(TerraformStack):
    """A managed space with three environments, a lifecycle through them, and one project."""

    def __init__(self, scope: Construct, id: str, *, team: str) -> None:
        super().__init__(scope, id)
        # State next to cdktf.json (Terraform runs in cdktf.out/stacks/<id>/); relative, so the JSON holds no
        # path of this machine.
        LocalBackend(self, path=f"../../../{id}.tfstate")
        api_key = secret_variable(self, "octopus_api_key", f"API key of the Octopus server {OCTOPUS_URL}")
        OctopusProviderConnection(
            self,
            "octopus",
            OctopusServerEndpoint(url=OCTOPUS_URL, api_key=api_key.string_value, internal_url=OCTOPUS_URL),
        )
        self.space = ManagedSpace(self, "space", ManagedSpaceProps(name=team, description=f"{team}'s space"))
        self.environments = EnvironmentSet(
            self,
            "environments",
            EnvironmentSetProps(
                space=self.space,
                environments=[EnvironmentSpec(name, sort_order=i) for i, name in enumerate(ENVIRONMENTS)],
            ),
        )
        self.lifecycle = ManagedLifecycle(
            self,
            "lifecycle",
            ManagedLifecycleProps(
                space=self.space,
                name="Application",
                description="Development first, then Test, then Production",
                phases=[
                    LifecyclePhaseSpec(name, automatic_environments=[self.environments[name]])
                    if name == "Development"
                    else LifecyclePhaseSpec(name, optional_environments=[self.environments[name]])
                    for name in ENVIRONMENTS
                ],
                release_retention=RetentionPolicy(quantity_to_keep=30),
            ),
        )
        self.group = ProjectGroup(self, "group", ProjectGroupProps(space=self.space, name="Applications"))
        self.project = OctopusProject(
            self,
            "project",
            ProjectProps(
                space=self.space,
                name="Web Shop",
                project_group=self.group,
                lifecycle=self.lifecycle,
                description=f"{team}'s web shop",
            ),
        )


def main() -> None:
    app = App()
    TeamSpaceStack(app, "team-space", team="Team Blue")
    app.synth()


if __name__ == "__main__":
    main()
