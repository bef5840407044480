"""compose brings web and worker back on its own and can tell when they are unwell (#11.6)."""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def services() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]


def test_web_and_worker_restart_unless_stopped_and_have_health_checks():
    for name in ("web", "worker", "db"):
        service = services()[name]
        assert service["restart"] == "unless-stopped", name
        assert service["healthcheck"]["test"], name


def test_the_worker_health_check_is_the_worker_health_command():
    assert services()["worker"]["healthcheck"]["test"][-1] == "worker_health"
    assert services()["worker"]["command"].endswith("qcluster")
