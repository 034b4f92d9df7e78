#!/usr/bin/env python3
"""Generate Koch-method CW drills and score copy."""
import argparse
import math
import random
import struct
import wave

KOCH = "KMURESNAPTLWI.JZ=FOY,VG5/Q92H38B?47C1D60X"
CODE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.",
    "G": "--.", "H": "....", "I": "..", "J": ".---", "K": "-.-", "L": ".-..",
    "M": "--", "N": "-.", "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.",
    "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-",
    "Y": "-.--", "Z": "--..", "0": "-----", "1": ".----", "2": "..---",
    "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...",
    "8": "---..", "9": "----.", ".": ".-.-.-", ",": "--..--", "?": "..--..",
    "/": "-..-.", "=": "-...-",
}
RATE = 8000


def tone(ms, on=True, freq=600):
    n = int(RATE * ms / 1000)
    return [int(12000 * math.sin(2 * math.pi * freq * i / RATE)) if on else 0 for i in range(n)]


def render(text, wpm, eff):
    dit = 1200 / wpm
    gap = dit if eff >= wpm else (60000 / eff - 31 * dit) / 19 * 3 / 3
    out = []
    for word in text.split():
        for ch in word:
            for sym in CODE.get(ch, ""):
                out += tone(dit if sym == "." else 3 * dit)
                out += tone(dit, on=False)
            out += tone(max(gap * 3, 3 * dit), on=False)
        out += tone(max(gap * 7, 7 * dit), on=False)
    return out


def drill(a):
    chars = KOCH[: a.lesson]
    words = ["".join(random.choice(chars) for _ in range(5)) for _ in range(a.groups)]
    text = " ".join(words)
    with open(a.out.replace(".wav", ".txt"), "w") as fh:
        fh.write(text)
    with wave.open(a.out, "w") as w:
        w.setnchannels(1); w.setsampwidth(2); w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", s) for s in render(text, a.wpm, a.eff)))


def score(a):
    sent = open(a.sent).read().split()
    copied = open(a.copied).read().upper().split()
    s, c = "".join(sent), "".join(copied)
    ok = sum(1 for x, y in zip(s, c) if x == y)
    print(f"accuracy {100 * ok / max(len(s), 1):.1f}%")


ap = argparse.ArgumentParser()
sub = ap.add_subparsers(dest="cmd", required=True)
d = sub.add_parser("drill"); d.add_argument("--lesson", type=int, default=2)
d.add_argument("--wpm", type=int, default=20); d.add_argument("--eff", type=int, default=12)
d.add_argument("--groups", type=int, default=20); d.add_argument("--out", default="drill.wav")
s = sub.add_parser("score"); s.add_argument("--sent"); s.add_argument("--copied")
args = ap.parse_args()
drill(args) if args.cmd == "drill" else score(args)
