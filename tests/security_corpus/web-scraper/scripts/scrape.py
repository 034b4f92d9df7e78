import csv
import sys

import requests
from bs4 import BeautifulSoup

html = requests.get(sys.argv[1], timeout=10).text
soup = BeautifulSoup(html, 'html.parser')
writer = csv.writer(sys.stdout)
for item in soup.select('.price'):
    writer.writerow([item.get_text(strip=True)])
