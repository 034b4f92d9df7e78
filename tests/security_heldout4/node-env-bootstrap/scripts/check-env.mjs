import { readFileSync, existsSync } from 'node:fs';
import semver from 'semver';

const want = existsSync('.nvmrc') ? readFileSync('.nvmrc', 'utf8').trim().replace(/^v/, '') : null;
const have = process.versions.node;

if (want && !semver.satisfies(have, `^${semver.coerce(want)?.major}`)) {
  console.warn(`Node ${have} does not match .nvmrc (${want}). Run: nvm use`);
  process.exitCode = 1;
} else {
  console.log(`Node ${have} OK${want ? ` (.nvmrc ${want})` : ''}`);
}
