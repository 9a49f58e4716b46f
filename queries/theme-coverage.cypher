// name: theme-coverage
// description: Which themes each document covers (its own, and those of the programs and indicators it names), latest documents first; with a theme, a sentence of the document naming a program or giving a target of that theme.
// param: theme str "" only documents covering this theme; empty for all
// param: limit int 200 the most documents returned (latest years first)
// example: edukg query run theme-coverage -p theme=学前教育
OPTIONAL MATCH (:Theme {name: $theme})<-[:HAS_THEME]-(x)
// The documents are chosen (and cut to limit) before their themes are gathered. The paths to
// the theme: Document→Theme, Document→Program→Theme, Document→Target→Indicator→Theme, walked
// from the theme one step at a time so that rows carry nodes, never lists.
OPTIONAL MATCH (x)<-[:MENTIONS_PROGRAM|MEASURES]-(y)
OPTIONAL MATCH (y)<-[:SETS_TARGET]-(z:Document)
WITH CASE WHEN x:Document THEN x WHEN y:Document THEN y ELSE z END AS covering
WITH collect(DISTINCT covering) AS covering
OPTIONAL MATCH (every:Document)
WHERE $theme = ''
WITH covering, collect(every) AS every
// One of the two lists is empty (every is gathered only without a theme, and no theme is named ''),
// and each holds a document once: no DISTINCT over them (100,000 rows without a theme at 100,000 documents).
UNWIND covering + every AS d
WITH d
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
// With a theme, the sentences of the document tied to it: those naming a program of the theme, then those
// giving a target of an indicator of the theme. Without one they are not walked: the walks start from
// `asked`, which is then null.
WITH d, r, themes, CASE WHEN $theme = '' THEN null ELSE d END AS asked
// Of each kind, the first in the document: a mention keeps the indexes of the sentences naming its program
// among the document's, in the order of their places, a target the index of its own.
OPTIONAL MATCH (asked)-[m:MENTIONS_PROGRAM]->(:Program)-[:HAS_THEME]->(:Theme {name: $theme})
WITH d, r, themes, asked, min(m.sentences[0]) AS by_program
OPTIONAL MATCH (asked)-[:SETS_TARGET]->(t:Target)-[:MEASURES]->(:Indicator)-[:HAS_THEME]->(:Theme {name: $theme})
WITH d, r, themes, by_program, min(t.sentence) AS by_target
RETURN coalesce(d.title, d.file) AS document, r.name AS region, d.plan_year AS year, size(themes) AS count, themes,
       d.sentence_text[coalesce(by_program, by_target)] AS evidence
ORDER BY year IS NULL, year DESC, document
