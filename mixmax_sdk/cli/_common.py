"""What every `mixmax` command that calls the API shares: the --api-key / --base-url /
--allow-insecure-http / --debug options, the client they make, the exit codes and the one-line error
report (which names CLI flags where the SDK's messages name Python arguments).

Both `cli.app` and the webhook sub-apps it mounts (`cli.webhooks`) use these, so this module imports
neither of them.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from ..errors import AuthenticationError, MixmaxError, MixmaxValidationError, PermissionDeniedError
from .importer import UsageError
from .journal import JournalError

if TYPE_CHECKING:
    from .._client import Mixmax

__all__ = [
    "OK",
    "ROWS_FAILED",
    "USAGE",
    "AllowInsecureHttp",
    "ApiKey",
    "BaseUrl",
    "Connection",
    "Debug",
    "api_command",
    "err",
    "fail",
    "for_cli",
    "handled",
]

OK, ROWS_FAILED, USAGE = 0, 1, 2

err: Console = Console(stderr=True, highlight=False, soft_wrap=True)

ApiKey = Annotated[
    str | None,
    typer.Option("--api-key", envvar="MIXMAX_API_KEY", show_envvar=True, show_default=False, help="API token."),
]
BaseUrl = Annotated[
    str | None,
    typer.Option("--base-url", envvar="MIXMAX_BASE_URL", show_envvar=True, help="API root (default Mixmax's)."),
]
AllowInsecureHttp = Annotated[
    bool,
    typer.Option("--allow-insecure-http", help="Permit a plain http:// --base-url to a host other than this machine."),
]
Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks and log every request.")]

AUTH_HINT = "check --api-key / MIXMAX_API_KEY"

# The SDK's validation messages name its Python arguments; a CLI user knows the flags.
_FLAGS = [
    (re.compile(r"\ballow_insecure_http=True\b"), "--allow-insecure-http"),
    (re.compile(r"\bapi_key=(?:\.\.\.)?"), "--api-key"),
    (re.compile(r"\bbase_url\b"), "--base-url"),
    (re.compile(r"\bmax_retries\b"), "--max-retries"),
    (re.compile(r"\bchunk_size\b"), "--chunk-size"),
    (re.compile(r"\bscheduled_at\b"), "--schedule"),
]


def for_cli(message: str) -> str:
    """An SDK validation message with the Python argument names it mentions replaced by the flags."""
    for pattern, flag in _FLAGS:
        message = pattern.sub(flag, message)
    return message


def cell(value: object) -> str:
    """A response field as a reader sees it in a table or CSV cell: as it came when it is a string or a
    number, empty when the API left it out or sent null (UNSET or None, never their names)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return ""


@dataclass(frozen=True)
class Connection:
    """Where a command's client goes: the flags, else MIXMAX_API_KEY / MIXMAX_BASE_URL."""

    api_key: str | None = field(repr=False)
    base_url: str | None
    allow_insecure_http: bool

    def client(self, **options: Any) -> Mixmax:
        from .._client import Mixmax

        return Mixmax(
            api_key=self.api_key, base_url=self.base_url, allow_insecure_http=self.allow_insecure_http, **options
        )


_SHARED = [
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default)
    for name, annotation, default in [
        ("api_key", ApiKey, None),
        ("base_url", BaseUrl, None),
        ("allow_insecure_http", AllowInsecureHttp, False),
    ]
]
_DEBUG = inspect.Parameter("debug", inspect.Parameter.KEYWORD_ONLY, annotation=Debug, default=False)


def api_command(command: Callable[..., None]) -> Callable[..., None]:
    """`command(connection, ...)` as a typer command that calls the API: --api-key, --base-url and
    --allow-insecure-http join its own options (before a trailing --json, where every command lists
    them), --debug comes last, and the body runs under `handled(debug)`."""
    own = list(inspect.signature(command, eval_str=True).parameters.values())[1:]  # all but `connection`
    tail = [own.pop()] if own and own[-1].name == "as_json" else []
    parameters = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in own + _SHARED + tail] + [_DEBUG]

    @functools.wraps(command)
    def run(
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        allow_insecure_http: bool = False,
        debug: bool = False,
        **options: Any,
    ) -> None:
        with handled(debug):
            command(Connection(api_key, base_url, allow_insecure_http), **options)

    # typer reads the command's options from its signature
    run.__signature__ = inspect.Signature(parameters, return_annotation=None)  # type: ignore[attr-defined]
    run.__annotations__ = {p.name: p.annotation for p in parameters}
    return run


def fail(message: str, code: int) -> NoReturn:
    # Escaped: messages quote user input and API answers, whose brackets are not rich markup.
    err.print(f"[red]error:[/red] {escape(message)}", markup=True)
    raise typer.Exit(code)


@contextlib.contextmanager
def handled(debug: bool) -> Iterator[None]:
    """One readable line and an exit code for every failure, or the traceback with --debug."""
    if debug:
        import logging

        logging.basicConfig(level=logging.DEBUG, format="%(name)s: %(message)s")
    try:
        yield
    except typer.Exit:
        raise
    except Exception as exc:
        if debug:
            raise
        if isinstance(exc, UsageError | JournalError):
            fail(str(exc), USAGE)
        if isinstance(exc, MixmaxValidationError):
            fail(for_cli(str(exc)), USAGE)
        if isinstance(exc, AuthenticationError | PermissionDeniedError):
            fail(f"{exc} ({AUTH_HINT})", USAGE)
        if isinstance(exc, MixmaxError | OSError):
            fail(str(exc), ROWS_FAILED)
        raise
    except KeyboardInterrupt:
        fail("interrupted", 130)
