/** `npm run content:report`: the curriculum at a glance, for authors and reviewers. */
import { coverageMatrix, lessonStats } from '../build/content-stats';
import { readContent } from '../build/read-content';
import { BANDS } from '../src/shared/content/content-constants';
import { formatProblem } from '../src/shared/content/validate-lesson';

const { lessons, words, problems } = readContent(process.cwd());
if (problems.length) {
  console.error(`${problems.length} content problem(s); the report covers valid lessons only:`);
  for (const p of problems.slice(0, 20)) console.error(`  ${formatProblem(p)}`);
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log('\nCoverage: lessons teaching each tactic or topic, by band\n');
console.log(pad('tactic / topic', 20) + BANDS.map((b) => pad(b, 7)).join(''));
for (const [theme, row] of Object.entries(coverageMatrix(lessons))) {
  console.log(pad(theme, 20) + BANDS.map((b) => pad(row[b] || '·', 7)).join(''));
}

console.log(
  '\nLessons per band: ' + BANDS.map((b) => `${b}: ${lessons.filter((l) => l.band === b).length}`).join(', '),
);
console.log(`Total: ${lessons.length}\n`);
console.log(
  pad('lesson', 40) + pad('band', 7) + pad('steps', 7) + pad('quiz+sort', 11) + pad('scenario', 10) + 'words',
);
for (const lesson of lessons) {
  const s = lessonStats(lesson, words.get(lesson.id));
  console.log(
    pad(s.id, 40) +
      pad(s.band, 7) +
      pad(s.steps, 7) +
      pad(s.quizItems, 11) +
      pad(s.hasScenario ? 'yes' : 'NO', 10) +
      s.words,
  );
}
