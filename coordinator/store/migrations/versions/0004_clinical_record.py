"""The clinical record a packet stands on: problem list details, medications with unit and
use-disorder flag, allergy status ("No known allergies" apart from "not asked"),
appointments with kind, status and a service date, the Stanley-Brown safety plan, advance
directives, the responsible clinician, and the discharge details of an episode.

Columns added to existing tables carry a server default so the rows already there get a
value; none of them has a foreign key, so SQLite adds them without rebuilding the tables
(``audit_event`` is not touched: its append-only triggers stay).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def _text(name: str, length: int | None = None) -> sa.Column[str]:
    kind: sa.types.TypeEngine[str] = sa.String(length=length) if length else sa.Text()
    return sa.Column(name, kind, nullable=False, server_default='')


def upgrade() -> None:
    column: sa.Column[Any]  # each loop below adds columns of several types
    for column in (
            sa.Column('allergy_status', sa.String(length=20), nullable=False,
                      server_default='not_asked'),
            sa.Column('allergy_status_on', sa.Date(), nullable=True),
            _text('clinician_name', 200), _text('clinician_credentials', 60),
            _text('clinician_npi', 10), _text('clinician_phone', 40)):
        op.add_column('client', column)
    # A client with allergies on file has them "recorded", not "not asked".
    op.execute("UPDATE client SET allergy_status = 'recorded' WHERE id IN ("
               "SELECT client_id FROM client_allergy WHERE entered_in_error = false)")

    for column in (sa.Column('status_on', sa.Date(), nullable=True),
                   sa.Column('recorded_by_id', sa.Integer(), nullable=True),
                   sa.Column('recorded_on', sa.Date(), nullable=True)):
        op.add_column('client_diagnosis', column)
    op.add_column('client_allergy', sa.Column('recorded_by_id', sa.Integer(), nullable=True))
    for column in (_text('unit', 20),
                   sa.Column('for_use_disorder', sa.Boolean(), nullable=False,
                             server_default=sa.false()),
                   sa.Column('recorded_by_id', sa.Integer(), nullable=True)):
        op.add_column('client_medication', column)

    for column in (sa.Column('service_date', sa.Date(), nullable=True),
                   sa.Column('care_team_member_id', sa.Integer(), nullable=True),
                   sa.Column('kind', sa.String(length=30), nullable=False,
                             server_default='other'),
                   sa.Column('level_code', sa.String(length=10), nullable=True),
                   sa.Column('focus', sa.String(length=20), nullable=False,
                             server_default='mental_health'),
                   sa.Column('transition_id', sa.Integer(), nullable=True),
                   sa.Column('recorded_by_id', sa.Integer(), nullable=True)):
        op.add_column('appointment', column)
    op.execute("UPDATE appointment SET status = 'scheduled' WHERE status = 'booked'")
    # The day of an appointment made before: its UTC day, the nearest the row can tell.
    day = ("date(starts_at)" if op.get_bind().dialect.name == 'sqlite'
           else "CAST(starts_at AS DATE)")
    op.execute(f"UPDATE appointment SET service_date = {day}")
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.drop_index('ix_appointment_client_id')
        batch_op.create_index('ix_appointment_client_day', ['client_id', 'service_date'],
                              unique=False)
        batch_op.create_index('ix_appointment_status_day',
                              ['status', 'service_date', 'client_id'], unique=False)

    for column in (_text('discharge_condition', 20), _text('mental_status'),
                   _text('treatment_provided'), _text('substances', 300),
                   sa.Column('last_use_on', sa.Date(), nullable=True),
                   _text('legal_status', 30), _text('housing_status', 30),
                   sa.Column('planned_next_level', sa.String(length=10), nullable=True),
                   sa.Column('planned_next_start', sa.Date(), nullable=True)):
        op.add_column('episode', column)
    op.add_column('safety_alert', sa.Column('safety_plan_id', sa.Integer(), nullable=True))

    op.create_table(
        'safety_plan',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('plan_number', sa.Integer(), nullable=False),
        sa.Column('completed_on', sa.Date(), nullable=False),
        sa.Column('completed_by_id', sa.Integer(), nullable=True),
        sa.Column('warning_signs', sa.Text(), nullable=False),
        sa.Column('coping_strategies', sa.Text(), nullable=False),
        sa.Column('distractions', sa.Text(), nullable=False),
        sa.Column('people_to_ask', sa.Text(), nullable=False),
        sa.Column('professionals', sa.Text(), nullable=False),
        sa.Column('environment_safety', sa.Text(), nullable=False),
        sa.Column('firearms_access', sa.String(length=20), nullable=False),
        sa.Column('reasons_for_living', sa.Text(), nullable=False),
        sa.Column('entered_in_error', sa.Boolean(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['client_id'], ['client.id'],
                                name=op.f('fk_safety_plan_client_id_client')),
        sa.ForeignKeyConstraint(['completed_by_id'], ['app_user.id'],
                                name=op.f('fk_safety_plan_completed_by_id_app_user')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_safety_plan')),
    )
    op.create_index('ix_safety_plan_client', 'safety_plan', ['client_id', 'plan_number'],
                    unique=False)

    op.create_table(
        'advance_directive',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('present', sa.Boolean(), nullable=False),
        sa.Column('signed_on', sa.Date(), nullable=True),
        sa.Column('location', sa.String(length=300), nullable=False),
        sa.Column('agent_name', sa.String(length=200), nullable=False),
        sa.Column('agent_phone', sa.String(length=40), nullable=False),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('recorded_by_id', sa.Integer(), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['client_id'], ['client.id'],
                                name=op.f('fk_advance_directive_client_id_client')),
        sa.ForeignKeyConstraint(['recorded_by_id'], ['app_user.id'],
                                name=op.f('fk_advance_directive_recorded_by_id_app_user')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_advance_directive')),
        sa.UniqueConstraint('client_id', 'kind', name='uq_advance_directive_kind'),
    )


_ADDED = {
    'client': ('allergy_status', 'allergy_status_on', 'clinician_name',
               'clinician_credentials', 'clinician_npi', 'clinician_phone'),
    'client_diagnosis': ('status_on', 'recorded_by_id', 'recorded_on'),
    'client_allergy': ('recorded_by_id',),
    'client_medication': ('unit', 'for_use_disorder', 'recorded_by_id'),
    'appointment': ('service_date', 'care_team_member_id', 'kind', 'level_code', 'focus',
                    'transition_id', 'recorded_by_id'),
    'episode': ('discharge_condition', 'mental_status', 'treatment_provided', 'substances',
                'last_use_on', 'legal_status', 'housing_status', 'planned_next_level',
                'planned_next_start'),
    'safety_alert': ('safety_plan_id',),
}


def downgrade() -> None:
    op.drop_table('advance_directive')
    op.drop_index('ix_safety_plan_client', table_name='safety_plan')
    op.drop_table('safety_plan')
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.drop_index('ix_appointment_status_day')
        batch_op.drop_index('ix_appointment_client_day')
        batch_op.create_index('ix_appointment_client_id', ['client_id'], unique=False)
    op.execute("UPDATE appointment SET status = 'booked' "
               "WHERE status IN ('scheduled', 'confirmed')")
    for table, columns in _ADDED.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.drop_column(column)
