// name: targets-by-indicator
// description: Targets for an indicator (its name, any alias, or part of either), latest year first, by region, with evidence, beside the national reference target (region 全国) for that year or the first after it.
// param: indicator str required indicator name or alias, e.g. 学前三年毛入园率 or 毛入园率
// param: limit int 200 the most targets returned (latest years first)
// example: edukg query run targets-by-indicator -p indicator=学前教育毛入园率
MATCH (i:Indicator)
WHERE i.name CONTAINS $indicator OR any(a IN coalesce(i.aliases, []) WHERE a CONTAINS $indicator)
// The national reference targets (edukg load --national), read once per indicator from the 全国 documents.
OPTIONAL MATCH (:Region {id: '全国'})<-[:IN_REGION]-(nd:Document)
OPTIONAL MATCH (nd)-[:SETS_TARGET]->(nt:Target)-[:MEASURES]->(i)
WITH i, collect({t: nt, year: coalesce(nt.year, nd.plan_year), document: nd.title}) AS national
// The few matching indicators are found first; evidence is fetched only for the rows kept.
// SETS_TARGET starts at a Document: the label is not checked again for each of the indicator's targets.
MATCH (d)-[:SETS_TARGET]->(t:Target)-[:MEASURES]->(i)
WITH d, t, i, national, coalesce(t.year, d.plan_year) AS year
// d.region is the name of the document's region, so rows are cut before that hop.
ORDER BY year IS NULL, year DESC, d.region, i.name, t.value
LIMIT $limit
// The national reference of a row: the national target for its year, else the first after it.
WITH d, t, i, year,
     reduce(ref = null, n IN national |
            CASE WHEN n.t IS NOT NULL AND n.year >= year AND (ref IS NULL OR n.year < ref.year) THEN n ELSE ref END) AS ref
OPTIONAL MATCH (d)-[:IN_REGION]->(r)
OPTIONAL MATCH (t)<-[:SUPPORTS]-(e)-[:IN_DOCUMENT]->(d)
RETURN r.name AS region, year, i.name AS indicator,
       t.comparator AS comparator, t.value AS value, t.value_max AS value_max, t.unit AS unit,
       coalesce(d.title, d.file) AS document, e.section AS section, e.text AS evidence,
       ref.t.comparator AS national_comparator, ref.t.value AS national_value, ref.t.unit AS national_unit,
       ref.year AS national_year, ref.document AS national_document
ORDER BY year IS NULL, year DESC, region, indicator, value
