"""The estate's typed configuration: `estate.toml`, overridden by `ESTATE__section__key` variables.

Everything is validated before a single construct is created, so bad input stops synthesis with a
message that names the field, the value and what is allowed, and nothing is half-written.
"""

from __future__ import annotations

import os
import re
import tomllib
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal, get_args
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

ENV_PREFIX = "ESTATE__"
DEFAULT_CONFIG_FILE = "estate.toml"
CONFIG_FILE_ENV = "ESTATE_CONFIG"
# cdktf's output directory (cdktf.json); every synth rewrites it, so state must never live inside it.
SYNTH_OUTDIR = "cdktf.out"
# With the pg state backend, Terraform reads the connection string from here (never synthesized).
PG_CONN_STR_ENV = "PG_CONN_STR"

# Spaces the stacks create themselves (and the server's own Default space): no region may take their names.
RESERVED_REGION_NAMES = ("Default", "Development", "Test\\Production")
# Octopus rejects space names with these characters (the same set Windows rejects in file names).
_FORBIDDEN_NAME_CHARS = set('\\/:*?"<>|')
# Docker's reference grammar: [registry[:port]/]path[:tag][@sha256:<64 hex>]; a registry is `localhost` or
# has a dot or a port, path components are lower case. Matched with fullmatch (`$` lets a final newline by).
_REGISTRY = r"(?:(?:localhost|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?::[0-9]+)?|[A-Za-z0-9-]+:[0-9]+)/"
_PATH_COMPONENT = r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
_IMAGE_RE = re.compile(
    rf"(?:{_REGISTRY})?{_PATH_COMPONENT}(?:/{_PATH_COMPONENT})*"
    r"(?P<tag>:[A-Za-z0-9_][A-Za-z0-9._-]{0,127})?(?P<digest>@sha256:[0-9a-f]{64})?"
)


# Control, format (invisible: U+200B, U+202E, U+FEFF...), surrogate, private-use and unassigned characters,
# and line/paragraph separators: a name that prints like another, or breaks a log line, is refused.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def validate_octopus_name(value: str) -> str:
    """Octopus names: not blank, no surrounding whitespace, none of \\ / : * ? " < > |, no control or
    invisible character, no `#{` (Octopus would read it as the start of a variable expression)."""
    if not value.strip():
        raise ValueError("must not be empty or blank")
    if value != value.strip():
        raise ValueError("must not start or end with whitespace")
    invisible = sorted({f"U+{ord(c):04X}" for c in value if unicodedata.category(c) in _INVISIBLE_CATEGORIES})
    if invisible:
        raise ValueError(f"must not contain control or invisible characters ({', '.join(invisible)})")
    bad = sorted(set(value) & _FORBIDDEN_NAME_CHARS)
    if bad:
        raise ValueError(f'must not contain {" ".join(bad)} (Octopus rejects \\ / : * ? " < > |)')
    if "#{" in value:
        raise ValueError("must not contain '#{' (Octopus reads it as a variable expression)")
    return value


def name_key(value: str) -> str:
    """What names are compared by: the configured text (through the Terraform escape), NFKC normalisation,
    then case folding (full-width 'Ｅｕ' is 'eu', and full-width '＄｛' is '${')."""
    text = from_terraform_literal(value)
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())


def _repeated(names: Sequence[str]) -> list[str]:
    keys = [name_key(name) for name in names]
    return sorted({name for name, key in zip(names, keys, strict=True) if keys.count(key) > 1})


class ConfigError(ValueError):
    """Raised for invalid configuration; the message lists every problem, one per line."""


# Every configured string reaches synthesized JSON, where Terraform reads each string as a template:
# `${...}` interpolates and `%{...}` is a directive, while `$${` and `%%{` are their escapes and stand for the
# literal text. HCL also turns every string into Unicode NFC, and cdktf resolves its own token markers in any
# string it synthesizes. So one rule for every string field of every section: refused (naming the field) when
# no escape exists, otherwise held in its escaped form, which Terraform turns back into the configured text
# byte for byte. Python code that needs the configured text itself uses from_terraform_literal.
_CDKTF_TOKEN_MARKERS = ("${TfToken[", "#{TfToken[", "&{TfToken[")


def terraform_literal(value: str) -> str:
    """`value` as a Terraform JSON string that evaluates to exactly `value` (`${`→`$${`, `%{`→`%%{`)."""
    return value.replace("${", "$${").replace("%{", "%%{")


def from_terraform_literal(value: str) -> str:
    """The text Terraform produces from a `terraform_literal` string: the inverse of `terraform_literal`."""
    return value.replace("$${", "${").replace("%%{", "%{")


def check_literal_text(value: str) -> str:
    """Refuse what no Terraform escape can carry: non-NFC text and cdktf's token markers."""
    if not unicodedata.is_normalized("NFC", value):
        raise ValueError(
            "must be in Unicode normalization form NFC (Terraform normalizes every string to NFC, so it "
            f"would not arrive as written; NFC form: {unicodedata.normalize('NFC', value)!r})"
        )
    markers = [marker for marker in _CDKTF_TOKEN_MARKERS if marker in value]
    if markers:
        raise ValueError(f"must not contain {markers[0]!r} (cdktf reads it as one of its token markers)")
    return value


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("*")
    @classmethod
    def _terraform_literal(cls, value: Any) -> Any:
        """The rule above, for every string field of every section and every string in a tuple field. It
        runs before a section's own field validators, so they and every later check see the literal form
        (the escape keeps equality, and name_key reads through it)."""
        if isinstance(value, str):
            return terraform_literal(check_literal_text(value))
        if isinstance(value, tuple) and all(isinstance(item, str) for item in value):
            return tuple(terraform_literal(check_literal_text(item)) for item in value)
        return value


class StateConfig(_Section):
    """Where Terraform keeps each stack's state."""

    backend: Literal["local", "pg"] = "local"
    # Local state files live here, relative to the project root (never inside cdktf.out).
    local_dir: str = Field("state", max_length=255)

    @field_validator("local_dir")
    @classmethod
    def _relative_dir(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty or blank")
        if any(unicodedata.category(c) in _INVISIBLE_CATEGORIES for c in value):
            raise ValueError("must be one line of visible characters (no control character or line break)")
        if value.startswith("/") or ".." in Path(value).parts:
            raise ValueError("must be a path relative to the project root, without '..'")
        if Path(value).parts[:1] and Path(value).parts[0].casefold() == SYNTH_OUTDIR:
            raise ValueError(
                f"must not be {SYNTH_OUTDIR} or inside {SYNTH_OUTDIR}, which every synth rewrites"
            )
        if "${" in value or "%{" in value:
            # The backend takes the path literally, terraform_remote_state evaluates it: no escape fits both.
            raise ValueError("must not contain '${' or '%{' (Terraform template sequences)")
        return value


class ImagesConfig(_Section):
    """Container images, each pinned to an explicit tag, a digest, or both."""

    octopus: str = "octopusdeploy/octopusdeploy:2025.4"
    mssql: str = "mcr.microsoft.com/mssql/server:2022-CU14-ubuntu-22.04"
    gitea: str = "gitea/gitea:1.24.6"
    postgres: str = "postgres:16.4"

    @field_validator("*")
    @classmethod
    def _pinned(cls, value: str) -> str:
        before_digest = value.split("@", 1)[0]
        if ":" in before_digest and before_digest.rsplit(":", 1)[1].strip().casefold() == "latest":
            raise ValueError("must be pinned to an explicit tag or digest, not 'latest'")
        match = _IMAGE_RE.fullmatch(value)
        if match is None or not (match["tag"] or match["digest"]):
            raise ValueError(
                "must be 'repository:tag', 'repository@sha256:<64 hex>' or 'repository:tag@sha256:<64 hex>' "
                "with an explicit tag"
            )
        return value


class PortsConfig(_Section):
    """Host ports, all bound to 127.0.0.1."""

    octopus: int = Field(18080, ge=1, le=65535, strict=True)
    gitea_http: int = Field(3000, ge=1, le=65535, strict=True)
    gitea_ssh: int = Field(222, ge=1, le=65535, strict=True)
    state_db: int = Field(15432, ge=1, le=65535, strict=True)

    @model_validator(mode="after")
    def _distinct(self) -> PortsConfig:
        seen: dict[int, str] = {}
        for name, port in self.model_dump().items():
            if port in seen:
                raise ValueError(
                    f"{name}={port} is already used by {seen[port]}; every host port must differ"
                )
            seen[port] = name
        return self


class ReadinessConfig(_Section):
    """How long `containers` waits for the Octopus API before it fails."""

    timeout_minutes: float = Field(10.0, gt=0, le=120, strict=True, allow_inf_nan=False)
    interval_seconds: float = Field(5.0, gt=0, le=300, strict=True, allow_inf_nan=False)

    @model_validator(mode="after")
    def _interval_within_timeout(self) -> ReadinessConfig:
        if self.interval_seconds >= self.timeout_minutes * 60:
            raise ValueError(
                f"interval_seconds ({self.interval_seconds}) must be shorter than timeout_minutes "
                f"({self.timeout_minutes} minutes = {self.timeout_minutes * 60} s)"
            )
        return self


class MemoryConfig(_Section):
    """Each container's memory limit in MiB (Docker's `--memory`); minimums follow the vendors' docs."""

    # Octopus sizes a node at 2 cores / 4 GB of RAM per 10-15 concurrent tasks.
    octopus: int = Field(4096, ge=2048, le=1048576, strict=True)
    # SQL Server on Linux needs at least 2 GB; it is told to use 80 % of this (MSSQL_MEMORY_LIMIT_MB), so 2560
    # is the least that leaves it 2 GB.
    mssql: int = Field(3072, ge=2560, le=1048576, strict=True)
    # Gitea: "2 CPU cores and 1GB RAM is typically sufficient for small teams/projects".
    gitea: int = Field(1024, ge=256, le=1048576, strict=True)
    # Postgres with its image's defaults (128 MB shared buffers).
    gitea_db: int = Field(512, ge=128, le=1048576, strict=True)
    state_db: int = Field(512, ge=128, le=1048576, strict=True)


class OctopusServerConfig(_Section):
    admin_username: str = Field("admin", min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._@-]+$")
    admin_email: str = Field("admin@example.com", max_length=254, pattern=r"^[^@\s]+@[^@\s]+$")
    # Docker-in-Docker for execution containers on the built-in worker needs a privileged container.
    # Off by default: nothing in this estate needs it (see README, "Privileged mode").
    privileged: bool = Field(False, strict=True)


# A Terraform variable name (`TF_VAR_<name>` sets it): lower case, so every shell and Terraform agree on it.
_VARIABLE_NAME = r"^[a-z][a-z0-9_]{0,63}$"
# Variables the stacks declare themselves: a configured secret variable must not take one of their names.
RESERVED_VARIABLE_NAMES = frozenset(
    {
        "docker_username",
        "docker_password",
        "slack_bot_token",
        "git_username",
        "git_password",
        "azure_application_id",
        "azure_subscription_id",
        "azure_tenant_id",
        "azure_password",
        "k8s_cluster_url",
        "k8s_client_cert",
        "k8s_client_cert_password",
        "octopus_server_base64_license",
    }
)


def validate_server_url(value: str) -> str:
    """An http(s) URL with a host, no user info, query or fragment; a trailing slash is dropped."""
    parsed = urlsplit(value)
    if parsed.scheme not in ("http", "https"):
        raise ValueError("must be an http:// or https:// URL")
    if not parsed.hostname:
        raise ValueError("must name a host (e.g. https://octopus.example.com)")
    if parsed.username is not None or parsed.password is not None:
        raise ValueError("must not carry credentials (user:password@); give them as sensitive variables")
    if parsed.query or parsed.fragment:
        raise ValueError("must not have a query or fragment")
    if any(c.isspace() or unicodedata.category(c) in _INVISIBLE_CATEGORIES for c in value):
        raise ValueError("must not contain whitespace or control characters")
    if "${" in value or "%{" in value or "#{" in value:
        raise ValueError("must not contain '${', '%{' or '#{' (Terraform or Octopus template sequences)")
    try:
        parsed.port  # noqa: B018 - raises for a port out of range or not a number
    except ValueError as error:
        raise ValueError(f"has an invalid port ({error})") from None
    return value.rstrip("/")


ServerUrl = Annotated[str, Field(min_length=1, max_length=2048), AfterValidator(validate_server_url)]
VariableName = Annotated[str, Field(pattern=_VARIABLE_NAME)]


class ExistingInstanceConfig(_Section):
    """An Octopus server that already runs: the Octopus stacks target it, and no `containers` stack exists.

    The API key reaches Terraform only through the sensitive variable `api_key_variable`
    (`TF_VAR_<api_key_variable>`); it is never synthesized. A region's own server (`[[regions]] octopus`)
    is described the same way; its `internal_url` is how the management space's runbooks reach it.
    """

    url: ServerUrl  # as the machine running Terraform reaches it
    # As the server's own tasks (runbooks on its workers) reach it; default: `url`.
    internal_url: ServerUrl | None = None
    api_key_variable: VariableName = "octopus_api_key"

    @property
    def url_from_server(self) -> str:
        return self.internal_url or self.url


class GitServerConfig(_Section):
    """The Gitea (or Gitea-API-compatible) server the config-as-code projects keep their repositories in.

    The fork, merge and find-updates runbooks call Gitea's API (`/api/v1/...`), so the server must speak it.
    The repositories `hello_world_cac` and `azure_web_app_cac` must exist in `organization` with a `main`
    branch; the user's password reaches Terraform only as `TF_VAR_<password_variable>`.
    """

    url: ServerUrl  # as the Octopus server reaches it (its clone URLs are <url>/<organization>/<repo>.git)
    organization: str = Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    username: str = Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    password_variable: VariableName = "git_server_password"


class StateDatabaseConfig(_Section):
    """The Postgres the runbooks keep Terraform state in (ThisInstance.State.*), as Octopus's workers
    reach it.

    The password reaches Terraform only as `TF_VAR_<password_variable>`.
    """

    host: str = Field(min_length=1, max_length=253, pattern=r"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$")
    port: int = Field(5432, ge=1, le=65535, strict=True)
    database: str = Field("terraform", min_length=1, max_length=63, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    username: str = Field(min_length=1, max_length=63, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    password_variable: VariableName = "state_database_password"


OctopusName = Annotated[
    str, Field(min_length=1, max_length=50), AfterValidator(lambda v: validate_octopus_name(v))
]


class LifecycleConfig(_Section):
    """A lifecycle of a region's space: one phase per environment, in order."""

    name: OctopusName
    phases: tuple[OctopusName, ...] = Field(min_length=1)
    automatic: tuple[OctopusName, ...] = ()  # phases whose environment releases deploy to by themselves

    @model_validator(mode="after")
    def _phases_once(self) -> LifecycleConfig:
        repeated = _repeated(self.phases)
        if repeated:
            raise ValueError(f"lifecycle {self.name!r}: phases {repeated} appear more than once")
        stray = [name for name in self.automatic if name not in self.phases]
        if stray:
            raise ValueError(
                f"lifecycle {self.name!r}: automatic {stray} are not among its phases {list(self.phases)}"
            )
        return self


_DEFAULT_REGION_ENVIRONMENTS = ("Development", "Test", "Production", "Security", "Sync")
_DEFAULT_REGION_LIFECYCLES = (
    LifecycleConfig(name="Simple", phases=("Development", "Test", "Production")),
    LifecycleConfig(
        name="DevSecOps", phases=("Development", "Test", "Production", "Security"), automatic=("Security",)
    ),
)


class RegionConfig(_Section):
    """A business unit or region that gets its own managed space and a tenant in the management space.

    Its space gets `environments` and `lifecycles` (by default what the RI's "Create Client Space" deploys).
    """

    name: str = Field(min_length=1, max_length=20)
    environments: tuple[OctopusName, ...] = _DEFAULT_REGION_ENVIRONMENTS
    lifecycles: tuple[LifecycleConfig, ...] = _DEFAULT_REGION_LIFECYCLES
    # The region's own Octopus server (url, internal_url: as the management space's runbooks reach it,
    # api_key_variable); None: its space lives on the estate's server, as the others.
    octopus: ExistingInstanceConfig | None = None

    @field_validator("name")
    @classmethod
    def _octopus_name(cls, value: str) -> str:
        validate_octopus_name(value)
        if name_key(value) in {name_key(reserved) for reserved in RESERVED_REGION_NAMES}:
            raise ValueError(
                f"is reserved: the stacks create spaces named {', '.join(RESERVED_REGION_NAMES)} "
                "(compared ignoring case and Unicode width)"
            )
        if not region_slug(value):
            raise ValueError("must contain at least one letter or digit (it names the region's stack)")
        return value

    @model_validator(mode="after")
    def _lifecycles_use_known_environments(self) -> RegionConfig:
        if not self.environments:
            raise ValueError(f"region {self.name!r}: list at least one environment")
        for what, names in (
            ("environments", self.environments),
            ("lifecycles", [lc.name for lc in self.lifecycles]),
        ):
            repeated = _repeated(names)
            if repeated:
                raise ValueError(f"region {self.name!r}: {what} {repeated} appear more than once")
        for lifecycle in self.lifecycles:
            unknown = [phase for phase in lifecycle.phases if phase not in self.environments]
            if unknown:
                raise ValueError(
                    f"region {self.name!r}: lifecycle {lifecycle.name!r} names {unknown}, "
                    f"which are not among the region's environments {list(self.environments)}"
                )
        return self

    @property
    def stack_id(self) -> str:
        return f"region-{region_slug(self.name)}"


def region_slug(name: str) -> str:
    """`Asia Pacific` -> `asia-pacific`: the part of a region's stack ID that comes from its name."""
    return re.sub(r"[^a-z0-9]+", "-", name_key(name)).strip("-")


class EstateConfig(_Section):
    state: StateConfig = StateConfig()
    images: ImagesConfig = ImagesConfig()
    ports: PortsConfig = PortsConfig()
    readiness: ReadinessConfig = ReadinessConfig()
    octopus: OctopusServerConfig = OctopusServerConfig()
    memory: MemoryConfig = MemoryConfig()
    regions: tuple[RegionConfig, ...] = (RegionConfig(name="America"), RegionConfig(name="Europe"))
    # An Octopus server that already runs; None: the local Docker estate (`containers`) provides everything.
    existing_instance: ExistingInstanceConfig | None = None
    git: GitServerConfig | None = None  # only with existing_instance; None there: no config-as-code projects
    state_database: StateDatabaseConfig | None = None  # only with existing_instance, and required there

    @field_validator("regions")
    @classmethod
    def _unique_regions(cls, regions: tuple[RegionConfig, ...]) -> tuple[RegionConfig, ...]:
        seen: dict[str, str] = {}  # stack id -> region name
        for region in regions:
            other = seen.get(region.stack_id)
            if other is not None and name_key(other) == name_key(region.name):
                raise ValueError(
                    f"region name {region.name!r} appears more than once "
                    "(names are compared ignoring case and Unicode normalisation)"
                )
            if other is not None:
                raise ValueError(
                    f"regions {other!r} and {region.name!r} would both get the stack {region.stack_id!r}; "
                    "rename one"
                )
            seen[region.stack_id] = region.name
        return regions

    @model_validator(mode="after")
    def _sources_fit_together(self) -> EstateConfig:
        if self.existing_instance is None:
            for section in ("git", "state_database"):
                if getattr(self, section) is not None:
                    raise ValueError(
                        f"[{section}] is given without [existing_instance]; the local Docker estate brings "
                        f"its own (Gitea, terraformdb): remove [{section}] or add [existing_instance]"
                    )
        elif self.state_database is None:
            raise ValueError(
                "[existing_instance] needs [state_database] (host, port, database, username, "
                "password_variable): the management and Development runbooks keep Terraform state there"
            )
        self._region_instances_differ_from_the_estates()
        owners: dict[str, str] = {}
        for owner, name in self.secret_variables():
            if name in RESERVED_VARIABLE_NAMES:
                raise ValueError(
                    f"{owner} = {name!r}: the stacks already declare that variable; choose another name"
                )
            if name in owners:
                raise ValueError(
                    f"{owner} = {name!r} is also {owners[name]}; every secret needs its own variable"
                )
            owners[name] = owner
        return self

    def _region_instances_differ_from_the_estates(self) -> None:
        if self.existing_instance is None:
            return
        for index, region in enumerate(self.regions):
            if region.octopus is not None and region.octopus.url == self.existing_instance.url:
                raise ValueError(
                    f"regions[{index}].octopus.url = {region.octopus.url!r} is [existing_instance]'s server; "
                    f"leave out octopus for region {region.name!r} to keep its space there"
                )

    def secret_variables(self) -> list[tuple[str, str]]:
        """(field, variable name) of every secret the configuration names; TF_VAR_<name> carries each.
        Regions on the same server may share its key's variable (listed once)."""
        found: list[tuple[str, str]] = []
        if self.existing_instance is not None:
            found.append(("existing_instance.api_key_variable", self.existing_instance.api_key_variable))
        shared: set[tuple[str, str]] = set()
        for index, region in enumerate(self.regions):
            if region.octopus is None or (region.octopus.api_key_variable, region.octopus.url) in shared:
                continue
            shared.add((region.octopus.api_key_variable, region.octopus.url))
            found.append((f"regions[{index}].octopus.api_key_variable", region.octopus.api_key_variable))
        if self.git is not None:
            found.append(("git.password_variable", self.git.password_variable))
        if self.state_database is not None:
            found.append(("state_database.password_variable", self.state_database.password_variable))
        return found


def load_config(path: str | Path | None = None, environ: Mapping[str, str] | None = None) -> EstateConfig:
    """Read the configuration file (optional) and apply `ESTATE__section__key=value` overrides."""
    environ = os.environ if environ is None else environ
    named = environ.get(CONFIG_FILE_ENV) or None
    file = Path(path or named or DEFAULT_CONFIG_FILE)
    label = str(file) if path is not None or named is None else f"{CONFIG_FILE_ENV}={file}"
    # Only the default file may be absent (then the defaults apply); a file someone named must exist.
    data = _read_toml(file, label, required=path is not None or named is not None)
    for key, value in sorted(environ.items()):
        if key.startswith(ENV_PREFIX):
            _apply_override(data, key, value)
    try:
        return EstateConfig.model_validate(data)
    except ValidationError as error:
        raise ConfigError(_describe(error, file)) from None


def _read_toml(file: Path, label: str, *, required: bool) -> dict[str, Any]:
    """The file's TOML; every way it can fail is one line naming the file (never a traceback)."""
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        if required:
            raise ConfigError(f"{label}: configuration file not found") from None
        return {}
    except IsADirectoryError:
        raise ConfigError(f"{label}: is a directory, not a configuration file") from None
    except OSError as error:
        raise ConfigError(f"{label}: cannot be read ({error.strerror or error})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ConfigError(f"{label}: is not UTF-8 text (invalid byte at offset {error.start})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{label}: not valid TOML: {error}") from None


def _apply_override(data: dict[str, Any], key: str, value: str) -> None:
    path = [part.lower() for part in key[len(ENV_PREFIX) :].split("__")]
    if path == ["regions"]:
        _refuse_dropping_region_settings(data.get("regions"), key)
        data["regions"] = [{"name": name.strip()} for name in value.split(",")] if value.strip() else []
        return
    if len(path) != 2 or not all(path):
        raise ConfigError(
            f"{key}: overrides are ESTATE__<section>__<key> (or ESTATE__REGIONS=a,b), got {key!r}"
        )
    section = data.setdefault(path[0], {})
    if not isinstance(section, dict):
        raise ConfigError(f"{key}: [{path[0]}] is not a section")
    section[path[1]] = _typed(path[0], path[1], value)


def _refuse_dropping_region_settings(regions: Any, key: str) -> None:
    """A name list carries names only: a region's own server, environments or lifecycles set in the file would
    be dropped silently (the region moved onto the estate's server, or given the default environments)."""
    carried = {
        str(region.get("name")): sorted(set(region) - {"name"})
        for region in (regions if isinstance(regions, list) else [])
        if isinstance(region, dict) and set(region) - {"name"}
    }
    if carried:
        settings = "; ".join(f"{name!r} sets {', '.join(keys)}" for name, keys in carried.items())
        raise ConfigError(
            f"{key}: replaces [[regions]] with bare names, which cannot carry what the configuration "
            f"file sets for them ({settings}); list the regions in the configuration file instead"
        )


def _typed(section: str, key: str, value: str) -> Any:
    """An override of a boolean or numeric field, converted only when it is spelled exactly so: `true`/`false`
    for booleans, ASCII digits for integers (`1.5` too for numbers). Anything else stays a string, which the
    strict fields then refuse with a message naming the field and the value."""
    model = EstateConfig.model_fields.get(section)
    model_type = model.annotation if model else None
    # An optional section (`X | None`) converts as its section type does.
    model_type = next((arg for arg in get_args(model_type) if arg is not type(None)), model_type)
    if not (isinstance(model_type, type) and issubclass(model_type, BaseModel)):
        return value
    field = model_type.model_fields.get(key)
    kind = field.annotation if field else None
    if kind is bool and value in ("true", "false"):
        return value == "true"
    if kind is int and re.fullmatch(r"[0-9]+", value):
        return int(value)
    if kind is float and re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", value):
        return float(value)
    return value


def _describe(error: ValidationError, file: Path) -> str:
    lines = [f"invalid estate configuration ({file} and ESTATE__* overrides):"]
    for problem in error.errors():
        field = ".".join(_loc(part) for part in problem["loc"]).replace(".[", "[") or "(root)"
        value = problem.get("input")
        shown = "" if isinstance(value, dict) else f" = {value!r}"
        message = problem["msg"].removeprefix("Value error, ")
        lines.append(f"  {field}{shown}: {message}")
    return "\n".join(lines)


def _loc(part: int | str) -> str:
    return f"[{part}]" if isinstance(part, int) else str(part)
