#!/usr/bin/env bash
# Read-only GPU/driver diagnosis; optional consented install of one named driver package.
set -uo pipefail

if [[ "${1:-}" == "--install" ]]; then
  pkg="${2:-}"
  if [[ ! "$pkg" =~ ^nvidia-driver-[0-9]{3}(-open|-server)?$ ]]; then
    echo "refusing: '$pkg' is not an NVIDIA driver package name" >&2
    exit 2
  fi
  read -r -p "Install $pkg with sudo apt-get (reboot needed afterwards)? Type 'yes' to continue: " answer
  if [[ "$answer" != "yes" ]]; then
    echo "not installing"
    exit 0
  fi
  sudo apt-get update
  sudo apt-get install --no-install-recommends "$pkg"
  echo "installed $pkg — reboot to load the new driver"
  exit 0
fi

echo "== PCI"
lspci -nn 2>/dev/null | grep -i nvidia || echo "no NVIDIA device found"
echo "== Driver"
if nvidia-smi --query-gpu=name,driver_version --format=csv,noheader 2>/dev/null; then
  nvidia-smi | grep -o 'CUDA Version: [0-9.]*'
else
  echo "nvidia-smi failed; loaded modules:"; lsmod | grep -i nvidia || echo "  none"
fi
echo "== Secure Boot"
mokutil --sb-state 2>/dev/null || echo "mokutil not available"
echo "== Recommended package"
ubuntu-drivers devices 2>/dev/null | grep recommended || echo "ubuntu-drivers not available"
echo "== PyTorch"
python3 -c "import torch; print('torch', torch.__version__, 'cuda', torch.version.cuda, 'available', torch.cuda.is_available())" 2>/dev/null || echo "torch not installed"
echo "== Containers"
nvidia-ctk --version 2>/dev/null || echo "nvidia-container-toolkit not installed"
docker info 2>/dev/null | grep -i runtimes || true
