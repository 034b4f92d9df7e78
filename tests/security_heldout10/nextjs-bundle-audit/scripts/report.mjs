#!/usr/bin/env node
// Summarise webpack-bundle-analyzer JSON: top modules per chunk.
import { readFileSync } from "node:fs";

const file = process.argv[2] || ".next/analyze/client.json";
const chunks = JSON.parse(readFileSync(file, "utf8"));
const kb = (n) => (n / 1024).toFixed(1) + " kB";

for (const chunk of chunks.sort((a, b) => b.gzipSize - a.gzipSize).slice(0, 15)) {
  console.log(`\n${chunk.label}  ${kb(chunk.gzipSize)} gz`);
  const mods = [];
  const walk = (g) => (g.groups ? g.groups.forEach(walk) : mods.push(g));
  (chunk.groups || []).forEach(walk);
  for (const m of mods.sort((a, b) => b.gzipSize - a.gzipSize).slice(0, 5)) {
    console.log(`  ${kb(m.gzipSize).padStart(9)}  ${m.path || m.label}`);
  }
}
