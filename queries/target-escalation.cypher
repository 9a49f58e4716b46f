// name: target-escalation
// description: One indicator's targets down the hierarchy (nation → province → city → county → below), each beside the nearest level above with a target for the same year: difference, ratio and verdict (stricter, equal, looser, incomparable).
// param: indicator str "" indicator name or alias (or part of either); empty for every indicator
// param: year int 0 the target year; 0 for every year
// param: region str "" only the lineage of this region (name or alias): the levels above it and below it; empty for every region
// param: limit int 500 the most targets returned (by indicator, latest year first, from the top level down)
// example: edukg query run target-escalation -p indicator=学前教育毛入园率 -p year=2021
OPTIONAL MATCH (chosen:Region)
WHERE $region <> '' AND (chosen.name = $region OR $region IN coalesce(chosen.aliases, []))
WITH collect(chosen.id) AS lineage
MATCH (y:Year)
WHERE $year = 0 OR y.value = $year
WITH lineage, collect(y.value) AS years
MATCH (i:Indicator)
WHERE i.names CONTAINS $indicator
UNWIND years AS year
WITH lineage, i, year
ORDER BY i.name, year DESC
// The answer's indicators and years in its order. A target keeps its year (its own, else its
// document's) and its document's region id, indexed with its indicator's name: the targets of one
// indicator and year are found without reading the indicator's others (66,448 at 100,000 documents).
WITH lineage, collect([i, year]) AS groups
// How far the answer reaches: the group of the limit-th target, the groups read in turn until then.
CALL {
  WITH lineage, groups
  UNWIND range(0, size(groups) - 1) AS k
  WITH lineage, k, groups[k][0] AS i, groups[k][0].name AS name, groups[k][1] AS year
  MATCH (t:Target {indicator: name, effective_year: year})
  // The region asked for, those above it (by id prefix) and those below it; after a WITH, as
  // FalkorDB would otherwise walk from the indicator to its every target (and test the region first).
  WITH lineage, k, i, t, t.region_id AS region
  WHERE region IS NOT NULL
    AND ($region = '' OR size([c IN lineage WHERE region = c OR region = '全国' OR c STARTS WITH (region + '/')
                                                    OR region STARTS WITH (c + '/')]) > 0)
  MATCH (t)-[:MEASURES]->(i)
  // A label the relationship already implies (the ontology's domain and range: SETS_TARGET runs from a
  // Document, IN_REGION to a Region) is not written: FalkorDB would check it again on every row.
  MATCH (d)-[:SETS_TARGET]->(t)
  WITH k LIMIT $limit
  RETURN max(k) AS last
}
UNWIND groups[..coalesce(last, -1) + 1] AS g
WITH lineage, g[0] AS i, g[0].name AS name, g[1] AS year
MATCH (t:Target {indicator: name, effective_year: year})
WITH lineage, i, year, t, t.region_id AS region
WHERE region IS NOT NULL
  AND ($region = '' OR size([c IN lineage WHERE region = c OR region = '全国' OR c STARTS WITH (region + '/')
                                                  OR region STARTS WITH (c + '/')]) > 0)
MATCH (t)-[:MEASURES]->(i)
MATCH (d)-[:SETS_TARGET]->(t)
MATCH (d)-[:IN_REGION]->(r)
// A level's rank: 全国 (the reference targets' region) 0, province 1, city 2, county 3, anything below 4.
WITH d, t, i, year, r,
     CASE WHEN r.id = '全国' THEN 0 WHEN r.level = 'province' THEN 1 WHEN r.level = 'city' THEN 2
          WHEN r.level = 'county' THEN 3 ELSE 4 END AS rank
ORDER BY i.name, year DESC, rank, r.id, coalesce(d.title, d.file), t.value
LIMIT $limit
// The levels above: the regions this one is part of, and 全国 above every other region. Their documents
// are read from each region first: a few per region, where starting from the indicator reads all of its targets.
OPTIONAL MATCH (r)-[:PART_OF*1..4]->(a)
WITH d, t, i, year, r, rank, collect(a) AS parents
OPTIONAL MATCH (n:Region {id: '全国'})
WHERE r.id <> '全国'
WITH d, t, i, year, r, rank, parents, collect(n) AS nation
UNWIND CASE WHEN size(parents + nation) = 0 THEN [null] ELSE parents + nation END AS a
// Many targets share a region above, an indicator and a year: each such triple is looked up once, for all of them.
WITH a, i, year, collect({d: d, t: t, r: r, rank: rank}) AS below
// The region's targets for the indicator and year, from the index.
OPTIONAL MATCH (t2:Target {indicator: i.name, effective_year: year, region_id: a.id})
WITH a, i, year, below, t2
OPTIONAL MATCH (d2)-[:SETS_TARGET]->(t2)-[:MEASURES]->(i)
WITH a, i, year, below,
     [c IN collect({t: t2, d: d2}) WHERE c.d IS NOT NULL | {t: c.t, key: coalesce(c.d.title, c.d.file, '') + c.t.id}] AS there
// Of several targets in one region, the first by document title.
WITH a, i, year, below,
     reduce(best = null, c IN there | CASE WHEN best IS NULL OR c.key < best.key THEN c ELSE best END) AS first
UNWIND below AS b
WITH b.d AS d, b.t AS t, i, year, b.r AS r, b.rank AS rank,
     CASE WHEN first IS NULL THEN null ELSE
          {t: first.t, r: a, key: first.key,
           rank: CASE WHEN a.id = '全国' THEN 0 WHEN a.level = 'province' THEN 1 WHEN a.level = 'city' THEN 2
                      WHEN a.level = 'county' THEN 3 ELSE 4 END} END AS candidate
WITH d, t, i, year, r, rank, collect(candidate) AS above
// The nearest level above wins; of several targets there, the first by document title.
WITH d, t, i, year, r, rank,
     reduce(best = null, c IN above |
            CASE WHEN best IS NULL OR c.rank > best.rank OR (c.rank = best.rank AND c.key < best.key) THEN c ELSE best END
     ) AS up
// Direction: for >= a higher value is stricter, for <= a lower one; = (and ≈, 约/左右) takes the other
// side's; range compares nothing.
WITH d, t, i, year, r, rank, up,
     CASE t.comparator WHEN '≈' THEN '=' ELSE t.comparator END AS mine,
     CASE up.t.comparator WHEN '≈' THEN '=' ELSE up.t.comparator END AS theirs
WITH d, t, i, year, r, rank, up,
     CASE WHEN up IS NULL OR mine = 'range' OR theirs = 'range' OR t.unit <> up.t.unit THEN 0
          WHEN mine = '>=' AND theirs IN ['>=', '='] THEN 1
          WHEN mine = '=' AND theirs = '>=' THEN 1
          WHEN mine = '<=' AND theirs IN ['<=', '='] THEN -1
          WHEN mine = '=' AND theirs = '<=' THEN -1
          WHEN mine = '=' AND theirs = '=' AND t.value = up.t.value THEN 2
          ELSE 0 END AS direction
// A target keeps the index of its sentence among its document's.
RETURN i.name AS indicator, year,
       ['nation', 'province', 'city', 'county', 'below county'][rank] AS level, r.name AS region,
       t.comparator AS comparator, t.value AS value, t.value_max AS value_max, t.unit AS unit,
       coalesce(d.title, d.file) AS document, d.sentence_text[t.sentence] AS evidence,
       up.r.name AS above_region, up.t.comparator AS above_comparator, up.t.value AS above_value,
       up.t.unit AS above_unit,
       CASE WHEN direction = 0 THEN null ELSE round((t.value - up.t.value) * 10000) / 10000.0 END AS difference,
       CASE WHEN direction = 0 OR up.t.value = 0 THEN null
            ELSE round(toFloat(t.value) / up.t.value * 10000) / 10000.0 END AS ratio,
       CASE WHEN up IS NULL THEN null
            WHEN direction = 0 THEN 'incomparable'
            WHEN direction = 2 OR t.value = up.t.value THEN 'equal'
            WHEN (t.value - up.t.value) * direction > 0 THEN 'stricter'
            ELSE 'looser' END AS verdict
ORDER BY indicator, year DESC, rank, region, document, value
