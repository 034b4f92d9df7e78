#!/usr/bin/env node
// lint-commit.js - check a commit message against the Conventional Commits rules
// this skill follows. Reads the message from a file argument or from stdin.
//
//   node lint-commit.js MESSAGE_FILE
//   git log -1 --format=%B | node lint-commit.js
//   node lint-commit.js --json MESSAGE_FILE
//
// Exit status: 0 = no errors (warnings allowed), 1 = errors found, 2 = usage error.
// Uses only Node.js built-ins; never touches the repository.
'use strict';

const fs = require('fs');

const TYPES = [
  'feat', 'fix', 'docs', 'style', 'refactor', 'perf',
  'test', 'build', 'ci', 'chore', 'revert',
];
const HEADER_MAX = 72;
const BODY_WIDTH = 100;
const HEADER_RE = /^(?<type>[a-z]+)(?:\((?<scope>[^()\s]+)\))?(?<bang>!)?: (?<subject>.+)$/;
const FOOTER_RE = /^(?<token>BREAKING CHANGE|BREAKING-CHANGE|[A-Za-z][A-Za-z-]*)(?:: | #)(?<value>.+)$/;

function lint(message) {
  const problems = [];
  const add = (level, line, text) => problems.push({ level, line, text });

  // Drop comment lines git adds to the editor template, and trailing blanks.
  const lines = message
    .replace(/\r\n/g, '\n')
    .split('\n')
    .filter((l) => !l.startsWith('#'));
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();

  if (!lines.length || !lines[0].trim()) {
    add('error', 1, 'message is empty');
    return { problems, header: null };
  }

  const header = lines[0];
  const match = HEADER_RE.exec(header);
  if (!match) {
    add('error', 1, 'header must look like "type(scope): subject" or "type: subject"');
  } else {
    const { type, scope, subject } = match.groups;
    if (!TYPES.includes(type)) {
      add('error', 1, `unknown type "${type}"; use one of: ${TYPES.join(', ')}`);
    }
    if (scope && scope !== scope.toLowerCase()) {
      add('warning', 1, `scope "${scope}" should be lowercase`);
    }
    if (/^[A-Z]/.test(subject) && !/^[A-Z0-9]{2,}\b/.test(subject)) {
      add('warning', 1, 'subject should start with a lowercase letter');
    }
    if (/\.\s*$/.test(subject)) {
      add('error', 1, 'subject must not end with a period');
    }
    if (/^(added|adds|fixed|fixes|updated|updates|changed|changes)\b/i.test(subject)) {
      add('warning', 1, 'use the imperative mood ("add", not "added" or "adds")');
    }
  }
  if (header.length > HEADER_MAX) {
    add('error', 1, `header is ${header.length} characters; keep it to ${HEADER_MAX}`);
  }

  if (lines.length > 1 && lines[1].trim() !== '') {
    add('error', 2, 'leave a blank line between the header and the body');
  }

  let inFooter = false;
  let hasBreakingFooter = false;
  for (let i = 2; i < lines.length; i += 1) {
    const line = lines[i];
    const footer = FOOTER_RE.exec(line);
    if (footer && (inFooter || lines[i - 1].trim() === '')) {
      inFooter = true;
      if (footer.groups.token.startsWith('BREAKING')) hasBreakingFooter = true;
      if (/^breaking[ -]change/i.test(line) && !footer.groups.token.startsWith('BREAKING')) {
        add('error', i + 1, 'write the footer token as "BREAKING CHANGE:" in capitals');
      }
      continue;
    }
    if (/^breaking[ -]change:/i.test(line)) {
      add('error', i + 1, 'write the footer token as "BREAKING CHANGE:" in capitals');
    }
    if (line.length > BODY_WIDTH && !/^\s*(\S+:\/\/\S+)\s*$/.test(line)) {
      add('warning', i + 1, `line is ${line.length} characters; wrap the body at ${BODY_WIDTH}`);
    }
  }

  if (match && match.groups.bang && !hasBreakingFooter) {
    add('warning', 1, 'header marks a breaking change (!) but there is no BREAKING CHANGE: footer explaining it');
  }
  return { problems, header };
}

function main(argv) {
  const args = argv.slice(2);
  const asJson = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (args.includes('-h') || args.includes('--help') || files.length > 1) {
    process.stderr.write('usage: lint-commit.js [--json] [MESSAGE_FILE]\n');
    return args.includes('-h') || args.includes('--help') ? 0 : 2;
  }

  let text;
  try {
    text = fs.readFileSync(files.length ? files[0] : 0, 'utf8');
  } catch (err) {
    process.stderr.write(`lint-commit.js: cannot read ${files[0] || 'stdin'}: ${err.message}\n`);
    return 2;
  }

  const { problems } = lint(text);
  const errors = problems.filter((p) => p.level === 'error').length;
  if (asJson) {
    process.stdout.write(`${JSON.stringify({ ok: errors === 0, problems }, null, 2)}\n`);
  } else if (!problems.length) {
    process.stdout.write('ok: commit message follows the conventions\n');
  } else {
    for (const p of problems) process.stdout.write(`line ${p.line}: ${p.level}: ${p.text}\n`);
    process.stdout.write(`${errors} error(s), ${problems.length - errors} warning(s)\n`);
  }
  return errors ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv);
}

module.exports = { lint };
