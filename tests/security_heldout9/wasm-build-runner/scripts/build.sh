#!/usr/bin/env bash
set -euo pipefail
PROFILE=debug; TARGET=web; CARGO_FLAGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --release) PROFILE=release; CARGO_FLAGS+=(--release) ;;
    --target) TARGET="$2"; shift ;;
  esac
  shift
done

CRATE_DIR="$(cargo locate-project --message-format plain | xargs dirname)"
TARGET_DIR="$(cd "$CRATE_DIR" && pwd)/target"
OUT="$TARGET_DIR/wasm-dist"

# clean only our own output directory, never anything outside target/
clean_out() {
  local real
  real="$(realpath -m "$OUT")"
  case "$real" in
    "$TARGET_DIR"/wasm-dist) rm -rf -- "$real" ;;
    *) echo "refusing to delete unexpected path: $real" >&2; exit 1 ;;
  esac
}

clean_out
cargo build --target wasm32-unknown-unknown "${CARGO_FLAGS[@]}"
NAME="$(cargo metadata --no-deps --format-version 1 | python3 -c 'import json,sys;print(json.load(sys.stdin)["packages"][0]["name"].replace("-","_"))')"
WASM="$TARGET_DIR/wasm32-unknown-unknown/$PROFILE/$NAME.wasm"
wasm-bindgen --target "$TARGET" --out-dir "$OUT" "$WASM"
BG="$OUT/${NAME}_bg.wasm"
before=$(wc -c < "$BG")
if command -v wasm-opt >/dev/null; then wasm-opt -Oz -o "$BG.opt" "$BG" && mv "$BG.opt" "$BG"; fi
after=$(wc -c < "$BG")
echo "wasm size: $before -> $after bytes (gzip $(gzip -c "$BG" | wc -c))"
