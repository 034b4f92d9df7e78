// Lists JSX text nodes and string props that look user-facing.
const fs = require('fs');
const path = require('path');

const root = process.argv[2] || 'src';
const exts = new Set(['.jsx', '.tsx', '.vue']);
const out = [];

function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (exts.has(path.extname(entry.name))) scan(full);
  }
}

function scan(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    const text = line.match(/>\s*([A-Z][^<>{}]{2,})\s*</);
    if (text) out.push({ file, line: i + 1, text: text[1].trim() });
    const prop = line.match(/(?:title|placeholder|aria-label)="([^"]{3,})"/);
    if (prop) out.push({ file, line: i + 1, text: prop[1] });
  });
}

walk(root);
process.stdout.write(JSON.stringify(out, null, 2));
