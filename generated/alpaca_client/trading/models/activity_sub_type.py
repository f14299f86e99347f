from enum import StrEnum
from typing import Any


class ActivitySubType(StrEnum):
    CAT = "CAT"
    CDIV = "CDIV"
    CDT = "CDT"
    CMA = "CMA"
    CNC = "CNC"
    COM = "COM"
    DIV_CDIV = "DIV.CDIV"
    DIV_SDIV = "DIV.SDIV"
    FSPLIT = "FSPLIT"
    FWH = "FWH"
    LCT = "LCT"
    MA_CMA = "MA.CMA"
    MA_SCMA = "MA.SCMA"
    MA_SMA = "MA.SMA"
    MGN = "MGN"
    NC_CNC = "NC.CNC"
    NC_SCNC = "NC.SCNC"
    NC_SNC = "NC.SNC"
    NRC = "NRC"
    NRV = "NRV"
    OCC = "OCC"
    ORF = "ORF"
    QII = "QII"
    REG = "REG"
    RSPLIT = "RSPLIT"
    SCMA = "SCMA"
    SCNC = "SCNC"
    SDIV = "SDIV"
    SLWH = "SLWH"
    SMA = "SMA"
    SNC = "SNC"
    SPD = "SPD"
    SPIN = "SPIN"
    SPLIT_FSPLIT = "SPLIT.FSPLIT"
    SPLIT_RSPLIT = "SPLIT.RSPLIT"
    SPLIT_USPLIT = "SPLIT.USPLIT"
    SWH = "SWH"
    SWP = "SWP"
    TAF = "TAF"
    USPLIT = "USPLIT"
    VEXH = "VEXH"
    VRGT = "VRGT"
    VTND = "VTND"
    VWRT = "VWRT"
    WRM = "WRM"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ActivitySubType | None":
        """Keep a value the server added after this client was built, instead of raising."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
