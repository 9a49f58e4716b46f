// name: programs-across-documents
// description: Programs named in at least min_documents documents, most named first, with the regions, years and titles of up to 10 of those documents and a sentence naming each.
// param: min_documents int 2 the least number of documents that name the program
// param: limit int 50 the most programs returned, most named first
// example: edukg query run programs-across-documents -p min_documents=2
// The loader keeps on each program how many documents name it: no mention is counted here.
MATCH (p:Program)
WHERE p.naming_documents > 0 AND p.naming_documents >= $min_documents
WITH p, p.naming_documents AS documents
ORDER BY documents DESC, p.name
LIMIT $limit
// Properties are read for 10 documents per program and the sentence comes from the first of
// them: at 10,000 documents a program can be named in thousands.
CALL {
  WITH p
  MATCH (d)-[m:MENTIONS_PROGRAM]->(p)
  RETURN d, m LIMIT 10
}
// (the mention keeps the indexes of the sentences naming it among the document's)
WITH p, documents, collect(d) AS sample, collect(m)[0] AS m
WITH p, documents, sample, sample[0].sentence_text[m.sentences[0]] AS evidence
UNWIND sample AS d
OPTIONAL MATCH (d)-[:IN_REGION]->(r:Region)
WITH p, documents, evidence, collect(DISTINCT r.name) AS regions, collect(DISTINCT d.plan_year) AS years,
     collect(coalesce(d.title, d.file)) AS titles
RETURN p.name AS program, documents, regions, years, titles, evidence
ORDER BY documents DESC, program
