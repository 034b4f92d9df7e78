#!/usr/bin/env bash
# triage.sh - summarise one or more log files for a quick incident triage.
#
# Counts lines per severity, finds the time span covered, and groups the
# serious lines into "signatures" (the message with ids, numbers, addresses and
# quoted values replaced by placeholders) so that 4000 copies of the same
# timeout show up as one row. Plain text, logfmt and JSON-lines logs are
# understood; *.gz files are read with gzip -dc. Read-only: the only files it
# writes are in a private temporary directory that is removed on exit.
#
# Usage: triage.sh [-n TOP] [-l LEVEL] [FILE...]
#   -n TOP    number of signatures to show (default 10)
#   -l LEVEL  lowest level to group: FATAL, ERROR, WARN, INFO, DEBUG (default ERROR)
#   FILE      log files; reads standard input when none (or "-") is given
set -euo pipefail

top=10
min_level=ERROR

usage() {
    sed -n '/^# Usage:/,/^#   FILE/s/^# \{0,1\}//p' "$0"
}

while getopts ":n:l:h" opt; do
    case "$opt" in
        n) top=$OPTARG ;;
        l) min_level=$(printf '%s' "$OPTARG" | tr '[:lower:]' '[:upper:]') ;;
        h) usage; exit 0 ;;
        :) echo "triage.sh: option -$OPTARG needs a value" >&2; usage >&2; exit 2 ;;
        *) echo "triage.sh: unknown option -$OPTARG" >&2; usage >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))

case "$top" in
    ''|*[!0-9]*) echo "triage.sh: -n expects a positive number" >&2; exit 2 ;;
esac
case "$min_level" in
    FATAL|ERROR|WARN|INFO|DEBUG) ;;
    WARNING) min_level=WARN ;;
    *) echo "triage.sh: -l must be FATAL, ERROR, WARN, INFO or DEBUG" >&2; exit 2 ;;
esac

[ "$#" -eq 0 ] && set -- -

workdir=$(mktemp -d "${TMPDIR:-/tmp}/triage.XXXXXX")
trap 'rm -rf -- "$workdir"' EXIT
records="$workdir/records.tsv"
sources="$workdir/sources.txt"
: > "$records"
: > "$sources"

# Stage 1: classify every line of one input as level<TAB>signature<TAB>where<TAB>timestamp.
classify() {
    awk -v src="$1" '
    function norm_level(word) {
        word = toupper(word)
        if (word ~ /^(FATAL|CRITICAL|CRIT|EMERG|EMERGENCY|ALERT|PANIC)$/) return "FATAL"
        if (word ~ /^(ERROR|ERR|SEVERE)$/) return "ERROR"
        if (word ~ /^(WARN|WARNING)$/) return "WARN"
        if (word ~ /^(INFO|NOTICE)$/) return "INFO"
        if (word ~ /^(DEBUG|TRACE|FINE|FINER|FINEST)$/) return "DEBUG"
        return ""
    }
    function json_field(line, key,    pat, s) {
        pat = "\"" key "\"[ ]*:[ ]*\"[^\"]*\""
        if (!match(line, pat)) return ""
        s = substr(line, RSTART, RLENGTH)
        sub(/^"[^"]*"[ ]*:[ ]*"/, "", s)
        sub(/"$/, "", s)
        return s
    }
    function signature(msg) {
        gsub(/\t/, " ", msg)
        gsub(/[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+/, "<uuid>", msg)
        gsub(/[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+(:[0-9]+)?/, "<ip>", msg)
        gsub(/0x[0-9a-fA-F]+/, "<hex>", msg)
        gsub(/[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]+/, "<hex>", msg)
        gsub(/"[^"]*"/, "\"<str>\"", msg)
        gsub(/'\''[^'\'']*'\''/, "'\''<str>'\''", msg)
        gsub(/[0-9]+(\.[0-9]+)?/, "<n>", msg)
        gsub(/  +/, " ", msg)
        sub(/^ +/, "", msg)
        sub(/ +$/, "", msg)
        if (length(msg) > 140) msg = substr(msg, 1, 137) "..."
        return msg == "" ? "(empty message)" : msg
    }
    {
        line = $0
        sub(/\r$/, "", line)
        if (line ~ /^[ \t]*$/) next
        ts = ""
        if (match(line, /[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][T ][0-9][0-9]:[0-9][0-9]:[0-9][0-9]/))
            ts = substr(line, RSTART, RLENGTH)
        sub(/T/, " ", ts)
        level = ""; msg = ""
        if (line ~ /^[ \t]*\{/) {
            level = norm_level(json_field(line, "level"))
            if (level == "") level = norm_level(json_field(line, "severity"))
            msg = json_field(line, "msg")
            if (msg == "") msg = json_field(line, "message")
        }
        if (level == "") {
            n = split(line, f, /[ \t]+/)
            for (i = 1; i <= n && i <= 8; i++) {
                w = f[i]
                sub(/^(level|lvl|severity)=/, "", w)
                gsub(/[^A-Za-z]/, "", w)
                level = norm_level(w)
                if (level != "") {
                    msg = ""
                    for (j = i + 1; j <= n; j++) msg = msg " " f[j]
                    break
                }
                level = ""
            }
        }
        if (level == "") { level = "UNKNOWN"; msg = line }
        if (msg == "") msg = line
        where = src ":" FNR
        printf "%s\t%s\t%s\t%s\n", level, signature(msg), where, ts
    }
    END { printf "%d\n", NR > "/dev/stderr" }
    '
}

for input in "$@"; do
    if [ "$input" = "-" ]; then
        label=stdin
        lines=$(classify "$label" 2>&1 >>"$records")
    elif [ ! -r "$input" ]; then
        echo "triage.sh: cannot read $input" >&2
        exit 1
    elif [ "${input%.gz}" != "$input" ]; then
        label=$(basename -- "$input")
        lines=$(gzip -dc -- "$input" | classify "$label" 2>&1 >>"$records")
    else
        label=$(basename -- "$input")
        lines=$(classify "$label" <"$input" 2>&1 >>"$records")
    fi
    printf '%s (%s lines)\n' "$label" "$lines" >>"$sources"
done

# Stage 2: aggregate the records.
awk -F '\t' -v min_level="$min_level" -v sigfile="$workdir/sigs.tsv" '
    BEGIN {
        rank["DEBUG"] = 1; rank["INFO"] = 2; rank["UNKNOWN"] = 2
        rank["WARN"] = 3; rank["ERROR"] = 4; rank["FATAL"] = 5
    }
    {
        count[$1]++
        if ($4 != "") {
            if (first == "" || $4 < first) first = $4
            if ($4 > last) last = $4
        }
        if (rank[$1] >= rank[min_level] && $1 != "UNKNOWN") {
            key = $1 "\t" $2
            if (!(key in hits)) seen[key] = $3
            hits[key]++
        }
    }
    END {
        printf "  time span:  %s .. %s\n\n", (first == "" ? "unknown" : first), (last == "" ? "unknown" : last)
        print "Lines by level"
        split("FATAL ERROR WARN INFO DEBUG UNKNOWN", order, " ")
        for (i = 1; i <= 6; i++) printf "  %-8s %8d\n", order[i], count[order[i]] + 0
        for (key in hits) {
            split(key, parts, "\t")
            printf "%d\t%d\t%s\t%s\t%s\n", hits[key], rank[parts[1]], parts[1], seen[key], parts[2] > sigfile
        }
    }
' "$records" >"$workdir/summary.txt"
touch "$workdir/sigs.tsv"

echo "Log triage report"
echo "  sources:    $(paste -sd ',' "$sources" | sed 's/,/, /g')"
cat "$workdir/summary.txt"
echo
echo "Top $top signatures at $min_level or above"
if [ ! -s "$workdir/sigs.tsv" ]; then
    echo "  (none)"
    exit 0
fi
printf '  %6s  %-6s %-22s %s\n' count level "first seen" signature
sort -t "$(printf '\t')" -k1,1nr -k2,2nr -k4,4 "$workdir/sigs.tsv" |
    awk -F '\t' -v top="$top" 'NR <= top { printf "  %6d  %-6s %-22s %s\n", $1, $3, $4, $5 }'
