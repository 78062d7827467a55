"""The PySide6 desktop window. Scores are never computed here: everything comes
from ``desktop_app.services`` (and through it the domain core)."""
