// name: region-program-history
// description: Programs one region's plans add and drop, plan year over plan year: added (not named in the region's previous plan), dropped (named there, not in this one), with the sentences.
// param: region str required region name or alias, e.g. 昌宁县
// param: limit int 500 the most rows returned (by plan year, then program)
// example: edukg query run region-program-history -p region=昌宁县
MATCH (r:Region)
WHERE r.name = $region OR $region IN coalesce(r.aliases, [])
// Read from the region: in one MATCH with it FalkorDB starts from every Document instead.
WITH r
MATCH (d:Document)-[:IN_REGION]->(r)
WHERE d.plan_year IS NOT NULL
WITH r, d.plan_year AS year
ORDER BY year
WITH r, collect(DISTINCT year) AS years
MATCH (d:Document)-[:IN_REGION]->(r)
WHERE d.plan_year IS NOT NULL
MATCH (d)-[:MENTIONS_PROGRAM]->(p:Program)
WITH r, years, p, collect(DISTINCT d.plan_year) AS named
UNWIND years AS year
WITH r, p, year, named, [y IN years WHERE y < year] AS before
WITH r, p, year, year IN named AS now,
     size(before) > 0 AND before[size(before) - 1] IN named AS previously,
     CASE WHEN size(before) > 0 THEN before[size(before) - 1] END AS previous_year
WHERE now <> previously
WITH r, p, year, previous_year, CASE WHEN now THEN 'added' ELSE 'dropped' END AS change
ORDER BY year, p.name
LIMIT $limit
// The sentence: of a plan of this year for an added program, of the previous plan for a dropped one.
// The first by its place in its document: a mention keeps the indexes of the sentences naming the program
// among its document's, in the order of their places. Without a sentence, no document. The region's
// documents of the year are found first, then their mention of the program: in one pattern FalkorDB
// walks from the program to every document naming it (thousands), 500 ms at 10,000 documents.
CALL {
  WITH r, p, year, previous_year, change
  OPTIONAL MATCH (r)<-[:IN_REGION]-(d:Document)
  WHERE d.plan_year = CASE WHEN change = 'added' THEN year ELSE previous_year END
  OPTIONAL MATCH (d)-[m:MENTIONS_PROGRAM]->(p)
  WITH d, m.sentences[0] AS sentence
  RETURN CASE WHEN sentence IS NULL THEN null ELSE d END AS d, sentence ORDER BY d.sentence_start[sentence] LIMIT 1
}
RETURN r.name AS region, year, change, p.name AS program, previous_year, coalesce(d.title, d.file) AS document,
       d.sentence_text[sentence] AS evidence
ORDER BY year, change, program, r.id
