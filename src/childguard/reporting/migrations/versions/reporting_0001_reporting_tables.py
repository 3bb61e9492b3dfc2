"""reporting tables: reports, evidence, holds, law-enforcement requests, XSD pins

Revision ID: reporting_0001
Revises:
Create Date: 2026-11-29 10:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "reporting_0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = ("reporting",)
depends_on: str | Sequence[str] | None = "platform_0001"


def upgrade() -> None:
    op.create_table('reporting_reports',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('case_id', sa.String(length=128), nullable=False),
    sa.Column('destination', sa.String(length=32), nullable=False),
    sa.Column('account_id', sa.String(length=255), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('incident_type', sa.String(length=128), nullable=False),
    sa.Column('report_xml', sa.Text(), nullable=False),
    sa.Column('files', sa.JSON(), nullable=False),
    sa.Column('actionability', sa.JSON(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('warnings', sa.JSON(), nullable=False),
    sa.Column('ncmec_report_id', sa.BigInteger(), nullable=True),
    sa.Column('progress', sa.JSON(), nullable=False),
    sa.Column('receipt_xml', sa.Text(), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('created_by', sa.String(length=160), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('queued_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('queued_by', sa.String(length=160), nullable=True),
    sa.Column('filed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('detected_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reporting_reports')),
    sa.UniqueConstraint('case_id', 'destination', name=op.f('uq_reporting_reports_case_id_destination'))
    )
    op.create_table('reporting_evidence',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('report_id', sa.String(length=32), nullable=True),
    sa.Column('case_id', sa.String(length=128), nullable=False),
    sa.Column('account_id', sa.String(length=255), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('content_type', sa.String(length=128), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('key_id', sa.String(length=64), nullable=False),
    sa.Column('nonce', sa.LargeBinary(), nullable=True),
    sa.Column('ciphertext', sa.LargeBinary(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('retain_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('destroyed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('destroyed_by', sa.String(length=160), nullable=True),
    sa.Column('destruction_request_id', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['report_id'], ['reporting_reports.id'], name=op.f('fk_reporting_evidence_report_id_reporting_reports')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reporting_evidence'))
    )
    op.create_table('reporting_holds',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('account_id', sa.String(length=255), nullable=True),
    sa.Column('case_id', sa.String(length=128), nullable=True),
    sa.Column('report_id', sa.String(length=32), nullable=True),
    sa.Column('legal_request_id', sa.String(length=32), nullable=True),
    sa.Column('reason', sa.String(length=255), nullable=False),
    sa.Column('created_by', sa.String(length=160), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('until', sa.DateTime(timezone=True), nullable=False),
    sa.Column('released_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('released_by', sa.String(length=160), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reporting_holds'))
    )
    op.create_table('reporting_legal_requests',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('type', sa.String(length=32), nullable=False),
    sa.Column('agency', sa.String(length=255), nullable=False),
    sa.Column('reference', sa.String(length=128), nullable=True),
    sa.Column('officer', sa.JSON(), nullable=False),
    sa.Column('account_ids', sa.JSON(), nullable=False),
    sa.Column('case_ids', sa.JSON(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('preserve_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('productions', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=160), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reporting_legal_requests'))
    )
    op.create_table('reporting_xsd_pins',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('source_url', sa.String(length=2083), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reporting_xsd_pins'))
    )
    op.create_index(op.f('ix_reporting_reports_account_id'), 'reporting_reports', ['account_id'], unique=False)
    op.create_index(op.f('ix_reporting_reports_case_id'), 'reporting_reports', ['case_id'], unique=False)
    op.create_index(op.f('ix_reporting_evidence_account_id'), 'reporting_evidence', ['account_id'], unique=False)
    op.create_index(op.f('ix_reporting_evidence_case_id'), 'reporting_evidence', ['case_id'], unique=False)
    op.create_index(op.f('ix_reporting_evidence_report_id'), 'reporting_evidence', ['report_id'], unique=False)
    op.create_index(op.f('ix_reporting_holds_account_id'), 'reporting_holds', ['account_id'], unique=False)
    op.create_index(op.f('ix_reporting_holds_case_id'), 'reporting_holds', ['case_id'], unique=False)


def downgrade() -> None:
    op.drop_table('reporting_xsd_pins')
    op.drop_table('reporting_legal_requests')
    op.drop_table('reporting_holds')
    op.drop_table('reporting_evidence')
    op.drop_table('reporting_reports')
