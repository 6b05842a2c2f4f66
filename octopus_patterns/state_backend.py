"""Where each stack keeps its Terraform state: chosen in one place, from `[state]` in the configuration.

Terraform runs every stack inside `cdktf.out/stacks/<stack>/`, and a consumer stack reads a producer's
state through `terraform_remote_state` from *its own* directory. All stack directories sit at the same
depth, so one relative path (`../../../state/<stack>.tfstate`) names the same file from every one of
them: the backend and every remote-state read agree, and the synthesized JSON holds no absolute path.
"""

from __future__ import annotations

import posixpath

from cdktf import LocalBackend, PgBackend, TerraformStack

from octopus_patterns.config import PG_CONN_STR_ENV, StateConfig

# cdktf writes each stack to <outdir>/stacks/<id>/; outdir is "cdktf.out" (cdktf.json's default).
STACK_DIR_DEPTH = 3
# The project root as seen from a stack directory: where the local state files live (`[state] local_dir`).
PROJECT_ROOT_FROM_STACK_DIR = posixpath.join(*([".."] * STACK_DIR_DEPTH))
__all__ = [
    "PG_CONN_STR_ENV",
    "PROJECT_ROOT_FROM_STACK_DIR",
    "configure_state_backend",
    "local_state_path",
    "pg_schema_name",
]


def local_state_path(state: StateConfig, stack_id: str) -> str:
    """The state file's path as Terraform sees it from inside cdktf.out/stacks/<stack>/."""
    return posixpath.join(PROJECT_ROOT_FROM_STACK_DIR, state.local_dir, f"{stack_id}.tfstate")


def pg_schema_name(stack_id: str) -> str:
    return f"octopus_patterns_{stack_id.replace('-', '_')}"


def configure_state_backend(stack: TerraformStack, state: StateConfig, *, force_local: bool = False) -> None:
    """Give `stack` the configured backend. `force_local` is for the stack that creates the state database."""
    stack_id = stack.node.id
    if state.backend == "pg" and not force_local:
        # An empty conn_str makes Terraform read PG_CONN_STR (checked with Terraform 1.11), in the backend
        # and in every terraform_remote_state that cdktf derives from it.
        PgBackend(stack, conn_str="", schema_name=pg_schema_name(stack_id))
        return
    LocalBackend(stack, path=local_state_path(state, stack_id))
