"""``client.tokenization``: tokenized stocks of the Instant Tokenization Network (for its
authorized participants): minting tokens from held shares, and the requests made."""

from __future__ import annotations

import datetime as dt

from alpaca_client.trading.api.tokenization import (
    list_tokenization_requests,
    mint_tokenized_asset,
)
from alpaca_client.trading.models import (
    TokenizationIssuer,
    TokenizationMintRequest,
    TokenizationMintResponse,
    TokenizationNetwork,
    TokenizationRequest,
    TokenizationRequestStatus,
    TokenizationRequestType,
)

from .._operation import M, Plan, Resource, Timeout, given, operation, parse, trading
from .._params import (
    DecimalLike,
    datetime_param,
    decimal_param,
    enum_param,
    path_param,
    symbol_param,
)
from .._records import Records, records


class Tokenization(Resource[M]):
    """Tokenization requests."""

    @operation
    def mint(
        self,
        *,
        underlying_symbol: str,
        qty: DecimalLike,
        issuer: TokenizationIssuer | str,
        network: TokenizationNetwork | str,
        wallet_address: str,
        timeout: Timeout = None,
    ) -> Plan[TokenizationMintResponse]:
        """Ask to turn ``qty`` held shares (fractions allowed) into tokens sent to
        ``wallet_address`` on ``network``. Not resent once it may have reached Alpaca."""
        body = TokenizationMintRequest(
            underlying_symbol=symbol_param(underlying_symbol, "underlying_symbol"),
            qty=decimal_param(qty, "qty"),
            issuer=enum_param(issuer, TokenizationIssuer, "issuer"),
            network=enum_param(network, TokenizationNetwork, "network"),
            wallet_address=path_param(wallet_address, "wallet_address"),
        )
        response = yield trading(mint_tokenized_asset._get_kwargs(body=body), timeout)
        return parse(response, TokenizationMintResponse.from_dict)

    @operation
    def requests(
        self,
        *,
        type: TokenizationRequestType | str | None = None,
        status: TokenizationRequestStatus | str | None = None,
        underlying_symbol: str | None = None,
        issuer: TokenizationIssuer | str | None = None,
        network: TokenizationNetwork | str | None = None,
        after: dt.datetime | str | None = None,
        before: dt.datetime | str | None = None,
        timeout: Timeout = None,
    ) -> Plan[Records[TokenizationRequest]]:
        """Mint and redeem requests, optionally filtered; ``after``/``before`` bound their
        creation time (both exclusive)."""
        start, stop = datetime_param(after, "after"), datetime_param(before, "before")
        if start is not None and stop is not None and start >= stop:
            raise ValueError(f"after: {start.isoformat()} is not before {stop.isoformat()}")
        kwargs = list_tokenization_requests._get_kwargs(
            **given(
                type=enum_param(type, TokenizationRequestType, "type"),
                status=enum_param(status, TokenizationRequestStatus, "status"),
                underlying_symbol=None
                if underlying_symbol is None
                else symbol_param(underlying_symbol, "underlying_symbol"),
                issuer=enum_param(issuer, TokenizationIssuer, "issuer"),
                network=enum_param(network, TokenizationNetwork, "network"),
                after=start,
                before=stop,
            )
        )
        response = yield trading(kwargs, timeout)
        return parse(response, records(TokenizationRequest.from_dict))
