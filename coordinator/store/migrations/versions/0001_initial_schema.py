"""Initial schema: the whole core of docs/architecture.md §3, and the levels of care.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('username', name=op.f('uq_app_user_username'))
    )
    op.create_table('facility',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('is_own_program', sa.Boolean(), nullable=False),
    sa.Column('address_line1', sa.String(length=200), nullable=False),
    sa.Column('address_line2', sa.String(length=200), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('state', sa.String(length=50), nullable=False),
    sa.Column('postal_code', sa.String(length=20), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('fax', sa.String(length=40), nullable=False),
    sa.Column('intake_contact_name', sa.String(length=200), nullable=False),
    sa.Column('intake_contact_phone', sa.String(length=40), nullable=False),
    sa.Column('intake_contact_email', sa.String(length=200), nullable=False),
    sa.Column('accepts_referrals', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facility'))
    )
    with op.batch_alter_table('facility', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_facility_name'), ['name'], unique=False)

    op.create_table('hsds_address',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('location_id', sa.String(length=36), nullable=True),
    sa.Column('attention', sa.String(length=200), nullable=True),
    sa.Column('address_1', sa.String(length=300), nullable=False),
    sa.Column('address_2', sa.String(length=300), nullable=True),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('region', sa.String(length=100), nullable=True),
    sa.Column('state_province', sa.String(length=100), nullable=False),
    sa.Column('postal_code', sa.String(length=30), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('address_type', sa.String(length=20), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hsds_address'))
    )
    with op.batch_alter_table('hsds_address', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hsds_address_location_id'), ['location_id'], unique=False)

    op.create_table('hsds_attribute',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('link_id', sa.String(length=36), nullable=False),
    sa.Column('taxonomy_term_id', sa.String(length=36), nullable=False),
    sa.Column('link_type', sa.String(length=60), nullable=True),
    sa.Column('link_entity', sa.String(length=60), nullable=True),
    sa.Column('value', sa.Text(), nullable=True),
    sa.Column('label', sa.String(length=200), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hsds_attribute'))
    )
    with op.batch_alter_table('hsds_attribute', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hsds_attribute_link_id'), ['link_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hsds_attribute_taxonomy_term_id'), ['taxonomy_term_id'], unique=False)

    op.create_table('hsds_language',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('service_id', sa.String(length=36), nullable=True),
    sa.Column('location_id', sa.String(length=36), nullable=True),
    sa.Column('phone_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=True),
    sa.Column('code', sa.String(length=20), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hsds_language'))
    )
    with op.batch_alter_table('hsds_language', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hsds_language_code'), ['code'], unique=False)
        batch_op.create_index(batch_op.f('ix_hsds_language_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hsds_language_service_id'), ['service_id'], unique=False)

    op.create_table('hsds_location',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('location_type', sa.String(length=30), nullable=False),
    sa.Column('url', sa.String(length=500), nullable=True),
    sa.Column('organization_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=True),
    sa.Column('alternate_name', sa.String(length=300), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('transportation', sa.Text(), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('external_identifier', sa.String(length=100), nullable=True),
    sa.Column('external_identifier_type', sa.String(length=100), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hsds_location'))
    )
    with op.batch_alter_table('hsds_location', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hsds_location_organization_id'), ['organization_id'], unique=False)

    op.create_table('hsds_organization',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('alternate_name', sa.String(length=300), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('website', sa.String(length=500), nullable=True),
    sa.Column('tax_status', sa.String(length=100), nullable=True),
    sa.Column('tax_id', sa.String(length=100), nullable=True),
    sa.Column('year_incorporated', sa.Integer(), nullable=True),
    sa.Column('legal_status', sa.String(length=100), nullable=True),
    sa.Column('logo', sa.String(length=500), nullable=True),
    sa.Column('uri', sa.String(length=500), nullable=True),
    sa.Column('parent_organization_id', sa.String(length=36), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hsds_organization'))
    )
    with op.batch_alter_table('hsds_organization', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hsds_organization_name'), ['name'], unique=False)

    op.create_table('hsds_phone',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('location_id', sa.String(length=36), nullable=True),
    sa.Column('service_id', sa.String(length=36), nullable=True),
    sa.Column('organization_id', sa.String(length=36), nullable=True),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('service_at_location_id', sa.String(length=36), nullable=True),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('extension', sa.String(length=20), nullable=True),
    sa.Column('type', sa.String(length=20), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hsds_phone'))
    )
    with op.batch_alter_table('hsds_phone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hsds_phone_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hsds_phone_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hsds_phone_service_id'), ['service_id'], unique=False)

    op.create_table('hsds_program',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('organization_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('alternate_name', sa.String(length=300), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hsds_program'))
    )
    with op.batch_alter_table('hsds_program', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hsds_program_organization_id'), ['organization_id'], unique=False)

    op.create_table('hsds_schedule',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('service_id', sa.String(length=36), nullable=True),
    sa.Column('location_id', sa.String(length=36), nullable=True),
    sa.Column('service_at_location_id', sa.String(length=36), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('dtstart', sa.Date(), nullable=True),
    sa.Column('timezone', sa.Float(), nullable=True),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('count', sa.Integer(), nullable=True),
    sa.Column('wkst', sa.String(length=2), nullable=True),
    sa.Column('freq', sa.String(length=10), nullable=True),
    sa.Column('interval', sa.Integer(), nullable=True),
    sa.Column('byday', sa.String(length=60), nullable=True),
    sa.Column('byweekno', sa.String(length=200), nullable=True),
    sa.Column('bymonthday', sa.String(length=200), nullable=True),
    sa.Column('byyearday', sa.String(length=500), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('opens_at', sa.String(length=20), nullable=True),
    sa.Column('closes_at', sa.String(length=20), nullable=True),
    sa.Column('schedule_link', sa.String(length=500), nullable=True),
    sa.Column('attending_type', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hsds_schedule'))
    )
    with op.batch_alter_table('hsds_schedule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hsds_schedule_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hsds_schedule_service_at_location_id'), ['service_at_location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hsds_schedule_service_id'), ['service_id'], unique=False)

    op.create_table('hsds_taxonomy',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('uri', sa.String(length=500), nullable=True),
    sa.Column('version', sa.String(length=50), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hsds_taxonomy'))
    )
    op.create_table('hsds_taxonomy_term',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=100), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('taxonomy', sa.String(length=200), nullable=True),
    sa.Column('language', sa.String(length=20), nullable=True),
    sa.Column('taxonomy_id', sa.String(length=36), nullable=True),
    sa.Column('term_uri', sa.String(length=500), nullable=True),
    sa.Column('category', sa.String(length=30), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hsds_taxonomy_term'))
    )
    with op.batch_alter_table('hsds_taxonomy_term', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hsds_taxonomy_term_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_hsds_taxonomy_term_code'), ['code'], unique=False)

    op.create_table('level_of_care',
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('asam_level', sa.String(length=30), nullable=False),
    sa.Column('min_weekly_hours', sa.Float(), nullable=True),
    sa.Column('max_weekly_hours', sa.Float(), nullable=True),
    sa.Column('round_the_clock', sa.Boolean(), nullable=True),
    sa.Column('intensity', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_level_of_care'))
    )
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.String(length=40), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=60), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_audit_event_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_event_hash'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index('ix_audit_event_entity', ['entity_type', 'entity_id'], unique=False)

    op.create_table('client',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_number', sa.String(length=30), nullable=False),
    sa.Column('given_name', sa.String(length=100), nullable=False),
    sa.Column('family_name', sa.String(length=100), nullable=False),
    sa.Column('preferred_name', sa.String(length=100), nullable=False),
    sa.Column('given_name_key', sa.String(length=100), nullable=False),
    sa.Column('family_name_key', sa.String(length=100), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex_at_birth', sa.String(length=20), nullable=False),
    sa.Column('gender_identity', sa.String(length=60), nullable=False),
    sa.Column('pronouns', sa.String(length=30), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('phone_digits', sa.String(length=20), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('address_line1', sa.String(length=200), nullable=False),
    sa.Column('address_line2', sa.String(length=200), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('state', sa.String(length=50), nullable=False),
    sa.Column('postal_code', sa.String(length=20), nullable=False),
    sa.Column('preferred_language', sa.String(length=60), nullable=False),
    sa.Column('interpreter_needed', sa.Boolean(), nullable=False),
    sa.Column('emergency_contact_name', sa.String(length=200), nullable=False),
    sa.Column('emergency_contact_phone', sa.String(length=40), nullable=False),
    sa.Column('emergency_contact_relationship', sa.String(length=60), nullable=False),
    sa.Column('guardian_name', sa.String(length=200), nullable=False),
    sa.Column('guardian_phone', sa.String(length=40), nullable=False),
    sa.Column('guardian_relationship', sa.String(length=60), nullable=False),
    sa.Column('insurance_payer', sa.String(length=200), nullable=False),
    sa.Column('insurance_member_id', sa.String(length=60), nullable=False),
    sa.Column('insurance_group', sa.String(length=60), nullable=False),
    sa.Column('primary_case_manager_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('safety_note', sa.Text(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['primary_case_manager_id'], ['app_user.id'], name=op.f('fk_client_primary_case_manager_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client')),
    sa.UniqueConstraint('record_number', name=op.f('uq_client_record_number'))
    )
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.create_index('ix_client_birth_date', ['birth_date'], unique=False)
        batch_op.create_index('ix_client_case_manager', ['primary_case_manager_id'], unique=False)
        batch_op.create_index('ix_client_family_given', ['family_name_key', 'given_name_key'], unique=False)
        batch_op.create_index('ix_client_given', ['given_name_key'], unique=False)
        batch_op.create_index('ix_client_phone_digits', ['phone_digits'], unique=False)
        batch_op.create_index('ix_client_status', ['status'], unique=False)

    op.create_table('facility_level',
    sa.Column('facility_id', sa.Integer(), nullable=False),
    sa.Column('level_code', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['facility_id'], ['facility.id'], name=op.f('fk_facility_level_facility_id_facility')),
    sa.ForeignKeyConstraint(['level_code'], ['level_of_care.code'], name=op.f('fk_facility_level_level_code_level_of_care')),
    sa.PrimaryKeyConstraint('facility_id', 'level_code', name=op.f('pk_facility_level'))
    )
    op.create_table('hsds_service',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('organization_id', sa.String(length=36), nullable=False),
    sa.Column('program_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('alternate_name', sa.String(length=300), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('url', sa.String(length=500), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('interpretation_services', sa.Text(), nullable=True),
    sa.Column('application_process', sa.Text(), nullable=True),
    sa.Column('fees_description', sa.Text(), nullable=True),
    sa.Column('wait_time', sa.String(length=300), nullable=True),
    sa.Column('fees', sa.Text(), nullable=True),
    sa.Column('accreditations', sa.Text(), nullable=True),
    sa.Column('eligibility_description', sa.Text(), nullable=True),
    sa.Column('minimum_age', sa.Float(), nullable=True),
    sa.Column('maximum_age', sa.Float(), nullable=True),
    sa.Column('assured_date', sa.Date(), nullable=True),
    sa.Column('assurer_email', sa.String(length=200), nullable=True),
    sa.Column('licenses', sa.Text(), nullable=True),
    sa.Column('alert', sa.Text(), nullable=True),
    sa.Column('last_modified', sa.String(length=40), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['hsds_organization.id'], name=op.f('fk_hsds_service_organization_id_hsds_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hsds_service'))
    )
    with op.batch_alter_table('hsds_service', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hsds_service_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_hsds_service_organization_id'), ['organization_id'], unique=False)

    op.create_table('program_schedule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('facility_id', sa.Integer(), nullable=False),
    sa.Column('level_code', sa.String(length=10), nullable=False),
    sa.Column('track', sa.String(length=20), nullable=False),
    sa.Column('weekdays', sa.String(length=30), nullable=False),
    sa.Column('starts_at', sa.Time(), nullable=True),
    sa.Column('session_minutes', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['facility_id'], ['facility.id'], name=op.f('fk_program_schedule_facility_id_facility')),
    sa.ForeignKeyConstraint(['level_code'], ['level_of_care.code'], name=op.f('fk_program_schedule_level_code_level_of_care')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_program_schedule'))
    )
    with op.batch_alter_table('program_schedule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_program_schedule_facility_id'), ['facility_id'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['app_user.id'], name=op.f('fk_setting_updated_by_id_app_user')),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('appointment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('facility_id', sa.Integer(), nullable=True),
    sa.Column('with_whom', sa.String(length=200), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.Column('purpose', sa.String(length=300), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_appointment_client_id_client')),
    sa.ForeignKeyConstraint(['facility_id'], ['facility.id'], name=op.f('fk_appointment_facility_id_facility')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment'))
    )
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointment_client_id'), ['client_id'], unique=False)

    op.create_table('care_team_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organization', sa.String(length=200), nullable=False),
    sa.Column('facility_id', sa.Integer(), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('fax', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_care_team_member_client_id_client')),
    sa.ForeignKeyConstraint(['facility_id'], ['facility.id'], name=op.f('fk_care_team_member_facility_id_facility')),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_care_team_member_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_team_member'))
    )
    with op.batch_alter_table('care_team_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_care_team_member_client_id'), ['client_id'], unique=False)

    op.create_table('client_allergy',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('substance', sa.String(length=200), nullable=False),
    sa.Column('reaction', sa.String(length=300), nullable=False),
    sa.Column('severity', sa.String(length=20), nullable=False),
    sa.Column('entered_in_error', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_client_allergy_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_allergy'))
    )
    with op.batch_alter_table('client_allergy', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_allergy_client_id'), ['client_id'], unique=False)

    op.create_table('client_diagnosis',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.Column('substance_use', sa.Boolean(), nullable=False),
    sa.Column('onset_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('entered_in_error', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_client_diagnosis_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_diagnosis'))
    )
    with op.batch_alter_table('client_diagnosis', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_diagnosis_client_id'), ['client_id'], unique=False)

    op.create_table('client_medication',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('dose', sa.String(length=100), nullable=False),
    sa.Column('route', sa.String(length=50), nullable=False),
    sa.Column('frequency', sa.String(length=100), nullable=False),
    sa.Column('prescriber', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('entered_in_error', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_client_medication_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_medication'))
    )
    with op.batch_alter_table('client_medication', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_medication_client_id'), ['client_id'], unique=False)

    op.create_table('client_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('contact_with', sa.String(length=200), nullable=False),
    sa.Column('facility_id', sa.Integer(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('entered_in_error', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['app_user.id'], name=op.f('fk_client_note_author_id_app_user')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_client_note_client_id_client')),
    sa.ForeignKeyConstraint(['facility_id'], ['facility.id'], name=op.f('fk_client_note_facility_id_facility')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_note'))
    )
    with op.batch_alter_table('client_note', schema=None) as batch_op:
        batch_op.create_index('ix_client_note_client_when', ['client_id', 'occurred_at'], unique=False)

    op.create_table('consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('discloser', sa.String(length=300), nullable=False),
    sa.Column('recipient_facility_id', sa.Integer(), nullable=True),
    sa.Column('recipient_organization_id', sa.String(length=36), nullable=True),
    sa.Column('recipient_class', sa.String(length=300), nullable=False),
    sa.Column('recipient_name', sa.String(length=300), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('information_description', sa.Text(), nullable=False),
    sa.Column('includes_part2', sa.Boolean(), nullable=False),
    sa.Column('signed_by', sa.String(length=20), nullable=False),
    sa.Column('signer_name', sa.String(length=200), nullable=False),
    sa.Column('representative_relationship', sa.String(length=100), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('expiration_event', sa.String(length=300), nullable=False),
    sa.Column('revoked_on', sa.Date(), nullable=True),
    sa.Column('right_to_revoke_explained', sa.Boolean(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_consent_client_id_client')),
    sa.ForeignKeyConstraint(['created_by_id'], ['app_user.id'], name=op.f('fk_consent_created_by_id_app_user')),
    sa.ForeignKeyConstraint(['recipient_facility_id'], ['facility.id'], name=op.f('fk_consent_recipient_facility_id_facility')),
    sa.ForeignKeyConstraint(['recipient_organization_id'], ['hsds_organization.id'], name=op.f('fk_consent_recipient_organization_id_hsds_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent'))
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_client_id'), ['client_id'], unique=False)

    op.create_table('episode',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('level_code', sa.String(length=10), nullable=False),
    sa.Column('facility_id', sa.Integer(), nullable=True),
    sa.Column('focus', sa.String(length=20), nullable=False),
    sa.Column('track', sa.String(length=20), nullable=True),
    sa.Column('modality', sa.String(length=20), nullable=False),
    sa.Column('planned_weekly_hours', sa.Float(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('admission_source', sa.String(length=100), nullable=False),
    sa.Column('discharge_disposition', sa.String(length=100), nullable=False),
    sa.Column('aftercare_plan', sa.Text(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('entered_in_error', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_episode_client_id_client')),
    sa.ForeignKeyConstraint(['created_by_id'], ['app_user.id'], name=op.f('fk_episode_created_by_id_app_user')),
    sa.ForeignKeyConstraint(['facility_id'], ['facility.id'], name=op.f('fk_episode_facility_id_facility')),
    sa.ForeignKeyConstraint(['level_code'], ['level_of_care.code'], name=op.f('fk_episode_level_code_level_of_care')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_episode'))
    )
    with op.batch_alter_table('episode', schema=None) as batch_op:
        batch_op.create_index('ix_episode_client_start', ['client_id', 'start_date'], unique=False)
        batch_op.create_index('ix_episode_end_date', ['end_date'], unique=False)
        batch_op.create_index('ix_episode_status_level', ['status', 'level_code'], unique=False)

    op.create_table('hsds_service_at_location',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('service_id', sa.String(length=36), nullable=False),
    sa.Column('location_id', sa.String(length=36), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['hsds_location.id'], name=op.f('fk_hsds_service_at_location_location_id_hsds_location')),
    sa.ForeignKeyConstraint(['service_id'], ['hsds_service.id'], name=op.f('fk_hsds_service_at_location_service_id_hsds_service')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hsds_service_at_location'))
    )
    with op.batch_alter_table('hsds_service_at_location', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hsds_service_at_location_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hsds_service_at_location_service_id'), ['service_id'], unique=False)

    op.create_table('referral',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('service_id', sa.String(length=36), nullable=True),
    sa.Column('facility_id', sa.Integer(), nullable=True),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('priority', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('outcome', sa.String(length=30), nullable=True),
    sa.Column('outcome_note', sa.Text(), nullable=False),
    sa.Column('note_to_receiver', sa.Text(), nullable=False),
    sa.Column('follow_up_due', sa.Date(), nullable=True),
    sa.Column('assigned_to_id', sa.Integer(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assigned_to_id'], ['app_user.id'], name=op.f('fk_referral_assigned_to_id_app_user')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_referral_client_id_client')),
    sa.ForeignKeyConstraint(['created_by_id'], ['app_user.id'], name=op.f('fk_referral_created_by_id_app_user')),
    sa.ForeignKeyConstraint(['facility_id'], ['facility.id'], name=op.f('fk_referral_facility_id_facility')),
    sa.ForeignKeyConstraint(['service_id'], ['hsds_service.id'], name=op.f('fk_referral_service_id_hsds_service')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral'))
    )
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_assigned_to_id'), ['assigned_to_id'], unique=False)
        batch_op.create_index('ix_referral_client', ['client_id'], unique=False)
        batch_op.create_index('ix_referral_status_due', ['status', 'follow_up_due'], unique=False)

    op.create_table('assessment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('episode_id', sa.Integer(), nullable=True),
    sa.Column('instrument', sa.String(length=20), nullable=False),
    sa.Column('administered_on', sa.Date(), nullable=False),
    sa.Column('administered_by_id', sa.Integer(), nullable=True),
    sa.Column('item_answers', sa.JSON(), nullable=True),
    sa.Column('total', sa.Integer(), nullable=True),
    sa.Column('risk_level', sa.String(length=20), nullable=False),
    sa.Column('band', sa.String(length=40), nullable=False),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('entered_in_error', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['administered_by_id'], ['app_user.id'], name=op.f('fk_assessment_administered_by_id_app_user')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_assessment_client_id_client')),
    sa.ForeignKeyConstraint(['episode_id'], ['episode.id'], name=op.f('fk_assessment_episode_id_episode')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment'))
    )
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.create_index('ix_assessment_client_date', ['client_id', 'administered_on'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('episode_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('session_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_attendance_client_id_client')),
    sa.ForeignKeyConstraint(['episode_id'], ['episode.id'], name=op.f('fk_attendance_episode_id_episode')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['app_user.id'], name=op.f('fk_attendance_recorded_by_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('episode_id', 'session_date', name='uq_attendance_episode_day')
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index('ix_attendance_client_date', ['client_id', 'session_date'], unique=False)

    op.create_table('disclosure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('consent_id', sa.Integer(), nullable=True),
    sa.Column('recipient_facility_id', sa.Integer(), nullable=True),
    sa.Column('recipient_name', sa.String(length=300), nullable=False),
    sa.Column('document_type', sa.String(length=30), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('page_count', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('disclosed_by_id', sa.Integer(), nullable=True),
    sa.Column('disclosed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_disclosure_client_id_client')),
    sa.ForeignKeyConstraint(['consent_id'], ['consent.id'], name=op.f('fk_disclosure_consent_id_consent')),
    sa.ForeignKeyConstraint(['disclosed_by_id'], ['app_user.id'], name=op.f('fk_disclosure_disclosed_by_id_app_user')),
    sa.ForeignKeyConstraint(['recipient_facility_id'], ['facility.id'], name=op.f('fk_disclosure_recipient_facility_id_facility')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disclosure'))
    )
    with op.batch_alter_table('disclosure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disclosure_client_id'), ['client_id'], unique=False)

    op.create_table('referral_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('referral_id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('from_status', sa.String(length=20), nullable=True),
    sa.Column('to_status', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['referral_id'], ['referral.id'], name=op.f('fk_referral_event_referral_id_referral')),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_referral_event_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_event'))
    )
    with op.batch_alter_table('referral_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_event_referral_id'), ['referral_id'], unique=False)

    op.create_table('transition',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('from_episode_id', sa.Integer(), nullable=True),
    sa.Column('to_episode_id', sa.Integer(), nullable=True),
    sa.Column('to_level_code', sa.String(length=10), nullable=True),
    sa.Column('to_facility_id', sa.Integer(), nullable=True),
    sa.Column('to_track', sa.String(length=20), nullable=True),
    sa.Column('direction', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('planned_date', sa.Date(), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.Column('criteria', sa.JSON(), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_transition_client_id_client')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['app_user.id'], name=op.f('fk_transition_decided_by_id_app_user')),
    sa.ForeignKeyConstraint(['from_episode_id'], ['episode.id'], name=op.f('fk_transition_from_episode_id_episode')),
    sa.ForeignKeyConstraint(['to_episode_id'], ['episode.id'], name=op.f('fk_transition_to_episode_id_episode')),
    sa.ForeignKeyConstraint(['to_facility_id'], ['facility.id'], name=op.f('fk_transition_to_facility_id_facility')),
    sa.ForeignKeyConstraint(['to_level_code'], ['level_of_care.code'], name=op.f('fk_transition_to_level_code_level_of_care')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transition'))
    )
    with op.batch_alter_table('transition', schema=None) as batch_op:
        batch_op.create_index('ix_transition_client_planned', ['client_id', 'planned_date'], unique=False)

    op.create_table('safety_alert',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('assessment_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('raised_at', sa.DateTime(), nullable=False),
    sa.Column('addressed_at', sa.DateTime(), nullable=True),
    sa.Column('addressed_by_id', sa.Integer(), nullable=True),
    sa.Column('action_taken', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['addressed_by_id'], ['app_user.id'], name=op.f('fk_safety_alert_addressed_by_id_app_user')),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], name=op.f('fk_safety_alert_assessment_id_assessment')),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_safety_alert_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_safety_alert'))
    )
    with op.batch_alter_table('safety_alert', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_alert_client_id'), ['client_id'], unique=False)

    # Reference data: the levels of care of docs/architecture.md §3 (ASAM Criteria, 3rd edition).
    # Frozen here on purpose; later changes to the seed need their own migration.
    levels = sa.table(
        "level_of_care",
        sa.column("code", sa.String), sa.column("name", sa.String),
        sa.column("asam_level", sa.String), sa.column("min_weekly_hours", sa.Float),
        sa.column("max_weekly_hours", sa.Float), sa.column("round_the_clock", sa.Boolean),
        sa.column("intensity", sa.Integer), sa.column("description", sa.Text),
        sa.column("version", sa.Integer), sa.column("created_at", sa.DateTime),
        sa.column("updated_at", sa.DateTime),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = [
        ("OP", "Outpatient", "1", None, 9, False, 1,
         "Traditional weekly therapy, typically 1-3 hours a week."),
        ("IOP", "Intensive Outpatient", "2.1", 9, 19, False, 2,
         "9-19 clinical hours a week for adults (6 or more for adolescents)."),
        ("PHP", "Partial Hospitalization", "2.5", 20, None, False, 3,
         "20 or more clinical hours a week, typically 20-40."),
        ("RES", "Residential", "3.1-3.7", None, None, True, 4,
         "24-hour structured residential treatment."),
        ("INP", "Inpatient", "4", None, None, True, 5,
         "Psychiatric or medically managed inpatient care."),
        ("WM", "Withdrawal management", "1-WM to 4-WM", None, None, None, 5,
         "Detox; ambulatory or residential depending on the program."),
    ]
    op.bulk_insert(levels, [
        dict(code=c, name=n, asam_level=a, min_weekly_hours=lo, max_weekly_hours=hi,
             round_the_clock=rtc, intensity=i, description=d, version=1, created_at=now,
             updated_at=now)
        for c, n, a, lo, hi, rtc, i, d in rows
    ])


def downgrade() -> None:

    with op.batch_alter_table('safety_alert', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_alert_client_id'))

    op.drop_table('safety_alert')
    with op.batch_alter_table('transition', schema=None) as batch_op:
        batch_op.drop_index('ix_transition_client_planned')

    op.drop_table('transition')
    with op.batch_alter_table('referral_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_event_referral_id'))

    op.drop_table('referral_event')
    with op.batch_alter_table('disclosure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_disclosure_client_id'))

    op.drop_table('disclosure')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_client_date')

    op.drop_table('attendance')
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.drop_index('ix_assessment_client_date')

    op.drop_table('assessment')
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_index('ix_referral_status_due')
        batch_op.drop_index('ix_referral_client')
        batch_op.drop_index(batch_op.f('ix_referral_assigned_to_id'))

    op.drop_table('referral')
    with op.batch_alter_table('hsds_service_at_location', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hsds_service_at_location_service_id'))
        batch_op.drop_index(batch_op.f('ix_hsds_service_at_location_location_id'))

    op.drop_table('hsds_service_at_location')
    with op.batch_alter_table('episode', schema=None) as batch_op:
        batch_op.drop_index('ix_episode_status_level')
        batch_op.drop_index('ix_episode_end_date')
        batch_op.drop_index('ix_episode_client_start')

    op.drop_table('episode')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_client_id'))

    op.drop_table('consent')
    with op.batch_alter_table('client_note', schema=None) as batch_op:
        batch_op.drop_index('ix_client_note_client_when')

    op.drop_table('client_note')
    with op.batch_alter_table('client_medication', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_medication_client_id'))

    op.drop_table('client_medication')
    with op.batch_alter_table('client_diagnosis', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_diagnosis_client_id'))

    op.drop_table('client_diagnosis')
    with op.batch_alter_table('client_allergy', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_allergy_client_id'))

    op.drop_table('client_allergy')
    with op.batch_alter_table('care_team_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_care_team_member_client_id'))

    op.drop_table('care_team_member')
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointment_client_id'))

    op.drop_table('appointment')
    op.drop_table('setting')
    with op.batch_alter_table('program_schedule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_program_schedule_facility_id'))

    op.drop_table('program_schedule')
    with op.batch_alter_table('hsds_service', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hsds_service_organization_id'))
        batch_op.drop_index(batch_op.f('ix_hsds_service_name'))

    op.drop_table('hsds_service')
    op.drop_table('facility_level')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_index('ix_client_status')
        batch_op.drop_index('ix_client_phone_digits')
        batch_op.drop_index('ix_client_given')
        batch_op.drop_index('ix_client_family_given')
        batch_op.drop_index('ix_client_case_manager')
        batch_op.drop_index('ix_client_birth_date')

    op.drop_table('client')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_event_entity')

    op.drop_table('audit_event')
    op.drop_table('level_of_care')
    with op.batch_alter_table('hsds_taxonomy_term', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hsds_taxonomy_term_code'))
        batch_op.drop_index(batch_op.f('ix_hsds_taxonomy_term_category'))

    op.drop_table('hsds_taxonomy_term')
    op.drop_table('hsds_taxonomy')
    with op.batch_alter_table('hsds_schedule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hsds_schedule_service_id'))
        batch_op.drop_index(batch_op.f('ix_hsds_schedule_service_at_location_id'))
        batch_op.drop_index(batch_op.f('ix_hsds_schedule_location_id'))

    op.drop_table('hsds_schedule')
    with op.batch_alter_table('hsds_program', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hsds_program_organization_id'))

    op.drop_table('hsds_program')
    with op.batch_alter_table('hsds_phone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hsds_phone_service_id'))
        batch_op.drop_index(batch_op.f('ix_hsds_phone_organization_id'))
        batch_op.drop_index(batch_op.f('ix_hsds_phone_location_id'))

    op.drop_table('hsds_phone')
    with op.batch_alter_table('hsds_organization', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hsds_organization_name'))

    op.drop_table('hsds_organization')
    with op.batch_alter_table('hsds_location', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hsds_location_organization_id'))

    op.drop_table('hsds_location')
    with op.batch_alter_table('hsds_language', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hsds_language_service_id'))
        batch_op.drop_index(batch_op.f('ix_hsds_language_location_id'))
        batch_op.drop_index(batch_op.f('ix_hsds_language_code'))

    op.drop_table('hsds_language')
    with op.batch_alter_table('hsds_attribute', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hsds_attribute_taxonomy_term_id'))
        batch_op.drop_index(batch_op.f('ix_hsds_attribute_link_id'))

    op.drop_table('hsds_attribute')
    with op.batch_alter_table('hsds_address', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hsds_address_location_id'))

    op.drop_table('hsds_address')
    with op.batch_alter_table('facility', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_facility_name'))

    op.drop_table('facility')
    op.drop_table('app_user')

