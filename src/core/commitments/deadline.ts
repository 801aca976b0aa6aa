import type { Deadline } from '../../shared/commitments';
import type { LangCode } from '../../shared/model';
import { compilePattern } from './grammar';
import { plainForMatching } from './plain';

/**
 * Deadlines as the text states them, normalized: "en novembre 2025" → `2025-11`, "dans la
 * seconde moitié de 2025" → `2025-H2`, "d'ici 2028" → `≤2028`, "in het najaar van 2021" →
 * `2021-H2`, "by the end of 2030" → `≤2030`. The rules are data, most specific first; a date
 * before the document's own year is history, not a deadline, and is skipped.
 */

type Shape = 'day' | 'by-day' | 'by-month' | 'by-year' | 'half' | 'quarter' | 'season' | 'month' | 'edge' | 'year';

interface DeadlineRule {
  readonly shape: Shape;
  /** Groups: `y` year, `m` month name, `d` day, `p` part (half, quarter, season, edge word). */
  readonly pattern: string;
}

const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
  januari: 1,
  februari: 2,
  maart: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  augustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
  january: 1,
  february: 2,
  march: 3,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  october: 10,
};

/** Words for parts of a year, mapped to the normalized suffix (undefined: too vague to keep). */
const PARTS: Readonly<Record<string, string | undefined>> = {
  première: 'H1',
  premier: 'H1',
  seconde: 'H2',
  second: 'H2',
  deuxième: 'H2',
  eerste: 'H1',
  tweede: 'H2',
  first: 'H1',
  h1: 'H1',
  h2: 'H2',
  automne: 'H2',
  printemps: 'H1',
  été: 'Q3',
  najaar: 'H2',
  voorjaar: 'H1',
  zomer: 'Q3',
  autumn: 'H2',
  fall: 'H2',
  spring: 'H1',
  summer: 'Q3',
  début: 'H1',
  begin: 'H1',
  early: 'H1',
  fin: 'H2',
  eind: 'H2',
  einde: 'H2',
  late: 'H2',
  end: 'H2',
};

const QUARTERS: Readonly<Record<string, string>> = {
  premier: 'Q1',
  deuxième: 'Q2',
  second: 'Q2',
  troisième: 'Q3',
  quatrième: 'Q4',
  eerste: 'Q1',
  tweede: 'Q2',
  derde: 'Q3',
  vierde: 'Q4',
  first: 'Q1',
  third: 'Q3',
  fourth: 'Q4',
  q1: 'Q1',
  q2: 'Q2',
  q3: 'Q3',
  q4: 'Q4',
  t1: 'Q1',
  t2: 'Q2',
  t3: 'Q3',
  t4: 'Q4',
};

const Y = String.raw`(?<y>(?:19|20)\d\d)(?![\d\u2010-\u2015-]\d)`;
const FR_M = String.raw`(?<m>janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)`;
const NL_M = String.raw`(?<m>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)`;
const EN_M = String.raw`(?<m>january|february|march|april|may|june|july|august|september|october|november|december)`;

export const DEADLINE_RULES: Readonly<Record<'fr' | 'nl' | 'en', readonly DeadlineRule[]>> = {
  fr: [
    {
      shape: 'by-day',
      pattern: String.raw`\b(?:d'ici (?:au |le )?|avant le |au plus tard (?:le )?|jusqu'au )(?<d>\d{1,2})(?:er)? ${FR_M} ${Y}`,
    },
    { shape: 'day', pattern: String.raw`\b(?<d>\d{1,2})(?:er)? ${FR_M} ${Y}` },
    {
      shape: 'by-month',
      pattern: String.raw`\b(?:d'ici (?:à )?(?:fin |la fin )?|avant (?:fin )?|au plus tard (?:en |fin )?|jusqu'en )${FR_M} ${Y}`,
    },
    {
      shape: 'by-year',
      pattern: String.raw`\b(?:d'ici (?:à )?(?:la fin de |la fin d'|fin )?(?:l'année )?|à l'horizon |horizon |au plus tard (?:en |fin )?|avant (?:la fin de |fin )?|jusqu'en |jusqu'à )${Y}`,
    },
    {
      shape: 'half',
      pattern: String.raw`\b(?:(?:dans|pendant|durant|au cours de) )?(?:la |le )?(?<p>première|seconde|deuxième|premier|second) (?:moitié|semestre) (?:de l'année |de |d')?${Y}`,
    },
    { shape: 'quarter', pattern: String.raw`\b(?<p>premier|deuxième|second|troisième|quatrième) trimestre (?:de |d')?${Y}` },
    { shape: 'quarter', pattern: String.raw`\b(?<p>t[1-4]) ${Y}` },
    { shape: 'season', pattern: String.raw`\b(?:(?:à l'|au |en |à partir de l'|dès l')\s?)?(?<p>automne|printemps|été) (?:de |d')?${Y}` },
    { shape: 'month', pattern: String.raw`\b(?:(?:en|dès|courant|au mois de|à partir de) )?${FR_M} ${Y}` },
    { shape: 'edge', pattern: String.raw`\b(?<p>début|fin) (?:de l'année |d')?${Y}` },
    {
      shape: 'year',
      pattern: String.raw`\b(?:en|pour|dès|à partir de|courant|au cours de(?: l'année)?|dans le courant de|tout au long de(?: l'année)?|durant|pendant) ${Y}`,
    },
  ],
  nl: [
    { shape: 'by-day', pattern: String.raw`\b(?:uiterlijk (?:op )?|vóór |tegen )(?<d>\d{1,2}) ${NL_M} ${Y}` },
    { shape: 'day', pattern: String.raw`\b(?<d>\d{1,2}) ${NL_M} ${Y}` },
    { shape: 'by-month', pattern: String.raw`\b(?:uiterlijk (?:in |eind )?|vóór |tegen (?:eind )?)${NL_M} ${Y}` },
    {
      shape: 'by-year',
      pattern: String.raw`\b(?:tegen (?:eind |het einde van )?|uiterlijk (?:in |eind )?|vóór (?:eind )?|tot (?:en met )?)${Y}`,
    },
    { shape: 'half', pattern: String.raw`\b(?:in de |tijdens de )?(?<p>eerste|tweede) (?:helft|jaarhelft|semester) (?:van )?${Y}` },
    { shape: 'quarter', pattern: String.raw`\b(?<p>eerste|tweede|derde|vierde) kwartaal (?:van )?${Y}` },
    { shape: 'quarter', pattern: String.raw`\b(?<p>q[1-4]) ${Y}` },
    { shape: 'season', pattern: String.raw`\b(?:in het |het )?(?<p>najaar|voorjaar|zomer) (?:van )?${Y}` },
    { shape: 'month', pattern: String.raw`\b(?:(?:in|vanaf|medio) )?${NL_M} ${Y}` },
    { shape: 'edge', pattern: String.raw`\b(?<p>begin|eind|einde) (?:van )?${Y}` },
    { shape: 'year', pattern: String.raw`\b(?:in|gedurende|vanaf|in de loop van|tijdens|voor het jaar) ${Y}` },
  ],
  en: [
    { shape: 'by-day', pattern: String.raw`\b(?:by|before|no later than|until) (?<d>\d{1,2}) ${EN_M} ${Y}` },
    { shape: 'day', pattern: String.raw`\b(?<d>\d{1,2}) ${EN_M} ${Y}` },
    { shape: 'day', pattern: String.raw`\b${EN_M} (?<d>\d{1,2}),? ${Y}` },
    { shape: 'by-month', pattern: String.raw`\b(?:by|before|no later than|until) (?:the end of )?${EN_M} ${Y}` },
    { shape: 'by-year', pattern: String.raw`\b(?:by (?:the end of )?|no later than |before (?:the end of )?|until )${Y}` },
    { shape: 'half', pattern: String.raw`\b(?<p>first|second) half of ${Y}` },
    { shape: 'half', pattern: String.raw`\b(?<p>h[12]) ${Y}` },
    { shape: 'quarter', pattern: String.raw`\b(?<p>first|second|third|fourth) quarter of ${Y}` },
    { shape: 'quarter', pattern: String.raw`\b(?<p>q[1-4]) ${Y}` },
    { shape: 'season', pattern: String.raw`\b(?<p>autumn|fall|spring|summer) (?:of )?${Y}` },
    { shape: 'month', pattern: String.raw`\b(?:(?:in|from) )?${EN_M} ${Y}` },
    { shape: 'edge', pattern: String.raw`\b(?<p>early|late|end of) ${Y}` },
    { shape: 'year', pattern: String.raw`\b(?:in|during|from|throughout|for) ${Y}` },
  ],
};

const compiledRules = new Map<string, { shape: Shape; re: RegExp }[]>();

function rulesFor(lang: LangCode): { shape: Shape; re: RegExp }[] {
  const key = lang === 'nl' || lang === 'en' ? lang : 'fr';
  let rules = compiledRules.get(key);
  if (!rules) {
    rules = DEADLINE_RULES[key].map((r) => ({ shape: r.shape, re: compilePattern(r.pattern) }));
    compiledRules.set(key, rules);
  }
  return rules;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function normalize(shape: Shape, g: Readonly<Record<string, string | undefined>>): string | undefined {
  const year = g.y!;
  const month = g.m ? MONTHS[g.m] : undefined;
  switch (shape) {
    case 'day':
    case 'by-day': {
      const d = Number(g.d);
      if (!month || d < 1 || d > 31) return undefined;
      return `${shape === 'by-day' ? '≤' : ''}${year}-${pad(month)}-${pad(d)}`;
    }
    case 'by-month':
      return month ? `≤${year}-${pad(month)}` : undefined;
    case 'month':
      return month ? `${year}-${pad(month)}` : undefined;
    case 'by-year':
      return `≤${year}`;
    case 'half':
    case 'season':
    case 'edge': {
      const part = PARTS[(g.p ?? '').replace(/ of$/, '')];
      return part ? `${year}-${part}` : undefined;
    }
    case 'quarter': {
      const q = QUARTERS[g.p ?? ''];
      return q ? `${year}-${q}` : undefined;
    }
    case 'year':
      return year;
  }
}

/**
 * The deadline a sentence states, if any: the most specific rule wins, then the earliest place.
 * `notBefore` (the document's year) drops dates that lie in the document's past.
 */
export function findDeadline(text: string, lang: LangCode, notBefore?: number): Deadline | undefined {
  // Every rule needs a year: most sentences have none, and skip forty expressions at once.
  if (!/(?:19|20)\d\d/.test(text)) return undefined;
  const plain = plainForMatching(text);
  for (const { shape, re } of rulesFor(lang)) {
    re.lastIndex = 0;
    for (const m of plain.matchAll(re)) {
      const groups = m.groups ?? {};
      if (!groups.y) continue;
      if (notBefore !== undefined && Number(groups.y) < notBefore) continue;
      const value = normalize(shape, groups);
      if (value) return { value, printed: text.slice(m.index, m.index + m[0].length).trim() };
    }
  }
  return undefined;
}
