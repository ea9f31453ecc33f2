/** `npm run i18n:check [lang]`: every translation against English; exits 1 naming each file and key. */
import { translatedLanguages, translationProblems } from '../build/check-translations';
import { formatProblem } from '../src/shared/content/validate-lesson';

const root = process.cwd();
const languages = process.argv[2] ? [process.argv[2]] : translatedLanguages(root);
let failed = false;
for (const language of languages) {
  const problems = translationProblems(root, language);
  console.log(`${language}: ${problems.length ? `${problems.length} problem(s)` : 'complete'}`);
  for (const p of problems.slice(0, 200)) console.log(`  ${formatProblem(p)}`);
  failed ||= problems.length > 0;
}
process.exit(failed ? 1 : 0);
