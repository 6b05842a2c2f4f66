"""The OCL seed over real HTTP against the Gitea stand-in, and the construct that runs it first."""

from __future__ import annotations

import base64
import io
import json
import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cdktf import TerraformStack, TerraformVariable, Testing

from octopus_patterns.catalogue.template_projects.cac_content import CacReferences
from octopus_patterns.catalogue.template_projects.cac_repository import CAC_BASE_PATH, repository_files
from octopus_patterns.catalogue.template_projects.cac_seed import (
    SEED_COMMAND,
    CacRepositorySeed,
    CacRepositorySeedProps,
    rendering_sha256,
)
from octopus_patterns.config import load_config
from octopus_patterns.endpoints import GitCredentials, GiteaEndpoint
from octopus_patterns.gitea.ocl_seed import EXIT_BAD_SETTINGS, EXIT_FAILED, EXIT_OK, main
from tests.conftest import SynthesizedApp, synthesize
from tests.gitea_standin import GiteaStandin
from tests.support.ocl_parser import parse

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EXISTING_EXAMPLE = PROJECT_ROOT / "examples" / "configs" / "existing-instance.toml"
ORG, EDITOR, REPOS = "octopuscac", "octopus", ("hello_world_cac", "azure_web_app_cac")
INTERNAL_URL = "http://gitea:3000"


@pytest.fixture
def password() -> str:
    return secrets.token_urlsafe(18)


@pytest.fixture
def standin(password: str) -> Iterator[GiteaStandin]:
    """Gitea as the bootstrap leaves it: the editor in a write team, each repository with a first commit."""
    server = GiteaStandin().start()
    server.add_user("gitea_admin", secrets.token_urlsafe(12), is_admin=True)
    server.add_user(EDITOR, password)
    server.add_org(ORG)
    server.add_team_member(server.add_team(ORG, "editors", permission="write"), EDITOR)
    for repo in REPOS:
        server.add_repo(ORG, repo)
    yield server
    server.stop()


def seed_env(url: str, password: str, **overrides: str) -> dict[str, str]:
    env = {
        "GITEA_URL": url,
        "GITEA_USERNAME": EDITOR,
        "GITEA_PASSWORD": password,
        "GITEA_ORGANIZATION": ORG,
        "GITEA_INTERNAL_URL": INTERNAL_URL,
        "OCL_AZURE_ACCOUNT": "true",
    }
    return {**env, **overrides}


def run(env: dict[str, str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(env, out, err)
    return code, out.getvalue(), err.getvalue()


def expected_files(azure_account: bool = True) -> dict[str, dict[str, str]]:
    endpoint = GiteaEndpoint(url="unused", internal_url=INTERNAL_URL, organization=ORG)
    return repository_files(endpoint, azure_account=azure_account)


def test_commits_each_projects_ocl_once_in_one_commit_when_missing(
    standin: GiteaStandin, password: str
) -> None:
    code, out, err = run(seed_env(standin.url, password))
    assert (code, err) == (EXIT_OK, ""), err
    expected = expected_files()
    for repo in REPOS:
        stored = standin.repos[(ORG, repo)]
        ocl = {path: data.decode() for path, data in stored.files.items() if path.startswith(CAC_BASE_PATH)}
        assert ocl == expected[repo]
        assert len(stored.commits) == 1 and repo in stored.commits[0]
        parse(ocl[f"{CAC_BASE_PATH}/deployment_process.ocl"])
        assert f"created  {ORG}/{repo}:main/{CAC_BASE_PATH}" in out
    posts = [r for r in standin.writes() if r.method == "POST"]
    assert [r.path for r in posts] == [f"/api/v1/repos/{ORG}/{repo}/contents" for repo in sorted(REPOS)]
    assert all(r.user == EDITOR and r.body["branch"] == "main" for r in posts)
    assert {f["operation"] for r in posts for f in r.body["files"]} == {"create"}


def test_a_second_run_leaves_the_repositories_alone(standin: GiteaStandin, password: str) -> None:
    assert run(seed_env(standin.url, password))[0] == EXIT_OK
    before = len(standin.writes())
    code, out, _ = run(seed_env(standin.url, password))
    assert code == EXIT_OK and len(standin.writes()) == before
    assert out.count("left as it is") == len(REPOS)


def test_a_base_path_with_user_edits_is_never_overwritten(standin: GiteaStandin, password: str) -> None:
    edited = f"{CAC_BASE_PATH}/deployment_process.ocl"
    standin.repos[(ORG, "hello_world_cac")].files[edited] = b'step "mine" {\n    name = "Mine"\n}\n'
    code, out, _ = run(seed_env(standin.url, password))
    assert code == EXIT_OK
    assert standin.repos[(ORG, "hello_world_cac")].files[edited] == b'step "mine" {\n    name = "Mine"\n}\n'
    assert standin.repos[(ORG, "hello_world_cac")].commits == []
    assert f"{ORG}/hello_world_cac:main/{CAC_BASE_PATH} (left as it is)" in out
    assert len(standin.repos[(ORG, "azure_web_app_cac")].commits) == 1  # the other one is still seeded


def test_without_the_azure_account_the_ocl_does_not_name_it(standin: GiteaStandin, password: str) -> None:
    assert run(seed_env(standin.url, password, OCL_AZURE_ACCOUNT="false"))[0] == EXIT_OK
    stored = standin.repos[(ORG, "azure_web_app_cac")].files
    assert {p: d.decode() for p, d in stored.items() if p != "README.md"} == expected_files(False)[
        "azure_web_app_cac"
    ]


def test_a_missing_repository_or_branch_fails_naming_it(standin: GiteaStandin, password: str) -> None:
    del standin.repos[(ORG, "azure_web_app_cac")]
    standin.add_repo(ORG, "azure_web_app_cac", empty=True)
    code, _, err = run(seed_env(standin.url, password))
    assert code == EXIT_FAILED
    assert f"{ORG}/azure_web_app_cac or its branch 'main' does not exist" in err
    assert password not in err


def test_rejected_credentials_fail_naming_the_user_never_the_password(standin: GiteaStandin) -> None:
    wrong = secrets.token_urlsafe(18)
    code, out, err = run(seed_env(standin.url, wrong))
    assert code == EXIT_FAILED and f"user {EDITOR!r}" in err
    for form in (wrong, base64.b64encode(f"{EDITOR}:{wrong}".encode()).decode()):
        assert form not in out + err


def test_a_user_without_write_access_is_refused_clearly(standin: GiteaStandin) -> None:
    reader = secrets.token_urlsafe(12)
    standin.add_user("reader", reader)
    standin.add_team_member(standin.add_team(ORG, "readers", permission="read"), "reader")
    code, _, err = run(seed_env(standin.url, reader, GITEA_USERNAME="reader"))
    assert code == EXIT_FAILED and "refused user 'reader'" in err and reader not in err


def test_missing_and_invalid_settings_are_listed_without_values(password: str) -> None:
    code, out, err = run(
        {
            "GITEA_URL": "ftp://x",
            "GITEA_PASSWORD": password,
            "OCL_AZURE_ACCOUNT": "yes",
            "GITEA_ORGANIZATION": "a b",
        }
    )
    assert code == EXIT_BAD_SETTINGS and out == ""
    for problem in (
        "GITEA_USERNAME is not set",
        "GITEA_INTERNAL_URL is not set",
        "ftp://x",
        "'yes'",
        "'a b'",
    ):
        assert problem in err
    assert password not in err


def test_the_module_runs_as_the_provisioner_runs_it(
    standin: GiteaStandin, password: str, tmp_path: Path
) -> None:
    """From another directory, as Terraform runs it in the stack's directory, with the installed package."""
    result = subprocess.run(
        [sys.executable, "-m", "octopus_patterns.gitea.ocl_seed"],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT), **seed_env(standin.url, password)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert password not in result.stdout + result.stderr
    assert all(len(standin.repos[(ORG, repo)].commits) == 1 for repo in REPOS)


# --- the construct ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def synthesized(estate: SynthesizedApp) -> dict:
    return estate.stacks["management"]


def test_the_cac_projects_wait_for_the_seed_and_only_they_do(synthesized: dict) -> None:
    (seed_key,) = synthesized["resource"]["terraform_data"]
    for project in synthesized["resource"]["octopusdeploy_project"].values():
        waits = f"terraform_data.{seed_key}" in project.get("depends_on", [])
        assert waits == bool(project.get("git_library_persistence_settings")), project["name"]


def test_the_seed_runs_the_module_with_the_password_only_in_its_environment(synthesized: dict) -> None:
    (seed,) = synthesized["resource"]["terraform_data"].values()
    (provisioner,) = seed["provisioner"]
    local_exec = provisioner["local-exec"]
    assert local_exec["command"] == SEED_COMMAND and "working_dir" not in local_exec
    environment = local_exec["environment"]
    assert environment["GITEA_PASSWORD"].startswith("${sensitive(")
    # Whether the stack creates the Azure account (count on its inputs): its ID, or "" when left out.
    flag = environment["OCL_AZURE_ACCOUNT"]
    assert flag.startswith("${(length(element(concat(octopusdeploy_azure_service_principal.azure_account_")
    assert flag.endswith(', [""]), 0)) >= 1) ? "true" : "false"}')
    references = seed["input"]["references"]  # the seed waits for every object its OCL names
    assert set(references) == {
        "sync",
        "production",
        "security",
        "builtin_feed",
        "docker_feed",
        "maven_feed",
        "azure_account",
    }
    assert all(value.startswith("${") for value in references.values())
    triggers = seed["triggers_replace"]
    assert triggers["ocl_sha256"] == rendering_sha256()
    assert "gitea_password" not in triggers and "password" not in json.dumps(triggers).lower()
    assert {"gitea_url", "gitea_organization", "gitea_username", "ocl_azure_account"} <= set(triggers)


def test_the_rendering_hash_changes_with_the_rendered_ocl(monkeypatch: pytest.MonkeyPatch) -> None:
    import octopus_patterns.catalogue.template_projects.cac_seed as cac_seed

    before = rendering_sha256()
    original = cac_seed.repository_files

    def changed(endpoint: GiteaEndpoint, *, azure_account: bool) -> dict[str, dict[str, str]]:
        files = original(endpoint, azure_account=azure_account)
        files["hello_world_cac"][f"{CAC_BASE_PATH}/variables.ocl"] += "\n"
        return files

    monkeypatch.setattr(cac_seed, "repository_files", changed)
    assert rendering_sha256() != before


# --- an existing instance with [git] ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def existing_management(tmp_path_factory: pytest.TempPathFactory) -> dict:
    config = load_config(EXISTING_EXAMPLE, environ={})
    return synthesize(tmp_path_factory.mktemp("seed-existing") / "cdktf.out", config).stacks["management"]


def test_with_an_existing_instance_the_seed_commits_to_the_configured_git_server(
    existing_management: dict,
) -> None:
    """The same step serves the `[git]` server: its URL, organisation and user from configuration, the
    password only as its sensitive variable; without [git] there is nothing to seed (no CaC projects)."""
    (seed,) = existing_management["resource"]["terraform_data"].values()
    environment = seed["provisioner"][0]["local-exec"]["environment"]
    assert {key: environment[key] for key in ("GITEA_URL", "GITEA_INTERNAL_URL", "GITEA_ORGANIZATION")} == {
        "GITEA_URL": "https://gitea.example.com",
        "GITEA_INTERNAL_URL": "https://gitea.example.com",
        "GITEA_ORGANIZATION": "octopuscac",
    }
    assert environment["GITEA_USERNAME"] == "octopus"
    assert environment["GITEA_PASSWORD"] == "${sensitive(var.git_server_password)}"
    assert "terraform_remote_state" not in json.dumps(seed)
    waiting = [
        p["name"]
        for p in existing_management["resource"]["octopusdeploy_project"].values()
        if p.get("depends_on")
    ]
    assert sorted(waiting) == ["Azure Web App CaC", "Hello World CaC"]


@dataclass(frozen=True)
class _Ref:
    id: str


def test_terraform_apply_seeds_once_and_a_reapply_changes_nothing(
    standin: GiteaStandin, password: str, tmp_path: Path
) -> None:
    """The construct with real Terraform: its provisioner commits the OCL, a second apply plans no change,
    and no output holds the password."""
    stack = TerraformStack(Testing.app(), "ocl-seed-apply")
    secret = TerraformVariable(stack, "git_password", type="string", sensitive=True)
    gitea = GiteaEndpoint(
        url=standin.url,
        internal_url=INTERNAL_URL,
        organization=ORG,
        credentials=GitCredentials(username=EDITOR, password=secret.string_value),
    )
    names = ("sync", "production", "security", "builtin_feed", "docker_feed", "maven_feed", "azure_account")
    references = CacReferences(**{name: _Ref(f"id-of-{name}") for name in names})
    CacRepositorySeed(stack, "seed", CacRepositorySeedProps(gitea=gitea, references=references))
    (tmp_path / "main.tf.json").write_text(Testing.synth(stack))
    env = {
        **os.environ,
        "TF_VAR_git_password": password,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",  # `python3` = this Python
        "CHECKPOINT_DISABLE": "1",
    }

    def terraform(*args: str) -> subprocess.CompletedProcess[str]:
        command = ["terraform", *args, "-input=false", "-no-color"]
        return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)

    assert terraform("init").returncode == 0
    first = terraform("apply", "-auto-approve")
    assert first.returncode == 0, first.stdout + first.stderr
    expected = expected_files(azure_account=True)
    for repo in REPOS:
        stored = standin.repos[(ORG, repo)].files
        assert {p: d.decode() for p, d in stored.items() if p != "README.md"} == expected[repo]
    writes = len(standin.writes())

    second = terraform("apply", "-auto-approve")

    assert second.returncode == 0, second.stdout + second.stderr
    assert "No changes." in second.stdout
    assert len(standin.writes()) == writes
    for output in (first.stdout, first.stderr, second.stdout, second.stderr):
        assert password not in output
