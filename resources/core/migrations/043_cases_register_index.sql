-- The cases' columns the register prints, in one index in id order: exporting the register reads
-- this narrow index and the stage cache (042) instead of every case's row with its JSON body
-- (a body is read only for what the cache has no copy of; LedgerSql::caseColumns).
CREATE INDEX cases_register ON cases (id, number, status, office, submitted_at, surname, name, patronymic, iin,
                                      birth_date, to_country);
