// name: agency-responsibilities
// description: What an agency (its name, any alias, or part of either) is responsible for, latest year first, with evidence.
// param: agency str required agency name or alias, e.g. 教育局 or 财政
// param: limit int 200 the most responsibilities returned (latest years first)
// example: edukg query run agency-responsibilities -p agency=财政
MATCH (a:Agency)
WHERE a.name CONTAINS $agency OR any(x IN coalesce(a.aliases, []) WHERE x CONTAINS $agency)
// The matching agencies are found first; programs and evidence are fetched only for the rows kept.
// No label the relationships imply (ASSIGNS runs from a Document to a Responsibility) is checked
// again for each of the agencies' duties.
MATCH (d)-[:ASSIGNS]->(resp)-[:HELD_BY]->(a)
WITH d, resp, a
// d.region is the name of the document's region, so rows are cut before that hop.
ORDER BY d.plan_year IS NULL, d.plan_year DESC, d.region, a.name, resp.duty
LIMIT $limit
OPTIONAL MATCH (d)-[:IN_REGION]->(r)
OPTIONAL MATCH (resp)-[:CONCERNS]->(p)
OPTIONAL MATCH (resp)<-[:SUPPORTS]-(e)-[:IN_DOCUMENT]->(d)
RETURN a.name AS agency, resp.duty AS duty, p.name AS program, r.name AS region,
       d.plan_year AS year, coalesce(d.title, d.file) AS document, e.text AS evidence
ORDER BY year IS NULL, year DESC, region, agency, duty
