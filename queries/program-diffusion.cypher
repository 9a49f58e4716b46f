// name: program-diffusion
// description: Where a program (its name, any alias, or part of either) spread: each region's first plan year naming it, with its level, the document and the sentence; earliest adopters first.
// param: program str required program name or alias, e.g. 县管校聘
// param: limit int 1000 the most regions returned (earliest first)
// example: edukg query run program-diffusion -p program=县管校聘
MATCH (p:Program)
WHERE p.names CONTAINS $program
MATCH (d)-[:MENTIONS_PROGRAM]->(p)
WHERE d.plan_year IS NOT NULL
MATCH (d)-[:IN_REGION]->(r)
// A region adopts a program in the first plan year one of its documents names it; of that year's
// documents, the first by title. Picked in one pass: sorting every document first took longer.
WITH p, r, min(d.plan_year) AS year, collect(d) AS documents
WITH p, r, reduce(first = null, x IN [x IN documents WHERE x.plan_year = year] |
       CASE WHEN first IS NULL OR coalesce(x.title, x.file) < coalesce(first.title, first.file) THEN x ELSE first END) AS d
ORDER BY d.plan_year, r.id
LIMIT $limit
// Its first sentence naming the program: the mention keeps the indexes of those sentences among the
// document's, in the order of their places.
OPTIONAL MATCH (d)-[m:MENTIONS_PROGRAM]->(p)
RETURN p.name AS program, d.plan_year AS first_year, r.name AS region,
       CASE WHEN r.id = '全国' THEN 'nation' ELSE coalesce(r.level, 'other') END AS level,
       coalesce(d.title, d.file) AS document, d.sentence_text[m.sentences[0]] AS evidence
ORDER BY program, first_year, region, r.id
