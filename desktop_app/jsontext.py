"""JSON text with exact decimals (the standard encoder only knows floats)."""
from __future__ import annotations

import json
from decimal import Decimal


def dumps_json(value, indent: int = 1) -> str:
    """JSON text in which ``Decimal`` is written as the exact number it holds."""
    def encode(item, depth: int) -> str:
        pad = "\n" + " " * (indent * (depth + 1))
        end = "\n" + " " * (indent * depth)
        if isinstance(item, Decimal):
            return format(item, "f")
        if isinstance(item, dict):
            if not item:
                return "{}"
            body = ("," + pad).join(f"{json.dumps(str(k), ensure_ascii=False)}: {encode(v, depth + 1)}"
                                    for k, v in item.items())
            return "{" + pad + body + end + "}"
        if isinstance(item, (list, tuple)):
            if not item:
                return "[]"
            return "[" + pad + ("," + pad).join(encode(v, depth + 1) for v in item) + end + "]"
        return json.dumps(item, ensure_ascii=False)
    return encode(value, 0) + "\n"
