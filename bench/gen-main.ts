/** `tsx bench/gen-main.ts [size...]`: writes the benchmark catalogs to bench/out/<size>/. */
import { fileURLToPath } from 'node:url';
import { SIZES, generateCatalog, writeCatalog } from './generate.js';

const names = process.argv.slice(2);
for (const name of names.length > 0 ? names : ['province', 'national']) {
  const size = SIZES[name as keyof typeof SIZES];
  const dir = fileURLToPath(new URL(`out/${name}`, import.meta.url));
  const t0 = performance.now();
  const files = generateCatalog(size);
  await writeCatalog(dir, files);
  let bytes = 0;
  for (const text of files.values()) bytes += Buffer.byteLength(text);
  console.log(`${name}: ${String(files.size)} files, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${dir}`);
}
