/** `npm run content:check`: validates every lesson and its words; exits 1 naming each file and field. */
import { readContent } from '../build/read-content';
import { formatProblem } from '../src/shared/content/validate-lesson';

const { lessons, problems, files } = readContent(process.cwd());
if (problems.length) {
  console.error(`Content check failed with ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
console.log(`Content check: ${lessons.length} lessons in ${files.length} files, all valid.`);
