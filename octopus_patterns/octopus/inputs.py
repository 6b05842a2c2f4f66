"""Terraform input variables (set as TF_VAR_<name>), created by the stack that reads them."""

from __future__ import annotations

from cdktf import TerraformVariable
from constructs import Construct


def string_input(
    scope: Construct, name: str, description: str, *, sensitive: bool, default: str = ""
) -> TerraformVariable:
    """A string input. The default is empty: every consumer here treats "" as "not given".

    Its Terraform name is exactly `name` wherever the construct sits, so TF_VAR_<name> sets it.
    """
    variable = TerraformVariable(
        scope,
        name,
        type="string",
        default=default,
        sensitive=sensitive,
        nullable=False,
        description=f"{description} (TF_VAR_{name})",
    )
    variable.override_logical_id(name)
    return variable
