"""Readiness assessments behind planned level changes: the clinician's rating and
narrative for each of the six ASAM dimensions, who was consulted, the recommended level.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New tables only: no existing table is rebuilt.
    op.create_table(
        'readiness_assessment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('episode_id', sa.Integer(), nullable=True),
        sa.Column('assessed_on', sa.Date(), nullable=False),
        sa.Column('assessed_by_id', sa.Integer(), nullable=True),
        sa.Column('recommended_level_code', sa.String(length=10), nullable=False),
        sa.Column('consulted', sa.String(length=500), nullable=False),
        sa.Column('consulted_on', sa.Date(), nullable=True),
        sa.Column('summary', sa.Text(), nullable=False),
        sa.Column('entered_in_error', sa.Boolean(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['client_id'], ['client.id'],
                                name='fk_readiness_assessment_client_id_client'),
        sa.ForeignKeyConstraint(['episode_id'], ['episode.id'],
                                name='fk_readiness_assessment_episode_id_episode'),
        sa.ForeignKeyConstraint(['assessed_by_id'], ['app_user.id'],
                                name='fk_readiness_assessment_assessed_by_id_app_user'),
        sa.ForeignKeyConstraint(
            ['recommended_level_code'], ['level_of_care.code'],
            name='fk_readiness_assessment_recommended_level_code_level_of_care'),
        sa.PrimaryKeyConstraint('id', name='pk_readiness_assessment'),
    )
    # The transition dialog reads a client's latest assessment.
    op.create_index('ix_readiness_assessment_client_date', 'readiness_assessment',
                    ['client_id', 'assessed_on'])
    op.create_table(
        'readiness_dimension',
        sa.Column('assessment_id', sa.Integer(), nullable=False),
        sa.Column('dimension', sa.Integer(), nullable=False),
        sa.Column('rating', sa.String(length=10), nullable=False),
        sa.Column('narrative', sa.String(length=1000), nullable=False),
        sa.ForeignKeyConstraint(
            ['assessment_id'], ['readiness_assessment.id'],
            name='fk_readiness_dimension_assessment_id_readiness_assessment'),
        sa.PrimaryKeyConstraint('assessment_id', 'dimension', name='pk_readiness_dimension'),
    )


def downgrade() -> None:
    op.drop_table('readiness_dimension')
    op.drop_index('ix_readiness_assessment_client_date', table_name='readiness_assessment')
    op.drop_table('readiness_assessment')
