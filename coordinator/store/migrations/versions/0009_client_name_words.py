"""The words of clients' names that do not start them, so that search finds a client by
any word of a name from an index ("garcia" finds Mónica Cárdenas García); filled here for
the clients already saved.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from coordinator.domain.text import inner_name_words

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    words = op.create_table(
        'client_name_word',
        sa.Column('word', sa.String(length=100), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['client_id'], ['client.id'],
                                name=op.f('fk_client_name_word_client_id_client')),
        sa.PrimaryKeyConstraint('word', 'client_id', name=op.f('pk_client_name_word')),
    )
    op.create_index(op.f('ix_client_name_word_client_id'), 'client_name_word', ['client_id'],
                    unique=False)
    connection = op.get_bind()
    clients = connection.execute(sa.text(
        "SELECT id, given_name_key, family_name_key FROM client ORDER BY id"))
    batch: list[dict[str, object]] = []
    for client_id, given_key, family_key in clients.all():
        for word in dict.fromkeys([*inner_name_words(given_key),
                                   *inner_name_words(family_key)]):
            batch.append({"word": word[:100], "client_id": client_id})
        if len(batch) >= 5000:
            op.bulk_insert(words, batch)
            batch = []
    if batch:
        op.bulk_insert(words, batch)


def downgrade() -> None:
    op.drop_index(op.f('ix_client_name_word_client_id'), table_name='client_name_word')
    op.drop_table('client_name_word')
