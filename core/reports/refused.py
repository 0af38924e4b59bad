"""The one exception reports and exports raise for a request they cannot carry out (nothing is written then)."""

from __future__ import annotations

from core.i18n import Translate, untranslated


class ReportRefused(Exception):
    """A report or export was refused; ``code`` is stable, ``message()`` is the Chinese sentence.

    Codes: ``bad_period``, ``unknown_period``, ``no_data``, ``bad_format``, ``unknown_list``,
    ``target_locked``, ``target_unwritable``, ``target_is_folder``, ``folder_missing``.
    """

    def __init__(self, code: str, template: str, **params: object) -> None:
        super().__init__(code)
        self.code, self.template, self.params = code, template, params

    def message(self, translate: Translate = untranslated) -> str:
        """The explanation with the details filled in."""
        return translate("Reports", self.template).format(**self.params)
