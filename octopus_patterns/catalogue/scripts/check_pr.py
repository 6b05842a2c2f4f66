"""Checks a Gitea pull request to a config-as-code repository, from the webhook body Gitea sends.

Runs as an Octopus Python script step: Octopus provides `get_octopusvariable` and `printhighlight`. Uses only
the standard library. Fails when the PR does not target the default branch or changes an OCL file whose
braces or quotes do not balance.
"""

import base64
import json
import sys
import urllib.request

get_octopusvariable = globals()["get_octopusvariable"]
printhighlight = globals()["printhighlight"]

body = json.loads(get_octopusvariable("Webhook.Pr.Body"))
pull = body["pull_request"]
repository = body["repository"]
api = repository["html_url"].rsplit("/", 2)[0] + "/api/v1/repos/" + repository["full_name"]
username = get_octopusvariable("Git.Credentials.Username")
password = get_octopusvariable("Git.Credentials.Password")
credentials = f"{username}:{password}"
headers = {"Authorization": "Basic " + base64.b64encode(credentials.encode()).decode()}


def get(path):
    request = urllib.request.Request(api + path, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read().decode())


def balanced(text):
    depth, quoted = 0, False
    for previous, char in zip(" " + text, text, strict=False):
        if char == '"' and previous != "\\":
            quoted = not quoted
        elif not quoted and char in "{[":
            depth += 1
        elif not quoted and char in "}]":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0 and not quoted


problems = []
if pull["base"]["ref"] != repository.get("default_branch", "main"):
    problems.append(f"the pull request targets {pull['base']['ref']}, not the default branch")
for changed in get(f"/pulls/{pull['number']}/files"):
    name = changed["filename"]
    if not name.endswith(".ocl") or changed.get("status") == "deleted":
        continue
    content = get(f"/contents/{name}?ref={pull['head']['sha']}")
    if not balanced(base64.b64decode(content["content"]).decode("utf-8", "replace")):
        problems.append(f"{name}: unbalanced braces or quotes")

for problem in problems:
    print("PR check failed: " + problem)
if problems:
    sys.exit(1)
# No hash-and-brace in this script: Octopus substitutes its variables in the script body before it runs.
printhighlight("Pull request #" + str(pull["number"]) + " passed its checks")
