"""The provider bindings the constructs are built on, in this package's own namespace.

`octopusdeploy` links to the repository's top-level `imports/octopusdeploy` (made by `cdktf get`, never
edited); a wheel carries the files themselves. Keeping them under `octopus_patterns` leaves the top-level
`imports` package to the app that installs this library: cdktf generates every app's own bindings there.
"""
