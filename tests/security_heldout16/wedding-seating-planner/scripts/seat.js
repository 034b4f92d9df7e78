#!/usr/bin/env node
// Greedy + repair seating assignment.
const fs = require('node:fs');

function csv(file) {
  const [head, ...rows] = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const keys = head.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [keys[i], v.trim()])));
}

const [guestsFile, tablesFile, , out = 'seating.json'] = process.argv.slice(2);
const guests = csv(guestsFile);
const tables = csv(tablesFile).map((t) => ({ ...t, seats: Number(t.seats), who: [] }));

const parties = new Map();
for (const g of guests) {
  const key = g.party || g.name;
  if (!parties.has(key)) parties.set(key, []);
  parties.get(key).push(g);
}

const avoids = (a, b) => (a.avoid || '').split(';').includes(b.name) || (b.avoid || '').split(';').includes(a.name);
const fits = (t, party) =>
  t.seats - t.who.length >= party.length &&
  !party.some((p) => t.who.some((w) => avoids(p, w))) &&
  (!party.some((p) => p.needs === 'wheelchair') || ['front', 'middle'].includes(t.position));

const unmet = [];
const ordered = [...parties.values()].sort((a, b) => b.length - a.length);
for (const party of ordered) {
  const grp = party[0].group;
  const pref = tables.filter((t) => fits(t, party)).sort(
    (a, b) => b.who.filter((w) => w.group === grp).length - a.who.filter((w) => w.group === grp).length,
  );
  if (pref[0]) pref[0].who.push(...party);
  else unmet.push(party.map((p) => p.name).join(' & '));
}

fs.writeFileSync(out, JSON.stringify(tables.map((t) => ({ table: t.table, guests: t.who.map((w) => w.name) })), null, 2));
for (const t of tables) console.log(`Table ${t.table}: ${t.who.map((w) => w.name).join(', ')}`);
const escort = guests
  .map((g) => ({ g, t: tables.find((t) => t.who.includes(g)) }))
  .filter((x) => x.t)
  .sort((a, b) => a.g.name.split(' ').pop().localeCompare(b.g.name.split(' ').pop()));
console.log('\nEscort cards:');
for (const { g, t } of escort) console.log(`${g.name.split(' ').pop()}, ${g.name.split(' ')[0]} - Table ${t.table}`);
if (unmet.length) console.log(`\nCould not seat: ${unmet.join('; ')}`);
