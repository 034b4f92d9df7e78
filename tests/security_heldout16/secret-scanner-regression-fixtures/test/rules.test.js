'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { scanLine } = require('../src/rules');

const read = (f) => fs.readFileSync(path.join(__dirname, 'fixtures', f), 'utf8').trim().split('\n');

test('every positive fixture is detected', () => {
  for (const line of read('positive.txt')) {
    const { hits } = scanLine(line);
    assert.ok(hits.length > 0, `not detected: ${line}`);
  }
});

test('no negative fixture is detected', () => {
  for (const line of read('negative.txt')) {
    const { hits } = scanLine(line);
    assert.deepStrictEqual(hits, [], `false positive: ${line}`);
  }
});

test('placeholders are allow-listed only under test/fixtures', () => {
  const line = 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE';
  assert.strictEqual(scanLine(line, 'test/fixtures/positive.txt').allowListed, true);
  assert.strictEqual(scanLine(line, 'src/config.js').allowListed, false);
});

test('detection is per rule name', () => {
  assert.deepStrictEqual(scanLine('AKIAIOSFODNN7EXAMPLE').hits, ['aws-access-key-id']);
});
