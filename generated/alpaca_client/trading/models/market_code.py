from enum import StrEnum
from typing import Any


class MarketCode(StrEnum):
    BMO = "BMO"
    BNYM = "BNYM"
    BOATS = "BOATS"
    CEUX = "CEUX"
    CHIX = "CHIX"
    HKEX = "HKEX"
    IEX = "IEX"
    IEXG = "IEXG"
    ISE = "ISE"
    LSE = "LSE"
    MTA = "MTA"
    MTAA = "MTAA"
    NASDAQ = "NASDAQ"
    NYSE = "NYSE"
    OCEA = "OCEA"
    OPRA = "OPRA"
    OTC = "OTC"
    OTCM = "OTCM"
    SIFMA = "SIFMA"
    TADAWUL = "TADAWUL"
    XAMS = "XAMS"
    XBRU = "XBRU"
    XDUB = "XDUB"
    XETR = "XETR"
    XETRA = "XETRA"
    XHKG = "XHKG"
    XLIS = "XLIS"
    XLON = "XLON"
    XNAS = "XNAS"
    XNYS = "XNYS"
    XPAR = "XPAR"
    XSAU = "XSAU"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MarketCode | None":
        """Keep a value the server added after this client was built, instead of raising."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
