"""A Terraform rehearsal of the synthesized stacks, with the builtin `terraform_data` standing in for
every provider: see `python -m octopus_patterns.rehearsal --help`."""

from octopus_patterns.rehearsal.runner import Options, RehearsalFailed, Report, rehearse

__all__ = ["Options", "RehearsalFailed", "Report", "rehearse"]
