"""Transitions found by the episode they leave or arrive at: saving a transition and editing
an episode read them so, and without an index each such read scanned every transition.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_transition_from_episode', 'transition', ['from_episode_id'])
    op.create_index('ix_transition_to_episode', 'transition', ['to_episode_id'])


def downgrade() -> None:
    op.drop_index('ix_transition_to_episode', table_name='transition')
    op.drop_index('ix_transition_from_episode', table_name='transition')
