import os
import psycopg2

conn = psycopg2.connect(os.environ['DATABASE_URL'])
conn.autocommit = True
conn.cursor().execute('DROP DATABASE production')
