"""The base of every use case that writes."""
from __future__ import annotations

import contextlib

from ..storage import Store


class Service:
    def __init__(self, store: Store):
        self.store = store

    @contextlib.contextmanager
    def _write(self):
        """One transaction for one change: the one place where the acting operator's
        permission check and the audit row will go, for every service alike."""
        with self.store.transaction():
            yield
