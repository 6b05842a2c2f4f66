# The Sync environment and its lifecycle: runbooks that synchronise projects run there.
{{sync_environment}}

{{sync_lifecycle}}
