#!/usr/bin/env node
// Probe the user's own health endpoint and summarise status and latency.
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:8080/healthz' },
    interval: { type: 'string', default: '5' },
    count: { type: 'string', default: '12' },
    timeout: { type: 'string', default: '3' },
  },
});

const headers = {};
if (process.env.PROBE_AUTH_HEADER) {
  headers.Authorization = process.env.PROBE_AUTH_HEADER; // set by the user; never printed
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const times = [];
let ok = 0;

console.log('#   status  ms    result');
for (let i = 1; i <= Number(values.count); i++) {
  const t0 = performance.now();
  let status = '-';
  let good = false;
  try {
    const res = await fetch(values.url, { headers, signal: AbortSignal.timeout(Number(values.timeout) * 1000) });
    status = String(res.status);
    good = res.ok;
    await res.arrayBuffer();
  } catch (e) {
    status = e.name === 'TimeoutError' ? 'timeout' : 'error';
  }
  const ms = Math.round(performance.now() - t0);
  times.push(ms);
  if (good) ok++;
  console.log(`${String(i).padEnd(4)}${status.padEnd(8)}${String(ms).padEnd(6)}${good ? 'ok' : 'FAIL'}`);
  if (i < Number(values.count)) await sleep(Number(values.interval) * 1000);
}

const sorted = [...times].sort((a, b) => a - b);
const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
console.log('---');
console.log(`ok ${ok}/${times.length}, p50 ${pct(50)}ms, p95 ${pct(95)}ms`);
