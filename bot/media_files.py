"""Files we keep in MEDIA_DIR: photos residents sent on WhatsApp (its media URLs expire within
minutes) and attachments staff upload in the web panel. Each is named by its content's hash, so
the same file sent twice is one file, and a name says nothing a visitor could guess."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

NAME = re.compile(r"^[0-9a-f]{64}\.[a-z0-9]{1,8}$")  # what `keep` names files


def keep(folder: Path, content: bytes, suffix: str) -> Path:
    """Write `content` once under `folder` as `<sha256><suffix>` (e.g. ".jpg"); returns its path.
    Blocking: call it in a thread. A half-written file never has the final name."""
    path = folder / f"{hashlib.sha256(content).hexdigest()}{suffix}"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(path.suffix + ".part")
    partial.write_bytes(content)
    partial.replace(path)
    return path


def kept(folder: Path, name: str) -> Path | None:
    """The file `keep` wrote under `folder` as `name`; None for any other name (a path, a
    name `keep` does not make) or a file that is not there."""
    if not NAME.match(name):
        return None
    path = folder / name
    return path if path.is_file() else None
