"""PDF documents built with ReportLab (transfer and discharge packets, referral letters)."""
