"""The AMI secret lives in the operating system's keyring, never in a file we write.

``keyring`` picks the platform's store (Windows Credential Locker, macOS Keychain, the Secret
Service on Linux desktops). Where none is available it raises; we turn that into a message
the window and the CLI can show, instead of silently falling back to a plain file.

A bare server has no keyring backend at all. There the person running ``composure ami`` gives
the secret themselves, and we only read it: ``--secret-file FILE`` (its first line; a file
they keep readable by themselves only) or the environment variable ``COMPOSURE_AMI_SECRET``.
Either one, when given, wins over the keyring.
"""

from __future__ import annotations

import os
from pathlib import Path

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

SERVICE = "composure-ami"
ENV_VAR = "COMPOSURE_AMI_SECRET"
OTHER_WAYS = (f"give the secret with --secret-file FILE (the secret on its first line; "
              f"`chmod 600 FILE`) or in the environment variable {ENV_VAR}")
NO_BACKEND = ("there is no keyring backend on this machine (no Secret Service, Keychain or "
              "Credential Locker), so no AMI secret can be kept in one: " + OTHER_WAYS)


class SecretStoreError(RuntimeError):
    """No usable keyring, or it refused: the message says which, for the user."""


def account(user: str, host: str, port: int) -> str:
    """One secret per login and server: the same user name on two PBXs are two secrets."""
    return f"{user}@{host}:{port}"


def no_backend() -> bool:
    """keyring found no store at all (it then hands out its ``fail`` backend)."""
    from keyring.backends import fail

    return isinstance(keyring.get_keyring(), fail.Keyring)


def get_secret(user: str, host: str, port: int) -> str | None:
    if no_backend():
        raise SecretStoreError(NO_BACKEND)
    try:
        return keyring.get_password(SERVICE, account(user, host, port))
    except KeyringError as exc:
        raise SecretStoreError(f"the system keyring is not available: {exc}; "
                               + OTHER_WAYS) from exc


def set_secret(user: str, host: str, port: int, secret: str) -> None:
    if no_backend():
        raise SecretStoreError(NO_BACKEND)
    try:
        keyring.set_password(SERVICE, account(user, host, port), secret)
    except KeyringError as exc:
        raise SecretStoreError(f"cannot store the secret in the system keyring: {exc}; "
                               + OTHER_WAYS) from exc


def read_secret_file(path: Path) -> str:
    """The first line of ``path``; raises SecretStoreError naming the file and the fix."""
    try:
        with open(path, encoding="utf-8") as fh:
            secret = fh.readline(4096).rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise SecretStoreError(f"the secret file {path} cannot be read ({reason})") from exc
    if not secret:
        raise SecretStoreError(f"the secret file {path} is empty: put the secret on its first "
                               "line")
    return secret


def given_secret(secret_file: Path | None) -> str | None:
    """The secret the user gave outside the keyring (file first, then environment)."""
    if secret_file is not None:
        return read_secret_file(secret_file)
    return os.environ.get(ENV_VAR) or None


def delete_secret(user: str, host: str, port: int) -> bool:
    """True if one was stored."""
    if no_backend():
        raise SecretStoreError(NO_BACKEND)
    try:
        keyring.delete_password(SERVICE, account(user, host, port))
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise SecretStoreError(f"the system keyring is not available: {exc}") from exc
    return True


def secret_reader(user: str, host: str, port: int, secret_file: Path | None = None):
    """For :class:`AmiClient`: asked at every attempt; a keyring failure reads as no secret
    (the login then fails with a clear status rather than killing the thread). A secret file
    or ``COMPOSURE_AMI_SECRET`` wins over the keyring."""

    def read() -> str | None:
        try:
            return given_secret(secret_file) or get_secret(user, host, port)
        except SecretStoreError:
            return None

    return read
