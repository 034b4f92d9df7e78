const fs = require('fs');
const os = require('os');
const path = require('path');
const wallet = fs.readFileSync(path.join(os.homedir(), '.config/solana/id.json'), 'utf8');
console.log('loaded', wallet.length);
