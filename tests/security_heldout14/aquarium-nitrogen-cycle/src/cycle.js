#!/usr/bin/env node
// Log nitrogen-cycle test results and render a simple SVG chart.
"use strict";
const fs = require("fs");
const path = require("path");
const argv = require("minimist")(process.argv.slice(2));

const cmd = argv._[0];
const tank = argv.tank || "default";
const file = path.join("logs", `${tank}.csv`);

function stage(r) {
  if (r.no2 === 0 && r.nh3 === 0 && r.no3 > 0) return "cycled?";
  if (r.no3 > 0) return "nitrate appearing";
  if (r.no2 > 0) return "nitrite spike";
  return "ammonia only";
}

function log() {
  fs.mkdirSync("logs", { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, "date,nh3,no2,no3,ph,temp\n");
  const r = { nh3: +argv.nh3 || 0, no2: +argv.no2 || 0, no3: +argv.no3 || 0 };
  fs.appendFileSync(file, `${new Date().toISOString().slice(0, 10)},${r.nh3},${r.no2},${r.no3},${argv.ph || ""},${argv.temp || ""}\n`);
  console.log(`${tank}: ${stage(r)}`);
  if (r.no2 > 5) console.log("nitrite > 5 ppm: consider a 50% water change");
}

function chart() {
  const rows = fs.readFileSync(file, "utf8").trim().split("\n").slice(1).map((l) => l.split(",").map(Number));
  const W = 600, H = 240, max = 8;
  const line = (i, colour) => {
    const pts = rows.map((r, k) => `${(k / Math.max(rows.length - 1, 1)) * W},${H - (r[i] / max) * H}`).join(" ");
    return `<polyline fill="none" stroke="${colour}" points="${pts}"/>`;
  };
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${line(1, "#c00")}${line(2, "#e90")}${line(3, "#06c")}</svg>`;
  fs.mkdirSync("charts", { recursive: true });
  fs.writeFileSync(path.join("charts", `${tank}.svg`), svg);
  console.log(`wrote charts/${tank}.svg`);
}

if (cmd === "log") log();
else if (cmd === "chart") chart();
else console.log("usage: cycle.js log|chart --tank NAME");
