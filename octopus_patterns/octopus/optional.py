"""Optional inputs, decided by Terraform at plan time: resources that exist only when their inputs were given,
and attributes that are left unset (null) when theirs was not.

The inputs are Terraform variables (often sensitive), unknown while Python synthesizes, so the choice is a
`count` expression or a conditional. Terraform forbids sensitive values in `count`; `nonsensitive()` is
applied to the derived "was it given?" boolean only, never to the value itself.

An empty string is never sent where the provider requires a non-empty one (its LengthAtLeast(1) validators,
e.g. every feed's and certificate's `password`): `sensitive_or_null` turns "" into null.
"""

from __future__ import annotations

from typing import Any

from cdktf import Fn, Op, TerraformCount, TerraformResource, TerraformVariable, Token


def is_given(variable: TerraformVariable | str) -> Any:
    """`length(x) >= 1`: true when the input (a variable, or a string token) is a non-empty string.

    (Written with `>= 1` because cdktf 0.21 renders falsy literals such as `""` and `0` in `Op`
    expressions as `undefined`.)
    """
    value = variable.string_value if isinstance(variable, TerraformVariable) else variable
    return Op.gte(Fn.length_of(value), 1)


def count_when_given(*inputs: TerraformVariable) -> TerraformCount:
    """1 when every input is a non-empty string, else 0."""
    if not inputs:
        raise ValueError("count_when_given needs at least one input")
    condition = is_given(inputs[0])
    for variable in inputs[1:]:
        condition = Op.and_(condition, is_given(variable))
    return TerraformCount.of(Token.as_number(Fn.conditional(Fn.nonsensitive(condition), 1, 0)))


def sensitive_or_null(value: TerraformVariable | str) -> str:
    """`length(x) >= 1 ? sensitive(x) : null`: the input, kept sensitive, or null (unset) when empty.

    `value` may be a variable or a string token (another stack's output, say): the choice is made where the
    attribute is set, so a cross-stack value stays a plain string in between.
    """
    text = value.string_value if isinstance(value, TerraformVariable) else value
    return Token.as_string(Fn.conditional(is_given(text), Fn.sensitive(text), Token.null_value()))


def given_or(variable: TerraformVariable, fallback: str) -> str:
    """The input's value when it is a non-empty string, else `fallback` (a token)."""
    return Token.as_string(Fn.conditional(is_given(variable), variable.string_value, fallback))


def optional_id(resource: TerraformResource) -> str:
    """The ID of a resource created with `count` 0 or 1: its ID, or "" when it was left out.

    An empty string rather than null, so it can stand in maps of step properties and in variable values
    (an unset account), where null is not accepted.
    """
    ids_or_empty = Fn.concat([Fn.lookup_nested(resource, ["*", "id"]), [""]])
    return Token.as_string(Fn.element(ids_or_empty, 0))
