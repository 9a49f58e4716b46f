// name: program-timeline
// description: Where and when a program (its name, any alias, or part of either) appears, by year, with evidence; the latest appearances when there are more than limit.
// param: program str required program name or alias, e.g. 班班通
// param: limit int 200 the most appearances returned (the latest ones, listed by year)
// example: edukg query run program-timeline -p program=学前教育三年行动计划
MATCH (p:Program)
WHERE p.names CONTAINS $program
// The matching programs are found first; sentences are read only for the appearances kept.
MATCH (d:Document)-[m:MENTIONS_PROGRAM]->(p)
WITH d, p, m
// d.region is the name of the document's region, so rows are cut before that hop.
ORDER BY d.plan_year IS NULL, d.plan_year DESC, d.region, p.name, d.id
LIMIT $limit
OPTIONAL MATCH (d)-[:IN_REGION]->(r:Region)
// The mention keeps the indexes of the sentences naming the program among the document's, in order.
RETURN d.plan_year AS year, r.name AS region, p.name AS program, size(m.sentences) AS mentions,
       coalesce(d.title, d.file) AS document, d.sentence_text[m.sentences[0]] AS evidence
ORDER BY year, region, program
