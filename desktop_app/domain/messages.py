"""User-visible message templates of the core.

The core has no Qt, so messages are Chinese templates with named fields. The
``QT_TRANSLATE_NOOP`` marker lets Qt Linguist's lupdate collect them; the GUI
translates the template and then fills in the fields.
"""
from __future__ import annotations

from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    return text


CONTEXT = "Validation"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a year: where (a JSON-style path) and what."""

    path: str
    template: str
    params: dict = field(default_factory=dict)
    severity: str = "error"
    # "structure": duplicate codes or dangling references, which storage cannot hold;
    # "check": anything else (sums, ranges), which an editor may show without blocking.
    kind: str = "check"

    @property
    def message(self) -> str:
        return self.render()

    def render(self, translate=None) -> str:
        template = translate(CONTEXT, self.template) if translate else self.template
        return template.format(**self.params)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class MessageError(Exception):
    """A refusal with a Chinese message template and its fields, translatable by the GUI.

    ``context`` is the Qt Linguist context the template was marked with."""

    context = CONTEXT

    def __init__(self, template: str, **params):
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    def render(self, translate=None) -> str:
        template = translate(self.context, self.template) if translate else self.template
        return template.format(**self.params)
