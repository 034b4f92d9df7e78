#!/usr/bin/env python3
"""Read-only audit of ~/.ssh: public key strength, permissions, risky config options."""
import glob
import os
import stat
import subprocess
from pathlib import Path

SSH = Path.home() / ".ssh"
RISKY = {
    "forwardagent": ("yes", "ForwardAgent yes lets remote hosts use your agent"),
    "stricthostkeychecking": ("no", "host key changes go unnoticed"),
    "userknownhostsfile": ("/dev/null", "known_hosts is discarded"),
    "passwordauthentication": ("yes", "password auth enabled"),
}


def config_files(path, seen=None):
    seen = seen or set()
    if path in seen or not path.is_file():
        return []
    seen.add(path)
    files = [path]
    for line in path.read_text(errors="ignore").splitlines():
        parts = line.strip().split(None, 1)
        if len(parts) == 2 and parts[0].lower() == "include":
            for pat in parts[1].split():
                pat = os.path.expanduser(pat)
                if not os.path.isabs(pat):
                    pat = str(SSH / pat)
                for inc in glob.glob(pat):
                    files += config_files(Path(inc), seen)
    return files


def audit_config():
    findings = []
    for cf in config_files(SSH / "config"):
        host = "*"
        for n, line in enumerate(cf.read_text(errors="ignore").splitlines(), 1):
            parts = line.strip().split(None, 1)
            if len(parts) != 2 or parts[0].startswith("#"):
                continue
            key, val = parts[0].lower(), parts[1].strip().lower()
            if key == "host":
                host = val
            elif key in RISKY and val == RISKY[key][0]:
                findings.append(f"{cf}:{n}  Host {host}: {parts[0]} {parts[1]}  ({RISKY[key][1]})")
    return findings


def audit_keys():
    findings = []
    for pub in sorted(SSH.glob("*.pub")):
        out = subprocess.run(["ssh-keygen", "-l", "-f", str(pub)], capture_output=True, text=True).stdout.split()
        if len(out) >= 4:
            bits, ktype = int(out[0]), out[-1].strip("()")
            weak = ktype == "DSA" or (ktype == "RSA" and bits < 3072)
            findings.append(f"{pub.name:24} {ktype:8} {bits:5} bits  {'WEAK' if weak else 'ok'}")
        priv = pub.with_suffix("")
        if priv.exists():
            mode = stat.S_IMODE(priv.stat().st_mode)  # metadata only; contents are not read
            if mode & 0o077:
                findings.append(f"{priv.name:24} mode {oct(mode)}  should be 0o600")
    if SSH.exists() and stat.S_IMODE(SSH.stat().st_mode) & 0o077:
        findings.append(f"{SSH} mode {oct(stat.S_IMODE(SSH.stat().st_mode))}  should be 0o700")
    return findings


def main():
    print("== keys ==")
    print("\n".join(audit_keys()) or "no public keys found")
    print("== config ==")
    print("\n".join(audit_config()) or "no risky options found")


if __name__ == "__main__":
    main()
