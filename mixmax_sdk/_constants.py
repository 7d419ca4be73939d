"""Tunables in one place."""

from __future__ import annotations

import httpx

DEFAULT_BASE_URL = "https://api.mixmax.com/v1"
API_KEY_ENV = "MIXMAX_API_KEY"
BASE_URL_ENV = "MIXMAX_BASE_URL"
TOKEN_HEADER = "X-API-Token"

# The generated layer defaults to no timeout at all; a stalled request must not hang a script forever.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
# Mixmax: 120 requests per minute per user and IP, over a sliding 60-second window.
DEFAULT_RATE_LIMIT = 120
RATE_WINDOW = 60.0

# Cursor collections: "Defaults to 50. The upper limit is usually 300" (Mixmax getting-started).
MAX_PAGE_SIZE = 300
# GET /sequences/{id}/recipients: limit <= 50, and offset + limit <= 10,000.
MAX_RECIPIENTS_PAGE_SIZE = 50
RECIPIENTS_WINDOW = 10_000
