import os

from dotenv import load_dotenv

load_dotenv()
DATABASE_URL = os.environ.get('DATABASE_URL', 'sqlite:///dev.db')
print('database configured:', DATABASE_URL.split(':', 1)[0])
