"""Whether a file given on the command line can be read, said in words with the fix.

Every importer and ``composure detect`` take a path; a folder, a file this user may not read,
a named pipe (which would block the command forever) or a path the kernel refuses to read
would otherwise surface as a Python traceback from deep inside the reader. The check opens
the file and reads a byte, so what it says is what the reader would meet; an error that only
shows later (a disk failing mid-file) is worded by :func:`read_error` at the command.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


def input_problem(path: Path, *, may_be_missing: bool = False) -> str | None:
    """Why ``path`` cannot be read, naming it and the fix; None when it can.

    ``may_be_missing``: a followed queue_log that does not exist yet is waited for.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None if may_be_missing else f"{path}: no such file"
    except OSError as exc:
        return read_error(path, exc)
    if stat.S_ISDIR(st.st_mode):
        return (f"{path} is a folder, not a file: give the path of the file in it "
                f"(for example {Path(path) / 'queue_log'})")
    if not stat.S_ISREG(st.st_mode):
        return (f"{path} is not a regular file (a named pipe, socket or device): save what it "
                "gives to a file and import that")
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as exc:
        return read_error(path, exc)
    try:
        os.read(fd, 1)
    except OSError as exc:
        return read_error(path, exc)
    finally:
        os.close(fd)
    return None


def read_error(path: Path, exc: OSError) -> str:
    """One line for an OSError met while opening or reading ``path``."""
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return (f"{path} cannot be read: permission denied. Give this user read access "
                f"(for example `chmod a+r {path}`), or run Composure as a user who may read it")
    if isinstance(exc, IsADirectoryError):
        return f"{path} is a folder, not a file: give the path of the file in it"
    if isinstance(exc, FileNotFoundError):
        return f"{path}: no such file"
    reason = exc.strerror or str(exc)
    return (f"{path} cannot be read ({reason}): check the disk or copy the file somewhere "
            "readable and import the copy")
