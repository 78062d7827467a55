"""User-visible message templates of the core.

The core has no Qt, so messages are Chinese templates with named fields. The
``QT_TRANSLATE_NOOP`` marker lets Qt Linguist's lupdate collect them; the GUI
translates the template and then fills in the fields.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    return text


CONTEXT = "Validation"


@dataclass(frozen=True)
class Problem:
    """One thing wrong: where (a year-file path such as ``scores[12]``, a workbook cell
    such as ``打分表!D7``, or nothing), what (a template and its fields), and the Qt
    Linguist context the template was marked in, so it translates the same everywhere."""

    path: str
    template: str
    params: dict = field(default_factory=dict)
    severity: str = "error"
    # "structure": duplicate codes or dangling references, which storage cannot hold;
    # "check": anything else (sums, ranges), which an editor may show without blocking.
    kind: str = "check"
    context: str = CONTEXT

    @property
    def cell(self) -> str:
        """A workbook problem's place is a cell address."""
        return self.path

    @property
    def message(self) -> str:
        return self.render()

    def render(self, translate=None) -> str:
        template = translate(self.context, self.template) if translate else self.template
        return template.format(**self.params)

    def describe(self, translate=None) -> str:
        return f"{self.path}: {self.render(translate)}" if self.path else self.render(translate)

    def __str__(self) -> str:
        return self.describe()


MORE = QT_TRANSLATE_NOOP("Validation", "……另有 {count} 处问题")


class MessageError(Exception):
    """The one refusal of the program: a list of problems, and what was refused (a file
    name, or nothing). ``MessageError(template, **fields)`` refuses with one problem,
    marked in the class's ``context``; ``problems=`` gives several, each with its own."""

    context = CONTEXT

    def __init__(self, template: str = "", /, *, problems: Iterable[Problem] = (), source: str = "", **params):
        own = [Problem("", template, params, context=self.context)] if template else []
        self.problems = own + list(problems)
        self.source = source
        super().__init__(self.describe())

    @property
    def template(self) -> str:
        return self.problems[0].template if self.problems else ""

    @property
    def params(self) -> dict:
        return self.problems[0].params if self.problems else {}

    def describe(self, translate=None, limit: int = 0) -> str:
        """Every problem on a line, after the source; ``limit`` lines at most, then a count."""
        shown = self.problems[:limit] if limit else self.problems
        prefix = f"{self.source}: " if self.source else ""
        lines = [prefix + problem.describe(translate) for problem in shown]
        if len(shown) < len(self.problems):
            more = translate(CONTEXT, MORE) if translate else MORE
            lines.append(more.format(count=len(self.problems) - len(shown)))
        return "\n".join(lines)

    render = describe
