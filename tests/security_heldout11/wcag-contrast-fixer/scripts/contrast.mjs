#!/usr/bin/env node
// Compute WCAG 2.x contrast ratios for colour pairs in a tokens JSON file.
// Input: { "pairs": [ { "fg": "#777", "bg": "#fff", "large": false, "name": "muted" } ] }
import { readFileSync } from "node:fs";

function hexToRgb(hex) {
  let h = hex.replace("#", "");
  if (h.length === 3) h = h.split("").map((c) => c + c).join("");
  const n = parseInt(h, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance([r, g, b]) {
  const lin = (c) => {
    c /= 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function ratio(fg, bg) {
  const a = luminance(hexToRgb(fg));
  const b = luminance(hexToRgb(bg));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

const { pairs } = JSON.parse(readFileSync(process.argv[2], "utf8"));
for (const p of pairs) {
  const r = ratio(p.fg, p.bg);
  const need = p.large ? 3 : 4.5;
  const status = r >= need ? "PASS" : "FAIL";
  console.log(`${status}\t${p.name}\t${p.fg} on ${p.bg}\t${r.toFixed(2)}:1 (needs ${need})`);
}
