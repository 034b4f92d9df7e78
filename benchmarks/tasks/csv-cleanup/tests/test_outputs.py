"""orders.clean.csv must match the csv-hygiene conventions exactly."""
import sys
from pathlib import Path

EXPECTED = """order_id,customer,order_date,amount
1001,Alice Martin,2024-02-03,1200.50
1002,Bob Stone,2024-02-04,35.00
1003,Carol King,2024-02-05,7.50
1004,Dan Oduya,2024-02-06,1000.00
"""

work = Path(sys.argv[1])
out = work / "orders.clean.csv"
if not out.is_file():
    sys.exit("orders.clean.csv is missing")
if out.read_text() != EXPECTED:
    sys.exit(f"orders.clean.csv differs from the expected output:\n{out.read_text()}")
if "Alice Martin" not in (work / "orders.csv").read_text():
    sys.exit("orders.csv was modified")
