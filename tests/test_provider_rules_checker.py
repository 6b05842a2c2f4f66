"""The provider-rules checker catches each rule on a small document, and accepts the valid variations."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.provider_rules import (
    REVIEWED_TYPES,
    Context,
    Violation,
    check_provider_rules,
    format_violations,
    may_be_empty,
    rule_sources,
    unreviewed_types,
)

Doc = dict[str, Any]
Mutation = Callable[[Doc], None]

DB_PROJECT = "${octopusdeploy_project.db.id}"
GIT_PROJECT = "${octopusdeploy_project.git.id}"
REMOTE = "data.terraform_remote_state.cross-stack-reference-input-management.outputs"
GUARDED_PASSWORD = "${(length(var.password) >= 1) ? sensitive(var.password) : null}"


def _base() -> Doc:
    """A document that keeps every rule; each case below breaks one."""
    project = {"name": "P", "lifecycle_id": "L", "project_group_id": "G"}
    step = {"type": "Octopus.Script", "execution_properties": {"Octopus.Action.RunOnServer": "true"}}
    return {
        "variable": {
            "password": {"type": "string", "default": "", "sensitive": True},
            "cert": {"type": "string", "default": "", "sensitive": True},
            "given": {"type": "string", "default": "octopus"},
            "required": {"type": "string"},
        },
        "locals": {"empty": "", "password": "${var.password}"},
        "data": {
            "octopusdeploy_feeds": {"builtin": {"feed_type": "BuiltIn"}},
            "terraform_remote_state": {"cross-stack-reference-input-management": {"backend": "local"}},
        },
        "resource": {
            "octopusdeploy_project": {
                "db": {**project, "name": "Database"},
                "git": {
                    **project,
                    "name": "Git",
                    "git_library_persistence_settings": [{"git_credential_id": "c", "url": "http://g/r.git"}],
                },
            },
            "octopusdeploy_process": {"db": {"project_id": DB_PROJECT}},
            "octopusdeploy_process_step": {
                "first": {
                    **step,
                    "name": "First",
                    "process_id": "${octopusdeploy_process.db.id}",
                    "primary_package": {"package_id": "app", "feed_id": "feeds-builtin"},
                },
                "second": {
                    **step,
                    "name": "Second",
                    "process_id": "${octopusdeploy_process.db.id}",
                    "start_trigger": "StartWithPrevious",
                },
            },
            "octopusdeploy_process_steps_order": {
                "db": {
                    "process_id": "${octopusdeploy_process.db.id}",
                    "steps": [
                        "${octopusdeploy_process_step.first.id}",
                        "${octopusdeploy_process_step.second.id}",
                    ],
                }
            },
            "octopusdeploy_runbook": {
                "db": {
                    "name": "Runbook",
                    "project_id": DB_PROJECT,
                    "multi_tenancy_mode": "Tenanted",
                    "environment_scope": "Specified",
                    "default_guided_failure_mode": "EnvironmentDefault",
                }
            },
            "octopusdeploy_docker_container_registry": {
                "docker": {
                    "name": "Docker",
                    "feed_uri": "https://index.docker.io",
                    "username": '${var.password == "" ? null : var.password}',
                    "password": GUARDED_PASSWORD,
                },
                "remote": {
                    "name": "Docker",
                    "feed_uri": "https://index.docker.io",
                    "password": f"${{length({REMOTE}.docker_password) > 0 ? {REMOTE}.docker_password"
                    " : null}",
                },
            },
            "octopusdeploy_certificate": {
                "cert": {
                    "name": "Cert",
                    "certificate_data": "${sensitive(var.cert)}",
                    "count": "${nonsensitive((length(var.cert) >= 1)) ? 1 : 0}",
                    "password": GUARDED_PASSWORD,
                    "tenanted_deployment_participation": "Untenanted",
                }
            },
            "octopusdeploy_git_credential": {
                "git": {
                    "name": "Git",
                    "username": "${var.given}",
                    "password": '${sensitive("pw-${var.password}")}',
                }
            },
            "octopusdeploy_variable": {
                "db": {"name": "V", "owner_id": DB_PROJECT, "type": "String", "value": ""},
                "git_secret": {
                    "name": "S",
                    "owner_id": GIT_PROJECT,
                    "type": "Sensitive",
                    "is_sensitive": True,
                    "sensitive_value": "${var.password}",
                },
                "prompted": {
                    "name": "P",
                    "owner_id": DB_PROJECT,
                    "type": "String",
                    "value": "x",
                    "prompt": [{"label": "P", "display_settings": [{"control_type": "SingleLineText"}]}],
                },
            },
            "octopusdeploy_lifecycle": {
                "l": {
                    "name": "L",
                    "release_retention_with_strategy": [
                        {"strategy": "Count", "unit": "Days", "quantity_to_keep": 3}
                    ],
                    "phase": [{"name": "Dev", "release_retention_with_strategy": [{"strategy": "Forever"}]}],
                }
            },
            "octopusdeploy_azure_service_principal": {
                "azure": {
                    "name": "Azure",
                    "application_id": "00000000-0000-0000-0000-000000000001",
                    "subscription_id": "${var.required}",
                    "tenant_id": "${var.required}",
                    "password": "${var.required}",
                }
            },
            "octopusdeploy_kubernetes_cluster_deployment_target": {
                "k8s": {
                    "name": "K8s",
                    "environments": ["${octopusdeploy_environment.dev.id}"],
                    "roles": ["k8s"],
                }
            },
            "octopusdeploy_tag_set": {"tags": {"name": "T", "scopes": ["Tenant"], "type": "MultiSelect"}},
            "octopusdeploy_user": {
                "user": {"username": "u", "display_name": "U", "password": "${random_password.p.result}"}
            },
            "octopusdeploy_tenant_common_variable": {
                "v": {
                    "tenant_id": "${octopusdeploy_tenant.t.id}",
                    "library_variable_set_id": "${local.password}x",
                    "template_id": '${octopusdeploy_library_variable_set.s.template_ids["A"]}',
                    "value": "",
                }
            },
            "octopusdeploy_project_versioning_strategy": {
                "v": {"project_id": DB_PROJECT, "template": "#{Octopus.Version.NextPatch}"}
            },
        },
    }


MANAGEMENT = {
    "variable": {"docker_password": {"type": "string", "default": ""}},
    "output": {"docker_password": {"value": "${var.docker_password}"}},
}


def _set(*path: Any, value: Any) -> Mutation:
    def mutate(doc: Doc) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _delete(*path: Any) -> Mutation:
    def mutate(doc: Doc) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


def _all(*mutations: Mutation) -> Mutation:
    def mutate(doc: Doc) -> None:
        for mutation in mutations:
            mutation(doc)

    return mutate


def _check(doc: Doc) -> list[Violation]:
    return check_provider_rules(doc, stacks={"this": doc, "management": MANAGEMENT})


R = "resource"
STEP = (R, "octopusdeploy_process_step", "first")
SECOND = (R, "octopusdeploy_process_step", "second")
DOCKER = (R, "octopusdeploy_docker_container_registry", "docker")
CERT = (R, "octopusdeploy_certificate", "cert")
VARIABLE = (R, "octopusdeploy_variable", "db")
LIFECYCLE = (R, "octopusdeploy_lifecycle", "l")
ORDER = (R, "octopusdeploy_process_steps_order", "db")
P = "resource.octopusdeploy_process_step.first"


def _git_runbook_process(doc: Doc) -> None:
    doc[R]["octopusdeploy_process"]["rb"] = {
        "project_id": GIT_PROJECT,
        "runbook_id": "${octopusdeploy_runbook.db.id}",
    }


def _step_of_git_process(doc: Doc) -> None:
    _git_runbook_process(doc)
    doc[R]["octopusdeploy_process_step"]["rb"] = {
        "name": "S",
        "type": "Octopus.Script",
        "process_id": "${octopusdeploy_process.rb.id}",
    }
    doc[R]["octopusdeploy_process_steps_order"]["rb"] = {
        "process_id": "${octopusdeploy_process.rb.id}",
        "steps": ["${octopusdeploy_process_step.rb.id}"],
    }


def _foreign_step_in_order(doc: Doc) -> None:
    doc[R]["octopusdeploy_process"]["other"] = {"project_id": DB_PROJECT, "runbook_id": "r"}
    doc[R]["octopusdeploy_process_step"]["third"] = {
        "name": "Third",
        "type": "Octopus.Script",
        "process_id": "${octopusdeploy_process.other.id}",
    }
    doc[R]["octopusdeploy_process_steps_order"]["db"]["steps"].append(
        "${octopusdeploy_process_step.third.id}"
    )


CASES = [
    pytest.param(
        _set(*STEP, "execution_properties", "Octopus.Action.Package.DownloadOnTentacle", value="False"),
        "reserved-execution-property",
        f'{P}.execution_properties["Octopus.Action.Package.DownloadOnTentacle"]',
        id="DownloadOnTentacle set with primary_package",
    ),
    pytest.param(
        _set(*STEP, "execution_properties", "Octopus.Action.Package.FeedId", value="feeds-builtin"),
        "reserved-execution-property",
        f'{P}.execution_properties["Octopus.Action.Package.FeedId"]',
        id="FeedId",
    ),
    pytest.param(
        _set(R, "octopusdeploy_process", "db", "project_id", value=GIT_PROJECT),
        "version-controlled-owner",
        "resource.octopusdeploy_process.db",
        id="deployment process of a Git project (and its steps and order)",
    ),
    pytest.param(
        _git_runbook_process,
        "version-controlled-owner",
        "resource.octopusdeploy_process.rb",
        id="runbook process of a Git project",
    ),
    pytest.param(
        _set(R, "octopusdeploy_runbook", "db", "project_id", value=GIT_PROJECT),
        "runbook-in-git",
        "resource.octopusdeploy_runbook.db",
        id="runbook of a Git project",
    ),
    pytest.param(
        _set(*VARIABLE, "owner_id", value=GIT_PROJECT),
        "version-controlled-owner",
        "resource.octopusdeploy_variable.db",
        id="non-sensitive variable of a Git project",
    ),
    pytest.param(
        _set(*DOCKER, "username", value=""),
        "non-empty",
        "resource.octopusdeploy_docker_container_registry.docker.username",
        id="literal empty username",
    ),
    pytest.param(
        _set(*DOCKER, "password", value="${sensitive(var.password)}"),
        "non-empty",
        "resource.octopusdeploy_docker_container_registry.docker.password",
        id="variable defaulting to empty passed through",
    ),
    pytest.param(
        _set(*DOCKER, "password", value="${local.password}"),
        "non-empty",
        "resource.octopusdeploy_docker_container_registry.docker.password",
        id="local resolving to such a variable",
    ),
    pytest.param(
        _set(
            R,
            "octopusdeploy_docker_container_registry",
            "remote",
            "password",
            value=f"${{sensitive({REMOTE}.docker_password)}}",
        ),
        "non-empty",
        "resource.octopusdeploy_docker_container_registry.remote.password",
        id="cross-stack output of such a variable",
    ),
    pytest.param(
        _set(*DOCKER, "password", value='${var.given == "x" ? var.password : null}'),
        "non-empty",
        "resource.octopusdeploy_docker_container_registry.docker.password",
        id="conditional on something else",
    ),
    pytest.param(
        _set(*CERT, "password", value="${var.password}"),
        "non-empty",
        "resource.octopusdeploy_certificate.cert.password",
        id="count guard on another variable does not cover the password",
    ),
    pytest.param(
        _set(R, "octopusdeploy_runbook", "db", "name", value=""),
        "non-empty",
        "resource.octopusdeploy_runbook.db.name",
        id="empty runbook name",
    ),
    pytest.param(
        _set(R, "octopusdeploy_user", "user", "identity", value=[{"provider": "", "claim": []}]),
        "non-empty",
        "resource.octopusdeploy_user.user.identity[0].provider",
        id="empty nested attribute",
    ),
    pytest.param(
        _set(*SECOND, "condition", value="OnSuccess"),
        "one-of",
        "resource.octopusdeploy_process_step.second.condition",
        id="step condition",
    ),
    pytest.param(
        _set(R, "octopusdeploy_runbook", "db", "environment_scope", value="Some"),
        "one-of",
        "resource.octopusdeploy_runbook.db.environment_scope",
        id="runbook environment scope",
    ),
    pytest.param(
        _set(R, "octopusdeploy_tag_set", "tags", "scopes", value=["Tenant", "Tenants"]),
        "one-of",
        "resource.octopusdeploy_tag_set.tags.scopes[1]",
        id="tag set scope",
    ),
    pytest.param(
        _set(
            R,
            "octopusdeploy_variable",
            "prompted",
            "prompt",
            0,
            "display_settings",
            0,
            "control_type",
            value="Dropdown",
        ),
        "one-of",
        "resource.octopusdeploy_variable.prompted.prompt[0].display_settings[0].control_type",
        id="prompt control type",
    ),
    pytest.param(
        _set("data", "octopusdeploy_feeds", "builtin", "feed_type", value="Builtin"),
        "one-of",
        "data.octopusdeploy_feeds.builtin.feed_type",
        id="data source feed type",
    ),
    pytest.param(
        _set(*LIFECYCLE, "release_retention_with_strategy", 0, "unit", value="days"),
        "normalised",
        "resource.octopusdeploy_lifecycle.l.release_retention_with_strategy[0].unit",
        id="unit accepted in any case but returned as Days",
    ),
    pytest.param(
        _set(*CERT, "thumbprint", value="AB"),
        "computed",
        "resource.octopusdeploy_certificate.cert.thumbprint",
        id="certificate thumbprint",
    ),
    pytest.param(
        _set(
            *LIFECYCLE,
            "phase",
            0,
            "release_retention_with_strategy",
            value=[{"strategy": "Forever"}, {"strategy": "Default"}],
        ),
        "item-count",
        "resource.octopusdeploy_lifecycle.l.phase[0].release_retention_with_strategy",
        id="two retention blocks",
    ),
    pytest.param(
        _set(R, "octopusdeploy_kubernetes_cluster_deployment_target", "k8s", "roles", value=[]),
        "item-count",
        "resource.octopusdeploy_kubernetes_cluster_deployment_target.k8s.roles",
        id="no target roles",
    ),
    pytest.param(
        _set(*VARIABLE, "project_id", value=DB_PROJECT),
        "conflicts-with",
        "resource.octopusdeploy_variable.db.project_id",
        id="owner_id and project_id",
    ),
    pytest.param(
        _set(*VARIABLE, "type", value="Sensitive"),
        "conflicts-with",
        "resource.octopusdeploy_variable.db.type",
        id="type Sensitive without is_sensitive",
    ),
    pytest.param(
        _set(R, "octopusdeploy_project_versioning_strategy", "v", "donor_package_step_id", value="s"),
        "conflicts-with",
        "resource.octopusdeploy_project_versioning_strategy.v.donor_package_step_id",
        id="versioning template and donor step",
    ),
    pytest.param(
        _delete(*LIFECYCLE, "release_retention_with_strategy", 0, "unit"),
        "retention-strategy",
        "resource.octopusdeploy_lifecycle.l.release_retention_with_strategy[0]",
        id="Count without unit",
    ),
    pytest.param(
        _set(*LIFECYCLE, "phase", 0, "release_retention_with_strategy", 0, "quantity_to_keep", value=5),
        "retention-strategy",
        "resource.octopusdeploy_lifecycle.l.phase[0].release_retention_with_strategy[0]",
        id="Forever with a quantity",
    ),
    pytest.param(
        _set(R, "octopusdeploy_azure_service_principal", "azure", "application_id", value="app"),
        "uuid",
        "resource.octopusdeploy_azure_service_principal.azure.application_id",
        id="application id",
    ),
    pytest.param(
        _set(*STEP, "packages", value={"": {"package_id": "x"}}),
        "normalised",
        f'{P}.packages[""]',
        id="package reference named empty",
    ),
    pytest.param(
        _set(*ORDER, "steps", value=["${octopusdeploy_process_step.first.id}"]),
        "steps-order",
        "resource.octopusdeploy_process_steps_order.db.steps",
        id="step left out of the order",
    ),
    pytest.param(
        _foreign_step_in_order,
        "steps-order",
        "resource.octopusdeploy_process_steps_order.db.steps",
        id="step of another process in the order",
    ),
    pytest.param(
        _set(
            *ORDER,
            "steps",
            value=["${octopusdeploy_process_step.second.id}", "${octopusdeploy_process_step.first.id}"],
        ),
        "normalised",
        "resource.octopusdeploy_process_step.second.start_trigger",
        id="first step starts with the previous one",
    ),
]


def test_the_base_document_keeps_every_rule() -> None:
    violations = _check(_base())
    assert violations == [], format_violations(violations)


@pytest.mark.parametrize(("mutate", "rule", "path"), CASES)
def test_each_rule_is_caught(mutate: Mutation, rule: str, path: str) -> None:
    doc = _base()
    mutate(doc)
    violations = _check(doc)
    assert violations, "not caught"
    assert (violations[0].rule, violations[0].path) == (rule, path), format_violations(violations)
    assert {v.rule for v in violations} == {rule}, format_violations(violations)


def test_a_git_projects_process_is_reported_with_its_steps_and_order() -> None:
    doc = _base()
    _step_of_git_process(doc)
    paths = {v.path for v in _check(doc)}
    assert paths == {
        "resource.octopusdeploy_process.rb",
        "resource.octopusdeploy_process_step.rb",
        "resource.octopusdeploy_process_steps_order.rb",
    }


ACCEPTED = [
    pytest.param(_set(*VARIABLE, "value", value=""), id="empty value where no length is required"),
    pytest.param(
        _set(*DOCKER, "password", value="${sensitive(var.given)}"), id="variable with a non-empty default"
    ),
    pytest.param(_set(*DOCKER, "password", value="${var.required}"), id="variable without default"),
    pytest.param(
        _set(*DOCKER, "password", value='${var.password != "" ? var.password : null}'), id="null when empty"
    ),
    pytest.param(_set(*DOCKER, "password", value="prefix-${var.password}"), id="template with literal text"),
    pytest.param(_set(*DOCKER, "password", value=None), id="null"),
    pytest.param(
        _all(
            _set(
                *CERT,
                "count",
                value="${nonsensitive(length(var.cert) >= 1 && length(var.password) >= 1) ? 1 : 0}",
            ),
            _set(*CERT, "password", value="${sensitive(var.password)}"),
        ),
        id="password guarded by the resource's count",
    ),
    pytest.param(
        _set(*STEP, "execution_properties", "Octopus.Action.Script.Syntax", value="Bash"),
        id="ordinary execution property",
    ),
    pytest.param(_set(*SECOND, "condition", value="${var.given}"), id="expression for an enumeration"),
    pytest.param(
        _set(*LIFECYCLE, "release_retention_with_strategy", 0, "unit", value="Items"), id="canonical unit"
    ),
    pytest.param(_set(*CERT, "thumbprint", value=None), id="derived attribute left null"),
    pytest.param(
        _set(*ORDER, "steps", value="${local.steps}"), id="order given as an expression is not second-guessed"
    ),
]


@pytest.mark.parametrize("mutate", ACCEPTED)
def test_valid_variations_are_accepted(mutate: Mutation) -> None:
    doc = _base()
    mutate(doc)
    violations = _check(doc)
    assert violations == [], format_violations(violations)


def test_a_remote_output_is_only_resolved_in_the_stack_it_names() -> None:
    doc = _base()
    _set(
        R,
        "octopusdeploy_docker_container_registry",
        "remote",
        "password",
        value=f"${{{REMOTE}.docker_password}}",
    )(doc)
    assert [v.rule for v in _check(doc)] == ["non-empty"]
    assert check_provider_rules(doc, stacks={"this": doc, "other": MANAGEMENT}) == []


def test_may_be_empty_explains_why() -> None:
    context = Context(copy.deepcopy(_base()))
    assert may_be_empty("", context) == 'the literal ""'
    assert may_be_empty("${local.password}", context) == 'var.password defaults to ""'
    assert may_be_empty("${var.password}", context, frozenset({"password"})) is None
    assert may_be_empty("${tostring(local.empty)}", context) == 'the literal ""'


def test_every_rule_names_its_provider_source() -> None:
    import tests.support.provider_rules as module

    sources = rule_sources()
    assert len(sources) >= 10
    for name, _ in sources:
        assert ".go:" in (getattr(module, name).__doc__ or ""), f"{name} does not cite a provider file:line"


def test_unreviewed_types_are_named() -> None:
    doc: Doc = {
        "resource": {"octopusdeploy_project": {}, "octopusdeploy_nuget_feed": {}, "random_password": {}},
        "data": {"octopusdeploy_projects": {}},
    }
    assert unreviewed_types(doc) == {"octopusdeploy_nuget_feed", "data.octopusdeploy_projects"}
    assert "octopusdeploy_process_step" in REVIEWED_TYPES


def test_violations_read_as_one_line_each() -> None:
    violation = Violation("resource.a.b.c", "non-empty", "can be empty")
    assert str(violation) == "resource.a.b.c: can be empty [non-empty]"
    assert format_violations([violation]).splitlines() == [
        "1 provider rule violation(s):",
        "  - resource.a.b.c: can be empty [non-empty]",
    ]
