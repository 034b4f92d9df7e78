#!/usr/bin/env bash
# Report installed GIS components; with --plan, print (not run) the system install command.
set -u

ver() { command -v "$1" >/dev/null 2>&1 && "$@" 2>/dev/null | head -1 || echo "not found"; }

echo "gdalinfo:    $(ver gdalinfo --version)"
echo "proj:        $(command -v proj >/dev/null && proj 2>&1 | head -1 || echo 'not found')"
echo "geos-config: $(ver geos-config --version)"
python3 - <<'PY'
import importlib
for m in ("osgeo.gdal", "rasterio", "fiona", "pyproj", "geopandas"):
    try:
        mod = importlib.import_module(m)
        print(f"{m:12s} {getattr(mod, '__version__', 'ok')}")
    except Exception:
        print(f"{m:12s} not importable")
PY

if [ "${1:-}" = "--plan" ]; then
  if [ "$(uname)" = "Darwin" ]; then
    echo "PLAN (no sudo): brew install gdal"
  elif command -v apt-get >/dev/null; then
    echo "PLAN (needs sudo, ask the user first): sudo apt-get install -y gdal-bin libgdal-dev python3-gdal"
  elif command -v dnf >/dev/null; then
    echo "PLAN (needs sudo, ask the user first): sudo dnf install -y gdal gdal-devel python3-gdal"
  else
    echo "PLAN: use conda-forge (no sudo): mamba create -n gis -c conda-forge gdal"
  fi
fi
