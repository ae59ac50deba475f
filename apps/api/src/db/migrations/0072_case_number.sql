-- 案号: every case a number of its own from registration, per organ and year without gaps,
-- from the same sequences as the organ's documents (code 案: 泽执监案〔2026〕12号). Cases
-- registered before are numbered in the order they were registered.
ALTER TABLE supervision_cases ADD COLUMN case_number text;

WITH numbered AS (
  SELECT c.id, c.organ_id, extract(year FROM c.registered_on)::int AS year,
    coalesce(nullif(o.doc_prefix, ''), o.name) AS prefix,
    row_number() OVER (PARTITION BY c.organ_id, extract(year FROM c.registered_on)
      ORDER BY c.registered_on, c.created_at, c.id) AS n
  FROM supervision_cases c JOIN organisations o ON o.id = c.organ_id
)
UPDATE supervision_cases c SET case_number = m.prefix || '案〔' || m.year || '〕' || m.n || '号'
FROM numbered m WHERE m.id = c.id;

INSERT INTO document_sequences (organ_id, code, year, last_n)
  SELECT organ_id, '案', extract(year FROM registered_on)::int, count(*)
  FROM supervision_cases GROUP BY 1, 3;

ALTER TABLE supervision_cases ALTER COLUMN case_number SET NOT NULL;
CREATE UNIQUE INDEX supervision_cases_number_idx ON supervision_cases (case_number);
