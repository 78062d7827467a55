"""Writing a file so that a failure or a crash leaves the old file or the whole new one, never half."""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Callable


def _temporary_beside(path: Path) -> Path:
    """A free name next to ``path`` for this process and thread. The writer creates the
    file, so it gets an ordinary new file's permissions (``mkstemp`` would make it
    readable by its owner only)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.part")
    temporary.unlink(missing_ok=True)  # left by a crashed process that had the same number
    return temporary


def replace_atomically(path: Path | str, write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a temporary file beside ``path``, flush it to disk, then put it in place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = _temporary_beside(path)
    try:
        write(temporary)
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def write_atomically(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    return replace_atomically(path, lambda temporary: temporary.write_bytes(data))
