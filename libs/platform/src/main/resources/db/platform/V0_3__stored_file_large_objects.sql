-- Files are streamed into and out of PostgreSQL large objects (issue 9: "never held whole"): content_oid names the
-- large object. Rows stored before keep their bytea content and are still served from it.
ALTER TABLE stored_file ADD COLUMN content_oid OID;
ALTER TABLE stored_file ALTER COLUMN content DROP NOT NULL;
ALTER TABLE stored_file ADD CONSTRAINT stored_file_has_content CHECK (content IS NOT NULL OR content_oid IS NOT NULL);
