"""platform tables

Revision ID: platform_0001
Revises:
Create Date: 2026-11-29 10:00:16.902440
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'platform_0001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = ('platform',)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('platform_api_keys',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('prefix', sa.String(length=16), nullable=False),
    sa.Column('secret_hash', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('scopes', sa.JSON(), nullable=False),
    sa.Column('created_by', sa.String(length=128), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_platform_api_keys')),
    sa.UniqueConstraint('prefix', name=op.f('uq_platform_api_keys_prefix'))
    )
    op.create_table('platform_audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('entry_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_platform_audit_head'))
    )
    op.create_table('platform_audit_log',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=160), nullable=False),
    sa.Column('action', sa.String(length=80), nullable=False),
    sa.Column('target_type', sa.String(length=64), nullable=False),
    sa.Column('target_id', sa.String(length=160), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('entry_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_platform_audit_log')),
    sa.UniqueConstraint('entry_hash', name=op.f('uq_platform_audit_log_entry_hash'))
    )
    with op.batch_alter_table('platform_audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_platform_audit_log_action'), ['action'], unique=False)

    op.create_table('platform_jobs',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('idempotency_key', sa.String(length=255), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('max_attempts', sa.Integer(), nullable=False),
    sa.Column('run_after', sa.DateTime(timezone=True), nullable=False),
    sa.Column('locked_by', sa.String(length=128), nullable=True),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_platform_jobs')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_platform_jobs_idempotency_key'))
    )
    with op.batch_alter_table('platform_jobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_platform_jobs_name'), ['name'], unique=False)
        batch_op.create_index('ix_platform_jobs_ready', ['status', 'run_after'], unique=False)

    op.create_table('platform_role_policies',
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('require_totp', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('role', name=op.f('pk_platform_role_policies'))
    )
    op.create_table('platform_users',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=128), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('totp_secret', sa.String(length=64), nullable=True),
    sa.Column('totp_enabled', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_platform_users')),
    sa.UniqueConstraint('username', name=op.f('uq_platform_users_username'))
    )
    op.create_table('platform_sessions',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.String(length=32), nullable=False),
    sa.Column('csrf_token', sa.String(length=64), nullable=False),
    sa.Column('second_factor_done', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ip_address', sa.String(length=64), nullable=True),
    sa.Column('user_agent', sa.String(length=255), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['platform_users.id'], name=op.f('fk_platform_sessions_user_id_platform_users')),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_platform_sessions'))
    )
    with op.batch_alter_table('platform_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_platform_sessions_user_id'), ['user_id'], unique=False)

    # The audit log is append-only: the database itself refuses UPDATE and DELETE.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION platform_audit_refuse() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'the audit log is append-only'; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER platform_audit_append_only BEFORE UPDATE OR DELETE "
            "ON platform_audit_log FOR EACH ROW EXECUTE FUNCTION platform_audit_refuse()"
        )
    else:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER platform_audit_no_{verb.lower()} BEFORE {verb} "
                "ON platform_audit_log BEGIN "
                "SELECT RAISE(ABORT, 'the audit log is append-only'); END"
            )



def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS platform_audit_append_only ON platform_audit_log")
        op.execute("DROP FUNCTION IF EXISTS platform_audit_refuse()")
    with op.batch_alter_table('platform_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_platform_sessions_user_id'))

    op.drop_table('platform_sessions')
    op.drop_table('platform_users')
    op.drop_table('platform_role_policies')
    with op.batch_alter_table('platform_jobs', schema=None) as batch_op:
        batch_op.drop_index('ix_platform_jobs_ready')
        batch_op.drop_index(batch_op.f('ix_platform_jobs_name'))

    op.drop_table('platform_jobs')
    with op.batch_alter_table('platform_audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_platform_audit_log_action'))

    op.drop_table('platform_audit_log')
    op.drop_table('platform_audit_head')
    op.drop_table('platform_api_keys')
