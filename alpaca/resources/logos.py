"""``client.logos``: company logos as PNG bytes."""

from __future__ import annotations

from alpaca_client.data.api.logos import get_logo

from .._operation import M, Plan, Resource, Timeout, data, given, operation
from .._params import bool_param, symbol_param


class Logos(Resource[M]):
    """Company logos."""

    @operation
    def get(
        self, symbol: str, *, placeholder: bool | None = None, timeout: Timeout = None
    ) -> Plan[bytes]:
        """The logo of ``symbol`` as PNG bytes. With ``placeholder=False`` a company without a
        logo answers 404 (``NotFoundError``) instead of a generic image."""
        flag = None if placeholder is None else bool_param(placeholder, "placeholder")
        kwargs = get_logo._get_kwargs(symbol_param(symbol), **given(placeholder=flag))
        response = yield data(kwargs, timeout)
        image: bytes = response.content
        return image
