import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../../src/core/ingest';
import type { Block, OutlineNode } from '../../../../src/shared/model';
import { coverageFaults, readSeed, unmarkedSuperscripts, unresolvedMarkers } from './helpers';

const text = readSeed('002');
const doc = ingestText('engages-digital-plan', text);
const blocks = doc.blocks;
const find = (needle: string | RegExp): Block => {
  const b = blocks.find((x) => (typeof needle === 'string' ? x.text.includes(needle) : needle.test(x.text)));
  if (!b) throw new Error(`no block with ${needle}`);
  return b;
};
const indexOf = (needle: string): number => blocks.indexOf(find(needle));

describe('the party programme (002)', () => {
  it('has a title (with its subtitle) and keeps the chapter label as metadata', () => {
    expect(blocks[0]).toMatchObject({
      kind: 'heading',
      level: 1,
      text: 'PLAN NUMÉRIQUE — POUR UNE DIGITALISATION ÉTHIQUE DE NOTRE SOCIÉTÉ',
    });
    expect(blocks[0]!.origin).toHaveLength(2);
    expect(blocks[1]).toMatchObject({ kind: 'metadata', text: 'Numérique' });
  });

  it('builds the outline from the heading numbers: every numbered heading sits under its prefix', () => {
    const numbered = blocks.filter((b) => b.kind === 'heading' && b.marker);
    expect(numbered.map((b) => b.marker)).toEqual([
      '1 —',
      '1.1.',
      '1.2.',
      '1.2.1.',
      '1.2.2.',
      '1.3.',
      '1.4.',
      '1.4.1.',
      '1.4.2.',
      '2 —',
      '2.1.',
      '2.1.1.',
      '2.1.2.',
      '2.2.',
      '2.3.',
      '2.3.1.',
      '2.3.2.',
      '2.4.',
      '2.4.1.',
      '2.4.2.',
    ]);
    const numberOf = (marker: string | undefined): string => (marker ?? '').replace(/\s*—$/, '').replace(/\.$/, '');
    const walk = (nodes: readonly OutlineNode[], parent: OutlineNode | undefined): number => {
      let n = 0;
      for (const node of nodes) {
        const own = numberOf(node.marker);
        if (own.includes('.')) expect(numberOf(parent?.marker), own).toBe(own.slice(0, own.lastIndexOf('.')));
        else if (own !== '') expect(parent?.text).toMatch(/^PLAN NUMÉRIQUE/);
        expect(node.level).toBe(own === '' ? 1 : own.split('.').length + 1);
        n += (own ? 1 : 0) + walk(node.children, node);
      }
      return n;
    };
    expect(doc.outline).toHaveLength(1);
    expect(walk(doc.outline, undefined)).toBe(20);
    expect(find('HUMANISER LA DIGITALISATION')).toMatchObject({ kind: 'heading', marker: '1 —', level: 2 });
    expect(find("AMÉLIORER L'ENSEIGNEMENT DES COMPÉTENCES")).toMatchObject({ kind: 'heading', marker: '1.2.1.', level: 4 });
  });

  it('keeps lead-ins such as "Nos priorités" and "Nous voulons :" as paragraphs', () => {
    for (const lead of ['Nos priorités', 'Nous voulons :', 'De plus :', 'De plus']) {
      const all = blocks.filter((b) => b.text === lead);
      expect(all.length, lead).toBeGreaterThan(0);
      for (const b of all) expect(b.kind, lead).toBe('paragraph');
    }
  });

  it('takes the footnotes out of the flow and links every marker to its note', () => {
    const notes = blocks.filter((b) => b.kind === 'footnote');
    expect(notes.map((n) => n.marker)).toEqual(Array.from({ length: 23 }, (_, i) => String(62 + i)));
    expect(unresolvedMarkers(blocks)).toEqual([]);
    expect(unmarkedSuperscripts(blocks)).toEqual([]);
    const refs = blocks.flatMap((b) => b.marks.filter((m) => m.kind === 'footnote-ref'));
    expect(new Set(refs.map((r) => r.kind === 'footnote-ref' && r.label)).size).toBe(23);
    // A note is text, not a URL in angle brackets, and its link is a mark.
    const n62 = notes.find((n) => n.marker === '62')!;
    expect(n62.text).toBe('https://www.digitalwallonia.be/fr/strategie/');
    expect(n62.marks).toEqual([{ kind: 'link', start: 0, end: n62.text.length, href: 'https://www.digitalwallonia.be/fr/strategie/' }]);
    const n63 = notes.find((n) => n.marker === '63')!;
    expect(n63.marks[0]).toMatchObject({ kind: 'link', start: 0 });
    // The note sits at the end of the section that refers to it, before the next heading.
    expect(blocks[indexOf('HUMANISER LA DIGITALISATION') - 1]!.marker).toBe('63');
    for (const b of blocks) if (b.kind !== 'footnote') expect(b.text, b.text.slice(0, 40)).not.toMatch(/^[⁰¹²³⁴⁵⁶⁷⁸⁹]/);
  });

  it('re-joins a word hyphenated across a page break, and sentences a page break or a note cut', () => {
    const hyphen = find('le réflexe des professionnels pour élaborer des solutions créatives');
    expect(hyphen.kind).toBe('list-item');
    expect(hyphen.origin).toHaveLength(2);
    expect(text.slice(hyphen.origin[0]!.end - 7, hyphen.origin[0]!.end)).toBe('profes-');
    expect(find('(Science, Technologie, Ingénierie, Mathématiques) et pour combattre').origin).toHaveLength(2);
    expect(find("afin de réussir l'identification des personnes en ligne, tout en protégeant leur vie privée.").origin).toHaveLength(2);
    expect(find('Bien que de nombreuses PME belges reconnaissent').origin).toHaveLength(2);
    expect(find('élaboré pour faire le lien entre les compétences numériques, les formations')).toMatchObject({ kind: 'paragraph' });
    expect(find("non seulement formés à l'utilisation des outils numériques, mais aussi à leur intégration pédagogique")).toMatchObject({
      kind: 'list-item',
      depth: 0,
    });
  });

  it('keeps list nesting: "+" items under the dash item that introduces them, "- +" items too', () => {
    expect(find('Accès universel :')).toMatchObject({ kind: 'list-item', marker: '–', depth: 0 });
    expect(find("Points d'Accès Publics : Création")).toMatchObject({ kind: 'list-item', marker: '+', depth: 1 });
    expect(find('Formation et compétence :')).toMatchObject({ kind: 'list-item', depth: 0 });
    expect(find('Coopération des Leaders')).toMatchObject({ kind: 'list-item', marker: '+', depth: 1 });
    expect(find('Soutien gouvernemental :')).toMatchObject({ kind: 'list-item', marker: '-', depth: 0 });
    expect(find('Compte Formation Personnalisé :')).toMatchObject({ kind: 'list-item', marker: '—', depth: 0 });
    expect(find('Crédits Formation : Chaque travailleur')).toMatchObject({ depth: 1 });
    expect(find('Humaniser la digitalisation de notre société')).toMatchObject({ kind: 'list-item', marker: '→', depth: 0 });
    // The en-dash item after three hyphen items is the fourth item of the same list.
    const inclusion = indexOf('Inclusion sociale : Comment prévenir');
    expect(blocks[inclusion + 1]).toMatchObject({ kind: 'list-item', depth: 0 });
    expect(blocks[inclusion + 1]!.text).toMatch(/^Sécurité et confidentialité/);
  });

  it('keeps the last measures of 2.3.2 before the 2.4 heading, where the file prints them, not in the issues of 2.4.1', () => {
    const heading = (marker: string): number => blocks.findIndex((b) => b.kind === 'heading' && b.marker === marker);
    const [s232, s24, s241] = [heading('2.3.2.'), heading('2.4.'), heading('2.4.1.')];
    const collaborations = indexOf('Promouvoir des collaborations entre les entreprises, les universités');
    const transparency = indexOf('Promouvoir la transparence et la responsabilité des plateformes');
    const consumers = indexOf('Faire appliquer strictement le droit à la consommation');
    const note = indexOf('https://www2.deloitte.com/be/en/pages/risk/articles/be-cyber-security-survey.html');
    const issues = indexOf('Les enjeux associés à la régulation des réseaux sociaux sont pluriels');
    const lastIssue = indexOf('Assurer la protection des données et la vie privée des utilisateurs.');
    // 2.3.2 … its measures, the two bold ones last, its note, then 2.4 and 2.4.1 and the issues.
    expect(s232).toBeGreaterThan(0);
    expect(collaborations).toBeGreaterThan(s232);
    expect([transparency, consumers, note, s24, s241]).toEqual([1, 2, 3, 4, 5].map((k) => collaborations + k));
    expect(issues).toBeGreaterThan(s241);
    expect(lastIssue).toBe(issues + 3);
    expect(blocks.slice(collaborations, consumers + 1).map((b) => [b.kind, b.depth])).toEqual([
      ['list-item', 0],
      ['list-item', 0],
      ['list-item', 0],
    ]);
    expect(blocks[lastIssue + 1]!.text).toMatch(/^La Belgique, en collaboration avec l'UE/);
    expect(blocks.slice(issues + 1, lastIssue + 1).map((b) => b.text.slice(0, 20))).toEqual([
      'Protéger les droits ',
      'Lutter contre la dés',
      'Assurer la protectio',
    ]);
    // Bold lead-ins are marks, not asterisks.
    expect(blocks[transparency]!.marks[0]).toMatchObject({ kind: 'bold', start: 0 });
    expect(blocks[consumers]!.marks[0]).toMatchObject({ kind: 'bold', start: 0 });
  });

  it('shows no markup and no debris, and is French throughout', () => {
    for (const b of blocks) {
      expect(b.text, b.text.slice(0, 40)).not.toMatch(/\*|<\/?sup>|<https?:/);
      expect(b.text.trim()).toBe(b.text);
      expect(b.text.length).toBeGreaterThan(0);
      expect(b.lang, b.text.slice(0, 40)).toBe('fr');
    }
    expect(doc.languages).toEqual(['fr']);
  });

  it('accounts for every character of the file, exactly once', () => {
    expect(coverageFaults(text, doc)).toEqual([]);
    expect(doc.furniture).toEqual([]);
  });
});
