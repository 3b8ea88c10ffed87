"""The AMI secret goes to the keyring (an in-memory backend here), never into the database."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError, PasswordDeleteError

from console.ingest.ami_client import AmiConfig, LinkState
from console.services import ami_secret
from console.services.ami import cmd_ami, follow
from tests.ingest.fake_ami import FakeAmi


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("not stored")


class BrokenKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("no backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("no backend")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_set_get_delete(memory_keyring) -> None:
    ami_secret.set_secret("supervisor", "pbx", 5038, "s3cret")
    assert memory_keyring.store == {("composure-ami", "supervisor@pbx:5038"): "s3cret"}
    assert ami_secret.get_secret("supervisor", "pbx", 5038) == "s3cret"
    assert ami_secret.get_secret("supervisor", "other", 5038) is None
    assert ami_secret.delete_secret("supervisor", "pbx", 5038) is True
    assert ami_secret.delete_secret("supervisor", "pbx", 5038) is False


class Terminal(io.StringIO):
    """Standard input that is a terminal: set-secret prompts (getpass) instead of reading."""

    def isatty(self) -> bool:
        return True


def test_cli_set_secret_prompts_and_stores(memory_keyring, monkeypatch, db_path, capsys) -> None:
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("getpass.getpass", lambda prompt: "from-prompt")
    assert cmd_ami(db_path, "set-secret", "127.0.0.1", 5038, "supervisor") == 0
    assert ami_secret.get_secret("supervisor", "127.0.0.1", 5038) == "from-prompt"
    assert "keyring" in capsys.readouterr().out
    monkeypatch.setattr("getpass.getpass", lambda prompt: "")
    assert cmd_ami(db_path, "set-secret", "127.0.0.1", 5038, "supervisor") == 2


def test_no_keyring_is_a_message_not_a_crash(monkeypatch, db_path, capsys) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        with pytest.raises(ami_secret.SecretStoreError, match="not available"):
            ami_secret.get_secret("u", "h", 1)
        assert ami_secret.secret_reader("u", "h", 1)() is None
        monkeypatch.setattr("sys.stdin", Terminal())
        monkeypatch.setattr("getpass.getpass", lambda prompt: "x")
        assert cmd_ami(db_path, "set-secret", "h", 1, "u") == 2
        assert "cannot store the secret" in capsys.readouterr().err
    finally:
        keyring.set_keyring(previous)


def test_follow_reads_the_secret_from_the_keyring_not_the_database(memory_keyring,
                                                                    db_path) -> None:
    server = FakeAmi(secret="only-in-keyring")
    try:
        ami_secret.set_secret("supervisor", "127.0.0.1", server.port, "only-in-keyring")
        stop = threading.Event()
        seen = []

        def on_status(status) -> None:
            seen.append(status.state)
            if status.state == LinkState.CONNECTED:
                stop.set()

        config = AmiConfig(host="127.0.0.1", port=server.port, user="supervisor",
                           poll_seconds=0.05, backoff_first=0.05)
        thread = threading.Thread(target=follow, args=(db_path, config, stop, on_status))
        thread.start()
        thread.join(10)
        assert LinkState.CONNECTED in seen and server.logins == 1
    finally:
        server.close()
    for path in db_path.parent.iterdir():  # the database, its WAL and anything beside it
        assert b"only-in-keyring" not in path.read_bytes()


def test_set_secret_reads_a_pipe_when_stdin_is_no_terminal(memory_keyring, monkeypatch,
                                                           db_path, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("piped-secret\n"))
    monkeypatch.setattr("getpass.getpass", lambda prompt: pytest.fail("prompted"))
    assert cmd_ami(db_path, "set-secret", "127.0.0.1", 5038, "supervisor") == 0
    assert ami_secret.get_secret("supervisor", "127.0.0.1", 5038) == "piped-secret"


def test_set_secret_at_end_of_input_is_a_message(memory_keyring, monkeypatch, db_path,
                                                 capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert cmd_ami(db_path, "set-secret", "127.0.0.1", 5038, "supervisor") == 2
    assert "end of input" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", Terminal())

    def eof(prompt: str) -> str:
        raise EOFError

    monkeypatch.setattr("getpass.getpass", eof)  # Ctrl-D at the prompt
    assert cmd_ami(db_path, "set-secret", "127.0.0.1", 5038, "supervisor") == 2
    assert "end of input" in capsys.readouterr().err
    assert memory_keyring.store == {}


def test_no_keyring_backend_is_named_with_the_other_ways(monkeypatch, db_path, capsys,
                                                         tmp_path) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv(ami_secret.ENV_VAR, raising=False)
    try:
        with pytest.raises(ami_secret.SecretStoreError, match="no keyring backend"):
            ami_secret.get_secret("u", "h", 1)
        assert cmd_ami(db_path, "follow", "127.0.0.1", 9, "u") == 2
        err = capsys.readouterr().err
        assert "no keyring backend" in err and "--secret-file" in err
        assert ami_secret.ENV_VAR in err and "no secret stored" not in err
        # given another way, the keyring is not asked at all
        secret_file = tmp_path / "ami.secret"
        secret_file.write_text("from-file\nignored\n", encoding="utf-8")
        assert ami_secret.secret_reader("u", "h", 1, secret_file)() == "from-file"
        monkeypatch.setenv(ami_secret.ENV_VAR, "from-env")
        assert ami_secret.secret_reader("u", "h", 1)() == "from-env"
        assert ami_secret.secret_reader("u", "h", 1, secret_file)() == "from-file"
    finally:
        keyring.set_keyring(previous)


def test_empty_or_missing_secret_file_is_named(tmp_path) -> None:
    empty = tmp_path / "empty"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(ami_secret.SecretStoreError, match="is empty"):
        ami_secret.read_secret_file(empty)
    with pytest.raises(ami_secret.SecretStoreError, match="cannot be read"):
        ami_secret.read_secret_file(tmp_path / "missing")


def test_follow_logs_in_with_the_secret_file(memory_keyring, db_path, tmp_path) -> None:
    server = FakeAmi(secret="from-file")
    secret_file = tmp_path / "ami.secret"
    secret_file.write_text("from-file\n", encoding="utf-8")
    try:
        stop = threading.Event()
        seen = []

        def on_status(status) -> None:
            seen.append(status.state)
            if status.state == LinkState.CONNECTED:
                stop.set()

        config = AmiConfig(host="127.0.0.1", port=server.port, user="supervisor",
                           poll_seconds=0.05, backoff_first=0.05)
        thread = threading.Thread(target=follow, args=(db_path, config, stop, on_status),
                                  kwargs={"secret_file": secret_file})
        thread.start()
        thread.join(10)
        assert LinkState.CONNECTED in seen and server.logins == 1
    finally:
        server.close()
