import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../../src/core/ingest';
import { announcedCount } from '../../../../src/core/ingest/paged/displaced-items';
import { coverageFaults, headingCrossings } from './helpers';

/** RUNS=n scales the property up for a longer search (RUNS=5000 npx vitest run …). */
const runs = (n: number): number => Math.max(n, Number(process.env.RUNS ?? 0));

/** A numbered document whose section 1.1 ends with two bold measures after its plain ones. */
function programme(issuesLeadIn: string, issues: readonly string[]): string {
  return [
    'PLAN FOR A DIGITAL SOCIETY',
    '',
    'This plan sets out what we want for the digital society.',
    '',
    '1 — SECURITY',
    '',
    '1.1. CYBERSECURITY',
    '',
    'We want:',
    '',
    '- Set security standards for every administration.',
    '- Train the staff of small companies.',
    '',
    '- **Hold platforms to account** for their algorithms.',
    '',
    '- **Enforce consumer law** against online scams.',
    '',
    '1.2. ONLINE SAFETY',
    '',
    issuesLeadIn,
    '',
    ...issues,
    '',
    'Belgium faces the challenge together with the Union.',
    '',
    '1.3. IDENTITY',
    '',
    'A digital identity for every citizen.',
  ].join('\n');
}

const order = (text: string): string[] =>
  ingestText('p', text).blocks.map((b) => `${b.kind === 'heading' ? (b.marker ?? 'title') : b.kind} ${b.text.slice(0, 12)}`);
/** The blocks of section 1.2, its heading first. */
const section12 = (text: string): string[] => {
  const all = order(text);
  const from = all.findIndex((b) => b.startsWith('1.2.'));
  return all.slice(
    from,
    all.findIndex((b) => b.startsWith('1.3.')),
  );
};

describe('items displaced across a heading', () => {
  it('leave bold measures printed before a heading where they are when nothing proves they belong to the next list', () => {
    const text = programme('The issues are manifold:', [
      '- **Protect fundamental rights**, such as free speech.',
      '- **Fight disinformation** and protect elections.',
    ]);
    expect(order(text)).toEqual([
      'title PLAN FOR A D',
      'paragraph This plan se',
      '1 — SECURITY',
      '1.1. CYBERSECURIT',
      'paragraph We want:',
      'list-item Set security',
      'list-item Train the st',
      'list-item Hold platfor',
      'list-item Enforce cons',
      '1.2. ONLINE SAFET',
      'paragraph The issues a',
      'list-item Protect fund',
      'list-item Fight disinf',
      'paragraph Belgium face',
      '1.3. IDENTITY',
      'paragraph A digital id',
    ]);
    expect(headingCrossings(ingestText('p', text).blocks)).toEqual([]);
  });

  it('return them to a list that visibly goes on: its last item ends with a semicolon or a comma', () => {
    for (const end of [';', ',']) {
      const text = programme('The issues are manifold:', [
        '- **Protect fundamental rights**, such as free speech;',
        `- **Fight disinformation** and protect elections${end}`,
      ]);
      const doc = ingestText('p', text);
      expect(section12(text)).toEqual([
        '1.2. ONLINE SAFET',
        'paragraph The issues a',
        'list-item Protect fund',
        'list-item Fight disinf',
        'list-item Hold platfor',
        'list-item Enforce cons',
        'paragraph Belgium face',
      ]);
      expect(order(text)[6]).toBe('list-item Train the st');
      expect(headingCrossings(doc.blocks).map((c) => c.block.text.slice(0, 12))).toEqual(['Hold platfor', 'Enforce cons']);
      expect(coverageFaults(text, doc)).toEqual([]);
    }
  });

  it('return them to a list whose lead-in announces exactly the missing items, and only then', () => {
    const issues = ['- **Protect fundamental rights**, such as free speech.', '- **Fight disinformation** and protect elections.'];
    expect(section12(programme('The four issues are:', issues)).slice(3, 6)).toEqual([
      'list-item Fight disinf',
      'list-item Hold platfor',
      'list-item Enforce cons',
    ]);
    expect(section12(programme('De vier uitdagingen zijn:', issues))[4]).toBe('list-item Hold platfor');
    // Two announced and two printed, or three announced for four: nothing is missing that they fill.
    for (const leadIn of ['The two issues are:', 'The three issues are:', 'Since 2021 the four issues and 2 goals are:'])
      expect(headingCrossings(ingestText('p', programme(leadIn, issues)).blocks), leadIn).toEqual([]);
  });

  it('reads the count a lead-in announces, in figures or in words, only when it names one', () => {
    expect(announcedCount('Nos trois priorités :')).toBe(3);
    expect(announcedCount('De vier doelen zijn:')).toBe(4);
    expect(announcedCount('The 5 measures are:')).toBe(5);
    expect(announcedCount('**Six mesures :**')).toBe(6);
    expect(announcedCount('Les enjeux sont multiples :')).toBeUndefined();
    expect(announcedCount('Nos trois priorités.')).toBeUndefined();
    expect(announcedCount('En 2024, nous voulons :')).toBeUndefined();
    expect(announcedCount('Les 3,5 millions de citoyens :')).toBeUndefined();
    expect(announcedCount('Deux objectifs et trois moyens :')).toBeUndefined();
    expect(announcedCount('Un seul objectif :')).toBeUndefined();
  });
});

// ---- the property: no block moves across a numbered heading unless the rule's evidence holds ----

const WORDS = 'network data citizens companies services training security platforms rules access for the and of with'.split(' ');
const capital = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const words = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((ws) => ws.join(' '));
const sentence = words(4, 10).map((s) => `${capital(s)}.`);
const ending = fc.constantFrom('.', '.', ';', ',');

interface GenItem {
  readonly bold: boolean;
  readonly text: string;
  readonly end: string;
}
interface GenList {
  readonly count?: number;
  readonly items: readonly GenItem[];
}
interface GenSection {
  readonly paragraph: string;
  readonly lists: readonly GenList[];
  /** Bold items after the last (plain) list, right before the next heading. */
  readonly stranded: readonly GenItem[];
}

const item = (bold: boolean): fc.Arbitrary<GenItem> =>
  fc.record({ lead: words(1, 3), rest: words(2, 6), end: ending }).map(({ lead, rest, end }) => ({
    bold,
    text: bold ? `**${capital(lead)}** ${rest}` : capital(`${lead} ${rest}`),
    end,
  }));
const list = fc.boolean().chain((bold) =>
  fc.record({
    items: fc.array(item(bold), { minLength: 1, maxLength: 4 }),
    count: fc.option(fc.integer({ min: 2, max: 6 }), { nil: undefined }),
  }),
);
const section: fc.Arbitrary<GenSection> = fc.record({
  paragraph: sentence,
  lists: fc.array(list, { minLength: 0, maxLength: 2 }),
  stranded: fc.array(item(true), { minLength: 0, maxLength: 2 }),
});
const COUNT_WORDS = ['', '', 'two', 'three', 'four', 'five', 'six'];

/** The text of generated sections, and which stranded items the rule may move (with its evidence). */
function render(sections: readonly GenSection[], gap: string): { text: string; movable: string[] } {
  const lines = ['PLAN FOR A DIGITAL SOCIETY', '', 'What we want for the digital society.', '', '1 — CHAPTER', ''];
  const movable: string[] = [];
  const line = (it: GenItem): string => `- ${it.text}${it.end}`;
  sections.forEach((s, k) => {
    lines.push(`1.${k + 1}. SECTION ${'ABCDEFGHIJ'[k]}`, '', s.paragraph, '');
    s.lists.forEach((l) => {
      lines.push(l.count ? `The ${COUNT_WORDS[l.count]} points are:` : 'We want:', '', l.items.map(line).join(gap), '');
    });
    // Stranded items stand only after a plain list, as in the party programme.
    const last = s.lists[s.lists.length - 1];
    const strands = last !== undefined && !last.items[0]!.bold && s.stranded.length > 0;
    if (strands) lines.splice(lines.length - 1, 0, gap + s.stranded.map(line).join(gap));
    // The evidence, from the model: the first bold list of the next section goes on, or its
    // lead-in announces exactly the missing items.
    const target = sections[k + 1]?.lists.find((l) => l.items[0]!.bold);
    if (!strands || !target) return;
    const lastEnd = target.items[target.items.length - 1]!.end;
    const goesOn = /[,;]/.test(lastEnd) && s.stranded[s.stranded.length - 1]!.end === '.';
    const n = target.items.length;
    const announced = target.count !== undefined && n < target.count && n + s.stranded.length === target.count;
    if (goesOn || announced) for (const st of s.stranded) movable.push(`${st.text}${st.end}`.replace(/\*\*/g, ''));
  });
  return { text: lines.join('\n'), movable };
}

describe('the displaced-items rule, on generated numbered documents', () => {
  it('moves no block across a numbered heading unless the text proves the items were displaced, and then moves them', () => {
    fc.assert(
      fc.property(fc.array(section, { minLength: 3, maxLength: 6 }), fc.constantFrom('\n', '\n\n'), (sections, gap) => {
        const { text, movable } = render(sections, gap);
        const doc = ingestText('g', text);
        expect(coverageFaults(text, doc)).toEqual([]);
        const crossed = headingCrossings(doc.blocks).map((c) => c.block.text);
        expect(crossed.sort()).toEqual(movable.sort());
      }),
      { numRuns: runs(300) },
    );
  });
});
