/* eslint-disable testing-library/no-node-access, testing-library/no-container --
   Drawn shapes have no role or name a person could query; counting SVG elements is the only
   way to prove a picture was drawn at all. */
import { render, screen } from '@testing-library/react';
import { AVATARS, BADGES, CHARACTERS, MOODS, SETTINGS } from '../../src/shared/content/content-constants';
import type { Scene } from '../../src/shared/content/lesson-schema';
import { Avatar } from '../../src/features/illustrations/avatar';
import { BadgeIcon } from '../../src/features/illustrations/badge-icon';
import { SceneIllustration } from '../../src/features/illustrations/scene-illustration';

const SHAPES = 'path, circle, rect, ellipse';

function expectScene(scene: Scene, alt: string) {
  const { container, unmount } = render(<SceneIllustration scene={scene} alt={alt} />);
  const picture = screen.getByRole('img', { name: alt });
  expect(picture.getAttribute('viewBox')).toBe('0 0 400 240');
  expect(picture.querySelectorAll(SHAPES).length).toBeGreaterThan(0);
  // Scenes carry no words of their own: everything a reader needs is in the alt text.
  expect(container.querySelector('text')).toBeNull();
  unmount();
}

describe('SceneIllustration', () => {
  test.each(SETTINGS)('draws the %s setting with a character', (setting) => {
    expectScene(
      { setting, characters: ['amara'], device: 'tablet', mood: 'calm' },
      `Amara in the ${setting}`,
    );
  });

  test.each(CHARACTERS)('draws %s in a scene', (character) => {
    expectScene(
      { setting: 'park', characters: [character], device: 'none', mood: 'happy' },
      `${character} in the park`,
    );
  });

  test.each(MOODS)('draws three characters with a device in the %s mood', (mood) => {
    expectScene(
      { setting: 'bus', characters: ['tomas', 'grandma', 'fox'], device: 'phone', mood },
      `A bus ride, ${mood}`,
    );
    expectScene(
      { setting: 'video-call', characters: ['leo', 'mum', 'owl'], device: 'laptop', mood },
      `A call, ${mood}`,
    );
  });
});

describe('Avatar', () => {
  test.each(AVATARS)('draws the %s avatar as decoration', (avatar) => {
    const { container } = render(<Avatar avatar={avatar} size={36} />);
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.getAttribute('width')).toBe('36');
    expect(svg?.querySelectorAll(SHAPES).length).toBeGreaterThan(1);
  });
});

describe('BadgeIcon', () => {
  test.each(BADGES)('draws the %s badge, earned and not yet earned', (badge) => {
    const { unmount } = render(
      <>
        <BadgeIcon badge={badge} earned label={`${badge} badge`} />
        <BadgeIcon badge={badge} earned={false} label={`${badge} badge, not yet earned`} />
      </>,
    );
    const earned = screen.getByRole('img', { name: `${badge} badge` });
    const notYet = screen.getByRole('img', { name: `${badge} badge, not yet earned` });
    expect(earned.getAttribute('data-earned')).toBe('true');
    expect(notYet.getAttribute('data-earned')).toBe('false');
    // Not earned is told apart by a dashed rim, not by colour alone.
    expect(earned.querySelector('[stroke-dasharray]')).toBeNull();
    expect(notYet.querySelector('[stroke-dasharray]')).not.toBeNull();
    unmount();
  });

  test('without a label the badge is hidden from assistive technology', () => {
    const { container } = render(<BadgeIcon badge="star" earned />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });
});
