-- inspection-service schema (its own database). Filled in by the inspection capability.
CREATE TABLE IF NOT EXISTS schema_marker (id INT PRIMARY KEY);
