-- The production calendar (SPEC.md §3, docs/calendar.md), shared by every workstation of an
-- office so that all count the same deadlines. Empty after this migration: CalendarStore
-- seeds it from resources/calendar/kz-default.json the first time it is loaded.
-- Settings: weekly_days_off ("saturday,sunday"), counter_closes_at ("20:00"),
-- portal_closes_at ("18:30"), seeded (when the defaults were loaded), changed_at (the last
-- change of the calendar, ISO time: a receipt printed before it may show an outdated date).
CREATE TABLE calendar_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- Dated holidays: a day off on month/day in the years valid_from..valid_to (NULL: no limit).
-- movable = 1: carried to the next working day when it falls on a weekly day off.
CREATE TABLE calendar_holiday_rules (
    id @PK@,
    rule_key TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL DEFAULT 0,
    month INTEGER NOT NULL,
    day INTEGER NOT NULL,
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT NOT NULL,
    movable INTEGER NOT NULL DEFAULT 1,
    valid_from INTEGER,
    valid_to INTEGER
);
-- One row per year known to the calendar: the first day of Kurban Ait (NULL while not
-- announced) and the administrator's confirmation (NULL while not confirmed).
CREATE TABLE calendar_years (
    year INTEGER PRIMARY KEY,
    kurban_ait TEXT,
    confirmed_by TEXT,
    confirmed_at TEXT,
    updated_at TEXT
);
-- Days off moved by the Government: kind "working-day" (a weekly day off becomes working)
-- or "day-off" (a working weekday becomes a day off).
CREATE TABLE calendar_transfers (
    id @PK@,
    year INTEGER NOT NULL REFERENCES calendar_years (year),
    day TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX calendar_transfers_year ON calendar_transfers (year);
