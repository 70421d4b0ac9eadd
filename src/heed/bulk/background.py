"""Run a started import on a thread of its own, so a request can answer while the rows land.

The import's own row shows its progress (GET /v1/imports/{id}, the web import page). If the
server stops mid-file, the import stops being updated and reads as failed after a while
(heed.store.imports.STALE_AFTER); importing the same file again finishes it.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from heed.bulk.uploads import Upload
from heed.core.vocabulary import Actor

if TYPE_CHECKING:
    from heed.engine import Engine

log = logging.getLogger("heed.bulk")


def run_import(engine: Engine, slug: str, import_id: str, upload: Upload, actor: Actor) -> None:
    """Start importing `upload` now on a daemon thread; the upload is deleted when it ends."""

    def work() -> None:
        try:
            engine.run_import(slug, import_id, upload.path, actor=actor)
        except Exception:  # recorded on the import as its failure; logged for the operator
            log.exception("import %s of account %s failed", import_id, slug)
        finally:
            upload.delete()

    threading.Thread(target=work, name=f"heed-import-{import_id}", daemon=True).start()
