"""The "changed" bridge: commits on any thread reach the views on the GUI thread."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from coordinator.services.notify import Change, ChangeNotifier
from coordinator.ui.changes import ChangeBridge, topics


def test_a_commit_on_a_worker_thread_is_delivered_on_the_gui_thread(qtbot: QtBot) -> None:
    notifier = ChangeNotifier()
    bridge = ChangeBridge(notifier)
    received_on: list[threading.Thread] = []
    bridge.changed.connect(lambda _batch: received_on.append(threading.current_thread()))
    batch = (Change("client", frozenset({7})),)

    with qtbot.waitSignal(bridge.changed) as changed:
        worker = threading.Thread(target=notifier.publish, args=(batch,))
        worker.start()
        worker.join()

    assert changed.args == [batch]
    assert received_on == [threading.main_thread()]
    assert topics(changed.args[0]) == {"client"}
    bridge.close()


def test_a_closed_bridge_hears_nothing_more(qtbot: QtBot) -> None:
    notifier = ChangeNotifier()
    bridge = ChangeBridge(notifier)
    bridge.close()

    with qtbot.assertNotEmitted(bridge.changed, wait=20):
        notifier.publish([Change("client", frozenset({1}))])
