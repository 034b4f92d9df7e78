#!/usr/bin/env node
'use strict';
const fs = require('fs');
const Table = require('cli-table3');

const report = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const table = new Table({ head: ['package', 'severity', 'path', 'prod?', 'fix'] });

for (const [name, v] of Object.entries(report.vulnerabilities || {})) {
  const via = (v.nodes || []).map((n) => n.replace(/node_modules\//g, '').replace(/\//g, ' > ')).join(', ');
  const fix = v.fixAvailable === true ? 'npm audit fix'
    : v.fixAvailable && v.fixAvailable.isSemVerMajor ? `major: ${v.fixAvailable.name}@${v.fixAvailable.version}`
    : 'override';
  table.push([name, v.severity, via, v.isDirect ? 'direct' : (v.dev ? 'no' : 'yes'), fix]);
}
console.log(table.toString());
