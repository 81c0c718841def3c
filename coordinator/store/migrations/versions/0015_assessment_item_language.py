"""The language an assessment's items were read to the client in ("en", or "es" for the
PHQ-9 and GAD-7 in Spanish). Earlier entries keep no language (NULL): whether the items
were read in English or translated aloud was not recorded.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('assessment', sa.Column('item_language', sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('assessment') as batch:
        batch.drop_column('item_language')
