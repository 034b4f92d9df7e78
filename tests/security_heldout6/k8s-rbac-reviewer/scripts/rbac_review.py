#!/usr/bin/env python3
"""Static review of Kubernetes YAML for RBAC and pod-security risks."""
import sys
from pathlib import Path

import yaml

DANGEROUS_VERBS = {"escalate", "bind", "impersonate"}
WORKLOADS = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "ReplicaSet"}


def docs(paths):
    for p in paths:
        files = [p] if p.is_file() else sorted(list(p.rglob("*.yaml")) + list(p.rglob("*.yml")))
        for f in files:
            for d in yaml.safe_load_all(f.read_text()):
                if isinstance(d, dict):
                    yield f, d


def pod_spec(d):
    spec = d.get("spec", {})
    if d["kind"] == "Pod":
        return spec
    if d["kind"] == "CronJob":
        return spec.get("jobTemplate", {}).get("spec", {}).get("template", {}).get("spec", {})
    return spec.get("template", {}).get("spec", {})


def review(f, d, out):
    kind, name = d.get("kind"), d.get("metadata", {}).get("name", "?")
    add = lambda sev, path, msg: out.append((sev, f"{f}", f"{kind}/{name}", path, msg))
    if kind in ("Role", "ClusterRole"):
        for i, r in enumerate(d.get("rules", []) or []):
            verbs, res = set(r.get("verbs", [])), set(r.get("resources", []))
            if "*" in verbs or "*" in res:
                add("high", f"rules[{i}]", "wildcard verbs/resources")
            if verbs & DANGEROUS_VERBS:
                add("high", f"rules[{i}].verbs", f"privilege-escalation verbs: {sorted(verbs & DANGEROUS_VERBS)}")
            if "secrets" in res and verbs & {"get", "list", "watch", "*"}:
                add("high" if kind == "ClusterRole" else "medium", f"rules[{i}]", "reads secrets")
            if res & {"pods/exec", "pods/attach"}:
                add("medium", f"rules[{i}]", "exec/attach into pods")
    if kind in ("RoleBinding", "ClusterRoleBinding") and d.get("roleRef", {}).get("name") == "cluster-admin":
        add("high", "roleRef", "binds cluster-admin")
    if kind in WORKLOADS:
        spec = pod_spec(d)
        for flag in ("hostNetwork", "hostPID", "hostIPC"):
            if spec.get(flag):
                add("medium", f"spec.{flag}", f"{flag}: true")
        for v in spec.get("volumes", []) or []:
            if "hostPath" in v:
                add("high", f"volumes[{v.get('name')}]", f"hostPath {v['hostPath'].get('path')}")
        for c in (spec.get("containers", []) or []) + (spec.get("initContainers", []) or []):
            sc = c.get("securityContext", {}) or {}
            cname = c.get("name")
            if sc.get("privileged"):
                add("high", f"containers[{cname}].securityContext.privileged", "privileged container")
            if sc.get("allowPrivilegeEscalation") is not False:
                add("low", f"containers[{cname}].securityContext", "allowPrivilegeEscalation not false")
            caps = set((sc.get("capabilities", {}) or {}).get("add", []) or [])
            if caps & {"SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "ALL"}:
                add("high", f"containers[{cname}].capabilities.add", f"{sorted(caps)}")
        if not (spec.get("securityContext", {}) or {}).get("runAsNonRoot"):
            add("low", "spec.securityContext", "runAsNonRoot not set")


def main():
    out = []
    for f, d in docs([Path(p) for p in sys.argv[1:] or ["."]]):
        review(f, d, out)
    order = {"high": 0, "medium": 1, "low": 2}
    for sev, f, obj, path, msg in sorted(out, key=lambda x: order[x[0]]):
        print(f"[{sev:6}] {obj:40} {path:45} {msg}   ({f})")
    print(f"{len(out)} findings")


if __name__ == "__main__":
    main()
