// name: investments-by-region
// description: Planned money (targets in 元) by region and year, with evidence; an empty region means all regions.
// param: region str "" region name or alias; empty for every region
// example: edukg query run investments-by-region -p region=成都市
OPTIONAL MATCH (r:Region)
WHERE r.name = $region OR $region IN coalesce(r.aliases, [])
// A named region is found first, so only its documents are read.
OPTIONAL MATCH (named:Document)-[:IN_REGION]->(r)
WITH collect(DISTINCT named) AS in_region
OPTIONAL MATCH (every:Document)
WHERE $region = ''
WITH in_region, collect(every) AS every
UNWIND in_region + every AS d
MATCH (d)-[:SETS_TARGET]->(t:Target)
WHERE t.unit = '元'
OPTIONAL MATCH (d)-[:IN_REGION]->(r:Region)
OPTIONAL MATCH (t)-[:MEASURES]->(i:Indicator)
// A target keeps the index of its sentence among its document's.
RETURN r.name AS region, coalesce(t.year, d.plan_year) AS year, i.name AS indicator,
       t.value AS amount, t.unit AS unit, coalesce(d.title, d.file) AS document,
       d.sentence_text[t.sentence] AS evidence
ORDER BY region, year, amount DESC
