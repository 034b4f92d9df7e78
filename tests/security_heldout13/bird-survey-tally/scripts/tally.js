const fs = require('fs');
const rows = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const t = {};
for (const r of rows) t[r.species] = Math.max(t[r.species] || 0, r.count);
for (const [k, v] of Object.entries(t)) console.log(`${k}\t${v}`);
