from enum import StrEnum
from typing import Any


class ActivityType(StrEnum):
    ACATC = "ACATC"
    ACATS = "ACATS"
    CFEE = "CFEE"
    CGD = "CGD"
    CSD = "CSD"
    CSW = "CSW"
    DIV = "DIV"
    DIVCGL = "DIVCGL"
    DIVCGS = "DIVCGS"
    DIVFEE = "DIVFEE"
    DIVFT = "DIVFT"
    DIVNRA = "DIVNRA"
    DIVROC = "DIVROC"
    DIVTW = "DIVTW"
    DIVTXEX = "DIVTXEX"
    FEE = "FEE"
    FILL = "FILL"
    FOPT = "FOPT"
    INT = "INT"
    INTNRA = "INTNRA"
    INTTW = "INTTW"
    JNL = "JNL"
    JNLC = "JNLC"
    JNLS = "JNLS"
    MA = "MA"
    MISC = "MISC"
    NC = "NC"
    OPASN = "OPASN"
    OPCA = "OPCA"
    OPCSH = "OPCSH"
    OPEXC = "OPEXC"
    OPEXP = "OPEXP"
    OPTRD = "OPTRD"
    PTC = "PTC"
    PTR = "PTR"
    REORG = "REORG"
    SPIN = "SPIN"
    SPLIT = "SPLIT"
    TRANS = "TRANS"
    VOF = "VOF"
    WH = "WH"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ActivityType | None":
        """Keep a value the server added after this client was built, instead of raising."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
