"""How a node reads to people: its caption, and property values as text (for pictures and exports)."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

__all__ = ["node_name", "display_text", "is_quantity", "quantity_text", "EVIDENCE_SENTENCES"]

_NAME_KEYS = ("name", "title", "duty", "text", "value")
_COMPARATORS = {">=": "≥", "<=": "≤", "=": "", ">": ">", "<": "<"}


def display_text(value: Any) -> str:
    """A property value as text: lists joined by 、, whole floats without .0, None empty."""
    if isinstance(value, (list, tuple, set, frozenset)):
        return "、".join(display_text(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def node_name(attrs: dict[str, Any]) -> str:
    """The full display name of a node from its attributes (pure).

    Targets and observations read as indicator, comparator, value and unit.

    Examples
    --------
    >>> node_name({"label": "Program", "id": "班班通", "name": "班班通"})
    '班班通'
    >>> node_name({"label": "Target", "id": "t1", "indicator": "学前三年毛入园率",
    ...            "comparator": ">=", "value": 85.0, "unit": "%", "year": 2021})
    '学前三年毛入园率 ≥85% (2021)'
    """
    if is_quantity(attrs):
        year = f" ({display_text(attrs['year'])})" if attrs.get("year") else ""
        return f"{display_text(attrs['indicator'])} {quantity_text(attrs)}{year}"
    for key in _NAME_KEYS:
        if display_text(attrs.get(key)).strip():
            return display_text(attrs[key]).strip()
    if attrs.get("source"):  # a document without a title: its file name
        return PurePath(display_text(attrs["source"])).name
    return display_text(attrs.get("id"))


def is_quantity(attrs: dict[str, Any]) -> bool:
    return "indicator" in attrs and "value" in attrs


def quantity_text(attrs: dict[str, Any]) -> str:
    value = display_text(attrs["value"])
    if attrs.get("comparator") == "range" and attrs.get("value_max") is not None:
        value += "–" + display_text(attrs["value_max"])
    else:
        value = _COMPARATORS.get(str(attrs.get("comparator")), "") + value
    return value + display_text(attrs.get("unit"))


# sentences a node's tooltip shows; the picture says how many more support it
EVIDENCE_SENTENCES = 5
