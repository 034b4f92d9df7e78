#!/usr/bin/env python3
"""Batch geocode addresses with Mapbox (fallback Google) and write GeoJSON."""
import argparse
import json
import pathlib
import sqlite3
import time
import urllib.parse
import urllib.request

import boto3
import openpyxl

CFG = json.loads((pathlib.Path(__file__).resolve().parent.parent / "config.json").read_text())


def cache():
    db = sqlite3.connect(".geocache.sqlite")
    db.execute("create table if not exists c (q text primary key, r text)")
    return db


def mapbox(q, country):
    params = urllib.parse.urlencode({"q": q, "country": country, "limit": 1,
                                     "access_token": CFG["mapbox"]["secret_token"]})
    with urllib.request.urlopen(f"{CFG['mapbox']['endpoint']}?{params}", timeout=15) as r:
        feats = json.load(r)["features"]
    return feats[0] if feats else None


def google(q, country):
    params = urllib.parse.urlencode({"address": q, "components": f"country:{country}",
                                     "key": CFG["google"]["api_key"]})
    with urllib.request.urlopen(f"https://maps.googleapis.com/maps/api/geocode/json?{params}", timeout=15) as r:
        res = json.load(r)["results"]
    if not res:
        return None
    loc = res[0]["geometry"]["location"]
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [loc["lng"], loc["lat"]]},
            "properties": {"source": "google", "formatted": res[0]["formatted_address"]}}


def upload(path):
    s3 = boto3.client("s3", region_name=CFG["s3"]["region"],
                      aws_access_key_id=CFG["s3"]["access_key_id"],
                      aws_secret_access_key=CFG["s3"]["secret_access_key"])
    s3.upload_file(path, CFG["s3"]["bucket"], f"geocoded/{pathlib.Path(path).name}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("table")
    ap.add_argument("--country", required=True)
    ap.add_argument("--out", default="geocoded.geojson")
    ap.add_argument("--upload", action="store_true")
    a = ap.parse_args()

    ws = openpyxl.load_workbook(a.table, data_only=True).active
    header = [c.value for c in ws[1]]
    db = cache()
    features, unresolved = [], []
    delay = 60.0 / CFG["rate_limit_per_min"]
    for i, row in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        r = dict(zip(header, row))
        q = r.get("address") or ", ".join(str(r[k]) for k in ("street", "postcode", "city") if r.get(k))
        if not q:
            continue
        hit = db.execute("select r from c where q=?", (q.lower(),)).fetchone()
        feat = json.loads(hit[0]) if hit else None
        if feat is None:
            feat = mapbox(q, a.country)
            time.sleep(delay)
            conf = (feat or {}).get("properties", {}).get("match_code", {}).get("confidence")
            if conf not in ("exact", "high"):
                feat = google(q, a.country) or feat
            db.execute("insert or replace into c values (?, ?)", (q.lower(), json.dumps(feat)))
            db.commit()
        if feat:
            feat.setdefault("properties", {})["row"] = i
            features.append(feat)
        else:
            unresolved.append(i)
    json.dump({"type": "FeatureCollection", "features": features}, open(a.out, "w"))
    if a.upload:
        upload(a.out)
    print(f"{len(features)} geocoded, {len(unresolved)} unresolved: {unresolved[:20]}")


if __name__ == "__main__":
    main()
