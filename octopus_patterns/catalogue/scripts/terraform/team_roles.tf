# Gives a server-wide team its roles in the client space, as CLIENT_SPACE_TEAM_GRANTS (catalogue/management.py)
# says; the region stacks grant the same. Our own roles are found by name, Octopus's built-in ones have fixed IDs.
{{grants}}
