"""media blobs record their key id

Blobs stored before this revision keep ``key_id`` NULL and open with the current key or a
previous one; ``childguard evidence-key reseal`` re-seals them under the current key and
records it. Webhook secrets carry their key id in the stored text (``sealed:v2:``), so they
need no column.

Revision ID: moderation_0004
Revises: moderation_0003
Create Date: 2026-11-29 16:12:13.638840
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'moderation_0004'
down_revision: str | Sequence[str] | None = 'moderation_0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_webhooks = sa.table("moderation_webhooks", sa.column("id", sa.String),
                     sa.column("secret", sa.String))


def upgrade() -> None:
    with op.batch_alter_table('moderation_media', schema=None) as batch_op:
        batch_op.add_column(sa.Column('key_id', sa.String(length=64), nullable=True))


def downgrade() -> None:
    # The release before this one reads only ``sealed:v1:`` secrets (with its one key):
    # drop the key id from the text; the ciphertext is the same.
    bind = op.get_bind()
    rows = bind.execute(sa.select(_webhooks.c.id, _webhooks.c.secret)).all()
    for endpoint_id, secret in rows:
        if secret.startswith("sealed:v2:"):
            encoded = secret.rsplit(":", 1)[1]
            bind.execute(_webhooks.update().where(_webhooks.c.id == endpoint_id)
                         .values(secret="sealed:v1:" + encoded))
    with op.batch_alter_table('moderation_media', schema=None) as batch_op:
        batch_op.drop_column('key_id')
