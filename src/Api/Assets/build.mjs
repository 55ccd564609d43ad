// Builds the page's stylesheet into ../wwwroot, where the Api embeds it (committed: building and running SocialCare
// need no npm). `npm ci && npm run build` here; see README.md.
//
// 1. social-care.scss → CSS with nhsuk-frontend's own Sass (only the modules the pages use, no font face), minified
//    by esbuild.
// 2. Named by its content (social-care-<hash>.css), so that its address changes whenever a byte does and browsers may
//    keep it for a year as immutable.
// 3. Precompressed beside it: .br (Brotli, quality 11) and .gz (gzip, level 9), which the Api serves by
//    Accept-Encoding.
// 4. The new name written into SocialCareAssets.Stylesheet (and the Host's start page, while it links the file
//    itself); the previous build's files deleted.
//
// Deterministic: the same sources give the same bytes, names and compressed files on every machine (pinned versions
// in package-lock.json; gzip's header carries no time or file name).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import * as sass from 'sass';

const here = dirname(fileURLToPath(import.meta.url));
const api = join(here, '..');
const wwwroot = join(api, 'wwwroot');
const built = /social-care-[0-9a-f]{12}\.css/g;
const referrers = [join(api, 'Http', 'SocialCareAssets.cs')];

// Sass: nhsuk-frontend's modules by package path; their own deprecation notices are nhsuk-frontend's to act on.
const compiled = sass.compile(join(here, 'social-care.scss'), {
  loadPaths: [join(here, 'node_modules')],
  quietDeps: true,
  style: 'expanded',
  sourceMap: false,
});

// esbuild minifies further than Sass's "compressed" style (merged rules, shorter colours). Browsers as nhsuk-frontend
// supports them; legal comments (nhsuk-frontend's licence notice, if any) kept at the end.
const { code: css } = await transform(compiled.css, {
  loader: 'css',
  minify: true,
  legalComments: 'eof',
  target: ['chrome109', 'edge109', 'firefox115', 'safari15'],
});
// A font face, or anything from another origin, the page's Content-Security-Policy would block (a console error on
// every load). The tables module's own url()s, for sortable headers' arrows (th[data-sort]), are never fetched: no
// page sorts its tables.
if (/@font-face|@import|url\(\s*["']?(https?:)?\/\//.test(css)) {
  throw new Error('The stylesheet asks for a font or a file from another origin, which the page\'s CSP blocks.');
}

const bytes = Buffer.from(css, 'utf8');
const name = `social-care-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.css`;

for (const old of readdirSync(wwwroot).filter((file) => /^social-care-[0-9a-f]{12}\.css(\.br|\.gz)?$/.test(file))) {
  rmSync(join(wwwroot, old));
}

const brotli = brotliCompressSync(bytes, {
  params: {
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
  },
});
const gzip = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });
writeFileSync(join(wwwroot, name), bytes);
writeFileSync(join(wwwroot, `${name}.br`), brotli);
writeFileSync(join(wwwroot, `${name}.gz`), gzip);

for (const file of referrers.filter(existsSync)) {
  const source = readFileSync(file, 'utf8');
  const updated = source.replace(built, name);
  if (updated !== source) writeFileSync(file, updated);
}

const kb = (buffer) => `${(buffer.length / 1024).toFixed(1)} KB`;
console.log(`${name}: ${kb(bytes)}, Brotli ${kb(brotli)}, gzip ${kb(gzip)}`);
