// Builds the page's stylesheet into ../wwwroot, where the Api embeds it (committed: building and running SocialCare
// need no npm). `npm ci && npm run build` here; see README.md.
//
// 1. social-care.scss → CSS with nhsuk-frontend's own Sass (only the modules the pages use, no font face).
// 2. Pruned to the rules the pages can match: a module brings every variant of its component (reversed, striped,
//    scrolling tables, secondary buttons, captions, h4 to h6, …), and the browser would otherwise parse them and match
//    them against every element on every load. PurgeCSS keeps a selector only if each class, element and attribute it
//    names is a word of the pages' sources (the .cs and .razor files under src/Api/Page and src/Host: the Social care
//    page in every state, the access history, the Host's start page); minified by esbuild.
// 3. Named by its content (social-care-<hash>.css), so that its address changes whenever a byte does and browsers may
//    keep it for a year as immutable.
// 4. Precompressed beside it: .br (Brotli, quality 11) and .gz (gzip, level 9), which the Api serves by
//    Accept-Encoding.
// 5. The new name written into SocialCareAssets.Stylesheet (and the Host's start page, while it links the file
//    itself); the previous build's files deleted.
//
// Deterministic: the same sources give the same bytes, names and compressed files on every machine (pinned versions
// in package-lock.json; gzip's header carries no time or file name).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { PurgeCSS } from 'purgecss';
import * as sass from 'sass';

const here = dirname(fileURLToPath(import.meta.url));
const api = join(here, '..');
const root = join(api, '..', '..');
const wwwroot = join(api, 'wwwroot');
const built = /social-care-[0-9a-f]{12}\.css/g;
const referrers = [join(api, 'Http', 'SocialCareAssets.cs')];
// Where the pages' markup is written: C# today, Razor components (.razor and their .cs) as well.
const pageSources = [join(api, 'Page'), join(root, 'src', 'Host')];
// Classes every page has (the layout's): if the sources above no longer hold them, the pages were moved, and pruning
// against the rest would drop their styles.
const layoutClasses = ['nhsuk-skip-link', 'nhsuk-width-container', 'nhsuk-main-wrapper'];

// Sass: nhsuk-frontend's modules by package path; their own deprecation notices are nhsuk-frontend's to act on.
const compiled = sass.compile(join(here, 'social-care.scss'), {
  loadPaths: [join(here, 'node_modules')],
  quietDeps: true,
  style: 'expanded',
  sourceMap: false,
});

// Every .cs and .razor file under the folders, in a fixed order (the result does not depend on it, but the build
// reads the same way everywhere); build output and packages are not sources.
const sourceFiles = (folder) =>
  readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return ['bin', 'obj', 'node_modules', 'wwwroot'].includes(entry.name) ? [] : sourceFiles(path);
      return ['.cs', '.razor'].includes(extname(entry.name)) ? [path] : [];
    });
const content = pageSources.flatMap(sourceFiles).map((file) => ({ raw: readFileSync(file, 'utf8'), extension: extname(file).slice(1) }));
const words = new Set(content.flatMap(({ raw }) => raw.match(/[A-Za-z0-9_-]+/g) ?? []));
const lost = layoutClasses.filter((name) => !words.has(name));
if (lost.length > 0) {
  throw new Error(`No page source under ${pageSources.join(', ')} has ${lost.join(', ')}: where are the pages now?`);
}

// PurgeCSS's default extractor takes every word of the sources (string literals, markup, and names in code alike), so
// it keeps more than the pages use, never less; a class built from pieces ("nhsuk-heading-" + size) would be lost,
// which PageStylesheetTests (tests/SocialCare.Api.Tests) catches. Selectors inside :not() and :has() are not judged.
const [pruned] = await new PurgeCSS().purge({ content, css: [{ raw: compiled.css }], rejected: true });

// esbuild minifies further than Sass's "compressed" style (merged rules, shorter colours, empty rules and at-rules left
// by pruning dropped). Browsers as nhsuk-frontend supports them; legal comments (nhsuk-frontend's licence notice, if
// any) kept at the end.
const { code: css } = await transform(pruned.css, {
  loader: 'css',
  minify: true,
  legalComments: 'eof',
  target: ['chrome109', 'edge109', 'firefox115', 'safari15'],
});
// A font face, or anything from another origin, the page's Content-Security-Policy would block (a console error on
// every load).
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
console.log(`${name}: ${kb(bytes)}, Brotli ${kb(brotli)}, gzip ${kb(gzip)}; ${pruned.rejected.length} unused selectors pruned`);
