"""The transition clocks' due-date index also holds how each clock was settled (its state
and the episode that settled it), so the follow-up and step-down reports read a quarter's
clocks from the index alone instead of looking each row up in the table.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

_BEFORE = ['due_date', 'settled_on', 'start_date', 'client_id', 'kind', 'window_days',
           'episode_id']


def upgrade() -> None:
    op.drop_index('ix_transition_clock_due', table_name='transition_clock')
    op.create_index('ix_transition_clock_due', 'transition_clock',
                    [*_BEFORE, 'settled_state', 'settled_by_episode_id'])


def downgrade() -> None:
    op.drop_index('ix_transition_clock_due', table_name='transition_clock')
    op.create_index('ix_transition_clock_due', 'transition_clock', _BEFORE)
