import { describe, expect, it } from 'vitest';
import { compileGrammar, compilePattern, GRAMMARS, grammarFor, readCues } from '../../../../src/core/commitments';
import type { CommitmentKind } from '../../../../src/shared/commitments';

/**
 * The cue grammars on their own: each rule on a sentence that should fire it, and sentences
 * that must not be read as commitments. `null` = no deciding cue.
 */
const CASES: Readonly<Record<'fr' | 'nl' | 'en', readonly [string, string | null, CommitmentKind | null][]>> = {
  fr: [
    ['Le Comité de Ministres Benelux ne voit pas de nécessité d’établir une telle liste d’actions.', 'fr.refusal.no-need', 'refusal'],
    ['La Belgique ne lancera pas ce programme.', 'fr.refusal.will-not', 'refusal'],
    ['Nous nous engageons à accompagner activement les PME.', 'fr.commit', 'pledge'],
    ['Nous voulons mettre fin à l’anonymat en ligne.', 'fr.we-want', 'proposal'],
    ['Nous appelons à une décision européenne au sujet d’un potentiel moratoire.', 'fr.call', 'call'],
    ['Il est actuellement examiné si une recommandation Benelux peut être formulée.', 'fr.examined-whether', 'examination'],
    ['Le groupe de travail sur l’IA va explorer comment l’IA peut être utilisée.', 'fr.will-explore', 'examination'],
    ['En même temps, les pays examinent de manière critique l’empreinte écologique.', 'fr.examine', 'examination'],
    ['Le Benelux va lancer une plateforme commune.', 'fr.will-do', 'pledge'],
    ['Il est utile de poursuivre cet échange d’informations.', 'fr.continue', 'ongoing'],
    ['L’IA restera un domaine prioritaire pour la présidence belge.', 'fr.continue', 'ongoing'],
    ['Une attention particulière est portée à la carte d’identité numérique.', 'fr.attention', 'ongoing'],
    ['Les trois pays s’informent mutuellement du déploiement de la fibre.', 'fr.joint-activity', 'ongoing'],
    ['Les pays Benelux souhaitent changer cela.', 'fr.wish', 'intention'],
    ['Il serait alors utile de se concerter au sein du Benelux.', 'fr.useful', 'intention'],
    ['Les pays Benelux organiseront en novembre 2025 une table ronde.', 'fr.future', 'pledge'],
    ['Cela rendra le travail plus efficace et moins coûteux.', 'fr.outcome', 'goal'],
    ['Ce faisant, le gouvernement vise à renforcer les services aux PME.', 'fr.aim', 'goal'],
    ['Il est tout aussi important de prêter attention aux compétences.', 'fr.necessary', 'goal'],
    ['La Belgique doit mettre en œuvre des ambitions fortes.', 'fr.must', 'goal'],
    ['Des initiatives Benelux spécifiques peuvent être prises en concertation.', 'fr.possible', 'intention'],
    ['L’Union Benelux pourrait renforcer la collaboration entre les EDIH.', 'fr.conditional', 'intention'],
    // not commitments
    ['Le Luxembourg a déjà établi ses propres directives à cet effet.', null, null],
    ['Les chambres de commerce collaborent régulièrement.', null, null],
    ['Une attention particulière, qui permettra de faciliter les échanges, manque.', null, null],
    ['Selon Agoria, 310.000 personnes devront se reconvertir d’ici à 2030.', null, null],
    ['De trop nombreuses communes ne disposeront pas encore de cet outil.', null, null],
    ['La valeur du marché des données devrait atteindre 829 milliards d’euros.', null, null],
    ['Cette mesure jouera un rôle important.', null, null],
    ['Les entreprises explorent activement les applications de l’IA.', null, null],
    ['Un film de la caméra extra.', null, null],
  ],
  nl: [
    ['Het Benelux Comité van Ministers ziet geen noodzaak om dergelijke actielijst op te stellen.', 'nl.refusal.no-need', 'refusal'],
    ['België zal dit programma niet lanceren.', 'nl.refusal.will-not', 'refusal'],
    ['Deze Verklaring verbindt België ertoe zes principes na te leven.', 'nl.commit', 'pledge'],
    ['Wij willen de digitale kloof dichten.', 'nl.we-want', 'proposal'],
    ['De partij roept de regering op om te handelen.', 'nl.call', 'call'],
    ['Thans wordt bekeken of een Benelux-aanbeveling kan worden geformuleerd.', 'nl.being-examined', 'examination'],
    ['De werkgroep zal de mogelijkheden verkennen.', 'nl.will-explore', 'examination'],
    ['De landen onderzoeken of een gezamenlijk platform haalbaar is.', 'nl.examine', 'examination'],
    ['Het is zinvol deze informatie-uitwisseling voort te zetten.', 'nl.continue', 'ongoing'],
    ['Ook in 2021 blijft AI een prioritair aandachtspunt.', 'nl.continue', 'ongoing'],
    ['Tenslotte werkt de Benelux Unie aan de inrichting van een klimaatplatform.', 'nl.joint-activity', 'ongoing'],
    ['België wil een nationaal AI-plan opstellen.', 'nl.wish', 'intention'],
    ['Het is dan nuttig om binnen de Benelux naar elkaar te kijken.', 'nl.useful', 'intention'],
    ['Het Benelux Secretariaat-Generaal zal het informatiepunt lanceren.', 'nl.future', 'pledge'],
    ['Naast de erkenning zal moeten worden gezorgd voor de koppeling aan registers.', 'nl.will-have-to', 'goal'],
    ['Dit zal het werk efficiënter maken.', 'nl.outcome', 'goal'],
    ['Het beleid streeft naar een betere dienstverlening.', 'nl.aim', 'goal'],
    ['Daarbij is het belangrijk om aandacht te hebben voor competenties.', 'nl.necessary', 'goal'],
    ['Voor Wallonië moeten digitale vaardigheden worden ontwikkeld.', 'nl.must', 'goal'],
    ['Mogelijke Benelux-initiatieven kunnen worden genomen in overleg.', 'nl.possible', 'intention'],
    ['De Benelux Unie zou de samenwerking kunnen versterken.', 'nl.conditional', 'intention'],
    // not commitments
    ['Het Benelux Secretariaat-Generaal heeft het startpunt ingericht.', null, null],
    ['Sommige mensen zullen een beperkte omscholing nodig hebben.', null, null],
    ['Volgens Agoria zullen 310.000 personen zich moeten omscholen.', null, null],
    ['Daarbij gaat het voornamelijk om het delen van informatie.', null, null],
    ['De Federatie werkt geregeld samen met de Kamer van Koophandel.', null, null],
  ],
  en: [
    ['The Committee sees no need for such a list.', 'en.refusal.no-need', 'refusal'],
    ['The government commits to connecting every household.', 'en.commit', 'pledge'],
    ['We want a digital pass for every citizen.', 'en.we-want', 'proposal'],
    ['Options are being examined by the working group.', 'en.being-examined', 'examination'],
    ['The ministry plans to launch a 5G auction.', 'en.plan', 'pledge'],
    ['Belgium will continue to support digital hubs.', 'en.continue', 'ongoing'],
    ['The region wishes to expand its programme.', 'en.wish', 'intention'],
    ['The auction will take place in 2022.', 'en.future', 'pledge'],
    ['The plan aims to improve digital skills.', 'en.aim', 'goal'],
    ['Belgium will not delay the auction.', 'en.refusal.will-not', 'refusal'],
    ['The region refuses to extend the deadline.', 'en.refusal.refuse', 'refusal'],
    ['The Assembly calls on the governments to act.', 'en.call', 'call'],
    ['The working group will explore common positions.', 'en.will-explore', 'examination'],
    ['The ministry examines whether a register is feasible.', 'en.examine', 'examination'],
    ['The three countries are cooperating on spectrum.', 'en.joint-activity', 'ongoing'],
    ['It would be useful to share practices.', 'en.useful', 'intention'],
    ['This will make the work cheaper.', 'en.outcome', 'goal'],
    ['It is essential to train teachers.', 'en.necessary', 'goal'],
    ['Further initiatives could be taken jointly.', 'en.possible', 'intention'],
    ['The Union could strengthen the hubs.', 'en.conditional', 'intention'],
    ['Belgium must speed up fibre roll-out.', 'en.must', 'goal'],
    // not commitments
    ['Belgium ranks 12th among the 27 EU Member States.', null, null],
    ['According to the study, demand will grow.', null, null],
    ['The market is expected to reach 5 billion.', null, null],
  ],
};

describe('cue grammars', () => {
  for (const lang of ['fr', 'nl', 'en'] as const) {
    describe(lang, () => {
      const g = grammarFor(lang);
      for (const [sentence, rule, kind] of CASES[lang]) {
        it(`${rule ?? 'no commitment'}: ${sentence}`, () => {
          const reading = readCues(sentence, g);
          expect(reading.decisive?.rule ?? null, JSON.stringify(reading)).toBe(rule);
          expect(reading.decisive?.kind ?? null).toBe(kind);
        });
      }
      it('compiles, and every rule has ids unique within the grammar', () => {
        const grammar = GRAMMARS[lang];
        expect(() => compileGrammar(grammar)).not.toThrow();
        const ids = [...grammar.cues, ...grammar.refusals].map((r) => r.rule);
        expect(new Set(ids).size).toBe(ids.length);
        for (const r of [...grammar.cues, ...grammar.refusals]) {
          expect(r.rule.startsWith(`${lang}.`)).toBe(true);
          expect(r.force).toBeGreaterThanOrEqual(0);
          expect(r.force).toBeLessThanOrEqual(4);
        }
      });
    });
  }

  it('has a case for most rules of each grammar', () => {
    for (const lang of ['fr', 'nl', 'en'] as const) {
      const tested = new Set(CASES[lang].map((c) => c[1]));
      const rules = [...GRAMMARS[lang].cues, ...GRAMMARS[lang].refusals].map((r) => r.rule);
      const covered = rules.filter((r) => tested.has(r)).length;
      expect(covered / rules.length, lang).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('reads \\b as a boundary that knows accents', () => {
    expect(compilePattern(String.raw`\bélaboré\b`).test('sera élaboré.')).toBe(true);
    expect(compilePattern(String.raw`\bété\b`).test('étés')).toBe(false);
    expect(compilePattern(String.raw`\bra\b`).test('sera')).toBe(false);
  });

  it('keeps a cue inside a relative clause out, and lets a coordination end the clause', () => {
    const g = grammarFor('fr');
    expect(readCues('L’initiative européenne, qui permettra de faciliter les échanges.', g).decisive).toBeUndefined();
    const r = readCues('Le gouvernement accueille les initiatives qui renforcent l’écosystème et organise la concertation.', g);
    expect(r.decisive?.rule).toBe('fr.joint-activity');
  });
});
