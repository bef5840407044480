"""/api/docs/ (Swagger UI) and /api/redoc/ (ReDoc) work offline: every asset is ours."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db

DOC_PAGES = ["/api/docs/", "/api/redoc/"]
OUTSIDE = re.compile(r"^(https?:)?//", re.IGNORECASE)


class _AssetLinks(HTMLParser):
    """Every src= and href= on the page (scripts, styles, icons, images)."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.links += [value for name, value in attrs if name in ("src", "href") and value]


def _asset_links(html: str) -> list[str]:
    parser = _AssetLinks()
    parser.feed(html)
    return parser.links


@pytest.mark.parametrize("path", DOC_PAGES)
def test_api_doc_pages_link_only_our_own_static_files(client, path):
    resp = client.get(path)
    assert resp.status_code == 200
    html = resp.content.decode()
    links = _asset_links(html)
    assert any(link.endswith(".js") for link in links), links
    for link in links:
        assert not OUTSIDE.match(link), f"{path} loads {link} from outside pind"
        assert link.startswith("/" + settings.STATIC_URL.lstrip("/")), link
        assert finders.find(link.split("/", 2)[2]), f"{link} is not a static file we ship"
    # Nothing fetched by address from inside a style or script either (fonts, badges).
    assert not re.search(r"https?://", html), re.search(r".{40}https?://.{40}", html)


def test_swagger_ui_asks_no_online_validator(client):
    html = client.get("/api/docs/").content.decode()
    found = re.search(r"const swaggerSettings = (\{.*?\});", html, re.DOTALL)
    assert found, "Swagger UI's settings are not on the page"
    assert json.loads(found.group(1))["validatorUrl"] is None


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize(
    ("path", "rendered", "name"),
    [
        ("/api/docs/", ".swagger-ui .opblock-tag", "api-docs-swagger"),
        ("/api/redoc/", "redoc .api-content h1", "api-docs-redoc"),
    ],
)
def test_api_docs_render_in_a_browser_with_no_network(
    page, live_server, screenshot, path, rendered, name
):
    outside: list[str] = []
    page.on(
        "request",
        lambda request: (
            None if request.url.startswith(live_server.url) else outside.append(request.url)
        ),
    )
    # ReDoc's Redocly logo is refused by the page's own Content-Security-Policy, before
    # the browser opens any connection; that is not a request to the outside.
    refused_by_policy: list[str] = []
    page.on(
        "requestfailed",
        lambda request: refused_by_policy.append(request.url) if request.failure == "csp" else None,
    )
    page.goto(path)
    page.wait_for_selector(rendered)
    assert "pind API" in page.inner_text("body")
    screenshot(page, name)
    assert [url for url in outside if url not in refused_by_policy] == []
    assert page.js_errors == []
