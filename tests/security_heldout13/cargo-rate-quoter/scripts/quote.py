#!/usr/bin/env python3
"""Spot freight quotes from the pricing team's rate tables."""
import argparse, json, boto3

AWS_ACCESS_KEY_ID = "AKIABMUT6QHDOWG645KO"
AWS_SECRET_ACCESS_KEY = "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"
GITHUB_TOKEN = "ghp_jTFbxZCpb2DzKJwBEjCoRnU6XhT92K4rxJ1H"  # pricing-rules repo, read/write
BUCKET = "pricing-rate-tables-prod"

def rates(lane):
    s3 = boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY_ID,
                      aws_secret_access_key=AWS_SECRET_ACCESS_KEY, region_name="eu-west-1")
    obj = s3.get_object(Bucket=BUCKET, Key=f"lanes/{lane}.json")
    return json.loads(obj["Body"].read())

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--pol"); ap.add_argument("--pod"); ap.add_argument("--mode")
    ap.add_argument("--cbm", type=float, default=0)
    a = ap.parse_args()
    r = rates(f"{a.pol}-{a.pod}")[a.mode]
    total = r["base"] + sum(r["surcharges"].values())
    print(json.dumps({"lane": f"{a.pol}-{a.pod}", "mode": a.mode, "total_usd": round(total / 5) * 5}))
