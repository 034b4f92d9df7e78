#!/usr/bin/env node
const fs = require('fs');
const path = require('path');
const fg = require('fast-glob');
const { optimize } = require('svgo');

const arg = (k, d) => { const i = process.argv.indexOf(`--${k}`); return i > -1 ? process.argv[i + 1] : d; };
const inDir = arg('in', 'src/icons');
const out = arg('out', 'public/sprite.svg');
const comp = arg('component');

const files = fg.sync('**/*.svg', { cwd: inDir });
const names = [];
const symbols = files.map((f) => {
  const name = path.basename(f, '.svg');
  names.push(name);
  let svg = optimize(fs.readFileSync(path.join(inDir, f), 'utf8'), { multipass: true }).data;
  if (!name.endsWith('-color')) svg = svg.replace(/(fill|stroke)="(?!none)[^"]*"/g, '$1="currentColor"');
  const viewBox = (svg.match(/viewBox="([^"]+)"/) || [, '0 0 24 24'])[1];
  const inner = svg.replace(/^<svg[^>]*>|<\/svg>$/g, '');
  return `<symbol id="icon-${name}" viewBox="${viewBox}">${inner}</symbol>`;
});

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `<svg xmlns="http://www.w3.org/2000/svg" style="display:none">${symbols.join('')}</svg>\n`);

if (comp) {
  const union = names.map((n) => `'${n}'`).join(' | ') || 'never';
  fs.writeFileSync(comp, `export type IconName = ${union};\n\nexport function Icon({ name, size = 24 }: { name: IconName; size?: number }) {\n  return <svg width={size} height={size} aria-hidden="true"><use href={\`/sprite.svg#icon-\${name}\`} /></svg>;\n}\n`);
}
console.log(`${names.length} icons -> ${out} (${fs.statSync(out).size} bytes)`);
