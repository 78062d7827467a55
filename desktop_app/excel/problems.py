"""What is wrong with a workbook: problems naming their cell (``打分表!D7``)."""
from __future__ import annotations

from ..domain.messages import MessageError, Problem

CONTEXT = "Excel"


def sheet_problem(cell: str, template: str, **params) -> Problem:
    """A workbook problem: its cell (or range, or nothing) and a template marked in "Excel"."""
    return Problem(cell, template, params, context=CONTEXT)


class SheetError(MessageError):
    """A workbook that cannot be used; ``problems`` lists every reason."""

    context = CONTEXT

    def __init__(self, source: str, problems):
        super().__init__(problems=problems, source=source)
