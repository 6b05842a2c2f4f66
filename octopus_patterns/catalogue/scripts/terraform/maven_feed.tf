# The public Maven repository that holds the sample test and SBOM packages; downloads are retried as in the
# stacks' Maven feeds.
{{maven_feed}}
