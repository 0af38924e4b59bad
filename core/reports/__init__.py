"""Excel reports and list exports: workbooks the branch head can print, file and pass on safely.

The entry points other code uses:

* ``write_monthly_report(db, actor, period, target, full=False, reason=None, translate=, progress=, cancel=)``
  (core/reports/monthly.py): the monthly maintenance report, one workbook of Chinese sheets
* ``report_figures(db, actor, period)`` (core/reports/monthly.py): its headline figures without a file
* ``export_list(db, actor, kind, target, ExportRequest(period=, encoding=, full=False, reason=None), progress=, cancel=)``
  (core/reports/exports.py): customers, work list, visits, feedback or import rejects as xlsx or csv
* ``ReportRefused`` (core/reports/refused.py): a report or export that cannot be written; nothing was

Every file is written to a temporary file in the target folder and moved into place
(core/reports/safe_write.py), identifiers are text cells, user text never becomes a formula,
and names and identifiers are masked unless a 主管 asks for a full export with a reason
(``export.full``). Every report and export is audited with the file's hash (core/reports/audited.py).
"""
