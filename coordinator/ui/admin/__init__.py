"""The Admin view: users, clinic settings and the audit trail."""
