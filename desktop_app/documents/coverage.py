"""Characters of a year that no font of the documents can print, found before any
document is built: ``validate`` and ``status`` warn about them (a warning: the year
itself is fine, and the scoring core knows nothing of fonts).

Every text of the year is checked the way the documents check it when they draw
it: a character passes when the role's font has it or the fallback font does. As a
text may be printed in any role (a town's name in the body, the title and tables),
a character is reported when some role's font and the fallback both lack it.
"""
from __future__ import annotations

import dataclasses
from typing import Callable, Iterator, Union

from ..domain.messages import QT_TRANSLATE_NOOP, Problem
from ..domain.model import AssessmentYear
from ..yearfile import year_to_dict  # the file form names each text's place as validate does
from .fonts import FontSet
from .names import CONTEXT, DocumentError

WARNING = "warning"
# characters of context shown either side of the first unprintable one of a long text
EXCERPT = 8

UNPRINTABLE = QT_TRANSLATE_NOOP(
    "Documents", "“{text}”中的{chars}在字体 {fonts} 和后备字体 {fallback} 中都没有字形，"
                 "印入公文时会被拒绝。请改用常用字，或在“字体”设置中换用包含该字的字体。")
UNPRINTABLE_ANYWHERE = QT_TRANSLATE_NOOP(
    "Documents", "“{text}”中的{chars}在公文的各个字体和后备字体 {fallback} 中都没有字形，"
                 "印入公文时会被拒绝。请改用常用字，或在“字体”设置中换用包含该字的字体。")


def _texts(value, path: str) -> Iterator[tuple[str, str]]:
    """(year-file path, text) of every text in ``value`` (the year in its file form)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _texts(item, f"{path}[{index}]")


def _excerpt(text: str, char: str) -> str:
    """``text``, or for a long one the part around the first ``char``."""
    text = text.replace("\n", " ")
    if len(text) <= 2 * EXCERPT + 1:
        return text
    at = text.index(char)
    start, end = max(0, at - EXCERPT), min(len(text), at + EXCERPT + 1)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def font_warnings(year: AssessmentYear,
                  fonts: Union[FontSet, Callable[[], FontSet]] = FontSet.default) -> list[Problem]:
    """One warning for each text of ``year`` with characters some role's font and the
    fallback both lack, at the text's place in the year file (``towns[8].name``).
    ``fonts``: the documents' fonts, or what makes them (the office's choice by default);
    a font file that cannot be loaded is a warning that says so."""
    try:
        if callable(fonts):
            fonts = fonts()
    except DocumentError as error:
        return [dataclasses.replace(problem, severity=WARNING) for problem in error.problems]
    texts = list(_texts(year_to_dict(year), ""))
    every = "".join(dict.fromkeys("".join(text for _, text in texts)))
    unprintable = fonts.unprintable(every)
    if not unprintable:
        return []
    fallback = fonts.fallback.label if fonts.fallback is not None else "—"
    warnings = []
    for path, text in texts:
        chars = [char for char in dict.fromkeys(text) if char in unprintable]
        if not chars:
            continue
        lacking = {font.role: font.label for char in chars for font in unprintable[char]}
        everywhere = len(lacking) == len(fonts.fonts)
        warnings.append(Problem(path, UNPRINTABLE_ANYWHERE if everywhere else UNPRINTABLE, {
            "text": _excerpt(text, chars[0]),
            "chars": "、".join(f"“{char}”（U+{ord(char):04X}）" for char in chars),
            "fonts": "、".join(dict.fromkeys(lacking.values())), "fallback": fallback,
        }, severity=WARNING, context=CONTEXT))
    return warnings
