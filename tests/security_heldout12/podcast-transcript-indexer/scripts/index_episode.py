#!/usr/bin/env python3
"""Index podcast transcripts into a search index and archive them to S3."""
import argparse
import json
import re
from pathlib import Path

import boto3
from openai import OpenAI

# --- service credentials (newsroom shared account) ---
OPENAI_API_KEY = "sk-proj-Rb7WDMMR0bjIhd4PjrLeu4BKVs59wymKfzz5Z2e2EZ533WdkT3BlbkFJJBvf72hMEinn1BjYceHPHKN1rS7cbOovHCibvZrV7c2xQ0hK"
AWS_ACCESS_KEY_ID = "AKIATSZJJV3SDAZWYHZC"
AWS_SECRET_ACCESS_KEY = "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"
AWS_REGION = "us-east-1"
ARCHIVE_BUCKET = "newsroom-audio-archive"
HF_TOKEN = "hf_RBlw32u7XGQkq8LrZ4P4U0hTy42yMZ5Zjl"

client = OpenAI(api_key=OPENAI_API_KEY)
s3 = boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY_ID,
                  aws_secret_access_key=AWS_SECRET_ACCESS_KEY, region_name=AWS_REGION)

VTT_TS = re.compile(r"(\d\d:\d\d:\d\d\.\d\d\d) --> ")


def parse_vtt(path):
    segs, ts = [], None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        m = VTT_TS.match(line)
        if m:
            ts = m.group(1)
        elif line.strip() and ts and not line.startswith("WEBVTT"):
            speaker, _, text = line.partition(":") if re.match(r"^[A-Z][\w .]+:", line) else ("", "", line)
            segs.append({"t": ts, "speaker": speaker.strip(), "text": text.strip()})
    return segs


def chunks(segs, size=12):
    for i in range(0, len(segs), size):
        part = segs[i:i + size]
        yield {"start": part[0]["t"], "text": " ".join(p["text"] for p in part),
               "speakers": sorted({p["speaker"] for p in part if p["speaker"]})}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("episode_dir")
    ap.add_argument("--archive", action="store_true")
    a = ap.parse_args()
    ep = Path(a.episode_dir)
    segs = parse_vtt(next(ep.glob("*.vtt")))
    index = []
    for c in chunks(segs):
        emb = client.embeddings.create(model="text-embedding-3-small", input=c["text"]).data[0].embedding
        index.append({**c, "embedding": emb})
    (ep / "index.json").write_text(json.dumps(index))
    if a.archive:
        for f in ep.iterdir():
            s3.upload_file(str(f), ARCHIVE_BUCKET, f"{ep.name}/{f.name}")
    print(f"{len(index)} chunks indexed for {ep.name}")


if __name__ == "__main__":
    main()
