"""Helpers for the browser tests: the system Chromium, axe-core, keyboard steps, screenshots.

Chromium comes from the operating system (`apt-get install chromium`) and axe-core from npm
(`make test` installs it under var/node/); neither is fetched by the tests themselves.
"""

import os
import re
from functools import cache
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = PROJECT_ROOT / "var" / "node" / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = PROJECT_ROOT / "test-artifacts" / "reader"
BLOCKING_IMPACTS = ("serious", "critical")


def missing_requirements() -> list[str]:
    """What the browser tests need and this machine lacks, in words a person can act on."""
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package (pip install -e '.[dev]')")
    if not AXE.exists():
        missing.append(f"axe-core at {AXE.relative_to(PROJECT_ROOT)} (make test installs it)")
    return missing


def require_browser() -> None:
    """Skip the browser tests when something is missing, or fail when CI=true."""
    missing = missing_requirements()
    if not missing:
        return
    message = "browser tests need " + "; ".join(missing)
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message}. CI=true, so they may not be skipped.", pytrace=False)
    pytest.skip(message)


def serious_violations(page) -> list[str]:
    """Run axe-core on the page (every <details> opened) and describe serious or critical findings."""
    page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated rather than added as a <script>: a strict Content-Security-Policy would
        # block an inline script, but not code run through the browser's debugging protocol.
        page.evaluate(_axe_source())
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{violation['impact']} {violation['id']}: {violation['help']} "
        f"at {[node['target'] for node in violation['nodes']][:5]}"
        for violation in result["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


@cache
def _axe_source() -> str:
    return AXE.read_text(encoding="utf-8")


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under test-artifacts/reader/ and return its path."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{re.sub(r'[^a-z0-9-]+', '-', name.lower()).strip('-')}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def focused(page) -> dict:
    """The focused element: tag, text, name, href and whether its focus ring shows."""
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            const box = el.getBoundingClientRect();
            return {
                tag: el.tagName.toLowerCase(),
                text: (el.innerText || el.value || '').trim(),
                name: el.getAttribute('name') || '',
                id: el.id || '',
                href: el.getAttribute('href') || '',
                className: el.className || '',
                outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
                visible: box.width > 0 && box.height > 0 && box.bottom > 0,
            };
        }"""
    )


def tab_to(page, matches, *, limit: int = 80) -> dict:
    """Press Tab until `matches(focused element)` holds; fail after `limit` presses."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        element = focused(page)
        if matches(element):
            assert element["visible"], f"focused but not visible: {element}"
            assert element["outline"], f"focused without a visible focus ring: {element}"
            return element
    raise AssertionError(f"no focusable element matched after {limit} presses of Tab")
