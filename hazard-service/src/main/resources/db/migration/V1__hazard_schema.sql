-- hazard-service schema (its own database).
CREATE TABLE IF NOT EXISTS schema_marker (id INT PRIMARY KEY);
