-- When MilestoneOverdue was published for a time node, so it is published once.
ALTER TABLE task_milestone ADD COLUMN overdue_reported_at TIMESTAMPTZ;
CREATE INDEX task_milestone_open_due ON task_milestone (due_date) WHERE completed_at IS NULL AND overdue_reported_at IS NULL;
