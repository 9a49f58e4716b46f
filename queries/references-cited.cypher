// name: references-cited
// description: Policy documents cited by local plans, most cited first, with how many plans cite each, the regions and titles of up to 10 of them, and a citing sentence.
// param: min_plans int 1 the least number of citing plans
// param: limit int 50 the most references returned, most cited first
// example: edukg query run references-cited -p min_plans=2
// The loader keeps on each reference how many documents cite it: no citation is counted here.
MATCH (ref:Reference)
WHERE ref.documents > 0 AND ref.documents >= $min_plans
WITH ref, ref.documents AS plans
ORDER BY plans DESC, ref.title
LIMIT $limit
// Properties are read for 10 documents per reference and the sentence comes from the first of
// them: at 10,000 documents a reference can be named in thousands.
CALL {
  WITH ref
  MATCH (d)-[m:CITES]->(ref)
  RETURN d, m LIMIT 10
}
// (the mention keeps the indexes of the sentences naming it among the document's)
WITH ref, plans, collect(d) AS sample, collect(m)[0] AS m
WITH ref, plans, sample, sample[0].sentence_text[m.sentences[0]] AS evidence
UNWIND sample AS d
OPTIONAL MATCH (d)-[:IN_REGION]->(r:Region)
WITH ref, plans, evidence, collect(DISTINCT r.name) AS regions, collect(coalesce(d.title, d.file)) AS documents
RETURN ref.title AS reference, plans, regions, documents, evidence
ORDER BY plans DESC, reference
