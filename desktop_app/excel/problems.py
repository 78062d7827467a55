"""What is wrong with a workbook, each problem naming its cell (``打分表!D7``)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "Excel"


@dataclass(frozen=True)
class SheetProblem:
    """One fault: the cell (or range) where it is, and a Chinese message template."""

    cell: str
    template: str
    params: dict = field(default_factory=dict)

    def render(self, translate=None) -> str:
        template = translate(CONTEXT, self.template) if translate else self.template
        return template.format(**self.params)

    @property
    def message(self) -> str:
        return self.render()

    def describe(self, translate=None) -> str:
        return f"{self.cell}: {self.render(translate)}" if self.cell else self.render(translate)

    def __str__(self) -> str:
        return self.describe()


class SheetError(Exception):
    """A workbook that cannot be used; ``problems`` lists every reason."""

    def __init__(self, source: str, problems: list[SheetProblem]):
        self.source = source
        self.problems = list(problems)
        super().__init__(self.describe())

    def describe(self, translate=None, limit: int = 0) -> str:
        shown = self.problems[:limit] if limit else self.problems
        lines = [f"{self.source}: {problem.describe(translate)}" for problem in shown]
        if len(shown) < len(self.problems):
            more = QT_TRANSLATE_NOOP("Excel", "……另有 {count} 处错误")
            lines.append((translate(CONTEXT, more) if translate else more).format(count=len(self.problems) - len(shown)))
        return "\n".join(lines)
