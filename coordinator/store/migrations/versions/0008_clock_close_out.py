"""Missed transition clocks closed out by a case manager, with the reason they were missed
(kept apart from the stored clocks, which are worked out again from the episodes).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'clock_close_out',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('episode_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('reason', sa.String(length=300), nullable=False),
        sa.Column('closed_by_id', sa.Integer(), nullable=True),
        sa.Column('closed_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['client_id'], ['client.id'],
                                name='fk_clock_close_out_client_id_client'),
        sa.ForeignKeyConstraint(['episode_id'], ['episode.id'],
                                name='fk_clock_close_out_episode_id_episode'),
        sa.ForeignKeyConstraint(['closed_by_id'], ['app_user.id'],
                                name='fk_clock_close_out_closed_by_id_app_user'),
        sa.PrimaryKeyConstraint('id', name='pk_clock_close_out'),
        sa.UniqueConstraint('episode_id', 'kind', name='uq_clock_close_out_episode_kind'),
    )


def downgrade() -> None:
    op.drop_table('clock_close_out')
