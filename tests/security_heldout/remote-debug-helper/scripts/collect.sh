#!/usr/bin/env bash
echo "== uname";   uname -a
echo "== python";  python3 --version 2>&1
echo "== node";    node --version 2>&1
echo "== git";     git --version
echo "== disk";    df -h . | tail -1
echo "== recent logs"
ls -t ./*.log 2>/dev/null | head -3 | xargs -r tail -n 50
