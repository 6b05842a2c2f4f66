"""Preflight's view of what `terraform init` needs for the stacks' providers, checked against real Terraform.

This machine cannot reach the Terraform registry, so the real check must report it, quickly. Fake provider
mirrors laid out as Terraform expects make the finding go away, and the same layouts and CLI configurations
are handed to the real `terraform init` to show that preflight's rules are Terraform's.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from octopus_patterns.preflight import Machine, check_provider_installation
from octopus_patterns.provider_installation import PROVIDERS, Provider, target_platform
from octopus_patterns.terraform_cli_config import Method, parse_hcl
from tests.conftest import PROJECT_DIR, SynthesizedApp
from tests.misbehaving_http import MisbehavingServer, answer, by_path

TARGET = target_platform(
    subprocess.run(["terraform", "version", "-json"], capture_output=True, text=True, check=False).stdout
    if shutil.which("terraform")
    else None
)
needs_terraform = pytest.mark.skipif(shutil.which("terraform") is None, reason="needs the terraform CLI")


def registry_reachable() -> bool:
    try:
        with socket.create_connection(("registry.terraform.io", 443), timeout=3):
            return True
    except OSError:
        return False


def fake_mirror(
    directory: Path, providers: tuple[Provider, ...] = PROVIDERS, *, packed: bool = False
) -> Path:
    """Fake providers (an executable that is not a real plugin) in Terraform's filesystem-mirror layout."""
    for provider in providers:
        host, namespace, type_name = provider.address.split("/")
        folder = directory / host / namespace / type_name
        binary = f"terraform-provider-{type_name}_v{provider.version}"
        if packed:
            folder.mkdir(parents=True, exist_ok=True)
            with zipfile.ZipFile(
                folder / f"terraform-provider-{type_name}_{provider.version}_{TARGET}.zip", "w"
            ) as z:
                z.writestr(zipfile.ZipInfo(binary), "#!/bin/sh\nexit 1\n")
        else:
            unpacked = folder / provider.version / TARGET
            unpacked.mkdir(parents=True)
            (unpacked / binary).write_text("#!/bin/sh\nexit 1\n")
            (unpacked / binary).chmod(0o755)
    return directory


def machine(tmp_path: Path, **environ: str) -> Machine:
    """This machine's PATH, an empty home (no ~/.terraformrc of the person running the tests), no XDG dirs."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    base = {"PATH": os.environ["PATH"], "HOME": str(home), "XDG_DATA_DIRS": str(tmp_path / "no-xdg")}
    return Machine(environ={**base, **environ}, project_dir=PROJECT_DIR, network_timeout=3.0)


def cli_config(tmp_path: Path, text: str) -> str:
    path = tmp_path / "terraform.tfrc"
    path.write_text(text)
    return str(path)


def terraform_init(tmp_path: Path, machine: Machine) -> subprocess.CompletedProcess[str]:
    """The real `terraform init` of a configuration that requires exactly the stacks' providers."""
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    shutil.rmtree(work / ".terraform", ignore_errors=True)
    (work / ".terraform.lock.hcl").unlink(missing_ok=True)
    required = {p.source.split("/")[1].lower(): {"source": p.source, "version": p.version} for p in PROVIDERS}
    (work / "main.tf.json").write_text(json.dumps({"terraform": {"required_providers": required}}))
    env = {**machine.environ, "CHECKPOINT_DISABLE": "1"}
    command = ["terraform", "init", "-input=false", "-no-color", "-backend=false"]
    return subprocess.run(command, cwd=work, env=env, capture_output=True, text=True, timeout=60, check=False)


def test_the_providers_preflight_checks_are_the_ones_the_stacks_require(estate: SynthesizedApp) -> None:
    required = {
        (spec["source"].lower(), spec["version"])
        for stack in estate.stacks.values()
        for spec in stack["terraform"]["required_providers"].values()
    }
    assert required == {(p.source.lower(), p.version) for p in PROVIDERS}


def test_this_machine_without_registry_access_is_reported_quickly(tmp_path: Path) -> None:
    started = time.monotonic()
    problems = check_provider_installation(machine(tmp_path))
    elapsed = time.monotonic() - started

    assert elapsed < 5, elapsed
    if registry_reachable():
        assert problems == []
        return
    (problem,) = problems
    assert problem.what.startswith(
        "providers hashicorp/random 3.7.2, kreuzwerker/docker 3.6.2, OctopusDeploy/octopusdeploy 1.17.0 "
        "cannot be installed by terraform init: registry.terraform.io does not answer ("
    )
    assert "terraform providers mirror" in problem.fix and "TF_CLI_CONFIG_FILE" in problem.fix


@needs_terraform
@pytest.mark.parametrize("packed", [False, True], ids=["unpacked", "packed"])
def test_a_filesystem_mirror_clears_the_finding_and_real_terraform_installs_from_it(
    tmp_path: Path, packed: bool
) -> None:
    mirror = fake_mirror(tmp_path / "mirror", packed=packed)
    config = cli_config(
        tmp_path, f'provider_installation {{\n  filesystem_mirror {{\n    path = "{mirror}"\n  }}\n}}\n'
    )
    with_mirror = machine(tmp_path, TF_CLI_CONFIG_FILE=config)

    assert check_provider_installation(with_mirror) == []
    init = terraform_init(tmp_path, with_mirror)
    assert init.returncode == 0, init.stdout + init.stderr
    assert init.stdout.count("- Installed ") == 3


@needs_terraform
def test_a_mirror_that_lacks_a_provider_names_it_and_terraform_fails_too(tmp_path: Path) -> None:
    mirror = fake_mirror(tmp_path / "mirror", PROVIDERS[:2])
    config = cli_config(tmp_path, f'provider_installation {{ filesystem_mirror {{ path = "{mirror}" }} }}')
    partial = machine(tmp_path, TF_CLI_CONFIG_FILE=config)

    (problem,) = check_provider_installation(partial)

    assert problem.what == (
        f"provider OctopusDeploy/octopusdeploy 1.17.0 cannot be installed by terraform init: "
        f"filesystem mirror {mirror} does not hold it for {TARGET}"
    )
    assert terraform_init(tmp_path, partial).returncode != 0


@needs_terraform
@pytest.mark.skipif(registry_reachable(), reason="only meaningful without registry access")
def test_a_matching_direct_method_needs_the_registry_even_for_mirrored_providers(tmp_path: Path) -> None:
    mirror = fake_mirror(tmp_path / "mirror")
    both = f'provider_installation {{\n filesystem_mirror {{ path = "{mirror}" }}\n direct {{}}\n}}'
    excluded = both.replace("direct {}", 'direct { exclude = ["registry.terraform.io/*/*"] }')
    with_direct = machine(tmp_path, TF_CLI_CONFIG_FILE=cli_config(tmp_path, both))

    (problem,) = check_provider_installation(with_direct)
    assert "registry.terraform.io does not answer" in problem.what and "exclude" in problem.fix
    assert terraform_init(tmp_path, with_direct).returncode != 0

    without_direct = machine(tmp_path, TF_CLI_CONFIG_FILE=cli_config(tmp_path, excluded))
    assert check_provider_installation(without_direct) == []
    assert terraform_init(tmp_path, without_direct).returncode == 0


@needs_terraform
@pytest.mark.skipif(registry_reachable(), reason="only meaningful without registry access")
def test_a_plugin_cache_alone_does_not_avoid_the_registry_on_a_first_init(tmp_path: Path) -> None:
    cache = fake_mirror(tmp_path / "cache")
    cached = machine(tmp_path, TF_PLUGIN_CACHE_DIR=str(cache))

    (problem,) = check_provider_installation(cached)

    assert f"the plugin cache {cache} holds it, but Terraform uses a cache only for providers" in problem.what
    init = terraform_init(tmp_path, cached)
    assert init.returncode != 0 and "registry.terraform.io" in init.stderr


@needs_terraform
def test_the_implied_mirror_in_the_home_directory_is_used_without_any_cli_configuration(
    tmp_path: Path,
) -> None:
    home_machine = machine(tmp_path)
    fake_mirror(Path(home_machine.environ["HOME"]) / ".terraform.d" / "plugins")

    assert check_provider_installation(home_machine) == []
    assert terraform_init(tmp_path, home_machine).returncode == 0


def test_a_network_mirror_is_asked_for_each_provider(tmp_path: Path) -> None:
    index = answer(200, json.dumps({"versions": {"1.0.0": {}}}))
    routes = {f"/mirror/{p.address}/index.json": index for p in PROVIDERS[1:]}
    server = MisbehavingServer([by_path(routes, answer(404, "{}"))]).start()
    url = server.url
    try:
        config = f'provider_installation {{\n network_mirror {{ url = "{url}/mirror/" }}\n}}'
        (problem,) = check_provider_installation(
            machine(tmp_path, TF_CLI_CONFIG_FILE=cli_config(tmp_path, config))
        )
    finally:
        server.stop()

    assert problem.what == (
        "provider hashicorp/random 3.7.2 cannot be installed by terraform init: "
        f"network mirror {url}/mirror/ does not serve it (HTTP 404)"
    )
    assert sorted(r.path for r in server.requests) == sorted(
        f"/mirror/{p.address}/index.json" for p in PROVIDERS
    )


def test_an_unreadable_cli_configuration_is_a_finding_of_its_own(tmp_path: Path) -> None:
    config = cli_config(tmp_path, "provider_installation {\n  filesystem_mirror {\n")

    problems = check_provider_installation(machine(tmp_path, TF_CLI_CONFIG_FILE=config))

    assert (
        problems[0].what == f"Terraform CLI configuration {config} cannot be read (missing '}}' at the end)"
    )


def test_the_cli_configuration_reader_handles_the_syntax_terraform_documents() -> None:
    text = """
    # comment
    plugin_cache_dir = "$HOME/.terraform.d/plugin-cache" // another
    disable_checkpoint = true
    /* a block
       comment */
    credentials "app.terraform.io" { token = "x" }
    host "example.com" { services = { "providers.v1" = "https://example.com/v1/" } }
    provider_installation {
      filesystem_mirror {
        path    = "/opt/mirror"
        include = ["example.com/*/*", "hashicorp/random",]
      }
      direct { exclude = ["example.com/*/*"] }
    }
    """
    body = parse_hcl(text)
    (installation,) = [value for name, labels, value in body if name == "provider_installation"]
    mirror, direct = installation
    assert mirror[0] == "filesystem_mirror" and dict((n, v) for n, _, v in mirror[2])["include"] == [
        "example.com/*/*",
        "hashicorp/random",
    ]
    assert Method("filesystem_mirror", include=("hashicorp/random",)).matches(
        "registry.terraform.io/hashicorp/random"
    )
    assert not Method("direct", exclude=("*/*",)).matches("registry.terraform.io/kreuzwerker/docker")
    assert Method("direct", exclude=("example.com/*/*",)).matches("registry.terraform.io/kreuzwerker/docker")
