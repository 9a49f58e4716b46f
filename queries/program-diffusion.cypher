// name: program-diffusion
// description: Where a program (its name, any alias, or part of either) spread: each region's first plan year naming it, with its level, the document and the sentence; earliest adopters first.
// param: program str required program name or alias, e.g. 县管校聘
// param: limit int 1000 the most regions returned (earliest first)
// example: edukg query run program-diffusion -p program=县管校聘
MATCH (p:Program)
WHERE p.name CONTAINS $program OR any(a IN coalesce(p.aliases, []) WHERE a CONTAINS $program)
MATCH (d:Document)-[:MENTIONS_PROGRAM]->(p)
WHERE d.plan_year IS NOT NULL
MATCH (d)-[:IN_REGION]->(r:Region)
WITH p, r, d
ORDER BY d.plan_year, coalesce(d.title, d.file)
// A region adopts a program in the first plan year one of its documents names it.
WITH p, r, collect(d)[0] AS d
WITH p, r, d
ORDER BY d.plan_year, r.id
LIMIT $limit
OPTIONAL MATCH (d)<-[:IN_DOCUMENT]-(e:Evidence)-[:SUPPORTS]->(p)
WITH p, r, d, e
ORDER BY e.start
WITH p, r, d, collect(e.text) AS sentences
RETURN p.name AS program, d.plan_year AS first_year, r.name AS region,
       CASE WHEN r.id = '全国' THEN 'nation' ELSE coalesce(r.level, 'other') END AS level,
       coalesce(d.title, d.file) AS document, sentences[0] AS evidence
ORDER BY program, first_year, region
