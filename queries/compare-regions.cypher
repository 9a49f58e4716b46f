// name: compare-regions
// description: Programs and indicators two regions a and b share, or that only one of them has, each with a sentence of the latest document naming it.
// param: a str required the first region's name or alias, e.g. 成都市
// param: b str required the second region's name or alias, e.g. 重庆市
// example: edukg query run compare-regions -p a=成都市 -p b=重庆市
MATCH (r:Region)
WHERE r.name IN [$a, $b] OR $a IN coalesce(r.aliases, []) OR $b IN coalesce(r.aliases, [])
// The two regions are found first, then the documents of the regions within them.
MATCH (d:Document)-[:IN_REGION]->(:Region)-[:PART_OF*0..3]->(r)
WITH DISTINCT d, r.name = $a OR $a IN coalesce(r.aliases, []) AS in_a,
     r.name = $b OR $b IN coalesce(r.aliases, []) AS in_b
OPTIONAL MATCH (d)-[:MENTIONS_PROGRAM]->(p:Program)
WITH d, in_a, in_b, collect(DISTINCT p.name) AS programs
OPTIONAL MATCH (d)-[:SETS_TARGET]->(:Target)-[:MEASURES]->(i:Indicator)
WITH d, in_a, in_b, programs, collect(DISTINCT i.name) AS indicators
UNWIND [x IN programs | ['program', x]] + [x IN indicators | ['indicator', x]] AS item
WITH item[0] AS kind, item[1] AS name, d, in_a, in_b
ORDER BY d.plan_year IS NULL, d.plan_year DESC, d.id
WITH kind, name, max(CASE WHEN in_a THEN 1 ELSE 0 END) AS a_has,
     max(CASE WHEN in_b THEN 1 ELSE 0 END) AS b_has, collect(d.id)[0] AS latest_id
MATCH (latest:Document {id: latest_id})
// The sentence: the first naming the program, or giving a target for the indicator, in the latest
// document (a document's sentences are in the order of their places, a fact and a mention keep their indexes).
// The targets by a match from latest: as a pattern comprehension FalkorDB starts from every Target.
OPTIONAL MATCH (latest)-[:SETS_TARGET]->(t:Target)
WHERE kind = 'indicator' AND t.indicator = name
WITH kind, name, a_has, b_has, latest, min(t.sentence) AS target_sentence
WITH kind, name, a_has, b_has, latest,
     CASE kind
       WHEN 'program' THEN [(latest)-[m:MENTIONS_PROGRAM]->(p:Program) WHERE p.name = name | m.sentences[0]][0]
       ELSE target_sentence
     END AS sentence
RETURN kind, name, a_has = 1 AS in_a, b_has = 1 AS in_b,
       CASE WHEN a_has = 1 AND b_has = 1 THEN 'both' WHEN a_has = 1 THEN 'a only' ELSE 'b only' END AS shared,
       coalesce(latest.title, latest.file) AS document, [(latest)-[:IN_REGION]->(r:Region) | r.name][0] AS region,
       latest.plan_year AS year, latest.sentence_text[sentence] AS evidence
ORDER BY CASE shared WHEN 'both' THEN 0 WHEN 'a only' THEN 1 ELSE 2 END, kind, name
