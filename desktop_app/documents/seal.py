"""Electronic seal images: checked when stored, printed in red over the signature.

The seal is the administrator's transparent PNG, kept in the database (never
shipped). Whatever colour it was drawn in, it prints in the standard red with the
image's own transparency; an image without transparency is taken as dark ink on
white paper.
"""
from __future__ import annotations

import io
from typing import Optional

from PIL import Image, ImageOps, UnidentifiedImageError
from reportlab.lib.utils import ImageReader

from ..domain.messages import QT_TRANSLATE_NOOP
from .names import DocumentError

SEAL_RED = (230, 0, 18)
DEFAULT_DIAMETER_MM = 42.0
MAX_SEAL_BYTES = 8 * 1024 * 1024


def check_seal_png(data: bytes) -> tuple[int, int]:
    """(width, height) of a usable seal image; DocumentError says what is wrong otherwise."""
    if len(data) > MAX_SEAL_BYTES:
        raise DocumentError(QT_TRANSLATE_NOOP("Documents", "印章图片太大（超过 8 MB），请压缩后再导入。"))
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != "PNG":
                raise DocumentError(QT_TRANSLATE_NOOP("Documents", "印章图片必须是 PNG 格式（透明背景）。"))
            image.load()
            size = image.size
    except (UnidentifiedImageError, OSError):
        raise DocumentError(QT_TRANSLATE_NOOP("Documents", "无法读取印章图片，请选择透明背景的 PNG 文件。")) from None
    if min(size) < 100:
        raise DocumentError(QT_TRANSLATE_NOOP("Documents", "印章图片太小（{width}×{height} 像素），请使用至少 300×300 像素的图片。"),
                            width=size[0], height=size[1])
    return size


def red_seal(data: bytes) -> ImageReader:
    """The seal as red ink with the image's transparency, ready for drawImage."""
    check_seal_png(data)
    with Image.open(io.BytesIO(data)) as image:
        if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
            alpha = image.convert("RGBA").getchannel("A")
        else:
            alpha = ImageOps.invert(image.convert("L"))  # dark ink on white: darkness is coverage
        red = Image.new("RGBA", image.size, SEAL_RED + (0,))
        red.putalpha(alpha)
    return ImageReader(red)


def load_seals(raw: dict[str, Optional[bytes]]) -> dict[str, ImageReader]:
    return {name: red_seal(data) for name, data in raw.items() if data}
