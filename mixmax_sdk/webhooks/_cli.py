"""`mixmax webhooks listen` and `mixmax rules create-webhook`, as typer sub-applications.

The main `mixmax` CLI mounts them (`app.add_typer(webhooks_app, name="webhooks")`,
`app.add_typer(rules_app, name="rules")`); typer and rich are needed only here, so importing
`mixmax_sdk.webhooks` does not import this module.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Annotated, Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

import typer
from rich.console import Console
from rich.markup import escape

from ..cli._common import AllowInsecureHttp, ApiKey, BaseUrl, Debug, handled, make_client
from ._events import WebhookEvent, summary
from ._receivers import wsgi_app
from ._rules import create_webhook_rule
from ._secret import SECRET_PARAM

__all__ = ["rules_app", "webhooks_app"]

webhooks_app = typer.Typer(help="Receive Mixmax webhook events.", no_args_is_help=True, add_completion=False)
rules_app = typer.Typer(help="Mixmax rules (what fires webhooks).", no_args_is_help=True, add_completion=False)

SECRET_ENV = "MIXMAX_WEBHOOK_SECRET"


# A callback makes each app a command group even with one command, so that `listen` and
# `create-webhook` stay subcommands (as they are once mounted in the main CLI) and more can be added.
@webhooks_app.callback()
def _webhooks() -> None:
    """Receive Mixmax webhook events."""


@rules_app.callback()
def _rules() -> None:
    """Mixmax rules (what fires webhooks)."""


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass  # every request is reported by `_reporting` in one line of its own


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
) -> None:
    """Serve a webhook receiver and print each typed event as it arrives."""
    console = Console(highlight=False, soft_wrap=True)
    received = 0

    def handle(event: WebhookEvent) -> None:
        nonlocal received
        received += 1
        if raw_json:
            console.print(escape(json.dumps(event.to_dict(), ensure_ascii=False)))
        else:
            console.print(escape(summary(event)))

    server = make_server(host, port, _reporting(wsgi_app(handle, secret=secret), console), handler_class=_QuietHandler)
    with server:
        where = f"http://{host}:{server.server_port}/"
        guard = f"?{SECRET_PARAM}=<secret>" if secret else ""
        console.print(f"Listening on {escape(where)}{escape(guard)} (Ctrl-C to stop)")
        if not secret:
            console.print(f"[yellow]No --secret (or {SECRET_ENV}): any caller is accepted.[/yellow]")
        try:
            while count is None or received < count:
                server.handle_request()
        except KeyboardInterrupt:
            pass
    console.print(f"Stopped after {received} event{'s' if received != 1 else ''}.")


@rules_app.command("create-webhook")
def create_webhook(
    url: Annotated[str, typer.Argument(help="The receiver's public http(s) URL.")],
    event: Annotated[
        str, typer.Option(help="Event name that fires the rule, e.g. message:sent, opened.")
    ] = "message:sent",
    name: Annotated[str | None, typer.Option(help="Rule name (default 'Webhook: <event>').")] = None,
    filter: Annotated[
        str | None, typer.Option(help='Sift filter as JSON, e.g. \'{"to.email": "sales@example.com"}\'.')
    ] = None,
    secret: Annotated[str | None, typer.Option(help="Use this secret instead of a freshly generated one.")] = None,
    api_key: ApiKey = None,
    base_url: BaseUrl = None,
    allow_insecure_http: AllowInsecureHttp = False,
    debug: Debug = False,
) -> None:
    """Create a rule with a webhook action whose URL carries a fresh secret; prints the secret."""
    console = Console(highlight=False, soft_wrap=True)
    with handled(debug), make_client(api_key, base_url, allow_insecure_http) as client:
        made = create_webhook_rule(client, url, event=event, name=name, filter=filter, secret=secret)
    console.print(f"rule {escape(made.rule.id)} fires on {escape(event)}; webhook action {escape(made.action.id)}")
    console.print(f"webhook URL: {escape(made.url)}")
    console.print(f"secret: {escape(made.secret)}")
    console.print(f"Receive with: mixmax webhooks listen --secret <secret>  (or set {SECRET_ENV})")
