CREATE OR REPLACE VIEW v_dept_yoy AS
SELECT department, fiscal_year,
       SUM(amount) AS total,
       SUM(amount) / NULLIF(LAG(SUM(amount)) OVER (PARTITION BY department ORDER BY fiscal_year), 0) - 1 AS yoy
FROM budget_lines
GROUP BY department, fiscal_year;

CREATE OR REPLACE VIEW v_vendor_top AS
SELECT vendor, fiscal_year, SUM(amount) AS paid
FROM payments
GROUP BY vendor, fiscal_year
ORDER BY paid DESC;
