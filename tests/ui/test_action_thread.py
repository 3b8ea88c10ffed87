"""The feature threads: named requests only, replies as signals, polled reads never pile up."""

from __future__ import annotations

import threading

from console.ui.action_thread import ActionClient, PollingClient


class _Service:
    def __init__(self, gate: threading.Event) -> None:
        self.gate = gate
        self.reads = 0
        self.thread = None

    def view(self) -> int:
        self.gate.wait(5)  # hold the first read while the GUI asks again and again
        self.reads += 1
        self.thread = threading.current_thread()
        return self.reads

    def save(self, value: int) -> int:
        return value * 2


def test_a_name_outside_the_list_fails_instead_of_reaching_the_service(qtbot) -> None:
    client = ActionClient("t", lambda: _Service(threading.Event()), {"save"}, {"save"})
    client.start()
    try:
        with qtbot.waitSignal(client.failed, timeout=5000) as failed:
            client.request("gate")  # an attribute of the service, but not an action
        assert "unknown action" in failed.args[2]
        changed: list[bool] = []
        client.changed.connect(lambda: changed.append(True))
        with qtbot.waitSignal(client.replied, timeout=5000) as done:
            client.request("save", 21)
        assert done.args[1:] == ["save", 42] and changed == [True]  # a write: changed follows
    finally:
        client.stop()


def test_reads_asked_while_one_is_out_fold_into_one_more(qtbot) -> None:
    gate = threading.Event()
    service = _Service(gate)
    seen: list[int] = []

    class Client(PollingClient):
        def read_done(self, result: object) -> None:
            seen.append(result)  # type: ignore[arg-type]

    client = Client("t", lambda: service, {"view", "save"}, {"save"}, "view", 60_000)
    client.start()  # the first read goes out and waits at the gate
    try:
        for _ in range(5):
            client.refresh()
        gate.set()
        qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
        qtbot.wait(200)
        assert seen == [1, 2]  # five more asks became one more read
        assert service.thread is not threading.current_thread()
    finally:
        client.stop()
