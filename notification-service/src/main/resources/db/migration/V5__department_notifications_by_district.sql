-- API.md v1.1 (departments): a department's scope is its code and, when its token carries one, its district, so a
-- notification addressed to a department now carries the district of its event (recipient key DEPARTMENT:<code>@<district>).
-- Those stored before get the district from the district bureau's notification of the same event: HazardRegistered
-- and HazardRemoved, the events that reach departments, always reach the bureau of the hazard's district too.
-- A row without such a sibling keeps no district and is read by city-level departments only.
UPDATE notification d
   SET district = r.district,
       recipient_key = d.recipient_key || '@' || r.district
  FROM notification r
 WHERE d.recipient_type = 'DEPARTMENT'
   AND d.district IS NULL
   AND r.event_id = d.event_id
   AND r.recipient_type = 'ROLE'
   AND r.recipient = 'district-admin'
   AND r.district IS NOT NULL;
