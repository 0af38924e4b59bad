"""The shape every refusal from core shares: a stable ``code``, a Chinese ``template`` and its ``params``.

A refusal means nothing was written. ``message()`` fills the template in (Chinese, as the CLI prints
it); the window passes ``QCoreApplication.translate`` so the sentence follows the UI language, looked
up in the refusing module's translation context (``context``).
"""

from __future__ import annotations

from core.i18n import Translate, untranslated


class Refused(Exception):
    """A request refused; nothing was written."""

    context = ""  # the translation context of the subclass's templates (its module's CTX)

    def __init__(self, template: str, *, code: str = "refused", **params: object) -> None:
        super().__init__(template)
        self.template, self.params, self.code = template, params, code

    def message(self, translate: Translate = untranslated) -> str:
        """The explanation with the details filled in."""
        return translate(self.context, self.template).format(**self.params)


class CodedRefused(Refused):
    """A refusal raised as ``Kind(code, template, **params)``: the code comes first."""

    def __init__(self, code: str, template: str, **params: object) -> None:
        super().__init__(template, code=code, **params)
        self.args = (code,)
