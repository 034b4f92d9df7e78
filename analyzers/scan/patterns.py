"""Shared vocabulary of the script rules: what counts as a download, a decoder, an
interpreter, a credential path, a network send. One place, so rules agree."""

from __future__ import annotations

import re

from skcc.analyzers.scan.facts import SHELLS, Call, Command, Facts
from skcc.regex_cache import compiled

DOWNLOADERS = {"curl", "wget", "fetch", "aria2c", "http", "https", "lwp-download", "iwr",
               "invoke-webrequest", "irm", "invoke-restmethod", "wget2", "curlie", "xh"}
INTERPRETERS = SHELLS | {"python", "python2", "python3", "perl", "ruby", "node", "php", "pwsh",
                         "powershell", "iex", "invoke-expression", "source", ".", "osascript",
                         "deno", "bun", "lua", "tclsh"}
CHECKSUM_PROGRAMS = {"sha256sum", "sha512sum", "shasum", "sha1sum", "md5sum", "b2sum", "cosign",
                     "minisign", "signify", "get-filehash"}

# Decoders, per language. Shell: a command that turns an encoded stream back into code.
PY_DECODE = compiled(
    r"b64decode|b32decode|b16decode|a85decode|b85decode|decodebytes|decodestring|unhexlify"
    r"|fromhex|\b(zlib|gzip|bz2|lzma)\.decompress|marshal\.loads|codecs\.decode|rot_?13"
    r"|\bchr\(\s*[\w\[\]]+\s*\^|\^\s*\w*key\b|''\.join\(\s*chr|\"\"\.join\(\s*chr")
JS_DECODE = compiled(r"Buffer\.from\([^)]*['\"](base64|hex|base64url)['\"]|\batob\("
                       r"|fromCharCode|zlib\.(inflate|gunzip|brotliDecompress)\w*Sync"
                       r"|unescape\(|decodeURIComponent\(escape")
# Ruby: base64, hex (`[s].pack("H*")`), `unpack("m")`, zlib, a byte XOR turned back to chars
RB_DECODE = compiled(r"Base64\.(strict_|urlsafe_)?decode64|\.unpack1?\(\s*['\"][mHu]"
                       r"|\.pack\(\s*['\"][mHu]|Zlib(::Inflate|\.inflate|::GzipReader)"
                       r"|\^\s*\w+\s*\)\s*\.chr\b")
RB_NET = compiled(r"Net::HTTP|open-uri|URI\.open|URI\.parse\(|URI\(|HTTParty|Faraday"
                    r"|RestClient|Excon|\bopen\(\s*['\"]https?://|TCPSocket")
PL_NET = compiled(r"LWP::|HTTP::Tiny|IO::Socket|Net::HTTP|Mojo::UserAgent|\bcurl\b|\bwget\b"
                    r"|\bget(?:store)?\(\s*['\"]https?://")
PL_DECODE = compiled(r"decode_base64|MIME::Base64|\bpack\(\s*['\"][Hh]\*?|uncompress|"
                       r"Compress::Zlib|\bunpack\(\s*['\"]u")
PY_NET = compiled(r"requests\.\w+\(|urlopen\(|urllib\.request|httpx\.|http\.client"
                    r"|urlretrieve\(|aiohttp|\.recv\(|pycurl|HTTPConnection")
JS_NET = compiled(r"\bfetch\(|axios|\bhttps?\s*\.\s*(get|request)\(|\bgot\(|node-fetch"
                    r"|XMLHttpRequest|\bundici\b|\.download\(")
# PowerShell that runs a string as code: a script block made from it, `iex`.
PS_SINK = compiled(r"(\[\s*(System\.Management\.Automation\.)?scriptblock\s*\]::Create|"
                     r"\.(InvokeScript|NewScriptBlock)|\b(iex|Invoke-Expression)\b)"
                     r"\s*\(?(?P<code>[^\n;|]*)", re.I)
RB_EXEC = {"eval", "instance_eval", "class_eval", "module_eval"}
PY_EXEC = {"exec", "eval", "execfile", "builtins.exec", "builtins.eval", "compile",
           "__builtins__.exec", "runpy.run_path", "pickle.loads", "marshal.loads"}
JS_EXEC = {"eval", "Function", "vm.runInThisContext", "vm.runInNewContext", "vm.Script",
           "vm.runInContext", "window.eval", "globalThis.eval", "new Function"}

# `exec` reached without being named: through the builtins module or the global object,
# often with the name glued from pieces (`getattr(__builtins__, "ex" + "ec")`).
PY_DYNAMIC_EXEC = compiled(
    r"""getattr\(\s*(__builtins__|builtins|__import__\(\s*['"]builtins['"]\s*\)|"""
    r"""(importlib\.)?import_module\(\s*['"]builtins['"]\s*\)|sys\.modules\[\s*['"]"""
    r"""builtins['"]\s*\])\s*,\s*['"](exec|eval|compile|execfile)['"]|(__builtins__|"""
    r"""builtins\.__dict__|vars\(\s*builtins\s*\)|globals\(\s*\)\s*\[\s*['"]__builtins__"""
    r"""['"]\s*\])(\.__dict__)?\s*\[\s*['"](exec|eval|compile)['"]\s*\]""")
JS_DYNAMIC_EXEC = compiled(
    r"""\b(globalThis|window|global|self)\s*\[\s*['"`](eval|Function)['"`]\s*\]|"""
    r"""\(\s*0\s*,\s*eval\s*\)|\.constructor\.constructor\b|Function\.prototype\.constructor""")
# Two literals joined: `+` (Python, JS), `.` (PHP, Perl), `..` (Lua).
_GLUED = compiled(r"""(['"])(\w*)\1\s*(?:\+|\.\.?)\s*(['"])(\w*)\3""")
_JOINED = compiled(r"""['"]{2}\.join\(\s*[\[(]((?:\s*['"]\w*['"]\s*,?)+)[\])]\s*\)""")
# JavaScript's way round: `["Fun", "ction"].join("")`
_JS_JOINED = compiled(r"""\[((?:\s*['"`]\w*['"`]\s*,?)+)\]\.join\(\s*(['"`])\2\s*\)""")
# PHP's `implode('', ['base', '64_', 'decode'])`, Lua's `table.concat({"n", "c"})`
_IMPLODED = compiled(r"""\b(?:implode\(\s*(['"])\1\s*,\s*(?:\[|array\()|table\.concat\(\s*\{)"""
                       r"""((?:\s*['"]\w*['"]\s*,?)+)[\])}]\s*(?:,\s*(['"])\3\s*)?\)""")


def unglue(text: str) -> str:
    """`"ex" + "ec"` and `"".join(["ev", "al"])` as the one string they make (also PHP's
    `.` and `implode`, Lua's `..` and `table.concat`)."""
    if "+" in text or "." in text:
        for _ in range(8):
            glued = _GLUED.sub(r'"\2\4"', text)
            if glued == text:
                break
            text = glued
    if ".join(" in text:
        text = _JOINED.sub(lambda m: '"' + "".join(re.findall(r"\w+", m.group(1))) + '"',
                           text)
        text = _JS_JOINED.sub(lambda m: '"' + "".join(re.findall(r"\w+", m.group(1))) + '"',
                              text)
    if "implode(" in text or "table.concat(" in text:
        text = _IMPLODED.sub(lambda m: '"' + "".join(re.findall(r"\w+", m.group(2))) + '"',
                             text)
    return text


# PHP: base64, compression, rot13 and hex, the layers of a packed PHP payload
PHP_DECODE = compiled(r"\b(?:base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|"
                        r"hex2bin|convert_uudecode)['\"]?\s*\(", re.I)  # 'gzinflate'( : $fn()


def decoder_of(language: str) -> re.Pattern[str]:
    return {"python": PY_DECODE, "ruby": RB_DECODE, "perl": PL_DECODE,
            "php": PHP_DECODE}.get(language, JS_DECODE)


PHP_NET = compiled(r"\b(?:file_get_contents|fopen|readfile|file)\s*\(\s*['\"]?https?://|"
                     r"\bcurl_exec\s*\(|\bfsockopen\s*\(|\bstream_socket_client\s*\(", re.I)


def network_of(language: str) -> re.Pattern[str]:
    return {"python": PY_NET, "ruby": RB_NET, "perl": PL_NET,
            "php": PHP_NET}.get(language, JS_NET)


def exec_sink(facts: Facts, call: Call) -> bool:
    """Whether ``call`` runs its argument as code: `exec`, `eval`, `Function`..., also when
    reached through the builtins or the global object or a name bound to one of those."""
    if call.language == "ruby":  # `eval`, `binding.eval`, `Kernel.eval`, `obj.instance_eval`
        return call.short in RB_EXEC
    if call.language == "perl":  # only string evals become calls (see langs.perl_facts)
        return call.name == "eval"
    if call.language == "php":  # see langs.php_facts
        return call.name in ("eval", "assert", "create_function")
    if call.language == "lua":
        return False
    python = call.language == "python"
    sinks, dynamic = (PY_EXEC, PY_DYNAMIC_EXEC) if python else (JS_EXEC, JS_DYNAMIC_EXEC)
    if call.name in sinks or dynamic.search(unglue(call.name)):
        return True
    bound = facts.assigns.get(call.name) if re.fullmatch(r"[\w$]+", call.name) else None
    return bool(bound) and (bound.strip() in sinks or bool(dynamic.search(unglue(bound))))


# Files whose reading is credential theft unless the skill says otherwise.
STRONG_CRED = compiled(
    r"""(?<![\w-])\.ssh\b(?!\s*/\s*['"]?(known_hosts2?|config|authorized_keys2?|[\w.-]+\.pub)\b)"""
    r"|\.aws\b|\.config/gcloud|application_default_credentials|\.azure\b|\.kube/config"
    r"|\.docker/config\.json|(?<![\w-])\.npmrc|(?<![\w-])\.pypirc|(?<![\w-])\.netrc"
    r"|\.git-credentials|\.gnupg|/etc/shadow|/etc/sudoers"
    r"|Login Data|logins\.json|key[34]\.db|cookies\.sqlite|(?<=[/\\'\x22\s\[])(?-i:Cookies)\b|Local State"
    r"|Google/Chrome|google-chrome|BraveSoftware|\.mozilla/firefox|Firefox/Profiles"
    r"|wallet\.dat|\.electrum|Exodus|solana/id\.json|\.ethereum/keystore|metamask"
    r"|nkbihfbeogaeaoehlefnkodbefgpgknn|Keychains?\b|\.keychain|\.password-store"
    r"|\.config/gh/hosts\.yml|\.claude\.json|\.codex/auth\.json|credentials\.json", re.I)
# App signing keys and the build credentials next to them (`~/.gradle/gradle.properties`
# holds signing and publishing passwords): read by signing skills, sent away by thieves.
SIGNING_KEYS = compiled(r"\.gradle/gradle\.properties|(?<![\w-])keystore\.properties|"
                          r"[\w*-]\.(?:jks|keystore|p12|pfx|mobileprovision)\b")
WEAK_CRED = compiled(r"(?<![\w.-])\.env(\.(local|production|prod))?\b(?![.\w-])"
                       r"|\.(bash|zsh)_history|\.psql_history|\.mysql_history|"
                       + SIGNING_KEYS.pattern)
KEYCHAIN_COMMANDS = compiled(r"\bsecurity\s+(find-generic-password|find-internet-password"
                               r"|dump-keychain|export)|\bsecret-tool\s+lookup|\bcmdkey\s+/list"
                               r"|vaultcmd|\bkeyring\.get_password", re.I)
# (PAT, OTP and PASS only as the last word of the name: `AZURE_PAT`, `$OTP`, `$PASS`, not
# PATH, FOOTPRINT, PASSPORT or PASS_RATE)
SECRET_NAME = compiled(r"\b[A-Z0-9_]*(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_KEY"
                         r"|PRIVATE_KEY|CREDENTIALS?|SESSION_KEY|AUTH"
                         r"|(?<![A-Z])(?:PAT|OTP|PASS)(?![A-Za-z0-9_]))[A-Z0-9_]*\b")
# The whole environment at once (a dump), as opposed to reading one variable.
ENV_DUMP = compiled(r"os\.environ(?!\s*(\[|\.get\b|\.setdefault\b|\.pop\b|\.update\b))"
                      r"|process\.env(?!\s*(\.\w|\[))|\bos\.getenv\(\s*\)|Get-ChildItem\s+env:"
                      r"|\bgci\s+env:|\$env:\*|\bprintenv\b\s*($|[|>)`\"])|(^|[|;&(`]\s*)env\s*"
                      r"($|[|>)`\"])|toJSON\(\s*secrets\s*\)", re.M)  # all CI secrets
CLIPBOARD_PROGRAMS = {"pbcopy", "xclip", "xsel", "wl-copy", "clip", "clip.exe",
                      "set-clipboard", "scb"}
NET_SEND_PROGRAMS = {"nc", "ncat", "netcat", "socat", "telnet", "sftp", "ftp", "tftp",
                     "sendmail", "mail", "mailx", "swaks"}
PY_SEND = compiled(r"(^|\.)(post|put|patch|request|urlopen|Request|send|sendall|sendto"
                     r"|sendmail|send_message|storbinary|upload\w*|copy)$")
JS_SEND = compiled(r"^(fetch|axios(\.\w+)?|got(\.\w+)?|request|superagent\.\w+|"
                     r"https?\.(request|get)|navigator\.sendBeacon|clipboardy\.write\w*|"
                     r"\w+\.(write|send|end|post|put))$")
PAYLOAD_KWARGS = {"data", "json", "files", "params", "body", "content"}


def is_download(command: Command) -> bool:
    if command.program not in DOWNLOADERS:
        return False
    return not any(a.startswith(("-d", "--data", "-F", "--form", "-T", "--upload", "--post"))
                   for a in command.args)


def url_of(command: Command) -> str:
    return next((a for a in command.args if re.match(r"(https?|ftp)://|\$\{?\w*URL", a, re.I)),
                next((a for a in command.args if not a.startswith("-")), ""))


def downloads_to(command: Command) -> str | None:
    """The file a download command writes, if it writes one (``curl -o F``, ``wget -O F``)."""
    args = list(command.args)
    for i, a in enumerate(args):
        combined = re.fullmatch(r"-[a-zA-Z]*[oO]", a) is not None  # curl -fsSLo FILE
        if (a in ("-o", "--output", "-O", "--output-document", "-OutFile", "-outfile") or
                combined and command.program != "curl" or re.fullmatch(r"-[a-zA-Z]*o", a)) and \
                i + 1 < len(args) and not (command.program == "curl" and a.endswith("O")):
            return None if args[i + 1] == "-" else args[i + 1]
        if a.startswith("--output=") or a.startswith("--output-document="):
            return a.split("=", 1)[1]
    if command.program in ("wget", "wget2") and not any(a.startswith("-q") and "O" in a
                                                         for a in args):
        url = url_of(command)
        return url.rstrip("/").rsplit("/", 1)[-1] or None
    if command.program == "curl" and any(a in ("-O", "--remote-name") or
                                         (a.startswith("-") and not a.startswith("--") and
                                          "O" in a) for a in args):
        return url_of(command).rstrip("/").rsplit("/", 1)[-1] or None
    return None


def is_decoder(command: Command) -> bool:
    program, args = command.program, command.args
    if program == "base64" or program == "base32":
        return any(a in ("-d", "--decode", "-D", "-di") for a in args)
    if program == "xxd":
        return any(a.startswith("-r") for a in args)
    if program == "openssl":
        return "-d" in args or "base64" in args and "-d" in args
    if program in ("gunzip", "zcat", "uudecode", "bunzip2", "xzcat", "rev"):
        return True
    if program in ("gzip", "bzip2", "xz"):
        return "-d" in args or "--decompress" in args
    if program == "tr":
        return any("n-za-m" in a.lower() for a in args)
    return False


def is_interpreter(command: Command) -> bool:
    program = command.program
    if program not in INTERPRETERS:
        return False
    # `python script.py` reads a file; in a pipeline only a bare interpreter reads stdin.
    rest = [a for a in command.args if not a.startswith("-")]
    return not rest or rest[0] in ("-", "/dev/stdin") or command.args[:1] in (("-s",), ("-",))


def net_send_command(command: Command) -> bool:
    program, args = command.program, command.args
    if program in NET_SEND_PROGRAMS:
        return True
    if program in ("curl", "curlie", "xh", "http", "https"):
        return any(a.startswith(("-d", "--data", "-F", "--form", "-T", "--upload", "--json"))
                   or a in ("POST", "PUT") for a in args) or "$" in url_of(command)
    if program in ("wget", "wget2"):
        return any(a.startswith(("--post", "--body", "--method")) for a in args) or \
            "$" in url_of(command)
    if program in ("scp", "rsync"):
        return any(re.match(r"[\w.-]+@[\w.-]+:|[\w.-]+\.[a-z]{2,}:", a) for a in args[1:])
    if program in ("nslookup", "dig", "host", "ping"):
        return any("$" in a for a in args)
    if program in ("invoke-restmethod", "irm", "invoke-webrequest", "iwr"):
        return any(a.lower() in ("-body", "-infile") or a.lower() == "post" for a in args)
    return False


def send_calls(facts: Facts) -> list[Call]:
    """Calls that send data out: HTTP with a body, sockets, mail, clipboard."""
    out = []
    for call in facts.calls:
        if call.language == "python":
            if PY_SEND.search(call.name) and (
                    re.search(r"requests|httpx|urllib|urlopen|session|client|sock|smtp|ftp"
                              r"|pyperclip|aiohttp|conn|http", call.name, re.I)
                    or call.short in ("urlopen", "Request")):
                out.append(call)
        elif JS_SEND.search(call.name):
            out.append(call)
    return out


def payload_text(call: Call) -> str:
    """The parts of a send call that carry data (not headers or auth)."""
    parts = [v for k, v in call.kwargs if k in PAYLOAD_KWARGS or k not in (
        "headers", "auth", "timeout", "method", "verify", "cert", "mode", "cache",
        "credentials", "redirect", "signal")]
    parts += list(call.args[1:]) if call.args and not call.args[0].startswith("{") else []
    if call.args and "$" in call.args[0] or call.args and "{" in call.args[0]:
        parts.append(call.args[0])  # secrets interpolated into the URL (query-string leak)
    return "\n".join(parts)
