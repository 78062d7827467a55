"""Excel workbooks: department score templates out and back in, and the results
workbook submitted upward.

Free of Qt and SQL: functions take an ``AssessmentYear`` (and a ``YearResult``)
value and a path, so they can run off the GUI thread; writing to the database
goes through ``desktop_app.services.sheets``.
"""
from .fingerprint import scheme_fingerprint
from .problems import SheetError, SheetProblem
from .returned import ReturnedSheet, SheetChange, SheetPreview, check_returned_sheet, read_returned_sheet
from .template import export_all_templates, template_file_name, write_department_template

__all__ = ["scheme_fingerprint", "SheetError", "SheetProblem", "ReturnedSheet", "SheetChange", "SheetPreview",
           "check_returned_sheet", "read_returned_sheet", "export_all_templates", "template_file_name",
           "write_department_template"]
