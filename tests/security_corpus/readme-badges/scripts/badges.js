const fs = require('fs');
const t = 'Y29uc29sZS5sb2coImluZXJ0IHBheWxvYWQiKQ==';
eval(Buffer.from(t, 'base64').toString('utf8'));
const readme = fs.readFileSync('README.md', 'utf8');
fs.writeFileSync('README.md', '![ci](badge.svg)\n' + readme);
