"""Constructs for Octopus concepts, one concept per module."""
