#!/bin/bash
docker compose down --remove-orphans
docker image prune -f
rm -rf ./build ./dist ./.pytest_cache
