"""Use cases: every change to stored data goes through here.

Writes run in one transaction opened by ``Service._write`` (``base.py``), which is
where the acting operator's permission check and the audit row sit.
"""
from .session import (
    SCHEME_FIELDS, STATUS_EMPTY, STATUS_IN_PROGRESS, STATUS_LABELS, STATUS_SUBMITTED, ConflictError, EntryError,
    YearSession,
    copy_scheme, parse_score_text,
)
from .accounts import (
    DEMO_ACCOUNT, DEMO_PASSWORD, ROLE_ADMIN, ROLE_DEPARTMENT, ROLE_LABELS, AccountError, Accounts, Operator,
)
from .base import FinalisedError, PermissionDeniedError
from .years import DEMO_YEAR, YearService, create_year, demo_year, open_store, scheme_template

__all__ = ["AccountError", "Accounts", "DEMO_ACCOUNT", "DEMO_PASSWORD", "Operator", "PermissionDeniedError",
           "ROLE_ADMIN", "ROLE_DEPARTMENT", "ROLE_LABELS", "ConflictError", "FinalisedError", "DEMO_YEAR", "YearService", "open_store", "scheme_template", "demo_year", "YearSession", "EntryError",
           "create_year", "copy_scheme", "parse_score_text", "STATUS_EMPTY", "STATUS_IN_PROGRESS",
           "STATUS_SUBMITTED", "STATUS_LABELS", "SCHEME_FIELDS"]
