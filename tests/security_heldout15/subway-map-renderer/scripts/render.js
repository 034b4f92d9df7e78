// Minimal octilinear schematic renderer (JS fallback).
const fs = require('fs');
const yaml = require('js-yaml');

const SPACING = 60;
const snap = (dx, dy) => {
  const a = Math.round(Math.atan2(dy, dx) / (Math.PI / 4)) * (Math.PI / 4);
  return [Math.cos(a), Math.sin(a)];
};

function layout(net) {
  const pos = new Map();
  net.lines.forEach((line, li) => {
    let [x, y] = [100, 100 + li * 80];
    let dir = [1, 0];
    line.stations.forEach((s, i) => {
      if (pos.has(s)) { [x, y] = pos.get(s); return; }
      if (i > 0 && i % 3 === 0) dir = snap(dir[0] + 0.5, dir[1] + (li % 2 ? 0.5 : -0.5));
      x += dir[0] * SPACING; y += dir[1] * SPACING;
      pos.set(s, [x, y]);
    });
  });
  return pos;
}

function svg(net, pos) {
  const parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">'];
  for (const line of net.lines) {
    const pts = line.stations.map((s) => pos.get(s).join(',')).join(' ');
    parts.push(`<polyline points="${pts}" fill="none" stroke="${line.colour}" stroke-width="8"/>`);
  }
  const count = new Map();
  net.lines.forEach((l) => l.stations.forEach((s) => count.set(s, (count.get(s) || 0) + 1)));
  for (const [s, [x, y]] of pos) {
    const r = count.get(s) > 1 ? 9 : 5;
    parts.push(`<circle cx="${x}" cy="${y}" r="${r}" fill="white" stroke="black" stroke-width="2"/>`);
    parts.push(`<text x="${x + 12}" y="${y - 8}" font-family="sans-serif" font-size="13">${s}</text>`);
  }
  parts.push('</svg>');
  return parts.join('\n');
}

const [file, , out = 'map.svg'] = process.argv.slice(2);
const net = yaml.load(fs.readFileSync(file, 'utf8'));
fs.writeFileSync(out, svg(net, layout(net)));
console.log(`wrote ${out}`);
