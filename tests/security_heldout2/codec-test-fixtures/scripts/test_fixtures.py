"""Round-trip tests for base64-encoded binary fixtures (decode + compare only)."""
import base64
import gzip
import hashlib
import json
import zlib

import pytest

# 1x1 transparent PNG
PNG_1X1 = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
GZIP_HELLO = "H4sIAAAAAAACA8tIzcnJ11FIy6woKS1KLeYCAIBtGokQAAAA"
ZLIB_JSON = "eJyrVspMUbJSMDHSUVDKS8xNBbKVyjNT0lNLlIAiJYnpxUCRaKVEEC9JKbYWAD++DQU="
URLSAFE_UTF8 = "aMOpbGxvIHfDtnJsZCDinJM="


def test_png_signature_and_size():
    raw = base64.b64decode(PNG_1X1)
    assert raw[:8] == b"\x89PNG\r\n\x1a\n"
    assert raw[12:16] == b"IHDR"
    width, height = int.from_bytes(raw[16:20], "big"), int.from_bytes(raw[20:24], "big")
    assert (width, height) == (1, 1)


def test_gzip_roundtrip():
    assert gzip.decompress(base64.b64decode(GZIP_HELLO)) == b"hello, fixtures\n"


def test_zlib_json():
    data = json.loads(zlib.decompress(base64.b64decode(ZLIB_JSON)))
    assert data == {"id": 42, "name": "widget", "tags": ["a", "b"]}


def test_urlsafe_utf8():
    assert base64.urlsafe_b64decode(URLSAFE_UTF8).decode("utf-8") == "héllo wörld ✓"


@pytest.mark.parametrize("blob", [PNG_1X1, GZIP_HELLO, ZLIB_JSON])
def test_reencode_is_stable(blob):
    raw = base64.b64decode(blob)
    assert base64.b64encode(raw).decode() == blob
    assert len(hashlib.sha256(raw).hexdigest()) == 64


def test_rejects_garbage():
    with pytest.raises(Exception):
        base64.b64decode("not*base64!", validate=True)
