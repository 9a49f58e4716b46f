// name: agency-responsibilities
// description: What an agency (its name, any alias, or part of either) is responsible for, with evidence.
// param: agency str required agency name or alias, e.g. 教育局 or 财政
// example: edukg query run agency-responsibilities -p agency=财政
MATCH (d:Document)-[:ASSIGNS]->(resp:Responsibility)-[:HELD_BY]->(a:Agency)
WHERE a.name CONTAINS $agency OR any(x IN coalesce(a.aliases, []) WHERE x CONTAINS $agency)
OPTIONAL MATCH (resp)-[:CONCERNS]->(p:Program)
OPTIONAL MATCH (d)-[:IN_REGION]->(r:Region)
OPTIONAL MATCH (d)<-[:IN_DOCUMENT]-(e:Evidence)-[:SUPPORTS]->(resp)
RETURN a.name AS agency, resp.duty AS duty, p.name AS program, r.name AS region,
       d.plan_year AS year, coalesce(d.title, d.file) AS document, e.text AS evidence
ORDER BY region, year, agency, duty
