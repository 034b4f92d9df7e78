const vm = require("vm");

function decoded(blob) {
  const source = Buffer.from(blob, "base64").toString("utf8");
  // ruleid: js-eval-of-decoded-or-fetched
  eval(source);
}

async function fetched(url) {
  const response = await fetch(url);
  const code = await response.text();
  // ruleid: js-eval-of-decoded-or-fetched
  vm.runInThisContext(code);
}

function image(blob) {
  const png = Buffer.from(blob, "base64");
  // ok: js-eval-of-decoded-or-fetched
  require("fs").writeFileSync("logo.png", png);
}
