ALTER TABLE specimen ADD COLUMN dwc_eventDate text;
UPDATE specimen SET dwc_eventDate = to_char(collection_date, 'YYYY-MM-DD') WHERE collection_date IS NOT NULL;
