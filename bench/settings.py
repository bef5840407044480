"""pind's settings, served with bench/urls.py (pind's URLs plus a bare JSON view)."""

from pind.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
