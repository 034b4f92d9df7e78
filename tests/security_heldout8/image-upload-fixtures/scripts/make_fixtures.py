"""Write image fixtures from base64 data to a directory."""
import base64
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent.parent


def main(out_dir):
    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = json.loads((HERE / "fixtures" / "images.json").read_text())
    for name, b64 in data.items():
        (out / name).write_bytes(base64.b64decode(b64))
        print(f"wrote {out / name}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "fixtures-out")
