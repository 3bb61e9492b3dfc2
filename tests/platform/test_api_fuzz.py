"""Property-based fuzzing of the whole API from its own OpenAPI document (schemathesis):
no request may produce a 5xx or a response that contradicts the document."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

# A few examples per operation keep `make test` quick; `make fuzz` raises this.
EXAMPLES = int(os.environ.get("CHILDGUARD_FUZZ_EXAMPLES", "5"))


@pytest.fixture
def api_schema(app: Any) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.fixture
def admin_headers(make_api_key: Callable[..., dict[str, str]]) -> dict[str, str]:
    return make_api_key("admin", name="fuzzer")


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          phases=[Phase.explicit, Phase.generate],  # report failures as found, unshrunk
          suppress_health_check=list(HealthCheck))
def test_no_server_errors_and_responses_match_the_schema(case: Any,
                                                        admin_headers: dict[str, str]) -> None:
    response = case.call(headers=admin_headers)
    case.validate_response(response, checks=(not_a_server_error, response_schema_conformance,
                                             status_code_conformance,
                                             content_type_conformance))
