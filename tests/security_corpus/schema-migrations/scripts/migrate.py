import pathlib
import sqlite3
import sys

direction = sys.argv[1]
db = sqlite3.connect('app.db')
for folder in sorted(pathlib.Path('migrations').iterdir()):
    db.executescript((folder / f'{direction}.sql').read_text())
db.commit()
