"""The README's picture of the stack graph is generated from the synth output and kept current."""

from __future__ import annotations

from octopus_patterns.stack_graph import BEGIN, END, crossing_values, mermaid
from tests.conftest import PROJECT_DIR, SynthesizedApp


def test_readme_shows_the_current_graph(estate: SynthesizedApp) -> None:
    readme = (PROJECT_DIR / "README.md").read_text()
    shown = readme.split(BEGIN, 1)[1].split(END, 1)[0].strip()
    assert shown == mermaid(estate.stacks), "run: python -m octopus_patterns.stack_graph --readme README.md"


def test_every_remote_state_read_is_an_edge(estate: SynthesizedApp) -> None:
    edges = crossing_values(estate.stacks)
    for consumer, doc in estate.stacks.items():
        for name in doc.get("data", {}).get("terraform_remote_state", {}):
            producer = name.removeprefix("cross-stack-reference-input-")
            assert edges[(producer, consumer)], f"{producer} -> {consumer} has no value"
