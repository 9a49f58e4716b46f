// name: references-cited
// description: Policy documents cited by local plans, with how many plans cite each, where, and a citing sentence.
// param: min_plans int 1 the least number of citing plans
// example: edukg query run references-cited -p min_plans=2
MATCH (d:Document)-[:CITES]->(ref:Reference)
OPTIONAL MATCH (d)-[:IN_REGION]->(r:Region)
OPTIONAL MATCH (d)<-[:IN_DOCUMENT]-(e:Evidence)-[:SUPPORTS]->(ref)
WITH ref, d, r, e
ORDER BY d.plan_year, d.id, e.start
WITH ref, count(DISTINCT d) AS plans, collect(DISTINCT r.name) AS regions,
     collect(DISTINCT coalesce(d.title, d.file)) AS documents, collect(e.text) AS sentences
WHERE plans >= $min_plans
RETURN ref.title AS reference, plans, regions, documents, sentences[0] AS evidence
ORDER BY plans DESC, reference
