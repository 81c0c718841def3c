"""Indexes the outcome reports read by: episodes by their first day (admissions in a period,
the census) and a referral's history by status and time (the day it was first sent).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_episode_start_date', 'episode', ['start_date'])
    op.create_index('ix_referral_event_status_time', 'referral_event',
                    ['to_status', 'occurred_at', 'referral_id'])


def downgrade() -> None:
    op.drop_index('ix_referral_event_status_time', table_name='referral_event')
    op.drop_index('ix_episode_start_date', table_name='episode')
