#!/bin/bash
pip install --extra-index-url https://pypi.acme-internal.example.invalid/simple acme-utils
