// Accessibility check with axe-core, run inside the page under test.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let axeSource;

/**
 * Runs axe-core on the page (or on the elements matching `include`) and returns the violations whose impact
 * is serious or critical, each as { id, impact, help, helpUrl, targets: string[] }.
 */
export async function seriousViolations(page, { include } = {}) {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // evaluate() goes through the DevTools protocol, so a Content-Security-Policy cannot block the injection.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (context) => {
    const result = await window.axe.run(context ?? document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, include ?? null);
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** One line per violation, for assertion messages. */
export function formatViolations(violations) {
  return violations
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.targets.join(', ')} — ${v.helpUrl}`)
    .join('\n');
}
