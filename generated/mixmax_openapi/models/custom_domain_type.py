from typing import Literal

CustomDomainType = Literal["calendar", "tracking"]

CUSTOM_DOMAIN_TYPE_VALUES: set[CustomDomainType] = {
    "calendar",
    "tracking",
}


def check_custom_domain_type(value: str) -> CustomDomainType:
    if value in CUSTOM_DOMAIN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOM_DOMAIN_TYPE_VALUES!r}")
