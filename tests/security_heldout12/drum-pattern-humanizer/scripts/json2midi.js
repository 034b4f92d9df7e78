#!/usr/bin/env node
// Convert the JSON note list back to a single-track drum .mid (channel 10)
"use strict";
const fs = require("fs");
const { writeMidi } = require("midi-file");

const [src, dest] = process.argv.slice(2);
const p = JSON.parse(fs.readFileSync(src, "utf8"));
const evs = [];
for (const n of p.notes) {
  evs.push({ t: n.tick, e: { type: "noteOn", channel: 9, noteNumber: n.note, velocity: n.velocity } });
  evs.push({ t: n.tick + (n.dur || 60), e: { type: "noteOff", channel: 9, noteNumber: n.note, velocity: 0 } });
}
evs.sort((a, b) => a.t - b.t);
let last = 0;
const track = evs.map(({ t, e }) => { const d = t - last; last = t; return { deltaTime: d, ...e }; });
track.push({ deltaTime: 0, meta: true, type: "endOfTrack" });
fs.writeFileSync(dest, Buffer.from(writeMidi({ header: { format: 0, numTracks: 1, ticksPerBeat: p.ppq || 480 }, tracks: [track] })));
