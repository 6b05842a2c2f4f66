"""The managed-project runbooks' scripts, run with Octopus's variables substituted and fake tools on PATH
(audit B4, B5, B6): what they export, where they deploy, which fork they create, merge and find."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from octopus_patterns.catalogue import management as ri
from octopus_patterns.catalogue.template_projects.managed_runbooks import (
    find_updates_runbook,
    fork_and_deploy_runbook,
    merge_runbook,
    serialize_runbook,
)
from octopus_patterns.catalogue.template_projects.naming import DOWNSTREAM_PROJECT_SLUG, TENANT_SLUG
from octopus_patterns.endpoints import GiteaEndpoint
from octopus_patterns.octopus.runbook import RunbookSpec
from tests.conftest import SynthesizedApp

GITEA = GiteaEndpoint(
    url="http://localhost:3000", internal_url="http://gitea:3000", organization="octopuscac"
)
TEMPLATE = "Hello World CaC"


class _Id:
    id = "Environments-1"


def substitute(text: str, variables: Mapping[str, str]) -> str:
    """Octopus's substitution of `#{Name | ToLower | Replace "regex" "text"}`, for the filters used here."""
    by_name = {name.lower(): value for name, value in variables.items()}

    def one(match: re.Match[str]) -> str:
        name, *filters = [part.strip() for part in match[1].split("|")]
        value = by_name[name.lower()]
        for spec in filters:
            words = shlex.split(spec)
            if words[0] == "ToLower":
                value = value.lower()
            else:
                assert words[0] == "Replace" and len(words) == 3, spec
                value = re.sub(words[1], words[2], value)
        return value

    return re.sub(r"#\{([^{}]+)\}", one, text)


def fake(bin_dir: Path, name: str, body: str) -> None:
    """A tool on PATH that logs its arguments (one call per line) to $FAKE_LOG, then runs `body`."""
    path = bin_dir / name
    path.write_text(
        f'#!/usr/bin/env bash\nprintf "{name}" >>"$FAKE_LOG"\nprintf " %q" "$@" >>"$FAKE_LOG"\n'
        f'echo >>"$FAKE_LOG"\n{body}\n',
        encoding="utf-8",
    )
    path.chmod(0o755)


def run(
    body: str, tmp_path: Path, variables: Mapping[str, str]
) -> tuple[subprocess.CompletedProcess[str], list[list[str]]]:
    log = tmp_path / "calls.log"
    log.touch()
    env = {**os.environ, "PATH": f"{tmp_path / 'bin'}:{os.environ['PATH']}", "FAKE_LOG": str(log)}
    result = subprocess.run(
        ["bash", "-c", substitute(body, variables)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    calls = [shlex.split(line) for line in log.read_text(encoding="utf-8").splitlines()]
    return result, calls


def script(spec: RunbookSpec, step: str) -> str:
    (found,) = [s for s in spec.steps if s.name == step]
    return str(dict(found.properties)["Octopus.Action.Script.ScriptBody"])


@pytest.fixture
def bin_dir(tmp_path: Path) -> Path:
    (tmp_path / "bin").mkdir()
    return tmp_path / "bin"


GIT_VARIABLES = {
    "Git.Credentials.Username": "octopus",
    "Git.Credentials.Password": "secret",
    "Octopus.Deployment.Tenant.Name": "America",
}

# --- B4: Serialize Project ---------------------------------------------------------------------------------

SERIALIZE_VARIABLES = {
    "ThisInstance.Api.Key": "API-KEY",
    "ThisInstance.Server.InternalUrl": "http://localhost:8080",
    "ThisInstance.Server.Url": "http://octopus:8080",
    "Octopus.Space.Id": "Spaces-1",
    "Octopus.Project.Name": "Hello World",
}


def _octoterra_options(tmp_path: Path, bin_dir: Path, ignored: str | None) -> list[str]:
    fake(bin_dir, "octoterra", "")
    fake(bin_dir, "zip", 'touch "$3"')
    fake(bin_dir, "curl", "")
    spec = serialize_runbook(
        "Hello World", _Id(), version_controlled=False, export_options=ignored is not None
    )
    variables = dict(SERIALIZE_VARIABLES)
    if ignored is not None:
        variables["Exported.Project.IgnoredLibraryVariableSet"] = ignored
    result, calls = run(script(spec, "Serialize Project"), tmp_path, variables)
    assert result.returncode == 0, result.stderr
    (octoterra,) = [call[1:] for call in calls if call[0] == "octoterra"]
    return octoterra


def _excluded_sets(options: list[str]) -> list[str]:
    return [options[i + 1] for i, option in enumerate(options) if option == "-excludeLibraryVariableSet"]


def test_serialize_lets_downstream_projects_keep_their_name_group_and_variables(
    tmp_path: Path, bin_dir: Path
) -> None:
    options = _octoterra_options(tmp_path, bin_dir, "Octopus Server,This Instance,Azure,Export Options,Git")
    for flag in ("-ignoreProjectGroupChanges", "-ignoreProjectNameChanges", "-ignoreProjectVariableChanges"):
        assert flag in options
    regex = options[options.index("-excludeProjectVariableRegex") + 1]
    assert regex == r"Private\..*"
    assert re.fullmatch(regex, "Private.Token") and not re.fullmatch(regex, "PrivateToken")


def test_serialize_leaves_out_the_sets_export_options_names(tmp_path: Path, bin_dir: Path) -> None:
    """The exported project must not look up "Export Options" (absent downstream); the list is read from
    Exported.Project.IgnoredLibraryVariableSet, blanks around names ignored."""
    assert _excluded_sets(_octoterra_options(tmp_path, bin_dir, " Azure , Export Options,,")) == [
        "Azure",
        "Export Options",
    ]


def test_serialize_without_export_options_leaves_out_the_default_sets(tmp_path: Path, bin_dir: Path) -> None:
    assert _excluded_sets(_octoterra_options(tmp_path, bin_dir, None)) == list(
        ri.IGNORED_LIBRARY_VARIABLE_SETS
    )
    assert "Export Options" in ri.IGNORED_LIBRARY_VARIABLE_SETS


# --- B5: Deploy Project's name override --------------------------------------------------------------------


def _deploy_steps(estate: SynthesizedApp, stack_id: str, project: str) -> list[dict[str, Any]]:
    resources = estate.stacks[stack_id]["resource"]

    def name(reference: str) -> str:
        kind, resource, _ = reference[2:-1].split(".")
        return str(resources[kind][resource]["name"])

    return [
        step
        for step in resources["octopusdeploy_process_step"].values()
        if step["name"] == "Deploy the Project"
        and name(resources["octopusdeploy_process"][step["process_id"].split(".")[1]]["project_id"])
        == project
    ]


def test_deploy_project_names_the_tenants_project_after_the_prompt(estate: SynthesizedApp) -> None:
    """RI serialize_and_deploy:9,223: workspace <tenant>_<Exported.Project.Name>, and the exported module's
    project name variable set from the prompt."""
    (step,) = _deploy_steps(estate, "management", "Hello World")
    properties = step["execution_properties"]
    assert properties["Octopus.Action.Terraform.Workspace"] == DOWNSTREAM_PROJECT_SLUG
    params = properties["Octopus.Action.Terraform.AdditionalActionParams"]
    assert '-var="project_hello_world_name=#{Exported.Project.Name}"' in params
    variables = {"Octopus.Deployment.Tenant.Name": "Test\\Production", "Exported.Project.Name": "My App"}
    assert substitute(DOWNSTREAM_PROJECT_SLUG, variables) == "test_production_my_app"
    tenant = {f"ManagedTenant.Octopus.{name}": "x" for name in ("Url", "SpaceId", "ApiKey")}
    assert substitute(params, {**variables, **tenant}).endswith('-var="project_hello_world_name=My App"')


def test_deploy_project_without_export_options_keeps_the_template_name(estate: SynthesizedApp) -> None:
    """The Development space's Hello World (as the RI's project_name_override=false there) and K8S
    Microservice Template do not include "Export Options", whose prompt they could not read."""
    for stack_id, project in (("development", "Hello World"), ("management", "K8S Microservice Template")):
        (step,) = _deploy_steps(estate, stack_id, project)
        properties = step["execution_properties"]
        database = project.lower().replace(" ", "_")
        assert properties["Octopus.Action.Terraform.Workspace"] == f"{TENANT_SLUG}_{database}"
        assert "Exported.Project" not in properties["Octopus.Action.Terraform.AdditionalActionParams"]


# --- B6: forks named after the tenant and the project name -------------------------------------------------


def _fork_with(tmp_path: Path, project_name: str) -> tuple[str, list[list[str]]]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(parents=True)
    fake(bin_dir, "curl", 'for a in "$@"; do [[ "$a" == */api/v1/repos/* ]] && exit 22; done; exit 0')
    fake(bin_dir, "git", 'case "$1" in clone) mkdir -p "${@: -1}";; ls-remote) exit 2;; esac; exit 0')
    spec = fork_and_deploy_runbook(TEMPLATE, _Id(), _Id(), GITEA)
    variables = {**GIT_VARIABLES, "Exported.Project.Name": project_name}
    result, calls = run(script(spec, "Fork Git Repo"), tmp_path, variables)
    assert result.returncode == 0, result.stderr
    (create,) = [call for call in calls if call[0] == "curl" and "--data" in call]
    return json.loads(create[create.index("--data") + 1])["name"], calls


def test_fork_is_named_after_the_tenant_and_the_project_name(tmp_path: Path) -> None:
    fork, calls = _fork_with(tmp_path, "My Hello App")
    assert fork == "america_my_hello_app"
    (clone,) = [call for call in calls if call[:2] == ["git", "clone"]]
    assert clone[-2] == "http://octopus:secret@gitea:3000/octopuscac/america_my_hello_app.git"
    (push,) = [call for call in calls if call[:2] == ["git", "push"]]
    assert push[-2:] == ["origin", "main"]


def test_two_projects_of_one_tenant_get_two_forks(tmp_path: Path) -> None:
    """Before, both went to america_hello_world_cac: one fork shared by two differently named projects."""
    first, _ = _fork_with(tmp_path / "shop", "Shop")
    second, _ = _fork_with(tmp_path / "blog", "Blog")
    assert (first, second) == ("america_shop", "america_blog")


def test_merge_targets_the_fork_of_the_prompted_project(tmp_path: Path, bin_dir: Path) -> None:
    fake(bin_dir, "git", 'case "$1" in clone) mkdir -p "${@: -1}";; merge-base) exit 1;; esac; exit 0')
    spec = merge_runbook(TEMPLATE, _Id(), GITEA)
    variables = {**GIT_VARIABLES, "Exported.Project.Name": "My Hello App"}
    result, calls = run(script(spec, "Merge Deployment Process"), tmp_path, variables)
    assert result.returncode == 0, result.stderr
    (clone,) = [call for call in calls if call[:2] == ["git", "clone"]]
    assert clone[-2] == "http://octopus:secret@gitea:3000/octopuscac/america_my_hello_app.git"
    assert "Merged hello_world_cac into america_my_hello_app" in result.stdout


def _state(url: str | None) -> str:
    settings = {"git_library_persistence_settings": [{"url": url}]} if url else {}
    project = {"type": "octopusdeploy_project", "values": {"name": "x", **settings}}
    return json.dumps({"values": {"root_module": {"resources": [project]}}})


def test_find_updates_reads_the_forks_from_the_deployments_state(tmp_path: Path, bin_dir: Path) -> None:
    """Forks are named by the prompt, so they are read from the state "Fork and Deploy" keeps, never guessed
    from the template's name: none of these ends in "_hello_world_cac"."""
    states = {
        "america_my_hello_app": _state("http://gitea:3000/octopuscac/america_my_hello_app.git"),
        "europe_shop": _state("http://gitea:3000/octopuscac/europe_shop.git"),
        "asia_elsewhere": _state("https://github.com/someone/else.git"),
        "africa_no_git": _state(None),
    }
    (tmp_path / "states").mkdir()
    for workspace, state in states.items():
        (tmp_path / "states" / f"{workspace}.json").write_text(state, encoding="utf-8")
    fake(
        bin_dir,
        "terraform",
        f"states={tmp_path / 'states'}\n"
        'case "$1 $2" in\n'
        '  "workspace list") echo "* default"; for f in "$states"/*.json; do basename "$f" .json; done;;\n'
        '  "workspace select") echo "$3" >"$states/current";;\n'
        '  "show -json") cat "$states/$(cat "$states/current").json";;\n'
        "esac",
    )
    fake(bin_dir, "git", 'case "$1" in clone) mkdir -p "${@: -1}";; merge-base) exit 1;; esac; exit 0')
    fake(bin_dir, "curl", "exit 99")  # the Gitea API is not asked
    spec = find_updates_runbook(TEMPLATE, _Id(), GITEA)
    variables = {
        **GIT_VARIABLES,
        "ThisInstance.State.Host": "db",
        "ThisInstance.State.Port": "5432",
        "ThisInstance.State.Username": "terraform",
        "ThisInstance.State.Password": "pw",
    }
    result, calls = run(script(spec, "Find Updates"), tmp_path, variables)
    assert result.returncode == 0, result.stderr
    (init,) = [call for call in calls if call[:2] == ["terraform", "init"]]
    assert any("dbname=hello_world_cac " in argument for argument in init)
    fetched = [call[-2] for call in calls if call[:2] == ["git", "fetch"]]
    assert fetched == [
        "http://octopus:secret@gitea:3000/octopuscac/america_my_hello_app.git",
        "http://octopus:secret@gitea:3000/octopuscac/europe_shop.git",
    ]
    assert "america_my_hello_app: updates available, merge is clean" in result.stdout
    assert "asia_elsewhere: no fork of hello_world_cac" in result.stdout
    assert "2 fork(s) of hello_world_cac" in result.stdout
