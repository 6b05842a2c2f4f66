"""The Gitea bootstrap over real HTTP against a stand-in of Gitea's API, and the construct that runs it."""

from __future__ import annotations

import base64
import io
import json
import os
import secrets
import shutil
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cdktf import TerraformStack, TerraformVariable, Testing
from cdktf_cdktf_provider_random.provider import RandomProvider

from octopus_patterns.containers.gitea_bootstrap import BOOTSTRAP_COMMAND, GiteaBootstrap, GiteaBootstrapProps
from octopus_patterns.gitea.admin_user import PASSWORD_ENV, DockerExecAdminCreator
from octopus_patterns.gitea.cli import EXIT_BAD_SETTINGS, EXIT_FAILED, EXIT_OK, main
from octopus_patterns.gitea.client import ApiResponse, GiteaClient
from octopus_patterns.gitea.errors import GiteaNotReady, GiteaUnreachable
from octopus_patterns.gitea.readiness import wait_until_ready
from octopus_patterns.gitea.settings import BootstrapSettings
from tests.gitea_standin import GiteaStandin, install_fake_gitea_cli
from tests.misbehaving_http import (
    Behaviour,
    MisbehavingServer,
    answer,
    by_path,
    cut_short,
    garbage,
    reflect_401,
    reset,
    trickle,
    trickle_body,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ADMIN, EDITOR, ORG, TEAM = "gitea_admin", "octopus", "octopuscac", "editors"
REPOS = ("hello_world_cac", "azure_web_app_cac")


class Run:
    def __init__(self, code: int, out: str, err: str, seconds: float) -> None:
        self.code, self.out, self.err, self.seconds = code, out, err, seconds


@pytest.fixture
def passwords() -> dict[str, str]:
    return {"admin": secrets.token_urlsafe(18), "editor": secrets.token_urlsafe(18)}


@pytest.fixture
def make_standin() -> Iterator[Callable[..., GiteaStandin]]:
    started: list[GiteaStandin] = []

    def make(**options: Any) -> GiteaStandin:
        standin = GiteaStandin(**options).start()
        started.append(standin)
        return standin

    yield make
    for standin in started:
        standin.stop()


def environment(url: str, passwords: dict[str, str], **overrides: str) -> dict[str, str]:
    env = {
        "GITEA_URL": url,
        "GITEA_ADMIN_USERNAME": ADMIN,
        "GITEA_ADMIN_PASSWORD": passwords["admin"],
        "GITEA_EDITOR_USERNAME": EDITOR,
        "GITEA_EDITOR_PASSWORD": passwords["editor"],
        "GITEA_ORGANIZATION": ORG,
        "GITEA_TEAM": TEAM,
        "GITEA_REPOSITORIES": ",".join(REPOS),
        "GITEA_TIMEOUT_SECONDS": "5",
        "GITEA_RETRY_INTERVAL_SECONDS": "0.1",
    }
    env.update(overrides)
    return env


def run_bootstrap(env: dict[str, str]) -> Run:
    out, err = io.StringIO(), io.StringIO()
    started = time.monotonic()
    code = main(environ=env, out=out, err=err)
    return Run(code, out.getvalue(), err.getvalue(), time.monotonic() - started)


def assert_no_password(run: Run, passwords: dict[str, str]) -> None:
    for password in passwords.values():
        assert password not in run.out and password not in run.err


def assert_private(standin: GiteaStandin) -> None:
    """What was asked of Gitea, and what the stand-in made of it (it defaults to public, as Gitea does)."""
    (org_post,) = [r for r in standin.writes() if r.path == "/api/v1/orgs"]
    assert org_post.body["visibility"] == "private"
    assert standin.users[ORG].visibility == "private"
    repo_posts = [r for r in standin.writes() if r.path == f"/api/v1/orgs/{ORG}/repos"]
    assert sorted(r.body["name"] for r in repo_posts) == sorted(REPOS)
    assert all(r.body["private"] is True for r in repo_posts)
    assert all(standin.repos[(ORG, name)].private for name in REPOS)


# -- against an empty or partly populated server ---------------------------------------------------------


def test_creates_editor_org_team_membership_and_repos_on_an_empty_server(make_standin, passwords) -> None:
    standin = make_standin()
    standin.add_user(ADMIN, passwords["admin"], is_admin=True)

    run = run_bootstrap(environment(standin.url, passwords))

    assert run.code == EXIT_OK, run.err
    editor = standin.users[EDITOR]
    assert editor.password == passwords["editor"] and not editor.is_admin
    assert standin.users[ORG].is_organization
    team = standin.find_team(ORG, TEAM)
    assert team is not None and team.permission == "write" and team.includes_all_repositories
    assert EDITOR in team.members
    for name in REPOS:
        repo = standin.repos[(ORG, name)]
        assert not repo.empty and repo.default_branch == "main"
    writes = [(r.method, r.path) for r in standin.writes()]
    assert writes == [
        ("POST", "/api/v1/admin/users"),
        ("POST", "/api/v1/orgs"),
        ("POST", f"/api/v1/orgs/{ORG}/teams"),
        ("PUT", f"/api/v1/teams/{team.id}/members/{EDITOR}"),
        ("POST", f"/api/v1/orgs/{ORG}/repos"),
        ("POST", f"/api/v1/orgs/{ORG}/repos"),
    ]
    assert all(r.user == ADMIN for r in standin.writes())
    assert_private(standin)
    assert "created  repository octopuscac/hello_world_cac" in run.out
    assert "created 6, updated 0, unchanged 1" in run.out
    assert_no_password(run, passwords)


def test_a_second_run_sends_no_post_or_put_and_says_so(make_standin, passwords) -> None:
    standin = make_standin()
    standin.add_user(ADMIN, passwords["admin"], is_admin=True)
    env = environment(standin.url, passwords)
    assert run_bootstrap(env).code == EXIT_OK
    writes_after_first = len(standin.writes())

    second = run_bootstrap(env)

    assert second.code == EXIT_OK, second.err
    assert len(standin.writes()) == writes_after_first
    assert "nothing to change, all 7 items already exist" in second.out
    assert "created " not in second.out


def test_skips_what_exists_and_creates_only_the_rest(make_standin, passwords) -> None:
    standin = make_standin()
    standin.add_user(ADMIN, passwords["admin"], is_admin=True)
    standin.add_user(EDITOR, passwords["editor"])
    standin.add_org(ORG, owner=ADMIN)
    team_id = standin.add_team(ORG, TEAM, permission="write")
    standin.add_repo(ORG, REPOS[0])

    run = run_bootstrap(environment(standin.url, passwords))

    assert run.code == EXIT_OK, run.err
    writes = [(r.method, r.path, (r.body or {}).get("name")) for r in standin.writes()]
    assert writes == [
        ("PUT", f"/api/v1/teams/{team_id}/members/{EDITOR}", None),
        ("POST", f"/api/v1/orgs/{ORG}/repos", REPOS[1]),
    ]
    assert f"exists   editor user '{EDITOR}'" in run.out
    assert f"exists   repository {ORG}/{REPOS[0]}" in run.out


def test_an_existing_empty_repository_gets_a_first_commit_on_its_default_branch(
    make_standin, passwords
) -> None:
    standin = make_standin()
    standin.add_user(ADMIN, passwords["admin"], is_admin=True)
    standin.add_org(ORG, owner=ADMIN)
    standin.add_repo(ORG, REPOS[0], empty=True)

    run = run_bootstrap(environment(standin.url, passwords, GITEA_REPOSITORIES=REPOS[0]))

    assert run.code == EXIT_OK, run.err
    assert standin.repos[(ORG, REPOS[0])].files["README.md"] == f"# {REPOS[0]}\n".encode()
    commit = standin.writes()[-1]
    assert (
        commit.path == f"/api/v1/repos/{ORG}/{REPOS[0]}/contents/README.md"
        and commit.body["branch"] == "main"
    )
    assert "updated  repository octopuscac/hello_world_cac (first commit)" in run.out


def test_an_existing_team_without_write_access_fails_clearly(make_standin, passwords) -> None:
    standin = make_standin()
    standin.add_user(ADMIN, passwords["admin"], is_admin=True)
    standin.add_org(ORG, owner=ADMIN)
    standin.add_team(ORG, TEAM, permission="read")

    run = run_bootstrap(environment(standin.url, passwords))

    assert run.code == EXIT_FAILED
    assert f"team '{TEAM}' in '{ORG}' exists but does not give write access" in run.err
    assert "permission='read'" in run.err


# -- credentials -----------------------------------------------------------------------------------------


def test_rejected_admin_credentials_fail_naming_user_and_url_never_the_password(
    make_standin, passwords
) -> None:
    standin = make_standin(reject_auth=True)
    standin.add_user(ADMIN, passwords["admin"], is_admin=True)

    run = run_bootstrap(environment(standin.url, passwords))

    assert run.code == EXIT_FAILED
    assert f"Gitea at {standin.url}/api/v1/user rejected the credentials of user '{ADMIN}'" in run.err
    assert "HTTP 401" in run.err
    assert_no_password(run, passwords)
    assert standin.writes() == []


def test_an_existing_editor_with_another_password_fails_naming_the_editor(make_standin, passwords) -> None:
    standin = make_standin()
    standin.add_user(ADMIN, passwords["admin"], is_admin=True)
    standin.add_user(EDITOR, secrets.token_urlsafe(18))

    run = run_bootstrap(environment(standin.url, passwords))

    assert run.code == EXIT_FAILED
    assert f"rejected the credentials of user '{EDITOR}'" in run.err and standin.url in run.err
    assert_no_password(run, passwords)


def test_a_non_admin_admin_user_is_refused(make_standin, passwords) -> None:
    standin = make_standin()
    standin.add_user(ADMIN, passwords["admin"], is_admin=False)

    run = run_bootstrap(environment(standin.url, passwords))

    assert run.code == EXIT_FAILED
    assert f"user '{ADMIN}' at {standin.url} is not a Gitea site administrator" in run.err


def test_a_missing_admin_without_a_container_says_how_to_create_it(make_standin, passwords) -> None:
    standin = make_standin()

    run = run_bootstrap(environment(standin.url, passwords))

    assert run.code == EXIT_FAILED
    assert f"rejected user '{ADMIN}'" in run.err and "set GITEA_CONTAINER" in run.err
    assert standin.writes() == []


# -- waiting for Gitea -----------------------------------------------------------------------------------


def test_never_ready_times_out_with_the_url_and_the_last_response(make_standin, passwords) -> None:
    standin = make_standin(never_ready=True)

    run = run_bootstrap(environment(standin.url, passwords, GITEA_TIMEOUT_SECONDS="2"))

    assert run.code == EXIT_FAILED
    assert f"Gitea at {standin.url}/api/v1/version did not become ready within 2 s" in run.err
    assert "last response: HTTP 503: Service Unavailable" in run.err
    assert 1.9 <= run.seconds < 3.5
    assert len(standin.requests) > 2  # it retried


class _AnswersThenFallsSilent(GiteaClient):
    """Answers 503 once, then never answers again (as a server under load may)."""

    def __init__(self) -> None:
        super().__init__("http://gitea.invalid")
        self.calls = 0

    def request(self, method: str, api_path: str, **_: Any) -> ApiResponse:
        self.calls += 1
        if self.calls == 1:
            return ApiResponse(method, self.base_url + api_path, 503, "Service Unavailable")
        raise GiteaUnreachable(f"{method} {self.base_url}{api_path}: no answer (timed out)")


def test_a_timeout_after_an_answer_still_reports_that_answer() -> None:
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += max(seconds, 0.5)

    with pytest.raises(GiteaNotReady) as raised:
        client = _AnswersThenFallsSilent()
        wait_until_ready(client, timeout_seconds=2, interval_seconds=1, clock=lambda: now[0], sleep=sleep)

    message = str(raised.value)
    assert "last response: HTTP 503: Service Unavailable; then: GET http://gitea.invalid/api/v1/" in message
    assert message.endswith("no answer (timed out)")


def test_nothing_listening_times_out_naming_the_refused_connection(passwords) -> None:
    url = f"http://127.0.0.1:{GiteaStandin().port}"  # a free port nobody listens on

    run = run_bootstrap(environment(url, passwords, GITEA_TIMEOUT_SECONDS="0.5"))

    assert run.code == EXIT_FAILED
    assert f"Gitea at {url}/api/v1/version did not become ready within 0.5 s" in run.err
    assert "no answer" in run.err and "refused" in run.err.lower()


@pytest.mark.parametrize("late_start", [{"refuse_connections_seconds": 0.8}, {"not_ready_seconds": 0.8}])
def test_waits_through_a_late_start(make_standin, passwords, late_start) -> None:
    standin = make_standin(**late_start)
    standin.add_user(ADMIN, passwords["admin"], is_admin=True)

    run = run_bootstrap(environment(standin.url, passwords))

    assert run.code == EXIT_OK, run.err
    assert run.seconds >= 0.7
    assert f"Gitea 1.22.6 answers at {standin.url}" in run.out


# -- configuration ---------------------------------------------------------------------------------------


def test_missing_and_invalid_settings_are_all_listed_without_values(passwords) -> None:
    env = environment("ftp://example", passwords, GITEA_TIMEOUT_SECONDS="soon", GITEA_TEAM="two words")
    del env["GITEA_EDITOR_PASSWORD"], env["GITEA_REPOSITORIES"]

    run = run_bootstrap(env)

    assert run.code == EXIT_BAD_SETTINGS
    for problem in (
        "GITEA_EDITOR_PASSWORD is not set",
        "GITEA_REPOSITORIES is not set",
        "GITEA_TIMEOUT_SECONDS must be a positive number of seconds, got 'soon'",
        "team 'two words'",
        "GITEA_URL 'ftp://example': must start with http:// or https://",
    ):
        assert problem in run.err
    assert_no_password(run, passwords)


# -- creating the first admin in the container (fake docker + fake gitea CLI) ---------------------------


@pytest.fixture
def fake_docker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[GiteaStandin], Path]:
    def install(standin: GiteaStandin) -> Path:
        bin_dir = tmp_path / "bin"
        log = install_fake_gitea_cli(bin_dir)
        monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
        monkeypatch.setenv("FAKE_DOCKER_LOG", str(log))
        monkeypatch.setenv("FAKE_DOCKER_CONTAINER", "octopus-patterns-gitea")
        monkeypatch.setenv("FAKE_CONTAINER_PATH", f"{bin_dir}{os.pathsep}/usr/bin{os.pathsep}/bin")
        monkeypatch.setenv("FAKE_GITEA_STANDIN_URL", standin.url)
        return log

    return install


def test_a_missing_admin_is_created_with_docker_exec_and_the_password_only_in_the_environment(
    make_standin, passwords, fake_docker
) -> None:
    standin = make_standin()
    log = fake_docker(standin)

    run = run_bootstrap(environment(standin.url, passwords, GITEA_CONTAINER="octopus-patterns-gitea"))

    assert run.code == EXIT_OK, run.err
    assert standin.users[ADMIN].is_admin and standin.users[ADMIN].password == passwords["admin"]
    assert standin.cli_calls[0]["must_change_password"] == "false"
    assert standin.cli_calls[0]["config"] == "/data/gitea/conf/app.ini"
    argv = json.loads(log.read_text().splitlines()[0])["argv"]
    assert argv[:6] == ["exec", "-u", "git", "-e", PASSWORD_ENV, "octopus-patterns-gitea"]
    assert not any(passwords["admin"] in arg for arg in argv)
    assert f"created  admin user '{ADMIN}'" in run.out
    assert_no_password(run, passwords)


def test_an_admin_password_that_starts_with_a_dash_is_passed_as_the_value(
    make_standin, passwords, fake_docker
) -> None:
    passwords["admin"] = "-" + passwords["admin"]
    standin = make_standin()
    fake_docker(standin)

    run = run_bootstrap(environment(standin.url, passwords, GITEA_CONTAINER="octopus-patterns-gitea"))

    assert run.code == EXIT_OK, run.err
    assert standin.users[ADMIN].password == passwords["admin"]
    assert_no_password(run, passwords)


def test_an_existing_admin_is_not_created_again(make_standin, passwords, fake_docker) -> None:
    standin = make_standin()
    standin.add_user(ADMIN, passwords["admin"], is_admin=True)
    log = fake_docker(standin)

    run = run_bootstrap(environment(standin.url, passwords, GITEA_CONTAINER="octopus-patterns-gitea"))

    assert run.code == EXIT_OK, run.err
    assert not log.exists() and standin.cli_calls == []
    assert f"exists   admin user '{ADMIN}'" in run.out


def test_a_failing_docker_exec_is_reported_with_its_output(make_standin, passwords, fake_docker) -> None:
    standin = make_standin()
    fake_docker(standin)

    run = run_bootstrap(environment(standin.url, passwords, GITEA_CONTAINER="no-such-gitea"))

    assert run.code == EXIT_FAILED
    assert f"creating Gitea admin '{ADMIN}' in container 'no-such-gitea' failed (exit 1)" in run.err
    assert "No such container: no-such-gitea" in run.err
    assert_no_password(run, passwords)


def test_the_docker_command_line_holds_names_only() -> None:
    argv = DockerExecAdminCreator("gitea").argv("gitea_admin", "gitea_admin@example.com")

    assert argv[:7] == ["docker", "exec", "-u", "git", "-e", PASSWORD_ENV, "gitea"]
    assert argv[-3:] == ["gitea_admin", "gitea_admin@example.com", "/data/gitea/conf/app.ini"]
    # `--password=<value>`: a generated password may start with "-", which a parser would read as a flag
    assert f'--password="${PASSWORD_ENV}"' in argv[argv.index("-c") + 1]


# -- the construct -------------------------------------------------------------------------------------------


def synth(props: GiteaBootstrapProps | None = None, *, generated: bool = True) -> dict[str, Any]:
    stack = TerraformStack(Testing.app(), "gitea-test")
    if generated:
        RandomProvider(stack, "random")
        props = props or GiteaBootstrapProps(gitea_url="http://127.0.0.1:3000", container_name="gitea")
    else:
        admin = TerraformVariable(stack, "admin_password", type="string", sensitive=True)
        editor = TerraformVariable(stack, "editor_password", type="string", sensitive=True)
        props = GiteaBootstrapProps(
            gitea_url="http://127.0.0.1:3000",
            admin_password=admin.string_value,
            editor_password=editor.string_value,
        )
    GiteaBootstrap(stack, "gitea-bootstrap", props)
    return json.loads(Testing.synth(stack))


def only_bootstrap(synthesized: dict[str, Any]) -> dict[str, Any]:
    (resource,) = synthesized["resource"]["terraform_data"].values()
    return resource


def test_the_construct_runs_the_bootstrap_from_a_terraform_data_provisioner() -> None:
    synthesized = synth()
    resource = only_bootstrap(synthesized)
    (provisioner,) = resource["provisioner"]
    local_exec = provisioner["local-exec"]

    assert local_exec["command"] == BOOTSTRAP_COMMAND == "python3 -m octopus_patterns.gitea"
    assert "working_dir" not in local_exec  # no layout assumed: the package is imported from the environment
    env = local_exec["environment"]
    assert env["GITEA_REPOSITORIES"] == "hello_world_cac,azure_web_app_cac"
    assert env["GITEA_CONTAINER"] == "gitea" and env["GITEA_ORGANIZATION"] == "octopuscac"
    passwords = set(synthesized["resource"]["random_password"])
    for variable in ("GITEA_ADMIN_PASSWORD", "GITEA_EDITOR_PASSWORD"):
        reference = env[variable]
        assert reference.startswith("${sensitive(random_password.") and reference.endswith(".result)}")
        assert reference.split(".")[1] in passwords
    assert resource["triggers_replace"]["repositories"] == "hello_world_cac,azure_web_app_cac"


def test_synthesized_json_holds_no_secret_literal_and_no_absolute_path() -> None:
    text = json.dumps(synth(generated=False))

    assert '"${sensitive(var.admin_password)}"' in text
    assert str(PROJECT_ROOT) not in text and '"/' not in text
    for value in _strings(json.loads(text)):
        assert not value.startswith("/"), value


def test_triggers_change_with_the_repository_list_organization_and_rerun_values() -> None:
    base = GiteaBootstrapProps(gitea_url="http://127.0.0.1:3000")
    triggers = only_bootstrap(synth(base))["triggers_replace"]
    same = only_bootstrap(synth(GiteaBootstrapProps(gitea_url="http://127.0.0.1:3000")))["triggers_replace"]
    more = GiteaBootstrapProps(gitea_url="http://127.0.0.1:3000", repositories=(*base.repositories, "extra"))
    other_org = GiteaBootstrapProps(gitea_url="http://127.0.0.1:3000", organization="another")

    rerun = GiteaBootstrapProps(gitea_url="http://127.0.0.1:3000", rerun_when={"container": "${c.id}"})

    assert triggers == same
    assert only_bootstrap(synth(rerun))["triggers_replace"] == {**triggers, "rerun_when_container": "${c.id}"}
    assert only_bootstrap(synth(more))["triggers_replace"]["repositories"] != triggers["repositories"]
    assert only_bootstrap(synth(other_org))["triggers_replace"]["organization"] != triggers["organization"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"admin_password": "a-literal-password"}, "admin_password must be a token"),
        ({"repositories": ()}, "list at least one"),
        ({"repositories": ("same", "SAME")}, "each name once"),
        ({"team": "two words"}, "team 'two words'"),
        ({"working_dir": str(PROJECT_ROOT)}, "working_dir must be relative"),
    ],
)
def test_props_reject_literals_and_bad_names(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        GiteaBootstrapProps(gitea_url="http://127.0.0.1:3000", **changes)


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


# -- the construct, applied by the real Terraform CLI against the stand-in --------------------------------


@pytest.mark.skipif(
    shutil.which("terraform") is None, reason="needs the terraform CLI (builtin provider only)"
)
def test_terraform_apply_runs_the_bootstrap_once_and_a_reapply_changes_nothing(
    make_standin, passwords, tmp_path
) -> None:
    standin = make_standin()
    standin.add_user(ADMIN, passwords["admin"], is_admin=True)
    stack = TerraformStack(Testing.app(), "gitea-apply")
    admin = TerraformVariable(stack, "admin_password", type="string", sensitive=True)
    editor = TerraformVariable(stack, "editor_password", type="string", sensitive=True)
    props = GiteaBootstrapProps(
        gitea_url=standin.url,
        admin_password=admin.string_value,
        editor_password=editor.string_value,
        timeout_seconds=5,
    )
    GiteaBootstrap(stack, "gitea-bootstrap", props)
    (tmp_path / "main.tf.json").write_text(Testing.synth(stack))
    env = {
        **os.environ,
        "TF_VAR_admin_password": passwords["admin"],
        "TF_VAR_editor_password": passwords["editor"],
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",  # `python3` = this Python
        "CHECKPOINT_DISABLE": "1",
    }

    def terraform(*args: str) -> subprocess.CompletedProcess[str]:
        command = ["terraform", *args, "-input=false", "-no-color"]
        return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)

    assert terraform("init").returncode == 0
    first = terraform("apply", "-auto-approve")
    assert first.returncode == 0, first.stdout + first.stderr
    assert EDITOR in standin.users and all((ORG, name) in standin.repos for name in REPOS)
    writes = len(standin.writes())

    second = terraform("apply", "-auto-approve")

    assert second.returncode == 0, second.stdout + second.stderr
    assert "No changes." in second.stdout
    assert len(standin.writes()) == writes
    for output in (first.stdout, first.stderr, second.stdout, second.stderr):
        assert passwords["admin"] not in output and passwords["editor"] not in output


# -- servers that misbehave (raw sockets on 127.0.0.1) -----------------------------------------------

VERSION = answer(200, json.dumps({"version": "1.22.6"}))
SLACK = 0.8


@pytest.fixture
def misbehaving() -> Iterator[Callable[..., MisbehavingServer]]:
    servers: list[MisbehavingServer] = []

    def make(*script: Behaviour) -> MisbehavingServer:
        servers.append(MisbehavingServer(script).start())
        return servers[-1]

    yield make
    for server in servers:
        server.stop()


def secret_forms(passwords: dict[str, str]) -> list[str]:
    """Every form a password may come back in, written out independently of the redaction helper."""
    forms = []
    for user, password in ((ADMIN, passwords["admin"]), (EDITOR, passwords["editor"])):
        for raw in (password.encode(), f"{user}:{password}".encode()):
            token = base64.b64encode(raw).decode()
            forms += [token, token.rstrip("="), base64.urlsafe_b64encode(raw).decode()]
        forms += [password, urllib.parse.quote(password, safe="")]
    return forms


def assert_clean(run: Run, passwords: dict[str, str]) -> None:
    assert "Traceback" not in run.err
    for form in secret_forms(passwords):
        assert form not in run.out and form not in run.err, form


@pytest.mark.parametrize("behaviour", [trickle, trickle_body], ids=["trickled-headers", "trickled-body"])
def test_a_trickling_gitea_fails_by_the_readiness_deadline(misbehaving, passwords, behaviour) -> None:
    server = misbehaving(behaviour)

    run = run_bootstrap(environment(server.url, passwords, GITEA_TIMEOUT_SECONDS="1"))

    assert run.code == EXIT_FAILED
    assert run.seconds < 1 + SLACK, run.seconds
    assert "did not become ready within 1 s" in run.err
    assert "no answer (no complete answer before the time limit)" in run.err
    assert_clean(run, passwords)


def test_garbage_cut_short_reset_and_trickle_are_retried_until_gitea_answers(misbehaving) -> None:
    server = misbehaving(garbage, cut_short, reset, trickle, answer(200, "[]"), VERSION)
    client = GiteaClient(server.url, request_timeout=0.5)
    started = time.monotonic()

    version = wait_until_ready(client, timeout_seconds=4, interval_seconds=0.1)

    assert version == "1.22.6" and len(server.requests) == 6
    assert time.monotonic() - started < 3


@pytest.mark.parametrize(
    "behaviour", [garbage, cut_short, reset, trickle], ids=["garbage", "cut", "reset", "trickle"]
)
def test_a_misbehaving_answer_after_readiness_fails_cleanly_within_the_request_limit(
    misbehaving, passwords, behaviour
) -> None:
    server = misbehaving(by_path({"/api/v1/version": VERSION}, behaviour))
    settings = BootstrapSettings.from_env(environment(server.url, passwords))
    client = GiteaClient(server.url, request_timeout=1.0, redactor=GiteaClient.for_settings(settings).redact)
    started = time.monotonic()

    with pytest.raises(GiteaUnreachable) as raised:
        client.request("GET", "/api/v1/user", auth=settings.admin)

    assert time.monotonic() - started < 1 + SLACK
    assert f"GET {server.url}/api/v1/user: no answer (" in str(raised.value)
    for form in secret_forms(passwords):
        assert form not in str(raised.value)


def test_a_401_that_reflects_the_authorization_header_and_password_is_redacted(
    misbehaving, passwords
) -> None:
    routes = {"/api/v1/version": VERSION, f"/api/v1/users/{ADMIN}": answer(200, json.dumps({"id": 1}))}
    server = misbehaving(by_path(routes, reflect_401))

    run = run_bootstrap(environment(server.url, passwords))

    assert run.code == EXIT_FAILED
    assert f"rejected the credentials of user '{ADMIN}' (HTTP 401: rejected: GET /api/v1/user" in run.err
    assert any(r.headers.get("authorization", "").startswith("Basic ") for r in server.requests)
    assert_clean(run, passwords)


def test_garbage_that_quotes_the_request_after_readiness_is_a_clean_failure(misbehaving, passwords) -> None:
    server = misbehaving(by_path({"/api/v1/version": VERSION}, garbage))

    run = run_bootstrap(environment(server.url, passwords))

    assert run.code == EXIT_FAILED
    assert f"GET {server.url}/api/v1/user: no answer (not an HTTP answer (garbage status line))" in run.err
    assert_clean(run, passwords)
