"""Intake inquiries: a client's first contact before admission, its source, the insurance
to verify with the payer's authorization, and what the inquiry became.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new table only: no existing table is rebuilt.
    op.create_table(
        'inquiry',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('source', sa.String(length=30), nullable=False),
        sa.Column('source_contact', sa.String(length=200), nullable=False),
        sa.Column('first_contact_on', sa.Date(), nullable=False),
        sa.Column('requested_level_code', sa.String(length=10), nullable=True),
        sa.Column('insurance_payer', sa.String(length=200), nullable=False),
        sa.Column('insurance_member_id', sa.String(length=60), nullable=False),
        sa.Column('verification_status', sa.String(length=20), nullable=False),
        sa.Column('verified_on', sa.Date(), nullable=True),
        sa.Column('authorization_number', sa.String(length=60), nullable=False),
        sa.Column('authorized_units', sa.Integer(), nullable=True),
        sa.Column('authorization_start', sa.Date(), nullable=True),
        sa.Column('authorization_end', sa.Date(), nullable=True),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('outcome_on', sa.Date(), nullable=True),
        sa.Column('referral_id', sa.Integer(), nullable=True),
        sa.Column('referred_to', sa.String(length=200), nullable=False),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['client_id'], ['client.id'],
                                name='fk_inquiry_client_id_client'),
        sa.ForeignKeyConstraint(['requested_level_code'], ['level_of_care.code'],
                                name='fk_inquiry_requested_level_code_level_of_care'),
        sa.ForeignKeyConstraint(['referral_id'], ['referral.id'],
                                name='fk_inquiry_referral_id_referral'),
        sa.ForeignKeyConstraint(['created_by_id'], ['app_user.id'],
                                name='fk_inquiry_created_by_id_app_user'),
        sa.PrimaryKeyConstraint('id', name='pk_inquiry'),
    )
    # The dashboard lists open inquiries by first contact; a client's record lists theirs.
    op.create_index('ix_inquiry_outcome_contact', 'inquiry', ['outcome', 'first_contact_on'])
    op.create_index('ix_inquiry_client', 'inquiry', ['client_id'])


def downgrade() -> None:
    op.drop_index('ix_inquiry_client', table_name='inquiry')
    op.drop_index('ix_inquiry_outcome_contact', table_name='inquiry')
    op.drop_table('inquiry')
