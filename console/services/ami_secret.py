"""The AMI secret lives in the operating system's keyring, never in a file we write.

``keyring`` picks the platform's store (Windows Credential Locker, macOS Keychain, the Secret
Service on Linux desktops). Where none is available it raises; we turn that into a message
the window and the CLI can show, instead of silently falling back to a plain file.
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

SERVICE = "composure-ami"


class SecretStoreError(RuntimeError):
    """No usable keyring, or it refused: the message says which, for the user."""


def account(user: str, host: str, port: int) -> str:
    """One secret per login and server: the same user name on two PBXs are two secrets."""
    return f"{user}@{host}:{port}"


def get_secret(user: str, host: str, port: int) -> str | None:
    try:
        return keyring.get_password(SERVICE, account(user, host, port))
    except KeyringError as exc:
        raise SecretStoreError(f"the system keyring is not available: {exc}") from exc


def set_secret(user: str, host: str, port: int, secret: str) -> None:
    try:
        keyring.set_password(SERVICE, account(user, host, port), secret)
    except KeyringError as exc:
        raise SecretStoreError(f"cannot store the secret in the system keyring: {exc}") from exc


def delete_secret(user: str, host: str, port: int) -> bool:
    """True if one was stored."""
    try:
        keyring.delete_password(SERVICE, account(user, host, port))
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise SecretStoreError(f"the system keyring is not available: {exc}") from exc
    return True


def secret_reader(user: str, host: str, port: int):
    """For :class:`AmiClient`: asked at every attempt; a keyring failure reads as no secret
    (the login then fails with a clear status rather than killing the thread)."""

    def read() -> str | None:
        try:
            return get_secret(user, host, port)
        except SecretStoreError:
            return None

    return read
