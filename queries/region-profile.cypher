// name: region-profile
// description: Documents of a region (and of the regions within it), with their programs, targets (each with its sentence) and agencies.
// param: region str required region name or alias, e.g. 成都市
// example: edukg query run region-profile -p region=成都市
MATCH (d:Document)-[:IN_REGION]->(:Region)-[:PART_OF*0..3]->(r:Region)
WHERE r.name = $region OR $region IN coalesce(r.aliases, [])
WITH DISTINCT d
// Each list is gathered for one document at a time: aggregated beside the others, every row of a
// document's targets was grouped by its program list, and every agency row by its target list.
// Labels the relationships imply (their ontology ranges) are not checked again.
CALL {
  WITH d
  OPTIONAL MATCH (d)-[:MENTIONS_PROGRAM]->(p)
  RETURN collect(DISTINCT p.name) AS programs
}
CALL {
  WITH d
  OPTIONAL MATCH (d)-[:SETS_TARGET]->(t)
  RETURN collect(DISTINCT CASE WHEN t IS NOT NULL THEN {indicator: t.indicator, comparator: t.comparator,
                        value: t.value, value_max: t.value_max, unit: t.unit,
                        evidence: d.sentence_text[t.sentence]} END) AS targets
}
CALL {
  WITH d
  OPTIONAL MATCH (d)-[:MENTIONS_AGENCY]->(a)
  RETURN collect(DISTINCT a.name) AS agencies
}
OPTIONAL MATCH (d)-[:IN_REGION]->(own)
RETURN own.name AS region, d.plan_year AS year, d.kind AS kind, coalesce(d.title, d.file) AS document,
       programs, targets, agencies
ORDER BY year, region, document
