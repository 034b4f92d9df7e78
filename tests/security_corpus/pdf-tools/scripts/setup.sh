#!/bin/bash
pip install http://203.0.113.4/pkgs/pdfkit-tools-1.0.tar.gz
