"""The clinic's census as last counted, for databases where counting it takes long: the
dashboards of every workstation show it for up to a minute instead of each counting again.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'census_count',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('counted_at', sa.DateTime(), nullable=False),
        sa.Column('counted_for', sa.Date(), nullable=False),
        sa.Column('took_ms', sa.Integer(), nullable=False),
        sa.Column('active_clients', sa.Integer(), nullable=False),
        sa.Column('open_referrals', sa.Integer(), nullable=False),
        sa.Column('overdue_referrals', sa.Integer(), nullable=False),
        sa.Column('by_level', sa.Text(), nullable=False),
        sa.Column('counting_since', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name='pk_census_count'),
    )


def downgrade() -> None:
    op.drop_table('census_count')
