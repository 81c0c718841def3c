"""Consent elements of the 2024 Part 2 rule: how the client may revoke and to whom, the
redisclosure statement of a single consent for treatment, payment and health care
operations to a covered entity (42 CFR 2.31(a)(4)(iii)), and the parent or guardian who
signs with a minor where state law requires it (42 CFR 2.14(b)).

Every column has a server default, so the consents already on file keep their values and
SQLite adds the columns without rebuilding the table.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

_COLUMNS = ('revocation_method', 'revocation_contact', 'for_tpo',
            'tpo_redisclosure_statement', 'co_signer_name', 'co_signer_relationship')


def _text(name: str, length: int) -> sa.Column[str]:
    return sa.Column(name, sa.String(length=length), nullable=False, server_default='')


def _flag(name: str) -> sa.Column[bool]:
    return sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false())


def upgrade() -> None:
    for column in (_text('revocation_method', 20), _text('revocation_contact', 300),
                   _flag('for_tpo'), _flag('tpo_redisclosure_statement'),
                   _text('co_signer_name', 200), _text('co_signer_relationship', 100)):
        op.add_column('consent', column)


def downgrade() -> None:
    with op.batch_alter_table('consent', schema=None) as batch_op:
        for name in _COLUMNS:
            batch_op.drop_column(name)
