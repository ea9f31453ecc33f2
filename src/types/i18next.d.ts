import 'i18next';
import type classroom from '../../locales/en/classroom.json';
import type common from '../../locales/en/common.json';
import type curriculum from '../../locales/en/curriculum.json';
import type help from '../../locales/en/help.json';
import type parents from '../../locales/en/parents.json';
import type player from '../../locales/en/player.json';

// English is the type source: a misspelt key in a static namespace fails `tsc`. Keys are plain
// dotted strings (`t('map.title')`); lesson namespaces are named at run time (use-lesson-words.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      player: typeof player;
      help: typeof help;
      classroom: typeof classroom;
      parents: typeof parents;
      curriculum: typeof curriculum;
    };
  }
}
