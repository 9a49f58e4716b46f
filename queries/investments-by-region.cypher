// name: investments-by-region
// description: Planned money (targets in 元) by region and year, with evidence; an empty region means all regions.
// param: region str "" region name or alias; empty for every region
// example: edukg query run investments-by-region -p region=成都市
MATCH (d:Document)-[:SETS_TARGET]->(t:Target)
WHERE t.unit = '元'
OPTIONAL MATCH (d)-[:IN_REGION]->(r:Region)
WITH d, t, r
WHERE $region = '' OR r.name = $region OR $region IN coalesce(r.aliases, [])
OPTIONAL MATCH (t)-[:MEASURES]->(i:Indicator)
OPTIONAL MATCH (d)<-[:IN_DOCUMENT]-(e:Evidence)-[:SUPPORTS]->(t)
RETURN r.name AS region, coalesce(t.year, d.plan_year) AS year, i.name AS indicator,
       t.value AS amount, t.unit AS unit, coalesce(d.title, d.file) AS document, e.text AS evidence
ORDER BY region, year, amount DESC
