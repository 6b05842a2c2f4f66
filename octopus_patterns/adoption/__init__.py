"""Adoption: take objects that already exist on an Octopus server under the names the stacks declare under
Terraform management with `import` blocks, instead of failing on duplicate names.

`python -m octopus_patterns.adoption` reads the server (REST API, paged) and writes the plan
(`adoption.json`); synthesis with `ESTATE_ADOPTION_FILE` set adds the import blocks (see README,
"Adopting an existing Octopus").
"""
