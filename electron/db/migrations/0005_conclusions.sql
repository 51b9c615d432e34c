-- What the chair concluded and when the conference actually ended: the minutes (biên bản) and the notice of
-- conclusions (thông báo kết luận) print them. Empty / NULL until the secretary types them.
ALTER TABLE conference ADD COLUMN conclusions TEXT NOT NULL DEFAULT '';
ALTER TABLE conference ADD COLUMN actual_end_time TEXT;
