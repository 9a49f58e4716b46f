// name: region-profile
// description: Documents of a region (and of the regions within it), with their programs, targets (each with its sentence) and agencies.
// param: region str required region name or alias, e.g. 成都市
// example: edukg query run region-profile -p region=成都市
MATCH (d:Document)-[:IN_REGION]->(:Region)-[:PART_OF*0..3]->(r:Region)
WHERE r.name = $region OR $region IN coalesce(r.aliases, [])
WITH DISTINCT d
OPTIONAL MATCH (d)-[:IN_REGION]->(own:Region)
OPTIONAL MATCH (d)-[:MENTIONS_PROGRAM]->(p:Program)
WITH d, own, collect(DISTINCT p.name) AS programs
OPTIONAL MATCH (d)-[:SETS_TARGET]->(t:Target)
OPTIONAL MATCH (t)<-[:SUPPORTS]-(e:Evidence)
WITH d, own, programs,
     collect(DISTINCT CASE WHEN t IS NOT NULL THEN {indicator: t.indicator, comparator: t.comparator,
                       value: t.value, value_max: t.value_max, unit: t.unit, evidence: e.text} END) AS targets
OPTIONAL MATCH (d)-[:MENTIONS_AGENCY]->(a:Agency)
RETURN own.name AS region, d.plan_year AS year, d.kind AS kind, coalesce(d.title, d.file) AS document,
       programs, targets, collect(DISTINCT a.name) AS agencies
ORDER BY year, region, document
