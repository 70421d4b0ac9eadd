"""Import a heavy third-party module when it is first used, not when heed is imported.

`heed check` must start in well under a second (#12 item 7), yet the bulk paths need numpy and
pyarrow, which take longer to import than the whole check takes to run. A module that needs
them names them with `module("numpy")` under `if not TYPE_CHECKING` (mypy sees the real
import): the first attribute read imports the module, later reads go straight to it. Unlike
`importlib.util.LazyLoader`, nothing is put in `sys.modules` until then, so
`tests/test_startup.py` can tell what a command really imported.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class _Deferred:
    """Stands for a module until an attribute is read; then loads it and gets out of the way."""

    def __init__(self, name: str) -> None:
        self.__name = name

    def __getattr__(self, attribute: str) -> Any:
        loaded = importlib.import_module(self.__name)
        # Copy the module's names onto this object: later reads never reach __getattr__.
        self.__dict__.update(vars(loaded))
        return getattr(loaded, attribute)

    def __repr__(self) -> str:
        return f"<deferred module {self.__name!r}>"


def module(name: str) -> ModuleType:
    """`name` (e.g. "numpy", "pyarrow.compute"), imported on first use."""
    return _Deferred(name)  # type: ignore[return-value]
