"""``python -m skcc.bench.fakeserver``: the same as ``skcc bench serve``."""

from skcc.bench.cli import serve_main

if __name__ == "__main__":
    serve_main()
