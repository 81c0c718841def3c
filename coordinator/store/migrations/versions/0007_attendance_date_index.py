"""An index the attendance report reads a period's marks by: the day, with the episode and
the mark, so the marks are read from the index alone.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_attendance_date', 'attendance', ['session_date', 'episode_id', 'status'])


def downgrade() -> None:
    op.drop_index('ix_attendance_date', table_name='attendance')
