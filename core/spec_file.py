"""Reading a corridor specification file: bytes to JSON data, every failure a SpecError.

A parameter file is small (a saved one is under 2 KB), so a file over
:data:`MAX_BYTES` is refused before it is read whole: a wrong file picked by
mistake (a GeoPackage, a video) costs nothing and gets a plain message.

Encoding: UTF-8, with or without a byte order mark, and UTF-16 or UTF-32 *with*
a byte order mark are read. Windows Notepad writes UTF-16 when "Unicode" is
chosen on saving; such a file is read as saved rather than refused for a choice
the analyst may not know they made. Any other bytes are refused, naming the
offset of the first byte that is not UTF-8.

JSON allows numbers no parameter can have: ``NaN``, ``Infinity``, integers of
hundreds of digits (which Python cannot even turn into text beyond 4300
digits), floats beyond range. They are read as :class:`Unreadable`
placeholders, so that validation refuses them under the field's own name.

>>> parse('{"left_width_m": NaN}')
{'left_width_m': NaN}
>>> quote("x" * 5000)
"'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' (5,000 characters)"
"""

from __future__ import annotations

import codecs
import json
import math
import os
import re
import reprlib

from .errors import SpecError
from .messages import Message

__all__ = ["FILE", "MAX_BYTES", "Unreadable", "field_name", "parse", "quote", "read_text"]

FILE = "(file)"
MAX_BYTES = 1_000_000
_MAX_DIGITS = 30  # no parameter needs more; Python's own int-text limit is 4300
_DEEP = 100  # nesting that deep is never a parameter; a saved file nests 2 levels
_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxstring, _REPR.maxother, _REPR.maxlist, _REPR.maxdict = 2, 40, 40, 4, 4


class Unreadable:
    """A JSON number no parameter can have, kept as its text for the message.

    ``problem`` is the :class:`.Message` a field holding it gets: what the
    field must be, and the number as the file gives it (e.g. "must be a
    number, got NaN")."""

    def __init__(self, text, problem):
        self.text, self.problem = text, problem

    def __repr__(self):
        return _shown(self.text)


def _shown(text):
    """A number's text as a message shows it: cut to 24 characters, with the whole length."""
    if len(text) <= 24:
        return text
    unit = "digits" if text.lstrip("-").isdigit() else "characters"
    return f"{text[:24]}… ({len(text.lstrip('-')):,} {unit})"


def quote(value, limit=60):
    """``value`` as a message shows it: its repr cut to ``limit`` characters, with the whole length."""
    if isinstance(value, str):
        if len(value) <= limit:
            return repr(value)
        text = repr(value[:limit])
        return f"{text[:-1]}…{text[-1]} ({len(value):,} characters)"
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        return f"a number of about {int(value.bit_length() * math.log10(2)) + 1:,} digits"
    text = _REPR.repr(value)  # bounded depth and length, whatever the value holds
    if len(text) <= limit:
        return text
    size = f" ({len(value):,} items)" if isinstance(value, (list, dict)) else ""
    return f"{text[:limit]}…{size}"


def field_name(key):
    """A key as it can be named in a message: itself when short and plain, else cut."""
    if isinstance(key, str) and key.isprintable():
        return key if len(key) <= 40 else f"{key[:40]}… ({len(key):,} characters)"
    return quote(key, 40)


def read_text(path):
    """The text of the file at ``path``, or a SpecError saying plainly why it cannot be had."""
    return _decode(_read_bytes(path))


def parse(text):
    """JSON ``text`` as data; impossible numbers become :class:`Unreadable`."""
    if not text.strip():
        raise SpecError(FILE, Message("the file is empty. Choose the .json file saved from the dock."))
    try:
        data = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except json.JSONDecodeError as error:
        problem = Message(
            "not valid JSON ({error}); correct the file, or save the parameters again from the dock.",
            error=str(error),
        )
        raise SpecError(FILE, problem) from None
    except RecursionError:
        raise SpecError(_deep_key(text), _too_deep()) from None
    # Newer Pythons read deeper nesting than older ones: the same limit for all.
    deep = _deep_part(data)
    if deep is not None:
        raise SpecError(deep, _too_deep())
    return data


def _too_deep():
    return Message(
        "lists or objects are nested more than {levels} levels deep; a parameter is one number, text or place.",
        levels=_DEEP,
    )


def _deep_part(data):
    """The top-level key (or FILE) under which ``data`` nests more than _DEEP levels, else None."""
    tops = data.items() if isinstance(data, dict) else [(None, data)]
    for key, value in tops:
        level = [value]
        for _ in range(_DEEP):
            level = [child for item in level if isinstance(item, (list, dict))
                     for child in (item.values() if isinstance(item, dict) else item)]
            if not level:
                break
        else:
            if any(isinstance(item, (list, dict)) for item in level):
                return FILE if key is None else field_name(key)
    return None


def _read_bytes(path):
    try:
        with open(path, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            # Bounded even when the size is unknown (a pipe, a device) or grows meanwhile.
            data = stream.read(MAX_BYTES + 1) if size <= MAX_BYTES else None
    except OSError as error:
        reason = error.strerror or error
        problem = Message(
            "cannot read {path}: {reason}. Check the path and that the file may be read.",
            path=str(path),
            reason=str(reason),
        )
        raise SpecError(FILE, problem) from None
    if data is None:
        problem = Message(
            "{path} is {size:,} bytes, over the limit of {limit:,} bytes (1 MB); a saved parameter file "
            "is under 2 KB, so this is probably not one. Choose the .json file saved from the dock.",
            path=str(path),
            size=size,
            limit=MAX_BYTES,
        )
        raise SpecError(FILE, problem)
    if len(data) > MAX_BYTES:
        problem = Message(
            "{path} is more than {limit:,} bytes, over the limit of {limit:,} bytes (1 MB); a saved "
            "parameter file is under 2 KB, so this is probably not one. Choose the .json file saved "
            "from the dock.",
            path=str(path),
            limit=MAX_BYTES,
        )
        raise SpecError(FILE, problem)
    return data


def _decode(data):
    codec, name = next(((codec, name) for bom, codec, name in _BOMS if data.startswith(bom)), ("utf-8", "UTF-8"))
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise SpecError(FILE, _not_text(data, error.start, name)) from None
    if codec == "utf-8" and "\x00" in text:
        problem = Message(
            "the file holds bytes of value 0 (the first at byte offset {offset:,}), which JSON text never "
            "has: it is probably UTF-16 text without a byte order mark, or not text at all. Save it again as UTF-8.",
            offset=data.index(0),
        )
        raise SpecError(FILE, problem)
    return text


def _not_text(data, offset, name):
    if name == "UTF-8":
        return Message(
            "the file is not UTF-8 text: the byte 0x{byte:02X} at byte offset {offset:,} (line {line}) is "
            "not UTF-8. Save it again as UTF-8 (in Notepad: Save As, Encoding UTF-8).",
            byte=data[offset],
            offset=offset,
            line=data.count(b"\n", 0, offset) + 1,
        )
    return Message(
        "the file begins as {encoding} text but is not: the byte 0x{byte:02X} at byte offset {offset:,} "
        "cannot be read. Save it again as UTF-8.",
        encoding=name,
        byte=data[offset],
        offset=offset,
    )


def _int(text):
    if len(text.lstrip("-")) > _MAX_DIGITS:
        return _too_big(text)
    return int(text)


def _float(text):
    value = float(text)
    return value if math.isfinite(value) else _too_big(text)


def _too_big(text):
    return Unreadable(text, Message("must be a number of ordinary size, got {value}", value=_shown(text)))


def _constant(text):
    if text == "NaN":
        return Unreadable(text, Message("must be a number, got {value}", value=_shown(text)))
    return Unreadable(text, Message("must be a finite number, got {value}", value=_shown(text)))


_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"(\s*:)?|[\[\]{}]')


def _deep_key(text):
    """The top-level key whose value nests too deeply, or FILE when it is not in one.

    The text up to the deep point is valid JSON (the decoder got that far), so
    strings and brackets can be told apart by a plain scan."""
    depth, key = 0, None
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in ("[", "{"):
            depth += 1
        elif token in ("]", "}"):
            depth -= 1
        elif match.group(2) and depth == 1:
            key = match.group(1)
        if depth > _DEEP:
            return FILE if key is None else _key_text(key)
    return FILE


def _key_text(raw):
    try:
        return field_name(json.loads(f'"{raw}"'))
    except ValueError:
        return field_name(raw)
