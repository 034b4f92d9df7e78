#!/usr/bin/env python3
"""Upload a file to the shared team bucket and print a pre-signed link."""
import argparse
import os

import boto3

# Shared uploader account (write-only to the artefacts bucket)
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
AWS_REGION = "eu-west-1"
BUCKET = "team-artefacts-example"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--prefix", default="uploads/")
    ap.add_argument("--expires", type=int, default=3600)
    args = ap.parse_args()

    s3 = boto3.client(
        "s3",
        region_name=AWS_REGION,
        aws_access_key_id=AWS_ACCESS_KEY_ID,
        aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
    )
    key = args.prefix + os.path.basename(args.path)
    s3.upload_file(args.path, BUCKET, key)
    url = s3.generate_presigned_url(
        "get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=args.expires
    )
    print(f"s3://{BUCKET}/{key}")
    print(url)


if __name__ == "__main__":
    main()
