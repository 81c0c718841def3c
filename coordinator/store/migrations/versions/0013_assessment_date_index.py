"""An index the symptom-change report picks a period's baselines by: the day given, with
the instrument, the total, whether it was entered in error, the episode and the client, so
the clients with a baseline in the period are found from the index alone.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_assessment_date', 'assessment',
                    ['administered_on', 'instrument', 'total', 'entered_in_error',
                     'episode_id', 'client_id'])


def downgrade() -> None:
    op.drop_index('ix_assessment_date', table_name='assessment')
