"""Extraction + geocoding time per video after warm-up.

usage: DATABASE_URL=... .venv/bin/python bench/places.py [BUNDLES_DIR] [--repeat N]
Reads each bundle's texts once (media steps are not timed), warms up the Korean analyser
and the region index, then times extract_places + geocode_places.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pind.settings")
os.environ.setdefault("PIND_DEV", "1")


def main() -> None:
    import django

    parser = argparse.ArgumentParser()
    parser.add_argument("bundles", nargs="?", default=None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    django.setup()
    from django.conf import settings

    from places.extraction import warm_up
    from videos.pipeline.run import find_places, read_media
    from videos.pipeline.sources import LocalBundleSource

    bundles = Path(args.bundles or settings.PIND_BUNDLES_DIR)
    source = LocalBundleSource(bundles)
    started = time.perf_counter()
    warm_up()
    print(f"warm-up {time.perf_counter() - started:.2f} s")
    ids = sorted(p.parent.name for p in bundles.glob("*/*.info.json"))
    texts = {vid: read_media(vid, source=source).texts for vid in ids}
    for vid in ids:
        find_places(texts[vid])  # first call per video: gazetteer build, caches
    worst = 0.0
    for vid in ids:
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            _, places = find_places(texts[vid])
            times.append(time.perf_counter() - t)
        worst = max(worst, max(times))
        print(
            f"{vid}: median {statistics.median(times) * 1000:.1f} ms, "
            f"max {max(times) * 1000:.1f} ms, {len(places)} places"
        )
    print(f"worst {worst * 1000:.1f} ms per video (target <= 1000 ms)")


if __name__ == "__main__":
    main()
