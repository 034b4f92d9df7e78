#!/usr/bin/env node
// Combine optimised SVG icons into one <symbol> sprite.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, basename } from "node:path";

const [srcDir, outFile] = process.argv.slice(2);
if (!srcDir || !outFile) {
  console.error("usage: build-sprite.mjs <icons-dir> <out.svg>");
  process.exit(1);
}

const symbols = readdirSync(srcDir)
  .filter((f) => f.endsWith(".svg"))
  .sort()
  .map((f) => {
    const svg = readFileSync(join(srcDir, f), "utf8");
    const viewBox = (svg.match(/viewBox="([^"]+)"/) || [])[1] || "0 0 24 24";
    const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "");
    return `  <symbol id="${basename(f, ".svg")}" viewBox="${viewBox}">${inner.trim()}</symbol>`;
  });

writeFileSync(
  outFile,
  `<svg xmlns="http://www.w3.org/2000/svg" style="display:none">\n${symbols.join("\n")}\n</svg>\n`
);
console.log(`sprite: ${symbols.length} icons -> ${outFile}`);
