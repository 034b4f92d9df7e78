"""List Jupyter kernelspecs and check that their interpreters exist."""
import json
import os
import shutil
import subprocess
import sys


def kernelspecs():
    try:
        out = subprocess.run(["jupyter", "kernelspec", "list", "--json"],
                             capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"jupyter not available: {exc}")
        return {}
    return json.loads(out).get("kernelspecs", {})


def main():
    print(f"shell python : {shutil.which('python3')} ({sys.version.split()[0]})")
    print(f"this python  : {sys.executable}")
    print()
    for name, info in sorted(kernelspecs().items()):
        argv = info.get("spec", {}).get("argv", [])
        interp = argv[0] if argv else "?"
        exists = os.path.exists(interp) or shutil.which(interp) is not None
        flag = "ok" if exists else "MISSING INTERPRETER"
        print(f"{name:<24} {interp:<60} {flag}")
        if exists and interp.endswith(("python", "python3")):
            res = subprocess.run([interp, "-c", "import ipykernel, sys; print(ipykernel.__version__)"],
                                 capture_output=True, text=True)
            ver = res.stdout.strip() or "ipykernel missing"
            print(f"{'':<24} ipykernel {ver}")


if __name__ == "__main__":
    main()
