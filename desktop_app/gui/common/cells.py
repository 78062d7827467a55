"""Qt constants used in the models' ``data``/``flags``, looked up once.

Writing ``Qt.DisplayRole`` or ``Qt.AlignRight`` in PySide6 goes through a
compatibility lookup costing microseconds; a grid repaint calls ``data`` a few
thousand times, so the hot paths use these module constants instead.
"""
from PySide6.QtCore import Qt

ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ALIGN_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
ITEM_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
ITEM_EDITABLE = Qt.ItemFlag.ItemIsEditable
ITEM_CHECKABLE = Qt.ItemFlag.ItemIsUserCheckable
NO_ITEM_FLAGS = Qt.ItemFlag.NoItemFlags
