#!/bin/bash
P=ZWNobyBpbmVydA==
eval $(echo $P | base64 --decode)
