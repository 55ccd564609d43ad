// Reads the Lighthouse JSON reports that run.sh wrote (one folder per run, <patient>-<n>.json) and prints, for each
// patient, the median run by performance score: the four category scores, the metrics, and what crossed the network
// (per request: transferred and decoded bytes, encoding), as Markdown.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node summarise.mjs <results folder>');
  process.exit(2);
}

const byPatient = new Map();
for (const name of readdirSync(folder).filter((file) => file.endsWith('.json')).sort()) {
  const patient = name.replace(/-\d+\.json$/, '');
  const report = JSON.parse(readFileSync(join(folder, name), 'utf8'));
  if (!byPatient.has(patient)) byPatient.set(patient, []);
  byPatient.get(patient).push(report);
}

const score = (report, id) => report.categories[id]?.score;
const shown = (value) => (value === null || value === undefined ? 'n/a' : value.toFixed(2));
const ms = (report, id) => Math.round(report.audits[id]?.numericValue ?? NaN);
const kb = (bytes) => (bytes / 1024).toFixed(1);

const lines = [];
lines.push('| patient | runs | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS | requests | transferred KB | console errors |');
lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const details = [];
for (const [patient, reports] of byPatient) {
  const sorted = [...reports].sort((a, b) => (score(a, 'performance') ?? 0) - (score(b, 'performance') ?? 0));
  const median = sorted[Math.floor(sorted.length / 2)];
  const requests = median.audits['network-requests']?.details?.items ?? [];
  const transferred = requests.reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  const errors = median.audits['errors-in-console']?.details?.items?.length ?? 0;
  const performance = sorted.map((report) => shown(score(report, 'performance'))).join(', ');
  lines.push(`| ${patient} | ${reports.length} (performance ${performance}) | ${shown(score(median, 'performance'))} | ` +
    `${shown(score(median, 'accessibility'))} | ${shown(score(median, 'best-practices'))} | ${shown(score(median, 'seo'))} | ` +
    `${ms(median, 'first-contentful-paint')} | ${ms(median, 'largest-contentful-paint')} | ${ms(median, 'total-blocking-time')} | ` +
    `${(median.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)} | ${requests.length} | ${kb(transferred)} | ${errors} |`);

  details.push('', `${patient}, median run: every request`, '',
    '| request | status | type | transferred B | decoded B |', '| --- | --- | --- | --- | --- |');
  for (const item of requests) {
    const path = new URL(item.url).pathname;
    details.push(`| \`${path}\` | ${item.statusCode} | ${item.mimeType ?? ''} | ${item.transferSize ?? 0} | ${item.resourceSize ?? 0} |`);
  }
  const failing = Object.values(median.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative'
      && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual')
    .map((audit) => `${audit.id} (${shown(audit.score)})`);
  details.push('', `Audits below 1: ${failing.length === 0 ? 'none' : failing.join(', ')}`);
  const warnings = median.runWarnings ?? [];
  if (warnings.length > 0) details.push('', `Lighthouse warnings: ${warnings.join(' / ')}`);
}

console.log([...lines, ...details].join('\n'));
