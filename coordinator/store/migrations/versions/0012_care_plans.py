"""Individualized care plans (versions, goals, objectives, interventions, reviews and the
progress of each objective at a review), and how a client attended a session.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def _versioned() -> list[sa.Column[object]]:
    return [sa.Column('version', sa.Integer(), nullable=False),
            sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('updated_at', sa.DateTime(), nullable=False)]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f'{target}.id'],
                                   name=f'fk_{table}_{column}_{target}')


def _text(name: str, length: int) -> sa.Column[object]:
    return sa.Column(name, sa.String(length=length), nullable=False)


def upgrade() -> None:
    op.create_table(
        'care_plan',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('episode_id', sa.Integer(), nullable=False),
        sa.Column('plan_number', sa.Integer(), nullable=False),
        sa.Column('previous_plan_id', sa.Integer(), nullable=True),
        _text('status', 20),
        sa.Column('starts_on', sa.Date(), nullable=False),
        _text('revision_reason', 500),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        *_versioned(),
        _fk('care_plan', 'client_id', 'client'),
        _fk('care_plan', 'episode_id', 'episode'),
        _fk('care_plan', 'previous_plan_id', 'care_plan'),
        _fk('care_plan', 'created_by_id', 'app_user'),
        sa.PrimaryKeyConstraint('id', name='pk_care_plan'),
    )
    op.create_index('ix_care_plan_client_status', 'care_plan', ['client_id', 'status'])
    op.create_index('ix_care_plan_episode_id', 'care_plan', ['episode_id'])
    op.create_table(
        'care_plan_goal',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('plan_id', sa.Integer(), nullable=False),
        sa.Column('diagnosis_id', sa.Integer(), nullable=False),
        _text('goal_text', 500),
        _text('status', 20),
        sa.Column('position', sa.Integer(), nullable=False),
        *_versioned(),
        _fk('care_plan_goal', 'plan_id', 'care_plan'),
        _fk('care_plan_goal', 'diagnosis_id', 'client_diagnosis'),
        sa.PrimaryKeyConstraint('id', name='pk_care_plan_goal'),
    )
    op.create_index('ix_care_plan_goal_plan_id', 'care_plan_goal', ['plan_id'])
    op.create_table(
        'care_plan_objective',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('plan_id', sa.Integer(), nullable=False),
        sa.Column('goal_id', sa.Integer(), nullable=False),
        _text('objective_text', 500),
        sa.Column('target_date', sa.Date(), nullable=False),
        _text('instrument', 20),
        _text('status', 20),
        sa.Column('position', sa.Integer(), nullable=False),
        *_versioned(),
        _fk('care_plan_objective', 'plan_id', 'care_plan'),
        _fk('care_plan_objective', 'goal_id', 'care_plan_goal'),
        sa.PrimaryKeyConstraint('id', name='pk_care_plan_objective'),
    )
    op.create_index('ix_care_plan_objective_plan_id', 'care_plan_objective', ['plan_id'])
    op.create_index('ix_care_plan_objective_goal_id', 'care_plan_objective', ['goal_id'])
    op.create_table(
        'care_plan_intervention',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('plan_id', sa.Integer(), nullable=False),
        sa.Column('goal_id', sa.Integer(), nullable=False),
        _text('intervention_text', 500),
        _text('modality', 20),
        _text('frequency', 100),
        sa.Column('responsible_id', sa.Integer(), nullable=True),
        sa.Column('position', sa.Integer(), nullable=False),
        *_versioned(),
        _fk('care_plan_intervention', 'plan_id', 'care_plan'),
        _fk('care_plan_intervention', 'goal_id', 'care_plan_goal'),
        _fk('care_plan_intervention', 'responsible_id', 'app_user'),
        sa.PrimaryKeyConstraint('id', name='pk_care_plan_intervention'),
    )
    op.create_index('ix_care_plan_intervention_plan_id', 'care_plan_intervention',
                    ['plan_id'])
    op.create_index('ix_care_plan_intervention_goal_id', 'care_plan_intervention',
                    ['goal_id'])
    op.create_table(
        'care_plan_review',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('plan_id', sa.Integer(), nullable=False),
        sa.Column('reviewed_on', sa.Date(), nullable=False),
        sa.Column('client_participated', sa.Boolean(), nullable=False),
        _text('participation_note', 500),
        _text('client_signature', 200),
        sa.Column('client_signed_on', sa.Date(), nullable=True),
        _text('clinician_signature', 200),
        sa.Column('clinician_signed_on', sa.Date(), nullable=True),
        _text('case_manager_signature', 200),
        sa.Column('case_manager_signed_on', sa.Date(), nullable=True),
        sa.Column('recorded_by_id', sa.Integer(), nullable=True),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        _fk('care_plan_review', 'plan_id', 'care_plan'),
        _fk('care_plan_review', 'recorded_by_id', 'app_user'),
        sa.PrimaryKeyConstraint('id', name='pk_care_plan_review'),
    )
    op.create_index('ix_care_plan_review_plan_id', 'care_plan_review', ['plan_id'])
    op.create_table(
        'care_plan_progress',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('review_id', sa.Integer(), nullable=False),
        sa.Column('objective_id', sa.Integer(), nullable=False),
        _text('progress', 20),
        _text('note', 500),
        _fk('care_plan_progress', 'review_id', 'care_plan_review'),
        _fk('care_plan_progress', 'objective_id', 'care_plan_objective'),
        sa.PrimaryKeyConstraint('id', name='pk_care_plan_progress'),
    )
    op.create_index('ix_care_plan_progress_review_id', 'care_plan_progress', ['review_id'])
    op.create_index('ix_care_plan_progress_objective_id', 'care_plan_progress',
                    ['objective_id'])
    # Every mark taken so far was in person: telehealth marks start with this revision.
    op.add_column('attendance', sa.Column('modality', sa.String(length=20), nullable=False,
                                          server_default='in_person'))
    # The attendance report reads each mark's modality with its day, episode and status:
    # from the date index alone, as before, when the index holds it too.
    op.drop_index('ix_attendance_date', table_name='attendance')
    op.create_index('ix_attendance_date', 'attendance',
                    ['session_date', 'episode_id', 'status', 'modality'])


def downgrade() -> None:
    op.drop_index('ix_attendance_date', table_name='attendance')
    op.create_index('ix_attendance_date', 'attendance', ['session_date', 'episode_id', 'status'])
    with op.batch_alter_table('attendance') as batch:
        batch.drop_column('modality')
    for table in ('care_plan_progress', 'care_plan_review', 'care_plan_intervention',
                  'care_plan_objective', 'care_plan_goal', 'care_plan'):
        op.drop_table(table)
