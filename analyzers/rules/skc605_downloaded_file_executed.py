"""SKC605 downloaded-file-executed: A downloaded file is made executable or run without a checksum check.

## What it does
Follows files a script downloads (`curl -o F`, `curl URL > F`, `curl -O`, `wget -O F`,
`Invoke-WebRequest -OutFile F`, Python `urlretrieve(url, F)`) to a later `chmod +x F`,
`./F`, `bash F`, `python F`, `Start-Process F` or `subprocess.run([F…])` / `os.chmod(F, …)`
in the same script; and Python or JavaScript that downloads, writes a file, makes it
executable (`os.chmod`, `fs.chmodSync`, `createWriteStream(F, {mode: 0o755})`) and runs
it (`subprocess.run([F])`, `spawnSync(F)`). It is not reported when the script verifies a
checksum or signature (`sha256sum -c`, `shasum -a 256 -c`, `gpg --verify`, `cosign
verify`, `minisign -V`, `Get-FileHash`, Python `hashlib`, Node `createHash`). A pinned
release from a vendor's own download host (dl.k8s.io, releases.hashicorp.com…) is a
warning.

## Why is this bad?
The binary is whatever the server returned; without a pinned hash nothing ties it to the
version the skill's author tested, and a compromised host or mirror serves malware.

## Example
```bash
curl -fsSLo /tmp/tool https://dl.example.invalid/tool-linux-amd64
chmod +x /tmp/tool && /tmp/tool init
```

## Use instead
```bash
curl -fsSLo /tmp/tool https://dl.example.invalid/v2.1.0/tool-linux-amd64
echo "9f2c…e1  /tmp/tool" | sha256sum -c -
chmod +x /tmp/tool && /tmp/tool init
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules._scan import once, report, short, units
from skcc.analyzers.scan import patterns as p
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule

RULE = Rule(
    code="SKC605",
    name="downloaded-file-executed",
    severity=Severity.ERROR,
    summary="A downloaded file is made executable or run without a checksum check.",
    confidence=Confidence.MEDIUM,
    cwe=494,
)
VERIFIED = compiled(r"\b(sha(1|224|256|384|512)sum|shasum|b2sum|md5sum)\b[^\n]*(-c|--check)"
                      r"|\bgpg\b[^\n]*--verify|\bcosign\s+verify|\bminisign\b[^\n]*-V|"
                      r"Get-FileHash|\bslsa-verifier\b", re.I)
# In code a digest counts only when something is compared with it (or with a name that holds
# one): a hash used to derive an id is no check.
DIGEST = compiled(r"\bhashlib\.\w+\(|\bcreateHash\(|\bDigest::\w+")
DIGEST_COMPARED = compiled(
    r"(?:!=|==|!==|===)\s*[\w.]*(?:sha|hash|digest|checksum|sum|expected)|"
    r"(?:sha|hash|digest|checksum|sum|expected)\w*(?:\(\))?\s*(?:!=|==|!==|===)|"
    r"\bcompare_digest\(|\btimingSafeEqual\(", re.I)


def verified(text: str) -> bool:
    """Whether the unit checks what it downloaded against a known checksum or signature."""
    return bool(VERIFIED.search(text) or DIGEST.search(text) and DIGEST_COMPARED.search(text))


# Official download hosts of widely used tools, with a version in the path: still worth a
# checksum (a warning), but the trust is the vendor's, as for SKC401's vendor installers.
VENDOR_RELEASES = compiled(
    r"^https://(dl\.k8s\.io|kind\.sigs\.k8s\.io|releases\.hashicorp\.com|get\.helm\.sh|"
    r"dl\.google\.com|go\.dev/dl|golang\.org/dl|nodejs\.org/dist|static\.rust-lang\.org|"
    r"download\.docker\.com|awscli\.amazonaws\.com|storage\.googleapis\.com/kubernetes-release|"
    r"github\.com/(kubernetes|kubernetes-sigs|helm|hashicorp|docker|cli|astral-sh|"
    r"aquasecurity|derailed|mikefarah|jqlang|stedolan|BurntSushi|sharkdp|junegunn)"
    r"/[\w.-]+/releases/download)/\S*\bv?\d+\.\d+")
HELP = "pin the download to a version and verify its sha256 before running it"


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for facts in units(skill):
        unit = facts.unit
        if unit.language in ("python", "javascript", "typescript"):
            yield from _written_then_run(facts)
        downloaded: dict[str, int] = {}
        urls: dict[str, str] = {}
        for command in facts.commands:
            if p.is_download(command) or command.program in ("invoke-webrequest", "iwr"):
                # `curl -o F URL`, or `curl URL > F`: the redirection on the same line
                target = p.downloads_to(command) or next(
                    (a.target for a in facts.accesses if a.write and a.how == "redirect" and
                     a.line == command.line and not a.target.startswith("/dev/")), None)
                if target:
                    downloaded[target] = command.line
                    urls[target] = p.url_of(command)
        for call in facts.calls:
            if call.short in ("urlretrieve", "download_file") and len(call.args) > 1:
                downloaded[call.args[1].strip("'\"")] = call.line
        # Most units download nothing; only then is the costly case-insensitive search for
        # a checksum check worth running.
        if not downloaded or verified(unit.text):
            continue
        names = {t: re.escape(t.rsplit("/", 1)[-1]) for t in downloaded}
        for command in facts.commands:
            if p.is_download(command):
                continue
            words = [command.argv[0], *command.args]
            for target, name in names.items():
                hits = [w for w in words if re.search(rf"(^|/){name}$", w)]
                script = next((a for a in command.args if not a.startswith("-")), "")
                runs = command.argv[0] in (target, f"./{target}") or re.search(
                    rf"(^|/){name}$", command.argv[0]) or (
                    command.program in p.INTERPRETERS | {"start-process"} and
                    re.search(rf"(^|/){name}$", script))  # the file is the program run
                makes_exec = command.program == "chmod" and hits and any(
                    "x" in a or re.fullmatch(r"[0-7]*[1357][0-7]*", a) for a in command.args)
                if runs or makes_exec:
                    # a release a vendor publishes on its own download host, version pinned
                    vendor = bool(VENDOR_RELEASES.search(urls.get(target, "")))
                    yield report(RULE, unit, command.line, f"`{short(command.text, 50)}` "
                                 f"{'runs' if runs else 'makes executable'} a file downloaded "
                                 f"on line {downloaded[target]} without verifying it" +
                                 (" (a pinned release from the vendor's download host)"
                                  if vendor else ""), HELP,
                                 severity=Severity.WARNING if vendor else None)
        for call in facts.calls:
            if call.short in ("chmod", "run", "call", "Popen", "check_call", "system") and \
                    any(t.rsplit("/", 1)[-1] in facts.resolve(" ".join(call.args))
                        for t in downloaded):
                yield report(RULE, unit, call.line, f"`{call.name}` runs or makes executable "
                             "a downloaded file without verifying it", HELP)


# Python and JavaScript: a script that downloads (an HTTP client in the unit) and writes a
# file that it both makes executable (a chmod, or an executable mode given when writing)
# and runs. Both steps are asked for, since the code does not say which bytes were written.
WRITES = {"createWriteStream", "writeFileSync", "writeFile", "open", "write_bytes",
          "copyFileSync", "copyfile", "copy", "move", "renameSync", "rename"}
RUNS = {"spawn", "spawnSync", "execFile", "execFileSync", "exec", "execSync", "run", "call",
        "check_call", "check_output", "Popen", "system", "startfile", "execv", "execve",
        "execl", "execvp", "create_subprocess_exec"}
# A mode with an execute bit: `0o755`, `"755"`, `stat.S_IXUSR`, `S_IRWXU`, `+x`.
EXEC_MODE = compiled(r"^\s*['\"]?(0o?)?[0-7]*[1357][0-7]{0,2}['\"]?\s*$|S_IX(USR|GRP|OTH)|"
                       r"S_IRWX[UGO]|S_IEXEC|\+x")
_WRAPPED = compiled(r"^[\w.]+\((.*)\)$", re.S)


def _key(text: str) -> str:
    """The name a path expression comes down to: `str(dest)`, `Path(dest)`, `[dest, "-v"]`
    and `dest` are all `dest`."""
    text = text.strip()
    if text.startswith(("[", "(")):
        text = text[1:].split(",", 1)[0].rstrip("])")
    for _ in range(3):
        m = _WRAPPED.match(text.strip())
        if m is None or "," in m.group(1):
            break
        text = m.group(1)
    return text.strip()


def _written_then_run(facts) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    """Files a downloading Python/JavaScript unit writes, makes executable and runs."""
    unit, python = facts.unit, facts.unit.language == "python"
    if not (p.PY_NET if python else p.JS_NET).search(unit.text) or verified(unit.text):
        return
    written: dict[str, int] = {}
    executable: set[str] = set()
    for call in facts.calls:
        if call.short not in WRITES or not call.args:
            continue
        target = _key(call.name.rsplit(".", 1)[0] if call.short == "write_bytes" else
                      call.args[-1] if call.short.startswith(("copy", "move", "rename")) and
                      len(call.args) > 1 else call.args[0])
        mode = call.args[1] if call.short == "open" and len(call.args) > 1 else \
            call.kwarg("mode") or ""
        if call.short == "open" and not re.search(r"[wa]", mode):
            continue
        written[target] = call.line
        if call.short != "open" and mode and EXEC_MODE.search(mode):
            executable.add(target)  # `createWriteStream(bin, {mode: 0o755})`
    if not written:
        return
    for call in facts.calls:
        if call.short in ("chmod", "chmodSync") and len(call.args) > 1:
            mode = call.args[1].strip()  # as written, or what the script assigned it
            if any(EXEC_MODE.search(m) for m in [mode, *facts.assigns.get(mode, "").split(
                    "\n")] if m):
                executable.add(_key(call.args[0]))
    for call in facts.calls:
        if call.short in RUNS and call.args and _key(call.args[0]) in written.keys() & \
                executable:
            yield report(RULE, unit, call.line, f"`{call.name}` runs a file this script "
                         f"downloads, writes on line {written[_key(call.args[0])]} and makes "
                         "executable, without verifying it", HELP)
