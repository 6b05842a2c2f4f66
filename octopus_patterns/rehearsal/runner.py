"""The rehearsal: copy the synthesized stacks, stand in every provider, then run real Terraform over them
in dependency order (init, apply, a plan that must be empty), check the cross-stack values, and destroy
in reverse order."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from octopus_patterns.rehearsal.backend import BackendError, StackPlace, StatePlan, remote_states
from octopus_patterns.rehearsal.hcl import HclSyntaxError
from octopus_patterns.rehearsal.manifest import ManifestError, StackEntry, deployment_order, load_manifest
from octopus_patterns.rehearsal.schema import Schemas, default_schema_files
from octopus_patterns.rehearsal.standin import StackRewrite, StandInError, rewrite_stack
from octopus_patterns.rehearsal.terraform import Outcome, Terraform, TerraformError
from octopus_patterns.rehearsal.verify import VerificationError, check_reads, remote_reads

PROJECT_ROOT = Path(__file__).resolve().parents[2]
WORK_OUTDIR = "cdktf.out"  # the copy keeps cdktf.out/stacks/<id> so relative state paths still resolve
_COPY_IGNORE = shutil.ignore_patterns(
    ".terraform", "*.tfstate", "*.tfstate.*", ".terraform.lock.hcl", "terraform.tfvars.json"
)


@dataclass(frozen=True)
class Options:
    outdir: Path = Path("cdktf.out")
    workdir: Path | None = None  # default: a temporary directory
    backend_from_synth: bool = False
    keep: bool = False
    terraform: str = "terraform"
    schema_files: tuple[Path, ...] | None = None  # default: the project's schema files
    environ: Mapping[str, str] | None = None  # default: os.environ
    # Called with each stack's ID and its state (`terraform show -json`) once it is applied and verified.
    after_apply: Callable[[str, dict[str, Any]], None] | None = None


@dataclass
class StackResult:
    added: int = 0
    plan_changes: int = 0
    destroyed: int = 0
    outputs: dict[str, Any] = field(default_factory=dict)  # after apply
    remote_reads: int = 0
    remote_equal: int = 0  # consumer values identical to the producer's output
    remote_contained: int = 0  # consumer strings with the producer's output interpolated


@dataclass
class Report:
    workdir: Path
    order: list[str]
    stacks: dict[str, StackResult]
    rewrites: dict[str, StackRewrite]
    seconds: float = 0.0


class RehearsalFailed(RuntimeError):
    def __init__(self, stack: str, phase: str, detail: str) -> None:
        where = f"stack {stack}, phase {phase}" if stack != "-" else f"phase {phase}"
        super().__init__(f"rehearsal failed: {where}:\n{detail}")
        self.stack = stack
        self.phase = phase


def rehearse(options: Options, echo: Callable[[str], None] = print) -> Report:
    """Run the whole rehearsal; raises RehearsalFailed naming the stack and phase."""
    started = time.monotonic()
    with _workdir(options, echo) as workdir:
        rehearsal = _Rehearsal(options, workdir, echo)
        report = rehearsal.prepare()
        rehearsal.run(report)
        report.seconds = time.monotonic() - started
        echo(f"rehearsal passed: {_plural(len(report.order), 'stack')} in {report.seconds:.1f}s")
        return report


@contextmanager
def _workdir(options: Options, echo: Callable[[str], None]) -> Iterator[Path]:
    if options.workdir is not None:
        workdir = options.workdir.resolve()
        if workdir.exists() and any(workdir.iterdir()):
            raise RehearsalFailed("-", "prepare", f"work dir {workdir} is not empty")
        workdir.mkdir(parents=True, exist_ok=True)
        yield workdir
        return
    workdir = Path(tempfile.mkdtemp(prefix="rehearsal-"))
    try:
        yield workdir
    finally:
        if options.keep:
            echo(f"work dir kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


class _Rehearsal:
    def __init__(self, options: Options, workdir: Path, echo: Callable[[str], None]) -> None:
        self.options = options
        self.workdir = workdir
        self.echo = echo
        environ = os.environ if options.environ is None else options.environ
        self.environ = dict(environ)
        self.terraform = Terraform(options.terraform, self.environ)
        self.stacks: dict[str, StackEntry] = {}
        self.state_plan: StatePlan | None = None

    def _dir(self, stack_id: str) -> Path:
        return self.workdir / WORK_OUTDIR / self.stacks[stack_id].working_directory

    # --- preparation ------------------------------------------------------------------------------

    def prepare(self) -> Report:
        try:
            return self._prepare()
        except (ManifestError, StandInError, BackendError, HclSyntaxError, OSError, ValueError) as error:
            raise RehearsalFailed("-", "prepare", str(error)) from None

    def _prepare(self) -> Report:
        outdir = self.options.outdir
        self.stacks = load_manifest(outdir)
        order = deployment_order(self.stacks)
        shutil.copy2(outdir / "manifest.json", self._work_outdir() / "manifest.json")
        synthesized: dict[str, dict[str, Any]] = {}
        for stack_id, entry in self.stacks.items():
            shutil.copytree(outdir / entry.working_directory, self._dir(stack_id), ignore=_COPY_IGNORE)
            synthesized[stack_id] = json.loads((outdir / entry.synthesized_path).read_text(encoding="utf-8"))
        places = {
            i: StackPlace(i, self._dir(i), synthesized[i], self.stacks[i].dependencies) for i in self.stacks
        }
        self.state_plan = StatePlan(
            self.workdir, places, from_synth=self.options.backend_from_synth, environ=self.environ
        )
        files = self.options.schema_files or tuple(default_schema_files([PROJECT_ROOT, Path.cwd()]))
        schemas = Schemas.load(files)
        self.echo(
            f"rehearsal: {_plural(len(order), 'stack')} from {outdir} in {self.workdir}; "
            f"{self.state_plan.describe()}"
        )
        rewrites = {stack_id: self._write(stack_id, synthesized[stack_id], schemas) for stack_id in order}
        return Report(self.workdir, order, {i: StackResult() for i in order}, rewrites)

    def _work_outdir(self) -> Path:
        path = self.workdir / WORK_OUTDIR
        path.mkdir(parents=True, exist_ok=True)
        return path

    def _write(self, stack_id: str, document: dict[str, Any], schemas: Schemas) -> StackRewrite:
        assert self.state_plan is not None
        rewrite = rewrite_stack(stack_id, document, schemas)
        rewrite.document = self.state_plan.apply(stack_id, rewrite.document)
        stack_dir = self._dir(stack_id)
        (stack_dir / "cdk.tf.json").write_text(json.dumps(rewrite.document, indent=2), encoding="utf-8")
        if rewrite.tfvars:
            (stack_dir / "terraform.tfvars.json").write_text(json.dumps(rewrite.tfvars, indent=2))
        self._describe(stack_id, rewrite)
        return rewrite

    def _describe(self, stack_id: str, rewrite: StackRewrite) -> None:
        kinds = {"resource": 0, "data source": 0, "provider configuration": 0}
        for address in rewrite.stand_ins:
            kind = address.split(".", 1)[0]
            kinds[{"data": "data source", "provider": "provider configuration"}.get(kind, "resource")] += 1
        counts = ", ".join(_plural(n, kind) for kind, n in kinds.items())
        self.echo(f"{stack_id}: stood in with terraform_data: {counts}")
        if rewrite.tfvars:
            self.echo(f"{stack_id}: placeholder values for variables: {', '.join(rewrite.tfvars)}")
        if rewrite.stripped_provisioners:
            stripped = "; ".join(rewrite.stripped_provisioners)
            self.echo(f"{stack_id}: provisioners stripped (they need the live servers): {stripped}")
        for note in rewrite.notes:
            self.echo(f"{stack_id}: note: {note}")

    # --- terraform --------------------------------------------------------------------------------

    def run(self, report: Report) -> None:
        for stack_id in report.order:
            self._deploy(stack_id, report)
        for stack_id in reversed(report.order):
            self._destroy(stack_id, report.stacks[stack_id])

    def _deploy(self, stack_id: str, report: Report) -> None:
        result = report.stacks[stack_id]
        stack_dir = self._dir(stack_id)
        backend = ", ".join(report.rewrites[stack_id].document.get("terraform", {}).get("backend", {}))
        self._phase(stack_id, "init", lambda: self.terraform.init(stack_dir), lambda _: f"{backend} backend")
        applied = self._phase(stack_id, "apply", lambda: self.terraform.apply(stack_dir), _added)
        result.added = applied.changes.get("add", 0)
        planned = self._phase(
            stack_id, "plan", lambda: self.terraform.plan(stack_dir), lambda _: "no changes"
        )
        result.plan_changes = len(planned.planned)
        self._verify(stack_id, report)
        if self.options.after_apply is not None:
            try:
                state = self.terraform.state(stack_dir)
            except TerraformError as error:
                raise RehearsalFailed(stack_id, "after apply", str(error)) from None
            self.options.after_apply(stack_id, state)

    def _phase(
        self, stack_id: str, phase: str, command: Callable[[], Outcome], summary: Callable[[Outcome], str]
    ) -> Outcome:
        started = time.monotonic()
        outcome = command()
        if outcome.errors or outcome.exit_code not in (0, 2):
            raise RehearsalFailed(
                stack_id, phase, "\n".join(outcome.errors) or f"exit code {outcome.exit_code}"
            )
        if outcome.exit_code == 2:  # only `plan -detailed-exitcode` returns 2: the plan is not empty
            changes = "\n".join(f"  {line}" for line in outcome.planned) or "  (see terraform plan)"
            raise RehearsalFailed(stack_id, phase, f"the second plan is not empty:\n{changes}")
        self._line(stack_id, phase, summary(outcome), time.monotonic() - started)
        return outcome

    def _line(self, stack_id: str, phase: str, summary: str, seconds: float) -> None:
        width = max(len(i) for i in self.stacks)
        self.echo(f"{stack_id:<{width}}  {phase:<8} ok  {summary:<40} {seconds:5.1f}s")

    def _verify(self, stack_id: str, report: Report) -> None:
        assert self.state_plan is not None
        started = time.monotonic()
        stack_dir = self._dir(stack_id)
        result = report.stacks[stack_id]
        try:
            result.outputs = self.terraform.outputs(stack_dir)
            reads = remote_reads(report.rewrites[stack_id].document)
            remotes = remote_states(self.state_plan.stacks[stack_id].document)
            producers = {remote: self.state_plan.producer(stack_id, remote) for remote in remotes}
            state = self.terraform.state(stack_dir) if reads else {}
            producer_outputs = {p: report.stacks[p].outputs for p in producers.values()}
            checked = check_reads(stack_id, reads, producers, producer_outputs, result.outputs, state)
        except (TerraformError, VerificationError, BackendError) as error:
            raise RehearsalFailed(stack_id, "verify", str(error)) from None
        result.remote_reads, result.remote_equal = checked.reads, checked.equal
        result.remote_contained = checked.contains
        if reads:
            sources = ", ".join(sorted(set(producers.values())))
            summary = (
                f"{checked.reads} remote-state reads from {sources} resolved "
                f"({checked.equal} equal, {checked.contains} contained)"
            )
            self._line(stack_id, "verify", summary, time.monotonic() - started)

    def _destroy(self, stack_id: str, result: StackResult) -> None:
        stack_dir = self._dir(stack_id)
        destroyed = self._phase(stack_id, "destroy", lambda: self.terraform.destroy(stack_dir), _destroyed)
        result.destroyed = destroyed.changes.get("remove", 0)
        try:
            left = self.terraform.state_addresses(stack_dir)
        except TerraformError as error:
            raise RehearsalFailed(stack_id, "destroy", str(error)) from None
        if left:
            raise RehearsalFailed(stack_id, "destroy", f"still in the state: {', '.join(left)}")


def _added(outcome: Outcome) -> str:
    return f"{outcome.changes.get('add', 0)} added"


def _destroyed(outcome: Outcome) -> str:
    return f"{outcome.changes.get('remove', 0)} destroyed"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
