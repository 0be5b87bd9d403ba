"""deploy/ cannot run here, so at least parse it: Dockerfile, compose YAML, systemd unit."""

from __future__ import annotations

import configparser
import re
import shlex
from pathlib import Path

import yaml

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"


def dockerfile_instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    joined = re.sub(r"\\\n", " ", "\n".join(x for x in text.splitlines() if not x.lstrip().startswith("#")))
    out = []
    for line in joined.splitlines():
        if line.strip():
            word, _, rest = line.strip().partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def test_dockerfile_is_slim_nonroot_with_font_check_and_volume():
    steps = dockerfile_instructions((DEPLOY / "Dockerfile").read_text(encoding="utf-8"))
    known = {"FROM", "ENV", "WORKDIR", "COPY", "RUN", "USER", "VOLUME", "EXPOSE", "CMD", "ARG", "LABEL"}
    assert {w for w, _ in steps} <= known
    assert steps[0][0] == "FROM" and re.fullmatch(r"python:3\.1\d-slim(-\w+)?", steps[0][1])
    users = [arg for w, arg in steps if w == "USER"]
    assert users and users[-1] not in ("root", "0")
    user_at = max(i for i, (w, _) in enumerate(steps) if w == "USER")
    assert any(w == "RUN" and "cjk_font" in a for w, a in steps[user_at:]), "font checked as the runtime user"
    env = " ".join(a for w, a in steps if w == "ENV")
    volume = next(a for w, a in steps if w == "VOLUME")
    db = re.search(r"REPORTBOT_DB=(\S+)", env).group(1)
    assert db.startswith(volume.strip('[]" ').rstrip("/") + "/")
    cmd = next(a for w, a in reversed(steps) if w == "CMD")
    assert cmd.startswith("[") and "serve" in cmd
    for _, arg in steps:
        shlex.split(arg)  # balanced quotes


def test_compose_builds_the_dockerfile_and_keeps_the_index_on_a_volume():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    service = compose["services"]["reportbot"]
    assert (
        DEPLOY / service["build"]["context"] / service["build"]["dockerfile"]
    ).resolve() == DEPLOY / "Dockerfile"
    volume, target = service["volumes"][0].split(":")
    assert volume in compose["volumes"]
    assert service["environment"]["REPORTBOT_DB"].startswith(target + "/")
    assert service["restart"] in ("unless-stopped", "always", "on-failure")


def test_systemd_unit_parses_and_runs_serve_unprivileged():
    unit = configparser.ConfigParser(interpolation=None, delimiters=("=",), strict=True)
    unit.optionxform = str
    unit.read(DEPLOY / "reportbot.service", encoding="utf-8")
    assert set(unit.sections()) == {"Unit", "Service", "Install"}
    service = unit["Service"]
    assert service["ExecStart"].split()[0].startswith("/") and service["ExecStart"].split()[1:] == ["serve"]
    assert service["User"] not in ("root", "0") and service["Restart"]
    env = dict(kv.split("=", 1) for kv in shlex.split(service["Environment"]))
    assert env["REPORTBOT_DB"].startswith("/var/lib/" + service["StateDirectory"] + "/")
    assert unit["Install"]["WantedBy"] == "multi-user.target"


def test_deploy_readme_covers_polling_and_webhook():
    text = (DEPLOY / "README.md").read_text(encoding="utf-8")
    for needle in [
        "TELEGRAM_BOT_TOKEN",
        "REPORTBOT_ADMIN_IDS",
        "REPORTBOT_WEBHOOK_URL",
        "REPORTBOT_WEBHOOK_SECRET",
        "polling",
        "Webhook",
        "docker compose",
        "systemctl",
        "reverse_proxy 127.0.0.1:8443",  # Caddy
        "proxy_pass http://127.0.0.1:8443",  # nginx
        "REPORTBOT_WEBHOOK_LISTEN=0.0.0.0",  # inside Docker only
    ]:
        assert needle in text
