"""Media test helpers: the dev bundles and the canned files in tests/data/media."""

from pathlib import Path

import pytest
from django.conf import settings

DATA = Path(__file__).resolve().parents[2] / "data" / "media"


@pytest.fixture
def media_data() -> Path:
    return DATA


@pytest.fixture
def dev_bundles() -> Path:
    root = Path(settings.PIND_BUNDLES_DIR)
    if not any(root.glob("*/*.info.json")):
        pytest.skip(f"no dev bundles in {root}")
    return root
