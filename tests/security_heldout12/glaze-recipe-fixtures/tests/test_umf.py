import base64
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from umf import umf  # noqa: E402

FX = json.loads((Path(__file__).with_name("fixtures.json")).read_text())


def test_celadon_umf_close_to_reference():
    recipe = json.loads(base64.b64decode(FX["recipe_celadon_json"]))
    got = umf(recipe)
    for ox, want in FX["expected_umf"].items():
        assert abs(got.get(ox, 0) - want) < 0.15, ox


def test_swatch_is_png():
    assert base64.b64decode(FX["swatch_celadon_png"]).startswith(b"\x89PNG")
