// What the end-to-end golden test compares the app with, read at test time:
// a golden case file (engine/tests/golden/NAME.json, priced by hand), the
// command-line tool's figures for its customer (`propose`, single-customer
// JSON mode), and the share link that opens the customer in the app
// (engine/examples/share_link.rs, the engine's own link codec). Nothing here
// is a figure: every number comes from the files or the engine's output.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const ROOT = new URL('../..', import.meta.url).pathname;
const CATALOG = `${ROOT}catalog/default.json`;

/** The golden case `name` as its file states it. */
export function goldenCase(name) {
  return JSON.parse(readFileSync(`${ROOT}engine/tests/golden/${name}.json`, 'utf8'));
}

function cargo(args, input) {
  return execFileSync('cargo', ['run', '-q', '-p', 'proposal-engine', ...args], {
    input, cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20,
  });
}

/** The CLI's whole answer for one customer (its JSON, as the counter's
 * `#customer-json` has it) at discount authority `authority`. */
export function cliAnswer(customerJson, authority = 1) {
  const out = cargo(['--bin', 'propose', '--', '--catalog', CATALOG, '--authority', String(authority)], customerJson);
  return JSON.parse(out)[0];
}

/** The CLI's recommendation for `customer`, as the figures a screen shows
 * (fen; months as numbers). The recommended alternative's whole pricing is
 * found among the CLI's alternatives by its title and total. */
export function cliFigures(customer) {
  const out = cargo(['--bin', 'propose', '--', '--catalog', CATALOG], JSON.stringify(customer));
  const [r] = JSON.parse(out);
  if (r.recommendation !== 'alternative') throw new Error(`the CLI recommends ${r.recommendation} for ${customer.name}`);
  const alt = r.alternatives.find((a) => a.title.zh === r.title.zh && a.priced.total === r.total);
  if (!alt) throw new Error(`the CLI's recommendation "${r.title.zh}" is not among its alternatives`);
  const p = alt.priced;
  return {
    title: r.title.zh,
    total: r.total,
    keepTotal: r.current_total,
    saving: r.savings.horizon,
    averageMonth: r.savings.average_month,
    firstYear: r.savings.first_year,
    breakEven: r.savings.break_even_month,
    currentMonthly: r.current_monthly,
    effectiveMonthly: r.effective_monthly,
    startMonth: r.start_month,
    bills: p.months.map((m) => m.bill),
    steady: p.steady_monthly,
    oneOffs: p.one_offs_total,
  };
}

/** The `#/p/<code>` fragment that opens `customer` with the engine's
 * recommended proposal chosen, as the rep's "分享给客户" makes it. */
export function shareHash(customer) {
  return `#/p/${cargo(['--example', 'share_link', '--', CATALOG], JSON.stringify(customer)).trim()}`;
}

/** An amount as the app shows it, in fen: "¥1,234.50", "-¥12.00",
 * "1,234.50元", "¥148.00/月". Fails on anything else, never a silent zero. */
export function fen(text) {
  const m = /^\s*(-?)(?:¥\s*)?(\d{1,3}(?:,\d{3})*|\d+)\.(\d{2})\s*(?:元)?(?:\/月)?\s*$/.exec(text ?? '');
  if (!m) throw new Error(`not an amount as the app shows one: ${JSON.stringify(text)}`);
  const value = Number(m[2].replace(/,/g, '')) * 100 + Number(m[3]);
  return m[1] === '-' ? -value : value;
}

/** A month as the app shows it ("第 6 个月", "Month 6"), else null ("从不"). */
export function monthOf(text) {
  const m = /(?:第\s*(\d+)\s*个月|Month\s+(\d+))/.exec(text ?? '');
  return m ? Number(m[1] ?? m[2]) : null;
}
