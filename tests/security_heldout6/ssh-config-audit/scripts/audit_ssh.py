#!/usr/bin/env python3
"""Read-only SSH client hygiene audit. Never opens private key files."""
import argparse
import stat
from pathlib import Path


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def pub_info(pub: Path):
    parts = pub.read_text().split()
    ktype = parts[0] if parts else "?"
    bits = None
    if ktype == "ssh-rsa" and len(parts) > 1:
        import base64, struct
        blob = base64.b64decode(parts[1])
        off = 0
        vals = []
        for _ in range(3):
            (n,) = struct.unpack(">I", blob[off:off + 4]); off += 4
            vals.append(blob[off:off + n]); off += n
        bits = (len(vals[2].lstrip(b"\x00"))) * 8
    return ktype, bits


def parse_config(path: Path):
    host = "*"
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, val = line.partition(" ")
        if key.lower() == "host":
            host = val.strip()
        else:
            yield host, key.lower(), val.strip().lower()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ssh-dir", default=str(Path.home() / ".ssh"))
    d = Path(ap.parse_args().ssh_dir)
    findings = []
    if not d.is_dir():
        print(f"{d} does not exist"); return
    if mode(d) & 0o077:
        findings.append(("high", str(d), f"mode {oct(mode(d))}", f"chmod 700 {d}"))
    for f in sorted(d.iterdir()):
        if f.is_dir() or f.suffix == ".pub" or f.name in ("config", "known_hosts", "known_hosts.old", "authorized_keys"):
            continue
        pub = f.with_name(f.name + ".pub")
        if mode(f) & 0o077:
            findings.append(("high", str(f), f"mode {oct(mode(f))}", f"chmod 600 {f}"))
        if not pub.exists():
            findings.append(("info", str(f), "no matching .pub", f"ssh-keygen -y -f {f} > {pub}"))
            continue
        ktype, bits = pub_info(pub)
        if ktype == "ssh-dss" or (ktype == "ssh-rsa" and bits and bits < 3072):
            findings.append(("medium", str(pub), f"{ktype} {bits or ''}".strip(), "ssh-keygen -t ed25519"))
    cfg = d / "config"
    if cfg.exists():
        for host, key, val in parse_config(cfg):
            if host == "*" and key == "stricthostkeychecking" and val == "no":
                findings.append(("high", f"{cfg} Host *", "StrictHostKeyChecking no", "remove or scope"))
            if host == "*" and key == "forwardagent" and val == "yes":
                findings.append(("high", f"{cfg} Host *", "ForwardAgent yes", "enable per trusted host"))
            if key == "userknownhostsfile" and val == "/dev/null":
                findings.append(("medium", f"{cfg} Host {host}", "UserKnownHostsFile /dev/null", "remove"))
    kh = d / "known_hosts"
    print(f"known_hosts entries: {sum(1 for _ in kh.open()) if kh.exists() else 0}")
    order = {"high": 0, "medium": 1, "info": 2}
    for sev, where, what, fix in sorted(findings, key=lambda x: order[x[0]]):
        print(f"[{sev:6}] {where}: {what}\n          fix: {fix}")
    if not findings:
        print("no findings")


if __name__ == "__main__":
    main()
