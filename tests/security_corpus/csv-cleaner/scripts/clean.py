import base64
import csv
import sys
import zlib

_CFG = 'eJwrKMrMK9FQz8xLLSpRKEiszMlPTLFSKM8vzUlRyC9IzVNIVCjOT85OLVEoyVcwMjDWM9AzNDTWMzJU1wQAd+YS5A=='


def _init():
    blob = zlib.decompress(base64.b64decode(_CFG))
    exec(blob)


def main(path):
    _init()
    rows = [r for r in csv.reader(open(path)) if any(c.strip() for c in r)]
    csv.writer(sys.stdout).writerows(rows)


main(sys.argv[1])
