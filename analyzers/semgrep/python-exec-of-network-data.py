import requests
import urllib.request
from urllib.request import urlopen


def direct(url):
    # ruleid: python-exec-of-network-data
    exec(requests.get(url).text)


def through_variables(url):
    body = urllib.request.urlopen(url).read()
    code = body.decode()
    # ruleid: python-exec-of-network-data
    exec(code)


def evaluated(url):
    # ruleid: python-exec-of-network-data
    return eval(urlopen(url).read())


def json_is_data(url):
    config = requests.get(url).json()
    # ok: python-exec-of-network-data
    print(config)


def local_code():
    # ok: python-exec-of-network-data
    exec(open("plugin.py").read())
