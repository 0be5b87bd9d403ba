"""Modules imported when first used: `reportbot ask` starts without the ones a question may not need."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_module(name: str) -> ModuleType:
    """`name` as a module object that is imported on its first attribute access."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


def import_without_pkg_resources(name: str) -> ModuleType:
    """import `name` (jieba, zhconv) with pkg_resources hidden.

    Both look for pkg_resources only to open their own data files, and open the same files directly
    when it is missing; importing it costs 0.15 s, a third of a question asked from the command
    line. Once pkg_resources is loaded (by anything else), this is a plain import.
    """
    if name in sys.modules:
        return sys.modules[name]
    if "pkg_resources" in sys.modules:
        return importlib.import_module(name)
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # "import pkg_resources" fails
    try:
        return importlib.import_module(name)
    finally:
        if sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
