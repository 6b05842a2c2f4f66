# The environments every client space deploys to, in lifecycle order, with the RI's Jira, Jira Service
# Management and ServiceNow settings (catalogue/management.py ENVIRONMENTS, as the stacks create them).
{{environments}}
