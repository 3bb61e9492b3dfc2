"""The HTTP surface: health, readiness, metrics, error shape, request ids, size limits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import text


def test_health_ready_and_metrics(client: Any) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready"}
    metrics = client.get("/metrics")
    assert metrics.status_code == 200
    assert "childguard_http_requests_total" in metrics.text


def test_readyz_reports_a_database_without_schema(client: Any, database: Any) -> None:
    with database.engine.begin() as conn:
        conn.execute(text("ALTER TABLE alembic_version RENAME TO alembic_version_moved"))
    try:
        response = client.get("/readyz")
        assert response.status_code == 503
        assert response.json()["error"]["code"] == "not_ready"
    finally:
        with database.engine.begin() as conn:
            conn.execute(text("ALTER TABLE alembic_version_moved RENAME TO alembic_version"))


def test_errors_share_one_shape_and_carry_request_ids(
        client: Any, make_api_key: Callable[..., dict[str, str]]) -> None:
    missing = client.get("/v1/no-such-thing")
    assert missing.status_code == 404
    assert set(missing.json()["error"]) == {"code", "message", "details"}
    assert len(missing.headers["x-request-id"]) >= 16

    headers = make_api_key("admin") | {"X-Request-ID": "trace-me-123"}
    invalid = client.post("/v1/admin/api-keys", json={"name": "", "scopes": []},
                          headers=headers)
    assert invalid.status_code == 422
    body = invalid.json()["error"]
    assert body["code"] == "invalid_input"
    assert body["message"].startswith("name:")
    assert invalid.headers["x-request-id"] == "trace-me-123"

    unknown_scope = client.post("/v1/admin/api-keys", json={"name": "x", "scopes": ["root"]},
                                headers=headers)
    assert unknown_scope.status_code == 422
    assert "unknown scope(s): root" in unknown_scope.json()["error"]["message"]


def test_oversized_bodies_are_refused(client: Any, app: Any,
                                      make_api_key: Callable[..., dict[str, str]]) -> None:
    limit = app.state.settings.max_request_bytes
    response = client.post("/v1/admin/api-keys", content=b"x" * (limit + 1),
                           headers=make_api_key("admin") | {"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"


def test_openapi_and_docs_are_served(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    assert spec["info"]["title"] == "childguard"
    assert "/v1/admin/api-keys" in spec["paths"]
    assert client.get("/docs").status_code == 200


def test_nul_characters_the_database_refuses_are_the_clients_error(app: Any) -> None:
    """PostgreSQL cannot store NUL (0x00) in text: wherever it comes from, the answer is a 422
    that says so, not a 500 (make fuzz found one on PostgreSQL); other data errors stay 500."""
    from fastapi.testclient import TestClient
    from sqlalchemy.exc import DataError

    def nul() -> None:
        raise DataError("INSERT ...", {}, Exception(
            "PostgreSQL text fields cannot contain NUL (0x00) bytes"))

    def other() -> None:
        raise DataError("INSERT ...", {}, Exception("value too long for type"))

    app.add_api_route("/test-nul", nul, methods=["POST"])
    app.add_api_route("/test-data-error", other, methods=["POST"])
    with TestClient(app, raise_server_exceptions=False) as client:
        refused = client.post("/test-nul")
        assert refused.status_code == 422
        assert refused.json()["error"]["code"] == "invalid_input"
        assert "NUL" in refused.json()["error"]["message"]
        assert client.post("/test-data-error").status_code == 500
