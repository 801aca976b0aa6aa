import type { Specificity } from '../../shared/commitments';
import type { LangCode } from '../../shared/model';
import { compilePattern } from './grammar';
import { plainForMatching } from './plain';

/**
 * Specificity as pledge research counts it: +1 for an identifiable instrument, +1 for a
 * quantity, +1 for a deadline, +1 for a named responsible actor. A commitment is testable —
 * someone could later check whether it was kept — from 2 on.
 */

/** Nouns that name an instrument (a plan, a platform, a law …), per language. Data. */
export const INSTRUMENT_TERMS: Readonly<Record<'fr' | 'nl' | 'en', string>> = {
  fr: String.raw`\b(?:plan|programme|plateforme|table ronde|registre|campagne|cellule|fonds|carte|application|portail|guichet|certification|label|charte|stratégie|outil|loi|décret|règlement|directive|cadre (?:réglementaire|législatif|juridique|commun)|positionnement commun|recommandation|accord|projet pilote|projets pilotes|site|centre|observatoire|commissaire|feuille de route|pass|compte|bourses?|ateliers?|événement|forum|standards?|normes?|audits?|système|mécanismes?|permis|pack|laboratoires?|espaces? publics?|points? d'accès|point d'information|liste d'actions|coalition|budget|subsides?|mesures)\b`,
  nl: String.raw`\b(?:plan|actieplan|programma|platform|rondetafel|register|campagne|bewustwordingscampagne|cel|fonds|kaart|app|portaal|loket|certificering|label|charter|strategie|instrument|wet|decreet|verordening|richtlijn|kader|aanbeveling|benelux-aanbeveling|akkoord|proefproject|proefprojecten|website|centrum|netwerk|evenement|forum|norm|normen|audit|systeem|informatiepunt|actielijst|coalitie|budget|subsidie|maatregelen)\b`,
  en: String.raw`\b(?:plan|programme|program|platform|round ?table|register|campaign|unit|fund|card|app|application|portal|one-stop shop|certification|label|charter|strategy|tool|law|act|regulation|directive|framework|recommendation|agreement|pilot|website|centre|center|network|event|forum|standard|audit|system|budget|auction|measures)\b`,
};

const QUANTITY =
  /(?<![\p{L}\d.,])(?!(?:19|20)\d\d\b)\d+(?:[.,  ]\d+)*(?![\p{L}\d]|\.\d)\s?(?:%|€|euros?|millions?|milliards?|miljoen|miljard|million|billion|pps)?/u;
const QUOTED_NAME = /["“«]\s?[\p{Lu}\d][^"”»]{2,80}["”»]/u;

const compiled = new Map<string, RegExp>();
function instrumentRe(lang: LangCode): RegExp {
  const key = lang === 'nl' || lang === 'en' ? lang : 'fr';
  let re = compiled.get(key);
  if (!re) {
    re = compilePattern(INSTRUMENT_TERMS[key], 'u');
    compiled.set(key, re);
  }
  return re;
}

export interface SpecificityParts {
  readonly instrument: boolean;
  readonly quantity: boolean;
  readonly deadline: boolean;
  readonly namedActor: boolean;
}

/** The four parts of specificity found in a commitment's text. */
export function specificityParts(text: string, lang: LangCode, hasDeadline: boolean, namedActor: boolean): SpecificityParts {
  const plain = plainForMatching(text);
  // Years are deadlines, not quantities; numbered list markers ("Axe 1", "1.") are neither.
  const withoutDates = text.replace(/\b(?:19|20)\d\d\b/g, ' ').replace(/^\s*\d+[.)]\s/, ' ');
  return {
    instrument: instrumentRe(lang).test(plain) || QUOTED_NAME.test(text),
    quantity: QUANTITY.test(withoutDates),
    deadline: hasDeadline,
    namedActor,
  };
}

export function specificityScore(parts: SpecificityParts): Specificity {
  return ((parts.instrument ? 1 : 0) + (parts.quantity ? 1 : 0) + (parts.deadline ? 1 : 0) + (parts.namedActor ? 1 : 0)) as Specificity;
}

/** Testable when specificity is 2 or more (the pledge-research threshold). */
export const TESTABLE_FROM = 2;
