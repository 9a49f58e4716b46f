// name: program-diffusion
// description: Where a program (its name, any alias, or part of either) spread: each region's first plan year naming it, with its level, the document and the sentence; earliest adopters first.
// param: program str required program name or alias, e.g. 县管校聘
// param: limit int 1000 the most regions returned (earliest first)
// example: edukg query run program-diffusion -p program=县管校聘
MATCH (p:Program)
WHERE p.names CONTAINS $program
// The program's sentences, each in its document, and the first of each document: a few per document
// naming it, where walking every sentence of those documents to find them read about 55 each. Every
// SUPPORTS to a program starts at an Evidence node and every IN_DOCUMENT ends at a Document, so no
// label is checked again.
MATCH (p)<-[:SUPPORTS]-(e)-[:IN_DOCUMENT]->(d)
WHERE d.plan_year IS NOT NULL
WITH p, d, e
ORDER BY e.start
WITH p, d, collect(e)[0] AS e
// (IN_REGION ends at a Region, as the ontology's range says: the label is not checked again)
MATCH (d)-[:IN_REGION]->(r)
WITH p, r, d, e
ORDER BY d.plan_year, coalesce(d.title, d.file), d.id
// A region adopts a program in the first plan year one of its documents names it.
WITH p, r, collect([d, e])[0] AS first
WITH p, r, first[0] AS d, first[1] AS e
ORDER BY d.plan_year, r.id
LIMIT $limit
RETURN p.name AS program, d.plan_year AS first_year, r.name AS region,
       CASE WHEN r.id = '全国' THEN 'nation' ELSE coalesce(r.level, 'other') END AS level,
       coalesce(d.title, d.file) AS document, e.text AS evidence
ORDER BY program, first_year, region, r.id
