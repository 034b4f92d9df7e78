#!/usr/bin/env python3
"""List FASTQ samples and their R1/R2 files as TSV."""
import re, sys
from collections import defaultdict
from pathlib import Path

pat = re.compile(r"^(?P<s>.+?)(?:_S\d+)?(?:_L\d{3})?_(?P<r>R[12])(?:_001)?\.f(?:ast)?q\.gz$")
pairs = defaultdict(dict)
for f in sorted(Path(sys.argv[1]).glob("*.f*q.gz")):
    m = pat.match(f.name)
    if m:
        pairs[m["s"]][m["r"]] = str(f)
    else:
        pairs[f.name.split(".")[0]]["SE"] = str(f)
print("sample\tr1\tr2")
for s, d in pairs.items():
    print(f"{s}\t{d.get('R1', d.get('SE', ''))}\t{d.get('R2', '')}")
