"""A small decoder of server-sent events (``text/event-stream``), fed one line at a time.

It follows the WHATWG rules that matter to a client: ``data:`` lines of one message are joined
with newlines, a blank line ends the message, ``id:`` sets the last event id (kept across
messages), ``event:`` names the message, and lines starting with ``:`` are comments. It does
no I/O, so the facade's plans can use it on lines their runner reads.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Message:
    """One dispatched event: its data, the last event id seen so far and its event type."""

    data: str
    id: str | None
    event: str


@dataclass(frozen=True, slots=True)
class Comment:
    """A comment line (servers use them for keep-alives and notices)."""

    text: str


class Decoder:
    """Turns lines (without their line breaks) into :class:`Message` and :class:`Comment`."""

    def __init__(self) -> None:
        self._data: list[str] = []
        self._event = ""
        self.last_id: str | None = None

    def feed(self, line: str) -> Message | Comment | None:
        """The message a blank line completes, a comment, or ``None``."""
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return Comment(line[1:].strip())
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self.last_id = value
        return None  # "retry" and unknown fields are ignored

    def _dispatch(self) -> Message | None:
        data, event = self._data, self._event or "message"
        self._data, self._event = [], ""
        if not data:
            return None
        return Message("\n".join(data), self.last_id, event)
