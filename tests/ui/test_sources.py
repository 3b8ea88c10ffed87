"""Data sources page, the AMI status light in the status bar, and the AMI thread."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest

from console.ingest.ami_client import AmiConfig, AmiStatus, LinkState
from console.services.data_sources import SourceSettings, ami_config
from console.ui.preferences.sources_page import SourcesPage
from console.ui.sources.ami_thread import AmiThread
from console.ui.status_bar import BoardStatusBar
from tests.ingest.fake_ami import FakeAmi, Member
from tests.store.test_ami_secret import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def status(state: LinkState, **kw) -> AmiStatus:
    return AmiStatus(state, host="pbx", port=5038, **kw)


def test_status_bar_says_what_the_link_is_doing(qtbot, styled_app) -> None:
    bar = BoardStatusBar()
    qtbot.addWidget(bar)
    assert bar.ami.isHidden()
    bar.set_ami_status(status(LinkState.LOGIN_FAILED, detail="Authentication failed",
                              retry_in=60))
    assert not bar.ami.isHidden()
    assert bar.ami.text.text() == "AMI: login failed (retry in 60 s)"
    assert "Authentication failed" in bar.ami.toolTip() and "pbx:5038" in bar.ami.toolTip()
    bar.set_ami_status(status(LinkState.UNREACHABLE, detail="connection refused", retry_in=4))
    assert bar.ami.text.text() == "AMI: unreachable (retry in 4 s)"
    bar.set_ami_status(status(LinkState.RECONNECTING, retry_in=7))
    assert bar.ami.text.text() == "AMI: reconnecting in 7 s"
    bar.set_ami_status(status(LinkState.CONNECTED, last_event_ts=1795421196.0))
    assert bar.ami.text.text().startswith("AMI: connected, last event ")
    assert "Last AMI event" in bar.ami.toolTip()
    bar.hide_ami()
    assert bar.ami.isHidden()


def test_page_loads_saves_and_stores_the_secret(qtbot, styled_app, board_db,
                                                memory_keyring) -> None:
    page = SourcesPage(board_db, now=lambda: 1795421300.0)
    qtbot.addWidget(page)
    try:
        qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
        assert page.port.value() == 5038 and not page.ami_enabled.isChecked()
        page.ami_enabled.setChecked(True)
        page.host.setText("10.0.0.5")
        page.user.setText("supervisor")
        page.queue_log.setText("/var/log/asterisk/queue_log")
        page.folders.addItem("/srv/imports")
        with qtbot.waitSignal(page.saved, timeout=10_000) as saved:
            page.save()
        assert saved.args[0] == SourceSettings(
            queue_log="/var/log/asterisk/queue_log", ami_enabled=True, ami_host="10.0.0.5",
            ami_port=5038, ami_user="supervisor", import_folders=("/srv/imports",))
        assert ami_config(board_db) == AmiConfig(host="10.0.0.5", port=5038, user="supervisor")
        page.set_secret("pw")
        qtbot.waitUntil(lambda: page.view is not None and page.view.has_secret,
                        timeout=10_000)
        assert memory_keyring.store == {("composure-ami", "supervisor@10.0.0.5:5038"): "pw"}
        assert b"pw\x00" not in board_db.read_bytes()
        assert page.secret_state.text() == "stored in the system keyring"
        # an enabled link without a user is refused with a message, nothing is saved
        page.user.setText("")
        page.save()
        qtbot.waitUntil(lambda: "Could not" in page.status.text(), timeout=10_000)
        assert ami_config(board_db) is not None
    finally:
        page.stop()


def test_ami_thread_reports_to_the_status_bar_and_stops(qtbot, styled_app, board_db) -> None:
    server = FakeAmi(members=[Member("support", "Alice")])
    bar = BoardStatusBar()
    qtbot.addWidget(bar)
    config = AmiConfig(host="127.0.0.1", port=server.port, user="supervisor",
                       poll_seconds=0.05, backoff_first=0.05)
    thread = AmiThread(board_db, config)
    thread.status_changed.connect(bar.set_ami_status)
    import console.services.ami_secret as secrets

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        secrets.set_secret("supervisor", "127.0.0.1", server.port, "change-me")
        thread.start()
        qtbot.waitUntil(lambda: bar.ami.text.text().startswith("AMI: connected"),
                        timeout=10_000)
        server.drop()
        qtbot.waitUntil(lambda: server.logins >= 2, timeout=10_000)
        assert thread.stop()
        qtbot.waitUntil(lambda: bar.ami.text.text() == "AMI: stopped", timeout=10_000)
    finally:
        thread.stop()
        keyring.set_keyring(previous)
        server.close()


def test_disabled_link_hides_the_light(qtbot, styled_app, board_db) -> None:
    thread = AmiThread(board_db)
    with qtbot.waitSignal(thread.disabled, timeout=10_000):
        thread.start()
    assert thread.stop()
