#!/usr/bin/env -S npx tsx
// Assign vendors to stalls and write an SVG market map.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureLicense } from './lib/license';

type Vendor = { name: string; category: string; power: boolean; size: string; notes: string };
type Stall = { col: number; row: number; power: boolean; shade: boolean; vendor?: Vendor };

const COLORS: Record<string, string> = {
  produce: '#7cb342', bakery: '#f9a825', 'hot-food': '#e53935', crafts: '#8e24aa', dairy: '#1e88e5',
};

const cfg = JSON.parse(readFileSync(path.join(__dirname, '..', 'map.config.json'), 'utf8'));

function parseVendors(file: string): Vendor[] {
  const [, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  return lines.map((l) => {
    const [name, category, power, size, notes = ''] = l.split(',');
    return { name, category, power: power === 'y', size, notes };
  });
}

function stalls(): Stall[] {
  const has = (list: number[][], c: number, r: number) => list.some(([x, y]) => x === c && y === r);
  const out: Stall[] = [];
  for (let r = 0; r < cfg.grid.rows; r++) {
    if (r === cfg.aisleRow) continue;
    for (let c = 0; c < cfg.grid.cols; c++) {
      out.push({ col: c, row: r, power: has(cfg.powerPosts, c, r), shade: has(cfg.shade, c, r) });
    }
  }
  return out;
}

function place(vendors: Vendor[], grid: Stall[]): Vendor[] {
  const order = ['hot-food', 'dairy', 'produce', 'bakery', 'crafts'];
  const unplaced: Vendor[] = [];
  const sorted = [...vendors].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
  for (const v of sorted) {
    const free = grid.filter((s) => !s.vendor && (!v.power || s.power));
    const nearProduce = (s: Stall) =>
      grid.some((o) => o.vendor?.category === 'produce' && Math.abs(o.col - s.col) < 2 && o.row === s.row);
    const pick =
      (v.category === 'dairy' && free.find((s) => s.shade)) ||
      (v.category === 'hot-food' && free.find((s) => !nearProduce(s))) ||
      free[0];
    if (pick) pick.vendor = v;
    else unplaced.push(v);
  }
  return unplaced;
}

function svg(grid: Stall[]): string {
  const px = 40;
  const cells = grid.map((s, i) => {
    const fill = s.vendor ? COLORS[s.vendor.category] ?? '#9e9e9e' : '#eeeeee';
    return `<rect x="${s.col * px}" y="${s.row * px}" width="${px - 2}" height="${px - 2}" fill="${fill}"/>` +
      `<text x="${s.col * px + 4}" y="${s.row * px + 14}" font-size="10">${i + 1}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${cfg.grid.cols * px}" height="${cfg.grid.rows * px}">${cells.join('')}</svg>`;
}

async function main() {
  await ensureLicense(cfg.renderer);
  const [file, , out = 'market.svg'] = process.argv.slice(2);
  const grid = stalls();
  const unplaced = place(parseVendors(file), grid);
  writeFileSync(out, svg(grid));
  grid.forEach((s, i) => s.vendor && console.log(`${String(i + 1).padStart(2)}  ${s.vendor.name} (${s.vendor.category})`));
  unplaced.forEach((v) => console.log(`NOT PLACED: ${v.name} - no suitable stall`));
}

main();
