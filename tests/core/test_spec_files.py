"""Parameter files that are wrong in every way a file can be: each ends in a short SpecError.

A message names the field (or "(file)") and quotes at most a short piece of
the value, however large the value is.
"""

import codecs
import io
import json

import pytest

from secure_corridor.core import CorridorSpec, SpecError
from secure_corridor.core import spec_file

SHORT = 400  # characters a message may have, whatever the file holds


def refused(path_or_text, field, *words):
    """The SpecError for loading a file (a path) or JSON text, checked for field, words and length."""
    with pytest.raises(SpecError) as caught:
        if isinstance(path_or_text, str):
            CorridorSpec.from_json(path_or_text)
        else:
            CorridorSpec.load(path_or_text)
    error = caught.value
    message = str(error)
    assert error.field == field
    assert message.startswith(f"Corridor specification, field '{field}': ")
    for word in words:
        assert word in message
    assert len(message) < SHORT, message
    return message


def write(tmp_path, data, name="spec.json"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


# -- the file itself ---------------------------------------------------------------


def test_a_missing_file_names_the_path_and_the_reason(tmp_path):
    path = tmp_path / "nowhere.json"
    refused(path, "(file)", str(path), "No such file or directory")


def test_a_folder_is_not_a_file(tmp_path):
    refused(tmp_path, "(file)", str(tmp_path), "Is a directory")


def test_a_file_that_may_not_be_read(tmp_path, monkeypatch):
    path = write(tmp_path, CorridorSpec().to_json().encode())

    def forbidden(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(spec_file, "open", forbidden, raising=False)  # tests may run as root
    refused(path, "(file)", str(path), "Permission denied")


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "video.json"
    with open(path, "wb") as stream:
        stream.write(b'{"end_cap": "')
        stream.truncate(50_000_000)  # 50 MB without writing it
    read = []

    class Watched(io.FileIO):
        def read(self, size=-1):
            data = super().read(size)
            read.append(len(data))
            return data

    monkeypatch.setattr(spec_file, "open", lambda path, mode: Watched(path, "r"), raising=False)
    refused(path, "(file)", str(path), "50,000,000 bytes", "1,000,000 bytes (1 MB)")
    assert read == []


def test_a_file_just_over_the_limit_is_refused_and_one_at_it_read(tmp_path):
    text = CorridorSpec().to_json()
    at_limit = text + " " * (spec_file.MAX_BYTES - len(text))
    assert CorridorSpec.load(write(tmp_path, at_limit.encode())) == CorridorSpec()
    refused(write(tmp_path, (at_limit + " ").encode()), "(file)", "1,000,001 bytes")


def test_an_empty_file(tmp_path):
    refused(write(tmp_path, b"  \n"), "(file)", "empty")


# -- encodings -------------------------------------------------------------------


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-8"),
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),  # Notepad's "UTF-8 with BOM"
        lambda text: text.encode("utf-16"),  # Notepad's "Unicode": a BOM, then UTF-16
        lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        lambda text: text.encode("utf-32"),
    ],
    ids=["utf-8", "utf-8 bom", "utf-16", "utf-16 be", "utf-32"],
)
def test_unicode_files_with_a_byte_order_mark_are_read(tmp_path, encode):
    spec = CorridorSpec(patrol_start=None, end_cap="round")
    text = spec.to_json().replace('"date_from": null', '"date_from": "2020-03-15"')
    loaded = CorridorSpec.load(write(tmp_path, encode(text)))
    assert loaded.end_cap == "round" and loaded.date_from == "2020-03-15"


def test_bytes_that_are_not_utf8_give_the_offset(tmp_path):
    text = CorridorSpec().to_json().replace('"flat"', '"plat\u00e9"')
    data = text.encode("latin-1")
    offset = data.index(b"\xe9")
    line = data[:offset].count(b"\n") + 1
    refused(write(tmp_path, data), "(file)", "not UTF-8 text", "0xE9", f"byte offset {offset}", f"line {line}")


def test_broken_utf16_is_refused_plainly(tmp_path):
    data = CorridorSpec().to_json().encode("utf-16") + b"\x00"  # an odd number of bytes
    refused(write(tmp_path, data), "(file)", "UTF-16", f"byte offset {len(data) - 1}")


def test_utf16_without_a_byte_order_mark(tmp_path):
    refused(write(tmp_path, CorridorSpec().to_json().encode("utf-16-le")), "(file)", "UTF-16", "byte offset 1")


def test_a_binary_file(tmp_path):
    refused(write(tmp_path, bytes(range(256)) * 100), "(file)", "not UTF-8 text", "byte offset 128")


# -- numbers JSON allows and no parameter can have ----------------------------------


@pytest.mark.parametrize("digits", [400, 5000])  # 5000: beyond Python's own int-to-text limit
def test_an_integer_of_hundreds_of_digits(tmp_path, digits):
    data = b'{"left_width_m": ' + b"1" * digits + b"}"
    message = refused(write(tmp_path, data), "left_width_m", "ordinary size", f"({digits:,} digits)")
    assert "1" * 30 not in message


def test_a_huge_negative_integer_in_a_place(tmp_path):
    data = b'{"patrol_end": {"name": "X", "lon": -' + b"9" * 400 + b', "lat": 1}}'
    refused(write(tmp_path, data), "patrol_end.lon", "ordinary size", "(400 digits)")


def test_a_huge_integer_given_in_python():
    with pytest.raises(SpecError, match="ordinary size, got a number of about 401 digits") as caught:
        CorridorSpec(from_km=10**400)
    assert caught.value.field == "from_km"


@pytest.mark.parametrize("number", ["1e400", "-1e999", "1" + "0" * 400 + ".5"])
def test_a_float_beyond_range(number):
    refused(f'{{"to_km": {number}}}', "to_km", "ordinary size")


@pytest.mark.parametrize(
    "token, field, words",
    [
        ("NaN", "gap_tolerance_m", "must be a number, got NaN"),
        ("Infinity", "snap_tolerance_m", "must be a finite number, got Infinity"),
        ("-Infinity", "right_width_m", "got -Infinity"),
    ],
)
def test_nan_and_infinity_tokens(token, field, words):
    refused(f'{{"{field}": {token}}}', field, words)


def test_nan_where_text_or_a_flag_belongs():
    refused('{"end_cap": NaN}', "end_cap", "got NaN")
    refused('{"reverse": Infinity}', "reverse", "true or false")
    refused('{"patrol_start": {"name": NaN, "lon": 1, "lat": 2}}', "patrol_start.name", "non-empty text")
    refused('{"version": NaN}', "version", "NaN")


# -- nesting -----------------------------------------------------------------------


def test_deep_nesting_in_a_field(tmp_path):
    data = b'{"left_width_m": 6000, "end_cap": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    refused(write(tmp_path, data), "end_cap", "nested more than 100 levels")


def test_deep_nesting_of_the_whole_file():
    refused("[" * 5000 + "]" * 5000, "(file)", "nested")


def test_deep_nesting_under_a_long_key():
    text = '{"reverse": true, "' + "k" * 5000 + '": [{}, {"a": [1]}, ' + "[" * 5000 + "]" * 5000 + "]}"
    refused(text, "k" * 40 + "… (5,000 characters)", "nested")


def test_nesting_any_python_can_read_is_refused_the_same_way():
    refused('{"end_cap": ' + "[" * 500 + "]" * 500 + "}", "end_cap", "nested more than 100 levels")
    refused('{"end_cap": ' + "[" * 60 + "]" * 60 + "}", "end_cap", "must be one of")


# -- long values and keys ----------------------------------------------------------


def test_a_50_mb_value_is_quoted_short():
    message = refused(json.dumps({"end_cap": "x" * 50_000_000}), "end_cap", "(50,000,000 characters)", "…")
    assert message.count("x") < 70


def test_a_long_value_of_every_kind_is_quoted_short():
    refused(json.dumps({"date_from": "2" * 100_000}), "date_from", "(100,000 characters)")
    refused(json.dumps({"left_width_m": "6" * 100_000}), "left_width_m", "(100,000 characters)")
    refused(json.dumps({"reverse": list(range(100_000))}), "reverse", "true or false")
    refused(json.dumps({"date_format": {str(n): n for n in range(10_000)}}), "date_format", "strptime")
    refused(json.dumps(list(range(100_000))), "(file)", "JSON object")


def test_a_long_unknown_key_is_quoted_short():
    with pytest.raises(SpecError, match="unknown field") as caught:
        CorridorSpec.from_json(json.dumps({"k" * 50_000: 1}))
    assert caught.value.field == "k" * 40 + "… (50,000 characters)"
    assert len(str(caught.value)) < SHORT + 200  # the list of known fields grows with the specification
    assert "k" * 41 not in str(caught.value)


def test_an_unknown_key_of_control_characters_is_shown_escaped():
    with pytest.raises(SpecError, match="unknown field") as caught:
        CorridorSpec.from_json('{"\\n\\u0007": 1}')
    assert caught.value.field == repr("\n\a")


@pytest.mark.parametrize("key", ["patrol_start", "patrol_end"])
def test_a_place_name_of_huge_length(key):
    data = {key: {"name": "ع" * 10_000, "lon": 36.5, "lat": 35.8}}
    refused(json.dumps(data, ensure_ascii=False), f"{key}.name", "at most 200 characters", "(10,000 characters)")


def test_a_place_name_at_the_length_limit_is_read():
    place = {"name": "n" * 200, "lon": 36.5, "lat": 35.8}
    assert CorridorSpec.from_json(json.dumps({"patrol_end": place})).patrol_end.name == "n" * 200


def test_a_lone_surrogate_in_a_place_name():
    refused('{"patrol_end": {"name": "Ariha \\ud800", "lon": 36.5, "lat": 35.8}}', "patrol_end.name", "not text")


def test_a_long_date_format():
    refused(json.dumps({"date_format": "%d" * 1000}), "date_format", "at most 200 characters", "(2,000 characters)")


def test_a_file_of_bad_json_names_the_place():
    refused('{"end_cap": flat}', "(file)", "not valid JSON", "line 1 column 13")
