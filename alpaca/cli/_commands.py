"""One command per operation, made from the facade's declarations.

``alpaca <namespace> <method> [ARGS] [--options]`` exists for every method of every namespace
(``alpaca orders cancel-all``, ``alpaca watchlists add ...``): its arguments and options come
from the method's signature, its help from the docstring, so the command line grows with the
client. A namespace name alone runs its default (``get``, else ``list``): ``alpaca account``.
``--dry-run`` prints the request(s) a call would send and sends nothing; a call that changes
something on a live account asks first unless ``--yes``.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import sys
import typing
from collections.abc import Callable, Iterator
from typing import Annotated, Any

import attrs
import typer

from alpaca._client import Client, Namespaces, namespace_names
from alpaca._frames import NOT_COLUMNS
from alpaca._operation import LazyOperation, Operation, Parallel, Request

from ._output import Format, emit, handled

MakeClient = Callable[[typer.Context], Client]
_COMMON = ("timeout", "dry_run", "yes", "jsonl", "csv", "table", "parquet", "quiet")
_ALIASES = {"time_in_force": ["--tif"]}


def resource_class(name: str) -> type[Any]:
    """The resource class of namespace ``name``."""
    annotation = str(Namespaces.__annotations__[name]).partition("[")[0]
    module = importlib.import_module(f"alpaca.resources.{name}")
    resource: type[Any] = getattr(module, annotation)
    return resource


def operations(
    resource: type[Any],
) -> Iterator[tuple[str, Operation[Any, Any] | LazyOperation[Any, Any]]]:
    """The public operations of a resource class in declaration order; a lazy twin of a
    paginated method (``iter_list`` beside ``list``) is left out."""
    members = {
        name: value
        for cls in reversed(resource.__mro__)
        for name, value in vars(cls).items()
        if isinstance(value, Operation | LazyOperation) and not name.startswith("_")
    }
    for name, value in members.items():
        if isinstance(value, LazyOperation) and name.removeprefix("iter_") in members:
            continue
        yield name, value


def add_namespaces(app: typer.Typer, make_client: MakeClient) -> None:
    """A command group per namespace, a command per operation."""
    for name in namespace_names():
        resource = resource_class(name)
        group = typer.Typer(help=_first_line(resource.__doc__), no_args_is_help=False)
        commands = dict(operations(resource))
        for method, op in commands.items():
            group.command(method.replace("_", "-"), help=op.__doc__)(
                _command(name, method, op, make_client)
            )
        default = next((m for m in ("get", "list", "history") if _bare(commands.get(m))), None)
        group.callback(invoke_without_command=True)(_default(name, default, commands, make_client))
        app.add_typer(group, name=name.replace("_", "-"))


def _first_line(text: str | None) -> str:
    return (text or "").strip().splitlines()[0] if text else ""


def _bare(op: Operation[Any, Any] | LazyOperation[Any, Any] | None) -> bool:
    """Whether ``op`` exists and can be called with no argument."""
    if op is None:
        return False
    params = list(inspect.signature(op.plan).parameters.values())[1:]
    return all(p.default is not p.empty or p.kind is p.VAR_KEYWORD for p in params)


def _default(
    namespace: str, method: str | None, commands: dict[str, Any], make_client: MakeClient
) -> Callable[[typer.Context], None]:
    """Run ``method`` when the namespace is given alone (``alpaca account``), else show help."""

    def callback(ctx: typer.Context, **common: Any) -> None:
        if ctx.invoked_subcommand is not None:
            return
        if method is None:
            typer.echo(ctx.get_help())
            raise typer.Exit(0)
        op = commands[method]
        run = handled(_run)
        run(ctx, make_client, namespace, method, op, [], {}, *_output_and_flags(common, op))

    _with_parameters(callback, _common_options())
    return callback


def _output_and_flags(
    common: dict[str, Any], op: Operation[Any, Any] | LazyOperation[Any, Any]
) -> tuple[Format, _Flags]:
    """The output format and call flags of the options every command takes."""
    fmt = Format(
        kind=next((k for k in ("jsonl", "csv", "table") if common[k]), "json"),
        parquet=common["parquet"],
        quiet=common["quiet"],
        columns=_item_fields(op),
    )
    return fmt, _Flags(common["dry_run"], common["yes"], common["timeout"])


def _with_parameters(command: Callable[..., None], params: list[inspect.Parameter]) -> None:
    """Give ``command(ctx, **values)`` the signature typer reads its options from."""
    context = inspect.Parameter(
        "ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context
    )
    command.__signature__ = inspect.Signature([context, *params])  # type: ignore[attr-defined]
    command.__annotations__ = {"ctx": typer.Context, **{p.name: p.annotation for p in params}}


class _Flags:
    def __init__(self, dry_run: bool = False, yes: bool = False, timeout: float | None = None):
        self.dry_run, self.yes, self.timeout = dry_run, yes, timeout


def _parameters(op: Operation[Any, Any] | LazyOperation[Any, Any]) -> list[inspect.Parameter]:
    """The CLI parameters of an operation: its own (a ``**params: Unpack[X]`` expanded into
    X's fields), then the common options."""
    plan = op.plan
    found: list[inspect.Parameter] = []
    for param in list(inspect.signature(plan).parameters.values())[1:]:
        if param.name == "timeout":
            continue
        if param.kind is param.VAR_KEYWORD:
            found += _typed_dict_options(plan, str(param.annotation))
            continue
        module = sys.modules[plan.__module__]
        found.append(_cli_parameter(param.name, str(param.annotation), param.default, module))
    return found + _common_options()


def _typed_dict_options(plan: Callable[..., Any], annotation: str) -> list[inspect.Parameter]:
    module = sys.modules[plan.__module__]
    fields = getattr(module, annotation.removeprefix("Unpack[").removesuffix("]"))
    return [
        _cli_parameter(field, getattr(kind, "__forward_arg__", str(kind)), None, module)
        for field, kind in fields.__annotations__.items()
    ]


_WORDS = {
    "DecimalLike": "a number, e.g. 1.5",
    "TimeLike": "a date or RFC-3339 time",
    "datetime": "an RFC-3339 time",
    "date": "a date (YYYY-MM-DD)",
    "Symbols": "symbols, comma-separated",
    "Iterable[Mapping": "a JSON list of objects",
    "Mapping": "a JSON object",
    "TimeFrame": "e.g. 1Min, 15Min, 1Hour, 1Day",
}


def _hint(annotation: str, module: Any) -> str:
    """Readable help for a parameter type: an enum's values, or what to type."""
    for part in annotation.replace("Required[", "").replace("]", "").split(" | "):
        kind = getattr(module, part.strip(), None)
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return "one of: " + ", ".join(str(m.value) for m in kind if m.value != "")
    return next((text for word, text in _WORDS.items() if word in annotation), "")


def _cli_parameter(
    name: str, annotation: str, default: Any, module: Any = None
) -> inspect.Parameter:
    help_text = _hint(annotation, module) + (" (required)" if "Required[" in annotation else "")
    if default is inspect.Parameter.empty:
        if name == "symbols":
            kind: Any = Annotated[list[str], typer.Argument(help="One or more symbols.")]
        else:
            kind = Annotated[str, typer.Argument(help=help_text)]
        return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=kind)
    flags = [f"--{name.replace('_', '-')}", *_ALIASES.get(name, [])]
    if "bool" in annotation and "str" not in annotation:
        option = typer.Option(f"{flags[0]}/--no-{flags[0][2:]}", help=help_text)
        kind = Annotated[bool | None, option]
    elif annotation.split(" | ")[0] == "int":
        kind = Annotated[int | None, typer.Option(*flags, help=help_text)]
    else:
        kind = Annotated[str | None, typer.Option(*flags, help=help_text)]
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=kind, default=None)


def _common_options() -> list[inspect.Parameter]:
    options: dict[str, Any] = {
        "timeout": Annotated[float | None, typer.Option(help="Seconds for the whole call.")],
        "dry_run": Annotated[bool, typer.Option("--dry-run", help="Print the request only.")],
        "yes": Annotated[bool, typer.Option("--yes", "-y", help="Confirm a live action.")],
        "jsonl": Annotated[bool, typer.Option("--jsonl", help="One JSON object per line.")],
        "csv": Annotated[bool, typer.Option("--csv", help="CSV on stdout.")],
        "table": Annotated[bool, typer.Option("--table", help="A table.")],
        "parquet": Annotated[str | None, typer.Option(help="Also write a Parquet file.")],
        "quiet": Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing.")],
    }
    defaults = {"timeout": None, "parquet": None}
    return [
        inspect.Parameter(
            name, inspect.Parameter.KEYWORD_ONLY, annotation=kind, default=defaults.get(name, False)
        )
        for name, kind in options.items()
    ]


def _command(
    namespace: str,
    method: str,
    op: Operation[Any, Any] | LazyOperation[Any, Any],
    make_client: MakeClient,
) -> Callable[..., None]:
    params = _parameters(op)
    positional = [
        p.name
        for p in list(inspect.signature(op.plan).parameters.values())[1:]
        if p.default is inspect.Parameter.empty and p.kind is not p.VAR_KEYWORD
    ]

    @handled
    def command(ctx: typer.Context, **values: Any) -> None:
        fmt, flags = _output_and_flags({name: values.pop(name) for name in _COMMON}, op)
        args = [_value(name, values.pop(name)) for name in positional]
        kwargs = {k: _value(k, v) for k, v in values.items() if v is not None}
        _run(ctx, make_client, namespace, method, op, args, kwargs, fmt, flags)

    _with_parameters(command, params)
    command.__name__ = f"{namespace}_{method}"
    return command


def _item_fields(op: Operation[Any, Any] | LazyOperation[Any, Any]) -> tuple[str, ...]:
    """Field names of the model an operation answers (or lists): the header of an empty table."""
    try:
        hints = typing.get_type_hints(op.plan)
    except (NameError, TypeError):  # an annotation only a type checker resolves
        return ()
    pending = [hints.get("return")]
    while pending:
        kind = pending.pop(0)
        if isinstance(kind, type) and attrs.has(kind):
            return tuple(f.name for f in attrs.fields(kind) if f.name not in NOT_COLUMNS)
        pending.extend(typing.get_args(kind))
    return ()


def _value(name: str, value: Any) -> Any:
    """Command-line text as the client takes it: symbols joined, JSON objects and lists parsed."""
    if isinstance(value, list):
        return ",".join(value)
    if isinstance(value, str) and value[:1] in "{[":
        try:
            return json.loads(value)
        except ValueError:
            raise ValueError(f"{name}: not valid JSON") from None
    return value


def _run(
    ctx: typer.Context,
    make_client: MakeClient,
    namespace: str,
    method: str,
    op: Operation[Any, Any] | LazyOperation[Any, Any],
    args: list[Any],
    kwargs: dict[str, Any],
    fmt: Format,
    flags: _Flags,
) -> None:
    if flags.timeout is not None:
        kwargs["timeout"] = flags.timeout
    with make_client(ctx) as client:
        resource = getattr(client, namespace)
        requests = _first_requests(op, resource, args, kwargs)
        if flags.dry_run:
            typer.echo(json.dumps([_describe(client, r) for r in requests], indent=2, default=str))
            typer.echo("dry run: nothing was sent", err=True)
            return
        writes = [r for r in requests if r.method not in ("GET", "HEAD")]
        if writes and not client.paper and not flags.yes:
            target = f"{writes[0].method} {writes[0].url}"
            typer.confirm(f"{target} on the LIVE account at {client.config.base_url}?", abort=True)
        result = getattr(resource, method)(*args, **kwargs)
        if isinstance(op, LazyOperation):
            for item in result:
                emit(item, Format("jsonl" if fmt.kind == "json" else fmt.kind, quiet=fmt.quiet))
            return
        emit(result, fmt)


def _first_requests(
    op: Operation[Any, Any] | LazyOperation[Any, Any], resource: Any, args: list[Any], kwargs: Any
) -> list[Request]:
    """The request(s) a call starts with, found by running its plan up to its first step
    (arguments are checked on the way; nothing is sent)."""
    steps = op.plan(resource, *args, **kwargs)
    try:
        first = next(steps)
    except StopIteration:
        return []
    finally:
        steps.close()
    if isinstance(first, Parallel):
        found = []
        for plan in first.plans:
            found.append(next(plan))
            plan.close()
        return found
    return [first] if isinstance(first, Request) else []


def _describe(client: Client, request: Request) -> dict[str, Any]:
    base = client.config.base_url if request.host == "trading" else client.config.data_url
    described: dict[str, Any] = {"method": request.method, "url": base + request.url}
    if request.params:
        described["params"] = dict(request.params)
    if request.json is not None:
        described["json"] = request.json
    return described
