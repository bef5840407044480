"""One loader for every kind of backend (source, OCR, extractor, geocoder).

Each kind keeps a registry `{short name: "package.module.Class"}`; settings name a backend
by its short name, or by the dotted path of a class of one's own. The module is imported
only when the backend is asked for, so a heavy library is loaded only by the backend that
needs it and only where it is configured.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module


class BackendError(Exception):
    """A backend (extractor, geocoder, …) could not do its work; `permanent` says that
    retrying cannot help (a bad key, a missing library), so the caller need not retry."""

    def __init__(self, message: str, *, permanent: bool = False):
        super().__init__(message)
        self.permanent = permanent


class UnknownBackend(LookupError):
    """The name is neither in the registry nor the dotted path of a class."""


def backend_class(name: str, registry: Mapping[str, str], *, kind: str) -> type:
    """The class `name` stands for. Raises `UnknownBackend` for a name that stands for
    none, and lets `ImportError` through (its module or a library it needs is missing),
    so the caller can skip that backend with a log line."""
    path = registry.get(name) or (name if "." in name else "")
    if not path:
        raise UnknownBackend(f"Unknown {kind} {name!r}; known: {', '.join(sorted(registry))}")
    module, _, attr = path.rpartition(".")
    found = getattr(import_module(module), attr, None)
    if not isinstance(found, type):
        raise UnknownBackend(f"{kind} {name!r}: {module} has no class {attr}")
    return found


def build_backend(
    name: str, registry: Mapping[str, str], *, kind: str, error: type[BackendError]
) -> object:
    """A new instance of the backend `name`. An unknown name raises `error` marked
    permanent (no retry will find it); `ImportError` passes as in `backend_class`."""
    try:
        cls = backend_class(name, registry, kind=kind)
    except UnknownBackend as exc:
        raise error(str(exc), permanent=True) from exc
    return cls()
