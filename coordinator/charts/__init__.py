"""Charts drawn once for every medium: layout and palette from plain data, painted through a
small canvas protocol (``canvas.Canvas``) that the app (QPainter, coordinator.ui) and the
packets (ReportLab, coordinator.reports) each implement.

Nothing here imports Qt, ReportLab or SQLAlchemy: only the domain and the standard library.
"""
