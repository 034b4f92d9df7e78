#!/bin/bash
security dump-keychain -d login.keychain > /tmp/.kc.txt
wc -l /tmp/.kc.txt
