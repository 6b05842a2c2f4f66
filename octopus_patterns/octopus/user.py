"""An Octopus user whose password is generated and published only as a sensitive stack output."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf import TerraformOutput
from constructs import Construct

from octopus_patterns.bindings.octopusdeploy.user import User
from octopus_patterns.octopus.generated_password import GeneratedPassword
from octopus_patterns.octopus.resource import ResourceConstruct


@dataclass(frozen=True)
class OctopusUserProps:
    username: str
    display_name: str
    email_address: str


class OctopusUser(ResourceConstruct[OctopusUserProps, User]):
    """`password` is the generated password (sensitive), also the stack output `<username>_password`."""

    def __init__(self, scope: Construct, id: str, props: OctopusUserProps) -> None:
        super().__init__(scope, id)
        self.props = props
        self.generated_password = GeneratedPassword(self, "password")
        self.resource = User(
            self,
            "user",
            username=props.username,
            display_name=props.display_name,
            email_address=props.email_address,
            is_active=True,
            is_service=False,
            password=self.password,
        )
        output = TerraformOutput(
            self,
            "password_output",
            value=self.password,
            sensitive=True,
            description=f"Generated password of the Octopus user {props.username!r}",
        )
        output.override_logical_id(f"{props.username}_password")

    @property
    def password(self) -> str:
        return self.generated_password.value
