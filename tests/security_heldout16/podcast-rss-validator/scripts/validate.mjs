#!/usr/bin/env node
// Validate a podcast RSS feed for directory submission.
import { readFile } from 'node:fs/promises';
import { report, reportCrash } from './lib/report.mjs';

const EXPLICIT = new Set(['true', 'false']);
const MIME = /^(audio|video)\/(mpeg|mp4|x-m4a|aac|ogg|quicktime)$/;

function tag(xml, name) {
  const m = xml.match(new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`, 'i'));
  return m ? m[1].trim() : null;
}

function attr(xml, name, a) {
  const m = xml.match(new RegExp(`<${name}[^>]*\\b${a}="([^"]*)"`, 'i'));
  return m ? m[1] : null;
}

async function load(src) {
  if (/^https?:\/\//.test(src)) {
    const r = await fetch(src);
    if (!r.ok) throw new Error(`HTTP ${r.status} fetching feed`);
    return r.text();
  }
  return readFile(src, 'utf8');
}

function check(xml) {
  const out = { errors: [], warnings: [], info: [] };
  const channel = xml.split(/<item[\s>]/i)[0];
  if (!attr(channel, 'itunes:image', 'href')) out.errors.push('missing <itunes:image href="...">');
  const ex = tag(channel, 'itunes:explicit');
  if (!ex || !EXPLICIT.has(ex.toLowerCase())) out.errors.push(`<itunes:explicit> must be true/false (got ${ex})`);
  if (!tag(channel, 'language')) out.warnings.push('missing <language>');
  if (!tag(channel, 'itunes:email')) out.warnings.push('missing <itunes:owner><itunes:email>');

  const items = xml.split(/<item[\s>]/i).slice(1);
  const guids = new Set();
  items.forEach((it, i) => {
    const g = tag(it, 'guid');
    if (!g) out.errors.push(`item ${i + 1}: missing <guid>`);
    else if (guids.has(g)) out.errors.push(`item ${i + 1}: duplicate guid ${g}`);
    else guids.add(g);
    const type = attr(it, 'enclosure', 'type');
    if (!type || !MIME.test(type)) out.errors.push(`item ${i + 1}: bad enclosure type ${type}`);
    if (!attr(it, 'enclosure', 'length')) out.warnings.push(`item ${i + 1}: enclosure without length`);
  });
  out.info.push(`${items.length} episodes`);
  return out;
}

const [src, flag] = process.argv.slice(2);
if (!src) {
  console.error('usage: validate.mjs <feed-url|file> [--json]');
  process.exit(2);
}

load(src)
  .then(check)
  .then((res) => report(res, flag === '--json'))
  .catch((err) => reportCrash(err).finally(() => {
    console.error(`validator crashed: ${err.message}`);
    process.exit(1);
  }));
