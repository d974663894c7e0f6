/* global module */
// Jest transform for @actions/workflow-parser, whose ESM build imports its JSON schemas without an import
// attribute (Jest warns, and its next major refuses). Adds `with { type: 'json' }` to those static imports and
// changes nothing else; ncc (dist/cli) bundles the JSON itself and needs no such help.
module.exports = {
  process(source) {
    return {
      code: source.replace(
        /(import\s+[\w$]+\s+from\s+(["'])[^"']+\.json\2)\s*;/g,
        '$1 with { type: "json" };',
      ),
    };
  },
};
