/**
 * Who can help, by country: only services listed in shared/HELP_ROUTES.md with a public source.
 * Rows marked "check" there (Ukraine's helplines, Germany's hours, Report Remove's ID rule) are
 * left out until verified. Numbers are shown as tappable `tel:` links and addresses as links the
 * user chooses to open; the app itself contacts none of them. What each service is for is in
 * `locales/<lang>/help.json` under `services.<id>`.
 */

export type HelpService = {
  id: string;
  kind: 'talk' | 'report' | 'remove';
  /** Display form of the phone number, if it has one. */
  phone?: string;
  /** Text service: the word to send and the number. */
  text?: { word: string; to: string };
  /** Address the user may choose to open. */
  url?: string;
};

export type CountryHelp = {
  code: string;
  /** The emergency number for danger right now, where our sources give it; else "your local emergency number". */
  emergency?: string;
  services: HelpService[];
  /** When these rows were last checked against their sources (ISO date). */
  checked: string;
};

const CHECKED = '2026-11-23';

const takeItDown: HelpService = { id: 'take-it-down', kind: 'remove', url: 'https://takeitdown.ncmec.org' };
const euHelpline: HelpService = { id: 'eu-116111', kind: 'talk', phone: '116 111' };

export const HELP_BY_COUNTRY: CountryHelp[] = [
  {
    code: 'GB',
    emergency: '999',
    checked: CHECKED,
    services: [
      { id: 'childline', kind: 'talk', phone: '0800 1111', url: 'https://www.childline.org.uk' },
      { id: 'nspcc', kind: 'talk', phone: '0808 800 5000' },
      { id: 'ceop', kind: 'report', url: 'https://www.ceop.police.uk/Safety-Centre/' },
      { id: 'report-remove', kind: 'remove', url: 'https://www.childline.org.uk/remove' },
    ],
  },
  {
    code: 'US',
    emergency: '911',
    checked: CHECKED,
    services: [
      { id: 'cybertipline', kind: 'report', phone: '1-800-843-5678', url: 'https://report.cybertip.org' },
      takeItDown,
    ],
  },
  {
    code: 'CA',
    emergency: '911',
    checked: CHECKED,
    services: [
      {
        id: 'kids-help-phone',
        kind: 'talk',
        phone: '1-800-668-6868',
        text: { word: 'CONNECT', to: '686868' },
      },
      { id: 'cybertip-ca', kind: 'report', phone: '1-866-658-9022', url: 'https://www.cybertip.ca' },
      { id: 'need-help-now', kind: 'remove', url: 'https://needhelpnow.ca' },
      takeItDown,
    ],
  },
  {
    code: 'AU',
    emergency: '000',
    checked: CHECKED,
    services: [
      { id: 'kids-helpline', kind: 'talk', phone: '1800 55 1800' },
      { id: 'esafety', kind: 'report', url: 'https://www.esafety.gov.au/report' },
      takeItDown,
    ],
  },
  {
    code: 'FR',
    emergency: '112',
    checked: CHECKED,
    services: [
      { id: 'allo-119', kind: 'talk', phone: '119' },
      { id: 'e-enfance-3018', kind: 'report', phone: '3018' },
      takeItDown,
    ],
  },
  {
    code: 'ES',
    emergency: '112',
    checked: CHECKED,
    services: [{ id: 'anar', kind: 'talk', phone: '900 20 20 10' }, euHelpline, takeItDown],
  },
  {
    code: 'DE',
    emergency: '112',
    checked: CHECKED,
    services: [{ id: 'nummer-gegen-kummer', kind: 'talk', phone: '116 111' }, takeItDown],
  },
  {
    code: 'IT',
    emergency: '112',
    checked: CHECKED,
    services: [
      { id: 'telefono-azzurro', kind: 'talk', phone: '19696' },
      { id: 'emergenza-infanzia', kind: 'talk', phone: '114' },
      takeItDown,
    ],
  },
  {
    code: 'PL',
    emergency: '112',
    checked: CHECKED,
    services: [{ id: 'fdds-116111', kind: 'talk', phone: '116 111', url: 'https://116111.pl' }, takeItDown],
  },
  {
    code: 'UA',
    checked: CHECKED,
    services: [{ id: 'chi-list', kind: 'talk', url: 'https://childhelplineinternational.org' }, takeItDown],
  },
  {
    code: 'SA',
    checked: CHECKED,
    services: [{ id: 'nfsp-116111', kind: 'talk', phone: '116111' }, takeItDown],
  },
  {
    code: 'EG',
    checked: CHECKED,
    services: [{ id: 'nccm-16000', kind: 'talk', phone: '16000' }, takeItDown],
  },
  {
    code: 'JO',
    checked: CHECKED,
    services: [{ id: 'jordan-110', kind: 'talk', phone: '110' }, takeItDown],
  },
  {
    code: 'OTHER',
    checked: CHECKED,
    services: [
      euHelpline,
      { id: 'chi-list', kind: 'talk', url: 'https://childhelplineinternational.org' },
      takeItDown,
    ],
  },
];

/** The country a language suggests, until the user picks one. */
const COUNTRY_FOR_LANGUAGE: Record<string, string> = {
  en: 'GB',
  fr: 'FR',
  es: 'ES',
  de: 'DE',
  uk: 'UA',
  ar: 'EG',
};

export function helpFor(country: string | undefined, language: string): CountryHelp {
  const code = country ?? COUNTRY_FOR_LANGUAGE[language] ?? 'OTHER';
  return HELP_BY_COUNTRY.find((c) => c.code === code) ?? HELP_BY_COUNTRY.find((c) => c.code === 'OTHER')!;
}

/** `tel:` needs digits only. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
