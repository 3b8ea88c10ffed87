"""A keyring backend for tests: the AMI secret from ``COMPOSURE_TEST_AMI_SECRET``.

`composure ami` reads its secret from the OS keyring only (by design: never a file we write).
A CI box has no keyring, so the test selects this backend the way keyring itself supports,
``PYTHON_KEYRING_BACKEND=tests.integration.env_keyring.EnvKeyring``, and the CLI runs unchanged.
"""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError, PasswordSetError


class EnvKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return os.environ.get("COMPOSURE_TEST_AMI_SECRET")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("the test keyring is read-only")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("the test keyring is read-only")
