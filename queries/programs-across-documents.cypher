// name: programs-across-documents
// description: Programs named in at least min_documents documents, with their regions, years and documents.
// param: min_documents int 2 the least number of documents that name the program
// example: edukg query run programs-across-documents -p min_documents=2
MATCH (d:Document)-[:MENTIONS_PROGRAM]->(p:Program)
OPTIONAL MATCH (d)-[:IN_REGION]->(r:Region)
WITH p, d, r
ORDER BY d.plan_year, r.name
WITH p, count(DISTINCT d) AS documents, collect(DISTINCT r.name) AS regions,
     collect(DISTINCT d.plan_year) AS years, collect(DISTINCT coalesce(d.title, d.file)) AS titles
WHERE documents >= $min_documents
RETURN p.name AS program, documents, regions, years, titles
ORDER BY documents DESC, program
