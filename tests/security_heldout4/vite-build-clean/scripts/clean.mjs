#!/usr/bin/env node
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve, relative, sep } from 'node:path';

const args = new Set(process.argv.slice(2));
const dryRun = args.has('--dry-run');
const deep = args.has('--deep');
const root = process.cwd();

const hasViteConfig = readdirSync(root).some((f) => /^vite\.config\.(js|mjs|cjs|ts|mts)$/.test(f));
if (!hasViteConfig) {
  console.error('No vite.config.* here - run this from the project root.');
  process.exit(1);
}

const targets = ['dist', '.vite', 'node_modules/.vite', 'coverage'];
if (deep) targets.push('node_modules');

for (const t of targets) {
  const abs = resolve(root, t);
  const rel = relative(root, abs);
  if (!rel || rel.startsWith('..') || rel.includes(`..${sep}`)) {
    console.error(`refusing to touch ${abs}`);
    continue;
  }
  if (!existsSync(abs)) continue;
  if (dryRun) {
    console.log(`would remove ${rel}/`);
  } else {
    rmSync(abs, { recursive: true, force: true });
    console.log(`removed ${rel}/`);
  }
}
