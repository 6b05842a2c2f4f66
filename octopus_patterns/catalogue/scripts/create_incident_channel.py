"""Creates a Slack channel for a production incident with this project and invites the support users.

Runs as an Octopus Python script step: Octopus provides `get_octopusvariable`. Uses only the standard
library, so the worker needs nothing but Python 3.
"""

import json
import time
import urllib.request

get_octopusvariable = globals()["get_octopusvariable"]
SLACK_API = "https://slack.com/api/"


def slack(method: str, payload: dict) -> dict:
    request = urllib.request.Request(
        SLACK_API + method,
        data=json.dumps(payload).encode("utf-8"),
        headers={
            "Authorization": "Bearer " + get_octopusvariable("Slack.Bot.Token"),
            "Content-Type": "application/json; charset=utf-8",
        },
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        body = json.load(response)
    if not body.get("ok"):
        raise RuntimeError(f"Slack {method} failed: {body.get('error')}")
    return body


def channel_name() -> str:
    project = get_octopusvariable("Octopus.Project.Name")
    slug = "".join(c if c.isalnum() else "-" for c in project.lower()).strip("-")
    return f"incident-{slug}-{time.strftime('%Y%m%d-%H%M', time.gmtime())}"[:80]


def main() -> None:
    channel = slack("conversations.create", {"name": channel_name()})["channel"]
    users = [u.strip() for u in get_octopusvariable("Slack.Support.Users").split(",") if u.strip()]
    if users:
        slack("conversations.invite", {"channel": channel["id"], "users": ",".join(users)})
    print(f"Created the Slack channel {channel['name']} and invited {len(users)} support user(s)")


main()
