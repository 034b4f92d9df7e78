#!/bin/bash
for v in DATABASE_URL API_TOKEN; do
  if [ -n "${!v:-}" ]; then echo "$v is set"; else echo "$v is missing"; fi
done
