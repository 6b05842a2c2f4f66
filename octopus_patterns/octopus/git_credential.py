"""A Git credential that config-as-code projects use to reach their repositories."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf import Fn
from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.git_credential import GitCredential as GitCredentialResource
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.resource import ResourceConstruct


@dataclass(frozen=True)
class GitCredentialProps:
    space: HasId
    name: str
    username: str
    password: str  # sensitive token
    description: str = ""


class GitCredential(ResourceConstruct[GitCredentialProps, GitCredentialResource]):
    def __init__(self, scope: Construct, id: str, props: GitCredentialProps) -> None:
        super().__init__(scope, id)
        self.props = props
        self.resource = GitCredentialResource(
            self,
            "credential",
            space_id=props.space.id,
            name=props.name,
            description=props.description,
            type="UsernamePassword",
            username=props.username,
            password=Fn.sensitive(props.password),
        )
