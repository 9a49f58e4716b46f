// name: targets-by-indicator
// description: Every target for an indicator (its name, any alias, or part of either), by region and year, with evidence.
// param: indicator str required indicator name or alias, e.g. 学前三年毛入园率 or 毛入园率
// example: edukg query run targets-by-indicator -p indicator=学前教育毛入园率
MATCH (d:Document)-[:SETS_TARGET]->(t:Target)-[:MEASURES]->(i:Indicator)
WHERE i.name CONTAINS $indicator OR any(a IN coalesce(i.aliases, []) WHERE a CONTAINS $indicator)
OPTIONAL MATCH (d)-[:IN_REGION]->(r:Region)
OPTIONAL MATCH (d)<-[:IN_DOCUMENT]-(e:Evidence)-[:SUPPORTS]->(t)
RETURN r.name AS region, coalesce(t.year, d.plan_year) AS year, i.name AS indicator,
       t.comparator AS comparator, t.value AS value, t.value_max AS value_max, t.unit AS unit,
       coalesce(d.title, d.file) AS document, e.section AS section, e.text AS evidence
ORDER BY region, year, indicator, value
