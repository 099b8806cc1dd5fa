// Peer engines for the DiploAssistant benchmarks: indexes the documents of one input file with MiniSearch and
// FlexSearch and answers its queries, printing the rankings as JSON on stdout (the C# bench reads them).
// Input: { "limit": 10, "docs": [{ "id", "title", "text", "date" }], "queries": [{ "id", "text", "from", "to" }] }
// A query with from/to (ISO dates, inclusive) is also run a second time keeping only documents dated in that window.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import FlexSearch from 'flexsearch';

const version = (name) => JSON.parse(readFileSync(fileURLToPath(new URL(`node_modules/${name}/package.json`, import.meta.url)), 'utf8')).version;

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const limit = input.limit ?? 10;
const docs = input.docs;
const queries = input.queries;
const windowed = queries.some((q) => q.from || q.to);
const inWindow = (doc, q) => doc.date != null && (!q.from || doc.date >= q.from) && (!q.to || doc.date <= q.to);

function timed(action) {
  const start = process.hrtime.bigint();
  const value = action();
  return [value, Number(process.hrtime.bigint() - start) / 1e9];
}

function run(name, indexSeconds, search) {
  const results = [];
  const variants = windowed ? [false, true] : [false];
  for (const useWindow of variants) {
    const [rankings, querySeconds] = timed(() => {
      const out = {};
      for (const q of queries) {
        out[q.id] = search(q, useWindow);
      }
      return out;
    });
    results.push({ name: useWindow ? `${name}, window` : name, window: useWindow, indexSeconds, querySeconds, rankings });
  }
  return results;
}

const engines = [];

// MiniSearch defaults: BM25+ over title and text, OR of the query terms.
{
  const [mini, indexSeconds] = timed(() => {
    const index = new MiniSearch({ fields: ['title', 'text'], idField: 'n' });
    index.addAll(docs.map((d, n) => ({ n, title: d.title ?? '', text: d.text ?? '' })));
    return index;
  });
  engines.push(...run(`MiniSearch ${version('minisearch')} default`, indexSeconds, (q, useWindow) =>
    mini.search(q.text, useWindow ? { filter: (r) => inWindow(docs[r.id], q) } : {})
      .slice(0, limit).map((r) => docs[r.id].id)));
}

// FlexSearch "forward" tokenizer over title + text; suggest lets a multi-word question match documents missing some words.
{
  const [flex, indexSeconds] = timed(() => {
    const index = new FlexSearch.Index({ tokenize: 'forward' });
    docs.forEach((d, n) => index.add(n, `${d.title ?? ''}\n${d.text ?? ''}`));
    return index;
  });
  engines.push(...run(`FlexSearch ${version('flexsearch')} forward`, indexSeconds, (q, useWindow) => {
    const hits = flex.search(q.text, { limit: useWindow ? docs.length : limit, suggest: true });
    return (useWindow ? hits.filter((n) => inWindow(docs[n], q)) : hits).slice(0, limit).map((n) => docs[n].id);
  }));
}

process.stdout.write(JSON.stringify({ node: process.version, engines }));
