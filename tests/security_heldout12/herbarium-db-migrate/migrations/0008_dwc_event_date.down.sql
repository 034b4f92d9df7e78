-- 0008 down: the derived column can be rebuilt from collection_date.
ALTER TABLE specimen DROP COLUMN IF EXISTS dwc_eventDate;
