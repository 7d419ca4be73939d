"""The `mixmax` command line (typer + rich). Imported only by the console script, never by `mixmax_sdk`.

Exit codes: 0 all good; 1 some rows failed (or the API failed); 2 usage or authentication error.
Errors are one line on stderr, unless `--debug`.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from .._constants import DEFAULT_CHUNK_SIZE
from .._version import __version__
from ._common import ROWS_FAILED, USAGE, Connection, api_command, cell, err, fail
from .mcp import mcp
from .webhooks import rules_app, webhooks_app

app: typer.Typer = typer.Typer(
    name="mixmax",
    help="The Mixmax REST API from the command line (try it on `mixmax fake`).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
sequences_app: typer.Typer = typer.Typer(
    help="Sequences: list, recipients, add-recipients, cancel, pause, resume.", no_args_is_help=True
)
app.add_typer(sequences_app, name="sequences")
app.add_typer(webhooks_app, name="webhooks")  # mixmax webhooks listen
app.add_typer(rules_app, name="rules")  # mixmax rules create-webhook
app.command("mcp")(mcp)  # mixmax mcp: the API as MCP tools for AI agents


def _print_version(asked: bool) -> None:
    if asked:
        print(f"mixmax-sdk {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """The Mixmax REST API from the command line (try it on `mixmax fake`)."""


out: Console = Console(highlight=False, soft_wrap=True)

AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
RawCsv = Annotated[
    bool,
    typer.Option(
        "--raw-csv",
        help="Write CSV cells exactly as they are: no ' before a cell starting with = + - @ tab or CR "
        "(spreadsheets run such cells as formulas).",
    ),
]


def _print_json(value: Any) -> None:
    out.out(json.dumps(value, indent=2, ensure_ascii=False), highlight=False)


# --------------------------------------------------------------------------------------- whoami
@app.command()
@api_command
def whoami(connection: Connection, as_json: AsJson = False) -> None:
    """The user the API token belongs to."""
    with connection.client() as client:
        me = client.users.me()
        if as_json:
            _print_json(me.to_dict())
        else:
            # The API may leave any of them out (or send null): a reader sees what came, never UNSET.
            name, email, user_id = cell(me.name), cell(me.email), cell(me.id)
            email = f"<{email}>" if email else ""
            user = f"(user {user_id})" if user_id else ""
            out.print(" ".join(part for part in (name, email, user) if part) or "(the API sent no name, address or id)")


# ------------------------------------------------------------------------------------ sequences
@sequences_app.command("list")
@api_command
def list_sequences(
    connection: Connection,
    name: Annotated[str | None, typer.Option(help="Only sequences whose name matches.")] = None,
    as_json: AsJson = False,
) -> None:
    """Every sequence you can see (all pages)."""
    with connection.client() as client:
        found = list(client.sequences.list(name=name, limit=300))
        if as_json:
            _print_json([s.to_dict() for s in found])
            return
        table = Table("id", "name", "variables", box=None)
        for s in found:
            variables = ", ".join(cell(v) for v in s.variables) if isinstance(s.variables, list) else ""
            table.add_row(cell(s.id), cell(s.name), variables)
        out.print(table)


@sequences_app.command("recipients")
@api_command
def recipients(
    connection: Connection,
    sequence_id: Annotated[str, typer.Argument(help="The sequence id.")],
    as_json: AsJson = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", dir_okay=False, help="Write to this file (replaced whole, atomically)."),
    ] = None,
    raw_csv: RawCsv = False,
) -> None:
    """The sequence's activated recipients, streamed page by page."""
    if as_json and as_csv:
        fail("--json and --csv exclude each other", USAGE)
    with connection.client() as client, _destination(output) as (sink, console):
        listed = client.sequences.sequence(sequence_id).recipients.list(include_variables=True)
        if as_json:  # a JSON array, written item by item so that nothing waits for the last page
            first = True
            console.out("[", highlight=False)
            for r in listed:
                console.out(("  " if first else ", ") + json.dumps(r.to_dict(), ensure_ascii=False), highlight=False)
                first = False
            console.out("]", highlight=False)
            return
        from ._files import CsvOut

        writer = CsvOut(sink, raw=raw_csv) if as_csv else None
        if writer is not None:
            writer.writerow(["id", "email", "state", "created_at"])
        for r in listed:
            email = cell(r.email) or cell(getattr(r.to, "email", None))
            state = cell(r.state)
            created = r.created_at if isinstance(r.created_at, int) else ""
            if writer is not None:
                writer.writerow([cell(r.id), email, state, created])
            else:
                console.out(f"{cell(r.id)}  {email}  {state}", highlight=False)


@contextlib.contextmanager
def _destination(output: Path | None) -> Iterator[tuple[IO[str], Console]]:
    """stdout (streamed), or `--output`'s file, which appears whole or not at all (see `_files`)."""
    if output is None:
        yield sys.stdout, out
        return
    from ._files import atomic_writer

    with atomic_writer(output, newline="") as handle:
        yield handle, Console(file=handle, highlight=False, soft_wrap=True, color_system=None)


@sequences_app.command("cancel")
@api_command
def cancel(
    connection: Connection,
    sequence_id: Annotated[str, typer.Argument(help="The sequence id.")],
    email: Annotated[list[str] | None, typer.Option("--email", help="Address to exit (repeatable).")] = None,
    yes: Annotated[bool, typer.Option("--yes", help="Exit EVERY active recipient without asking.")] = False,
    as_json: AsJson = False,
) -> None:
    """Exit recipients from the sequence: those given with --email, or all of them."""
    if not email and not yes and not typer.confirm(f"Exit EVERY active recipient of {sequence_id}?"):
        fail("nothing cancelled", USAGE)
    with connection.client() as client:
        exited = client.sequences.sequence(sequence_id).cancel(email or None)
        if as_json:
            _print_json({"sequence": sequence_id, "exited": exited})
        else:
            out.print(f"Exited {len(exited)} recipient(s)" + (": " + ", ".join(exited) if exited else ""))


def _toggle(action: str) -> Callable[..., None]:
    def command(
        connection: Connection,
        sequence_id: Annotated[str, typer.Argument(help="The sequence id.")],
        as_json: AsJson = False,
    ) -> None:
        with connection.client() as client:
            getattr(client.sequences.sequence(sequence_id), action)()
            if as_json:
                _print_json({"sequence": sequence_id, "action": action, "ok": True})
            else:
                out.print(f"{action.capitalize()}d sequence {sequence_id}")

    command.__doc__ = f"{action.capitalize()} the sequence."
    return api_command(command)


sequences_app.command("pause")(_toggle("pause"))
sequences_app.command("resume")(_toggle("resume"))


@sequences_app.command("add-recipients")
@api_command
def add_recipients(
    connection: Connection,
    sequence_id: Annotated[str, typer.Argument(help="The sequence id.")],
    csv_path: Annotated[
        Path, typer.Option("--csv", exists=True, dir_okay=False, readable=True, help="CSV file with a header row.")
    ],
    email_column: Annotated[str, typer.Option(help="Column holding the address.")] = "email",
    delimiter: Annotated[
        str | None, typer.Option(help="Column separator: , ; | or tab (default: sniffed from the file).")
    ] = None,
    var: Annotated[list[str] | None, typer.Option("--var", help="'Sequence variable=csv_column' (repeatable).")] = None,
    schedule: Annotated[str | None, typer.Option(help="ISO datetime (naive = UTC), or 'draft'.")] = None,
    chunk_size: Annotated[int, typer.Option(min=1, max=1000, help="Rows per request.")] = DEFAULT_CHUNK_SIZE,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Validate and show what would be sent.")] = False,
    report: Annotated[Path | None, typer.Option(help="Write one line per CSV row (status, errors) here.")] = None,
    journal_path: Annotated[
        Path | None, typer.Option("--journal", envvar="MIXMAX_JOURNAL", help="Journal file (resumable imports).")
    ] = None,
    restart: Annotated[bool, typer.Option("--restart", help="Discard this import's journal; start over.")] = False,
    raw_csv: RawCsv = False,
    max_retries: Annotated[int | None, typer.Option(min=0, max=10, help="Retries per request (default 2).")] = None,
    as_json: AsJson = False,
) -> None:
    """Add every row of a CSV to the sequence: paced, resumable (run it again after an interruption)."""
    from ._advice import import_failure
    from ._csv_input import parse_delimiter, read_csv
    from ._files import refuse_overwriting_inputs
    from ._lock import ImportLock
    from .importer import dry_run as plan_rows
    from .importer import parse_schedule, parse_vars, write_report
    from .journal import Journal, default_path

    journal_file = journal_path or default_path()
    refuse_overwriting_inputs(csv_path, report, journal_file)
    variables = parse_vars(var or [])
    scheduled_at = parse_schedule(schedule)
    csv_input = read_csv(csv_path, email_column, variables, delimiter=parse_delimiter(delimiter))
    rows = csv_input.rows
    if dry_run:
        _show_dry_run(rows, plan_rows(rows), chunk_size, as_json)
        return
    options: dict[str, Any] = {} if max_retries is None else {"max_retries": max_retries}
    csv_sha256 = csv_input.sha256
    # One run per import (sequence + CSV bytes) from before the journal is read (or --restart wipes
    # it) until the report is written: two runs at once would each send every unconfirmed row.
    with ImportLock(journal_file, sequence_id, csv_sha256):
        journal = Journal(journal_file, sequence_id, csv_path, csv_sha256, restart=restart)
        try:
            outcome = _import_with_progress(
                lambda clock: connection.client(clock=clock, **options),
                sequence_id,
                rows,
                journal,
                scheduled_at,
                chunk_size,
                as_json,
            )
        except KeyboardInterrupt:
            # The journal holds every answered request: the same command sends only the rest.
            fail("interrupted; run the same command again to continue the import where it stopped", 130)
        finally:
            journal.close()
        if report is not None:
            write_report(report, outcome.records, raw=raw_csv)
    _show_outcome(sequence_id, rows, outcome, report, journal.path, as_json)
    if outcome.error is not None:
        fail(*import_failure(outcome.error.error, sequence_id))
    if outcome.failed:
        raise typer.Exit(ROWS_FAILED)


def _import_with_progress(
    client_on: Callable[[Any], Any],
    sequence_id: str,
    rows: list[Any],
    journal: Any,
    scheduled_at: Any,
    chunk_size: int,
    quiet: bool,
) -> Any:
    """The import, its progress on stderr: a bar on a terminal, plain lines elsewhere, none with --json."""
    from ._progress import ImportProgress, Mode
    from .importer import run_import

    mode: Mode = "off" if quiet else "bar" if err.is_terminal else "lines"
    progress = ImportProgress(err, mode=mode, chunk_size=chunk_size)
    with client_on(progress.clock) as client, progress:
        progress.pace(client.rate_limit_state)
        return run_import(
            client.sequences.sequence(sequence_id),
            rows,
            journal,
            scheduled_at=scheduled_at,
            chunk_size=chunk_size,
            on_progress=progress.update,
        )


def _show_dry_run(rows: list[Any], planned: tuple[list[Any], list[Any]], chunk_size: int, as_json: bool) -> None:
    sendable, invalid = planned
    requests = -(-len(sendable) // chunk_size)
    if as_json:
        _print_json(
            {
                "rows": len(rows),
                "would_send": len(sendable),
                "requests": requests,
                "chunk_size": chunk_size,
                "invalid": [{"row": r.row, "email": r.email, "errors": r.errors} for r in invalid],
                "folded": _folded(rows),
                "recipients": [{"row": r.row, **r.recipient()} for r in sendable],
            }
        )
    else:
        would = f"{len(sendable)} of {len(rows)} rows would be sent"
        out.print(f"Dry run: {would} in {requests} request(s) of <= {chunk_size}")
        table = Table("row", "email", "variables", box=None)
        for r in sendable[:10]:
            table.add_row(str(r.row), r.email, json.dumps(r.variables, ensure_ascii=False))
        if sendable:
            out.print(table)
        if len(sendable) > 10:
            out.print(f"... and {len(sendable) - 10} more")
        _show_folded(rows)
        _show_failed(invalid)
    if invalid:
        raise typer.Exit(ROWS_FAILED)


def _folded(rows: list[Any]) -> list[dict[str, Any]]:
    return [{"row": r.row, "email": r.email, "into": r.same_as} for r in rows if r.same_as is not None]


def _show_folded(rows: list[Any], limit: int = 10) -> None:
    folded = _folded(rows)
    if not folded:
        return
    out.print(f"{len(folded)} row(s) repeat an earlier row's address (any case) and are sent once, with it:")
    for f in folded[:limit]:
        out.print(f"  row {f['row']} ({f['email']}) -> row {f['into']}", markup=False)
    if len(folded) > limit:
        out.print(f"  ... and {len(folded) - limit} more (see --report)")


def _show_failed(failed: list[Any], limit: int = 20, unconfirmed: frozenset[int] = frozenset()) -> None:
    # The rows of the failed request and those after it share one cause, printed once below the
    # summary (as the error line): counted here, not listed with that message on every row.
    stopped = [r for r in failed if r.row in unconfirmed or r.status == "not_sent"]
    failed = [r for r in failed if r.row not in unconfirmed and r.status != "not_sent"]
    if stopped:
        not_sent = sum(r.status == "not_sent" for r in stopped)
        out.print(
            f"{len(stopped) - not_sent} row(s) unconfirmed (their request failed: see the error) and "
            f"{not_sent} not sent after it"
        )
    if not failed:
        return
    table = Table("row", "email", "status", "errors", title=f"{len(failed)} row(s) not added", box=None)
    for r in failed[:limit]:
        table.add_row(str(r.row), r.email, r.status, "; ".join(r.errors))
    out.print(table)
    if len(failed) > limit:
        out.print(f"... and {len(failed) - limit} more (see --report)")


def _show_outcome(
    sequence_id: str, rows: list[Any], outcome: Any, report: Path | None, journal: Path, as_json: bool
) -> None:
    if as_json:
        _print_json(
            {
                "sequence": sequence_id,
                "rows": len(outcome.records),
                "confirmed_earlier": outcome.earlier,
                "sent": outcome.sent,
                "counts": outcome.by_status,
                "failed": [
                    {"row": r.row, "email": r.email, "status": r.status, "errors": r.errors} for r in outcome.failed
                ],
                "folded": _folded(rows),
                "complete": outcome.error is None,
                "report": str(report) if report else None,
                "journal": str(journal),
            }
        )
        return
    if outcome.earlier:
        out.print(f"Resumed: {outcome.earlier} row(s) were confirmed by an earlier run and not sent again")
    table = Table("status", "rows", title=f"{len(outcome.records)} rows for sequence {sequence_id}", box=None)
    for status, count in sorted(outcome.by_status.items(), key=lambda item: -item[1]):
        table.add_row(status, str(count))
    out.print(table)
    _show_folded(rows)
    _show_failed(outcome.failed, unconfirmed=outcome.unconfirmed)
    if report is not None:
        out.print(f"Report: {report}")


# ------------------------------------------------------------------------------------------ fake
@app.command()
def fake(
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port (0 picks a free one).")] = 8080,
    no_rate_limit: Annotated[bool, typer.Option("--no-rate-limit", help="Turn the 120/minute limit off.")] = False,
) -> None:
    """Serve a fake Mixmax on localhost, to try every command without an account."""
    from ..testing import FakeMixmax, RealClock

    mixmax = FakeMixmax(clock=RealClock(), rate_limit=None if no_rate_limit else 120)
    try:
        server = mixmax.serve(host, port)
    except OSError as exc:
        fail(f"cannot listen on {host}:{port}: {exc}", USAGE)
    print(f"Fake Mixmax serving at {server.base_url}", flush=True)
    print(f"Demo token: {mixmax.demo_token}", flush=True)
    print(f"export MIXMAX_BASE_URL={server.base_url} MIXMAX_API_KEY={mixmax.demo_token}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


def main() -> None:
    app()
