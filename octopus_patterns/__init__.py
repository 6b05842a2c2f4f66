"""Reusable cdktf constructs for an Octopus Deploy estate built on the enterprise deployment patterns."""
