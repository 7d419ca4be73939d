"""mkdocs hooks for the docs site (mkdocs.yml): the API reference page is api.md as `make sdk` wrote it.

api.md lives at the top of the repository (GitHub shows it there, and CI checks it for drift), so the
site takes that file itself rather than a copy in docs/ that could fall behind it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

API_REFERENCE = Path(__file__).resolve().parent.parent / "api.md"


def on_files(files: Files, config: Any) -> Files:
    if files.get_file_from_path("api.md") is not None:
        raise ValueError("docs/api.md must not exist: the site's api.md is the one `make sdk` writes")
    files.append(File.generated(config, "api.md", abs_src_path=str(API_REFERENCE)))
    return files
