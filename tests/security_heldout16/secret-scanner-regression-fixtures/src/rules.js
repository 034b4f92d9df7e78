// Detection rules for the pre-receive secret scanner.
'use strict';

const RULES = [
  { name: 'aws-access-key-id', severity: 'high', re: /\b(AKIA|ASIA)[A-Z0-9]{16}\b/ },
  { name: 'aws-secret-access-key', severity: 'high',
    re: /aws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+]{40}["']?/i },
  { name: 'github-token', severity: 'high', re: /\bgh[pousr]_[A-Za-z0-9]{36}\b/ },
  { name: 'stripe-secret', severity: 'high', re: /\bsk_(live|test)_[A-Za-z0-9]{24,}\b/ },
  { name: 'slack-bot-token', severity: 'medium', re: /\bxox[baprs]-[0-9]{8,}-[0-9]{8,}-[A-Za-z0-9]{20,}\b/ },
  { name: 'private-key-block', severity: 'high', re: /-----BEGIN (RSA |EC |OPENSSH |)PRIVATE KEY-----/ },
];

function scanLine(line, path = '') {
  const hits = RULES.filter((r) => r.re.test(line)).map((r) => r.name);
  if (path.startsWith('test/fixtures/') && /EXAMPLE|FAKE|DUMMY/.test(line)) {
    return { hits, allowListed: hits.length > 0 };
  }
  return { hits, allowListed: false };
}

module.exports = { RULES, scanLine };
