UPDATE budget_lines SET department = 'Oakland Public Works'
WHERE department IN ('Public Works Agency', 'PWA');
UPDATE budget_lines SET department = 'Economic & Workforce Development'
WHERE department IN ('Community & Economic Development Agency', 'CEDA');
