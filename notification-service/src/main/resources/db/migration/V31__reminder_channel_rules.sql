-- The day-before reminders (issue 13) go out beside the inbox: the unit by SMS at its contact phone, the district
-- bureau by e-mail (and SMS when its contact entry accepts it) for a rectification deadline; the task's bureau
-- and lead department by e-mail for a time node. The city edits these like the other rules.
INSERT INTO channel_rule (id, event_type, grade, channels) VALUES
    (gen_random_uuid(), 'RectificationDueTomorrow', '*', 'EMAIL,SMS'),
    (gen_random_uuid(), 'MilestoneDueTomorrow', '*', 'EMAIL')
ON CONFLICT (event_type, grade) DO NOTHING;
