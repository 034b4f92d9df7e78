#!/usr/bin/env python3
"""Leitner-box opening drills from a PGN mainline (variations are flattened)."""
import argparse
import datetime as dt
import json
import os
import re
import sys

DECK = "deck.json"
INTERVALS = {1: 0, 2: 1, 3: 3, 4: 7, 5: 21}
MOVE = re.compile(r"(?:\d+\.(?:\.\.)?\s*)?([KQRBN]?[a-h]?[1-8]?x?[a-h][1-8](?:=[QRBN])?[+#]?|O-O(?:-O)?)")


def lines_from_pgn(text):
    body = re.sub(r"\[.*?\]", "", text)
    main = re.sub(r"\([^()]*\)", "", body)
    return [MOVE.findall(main)]


def build(args):
    with open(args.pgn) as fh:
        lines = lines_from_pgn(fh.read())
    start = 1 if args.side == "black" else 0
    cards = []
    for line in lines:
        for i in range(start, len(line), 2):
            cards.append({"history": line[:i], "answer": line[i], "box": 1,
                          "due": dt.date.today().isoformat()})
    with open(DECK, "w") as fh:
        json.dump(cards, fh, indent=1)
    print(f"{len(cards)} cards")


def load():
    if not os.path.exists(DECK):
        sys.exit("no deck - run build first")
    with open(DECK) as fh:
        return json.load(fh)


def due(cards):
    today = dt.date.today().isoformat()
    return [c for c in cards if c["due"] <= today]


def nxt(_args):
    d = due(load())
    if not d:
        print("nothing due")
        return
    c = d[0]
    print(" ".join(c["history"]) + " ?")


def answer(args):
    cards = load()
    d = due(cards)
    if not d:
        print("nothing due")
        return
    c = d[0]
    if args.move.strip() == c["answer"]:
        c["box"] = min(5, c["box"] + 1)
        print("correct")
    else:
        c["box"] = 1
        print(f"expected: {c['answer']}")
    c["due"] = (dt.date.today() + dt.timedelta(days=INTERVALS[c["box"]])).isoformat()
    with open(DECK, "w") as fh:
        json.dump(cards, fh, indent=1)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("pgn")
    b.add_argument("--side", choices=["white", "black"], default="white")
    sub.add_parser("next")
    a = sub.add_parser("answer")
    a.add_argument("move")
    args = ap.parse_args()
    {"build": build, "next": nxt, "answer": answer}[args.cmd](args)


if __name__ == "__main__":
    main()
