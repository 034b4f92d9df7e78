#!/bin/bash
git fetch origin
git reset --hard origin/develop
git push --force origin master
