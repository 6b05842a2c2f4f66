"""The Octopus variable checker: each resolution source resolves, and what no source defines is caught.

Fixtures are small cdk.tf.json documents written by hand in the shape cdktf synthesizes.
"""

from __future__ import annotations

from typing import Any

import pytest

from octopus_patterns.octopus.process import PackageReference, StepSpec, script_step
from tests.support.octopus_variables import (
    Scope,
    Step,
    Variable,
    check_set_spaces,
    check_stacks,
    check_steps,
    check_text,
    format_unresolved,
    scope_of_names,
    step_from_spec,
)
from tests.support.octostache import scan

Doc = dict[str, Any]
SCRIPT = "Octopus.Action.Script.ScriptBody"


class Stack:
    """A hand-written synthesized stack: one space, resources added by type and name."""

    def __init__(self, space: str = "Alpha") -> None:
        self.doc: Doc = {"resource": {}}
        self.space = self.add("octopusdeploy_space", "space", name=space)

    def add(self, type_: str, address: str, /, **attributes: Any) -> str:
        block = {"space_id": self.space, **attributes} if type_ != "octopusdeploy_space" else attributes
        self.doc["resource"].setdefault(type_, {})[address] = block
        return f"${{{type_}.{address}.id}}"

    def library_variable_set(
        self, name: str, variables: dict[str, str], templates: tuple[Doc, ...] = ()
    ) -> str:
        ref = self.add("octopusdeploy_library_variable_set", name, name=name, template=list(templates))
        for variable, value in variables.items():
            self.variable(ref, variable, value)
        return ref

    def variable(self, owner: str, name: str, value: str = "x", **extra: Any) -> None:
        key = f"{owner.split('.')[1]}_{name}".replace(".", "_")
        attributes = {"owner_id": owner, "name": name, "type": "String", "value": value, **extra}
        self.add("octopusdeploy_variable", key, **attributes)

    def project(self, name: str = "App", sets: tuple[str, ...] = (), **extra: Any) -> str:
        return self.add(
            "octopusdeploy_project", name, name=name, included_library_variable_sets=list(sets), **extra
        )

    def process(
        self, project: str, steps: list[tuple[str, str]], runbook: str | None = None, **step: Any
    ) -> str:
        name = (runbook or project).split(".")[1] + "_process"
        process = self.add("octopusdeploy_process", name, project_id=project, runbook_id=runbook)
        refs = []
        for index, (step_name, script) in enumerate(steps):
            refs.append(
                self.add(
                    "octopusdeploy_process_step",
                    f"{name}_step{index}",
                    process_id=process,
                    name=step_name,
                    type="Octopus.Script",
                    execution_properties={SCRIPT: script, **step.get("properties", {})},
                    packages=step.get("packages", {}),
                )
            )
        self.add("octopusdeploy_process_steps_order", f"{name}_order", process_id=process, steps=refs)
        return process

    def runbook(self, project: str, name: str, steps: list[tuple[str, str]], mode: str | None = None) -> None:
        extra = {"multi_tenancy_mode": mode} if mode else {}
        runbook = self.add("octopusdeploy_runbook", name, name=name, project_id=project, **extra)
        self.process(project, steps, runbook)


def names_caught(stacks: dict[str, Doc]) -> set[str]:
    return {u.name for u in check_stacks(stacks)}


def one_script(script: str, *, mode: str | None = None, **project: Any) -> set[str]:
    stack = Stack()
    app = stack.project(**project)
    stack.variable(app, "App.Value")
    stack.runbook(app, "Run", [("Only", script)], mode=mode)
    return names_caught({"s": stack.doc})


# --- sources -----------------------------------------------------------------------------------------------


def test_a_project_variable_resolves_and_an_undefined_name_is_caught() -> None:
    assert one_script("echo #{App.Value}") == set()
    assert one_script("echo #{App.Missing}") == {"App.Missing"}


def test_a_variable_of_another_project_is_not_visible() -> None:
    stack = Stack()
    other = stack.project("Other")
    stack.variable(other, "Other.Value")
    app = stack.project("App")
    stack.runbook(app, "Run", [("Only", "#{Other.Value}")])
    assert names_caught({"s": stack.doc}) == {"Other.Value"}


def test_variables_of_an_included_set_resolve_and_of_a_set_not_included_are_caught() -> None:
    stack = Stack()
    included = stack.library_variable_set("Included", {"Set.Value": "v"})
    stack.library_variable_set("Elsewhere", {"Other.Value": "v"})
    app = stack.project(sets=(included,))
    stack.runbook(app, "Run", [("Only", "#{Set.Value} #{Other.Value}")])
    assert names_caught({"s": stack.doc}) == {"Other.Value"}


@pytest.mark.parametrize(
    ("mode", "caught"),
    [
        ("Tenanted", set()),
        ("TenantedOrUntenanted", set()),
        ("Untenanted", {"Tenant.Url"}),
        (None, {"Tenant.Url"}),
    ],
)
def test_common_templates_of_an_included_set_resolve_in_tenanted_runbooks_only(
    mode: str | None, caught: set[str]
) -> None:
    stack = Stack()
    lvs = stack.library_variable_set("Server", {}, templates=({"name": "Tenant.Url", "label": "URL"},))
    app = stack.project(sets=(lvs,))
    stack.runbook(app, "Run", [("Only", "#{Tenant.Url}")], mode=mode)
    assert names_caught({"s": stack.doc}) == caught


def test_a_common_template_in_an_untenanted_runbook_is_caught() -> None:
    stack = Stack()
    lvs = stack.library_variable_set("Server", {}, templates=({"name": "Tenant.Url", "label": "URL"},))
    app = stack.project(sets=(lvs,))
    stack.runbook(app, "Run", [("Only", "#{Tenant.Url}")])  # multi_tenancy_mode unset: Untenanted
    found = check_stacks({"s": stack.doc})
    assert [u.name for u in found] == ["Tenant.Url"]
    assert "only tenanted runs" in found[0].reason


def test_project_templates_resolve_in_the_deployment_process_of_a_tenanted_project_only() -> None:
    for mode, caught in (("Tenanted", set()), ("Untenanted", {"Tenant.Alias"})):
        stack = Stack()
        app = stack.project(template=[{"name": "Tenant.Alias"}], tenanted_deployment_participation=mode)
        stack.process(app, [("Only", "#{Tenant.Alias}")])
        assert names_caught({"s": stack.doc}) == caught, mode


def test_a_prompted_variable_resolves_as_a_prompted_variable() -> None:
    stack = Stack()
    app = stack.project()
    stack.variable(app, "Asked", "", prompt={"label": "Asked", "is_required": True})
    scope_source = check_text("#{Asked}", Scope("runbook", False, (Variable("Asked", "prompted variable"),)))
    assert scope_source == []
    stack.runbook(app, "Run", [("Only", "#{Asked} #{NotAsked}")])
    assert names_caught({"s": stack.doc}) == {"NotAsked"}


def test_system_variables_resolve_by_kind_of_process_and_tenancy() -> None:
    assert one_script("#{Octopus.Project.Name} #{Octopus.Space.Id} #{octopus.environment.name}") == set()
    assert one_script("#{Octopus.Runbook.Name} #{Octopus.Release.Number}") == {"Octopus.Release.Number"}
    assert one_script("#{Octopus.Deployment.Tenant.Name}") == {"Octopus.Deployment.Tenant.Name"}
    assert one_script("#{Octopus.Deployment.Tenant.Name}", mode="Tenanted") == set()
    assert one_script("#{Octopus.Made.Up}") == {"Octopus.Made.Up"}
    stack = Stack()
    app = stack.project()
    stack.process(app, [("Only", "#{Octopus.Release.Channel.Name} #{Octopus.Runbook.Name}")])
    assert names_caught({"s": stack.doc}) == {"Octopus.Runbook.Name"}


def test_output_variables_of_earlier_steps_resolve_and_of_later_steps_are_rejected() -> None:
    steps = [
        ("First", "#{Octopus.Action[Second].Output.Later}"),
        ("Second", "#{Octopus.Action[First].Output.Earlier} #{Octopus.Action[Second].Output.Self}"),
        ("Third", "#{Octopus.Action[Nowhere].Output.X} #{Octopus.Action[first].Output.CaseInsensitive}"),
    ]
    stack = Stack()
    app = stack.project()
    stack.runbook(app, "Run", steps)
    found = {u.name: u.reason for u in check_stacks({"s": stack.doc})}
    assert set(found) == {
        "Octopus.Action[Second].Output.Later",
        "Octopus.Action[Second].Output.Self",
        "Octopus.Action[Nowhere].Output.X",
    }
    assert "a later step" in found["Octopus.Action[Second].Output.Later"]
    assert "itself" in found["Octopus.Action[Second].Output.Self"]


def test_earlier_means_earlier_in_the_steps_order_not_in_the_json() -> None:
    stack = Stack()
    app = stack.project()
    stack.process(app, [("A", "#{Octopus.Action[B].Output.X}"), ("B", "echo")])
    assert names_caught({"s": stack.doc}) == {"Octopus.Action[B].Output.X"}
    order = stack.doc["resource"]["octopusdeploy_process_steps_order"]
    order["App_process_order"]["steps"].reverse()  # B runs first
    assert names_caught({"s": stack.doc}) == set()


def test_account_typed_variables_expose_their_documented_properties_only() -> None:
    stack = Stack()
    app = stack.project()
    stack.variable(app, "Octopus.Azure.Account", "Accounts-1", type="AzureAccount")
    stack.runbook(app, "Run", [("Only", "#{Octopus.Azure.Account.Client} #{Octopus.Azure.Account.Secret}")])
    assert names_caught({"s": stack.doc}) == {"Octopus.Azure.Account.Secret"}


def test_package_references_and_action_properties_of_the_step_itself_resolve() -> None:
    stack = Stack()
    app = stack.project()
    script = (
        "#{Octopus.Action.Package[tool].ExtractedPath} #{Octopus.Action.Package[absent].ExtractedPath} "
        "#{Octopus.Action.Azure.AccountId} #{Octopus.Action.Azure.ResourceGroupName}"
    )
    stack.process(
        app,
        [("Only", script)],
        properties={"Octopus.Action.Azure.AccountId": "Accounts-1"},
        packages={"tool": {"package_id": "tool", "feed_id": "feeds-builtin"}},
    )
    assert names_caught({"s": stack.doc}) == {
        "Octopus.Action.Package[absent].ExtractedPath",
        "Octopus.Action.Azure.ResourceGroupName",
    }


# --- syntax ------------------------------------------------------------------------------------------------


def test_names_inside_if_unless_and_filters_are_checked() -> None:
    script = (
        '#{if App.Value == "x"}#{InIf}#{else}#{InElse}#{/if} #{unless NotHere}u#{/unless} '
        '#{App.Value | Replace "[^a-z]" "_" | ToLower} #{Filtered | ToUpper} '
        "#{if App.Value != Compared}c#{/if}"
    )
    assert one_script(script) == {"InIf", "InElse", "NotHere", "Filtered", "Compared"}


def test_each_loop_variables_are_local_and_the_collection_is_checked() -> None:
    script = (
        "#{each item in App.Value}#{item} #{item.Address} #{Octopus.Template.Each.First}#{/each} "
        "#{each x in Missing.List}#{x}#{/each} #{item} #{Octopus.Template.Each.Last}"
    )
    assert one_script(script) == {"Missing.List", "item", "Octopus.Template.Each.Last"}


def test_escapes_are_literal_and_nested_indexers_are_references() -> None:
    assert one_script("##{Not.A.Variable} and $${x} and #x") == set()
    assert one_script("###{Escaped.Hash}") == {"Escaped.Hash"}
    assert one_script("#{Map[#{Key.Name}]}") == {"Key.Name", "Map[#{Key.Name}]"}
    assert one_script("#{App.Value | Format #{Format.Name}}") == {"Format.Name"}


def test_malformed_templates_are_reported() -> None:
    for script, error in (
        ("#{if App.Value}never closed", "never closed"),
        ("#{/each}", "closes no block"),
        ("#{each i in App.Value}#{/if}", "closes '#{each"),
        ("text #{ unclosed", "unclosed"),
        ("#{pull['number'] == 1 }", "not a variable name"),
    ):
        errors = scan(script).errors
        assert errors and error in errors[0], (script, errors)
        stack = Stack()
        app = stack.project()
        stack.variable(app, "App.Value")
        stack.runbook(app, "Run", [("Only", script)])
        assert any("syntax" in u.reason for u in check_stacks({"s": stack.doc})), script


def test_a_python_subscript_after_a_hash_is_caught_as_a_variable() -> None:
    assert one_script("print(f\"PR #{pull['number']}\")") == {"pull['number']"}


# --- values, templates, version templates -----------------------------------------------------------------


def test_variable_values_and_template_defaults_are_checked_in_every_project_that_includes_the_set() -> None:
    stack = Stack()
    lvs = stack.library_variable_set(
        "Export",
        {"Exported.Name": "#{Octopus.Project.Name}", "Broken": "#{Nothing.Here}"},
        templates=({"name": "T", "default_value": "#{Also.Nothing}"},),
    )
    stack.project("One", sets=(lvs,))
    stack.project("Two", sets=(lvs,))
    found = check_stacks({"s": stack.doc})
    assert sorted((u.name, u.where.rsplit("'", 2)[-2]) for u in found) == [
        ("Also.Nothing", "One"),
        ("Also.Nothing", "Two"),
        ("Nothing.Here", "One"),
        ("Nothing.Here", "Two"),
    ]


def test_a_project_variable_value_is_checked_against_the_project() -> None:
    stack = Stack()
    app = stack.project()
    stack.variable(app, "Composite", "#{App.Part}-#{Octopus.Runbook.Name}-#{Octopus.Release.Number}")
    stack.variable(app, "App.Part")
    stack.variable(app, "Bad", "#{App.Absent}")
    assert names_caught({"s": stack.doc}) == {"App.Absent"}


def test_release_version_templates_read_versioning_variables() -> None:
    stack = Stack()
    app = stack.project()
    stack.add(
        "octopusdeploy_project_versioning_strategy",
        "v",
        project_id=app,
        template="#{Octopus.Version.LastMajor}.#{Octopus.Version.NextPatch}-#{Octopus.Space.Id}",
    )
    assert names_caught({"s": stack.doc}) == {"Octopus.Space.Id"}
    assert one_script("#{Octopus.Version.NextPatch}") == {"Octopus.Version.NextPatch"}


# --- spaces and stacks -------------------------------------------------------------------------------------


def _cross_stack_pair() -> tuple[Stack, Stack]:
    producer = Stack("Shared")
    lvs = producer.library_variable_set("Instance", {"Instance.Url": "u"})
    producer.doc["output"] = {
        "cross-stack-output-set": {"value": lvs},
        "cross-stack-output-space": {"value": producer.space},
    }
    remote = (
        "${data.terraform_remote_state.cross-stack-reference-input-producer.outputs.cross-stack-output-%s}"
    )
    consumer = Stack()
    consumer.space = remote % "space"
    app = consumer.project(sets=(remote % "set",))
    consumer.runbook(app, "Run", [("Only", "#{Instance.Url} #{Instance.Missing}")])
    return producer, consumer


def test_references_are_followed_across_stacks_and_reported_per_stack_and_space() -> None:
    producer, consumer = _cross_stack_pair()
    found = check_stacks({"producer": producer.doc, "consumer": consumer.doc})
    assert [(u.stack, u.space, u.name) for u in found] == [("consumer", "Shared", "Instance.Missing")]
    report = format_unresolved(found)
    assert report.startswith("consumer / space Shared:") and "runbook 'Run' step 'Only'" in report


def test_a_project_including_a_set_of_another_space_is_caught() -> None:
    stack = Stack("Alpha")
    lvs = stack.library_variable_set("Instance", {})
    stack.space = stack.add("octopusdeploy_space", "other", name="Beta")
    stack.project(sets=(lvs,))
    assert check_set_spaces({"s": stack.doc}) == [
        "project 'App' (space Beta) includes set 'Instance' of space Alpha"
    ]


def test_the_default_space_is_recognised_through_its_lookup_local() -> None:
    stack = Stack()
    stack.doc["locals"] = {
        "default_space": "${element(data.octopusdeploy_spaces.s.spaces[*].id, "
        "index(data.octopusdeploy_spaces.s.spaces[*].is_default, true))}"
    }
    stack.space = "${local.default_space}"
    app = stack.project()
    stack.runbook(app, "Run", [("Only", "#{Missing}")])
    assert [u.space for u in check_stacks({"s": stack.doc})] == ["Default"]


# --- steps kept as Python data -----------------------------------------------------------------------------


def test_check_steps_checks_catalogue_step_specs_given_the_available_variables() -> None:
    feed = type("Feed", (), {"id": "feeds-builtin"})()
    first = script_step("Build", "set_octopusvariable Out 1 #{Project.Flag}")
    second = script_step(
        "Use",
        "#{Octopus.Action[Build].Output.Out} #{Octopus.Action.Package[tool].ExtractedPath} #{Tenant.Only}",
        packages={"tool": PackageReference("tool", feed)},
    )
    scope = Scope(
        "deployment",
        tenanted=False,
        variables=(Variable("Project.Flag", "project variable"),),
        templates=(Variable("Tenant.Only", "template"),),
    )
    steps = [step_from_spec(first), step_from_spec(second)]
    assert [(step, p.name) for step, p in check_steps(steps, scope)] == [("Use", "Tenant.Only")]
    assert [p.name for _, p in check_steps(list(reversed(steps)), scope)] == [
        "Octopus.Action[Build].Output.Out",
        "Tenant.Only",
    ]
    assert isinstance(steps[0], Step)


def test_step_specs_package_ids_and_run_conditions_are_checked() -> None:
    feed = type("Feed", (), {"id": "feeds-docker"})()
    step = script_step("Deploy", "echo", packages={"image": PackageReference("#{Image.Name}", feed)})
    conditional = StepSpec(
        name="Maybe",
        action_type="Octopus.Script",
        properties={SCRIPT: "echo"},
        condition="Variable",
        condition_expression="#{if Run.It}true#{/if}",
    )
    found = check_steps([step_from_spec(step), step_from_spec(conditional)], Scope("deployment", False))
    assert [(name, p.location, p.name) for name, p in found] == [
        ("Deploy", "packages[image].package_id", "Image.Name"),
        ("Maybe", "properties[Octopus.Step.ConditionVariableExpression]", "Run.It"),
    ]


def _tenanted_app(value_for: tuple[str, ...], default: str | None = None) -> Doc:
    """A tenanted runbook reads template Tenant.Url of set Server; tenant Connected is connected to the
    project and gives values for `value_for`; tenant Unconnected gives nothing and is not connected."""
    stack = Stack()
    template = {"name": "Tenant.Url", "label": "URL", **({"default_value": default} if default else {})}
    lvs = stack.library_variable_set("Server", {}, templates=(template, {"name": "Tenant.Unread"}))
    app = stack.project(sets=(lvs,))
    stack.runbook(app, "Run", [("Only", "#{Tenant.Url}")], mode="Tenanted")
    connected = stack.add("octopusdeploy_tenant", "connected", name="Connected")
    stack.add("octopusdeploy_tenant", "unconnected", name="Unconnected")
    stack.add("octopusdeploy_tenant_project", "link", tenant_id=connected, project_id=app, environment_ids=[])
    for name in value_for:
        template_id = "${octopusdeploy_library_variable_set.Server.template_ids[" + f'"{name}"' + "]}"
        stack.add(
            "octopusdeploy_tenant_common_variable",
            f"value_{name}",
            tenant_id=connected,
            library_variable_set_id=lvs,
            template_id=template_id,
            value="",
        )
    return stack.doc


def test_every_connected_tenant_gives_a_value_for_each_template_a_tenanted_run_reads() -> None:
    assert check_stacks({"s": _tenanted_app(("Tenant.Url",))}) == []  # an empty value is a value
    assert check_stacks({"s": _tenanted_app((), default="https://example.org")}) == []
    found = check_stacks({"s": _tenanted_app(("Tenant.Unread",))})
    assert [(u.name, u.where) for u in found] == [
        ("Tenant.Url", "project 'App' runbook 'Run' (tenant variables)")
    ]
    assert "tenant 'Connected'" in found[0].reason


def test_terraform_output_variables_must_be_outputs_the_earlier_template_declares() -> None:
    stack = Stack()
    app = stack.project()
    template = 'resource "x" "y" {}\noutput "space_id" {\n  value = "s"\n}\n'
    stack.runbook(
        app,
        "Run",
        [
            ("Apply", "unused"),
            (
                "Use",
                "#{Octopus.Action[Apply].Output.TerraformValueOutputs[space_id]} "
                "#{Octopus.Action[Apply].Output.TerraformJsonOutputs[space_id]} "
                "#{Octopus.Action[Apply].Output.TerraformValueOutputs[space_name]}",
            ),
        ],
    )
    apply = next(
        b for b in stack.doc["resource"]["octopusdeploy_process_step"].values() if b["name"] == "Apply"
    )
    apply["execution_properties"]["Octopus.Action.Terraform.Template"] = template
    found = check_stacks({"s": stack.doc})
    assert [u.name for u in found] == ["Octopus.Action[Apply].Output.TerraformValueOutputs[space_name]"]
    assert "without that output" in found[0].reason


def test_a_scope_can_be_given_as_plain_names() -> None:
    steps = [step_from_spec(script_step("Say", "#{Greeting} #{Tenant.Name} #{Octopus.Runbook.Name} #{Nope}"))]
    scope = scope_of_names(["greeting"], kind="runbook", tenanted=True, templates=["Tenant.Name"])
    assert [p.name for _, p in check_steps(steps, scope)] == ["Nope"]
    untenanted = scope_of_names(["Greeting"], templates=["Tenant.Name"])
    assert [p.name for _, p in check_steps(steps, untenanted)] == [
        "Tenant.Name",
        "Octopus.Runbook.Name",
        "Nope",
    ]
