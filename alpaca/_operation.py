"""One declaration per operation: the sync and async methods both come from it.

An operation is a generator method on a resource class, decorated with :func:`operation` (or
:func:`lazy` for iterators). Its *plan* checks the arguments, yields the HTTP requests it needs
(:class:`Request`), receives their responses and returns the result; it does no I/O itself::

    class Orders(Resource[M]):
        @operation
        def get(self, order_id: str, *, timeout: Timeout = None) -> Plan[Order]:
            response = yield trading(get_order._get_kwargs(order_id), timeout)
            return parse(response, Order.from_dict)

A runner sends the requests with the HTTP client of the resource's client. The resource's mode
(:class:`Sync`, :class:`Async`, :class:`SyncRaw`, :class:`AsyncRaw`) decides what the bound
method returns: the result, a coroutine of it, or a :class:`RawResponse`. Arguments are checked
when the method is called (the plan runs up to its first request), before any I/O, also for
async and lazy methods. A failure to understand a success response becomes
:class:`~alpaca.ResponseValidationError`, and so does a success status other than the one the
operation documents (``Request.status``: the one ``spec/`` gives, through the generated
``alpaca_client.statuses``).

A lazy plan may also read a streamed body line by line (server-sent events): it yields a
``Request(..., streamed=True)``, then :data:`NEXT_LINE` for each line it wants; a connection
lost while reading is raised into the plan, which may :class:`Pause` and request again. The
runner closes a streamed response when the plan requests another one and when iteration ends.
"""

from __future__ import annotations

import functools
import inspect
import re
import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Callable,
    Coroutine,
    Generator,
    Iterator,
    Mapping,
)
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, Generic, Literal, ParamSpec, TypeVar, overload

import orjson

from ._errors import AlpacaError, APIConnectionError, APITimeoutError, ResponseValidationError
from ._frames import gc_paused
from ._http import httpx
from ._logging import redact_request
from ._params import path_pattern
from ._records import Records
from ._transport import STREAMED, UNJOINED

if TYPE_CHECKING:
    from ._context import AsyncContext, SyncContext

__all__ = [
    "NEXT_LINE",
    "Async",
    "AsyncRaw",
    "Items",
    "LazyPlan",
    "NextLine",
    "Parallel",
    "Pause",
    "Plan",
    "RawResponse",
    "Request",
    "Resource",
    "StreamPlan",
    "Sync",
    "SyncRaw",
    "Timeout",
    "data",
    "decode",
    "gather",
    "given",
    "lazy",
    "map_items",
    "operation",
    "paginated",
    "parse",
    "trading",
]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
Timeout = float | None
Host = Literal["trading", "data"]
#: Seconds an answer may keep a ``Parallel`` step waiting before all its plans run at once.
WIDEN_AFTER = 0.02


class Sync:
    """Mode: methods return results."""


class Async:
    """Mode: methods return coroutines."""


class SyncRaw:
    """Mode: methods return a :class:`RawResponse`."""


class AsyncRaw:
    """Mode: methods return coroutines of a :class:`RawResponse`."""


M = TypeVar("M", Sync, Async, SyncRaw, AsyncRaw)


@dataclass(frozen=True, slots=True)
class Request:
    """One HTTP request of a plan, relative to the trading or the market-data host;
    ``status`` is the success status its operation documents (any other answer below 400
    raises ``ResponseValidationError``)."""

    host: Host
    method: str
    url: str
    params: Mapping[str, Any] | None = None
    json: Any = None
    timeout: Timeout = None
    streamed: bool = False
    status: int = 200


@dataclass(frozen=True, slots=True)
class Items(Generic[T]):
    """A batch of items a lazy plan hands to its consumer."""

    items: list[T]


@dataclass(frozen=True, slots=True)
class Parallel:
    """Run several plans side by side, at most ``limit`` at once; the plan receives their
    results in order. The first failure cancels the rest and is raised."""

    plans: list[Generator[Any, Any, Any]]  # each makes at least one request
    limit: int


@dataclass(frozen=True, slots=True)
class NextLine:
    """Read the next line of the plan's latest streamed response. The plan receives the line
    (without its line break) or ``None`` once the body has ended; a connection lost while
    reading is raised into the plan as ``APIConnectionError`` (``APITimeoutError`` when the
    read timed out)."""


NEXT_LINE = NextLine()


@dataclass(frozen=True, slots=True)
class Pause:
    """Wait ``seconds`` before the plan's next step (e.g. before reconnecting)."""

    seconds: float


Plan = Generator[Request | Parallel, Any, R]  # sent: the response, or Parallel's results
LazyPlan = Generator[Request | Items[T], Any, None]  # sent: the response to a Request
StreamPlan = Generator[Request | Items[T] | NextLine | Pause, Any, None]  # a LazyPlan that streams


def _request(host: Host, kwargs: Mapping[str, Any], timeout: Timeout) -> Request:
    # generated endpoints name the method in lower case
    method, url = kwargs["method"].upper(), kwargs["url"]
    params, body = kwargs.get("params") or None, kwargs.get("json")
    status = success_status(host, method, url)
    return Request(host, method, url, params, body, timeout, status=status)


def trading(kwargs: Mapping[str, Any], timeout: Timeout = None) -> Request:
    """A trading-API request from a generated endpoint's ``_get_kwargs(...)``."""
    return _request("trading", kwargs, timeout)


def data(kwargs: Mapping[str, Any], timeout: Timeout = None) -> Request:
    """A market-data request from a generated endpoint's ``_get_kwargs(...)``."""
    return _request("data", kwargs, timeout)


def success_status(host: Host, method: str, url: str) -> int:
    """The success status the operation at ``method url`` documents (200 unless ``spec/``
    says otherwise)."""
    for documented, pattern, status in _success_statuses(host):
        if documented == method and pattern.fullmatch(url):
            return status
    return 200


@functools.cache
def _success_statuses(host: Host) -> list[tuple[str, re.Pattern[str], int]]:
    from alpaca_client.statuses import SUCCESS

    return [(method, path_pattern(path), code) for (method, path), code in SUCCESS[host].items()]


def given(**values: Any) -> dict[str, Any]:
    """The keyword arguments that are not ``None`` (generated endpoints take ``UNSET`` for
    "not given")."""
    return {name: value for name, value in values.items() if value is not None}


def decode(response: httpx.Response) -> Any:
    """The JSON body of a success response (orjson)."""
    try:
        with gc_paused():
            return orjson.loads(response.content)
    except orjson.JSONDecodeError as exc:
        raise ResponseValidationError.from_value(response, "", _head(response), str(exc)) from None


def parse(response: httpx.Response, make: Callable[[Any], R]) -> R:
    """``make`` applied to the decoded JSON body (e.g. a generated model's ``from_dict``)."""
    return make(decode(response))


def _head(response: httpx.Response) -> str:
    return response.content[:80].decode("utf-8", errors="replace")


class RawResponse(Generic[R]):
    """The HTTP response of a call (``client.with_raw_response.<ns>.<method>(...)``) and its
    parsed result (``parse()``). For a call that needs several requests it is the last one."""

    def __init__(self, http: httpx.Response, result: Callable[[], R]) -> None:
        self.http_response = http
        self._result = result

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def request_id(self) -> str | None:
        """Alpaca's ``X-Request-ID``, for support requests."""
        value: str | None = self.http_response.headers.get("x-request-id")
        return value

    @property
    def rate_limit_remaining(self) -> int | None:
        value = self.http_response.headers.get("x-ratelimit-remaining")
        return int(value) if value is not None and value.isdigit() else None

    def parse(self) -> R:
        """The result the plain method returns (raises ``ResponseValidationError`` if the body
        is not the documented shape)."""
        return self._result()

    def __repr__(self) -> str:
        return f"RawResponse({self.status_code}, request_id={self.request_id!r})"


# --- running plans -------------------------------------------------------------------------

_PARSE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError, ArithmeticError)


def _unexpected(req: Request, response: httpx.Response) -> ResponseValidationError | None:
    """The error for an answer whose status is not the one ``req`` expects (the transport
    already raised for statuses >= 400); the runners close that answer and raise it."""
    if response.status_code == req.status:
        return None
    reason = f"a status the API does not document here (expected {req.status})"
    return ResponseValidationError.from_value(response, "", response.status_code, reason)


def _step(plan: Generator[Any, Any, Any], answer: Any, about: httpx.Response | None = None) -> Any:
    """Send ``answer`` into ``plan``; a builtin failure while reading it becomes a
    ``ResponseValidationError`` about ``answer`` (a response) or ``about`` (the response a
    line, a batch of items or a ``Parallel`` step's results came from). ``StopIteration``
    passes through."""
    response = answer if isinstance(answer, httpx.Response) else about
    if response is None:  # nothing fetched yet
        return plan.send(answer)
    try:
        return plan.send(answer)
    except AlpacaError:
        raise
    except _PARSE_ERRORS as exc:
        raise ResponseValidationError.from_exception(response, exc) from exc


def _broken(response: httpx.Response, exc: httpx.TransportError) -> APIConnectionError:
    """The error raised into a plan whose streamed response broke off while being read."""
    request = redact_request(response.request)
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    detail = str(exc) or type(exc).__name__
    return kind(f"{request.method} {request.url}: stream broke off: {detail}", request=request)


def _http_request(
    http: httpx.Client | httpx.AsyncClient, req: Request, unjoined: bool = False
) -> httpx.Request:
    extensions = {STREAMED: True} if req.streamed else {UNJOINED: True} if unjoined else None
    timeout: Any = httpx.USE_CLIENT_DEFAULT if req.timeout is None else req.timeout
    return http.build_request(
        req.method,
        req.url,
        params=req.params,
        json=req.json,
        timeout=timeout,
        extensions=extensions,
    )


class SyncRunner:
    """Runs plans with the client's synchronous HTTP clients."""

    def __init__(self, context: SyncContext) -> None:
        self.context = context

    def send(self, req: Request, unjoined: bool = False) -> httpx.Response:
        """Send ``req``; ``unjoined``: leave the body's chunks for ``response.read()``."""
        http = self.context.http(req.host)
        request = _http_request(http, req, unjoined)
        response = http.send(request, stream=req.streamed or unjoined)
        error = _unexpected(req, response)
        if error is not None:
            response.close()
            raise error
        return response

    def run(self, plan: Plan[R], first: Request | Parallel) -> tuple[R, httpx.Response]:
        current = first
        while True:
            answer, response = self._answer(current)
            try:
                current = _step(plan, answer, response)
            except StopIteration as stop:
                return stop.value, response

    def _answer(
        self, current: Request | Parallel, unjoined: bool = False
    ) -> tuple[Any, httpx.Response]:
        if isinstance(current, Parallel):
            return self._parallel(current)
        response = self.send(current, unjoined)
        return response, response

    def _parallel(self, step: Parallel) -> tuple[list[Any], httpx.Response]:
        """Step every plan in this thread and send their requests from a pool of up to
        ``step.limit`` threads: only I/O runs in the pool, while bodies are joined,
        decompressed and decoded here as they arrive, one at a time, so the big buffers come
        and go in this thread's memory, as in a sequential fetch.

        One plan runs at first; all ``step.limit`` once an answer keeps this thread waiting
        longer than :data:`WIDEN_AFTER`. A fast server (the sandbox, a local cache) is then
        walked in order, from this thread once its first answer came quickly (no hand-offs),
        while over a network (latency, bandwidth per connection) the pool widens after a few
        milliseconds."""
        from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

        results: list[Any] = [None] * len(step.plans)
        final: httpx.Response | None = None  # the last plan's last response
        waiting = list(enumerate(step.plans))[::-1]
        running: dict[Future[tuple[Any, httpx.Response]], int] = {}
        width, quick = 1, False

        def advance(index: int, answer: Any, response: httpx.Response) -> Any:
            """The plan's next request (None once it has returned its result)."""
            nonlocal final
            if index == len(step.plans) - 1:
                final = response
            if isinstance(answer, httpx.Response):
                answer.read()
            try:
                return _step(step.plans[index], answer)
            except StopIteration as stop:
                results[index] = stop.value
                return None

        def launch(index: int, request: Any) -> None:
            nonlocal width
            while request is not None and quick and width == 1 and not running:
                started = time.monotonic()
                answer, response = self._answer(request, True)
                if time.monotonic() - started > WIDEN_AFTER:
                    width = step.limit
                request = advance(index, answer, response)
            if request is not None:
                running[pool.submit(self._answer, request, True)] = index

        with ThreadPoolExecutor(max_workers=step.limit) as pool:
            try:
                while waiting or running:
                    while waiting and len(running) < width:
                        index, plan = waiting.pop()
                        first = next(plan)
                        if isinstance(first, Request):  # make the HTTP client here, not in
                            self.context.http(first.host)  # the wait that decides the width
                        launch(index, first)
                    if not running:
                        continue
                    patience = WIDEN_AFTER if width < step.limit else None
                    done, _ = wait(running, timeout=patience, return_when=FIRST_COMPLETED)
                    if not done:
                        width = step.limit
                    quick = quick or (width == 1 and bool(done))
                    for future in done:
                        index = running.pop(future)
                        launch(index, advance(index, *future.result()))
            except BaseException:
                for future in running:
                    future.cancel()
                raise
        assert final is not None  # every plan makes a request
        return results, final

    def iterate(self, plan: StreamPlan[T], first: Request | Items[T]) -> Generator[T, None, None]:
        step: Request | Items[T] | NextLine | Pause = first
        streamed: httpx.Response | None = None
        latest: httpx.Response | None = None  # what the plan reads when it resumes
        lines: Iterator[str] = iter(())
        try:
            while True:
                if isinstance(step, Items):
                    yield from step.items
                    step = _step(plan, None, latest)
                elif isinstance(step, NextLine):
                    assert streamed is not None, "NEXT_LINE before a streamed request"
                    try:
                        line = next(lines, None)
                    except httpx.TransportError as exc:
                        step = plan.throw(_broken(streamed, exc))
                    else:
                        step = _step(plan, line, streamed)
                elif isinstance(step, Pause):
                    time.sleep(step.seconds)
                    step = plan.send(None)
                else:
                    response = latest = self.send(step)
                    if step.streamed:
                        if streamed is not None:
                            streamed.close()
                        streamed, lines = response, response.iter_lines()
                    step = _step(plan, response)
        except StopIteration:
            return
        finally:
            if streamed is not None:
                streamed.close()


class AsyncRunner:
    """Runs plans with the client's asynchronous HTTP clients."""

    def __init__(self, context: AsyncContext) -> None:
        self.context = context

    async def send(self, req: Request) -> httpx.Response:
        http = self.context.http(req.host)
        response = await http.send(_http_request(http, req), stream=req.streamed)
        error = _unexpected(req, response)
        if error is not None:
            await response.aclose()
            raise error
        return response

    async def run(self, plan: Plan[R], first: Request | Parallel) -> tuple[R, httpx.Response]:
        current, response = first, None
        while True:
            answer: Any
            if isinstance(current, Parallel):
                answer, response = await self._parallel(current)
            else:
                answer = response = await self.send(current)
            try:
                current = _step(plan, answer, response)
            except StopIteration as stop:
                assert response is not None  # every plan makes a request
                return stop.value, response

    async def _parallel(self, step: Parallel) -> tuple[list[Any], httpx.Response]:
        import asyncio  # here, so that ``import alpaca`` does not pay for asyncio

        gate = asyncio.Semaphore(step.limit)

        async def complete(plan: Generator[Any, Any, Any]) -> tuple[Any, httpx.Response]:
            async with gate:
                return await self.run(plan, next(plan))

        try:
            async with asyncio.TaskGroup() as group:
                tasks = [group.create_task(complete(plan)) for plan in step.plans]
        except BaseExceptionGroup as failed:
            raise failed.exceptions[0] from None
        done = [task.result() for task in tasks]
        return [value for value, _ in done], done[-1][1]

    async def iterate(
        self, plan: StreamPlan[T], first: Request | Items[T]
    ) -> AsyncGenerator[T, None]:
        step: Request | Items[T] | NextLine | Pause = first
        streamed: httpx.Response | None = None
        latest: httpx.Response | None = None  # what the plan reads when it resumes
        lines: AsyncIterator[str] | None = None
        try:
            while True:
                if isinstance(step, Items):
                    for item in step.items:
                        yield item
                    step = _step(plan, None, latest)
                elif isinstance(step, NextLine):
                    assert streamed is not None and lines is not None, "NEXT_LINE before a stream"
                    try:
                        line = await anext(lines, None)
                    except httpx.TransportError as exc:
                        step = plan.throw(_broken(streamed, exc))
                    else:
                        step = _step(plan, line, streamed)
                elif isinstance(step, Pause):
                    import asyncio

                    await asyncio.sleep(step.seconds)
                    step = plan.send(None)
                else:
                    response = latest = await self.send(step)
                    if step.streamed:
                        if streamed is not None:
                            await streamed.aclose()
                        streamed, lines = response, response.aiter_lines()
                    step = _step(plan, response)
        except StopIteration:
            return
        finally:
            if streamed is not None:
                await streamed.aclose()


Runner = SyncRunner | AsyncRunner


class Resource(Generic[M]):
    """Base of the namespaces (``client.orders`` ...): a runner and a mode, nothing else."""

    def __init__(self, runner: Runner, mode: type[M]) -> None:
        self._runner = runner
        self._mode: type[M] = mode

    def __repr__(self) -> str:
        return f"<{type(self).__name__} namespace ({self._mode.__name__.lower()})>"


def _settled(value: R) -> Callable[[], R]:
    return lambda: value


def _failed(error: ResponseValidationError) -> Callable[[], Any]:
    def parse() -> Any:
        raise error

    return parse


class Operation(Generic[P, R]):
    """A plan method bound per mode (see the module docstring); made by :func:`operation`."""

    def __init__(self, plan: Callable[Concatenate[Any, P], Plan[R]]) -> None:
        self.plan = plan
        self.name = plan.__name__
        functools.update_wrapper(self, plan)  # type: ignore[arg-type]

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Operation[P, R]: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: type[Any]) -> Callable[P, R]: ...
    @overload
    def __get__(
        self, obj: Resource[Async], owner: type[Any]
    ) -> Callable[P, Coroutine[Any, Any, R]]: ...
    @overload
    def __get__(self, obj: Resource[SyncRaw], owner: type[Any]) -> Callable[P, RawResponse[R]]: ...
    @overload
    def __get__(
        self, obj: Resource[AsyncRaw], owner: type[Any]
    ) -> Callable[P, Coroutine[Any, Any, RawResponse[R]]]: ...
    def __get__(self, obj: Resource[Any] | None, owner: type[Any]) -> Any:
        if obj is None:
            return self
        bound = _bind(self.plan, obj, self._call_for(obj), self.name)
        obj.__dict__[self.name] = bound
        return bound

    def _call_for(self, obj: Resource[Any]) -> Callable[[Plan[R], Request], Any]:
        runner, raw = obj._runner, obj._mode in (SyncRaw, AsyncRaw)
        if isinstance(runner, SyncRunner):
            return _sync_raw(runner) if raw else _sync(runner)
        return _async_raw(runner) if raw else _async(runner)


def _sync(runner: SyncRunner) -> Callable[[Plan[R], Request], R]:
    def call(plan: Plan[R], first: Request) -> R:
        return runner.run(plan, first)[0]

    return call


def _sync_raw(runner: SyncRunner) -> Callable[[Plan[R], Request], RawResponse[R]]:
    def call(plan: Plan[R], first: Request) -> RawResponse[R]:
        try:
            result, response = runner.run(plan, first)
        except ResponseValidationError as error:
            return RawResponse(error.response, _failed(error))
        return RawResponse(response, _settled(result))

    return call


def _async(runner: AsyncRunner) -> Callable[[Plan[R], Request], Coroutine[Any, Any, R]]:
    async def call(plan: Plan[R], first: Request) -> R:
        return (await runner.run(plan, first))[0]

    return call


def _async_raw(
    runner: AsyncRunner,
) -> Callable[[Plan[R], Request], Coroutine[Any, Any, RawResponse[R]]]:
    async def call(plan: Plan[R], first: Request) -> RawResponse[R]:
        try:
            result, response = await runner.run(plan, first)
        except ResponseValidationError as error:
            return RawResponse(error.response, _failed(error))
        return RawResponse(response, _settled(result))

    return call


def _bind(
    plan: Callable[..., Generator[Any, Any, Any]],
    obj: Resource[Any],
    call: Callable[[Any, Any], Any],
    name: str,
) -> Callable[..., Any]:
    """The bound method: runs the plan up to its first step now (argument checks), then hands
    it to ``call``. Carries the plan's name, docstring and signature (minus ``self``)."""

    @functools.wraps(plan)
    def method(*args: Any, **kwargs: Any) -> Any:
        steps = plan(obj, *args, **kwargs)
        try:
            first = next(steps)
        except StopIteration:  # a lazy plan with nothing to fetch
            first = Items([])
        return call(steps, first)

    method.__name__ = name
    method.__qualname__ = f"{type(obj).__name__}.{name}"
    signature = inspect.signature(plan)
    method.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=list(signature.parameters.values())[1:]
    )
    return method


def operation(plan: Callable[Concatenate[Any, P], Plan[R]]) -> Operation[P, R]:
    """Declare a plan method as an operation of a resource."""
    return Operation(plan)


class LazyOperation(Generic[P, T]):
    """A lazy plan bound per mode: a generator (sync) or async generator (async) of items,
    fetching pages (or stream lines) only as they are consumed; ``close()``/``aclose()`` ends
    it and releases a streamed response at once. Made by :func:`lazy`."""

    def __init__(self, plan: Callable[Concatenate[Any, P], StreamPlan[T]]) -> None:
        self.plan = plan
        self.name = plan.__name__
        functools.update_wrapper(self, plan)  # type: ignore[arg-type]

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> LazyOperation[P, T]: ...
    @overload
    def __get__(
        self, obj: Resource[Sync] | Resource[SyncRaw], owner: type[Any]
    ) -> Callable[P, Generator[T, None, None]]: ...
    @overload
    def __get__(
        self, obj: Resource[Async] | Resource[AsyncRaw], owner: type[Any]
    ) -> Callable[P, AsyncGenerator[T, None]]: ...
    def __get__(self, obj: Resource[Any] | None, owner: type[Any]) -> Any:
        if obj is None:
            return self
        runner = obj._runner

        def call(plan: StreamPlan[T], first: Request | Items[T]) -> Any:
            return runner.iterate(plan, first)

        bound = _bind(self.plan, obj, call, self.name)
        obj.__dict__[self.name] = bound
        return bound


def lazy(plan: Callable[Concatenate[Any, P], StreamPlan[T]]) -> LazyOperation[P, T]:
    """Declare a lazy plan method (yielding :class:`Items`) as an iterator operation; it may
    stream (see the module docstring)."""
    return LazyOperation(plan)


def gather(items: LazyPlan[T]) -> Plan[Records[T]]:
    """A plan collecting every item of a lazy plan."""
    result: Records[T] = Records()
    answer: httpx.Response | None = None
    while True:
        try:
            step = items.send(answer)
        except StopIteration:
            return result
        if isinstance(step, Items):
            result.extend(step.items)
            answer = None
        else:
            answer = yield step


class Paginated(Operation[P, Records[T]]):
    """A paginated operation: the method returns every item (``limit`` caps the total) and
    ``.lazy`` is its iterator twin (``iter_list = list.lazy``). Made by :func:`paginated`."""

    def __init__(self, plan: Callable[Concatenate[Any, P], LazyPlan[T]]) -> None:
        def gathered(obj: Any, /, *args: P.args, **kwargs: P.kwargs) -> Plan[Records[T]]:
            return (yield from gather(plan(obj, *args, **kwargs)))

        functools.update_wrapper(gathered, plan)
        super().__init__(gathered)
        #: The same operation item by item, fetching pages only as they are consumed.
        self.lazy: LazyOperation[P, T] = LazyOperation(plan)


def paginated(plan: Callable[Concatenate[Any, P], LazyPlan[T]]) -> Paginated[P, T]:
    """Declare a lazy plan as a paginated operation (see :class:`Paginated`)."""
    return Paginated(plan)


def map_items(plan: LazyPlan[T], make: Callable[[list[T]], list[R]]) -> LazyPlan[R]:
    """A lazy plan whose item batches are ``make`` applied to ``plan``'s batches."""
    answer: Any = None
    while True:
        try:
            step = plan.send(answer)
        except StopIteration:
            return
        if isinstance(step, Items):
            with gc_paused():  # many new objects, no cycles: see gc_paused
                batch = make(step.items)
            yield Items(batch)
            answer = None
        else:
            answer = yield step
