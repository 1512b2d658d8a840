-- Settings of the print module (office name, address, department, executor, head, the key of
-- the documents' check codes ...): name -> value. The check-code key is generated on first use.
CREATE TABLE form_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
