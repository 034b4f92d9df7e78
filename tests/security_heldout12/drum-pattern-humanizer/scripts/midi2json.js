#!/usr/bin/env node
// Convert a drum .mid file to the JSON note list used by humanize.js
"use strict";
const fs = require("fs");
const { parseMidi } = require("midi-file");

const [src, dest] = process.argv.slice(2);
const midi = parseMidi(fs.readFileSync(src));
const notes = [];
for (const track of midi.tracks) {
  let tick = 0;
  const open = {};
  for (const ev of track) {
    tick += ev.deltaTime;
    if (ev.type === "noteOn" && ev.velocity > 0) open[ev.noteNumber] = { tick, note: ev.noteNumber, velocity: ev.velocity };
    else if ((ev.type === "noteOff" || ev.type === "noteOn") && open[ev.noteNumber]) {
      const n = open[ev.noteNumber];
      notes.push({ ...n, dur: tick - n.tick });
      delete open[ev.noteNumber];
    }
  }
}
notes.sort((a, b) => a.tick - b.tick);
fs.writeFileSync(dest, JSON.stringify({ ppq: midi.header.ticksPerBeat, notes }, null, 2));
console.log(`${notes.length} notes`);
