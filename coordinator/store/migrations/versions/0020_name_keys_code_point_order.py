"""Name keys compare by code point on PostgreSQL too (the "C" collation), as SQLite
compares all text.

A typed word is matched against the name keys and the inner name words by a range
(``key >= 'ca' AND key < 'cb'``). In code point order that range is exactly "starts with",
so the search needs no LIKE beside it, and PostgreSQL estimates the matches from the
range alone: with the LIKE it had counted the same condition twice and planned a letter's
name words for a tenth of their number. The clients' list is also sorted the same way on
both engines. On SQLite nothing changes.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None

_KEYS = (('client', 'family_name_key'), ('client', 'given_name_key'),
         ('client_name_word', 'word'))


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for table, column in _KEYS:
        op.alter_column(table, column, type_=sa.String(100, collation='C'),
                        existing_type=sa.String(100), existing_nullable=False)
    # A column whose type changes loses its statistics; the search's plans need them.
    for table in ('client', 'client_name_word'):
        op.execute(f'ANALYZE {table}')


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for table, column in _KEYS:
        op.alter_column(table, column, type_=sa.String(100),
                        existing_type=sa.String(100, collation='C'), existing_nullable=False)
