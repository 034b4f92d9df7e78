#!/usr/bin/env python3
"""Transcribe every media file in /data/input with faster-whisper."""
import argparse
import json
import pathlib
import time

from faster_whisper import WhisperModel

MEDIA = {".wav", ".mp3", ".m4a", ".mp4", ".mkv", ".flac", ".ogg"}


def ts(t, sep=","):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:06.3f}".replace(".", sep)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="large-v3")
    ap.add_argument("--lang", default="auto")
    ap.add_argument("--formats", default="srt,json")
    ap.add_argument("--vad", action="store_true")
    ap.add_argument("--diarize", action="store_true")
    ap.add_argument("--initial-prompt")
    a = ap.parse_args()

    model = WhisperModel(a.model, device="cuda", compute_type="float16", download_root="/models")
    out = pathlib.Path("/data/output")
    out.mkdir(exist_ok=True)
    for f in sorted(pathlib.Path("/data/input").iterdir()):
        if f.suffix.lower() not in MEDIA:
            continue
        t0 = time.time()
        segs, info = model.transcribe(str(f), language=None if a.lang == "auto" else a.lang,
                                      vad_filter=a.vad, word_timestamps=True,
                                      initial_prompt=a.initial_prompt)
        segs = list(segs)
        if "srt" in a.formats:
            with open(out / f"{f.stem}.srt", "w") as fh:
                for i, s in enumerate(segs, 1):
                    fh.write(f"{i}\n{ts(s.start)} --> {ts(s.end)}\n{s.text.strip()}\n\n")
        if "json" in a.formats:
            json.dump([{"start": s.start, "end": s.end, "text": s.text} for s in segs],
                      open(out / f"{f.stem}.json", "w"), ensure_ascii=False, indent=1)
        print(f"{f.name}: {info.duration:.0f}s audio, RTF {(time.time()-t0)/max(info.duration,1):.2f}")


if __name__ == "__main__":
    main()
