"""``client.orders``: submit, list, get, replace and cancel orders.

Every submission and replacement carries a ``client_order_id`` (a fresh uuid4 unless you give
one). The transport sends one again only after asking the server, by that id, whether the first
attempt landed, so an order is never placed twice.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from alpaca_client.trading.api.orders import (
    cancel_all_orders,
    cancel_order,
    get_order,
    get_order_by_client_order_id,
    list_orders,
    replace_order,
    submit_order,
)
from alpaca_client.trading.models import (
    CancelOrderResult,
    Order,
    OrderClass,
    OrderLegRequest,
    OrderQueryStatus,
    OrderSide,
    OrderType,
    PositionIntent,
    ReplaceOrderRequest,
    SortDirection,
    StopLoss,
    SubmitOrderRequest,
    TakeProfit,
    TimeInForce,
)

from .._operation import (
    Items,
    LazyPlan,
    M,
    Plan,
    Resource,
    Timeout,
    given,
    operation,
    paginated,
    parse,
    trading,
)
from .._params import (
    DecimalLike,
    bool_param,
    datetime_param,
    decimal_param,
    enum_param,
    limit_param,
    path_param,
    symbol_param,
    symbols_param,
)
from .._records import Records, records

if TYPE_CHECKING:
    from typing import Unpack

CLIENT_ORDER_ID_MAX = 128


class OrderParams(TypedDict, total=False):
    """Keyword arguments of :meth:`Orders.submit`."""

    symbol: str
    qty: DecimalLike
    notional: DecimalLike
    side: Required[OrderSide | str]
    type: Required[OrderType | str]
    time_in_force: Required[TimeInForce | str]
    limit_price: DecimalLike
    stop_price: DecimalLike
    trail_price: DecimalLike
    trail_percent: DecimalLike
    extended_hours: bool
    client_order_id: str
    order_class: OrderClass | str
    take_profit: Mapping[str, DecimalLike] | TakeProfit
    stop_loss: Mapping[str, DecimalLike] | StopLoss
    legs: Iterable[Mapping[str, Any] | OrderLegRequest]
    position_intent: PositionIntent | str


class ReplaceParams(TypedDict, total=False):
    """Keyword arguments of :meth:`Orders.replace`."""

    qty: DecimalLike
    time_in_force: TimeInForce | str
    limit_price: DecimalLike
    stop_price: DecimalLike
    trail: DecimalLike
    client_order_id: str


def _check_names(params: Mapping[str, Any], allowed: Iterable[str], call: str) -> None:
    unknown = sorted(set(params) - set(allowed))
    if unknown:
        raise TypeError(f"{call}() got unexpected keyword argument(s): {', '.join(unknown)}")


def _client_order_id(value: Any) -> str:
    if value is None:
        return str(uuid.uuid4())
    if not isinstance(value, str) or not value.strip():
        raise ValueError("client_order_id: must be a non-empty string")
    if len(value) > CLIENT_ORDER_ID_MAX:
        raise ValueError(f"client_order_id: at most {CLIENT_ORDER_ID_MAX} characters")
    return value


def _take_profit(value: Mapping[str, DecimalLike] | TakeProfit) -> TakeProfit:
    if isinstance(value, TakeProfit):
        return value
    _check_names(value, {"limit_price"}, "take_profit")
    if "limit_price" not in value:
        raise ValueError("take_profit: limit_price is required")
    return TakeProfit(limit_price=decimal_param(value["limit_price"], "take_profit.limit_price"))


def _stop_loss(value: Mapping[str, DecimalLike] | StopLoss) -> StopLoss:
    if isinstance(value, StopLoss):
        return value
    _check_names(value, {"stop_price", "limit_price"}, "stop_loss")
    if "stop_price" not in value:
        raise ValueError("stop_loss: stop_price is required")
    stop_loss = StopLoss(stop_price=decimal_param(value["stop_price"], "stop_loss.stop_price"))
    if value.get("limit_price") is not None:
        stop_loss.limit_price = decimal_param(value["limit_price"], "stop_loss.limit_price")
    return stop_loss


def _leg(value: Mapping[str, Any] | OrderLegRequest, index: int) -> OrderLegRequest:
    if isinstance(value, OrderLegRequest):
        return value
    where = f"legs[{index}]"
    _check_names(value, {"symbol", "ratio_qty", "side", "position_intent"}, where)
    for name in ("symbol", "ratio_qty"):
        if name not in value:
            raise ValueError(f"{where}.{name} is required")
    leg = OrderLegRequest(
        symbol=symbol_param(value["symbol"], f"{where}.symbol"),
        ratio_qty=decimal_param(value["ratio_qty"], f"{where}.ratio_qty"),
    )
    if value.get("side") is not None:
        leg.side = enum_param(value["side"], OrderSide, f"{where}.side")
    if value.get("position_intent") is not None:
        leg.position_intent = enum_param(
            value["position_intent"], PositionIntent, f"{where}.position_intent"
        )
    return leg


def _prices(params: Mapping[str, Any], order_type: OrderType) -> dict[str, Any]:
    """The price fields an order of ``order_type`` needs, and no others."""
    needs = {
        "limit_price": order_type in (OrderType.LIMIT, OrderType.STOP_LIMIT),
        "stop_price": order_type in (OrderType.STOP, OrderType.STOP_LIMIT),
    }
    fields: dict[str, Any] = {}
    for name, needed in needs.items():
        given = params.get(name) is not None
        if needed and not given:
            raise ValueError(f"{name}: required for {order_type.value} orders")
        if given and not needed:
            raise ValueError(f"{name}: not allowed for {order_type.value} orders")
        if given:
            fields[name] = decimal_param(params[name], name)
    trails = [name for name in ("trail_price", "trail_percent") if params.get(name) is not None]
    if order_type == OrderType.TRAILING_STOP and len(trails) != 1:
        raise ValueError(
            "trail_price: trailing_stop orders need exactly one of trail_price or trail_percent"
        )
    if order_type != OrderType.TRAILING_STOP and trails:
        raise ValueError(f"{trails[0]}: only for trailing_stop orders")
    for name in trails:
        fields[name] = decimal_param(params[name], name)
    return fields


def submit_request(params: Mapping[str, Any]) -> SubmitOrderRequest:
    """Check the arguments of an order and build its request body (no I/O)."""
    _check_names(params, OrderParams.__annotations__, "submit")
    for name in ("type", "time_in_force"):
        if params.get(name) is None:
            raise ValueError(f"{name}: required")
    order_type = enum_param(params["type"], OrderType, "type")
    body = SubmitOrderRequest(
        type=order_type,
        time_in_force=enum_param(params["time_in_force"], TimeInForce, "time_in_force"),
        client_order_id=_client_order_id(params.get("client_order_id")),
        **_prices(params, order_type),
    )
    order_class = (
        enum_param(params["order_class"], OrderClass, "order_class")
        if params.get("order_class") is not None
        else None
    )
    if order_class is not None:
        body.order_class = order_class
    if order_class == OrderClass.MLEG:
        legs = list(params.get("legs") or ())
        if len(legs) < 2:
            raise ValueError("legs: mleg orders need at least two legs")
        body.legs = [_leg(leg, i) for i, leg in enumerate(legs)]
    elif params.get("legs") is not None:
        raise ValueError("legs: only for order_class='mleg'")
    if order_class != OrderClass.MLEG or params.get("symbol") is not None:
        if params.get("symbol") is None:
            raise ValueError("symbol: required")
        body.symbol = symbol_param(params["symbol"])
    if order_class != OrderClass.MLEG or params.get("side") is not None:
        body.side = enum_param(params.get("side") or "", OrderSide, "side")
    qty, notional = params.get("qty"), params.get("notional")
    if qty is not None and notional is not None:
        raise ValueError("qty: give either qty or notional, not both")
    if qty is None and notional is None:
        raise ValueError("qty: one of qty or notional is required")
    if qty is not None:
        body.qty = decimal_param(qty, "qty")
    if notional is not None:
        body.notional = decimal_param(notional, "notional")
    if params.get("extended_hours") is not None:
        if not isinstance(params["extended_hours"], bool):
            raise TypeError("extended_hours: expected bool")
        body.extended_hours = params["extended_hours"]
    if params.get("take_profit") is not None:
        body.take_profit = _take_profit(params["take_profit"])
    if params.get("stop_loss") is not None:
        body.stop_loss = _stop_loss(params["stop_loss"])
    if order_class == OrderClass.BRACKET and (
        params.get("take_profit") is None or params.get("stop_loss") is None
    ):
        raise ValueError("take_profit: bracket orders need both take_profit and stop_loss")
    if params.get("position_intent") is not None:
        body.position_intent = enum_param(
            params["position_intent"], PositionIntent, "position_intent"
        )
    return body


def replace_request(params: Mapping[str, Any]) -> ReplaceOrderRequest:
    """Check the arguments of a replacement and build its body (no I/O)."""
    _check_names(params, ReplaceParams.__annotations__, "replace")
    if not any(params.get(name) is not None for name in ReplaceParams.__annotations__):
        raise ValueError("replace: give at least one field to change")
    body = ReplaceOrderRequest()
    for name in ("qty", "limit_price", "stop_price", "trail"):
        if params.get(name) is not None:
            setattr(body, name, decimal_param(params[name], name))
    if params.get("time_in_force") is not None:
        body.time_in_force = enum_param(params["time_in_force"], TimeInForce, "time_in_force")
    # the replacement order always has an id of its own, so a lost answer can be looked up
    body.client_order_id = _client_order_id(params.get("client_order_id"))
    return body


PAGE_MAX = 500  # the most orders Alpaca returns per request


class Orders(Resource[M]):
    """Orders of the account."""

    @operation
    def submit(self, *, timeout: Timeout = None, **params: Unpack[OrderParams]) -> Plan[Order]:
        """Place an order; see :class:`OrderParams` for the arguments."""
        body = submit_request(params)
        response = yield trading(submit_order._get_kwargs(body=body), timeout)
        return parse(response, Order.from_dict)

    @paginated
    def list(
        self,
        *,
        status: OrderQueryStatus | str | None = None,
        limit: int | None = None,
        after: dt.datetime | str | None = None,
        until: dt.datetime | str | None = None,
        direction: SortDirection | str | None = None,
        nested: bool | None = None,
        symbols: str | Iterable[str] | None = None,
        side: OrderSide | str | None = None,
        timeout: Timeout = None,
    ) -> LazyPlan[Order]:
        """Orders (open ones unless ``status`` says otherwise), newest first unless
        ``direction="asc"``; ``limit`` is the total wanted (``None``: all), fetched in pages
        of 500 that follow each other by order id."""
        wanted = limit_param(limit)
        filters: dict[str, Any] = given(
            status=enum_param(status, OrderQueryStatus, "status"),
            direction=enum_param(direction, SortDirection, "direction"),
            side=enum_param(side, OrderSide, "side"),
            nested=None if nested is None else bool_param(nested, "nested"),
            symbols=None if symbols is None else ",".join(symbols_param(symbols)),
        )
        start, stop = datetime_param(after, "after"), datetime_param(until, "until")
        ascending = filters.get("direction") == SortDirection.ASC
        bounds = given(after=start, until=stop)
        cursor: dict[str, str] = {}
        while True:
            size = PAGE_MAX if wanted is None else min(PAGE_MAX, wanted)
            kwargs = list_orders._get_kwargs(**filters, **(cursor or bounds), limit=size)
            page = parse((yield trading(kwargs, timeout)), records(Order.from_dict))
            if cursor:  # the time bounds apply to pages after the first by hand
                page = Records(o for o in page if _within(o, start, stop))
            if wanted is not None:
                page = Records(page[:wanted])
                wanted -= len(page)
            yield Items(page)
            if len(page) < size or wanted == 0:
                return
            last = page[-1].id
            cursor = {"after_order_id" if ascending else "before_order_id": str(last)}

    iter_list = list.lazy

    @operation
    def get(self, order_id: str, *, nested: bool = False, timeout: Timeout = None) -> Plan[Order]:
        """One order by its id."""
        kwargs = get_order._get_kwargs(
            path_param(order_id, "order_id"), nested=bool_param(nested, "nested")
        )
        response = yield trading(kwargs, timeout)
        return parse(response, Order.from_dict)

    @operation
    def get_by_client_id(self, client_order_id: str, *, timeout: Timeout = None) -> Plan[Order]:
        """One order by the ``client_order_id`` it was submitted with."""
        kwargs = get_order_by_client_order_id._get_kwargs(
            client_order_id=_client_order_id(client_order_id)
        )
        response = yield trading(kwargs, timeout)
        return parse(response, Order.from_dict)

    @operation
    def replace(
        self, order_id: str, *, timeout: Timeout = None, **params: Unpack[ReplaceParams]
    ) -> Plan[Order]:
        """Replace an open order; returns the new order."""
        kwargs = replace_order._get_kwargs(
            path_param(order_id, "order_id"), body=replace_request(params)
        )
        response = yield trading(kwargs, timeout)
        return parse(response, Order.from_dict)

    @operation
    def cancel(self, order_id: str, *, timeout: Timeout = None) -> Plan[None]:
        """Ask to cancel an open order."""
        yield trading(cancel_order._get_kwargs(path_param(order_id, "order_id")), timeout)

    @operation
    def cancel_all(self, *, timeout: Timeout = None) -> Plan[Records[CancelOrderResult]]:
        """Ask to cancel every open order; one result per order."""
        response = yield trading(cancel_all_orders._get_kwargs(), timeout)
        return parse(response, records(CancelOrderResult.from_dict))


def _within(order: Order, start: dt.datetime | None, stop: dt.datetime | None) -> bool:
    submitted = order.submitted_at
    if not isinstance(submitted, dt.datetime):
        return True
    return (start is None or submitted > start) and (stop is None or submitted < stop)
