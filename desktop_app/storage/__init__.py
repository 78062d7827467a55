"""Storage: the only package that speaks SQL. One SQLite file holds every year."""
from .database import (
    SCHEMA_VERSION, BackupSummary, DatabaseBusyError, StorageError, Store, YearExistsError, YearNotFoundError,
    read_backup,
)

__all__ = ["SCHEMA_VERSION", "BackupSummary", "DatabaseBusyError", "read_backup", "Store", "StorageError",
           "YearExistsError", "YearNotFoundError"]
