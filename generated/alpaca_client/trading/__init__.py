"""A client library for accessing Alpaca Trading API (alpaca spec)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
