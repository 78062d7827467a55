"""Storage: the only package that speaks SQL. One SQLite file holds every year."""
from .database import SCHEMA_VERSION, DatabaseBusyError, StorageError, Store, YearExistsError, YearNotFoundError

__all__ = ["SCHEMA_VERSION", "DatabaseBusyError", "Store", "StorageError", "YearExistsError", "YearNotFoundError"]
