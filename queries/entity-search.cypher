// name: entity-search
// description: Programs, agencies, indicators, regions, references and themes whose name or alias contains text, with how many documents reach them.
// param: text str required the text to look for, e.g. 入园
// param: limit int 50 the most rows returned
// example: edukg query run entity-search -p text=入园
MATCH (n)
WHERE (n:Program OR n:Agency OR n:Indicator OR n:Region OR n:Reference OR n:Theme)
  AND (coalesce(n.name, n.title) CONTAINS $text OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $text))
MATCH (d:Document)-[*1..2]->(n)
WITH n, count(DISTINCT d) AS documents
RETURN labels(n)[0] AS kind, coalesce(n.name, n.title) AS name, coalesce(n.aliases, []) AS aliases, documents
ORDER BY documents DESC, kind, name
LIMIT $limit
