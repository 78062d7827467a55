"""Use cases: every change to stored data goes through here.

Each write runs in one transaction opened by ``YearService._write``, which is
where the acting operator's permission check and the audit row will sit.
"""
from .years import DEMO_YEAR, YearService, open_store, scheme_template

__all__ = ["DEMO_YEAR", "YearService", "open_store", "scheme_template"]
