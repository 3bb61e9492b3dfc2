"""webhook secrets sealed: widen the column, encrypt the secrets stored in plain text

Revision ID: moderation_0002
Revises: moderation_0001
Create Date: 2026-11-29 15:01:18.872680
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'moderation_0002'
down_revision: str | Sequence[str] | None = 'moderation_0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_webhooks = sa.table("moderation_webhooks", sa.column("id", sa.String),
                     sa.column("secret", sa.String))


def upgrade() -> None:
    with op.batch_alter_table('moderation_webhooks', schema=None) as batch_op:
        batch_op.alter_column('secret',
               existing_type=sa.VARCHAR(length=128),
               type_=sa.String(length=512),
               existing_nullable=False)
    from childguard.moderation.actions import SEALED_PREFIX, seal_secret

    bind = op.get_bind()
    rows = bind.execute(sa.select(_webhooks.c.id, _webhooks.c.secret)).all()
    for endpoint_id, secret in rows:
        if not secret.startswith(SEALED_PREFIX):
            bind.execute(_webhooks.update().where(_webhooks.c.id == endpoint_id)
                         .values(secret=seal_secret(endpoint_id, secret)))


def downgrade() -> None:
    from childguard.moderation.actions import open_secret

    bind = op.get_bind()
    rows = bind.execute(sa.select(_webhooks.c.id, _webhooks.c.secret)).all()
    for endpoint_id, secret in rows:
        bind.execute(_webhooks.update().where(_webhooks.c.id == endpoint_id)
                     .values(secret=open_secret(endpoint_id, secret)))
    with op.batch_alter_table('moderation_webhooks', schema=None) as batch_op:
        batch_op.alter_column('secret',
               existing_type=sa.String(length=512),
               type_=sa.VARCHAR(length=128),
               existing_nullable=False)
