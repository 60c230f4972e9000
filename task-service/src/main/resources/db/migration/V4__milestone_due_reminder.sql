-- The day before a time node's date its task's bureau and lead department are reminded once (issue 13): the date
-- reminded is kept, so a rerun or a second replica never repeats it and a node moved to another date is reminded again.
ALTER TABLE task_milestone ADD COLUMN reminded_due_date DATE;
CREATE INDEX task_milestone_open_due_date ON task_milestone (due_date) WHERE completed_at IS NULL;
