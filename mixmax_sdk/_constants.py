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
# Far above any page the API sends (300 items), far below what would exhaust a worker's memory.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
# Mixmax: 120 requests per minute per user and IP, over a sliding 60-second window.
DEFAULT_RATE_LIMIT = 120
RATE_WINDOW = 60.0

# Cursor collections: "Defaults to 50. The upper limit is usually 300" (Mixmax getting-started).
MAX_PAGE_SIZE = 300
# GET /sequences/{id}/recipients: limit <= 50, and offset + limit <= 10,000.
MAX_RECIPIENTS_PAGE_SIZE = 50
RECIPIENTS_WINDOW = 10_000

# Bulk add_recipients: rows per POST /sequences/{id}/recipients. Mixmax documents no cap per request
# (../shared/mixmax-api.md 20.1; its examples send one recipient). 50 is what evidence supports:
# the one public script found that enrols people through the npm `mixmax-api` wrapper sends at most
# 50 recipients per addRecipients call (45 in its later version; ../shared/npm-mixmax-api.md section 5),
# and 50 is the API's own page cap for the same resource (GET /sequences/{id}/recipients, limit <= 50).
# At 120 requests a minute that is 6,000 rows a minute, while a failed or timed-out request leaves at
# most 50 rows unconfirmed. Larger chunks (up to MAX_CHUNK_SIZE) are allowed but untested by anyone.
DEFAULT_CHUNK_SIZE = 50
MAX_CHUNK_SIZE = 1000
