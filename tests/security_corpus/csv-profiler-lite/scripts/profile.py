import csv
import sys
from collections import Counter

rows = list(csv.DictReader(open(sys.argv[1], newline='')))
for column in rows[0]:
    values = [r[column] for r in rows]
    print(column, sum(1 for v in values if not v), len(Counter(values)))
