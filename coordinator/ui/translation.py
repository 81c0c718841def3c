"""Text translated outside a class's ``self.tr()``, written so ``pyside6-lupdate`` finds it.

lupdate reads the source, not the running program: it takes a call named ``translate`` or
``QT_TRANSLATE_NOOP`` whose first two arguments are string literals as a message (the first is
its context, the second its text). A module-level ``_tr(text)`` that fills in the context is
invisible to it, so every call site names its context itself::

    translate("Referrals", "Draft")
    translate("Referrals", "%n referrals", None, count)  # a plural; the count goes by position

Text chosen from a table is marked where the table is written, with the context it is shown
in, and translated when shown::

    _TITLES = {Status.DRAFT: QT_TRANSLATE_NOOP("Referrals", "Draft")}
    translate("Referrals", _TITLES[status])
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language, looked up under ``context``.

    Args:
        context: where the text belongs (a class name or an area such as "Referrals"); always
            a string literal at the call, so lupdate files the text under it.
        text: the English text; a literal, or a table entry marked with QT_TRANSLATE_NOOP.
        disambiguation: tells two identical English texts apart for the translator.
        n: the count of a plural text, which shows it at ``%n``; pass it by position.

    Returns:
        The translation, or ``text`` itself while there is none.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation under ``context`` and returns it unchanged.

    PySide6's own marker is typed as returning ``object``; this one keeps tables of titles
    typed as ``str``. Translate the entry with the same context when it is shown.
    """
    del context  # read by lupdate only
    return text
