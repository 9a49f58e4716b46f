// name: theme-coverage
// description: Which themes each document covers (its own, and those of the programs and indicators it names).
// param: theme str "" only documents covering this theme; empty for all
// example: edukg query run theme-coverage -p theme=学前教育
MATCH (d:Document)
OPTIONAL MATCH (d)-[:HAS_THEME]->(own:Theme)
WITH d, collect(DISTINCT own.name) AS own
OPTIONAL MATCH (d)-[:MENTIONS_PROGRAM]->(:Program)-[:HAS_THEME]->(pt:Theme)
WITH d, own, collect(DISTINCT pt.name) AS by_program
OPTIONAL MATCH (d)-[:SETS_TARGET]->(:Target)-[:MEASURES]->(:Indicator)-[:HAS_THEME]->(it:Theme)
WITH d, own + [x IN by_program WHERE NOT x IN own] AS named, collect(DISTINCT it.name) AS by_indicator
WITH d, named + [x IN by_indicator WHERE NOT x IN named] AS themes
WHERE $theme = '' OR $theme IN themes
OPTIONAL MATCH (d)-[:IN_REGION]->(r:Region)
RETURN coalesce(d.title, d.file) AS document, r.name AS region, d.plan_year AS year, size(themes) AS count, themes
ORDER BY region, year, document
