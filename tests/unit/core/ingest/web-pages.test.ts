import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../../src/core/ingest';
import { coverageFaults, readSeed } from './helpers';

describe('the 2025 meeting report (001), a web page', () => {
  const text = readSeed('001');
  const doc = ingestText('benelux-dg-meeting-2025', text);
  const summary = doc.blocks.map((b) => `${b.kind}${b.level ? b.level : ''}: ${b.text.slice(0, 50)}`);

  it('keeps the navigation trail, the tag line and the date as metadata, apart from the title', () => {
    expect(summary.slice(0, 5)).toEqual([
      'metadata: Info Citoyen » Actualités » Le Benelux unit ses fo',
      'metadata: Benelux, Économie, IA, telecom',
      'heading1: Le Benelux unit ses forces pour un avenir numériqu',
      'metadata: 25 Juin. 2025',
      'paragraph: La Belgique, les Pays-Bas et le Luxembourg collabo',
    ]);
  });

  it('makes the plain one-line sentences headings of the paragraphs under them', () => {
    const headings = doc.blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => b.text);
    expect(headings).toEqual([
      'Autonomie numérique et intelligence artificielle',
      'Une carte d’identité numérique pour les entreprises',
      'Personne ne doit être laissé pour compte',
      'Investir ensemble dans un internet rapide et sécurisé',
      'Application uniforme des règles européennes',
      'Une numérisation plus efficace et respectueuse de l’environnement',
      'Le Benelux comme laboratoire vivant pour la digitalisation',
    ]);
    for (const h of doc.blocks.filter((b) => b.kind === 'heading' && b.level === 2)) {
      const next = doc.blocks[doc.blocks.indexOf(h) + 1]!;
      expect(next.kind, h.text).toBe('paragraph');
      expect(next.text.length).toBeGreaterThan(100);
    }
    expect(doc.outline).toHaveLength(1);
    expect(doc.outline[0]!.children).toHaveLength(7);
    expect(coverageFaults(text, doc)).toEqual([]);
    expect(doc.blocks.every((b) => b.lang === 'fr')).toBe(true);
  });
});

describe('the joint work programme (003), a web page', () => {
  const text = readSeed('003');
  const doc = ingestText('benelux-work-programme-2021-2024', text);

  it('has its title, five headings each over a bullet list, and the page footer as metadata', () => {
    const shape = doc.blocks.map((b) =>
      b.kind === 'list-item' ? `${b.marker}${b.depth}` : b.kind === 'heading' ? `h${b.level}` : b.kind[0],
    );
    expect(shape.join(' ')).toBe('h1 p h2 -0 -0 -0 -0 -0 h2 -0 -0 -0 -0 h2 -0 -0 -0 -0 -0 h2 -0 -0 -0 -0 h2 -0 -0 -0 m m m');
    expect(doc.blocks[0]!.text).toBe('PROGRAMME DE TRAVAIL COMMUN 2021 – 2024');
    expect(doc.blocks.slice(-3).map((b) => b.text)).toEqual([
      'Télécharger le programme de travail commun',
      'www.benelux.int',
      '@beneluxunion',
    ]);
    // A list item may start in lower case: it has its marker, it continues nothing.
    expect(doc.blocks.find((b) => b.text.startsWith('maison de coopération'))!.kind).toBe('list-item');
    expect(coverageFaults(text, doc)).toEqual([]);
  });
});
