// Reference for the cold-start rows: an ES module that does nothing. `node empty.mjs` minus `node -e 0` is
// what the ESM loader alone costs, the floor under any ESM bundle in dist/.
