"""Excel workbooks: department score templates out and back in, and the results
workbook submitted upward.

Free of Qt and SQL: functions take an ``AssessmentYear`` (and a ``YearResult``)
value and a path, so they can run off the GUI thread; writing to the database
goes through ``desktop_app.services.sheets``. Modules: ``template`` (blank
templates), ``returned`` (reading and checking a returned one), ``submission``
(the upward workbook), ``fingerprint``, ``problems``. Nothing is imported here,
so that loading openpyxl waits until a workbook is actually needed.
"""
