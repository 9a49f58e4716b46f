// name: programs-across-documents
// description: Programs named in at least min_documents documents, with their regions, years, documents and a sentence naming each.
// param: min_documents int 2 the least number of documents that name the program
// example: edukg query run programs-across-documents -p min_documents=2
MATCH (d:Document)-[:MENTIONS_PROGRAM]->(p:Program)
OPTIONAL MATCH (d)-[:IN_REGION]->(r:Region)
OPTIONAL MATCH (d)<-[:IN_DOCUMENT]-(e:Evidence)-[:SUPPORTS]->(p)
WITH p, d, r, e
ORDER BY d.plan_year, r.name, d.id, e.start
WITH p, count(DISTINCT d) AS documents, collect(DISTINCT r.name) AS regions,
     collect(DISTINCT d.plan_year) AS years, collect(DISTINCT coalesce(d.title, d.file)) AS titles,
     collect(e.text) AS sentences
WHERE documents >= $min_documents
RETURN p.name AS program, documents, regions, years, titles, sentences[0] AS evidence
ORDER BY documents DESC, program
