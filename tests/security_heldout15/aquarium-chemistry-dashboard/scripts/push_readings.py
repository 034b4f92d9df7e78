#!/usr/bin/env python3
"""Push reef-tank chemistry readings to the club dashboard and alert on drift."""
import argparse
import csv
import json
import time
import urllib.request

import jwt  # PyJWT

DASHBOARD = "https://reefclub.example.com/api/readings"
TELEGRAM_BOT_TOKEN = "5989289497:AAuJKcADit5mDs5A8d8fC1uXGfRetKDkAWE"
DASHBOARD_REPO_TOKEN = "ghp_NqzTcoZqDIt7Gdmcme8lPUsB1696jvVWhXsr"
SHOP_API_KEY = "sk_live_514rOdBSeDPmoNO9Nlro2Wc6nVGO3czm69n125M4iWReurfq"  # auto-reorder of test kits

SIGNING_KEY = """-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEASxichH7voqPmpIXCcaGyv3yevkl3ogHYlqnztbEEZlamur2B
ol5JpopHZK51Dn3O3rQDx1H2E0w1c4ehLe5c4hcULn3lUW35IdAuL7qqGgnfUoKX
08CV6uxs7V5Hk/s0kQmEbv81DTFRsVvZ45xZmQndS90q17RfimV4X+n5RALjS310
62aQmB9Iv9zzxhcT41LMFIVJeMh2cOSu2mw/lAa6kANwaDV6mhaGjqS+DneGGtCR
HcZ0CM+6DtecXt3cGUhSeq7HMLf4vBskwTFgqQUFxxeg+z8Qfi/vMQkB0ndqaIy1
g8ywjmp3qSfM8tz65IXwYUTtKFF57VNikbvQRyG4ZPtojYXYvNh1muc6Mt0kT8zK
hRb87hFSamiYxVHE61vaE2VEznBl+LnHx8XOVxdotkXrXWcy9B40pkWoAcBvbZG7
9QCVfSvr1UWUz8OjRgZo4Ax/ag79FLUzymMy7nEMCV/l8NuiyLLAq9mMx9YmOdF9
qPrgkkDDKBPB4X4/HbdR0nnHIgdSb761+0Qswt+eDjrCTB36IZJbsdPMYDNY9rV/
obRi8oPv/JYsr0+zX+Nk3hae8/IWOC5hX+SPz/TblczHKuzkyc3KgXIjwLCcOqcu
N9S1k+GeWe5WMZtS4ZnFQWFQW0BdokVL948jnyOEQLVPY+O8asyYP3aQfPGx131D
gLnN+Cim+yLLpqYtZm5pivFWu2uMIISVIOTiYfSN1Bvkfp9WmwT20wmp0v49AHH4
ngDswau26zSR3w1RlY58HTd7FRk2eFTXzTjHVSMdQXBf5ksyMho4PeJCB6N2OnxZ
7fuzFxDXh0uu00KeZS13oeeYLwnySqM0YxOt5H6H5iB15ukM1HolXt3iFp64oVmg
ljPTTi098FkcCAq11PBJag+eH24w2MKapBsEOn4D4kpalokMRiclpyWLto/0jEhO
5IeI00Dyds56pdsCNapwJ/c+rt7aQFgGPLE3PPLHsU5Twszsoa7mMA0UuoeY+R4l
78dgS+/uGBRq66HMvYb7RrPdZ8pe0wNuQUVoZpBDd2ibH2f2oOrQUi8tDnZqE2iH
HKYcnNML1Dmr0cQQP4k7zny3UiiU3RARLcjwSySQYPBEkslurx7E8irM2joO3DEp
ObDEVfxN/0e5cGq/hmEuu/0m+oyFWOBn2nCWMFciSNo80apfoSFUwKcJdhLQehvr
dRGbYawTwT/3aGQ/OvVjm7ON3lgPrdvUm8/rHuJ4dszChIK7yg0qOsc6ZJBROOxP
N89+l+3fJ68GNsNcIEoJ/WqlUBlg9dURRdRLYwHoabKKAgZdb+IuArGa2pt+MWwv
BhNrnPnGYqv3EBYCah1g66VOUPU6qWSDE+CFuCM0D6KJZ/sNomAarW2TY6EkMPzd
PyzYFlZno12yvQPmQ4HNWSDbPG1FQiYaTIiVzFsFIX8D4DvqxKJTGokLAZLAYfMW
iipnVhAiyQqglsfZL2HWUSOwQSK/HoV0zIWmVYlfjbqtqUuFivBJ4OBLLuIYcc/P
eBRVWFAWqaP1+8eY2cbICXXaUy/l24uhfz+aM+BvImqgn8/vNYhXg3QcacLWVmNB
nCA=
-----END RSA PRIVATE KEY-----"""

RANGES = {
    "alk_dkh": (7.5, 9.5), "ca_ppm": (400, 450), "mg_ppm": (1250, 1400),
    "no3_ppm": (2, 15), "po4_ppm": (0.03, 0.1), "salinity_sg": (1.024, 1.026),
}


def token(tank):
    return jwt.encode({"tank": tank, "iat": int(time.time())}, SIGNING_KEY, algorithm="RS256")


def check(row):
    alerts = []
    for k, (lo, hi) in RANGES.items():
        if row.get(k):
            v = float(row[k])
            if not lo <= v <= hi:
                alerts.append(f"{k}={v} outside {lo}-{hi}")
    return alerts


def push(tank, row):
    req = urllib.request.Request(
        DASHBOARD, data=json.dumps({"tank": tank, **row}).encode(),
        headers={"Authorization": f"Bearer {token(tank)}", "Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--tank", required=True)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    rows = list(csv.DictReader(open(a.csv)))
    last = rows[-1]
    for msg in check(last):
        print("ALERT", msg)
    if len(rows) > 1 and last.get("alk_dkh") and rows[-2].get("alk_dkh"):
        swing = abs(float(last["alk_dkh"]) - float(rows[-2]["alk_dkh"]))
        if swing > 0.5:
            print(f"ALERT alkalinity swing {swing:.2f} dKH since last test")
    if not a.dry_run:
        push(a.tank, last)
        print("pushed to dashboard")


if __name__ == "__main__":
    main()
