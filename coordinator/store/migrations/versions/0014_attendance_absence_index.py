"""An index the attendance report finds runs of unexcused absences by: the mark's status,
the episode and the day, so outreach reads each episode's absences (and its latest
attended session) from the index alone instead of every mark the clinic ever took.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_attendance_absence', 'attendance',
                    ['status', 'episode_id', 'session_date'])


def downgrade() -> None:
    op.drop_index('ix_attendance_absence', table_name='attendance')
