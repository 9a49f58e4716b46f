// Lint Cypher texts with Neo4j's own linter (lintCypherQuery of @neo4j-cypher/language-support).
// stdin:  {"schema": {labels, relationshipTypes, propertyKeys}, "texts": {"name": "cypher", ...}}
// stdout: {"name": [{"severity": "error"|"warning"|..., "message", "line", "column"}], ...}
import { readFileSync } from 'node:fs';
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

const input = JSON.parse(readFileSync(0, 'utf8'));
const out = {};
for (const [name, text] of Object.entries(input.texts)) {
  const { diagnostics } = lintCypherQuery(text, input.schema ?? {});
  // Parameters are bound at run time; an unknown $param is not a fault of the text.
  out[name] = diagnostics.filter(isNotParamError).map((d) => ({
    severity: SEVERITY[d.severity] ?? String(d.severity),
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
  }));
}
process.stdout.write(JSON.stringify(out));
