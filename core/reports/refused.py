"""The one exception reports and exports raise for a request they cannot carry out (nothing is written then)."""

from __future__ import annotations

from core.refusal import CodedRefused


class ReportRefused(CodedRefused):
    """A report or export was refused; ``code`` is stable, ``message()`` is the Chinese sentence.

    Codes: ``bad_period``, ``unknown_period``, ``no_data``, ``bad_format``, ``unknown_list``,
    ``target_locked``, ``target_unwritable``, ``target_is_folder``, ``folder_missing``.
    """

    context = "Reports"
