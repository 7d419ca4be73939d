"""The generation pipeline: config keys are real, and no operation was silently dropped."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, iter_operations, load_spec
from openapi_python_client.config import ConfigFile

GEN = ROOT / "generated" / "mixmax_openapi"


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def test_generator_config_only_uses_real_keys() -> None:
    """openapi-python-client ignores unknown keys silently; a typo would be a no-op."""
    config = yaml.safe_load((ROOT / "generator-config.yaml").read_text())
    assert set(config) <= set(ConfigFile.model_fields), set(config) - set(ConfigFile.model_fields)
    ConfigFile.model_validate(config)


def test_generated_package_is_typed_and_has_no_ruff_cache() -> None:
    assert (GEN / "py.typed").is_file()
    assert not (GEN / ".ruff_cache").exists()


@pytest.mark.parametrize(("method", "path", "op"), iter_operations(load_spec()), ids=lambda v: "")
def test_every_operation_has_its_generated_module(method: str, path: str, op: dict[str, object]) -> None:
    tag, op_id = op["tags"][0], op["operationId"]  # type: ignore[index]
    module = importlib.import_module(f"mixmax_openapi.api.{snake(str(tag))}.{snake(str(op_id))}")
    source = Path(str(module.__file__)).read_text()
    assert f'"method": "{method}"' in source
    python_path = re.sub(
        r"\{(\w+)\}", lambda m: "{" + snake(m.group(1)) + ("_" if m.group(1) == "type" else "") + "}", path
    )
    assert f'"url": "{python_path}"' in source
    for fn in ("_get_kwargs", "sync_detailed", "asyncio_detailed"):
        assert callable(getattr(module, fn))


def test_generated_layer_is_not_imported_by_the_facade_at_import_time() -> None:
    import subprocess
    import sys

    code = (
        "import sys, mixmax_sdk; "
        "print(sum(1 for m in sys.modules if m.startswith(('mixmax_openapi.api.', 'mixmax_openapi.models.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_generated_code_is_never_edited_by_hand() -> None:
    """Every generated module keeps the generator's shape; hand edits usually break the import."""
    modules = list((GEN / "api").rglob("*.py")) + list((GEN / "models").rglob("*.py"))
    assert len(modules) > 250
    assert Path(GEN / "client.py").read_text().count("class AuthenticatedClient") == 1


def test_one_endpoint_module_imports_only_its_own_models() -> None:
    """templates/models_init.py.jinja makes `mixmax_openapi.models` lazy (every model otherwise)."""
    import subprocess
    import sys

    code = (
        "import sys, mixmax_openapi.api.users.get_current_user; "
        "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules if m.startswith('mixmax_openapi.models.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['error', 'user']"


def test_models_import_only_the_models_they_reference() -> None:
    """Nested models are imported at module level (templates/model.py.jinja): the sequences page
    brings its sequence and what a sequence holds, nothing else."""
    import subprocess
    import sys

    code = (
        "import sys, mixmax_openapi.api.sequences.list_sequences; "
        "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules if m.startswith('mixmax_openapi.models.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(
        [
            "crm_connection",
            "email_address",
            "error",
            "sequence",
            "sequence_page",
            "sequence_shared",
            "sequence_stage",
            "share_grant",
        ]
    )


def test_no_model_is_named_after_its_position_in_a_union() -> None:
    """An inline object inside a nullable union (`type: [object, "null"]`) is generated as
    `<Parent><Prop>Type0`; users import and isinstance-check model names, so every such object is a
    named component referenced as `anyOf: [{$ref}, {type: "null"}]` instead."""
    positional = re.compile(r"_type_\d+(_|$)")
    modules = sorted(p.stem for p in (GEN / "models").glob("*.py") if positional.search(p.stem))
    assert modules == []
    import mixmax_openapi.models as models

    names = [name for name in models.__all__ if re.search(r"Type\d+(Item|[A-Z]|$)", name)]
    assert names == []
    assert models.EventLocation.__name__ == "EventLocation"  # the pre-nullable name is back
