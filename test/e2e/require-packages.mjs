// The browser and SVG tests need Debian packages that `npm install` cannot provide.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const has = (cmd) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const missing = [];
if (!existsSync('/usr/bin/chromium')) missing.push('chromium (for /usr/bin/chromium)');
if (!has('rsvg-convert')) missing.push('librsvg2-bin (for rsvg-convert)');
if (!has('pdftotext')) missing.push('poppler-utils (for pdftotext)');
if (!has('xmllint')) missing.push('libxml2-utils (for xmllint)');

if (missing.length > 0) {
  console.error(`test:e2e needs Debian packages that are not installed:\n  ${missing.join('\n  ')}`);
  console.error('Install them with: apt-get install -y chromium librsvg2-bin poppler-utils libxml2-utils');
  process.exit(1);
}
