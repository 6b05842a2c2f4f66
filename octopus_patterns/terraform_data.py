"""Terraform's builtin `terraform_data` resource, which cdktf 0.21 has no class for."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cdktf import ITerraformDependable, LocalExecProvisioner, TerraformResource, Token
from constructs import Construct


class TerraformData(TerraformResource):
    """`terraform_data`: holds `input` (echoed as `output`) and runs its provisioners when replaced."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        input: Mapping[str, Any] | None = None,
        triggers_replace: Mapping[str, Any] | None = None,
        provisioners: Sequence[LocalExecProvisioner] | None = None,
        depends_on: Sequence[ITerraformDependable] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            terraform_resource_type="terraform_data",
            # An empty list would synthesize `"provisioner": []`, which Terraform rejects.
            provisioners=list(provisioners) if provisioners else None,
            depends_on=list(depends_on) if depends_on else None,
        )
        if input is not None:
            self.add_override("input", dict(input))
        if triggers_replace is not None:
            self.add_override("triggers_replace", dict(triggers_replace))

    def output_attribute(self, key: str) -> str:
        """A token for `output.<key>`: resolved only after this resource (and its provisioners) is applied."""
        return Token.as_string(self.interpolation_for_attribute(f"output.{key}"))
