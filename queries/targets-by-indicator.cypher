// name: targets-by-indicator
// description: Targets for an indicator (its name, any alias, or part of either), latest year first, by region, with evidence, beside the national reference target (region 全国) for that year or the first after it.
// param: indicator str required indicator name or alias, e.g. 学前三年毛入园率 or 毛入园率
// param: limit int 200 the most targets returned (latest years first)
// example: edukg query run targets-by-indicator -p indicator=学前教育毛入园率
MATCH (y:Year)
WITH collect(y.value) AS years
MATCH (i:Indicator)
WHERE i.names CONTAINS $indicator
// The national reference targets (edukg load --national), read once per indicator from the 全国 documents.
OPTIONAL MATCH (:Region {id: '全国'})<-[:IN_REGION]-(nd:Document)
OPTIONAL MATCH (nd)-[:SETS_TARGET]->(nt:Target)-[:MEASURES]->(i)
WITH years, i, collect({t: nt, year: coalesce(nt.year, nd.plan_year), document: nd.title}) AS national
WITH years, collect([i, national]) AS indicators
// (a store of no year at all still lists its targets of no year)
UNWIND CASE WHEN size(years) = 0 THEN [null] ELSE years END AS year
UNWIND indicators AS indicator
WITH indicators, year, indicator
ORDER BY year DESC
// The answer's years, latest first, each with the matching indicators. A target keeps its year (its
// own, else its document's), indexed with its indicator's name: one indicator's targets of one year
// are found without reading its others (66,448 at 100,000 documents).
WITH indicators, collect([indicator[0], year, indicator[1]]) AS groups
// How far the answer reaches: the year of the limit-th target, the groups read in turn until then.
CALL {
  WITH groups
  UNWIND range(0, size(groups) - 1) AS k
  WITH k, groups[k][0] AS i, groups[k][0].name AS name, groups[k][1] AS year
  MATCH (t:Target {indicator: name, effective_year: year})
  // after a WITH: FalkorDB would otherwise walk from the indicator to its every target
  WITH k, i, t
  MATCH (t)-[:MEASURES]->(i)
  // SETS_TARGET starts at a Document: the label is not checked again for each target.
  MATCH (d)-[:SETS_TARGET]->(t)
  WITH k LIMIT $limit
  RETURN max(k) AS last, count(*) AS dated
}
CALL {
  WITH groups, last
  UNWIND [g IN groups WHERE last IS NOT NULL AND g[1] >= groups[last][1]] AS g
  WITH g[0] AS i, g[0].name AS name, g[1] AS year, g[2] AS national
  MATCH (t:Target {indicator: name, effective_year: year})
  RETURN collect([i, t, national]) AS kept
}
// Targets of no year come after all others: read only when those are fewer than the limit.
CALL {
  WITH indicators, dated
  UNWIND CASE WHEN dated < $limit THEN indicators ELSE [] END AS x
  WITH x[0] AS i, x[1] AS national
  MATCH (t:Target)-[:MEASURES]->(i)
  WHERE t.effective_year IS NULL
  RETURN collect([i, t, national]) AS undated
}
UNWIND kept + undated AS row
WITH row[0] AS i, row[1] AS t, row[2] AS national
MATCH (d)-[:SETS_TARGET]->(t)-[:MEASURES]->(i)
WITH d, t, i, national, t.effective_year AS year
// d.region is the name of the document's region, so rows are cut before that hop. Targets equal in
// all that are ordered by document and id, so the rows kept do not depend on the order found.
ORDER BY year IS NULL, year DESC, d.region, i.name, t.value, coalesce(d.title, d.file), t.id
LIMIT $limit
// The national reference of a row: the national target for its year, else the first after it.
WITH d, t, i, year,
     reduce(ref = null, n IN national |
            CASE WHEN n.t IS NOT NULL AND n.year >= year AND (ref IS NULL OR n.year < ref.year) THEN n ELSE ref END) AS ref
OPTIONAL MATCH (d)-[:IN_REGION]->(r)
// A target keeps the index of its sentence among its document's ('' is no section).
WITH d, t, i, year, ref, r, d.sentence_section[t.sentence] AS section
RETURN r.name AS region, year, i.name AS indicator,
       t.comparator AS comparator, t.value AS value, t.value_max AS value_max, t.unit AS unit,
       coalesce(d.title, d.file) AS document, CASE section WHEN '' THEN null ELSE section END AS section,
       d.sentence_text[t.sentence] AS evidence,
       ref.t.comparator AS national_comparator, ref.t.value AS national_value, ref.t.unit AS national_unit,
       ref.year AS national_year, ref.document AS national_document
ORDER BY year IS NULL, year DESC, region, indicator, value, document, evidence
