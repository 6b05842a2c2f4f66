"""The "PR Checks" project (added to the RI after fe57a95): a runbook Gitea's pull-request webhook runs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from constructs import Construct

from octopus_patterns.catalogue.scripts import read_script
from octopus_patterns.octopus.process import script_step
from octopus_patterns.octopus.project import OctopusProject, ProjectProps
from octopus_patterns.octopus.project_variable import (
    ProjectVariables,
    ProjectVariableSpec,
    ProjectVariablesProps,
)
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.runbook import OctopusRunbook, RunbookProps, RunbookSpec
from octopus_patterns.octopus.variable_prompt import VariablePromptSpec

PR_CHECKS = "PR Checks"
WEBHOOK_BODY = "Webhook.Pr.Body"


@dataclass(frozen=True)
class PrChecksProjectProps:
    space: HasId
    project_group: HasId
    lifecycle: HasId
    sync_environment: HasId  # where the runbook runs
    git_variables: HasId  # the "Git" library variable set: the Gitea account the check reads the PR with


class PrChecksProject(Construct):
    def __init__(self, scope: Construct, id: str, props: PrChecksProjectProps) -> None:
        super().__init__(scope, id)
        self.project = OctopusProject(
            self,
            "project",
            ProjectProps(
                space=props.space,
                name=PR_CHECKS,
                description="This project hosts runbooks used to verify Gitea pull requests.",
                project_group=props.project_group,
                lifecycle=props.lifecycle,
                library_variable_sets=[props.git_variables],
            ),
        )
        body = ProjectVariableSpec(
            WEBHOOK_BODY,
            "",
            description="The Gitea PR webhook body.",
            prompt=VariablePromptSpec("Webhook Body", "The Gitea Webhook body.", is_required=True),
        )
        ProjectVariables(
            self,
            "variables",
            ProjectVariablesProps(space=props.space, project=self.project, variables=(body,)),
        )
        check = script_step("Run PR Checks", read_script("check_pr.py"), syntax="Python")
        self.runbook = OctopusRunbook(
            self,
            "runbook",
            RunbookProps(
                space=props.space,
                project=self.project,
                spec=RunbookSpec(
                    name="PR Check",
                    description="This runbook checks changes being made to the Hello World CaC project.",
                    steps=(check,),
                    environments=(props.sync_environment,),
                ),
            ),
        )

    @cached_property
    def id(self) -> str:
        return self.project.id
