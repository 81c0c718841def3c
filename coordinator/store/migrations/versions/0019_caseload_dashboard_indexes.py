"""What a case manager's dashboard reads, by indexes that hold what it counts or lists: a
caseload's pending appointments (the client's days with their status, so the count never
reads the table) and the safety alerts not yet addressed (a partial index, in the order
listed). On a county's server the dashboard had walked a week of every client's
appointments and every alert ever raised for these.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None

_OPEN_ALERT = sa.text('addressed_at IS NULL')


def upgrade() -> None:
    op.drop_index('ix_appointment_client_day', table_name='appointment')
    op.create_index('ix_appointment_client_day', 'appointment',
                    ['client_id', 'service_date', 'status'])
    op.create_index('ix_safety_alert_open', 'safety_alert', ['raised_at', 'id'],
                    sqlite_where=_OPEN_ALERT, postgresql_where=_OPEN_ALERT)


def downgrade() -> None:
    op.drop_index('ix_safety_alert_open', table_name='safety_alert')
    op.drop_index('ix_appointment_client_day', table_name='appointment')
    op.create_index('ix_appointment_client_day', 'appointment', ['client_id', 'service_date'])
