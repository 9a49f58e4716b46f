// name: theme-coverage
// description: Which themes each document covers (its own, and those of the programs and indicators it names), latest documents first.
// param: theme str "" only documents covering this theme; empty for all
// param: limit int 200 the most documents returned (latest years first)
// example: edukg query run theme-coverage -p theme=学前教育
OPTIONAL MATCH (theme:Theme {name: $theme})
// The documents are chosen (and cut to limit) before their themes are gathered.
OPTIONAL MATCH (own:Document)-[:HAS_THEME]->(theme)
WITH theme, collect(own) AS own_theme
OPTIONAL MATCH (by_program:Document)-[:MENTIONS_PROGRAM]->(:Program)-[:HAS_THEME]->(theme)
WITH theme, own_theme, collect(DISTINCT by_program) AS program_theme
OPTIONAL MATCH (by_indicator:Document)-[:SETS_TARGET]->(:Target)-[:MEASURES]->(:Indicator)-[:HAS_THEME]->(theme)
WITH own_theme, program_theme, collect(DISTINCT by_indicator) AS indicator_theme
OPTIONAL MATCH (every:Document)
WHERE $theme = ''
WITH own_theme, program_theme, indicator_theme, collect(every) AS every
UNWIND own_theme + program_theme + indicator_theme + every AS d
WITH DISTINCT d
ORDER BY d.plan_year IS NULL, d.plan_year DESC, coalesce(d.title, d.file)
LIMIT $limit
// Targets are the most numerous, so they are expanded while only d is carried.
OPTIONAL MATCH (d)-[:SETS_TARGET]->(:Target)-[:MEASURES]->(:Indicator)-[:HAS_THEME]->(it:Theme)
WITH d, collect(DISTINCT it.name) AS by_indicator
OPTIONAL MATCH (d)-[:HAS_THEME]->(own:Theme)
WITH d, by_indicator, collect(DISTINCT own.name) AS own
OPTIONAL MATCH (d)-[:MENTIONS_PROGRAM]->(:Program)-[:HAS_THEME]->(pt:Theme)
WITH d, by_indicator, own, collect(DISTINCT pt.name) AS by_program
WITH d, by_indicator, own + [x IN by_program WHERE NOT x IN own] AS named
WITH d, named + [x IN by_indicator WHERE NOT x IN named] AS themes
OPTIONAL MATCH (d)-[:IN_REGION]->(r:Region)
RETURN coalesce(d.title, d.file) AS document, r.name AS region, d.plan_year AS year, size(themes) AS count, themes
ORDER BY year IS NULL, year DESC, document
