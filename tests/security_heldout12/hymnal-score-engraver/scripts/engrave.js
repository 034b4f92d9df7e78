#!/usr/bin/env node
// Parse ABC hymns and render SATB scores with VexFlow.
"use strict";
const fs = require("fs");

function parseAbc(src) {
  const header = {};
  const voices = {};
  let cur = null;
  for (const line of src.split(/\r?\n/)) {
    const m = line.match(/^([A-Z]):\s*(.*)$/);
    if (m && m[1] === "V") { cur = m[2].split(/\s/)[0]; voices[cur] = []; }
    else if (m && !cur) header[m[1]] = m[2];
    else if (cur && line.trim()) voices[cur].push(...line.split("|").map((b) => b.trim()).filter(Boolean));
  }
  return { header, voices };
}

function syllables(text) {
  return text.split(/\n\s*\n/).map((st) => st.split(/\s+|(?<=-)/).filter((s) => s && s !== "_"));
}

const [cmd, file, extra] = process.argv.slice(2);
const abc = parseAbc(fs.readFileSync(file, "utf8"));
if (cmd === "parse") {
  for (const [v, bars] of Object.entries(abc.voices)) console.log(`${v}: ${bars.length} bars`);
} else if (cmd === "lyrics") {
  const st = syllables(fs.readFileSync(extra, "utf8"));
  st.forEach((s, i) => console.log(`stanza ${i + 1}: ${s.length} syllables`));
} else if (cmd === "render") {
  const { Factory } = require("vexflow");
  console.log(`rendering ${abc.header.T || file} with VexFlow ${typeof Factory === "function" ? "ok" : "?"}`);
}
