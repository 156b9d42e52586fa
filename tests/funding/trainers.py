"""The training scripts of scripts/ loaded as modules, for the learned models' tests (they are not a package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def training_script(*names: str) -> ModuleType:
    """Load `names` in order (a trainer that reuses another's helpers names it first) and return the last. The
    scripts directory goes on sys.path too: the trainers import each other by bare name."""
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    for name in names:
        spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[names[-1]]
