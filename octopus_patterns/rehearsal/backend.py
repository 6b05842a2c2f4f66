"""Where the rehearsal keeps state, and which stack each `terraform_remote_state` reads.

By default every stack keeps local state in the work dir: local backends stay exactly as synthesized
(their relative paths resolve inside the work dir's copy of `cdktf.out`), and any other backend, with the
remote-state reads of it, becomes a local file there, so a rehearsal never writes to a real state store.
With `backend_from_synth` the synthesized backends stay as they are (pg reads PG_CONN_STR).
Either way, a local path that would leave the work dir is refused.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

STATE_DIR = "state"
_PG_CONN_STR_ENV = "PG_CONN_STR"


class BackendError(ValueError):
    pass


@dataclass(frozen=True)
class Backend:
    kind: str
    config: dict[str, Any]

    def identity(self, base: Path) -> tuple[str, str]:
        """What the backend points at, so that a remote-state read can be matched to its stack."""
        if self.kind == "local":
            return self.kind, str((base / self.config.get("path", "terraform.tfstate")).resolve())
        return self.kind, json.dumps(self.config, sort_keys=True)


def stack_backend(document: dict[str, Any]) -> Backend:
    backends = document.get("terraform", {}).get("backend", {})
    if len(backends) > 1:
        raise BackendError(f"more than one backend: {', '.join(backends)}")
    for kind, config in backends.items():
        return Backend(kind, dict(config))
    return Backend("local", {})


def remote_states(document: dict[str, Any]) -> dict[str, Backend]:
    reads = document.get("data", {}).get("terraform_remote_state", {})
    return {name: Backend(body["backend"], dict(body.get("config", {}))) for name, body in reads.items()}


@dataclass(frozen=True)
class StackPlace:
    id: str
    directory: Path  # the stack's directory inside the work dir
    document: dict[str, Any]  # as synthesized
    dependencies: tuple[str, ...]


class StatePlan:
    def __init__(
        self,
        workdir: Path,
        stacks: Mapping[str, StackPlace],
        *,
        from_synth: bool,
        environ: Mapping[str, str],
    ) -> None:
        self.workdir = workdir.resolve()
        self.stacks = stacks
        self.from_synth = from_synth
        self.environ = environ
        self._owners = {
            stack_backend(place.document).identity(place.directory): stack_id
            for stack_id, place in stacks.items()
        }

    def describe(self) -> str:
        if self.from_synth:
            return "backends as synthesized"
        return f"local state in {self.workdir / STATE_DIR} (non-local backends rewritten)"

    def producer(self, stack_id: str, remote: str) -> str:
        """The stack whose state `data.terraform_remote_state.<remote>` of `stack_id` reads."""
        place = self.stacks[stack_id]
        backend = remote_states(place.document)[remote]
        owner = self._owners.get(backend.identity(place.directory))
        where = f"stack {stack_id}: data.terraform_remote_state.{remote}"
        if owner is None:
            raise BackendError(f"{where} reads a state that no stack in the manifest writes")
        if owner not in place.dependencies:
            raise BackendError(
                f"{where} reads stack {owner}, which the manifest does not list as a dependency"
            )
        return owner

    def apply(self, stack_id: str, document: dict[str, Any]) -> dict[str, Any]:
        """`document` (the rewritten stack) with the backend and remote-state reads the rehearsal uses."""
        place = self.stacks[stack_id]
        backend = self._backend_for(stack_id)
        self._check(backend, place.directory, f"stack {stack_id}: backend")
        terraform = dict(document.get("terraform", {}))
        terraform["backend"] = {backend.kind: backend.config}
        result = {**document, "terraform": terraform}
        reads = document.get("data", {}).get("terraform_remote_state", {})
        if reads:
            rewritten = {}
            for remote, body in reads.items():
                producer = self.stacks[self.producer(stack_id, remote)]
                if stack_backend(producer.document).kind != "local" and not self.from_synth:
                    target = self._relocated(self._backend_for(producer.id), producer, place)
                    body = {**body, "backend": target.kind, "config": target.config}
                read = Backend(body["backend"], dict(body.get("config", {})))
                self._check(read, place.directory, f"stack {stack_id}: data.terraform_remote_state.{remote}")
                rewritten[remote] = body
            result["data"] = {**document["data"], "terraform_remote_state": rewritten}
        return result

    def _backend_for(self, stack_id: str) -> Backend:
        synthesized = stack_backend(self.stacks[stack_id].document)
        if self.from_synth or synthesized.kind == "local":
            return synthesized
        state = self.workdir / STATE_DIR / f"{stack_id}.tfstate"
        return Backend("local", {"path": os.path.relpath(state, self.stacks[stack_id].directory)})

    @staticmethod
    def _relocated(backend: Backend, producer: StackPlace, consumer: StackPlace) -> Backend:
        """A producer's local backend as a path seen from the consumer's directory."""
        state = (producer.directory / backend.config.get("path", "terraform.tfstate")).resolve()
        return Backend("local", {"path": os.path.relpath(state, consumer.directory.resolve())})

    def _check(self, backend: Backend, base: Path, where: str) -> None:
        if backend.kind == "local":
            state = (base / backend.config.get("path", "terraform.tfstate")).resolve()
            if not state.is_relative_to(self.workdir):
                raise BackendError(f"{where}: local state {state} is outside the work dir {self.workdir}")
        elif (
            backend.kind == "pg"
            and not backend.config.get("conn_str")
            and not self.environ.get(_PG_CONN_STR_ENV)
        ):
            raise BackendError(f"{where}: the pg backend needs {_PG_CONN_STR_ENV} in the environment")
