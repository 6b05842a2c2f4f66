"""The test OCL parser reads OCL as Octopus's documentation shows it and refuses what is not OCL; the
writer's output of every kind of value reads back unchanged."""

from __future__ import annotations

import pytest

from octopus_patterns.octopus.ocl import Attribute, Block, render
from tests.support.ocl_parser import OclSyntaxError, parse

# Written in the shape of the "OCL file format" page's examples (a step with an action, a heredoc script,
# bare dotted property names, an unlabelled packages block and a labelled one).
DOCUMENTED_SHAPE = """\
step "say-hello" {
    name = "Say hello"
    properties = {
        Octopus.Action.TargetRoles = "web"
    }

    action {
        action_type = "Octopus.Script"
        environments = ["production", "test"]
        is_required = true
        properties = {
            Octopus.Action.Script.ScriptBody = <<-EOT
                echo "hello"
                  indented
                EOT
            Octopus.Action.Script.Syntax = "Bash"
        }

        packages {
            acquisition_location = "Server"
            feed = "octopus-server-built-in"
            package_id = "App"
        }

        packages "tools" {
            package_id = "Tools"
            properties = {
                Extract = "True"
            }
        }
    }
}

step "empty" {}
"""


def test_parses_blocks_labels_attributes_lists_maps_and_heredocs() -> None:
    document = parse(DOCUMENTED_SHAPE)
    first, empty = document.all("step")
    assert first.labels == ["say-hello"] and empty.labels == ["empty"] and empty.attributes == {}
    assert first.attributes["properties"] == {"Octopus.Action.TargetRoles": "web"}
    action = first.only("action")
    assert action.attributes["environments"] == ["production", "test"]
    assert action.attributes["is_required"] is True
    assert action.attributes["properties"]["Octopus.Action.Script.ScriptBody"] == 'echo "hello"\n  indented'
    primary, tools = action.all("packages")
    assert primary.labels == [] and primary.attributes["feed"] == "octopus-server-built-in"
    assert tools.labels == ["tools"] and tools.attributes["properties"] == {"Extract": "True"}


def test_strings_numbers_booleans_and_escapes() -> None:
    document = parse(
        'a = "x \\"q\\" \\\\ \\n \\t"\nb = 9\nc = false\nd = []\ne = {}\nf = {"key with space" = "v"}\n'
    )
    assert document.attributes == {
        "a": 'x "q" \\ \n \t',
        "b": 9,
        "c": False,
        "d": [],
        "e": {},
        "f": {"key with space": "v"},
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('a = "open\n', "unterminated string"),
        ("step {\n  a = 1\n", "missing '}'"),
        ('a = "x"\na = "y"\n', "given twice"),
        ("a = <<-EOT\nbody\n", "without its closing EOT"),
        ('a = "\\q"\n', "unknown escape"),
        ("# comment\n", "expected a name"),
        ("a = [1 2]\n", "expected ',' or ']'"),
        ("a = nope\n", "expected a value"),
        ("}\n", "expected a name"),
    ],
)
def test_refuses_what_is_not_ocl(text: str, message: str) -> None:
    with pytest.raises(OclSyntaxError, match=message):
        parse(text)


@pytest.mark.parametrize(
    "value",
    [
        "",
        'one line with "quotes", a \\ and #{Octopus.Variable}',
        "tab\tand carriage\rreturn",
        "two\nlines",
        "trailing newline\n",
        "\n  leading blank line and indentation\n\tand a tab",
        "a line that is the marker\nEOT\nand more",
        "bell \x07 and\nnewline",
    ],
)
def test_writer_values_read_back_unchanged(value: str) -> None:
    body: list[Attribute | Block] = [
        Attribute("text", value),
        Attribute("map", {"Dotted.Key": value, "odd key": "v"}),
        Block("outer", ('label "quoted"',), [Block("inner", body=[Attribute("text", value)])]),
    ]
    document = parse(render(body))
    assert document.attributes["text"] == value
    assert document.attributes["map"] == {"Dotted.Key": value, "odd key": "v"}
    outer = document.only("outer")
    assert outer.labels == ['label "quoted"']
    assert outer.only("inner").attributes["text"] == value


def test_writer_uses_a_heredoc_only_for_plain_multi_line_text() -> None:
    assert "<<-EOT" in render([Attribute("a", "x\ny")])
    assert "<<-EOT1" in render([Attribute("a", "x\nEOT\ny")])
    assert "<<-" not in render([Attribute("a", "x\n\x07y")])
    assert "<<-" not in render([Attribute("a", "  every line\n  indented")])
    assert render([Attribute("a", ["p", "q"]), Attribute("b", True), Attribute("c", 3)]) == (
        'a = ["p", "q"]\nb = true\nc = 3\n'
    )
