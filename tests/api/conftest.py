"""The jobs fixtures (inline queue, private bundles) serve the API tests too."""

from tests.jobs.conftest import bundles, sync_queue  # noqa: F401
