"""The Reports view: outcome reports for supervisors, read from one ``ReportSheet`` each."""
