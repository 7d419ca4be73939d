"""The docs site (`make docs`, mkdocs.yml) builds strictly, its API reference page is api.md as `make sdk`
wrote it, and the README points at every guide with links that work on GitHub too. (The guides' code
blocks are checked by test_readme.py.)"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

GUIDES = sorted(path.name for path in (ROOT / "docs").glob("*.md") if path.name != "index.md")
# [text](target): a Markdown link, its target up to a `#` anchor.
LINK = re.compile(r"\[[^\]]*\]\(([^)#\s]+)(?:#[^)]*)?\)")


def test_the_readme_links_every_guide_with_links_that_resolve_on_github() -> None:
    readme = (ROOT / "README.md").read_text()
    targets = [t for t in LINK.findall(readme) if "://" not in t]
    missing = [t for t in targets if not (ROOT / t).exists()]
    assert missing == [], "the README links to files that do not exist"
    assert len(GUIDES) >= 11
    assert sorted({t.removeprefix("docs/") for t in targets if t.startswith("docs/")}) == GUIDES


def test_the_errors_reference_page_lists_every_exception_mixmax_sdk_exports() -> None:
    import mixmax_sdk

    page = (ROOT / "docs" / "reference" / "errors.md").read_text()
    listed = re.findall(r"^ {8}- (\w+)$", page, re.M)
    assert sorted(listed) == sorted(mixmax_sdk.errors.__all__)


@pytest.mark.slow
def test_the_site_builds_strictly_with_api_md_as_its_reference_page(tmp_path: Path) -> None:
    assert not (ROOT / "docs" / "api.md").exists(), "the site takes api.md from the top, never a copy"
    mkdocs = Path(sys.executable).parent / "mkdocs"
    built = subprocess.run(
        [str(mkdocs), "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    site = tmp_path / "site"
    groups = re.findall(r"^## `(client\.\w+)`", (ROOT / "api.md").read_text(), re.M)
    assert len(groups) >= 20
    api_page = (site / "api" / "index.html").read_text()
    assert [g for g in groups if f"<code>{g}</code>" not in api_page] == []
    for guide in GUIDES:
        assert (site / guide.removesuffix(".md") / "index.html").is_file(), guide
    # The reference pages are rendered from the docstrings, not left as `::: name` lines.
    for page, name in [
        ("clients", "mixmax_sdk.AsyncMixmax"),
        ("errors", "mixmax_sdk.errors.RateLimitError"),
        ("pagination", "mixmax_sdk.pagination.SyncPager"),
        ("webhooks", "mixmax_sdk.webhooks.parse_event"),
        ("testing", "mixmax_sdk.testing.FakeMixmax"),
    ]:
        assert f'id="{name}"' in (site / "reference" / page / "index.html").read_text(), (page, name)
