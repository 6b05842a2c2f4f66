"""Can `terraform init` install the providers the stacks use on this machine? Say why not, and how to fix it.

Terraform installs each provider with the methods of the CLI configuration's `provider_installation` block
whose include/exclude patterns match it. When several match, Terraform asks all of them for versions, so a
`direct` or `network_mirror` method that matches must answer even when a filesystem mirror holds the
provider (checked with Terraform 1.11: a `filesystem_mirror` plus a plain `direct {}` fails offline). Without
that block, Terraform uses the implied local mirror directories for the providers found there and the
provider's registry for the rest. A plugin cache (`plugin_cache_dir`, `TF_PLUGIN_CACHE_DIR`) does not avoid
the registry on a first init: Terraform uses a cached provider only when the stack's `.terraform.lock.hcl`
already records it, and cdktf writes fresh stack directories.
"""

from __future__ import annotations

import json
import platform
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from octopus_patterns.terraform_cli_config import DEFAULT_HOST, CliConfig, Method

NETWORK_TIMEOUT_SECONDS = 5.0
MIRROR_FIX = (
    "on a machine with access run `terraform providers mirror DIR` in each cdktf.out/stacks/<stack>, "
    'copy DIR here and set `provider_installation { filesystem_mirror { path = "DIR" } }` in the file '
    "TF_CLI_CONFIG_FILE names (or ~/.terraformrc); see README, Deploy"
)


@dataclass(frozen=True)
class Provider:
    source: str  # as in required_providers: namespace/type
    version: str

    @property
    def address(self) -> str:
        return f"{DEFAULT_HOST}/{self.source}".lower()

    def __str__(self) -> str:
        return f"{self.source} {self.version}"


# What the stacks' required_providers pin (tests/test_preflight.py checks this against the synthesized JSON).
PROVIDERS = (
    Provider("hashicorp/random", "3.7.2"),
    Provider("kreuzwerker/docker", "3.6.2"),
    Provider("OctopusDeploy/octopusdeploy", "1.17.0"),
)

# GET url -> None when it answered as expected, else why not (short)
Probe = Callable[[str], "str | None"]


def implied_mirror_dirs(environ: Mapping[str, str], home: Path) -> list[Path]:
    """Terraform's implied local mirror directories on Unix (the working directory's own is left out)."""
    data_home = environ.get("XDG_DATA_HOME") or str(home / ".local" / "share")
    data_dirs = (environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share").split(":")
    return [
        home / ".terraform.d" / "plugins",
        *(Path(d) / "terraform" / "plugins" for d in [data_home, *data_dirs] if d),
    ]


def mirror_holds(directory: Path, provider: Provider, target: str) -> bool:
    """Whether `directory` holds the provider in a filesystem mirror's unpacked layout
    (HOST/NS/TYPE/VERSION/TARGET/) or packed one (HOST/NS/TYPE/terraform-provider-TYPE_VERSION_TARGET.zip).
    Terraform compares the address parts without regard to case."""
    folder = directory
    for part in provider.address.split("/"):
        folder = _child(folder, part)
    type_name = provider.address.rsplit("/", 1)[1]
    return (folder / provider.version / target).is_dir() or (
        folder / f"terraform-provider-{type_name}_{provider.version}_{target}.zip"
    ).is_file()


def _child(folder: Path, name: str) -> Path:
    try:
        return next((c for c in folder.iterdir() if c.name.lower() == name), folder / name)
    except OSError:
        return folder / name


def target_platform(terraform_version_json: str | None) -> str:
    """`linux_amd64` etc.: what `terraform version -json` reports, else derived from this Python."""
    try:
        reported = json.loads(terraform_version_json or "").get("platform")
    except (ValueError, AttributeError):
        reported = None
    if isinstance(reported, str) and reported:
        return reported
    machine = platform.machine().lower()
    arch = {"x86_64": "amd64", "aarch64": "arm64", "i386": "386", "i686": "386", "armv7l": "arm"}.get(
        machine, machine
    )
    return f"{'windows' if sys.platform == 'win32' else sys.platform}_{arch}"


@dataclass(frozen=True)
class Finding:
    what: str
    fix: str


def check(
    config: CliConfig,
    target: str,
    probe: Probe,
    implied_dirs: Iterable[Path],
    providers: Iterable[Provider] = PROVIDERS,
) -> list[Finding]:
    """One finding per distinct reason, naming the providers (of `providers`) it affects."""
    implied = list(implied_dirs)
    answers: dict[str, str | None] = {}

    def ask(url: str) -> str | None:
        if url not in answers:
            answers[url] = probe(url)
        return answers[url]

    by_reason: dict[tuple[str, str], list[Provider]] = {}
    for provider in providers:
        methods = (
            config.methods if config.methods is not None else _implied_methods(provider, target, implied)
        )
        problem = _provider_problem(provider, target, methods, ask, config)
        if problem is not None:
            by_reason.setdefault(problem, []).append(provider)
    return [
        Finding(
            f"{'providers' if len(providers) > 1 else 'provider'} {', '.join(map(str, providers))} "
            f"cannot be installed by terraform init: {reason}",
            fix,
        )
        for (reason, fix), providers in by_reason.items()
    ]


def _implied_methods(provider: Provider, target: str, dirs: list[Path]) -> tuple[Method, ...]:
    holding = [d for d in dirs if mirror_holds(d, provider, target)]
    if holding:
        return tuple(Method("filesystem_mirror", str(d)) for d in holding)
    return (Method("direct"),)


def _provider_problem(
    provider: Provider, target: str, methods: tuple[Method, ...], ask: Probe, config: CliConfig
) -> tuple[str, str] | None:
    matching = [m for m in methods if m.matches(provider.address)]
    if not matching:
        files = ", ".join(map(str, config.files)) or "the CLI configuration"
        return (f"no provider_installation method in {files} includes it", "add one whose include matches it")
    for method in matching:
        if method.kind == "direct":
            reason = ask(f"https://{DEFAULT_HOST}/.well-known/terraform.json")
            if reason is not None:
                return (
                    f"{DEFAULT_HOST} does not answer ({reason}){_cache_note(config, provider, target)}",
                    _fix(methods),
                )
        elif method.kind == "network_mirror":
            url = method.location.rstrip("/") + "/" + provider.address + "/index.json"
            reason = ask(url)
            if reason is not None:
                return (
                    f"network mirror {method.location} does not serve it ({reason})",
                    f"make it reachable, or {MIRROR_FIX}",
                )
    if any(m.kind != "filesystem_mirror" for m in matching):
        return None
    if any(mirror_holds(Path(m.location), provider, target) for m in matching):
        return None
    where = ", ".join(m.location for m in matching)
    return (f"filesystem mirror {where} does not hold it for {target}", f"add it: {MIRROR_FIX}")


def _fix(methods: tuple[Method, ...]) -> str:
    if any(m.kind == "filesystem_mirror" for m in methods):
        return (
            f"allow HTTPS to {DEFAULT_HOST}, or exclude the mirrored providers from `direct` "
            "(Terraform asks every matching method, so a matching `direct` needs the registry even for "
            "mirrored ones)"
        )
    return f"allow HTTPS to {DEFAULT_HOST} and the providers' download hosts, or {MIRROR_FIX}"


def _cache_note(config: CliConfig, provider: Provider, target: str) -> str:
    if config.plugin_cache_dir and mirror_holds(Path(config.plugin_cache_dir), provider, target):
        return (
            f"; the plugin cache {config.plugin_cache_dir} holds it, but Terraform uses a cache only for "
            "providers a stack's .terraform.lock.hcl already records, so a first init needs the registry"
        )
    return ""


def http_probe(environ: Mapping[str, str], timeout: float = NETWORK_TIMEOUT_SECONDS) -> Probe:
    """GET with proxies from `environ`, bounded by `timeout` in all (name resolution included); 200 needed."""
    proxies = {
        scheme: value
        for scheme in ("http", "https")
        if (value := environ.get(f"{scheme}_proxy") or environ.get(f"{scheme.upper()}_PROXY"))
    }

    def probe(url: str) -> str | None:
        outcome: list[str | None] = []

        def run() -> None:
            opener = urllib.request.build_opener(urllib.request.ProxyHandler(proxies))
            try:
                with opener.open(url, timeout=timeout) as answer:
                    outcome.append(None if answer.status == 200 else f"HTTP {answer.status}")
            except urllib.error.HTTPError as error:
                outcome.append(f"HTTP {error.code}")
            except (OSError, ValueError) as error:
                outcome.append(str(getattr(error, "reason", error)))

        worker = threading.Thread(target=run, daemon=True)  # getaddrinfo has no timeout of its own
        worker.start()
        worker.join(timeout)
        return outcome[0] if outcome else f"no answer within {timeout:g} s"

    return probe
