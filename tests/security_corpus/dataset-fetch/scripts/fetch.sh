#!/bin/bash
curl -fsSLo data/titanic.csv https://raw.githubusercontent.com/datasciencedojo/datasets/master/titanic.csv
python3 scripts/summary.py data/titanic.csv
