"""Constructs for the containers the estate runs on (kreuzwerker/docker provider)."""
