"""`mixmax webhooks listen` and `mixmax rules create-webhook`, as typer sub-applications.

The main `mixmax` CLI mounts them (`app.add_typer(webhooks_app, name="webhooks")`,
`app.add_typer(rules_app, name="rules")`). It lives with the CLI, not in `mixmax_sdk.webhooks`, so
receiving webhooks in an application never needs typer or rich.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from ..webhooks._events import WebhookEvent, summary
from ..webhooks._receivers import wsgi_app
from ..webhooks._rules import create_webhook_rule
from ..webhooks._secret import SECRET_PARAM
from ..webhooks._server import DEFAULT_MAX_CONNECTIONS, DEFAULT_TIMEOUT, WebhookServer
from ._common import Connection, api_command

__all__ = ["rules_app", "webhooks_app"]

webhooks_app: typer.Typer = typer.Typer(
    help="Receive Mixmax webhook events.", no_args_is_help=True, add_completion=False
)
rules_app: typer.Typer = typer.Typer(
    help="Mixmax rules (what fires webhooks).", no_args_is_help=True, add_completion=False
)

SECRET_ENV = "MIXMAX_WEBHOOK_SECRET"


# A callback makes each app a command group even with one command, so that `listen` and
# `create-webhook` stay subcommands (as they are once mounted in the main CLI) and more can be added.
@webhooks_app.callback()
def _webhooks() -> None:
    """Receive Mixmax webhook events."""


@rules_app.callback()
def _rules() -> None:
    """Mixmax rules (what fires webhooks)."""


def _reporting(
    app: Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]], console: Console
) -> Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]:
    """`app`, printing a line for every request it refuses (wrong secret, bad body, ...)."""

    def reporting_app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        def start(status: str, headers: list[tuple[str, str]], *rest: Any) -> Any:
            if not status.startswith("2"):
                method, path = environ.get("REQUEST_METHOD", "?"), environ.get("PATH_INFO", "/")
                console.print(f"[red]refused[/red] {escape(method)} {escape(path)} -> {escape(status)}")
            return start_response(status, headers, *rest)

        return app(environ, start)

    return reporting_app


@webhooks_app.command("listen")
def listen(
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    host: Annotated[str, typer.Option(help="Address to bind (0.0.0.0 to accept outside callers).")] = "127.0.0.1",
    secret: Annotated[
        str | None,
        typer.Option(
            help=f"Secret the webhook URL carries (?{SECRET_PARAM}=...); without it any caller is accepted.",
            envvar=SECRET_ENV,
        ),
    ] = None,
    raw_json: Annotated[
        bool, typer.Option("--json", help="Print each event's JSON payload instead of a summary.")
    ] = False,
    count: Annotated[int | None, typer.Option(help="Stop after this many events.", min=1)] = None,
    timeout: Annotated[
        float,
        typer.Option(
            help="Seconds a caller has to send its whole request (headers and body); "
            "a slower one is answered 408 and closed.",
            min=0.001,
        ),
    ] = DEFAULT_TIMEOUT,
    max_connections: Annotated[
        int, typer.Option(help="Connections served at once; one more is answered 503 and closed.", min=1)
    ] = DEFAULT_MAX_CONNECTIONS,
) -> None:
    """Serve a webhook receiver and print each typed event as it arrives.

    Each connection is served on a thread of its own, so a caller that connects and then stalls
    delays no one else; it is closed when --timeout runs out.
    """
    console = Console(highlight=False, soft_wrap=True)
    received = 0
    lock = threading.Lock()  # one event's lines at a time, and an exact count
    enough = threading.Event()

    def handle(event: WebhookEvent) -> None:
        nonlocal received
        with lock:
            received += 1
            if raw_json:
                console.print(escape(json.dumps(event.to_dict(), ensure_ascii=False)))
            else:
                console.print(escape(summary(event)))
            if count is not None and received >= count:
                enough.set()

    server = WebhookServer(
        (host, port),
        _reporting(wsgi_app(handle, secret=secret), console),
        timeout=timeout,
        max_connections=max_connections,
        report=lambda line: console.print(f"[red]refused[/red] {escape(line)}"),
    )
    where = f"http://{host}:{server.server_port}/"
    guard = f"?{SECRET_PARAM}=<secret>" if secret else ""
    console.print(f"Listening on {escape(where)}{escape(guard)} (Ctrl-C to stop)")
    if not secret:
        console.print(f"[yellow]No --secret (or {SECRET_ENV}): any caller is accepted.[/yellow]")
    serving = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    serving.start()
    try:
        # In slices, not one endless wait: the kernel may hand Ctrl-C's SIGINT to a connection's thread,
        # and Python runs its handler (KeyboardInterrupt) only when the main thread wakes up.
        while not enough.wait(0.1):
            pass
    except KeyboardInterrupt:
        server.shutdown()
        server.close(wait=False)
    else:
        server.shutdown()
        server.close(wait=True)  # the last event's answer is still being written
    console.print(f"Stopped after {received} event{'s' if received != 1 else ''}.")


@rules_app.command("create-webhook")
@api_command
def create_webhook(
    connection: Connection,
    url: Annotated[str, typer.Argument(help="The receiver's public http(s) URL.")],
    event: Annotated[
        str, typer.Option(help="Event name that fires the rule, e.g. message:sent, opened.")
    ] = "message:sent",
    name: Annotated[str | None, typer.Option(help="Rule name (default 'Webhook: <event>').")] = None,
    filter: Annotated[
        str | None, typer.Option(help='Sift filter as JSON, e.g. \'{"to.email": "sales@example.com"}\'.')
    ] = None,
    secret: Annotated[str | None, typer.Option(help="Use this secret instead of a freshly generated one.")] = None,
) -> None:
    """Create a rule with a webhook action whose URL carries a fresh secret; prints the secret."""
    console = Console(highlight=False, soft_wrap=True)
    with connection.client() as client:
        made = create_webhook_rule(client, url, event=event, name=name, filter=filter, secret=secret)
    console.print(f"rule {escape(made.rule.id)} fires on {escape(event)}; webhook action {escape(made.action.id)}")
    console.print(f"webhook URL: {escape(made.url)}")
    console.print(f"secret: {escape(made.secret)}")
    console.print(f"Receive with: mixmax webhooks listen --secret <secret>  (or set {SECRET_ENV})")
