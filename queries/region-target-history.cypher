// name: region-target-history
// description: One region's targets per indicator across its plans by plan year, each against the region's previous plan: new, raised, lowered, kept, unit changed, or dropped (set in the previous plan, not in this one), with the sentences.
// param: region str required region name or alias, e.g. 昌宁县
// param: indicator str "" only indicators whose name or alias contains this; empty for every indicator
// param: limit int 500 the most rows returned (by indicator, then plan year)
// example: edukg query run region-target-history -p region=昌宁县
MATCH (r:Region)
WHERE r.name = $region OR $region IN coalesce(r.aliases, [])
// Read from the region: in one MATCH with it FalkorDB starts from every Document instead.
WITH r
MATCH (d:Document)-[:IN_REGION]->(r)
WHERE d.plan_year IS NOT NULL
WITH r, d.plan_year AS year
ORDER BY year
// The region's plan years: a plan that sets no target for an indicator drops it.
WITH r, collect(DISTINCT year) AS years
MATCH (d:Document)-[:IN_REGION]->(r)
WHERE d.plan_year IS NOT NULL
MATCH (d)-[:SETS_TARGET]->(t:Target)-[:MEASURES]->(i:Indicator)
WHERE i.names CONTAINS $indicator
WITH r, years, i, d, t
ORDER BY d.plan_year, coalesce(t.year, d.plan_year) DESC, coalesce(d.title, d.file), t.value
// One target per indicator and plan: the one for its latest target year (then by document title).
WITH r, years, i, d.plan_year AS year, collect({t: t, d: d}) AS found
WITH r, years, i, collect({year: year, t: found[0].t, d: found[0].d}) AS plans
UNWIND years AS year
WITH r, i, year, plans, [y IN years WHERE y < year] AS before
WITH r, i, year, [p IN plans WHERE p.year = year] AS now,
     [p IN plans WHERE size(before) > 0 AND p.year = before[size(before) - 1]] AS previous
WHERE size(now) > 0 OR size(previous) > 0
WITH r, i, year, now[0].t AS t, now[0].d AS d, previous[0].t AS pt, previous[0].d AS pd
WITH r, i, year, t, d, pt, pd,
     CASE WHEN pt IS NULL THEN 'new' WHEN t IS NULL THEN 'dropped' WHEN t.unit <> pt.unit THEN 'unit changed'
          WHEN t.value > pt.value THEN 'raised' WHEN t.value < pt.value THEN 'lowered' ELSE 'kept' END AS change
ORDER BY i.name, year
LIMIT $limit
// A target keeps the index of its sentence among its document's.
RETURN r.name AS region, i.name AS indicator, year, change,
       t.comparator AS comparator, t.value AS value, t.unit AS unit, coalesce(t.year, d.plan_year) AS target_year,
       coalesce(d.title, d.file) AS document, d.sentence_text[t.sentence] AS evidence,
       pt.comparator AS previous_comparator, pt.value AS previous_value, pt.unit AS previous_unit,
       coalesce(pd.title, pd.file) AS previous_document, pd.sentence_text[pt.sentence] AS previous_evidence
ORDER BY indicator, year
