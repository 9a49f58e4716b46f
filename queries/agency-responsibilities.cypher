// name: agency-responsibilities
// description: What an agency (its name, any alias, or part of either) is responsible for, latest year first, with evidence.
// param: agency str required agency name or alias, e.g. 教育局 or 财政
// param: limit int 200 the most responsibilities returned (latest years first)
// example: edukg query run agency-responsibilities -p agency=财政
MATCH (a:Agency)
WHERE a.names CONTAINS $agency
// The matching agencies are found first; documents, programs and evidence are fetched only for the
// rows kept. A duty keeps its document's plan year and region name (the loader copies them), so the
// duties are ordered without reading their documents; one whose document is not whole (a load
// killed part-way, until the next load sweeps it) is dropped after the limit, never shown.
MATCH (resp)-[:HELD_BY]->(a)
WITH resp, a
// Duties equal in all that are ordered by id, so the rows kept do not depend on the order found.
ORDER BY resp.plan_year IS NULL, resp.plan_year DESC, resp.region, a.name, resp.duty, resp.id
LIMIT $limit
// No label the relationship implies (ASSIGNS runs from a Document) is checked again.
MATCH (d)-[:ASSIGNS]->(resp)
OPTIONAL MATCH (d)-[:IN_REGION]->(r)
OPTIONAL MATCH (resp)-[:CONCERNS]->(p)
// A duty keeps the index of its sentence among its document's.
RETURN a.name AS agency, resp.duty AS duty, p.name AS program, r.name AS region,
       d.plan_year AS year, coalesce(d.title, d.file) AS document, d.sentence_text[resp.sentence] AS evidence
ORDER BY year IS NULL, year DESC, region, agency, duty, document, evidence
