"""Generated credentials (hashicorp/random): values live only in Terraform state, never in code or JSON."""

from __future__ import annotations

from cdktf_cdktf_provider_random.bytes import Bytes
from cdktf_cdktf_provider_random.password import Password
from constructs import Construct

# Characters that need no quoting in an MSSQL connection string, a URL or a shell environment.
SAFE_SPECIALS = "!#%*-_+"


def strong_password(scope: Construct, id: str, *, length: int = 24) -> Password:
    """Upper, lower, digits and a special: meets MSSQL's and Octopus's password policies."""
    return Password(
        scope,
        id,
        length=length,
        special=True,
        override_special=SAFE_SPECIALS,
        min_upper=2,
        min_lower=2,
        min_numeric=2,
        min_special=2,
    )


def url_safe_password(scope: Construct, id: str, *, length: int = 32) -> Password:
    """Letters and digits only, so it can sit in a postgres:// URL unescaped."""
    return Password(scope, id, length=length, special=False, min_upper=2, min_lower=2, min_numeric=2)


def octopus_api_key(scope: Construct, id: str) -> Password:
    """The random part of an Octopus API key ("API-" + 27 upper-case letters and digits)."""
    return Password(scope, id, length=27, special=False, lower=False, upper=True, numeric=True, min_numeric=2)


def master_key(scope: Construct, id: str) -> Bytes:
    """Octopus's master key: 16 random bytes, read as `.base64`.

    `random_bytes`, not `random_id`: the random provider marks `base64` (and `hex`) sensitive, so Terraform
    never shows the key in a plan, `terraform show` or a log; every attribute of `random_id` is shown.
    """
    return Bytes(scope, id, length=16)
