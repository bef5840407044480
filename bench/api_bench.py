"""API and scale: pind's read endpoints under load beside a bare Django JSON view.

    .venv/bin/python bench/api_bench.py [--seconds 8] [--quick] [--api-only]

Scale: seeds the bench database at two sizes (100 and 1,000 videos × 10 places, 20 users,
one of them with 200 videos of history) and, in process, counts each endpoint's SQL
queries and times it, twice: warm (repeated requests: my map and history answer from the
per-user kept rendering, places/read_cache.py) and cold (that cache emptied before each
request, as after a change). API: at the larger size, gunicorn is loaded by wrk with 16
connections per endpoint in turn, in two configurations: the production one
(gunicorn.conf.py: gthread, WEB_WORKERS=2 × WEB_THREADS threads) and 2 sync workers; p50/
p99, requests/s and the ratio to the bare view (bench/settings.py, bench/urls.py) served by
the same gunicorn in the same run. "my map, ETag held" is the request a browser repeats
(If-None-Match: the 304 answer).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import ROOT, Group, child_env, setup_django, wait_for  # noqa: E402

CLIENTS = 16


def endpoints(seeded) -> dict[str, tuple[str, str, dict | None]]:
    """name → (method, path, JSON body). The ETag row is added by `api`."""
    return {
        "bare Django JSON view": ("GET", "/bench/bare", None),
        "job status": ("GET", f"/api/v1/jobs/{seeded.job_id}/status", None),
        "job status (running)": ("GET", f"/api/v1/jobs/{seeded.running_job_id}/status", None),
        "history page 1": ("GET", "/api/v1/users/history?page=1", None),
        "my map (200 videos)": ("GET", "/api/v1/users/places", None),
        "places near (1 km)": ("GET", f"/api/v1/places?near={seeded.near}&radius=1000", None),
        "cache-hit submit": (
            "POST",
            "/api/v1/youtube/process",
            {"url": f"https://youtu.be/{seeded.processed_youtube_id}"},
        ),
    }


def _token(user) -> str:
    from rest_framework_simplejwt.tokens import RefreshToken

    return f"Bearer {RefreshToken.for_user(user).access_token}"


# --- scale: query counts and times in process, at two sizes -------------------------------


def scale(sizes: list[int], repeat: int) -> dict:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.seed import seed

    try:
        from places.read_cache import PAYLOADS
    except ImportError:  # a checkout from before the kept renderings (an A/B run)
        PAYLOADS = {}

    out: dict = {}
    seeded = None
    for size in sizes:
        seeded = seed(videos=size, history=min(200, size))
        client = Client(HTTP_AUTHORIZATION=_token(seeded.user))
        for name, (method, path, body) in endpoints(seeded).items():
            if name.startswith("bare"):
                continue
            row = {}
            for temperature in ("cold", "warm"):
                times, queries = [], 0
                for _ in range(repeat):
                    if temperature == "cold":
                        PAYLOADS.clear()
                    with CaptureQueriesContext(connection) as ctx:
                        started = time.perf_counter()
                        if method == "GET":
                            resp = client.get(path)
                        else:
                            resp = client.post(path, body, content_type="application/json")
                        times.append(time.perf_counter() - started)
                    assert resp.status_code < 300, (name, resp.status_code, resp.content[:300])
                    queries = len(ctx.captured_queries)
                row[temperature] = (queries, statistics.median(times) * 1000)
            out.setdefault(name, {})[size] = row
    return {"rows": out, "seeded": seeded}


# --- API: gunicorn + wrk ------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ms(value: str) -> float:
    m = re.match(r"([\d.]+)(us|ms|s|m)", value)
    number, unit = float(m.group(1)), m.group(2)
    return number * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def _wrk(
    url: str, *, seconds: int, token: str, method: str, body, tmp: Path, etag: str = ""
) -> dict:
    script = tmp / "req.lua"
    lua = [f'wrk.method = "{method}"', f'wrk.headers["Authorization"] = "{token}"']
    if etag:
        lua.append(f'wrk.headers["If-None-Match"] = {json.dumps(etag)}')
    if body is not None:
        lua += [
            'wrk.headers["Content-Type"] = "application/json"',
            f"wrk.body = {json.dumps(json.dumps(body))}",
        ]
    script.write_text("\n".join(lua) + "\n")
    args = ["wrk", "-t2", f"-c{CLIENTS}", f"-d{seconds}s", "--timeout", "60s", "--latency"]
    done = subprocess.run(
        [*args, "-s", str(script), url], capture_output=True, text=True, timeout=seconds + 90
    )
    text = done.stdout
    lat = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", text, re.M))
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    total = re.search(r"(\d+) requests in", text)
    if total and int(total.group(1)) == 0:
        return {"p50": 0.0, "p99": 0.0, "rps": 0.0, "bad": 0, "requests": 0}
    if not (lat and rps):
        raise SystemExit(f"bench: wrk said\n{text}\n{done.stderr}")
    return {
        "p50": _ms(lat["50"]),
        "p99": _ms(lat["99"]),
        "rps": float(rps.group(1)),
        "bad": int(bad.group(1)) if bad else 0,
        "requests": int(total.group(1)) if total else 0,
    }


def _idle(port: int, *, limit: float = 180.0) -> None:
    """Until gunicorn answers the bare view at once again: the requests of a run that wrk
    stopped waiting for are still queued there, and would slow the next endpoint's run."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/bench/bare", timeout=limit):
                pass
        except OSError:
            time.sleep(0.5)
            continue
        if time.monotonic() - started < 0.05:
            return
        time.sleep(0.2)


# How gunicorn is started: the production settings file, and the same with sync workers.
CONFIGS = {
    "production": "gunicorn.conf.py (gthread, 2 workers × 32 threads)",
    "sync": "gunicorn.conf.py with -k sync (2 sync workers)",
}
ETAG_ROW = "my map, ETag held (304)"


def _etag(port: int, path: str, token: str) -> str:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", headers={"Authorization": token}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.headers.get("ETag", "")


def api(seeded, *, seconds: int, config: str = "production") -> dict:
    from jobs.models import Job

    if not shutil.which("wrk"):
        raise SystemExit("bench: wrk is missing (apt-get install wrk)")
    tmp = Path(tempfile.mkdtemp(prefix="pind-bench-api-"))
    port = _free_port()
    env = child_env(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DEBUG="0",
        THROTTLE_SUBMIT_USER="1000000/min",
        LOG_LEVEL="WARNING",
        WEB_WORKERS="2",
        WEB_BIND=f"127.0.0.1:{port}",
    )
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    # The production settings file (gthread, WEB_WORKERS × WEB_THREADS, access log), named.
    args = [gunicorn, "pind.wsgi:application", "-c", str(ROOT / "gunicorn.conf.py")]
    if config == "sync":
        args += ["-k", "sync"]
    token = _token(seeded.user)
    results = {}
    with Group([*args, "--log-level", "warning"], env=env, log=tmp / "gunicorn.log") as web:

        def up() -> bool:
            if web.proc.poll() is not None:
                raise SystemExit(f"bench: gunicorn died\n{web.output()[-2000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/bench/bare", timeout=2):
                    return True
            except OSError:
                return False

        wait_for(up, timeout=60, what="gunicorn", interval=0.2)
        runs = [(name, *spec, "") for name, spec in endpoints(seeded).items()]
        mine = endpoints(seeded)["my map (200 videos)"][1]
        runs.insert(4, (ETAG_ROW, "GET", mine, None, _etag(port, mine, token)))
        for name, method, path, body, etag in runs:
            url = f"http://127.0.0.1:{port}{path}"
            kw = dict(token=token, method=method, body=body, tmp=tmp, etag=etag)
            _wrk(url, seconds=1, **kw)  # warm
            _idle(port)
            jobs_before = Job.objects.count()
            results[name] = _wrk(url, seconds=seconds, **kw)
            results[name]["job_rows_added"] = Job.objects.count() - jobs_before
            _idle(port)  # requests wrk gave up on are still being served: not the next one's
    return results


REFERENCE = {  # issue #12, measured on 308de31 (gunicorn 2 sync workers, 16 clients)
    "job status": "0.17–0.22× bare, p50 ~100 ms",
    "history page 1": "≈0.01× bare, p50 1.5 s",
    "my map (200 videos)": "0.3 req/s, p50 32 s",
    "places near (1 km)": "≈0.01× bare, p50 1.4 s",
    "cache-hit submit": "p50 36 ms; +1 Job row each",
}
TARGET = {
    "job status": "≥ 0.8× bare",
    "job status (running)": "≥ 0.8× bare",
    "history page 1": "p99 < 100 ms",
    "my map (200 videos)": "p99 < 100 ms",
    ETAG_ROW: "p99 < 100 ms",
    "places near (1 km)": "p99 < 100 ms",
    "cache-hit submit": "< 20 ms server, no new rows",
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=8, help="wrk run per endpoint")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, 3 s runs")
    parser.add_argument(
        "--api-only", action="store_true", help="skip the scale table: seed 1,000 videos, load"
    )
    args = parser.parse_args(argv)
    setup_django()
    seconds = 3 if args.quick else args.seconds
    if args.api_only:
        from bench.seed import seed

        api_report(seed(videos=1000, history=200), seconds=seconds, videos=1000)
        return
    sizes = [50, 300] if args.quick else [100, 1000]
    found = scale(sizes, repeat=5 if args.quick else 10)
    print(f"\nScale: SQL queries and in-process time per request at {sizes[0]} and {sizes[1]}")
    print(f"videos × 10 places (20 users; one with {min(200, sizes[1])} videos of history);")
    print("cold: the kept renderings (my map, history) emptied before each request")
    print(
        f"  {'endpoint':<24} {'queries, cold':>14} {'warm':>9} "
        f"{'ms cold (median)':>22} {'ms warm':>16}"
    )
    for name, by_size in found["rows"].items():
        small, large = by_size[sizes[0]], by_size[sizes[1]]
        same = all(small[t][0] == large[t][0] for t in ("cold", "warm"))
        flag = "" if same else "  ← grows with rows"
        print(
            f"  {name:<24} {small['cold'][0]:>5} → {large['cold'][0]:<5}"
            f" {small['warm'][0]:>3} → {large['warm'][0]:<3}"
            f" {small['cold'][1]:>9.1f} → {large['cold'][1]:<9.1f}"
            f" {small['warm'][1]:>6.1f} → {large['warm'][1]:<6.1f}{flag}"
        )
    api_report(found["seeded"], seconds=seconds, videos=sizes[1])


def api_report(seeded, *, seconds: int, videos: int) -> None:
    for config, described in CONFIGS.items():
        _api_table(api(seeded, seconds=seconds, config=config), described, seconds, videos)


def _api_table(res: dict, described: str, seconds: int, videos: int) -> None:
    bare = res["bare Django JSON view"]
    print(
        f"\nAPI: {described}, PostgreSQL, {CLIENTS} clients (wrk), {seconds} s each, "
        f"{videos} videos × 10 places"
    )
    print(
        f"  {'endpoint':<24} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>8} {'× bare':>7}  "
        f"{'reference (#12)':<32} target"
    )
    for name, r in res.items():
        ratio = r["rps"] / bare["rps"] if bare["rps"] else float("nan")
        bad = f"  ({r['bad']} non-2xx!)" if r["bad"] else ""
        if not r["requests"]:
            print(f"  {name:<24} {'no answer within ' + str(seconds) + ' s':>34}  ", end="")
            print(f"{REFERENCE.get(name, ''):<32} {TARGET.get(name, '')}")
            continue
        print(
            f"  {name:<24} {r['p50']:>8.1f} {r['p99']:>8.1f} {r['rps']:>8.1f} {ratio:>6.2f}×  "
            f"{REFERENCE.get(name, ''):<32} {TARGET.get(name, '')}{bad}"
        )
    submit = res["cache-hit submit"]
    print(
        f"  cache-hit submits: {submit['requests']} answered, {submit['job_rows_added']} Job "
        "rows added (wrk counts only answers that finished inside the run)"
    )


if __name__ == "__main__":
    main()
