from skcc.cli import run

run()
