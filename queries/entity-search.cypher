// name: entity-search
// description: Programs, agencies, indicators, regions, references and themes whose name or alias contains text, with how many documents reach them and a sentence naming them (or giving a target for the indicator) with its document, region and year.
// param: text str required the text to look for, e.g. 入园
// param: limit int 50 the most rows returned
// example: edukg query run entity-search -p text=入园
OPTIONAL MATCH (p:Program)
WHERE p.names CONTAINS $text
// Each label is scanned apart (a few thousand names), never every node of the graph.
WITH collect(p) AS programs
OPTIONAL MATCH (a:Agency)
WHERE a.names CONTAINS $text
WITH programs, collect(a) AS agencies
OPTIONAL MATCH (i:Indicator)
WHERE i.names CONTAINS $text
WITH programs, agencies, collect(i) AS indicators
OPTIONAL MATCH (r:Region)
WHERE r.names CONTAINS $text
WITH programs, agencies, indicators, collect(r) AS regions
OPTIONAL MATCH (ref:Reference)
WHERE ref.title CONTAINS $text
WITH programs, agencies, indicators, regions, collect(ref) AS references
OPTIONAL MATCH (t:Theme)
WHERE t.name CONTAINS $text
WITH programs, agencies, indicators, regions, references, collect(t) AS themes
// The loader keeps on each program, agency, indicator and reference how many documents reach it.
// Regions and themes (a few hundred names) are counted here: documents one or two steps before
// them, walked a step at a time (cheaper than a variable length).
CALL {
  WITH regions, themes
  UNWIND regions + themes AS n
  OPTIONAL MATCH (n)<--(near)
  OPTIONAL MATCH (near)<--(far:Document)
  WHERE near.doc_id IS NULL AND NOT near:Document
  WITH n, count(DISTINCT CASE WHEN near:Document THEN near.id ELSE coalesce(near.doc_id, far.id) END) AS documents
  RETURN collect({n: n, documents: documents}) AS walked
}
UNWIND [n IN programs + agencies + indicators + references | {n: n, documents: n.documents}] + walked AS found
WITH found.n AS n, found.documents AS documents
WHERE documents > 0
WITH n, labels(n)[0] AS kind, coalesce(n.name, n.title) AS name, documents
ORDER BY documents DESC, kind, name, n.id
LIMIT $limit
// One sentence: n's own (the first of a document's mention of it), else that of a target measuring it
// (an indicator), each a document and the index of the sentence among its own. Regions and themes
// rest on no sentence of their own: their columns stay empty. Each is read with LIMIT 1, where
// collecting every sentence of a common indicator (100,000 at 100,000 documents) cost 120 ms.
CALL {
  WITH n
  OPTIONAL MATCH (n)<-[m:MENTIONS_PROGRAM|MENTIONS_AGENCY|CITES]-(d:Document)
  WHERE size(m.sentences) > 0
  RETURN d AS own, m.sentences[0] AS own_sentence LIMIT 1
}
CALL {
  WITH n
  OPTIONAL MATCH (n)<-[:MEASURES]-(t:Target)
  WITH t LIMIT 1
  OPTIONAL MATCH (d:Document)-[:SETS_TARGET]->(t)
  RETURN d AS measured, t.sentence AS measured_sentence LIMIT 1
}
WITH n, kind, name, documents, CASE WHEN own IS NULL THEN [measured, measured_sentence] ELSE [own, own_sentence] END AS at
WITH n, kind, name, documents, at[0] AS d, at[1] AS sentence
OPTIONAL MATCH (d)-[:IN_REGION]->(r:Region)
RETURN kind, name, coalesce(n.aliases, []) AS aliases, documents, coalesce(d.title, d.file) AS document,
       r.name AS region, d.plan_year AS year, d.sentence_text[sentence] AS evidence
ORDER BY documents DESC, kind, name
