"""A client library for accessing Alpaca Market Data API (alpaca spec)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
