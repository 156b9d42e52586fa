"""The app's OpenAPI document generates a Python client without warnings (openapi-python-client, offline).

Two layers: a structural check in-process (every $ref resolves, operationIds and schema names stay unique once a
generator turns them into Python names), which names the culprit; and the real generator run on the document
written by `app.openapi()`, which catches what the structural check does not know about (~4-8 s on this machine).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api.app import create_app

METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _resolves(doc: dict[str, Any], ref: str) -> bool:
    if not ref.startswith("#/"):
        return False  # the generator reads one file: an external reference is a missing model
    node: Any = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def _python_name(name: str) -> str:
    # Generators fold case and drop punctuation to build class and module names: Job_Page and JobPage collide.
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _duplicates(names: list[str]) -> list[str]:
    return sorted(n for n, count in Counter(names).items() if count > 1)


def structural_problems(doc: dict[str, Any]) -> list[str]:
    """What makes a generated client lose or merge parts, each named; empty when the document is clean."""
    problems = [f"unresolved $ref {ref}" for ref in sorted(set(_refs(doc))) if not _resolves(doc, ref)]
    ops = [
        (path, method, op)
        for path, item in doc.get("paths", {}).items()
        for method, op in item.items()
        if method in METHODS
    ]
    problems += [f"{method.upper()} {path} has no operationId" for path, method, op in ops if not op.get("operationId")]
    ids = [op["operationId"] for _, _, op in ops if op.get("operationId")]
    problems += [f"operationId {i!r} used twice" for i in _duplicates(ids)]
    problems += [f"operationIds collide as Python names: {i}" for i in _duplicates([_python_name(i) for i in set(ids)])]
    schemas = list(doc.get("components", {}).get("schemas", {}))
    problems += [f"schema names collide as Python names: {n}" for n in _duplicates([_python_name(s) for s in schemas])]
    problems += [f"schema name {n!r} is a module path (two models share a name)" for n in schemas if "__" in n]
    return problems


def generate_client(doc: dict[str, Any], workdir: Path) -> tuple[int, str, Path]:
    """Run openapi-python-client on `doc` in `workdir`; (exit code, output, package dir)."""
    (workdir / "openapi.json").write_text(json.dumps(doc))
    # No post hooks: they run ruff on the generated code, which says nothing about our document and needs PATH.
    (workdir / "config.json").write_text(json.dumps({"post_hooks": []}))
    out = workdir / "client"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            "openapi.json",
            "--config",
            "config.json",
            "--meta",
            "none",
            "--output-path",
            str(out),
            "--fail-on-warning",
        ],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return proc.returncode, proc.stdout + proc.stderr, out


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return create_app().openapi()


def test_document_is_structurally_clean(doc: dict[str, Any]) -> None:
    assert structural_problems(doc) == []
    assert sum(1 for _ in _refs(doc)) > 50  # the walk reaches the schemas


def test_structural_check_names_each_problem() -> None:
    bad = {
        "paths": {
            "/a": {"get": {"operationId": "getA", "responses": {"200": {"$ref": "#/components/responses/Gone"}}}},
            "/b": {"get": {"operationId": "getA"}, "post": {}, "parameters": []},
            "/c": {"get": {"operationId": "get_a"}},
        },
        "components": {
            "schemas": {"JobPage": {}, "Job_Page": {"$ref": "#/components/schemas/JobPage"}, "api__x__Thing": {}}
        },
    }
    assert structural_problems(bad) == [
        "unresolved $ref #/components/responses/Gone",
        "POST /b has no operationId",
        "operationId 'getA' used twice",
        "operationIds collide as Python names: geta",
        "schema names collide as Python names: jobpage",
        "schema name 'api__x__Thing' is a module path (two models share a name)",
    ]


def test_generated_client_has_no_warnings_and_every_operation(doc: dict[str, Any], tmp_path: Path) -> None:
    code, output, package = generate_client(doc, tmp_path)
    assert code == 0 and "warning" not in output.lower(), output
    modules = {p.stem for p in (package / "api").glob("*/*.py") if p.stem != "__init__"}
    ids = {op["operationId"] for item in doc["paths"].values() for m, op in item.items() if m in METHODS}
    # The generator names each endpoint module after its operationId (listJobs -> list_jobs.py): none dropped.
    assert modules == {re.sub(r"(?<!^)(?=[A-Z])", "_", i).lower() for i in ids}


def test_generator_run_fails_on_a_document_it_cannot_read_whole(tmp_path: Path) -> None:
    # SYNTHETIC document: one response refers to a model that is not declared.
    broken = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {
                "get": {
                    "operationId": "getA",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Missing"}}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": {}},
    }
    code, output, _ = generate_client(broken, tmp_path)
    assert code != 0 and "Could not find reference" in output
