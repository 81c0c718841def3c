"""Stored transition clocks, each client's current level, and indexes that answer the
dashboard and the registry from the index alone.

The clock table and the current-level columns start empty; the services fill them the first
time they are read (they notice that the rules they were built with are missing) and keep
them current from then on.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'transition_clock',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('episode_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('window_days', sa.Integer(), nullable=False),
        sa.Column('start_date', sa.Date(), nullable=False),
        sa.Column('due_date', sa.Date(), nullable=False),
        sa.Column('settled_state', sa.String(length=20), nullable=True),
        sa.Column('settled_on', sa.Date(), nullable=True),
        sa.Column('settled_by_episode_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['client_id'], ['client.id'],
                                name=op.f('fk_transition_clock_client_id_client')),
        sa.ForeignKeyConstraint(['episode_id'], ['episode.id'],
                                name=op.f('fk_transition_clock_episode_id_episode')),
        sa.ForeignKeyConstraint(['settled_by_episode_id'], ['episode.id'],
                                name=op.f('fk_transition_clock_settled_by_episode_id_episode')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_transition_clock')),
        sa.UniqueConstraint('episode_id', 'kind', name='uq_transition_clock_episode_kind'),
    )
    with op.batch_alter_table('transition_clock', schema=None) as batch_op:
        batch_op.create_index('ix_transition_clock_due', [
            'due_date', 'settled_on', 'start_date', 'client_id', 'kind', 'window_days',
            'episode_id'], unique=False)
        batch_op.create_index('ix_transition_clock_client_due', ['client_id', 'due_date'],
                              unique=False)


    # The census counts active clients per level from the index alone; the registry's
    # level filter too. The dashboard's planned transitions and "my caseload" likewise.
    with op.batch_alter_table('episode', schema=None) as batch_op:
        batch_op.drop_index('ix_episode_status_level')
        batch_op.create_index('ix_episode_status_level',
                              ['status', 'entered_in_error', 'level_code', 'client_id'],
                              unique=False)
    with op.batch_alter_table('transition', schema=None) as batch_op:
        batch_op.create_index('ix_transition_status_planned', ['status', 'planned_date'],
                              unique=False)
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_index('ix_client_case_manager')
        batch_op.create_index('ix_client_case_manager', ['primary_case_manager_id', 'status'],
                              unique=False)
        # Status last: the registry's "not archived" is answered from the index.
        batch_op.drop_index('ix_client_family_given')
        batch_op.create_index('ix_client_family_given',
                              ['family_name_key', 'given_name_key', 'status'], unique=False)
    # Each client's current level, kept by the services like the clocks (plain columns
    # without a foreign key, so SQLite adds them in place).
    op.add_column('client', sa.Column('current_level_code', sa.String(length=10),
                                      nullable=True))
    op.add_column('client', sa.Column('current_level_rank', sa.Integer(), nullable=True))
    op.add_column('client', sa.Column('current_level_since', sa.Date(), nullable=True))
    op.create_index('ix_client_current_level', 'client',
                    ['current_level_code', 'family_name_key', 'given_name_key', 'status'])
    op.create_index('ix_client_current_rank', 'client',
                    ['current_level_rank', 'family_name_key', 'given_name_key', 'status'])


def downgrade() -> None:
    op.drop_index('ix_client_current_rank', table_name='client')
    op.drop_index('ix_client_current_level', table_name='client')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_index('ix_client_family_given')
        batch_op.create_index('ix_client_family_given', ['family_name_key', 'given_name_key'],
                              unique=False)
        batch_op.drop_column('current_level_since')
        batch_op.drop_column('current_level_rank')
        batch_op.drop_column('current_level_code')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_index('ix_client_case_manager')
        batch_op.create_index('ix_client_case_manager', ['primary_case_manager_id'],
                              unique=False)
    with op.batch_alter_table('transition', schema=None) as batch_op:
        batch_op.drop_index('ix_transition_status_planned')
    with op.batch_alter_table('episode', schema=None) as batch_op:
        batch_op.drop_index('ix_episode_status_level')
        batch_op.create_index('ix_episode_status_level', ['status', 'level_code'],
                              unique=False)
    with op.batch_alter_table('transition_clock', schema=None) as batch_op:
        batch_op.drop_index('ix_transition_clock_client_due')
        batch_op.drop_index('ix_transition_clock_due')
    op.drop_table('transition_clock')
