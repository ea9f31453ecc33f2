import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect } from 'vitest';
import { resetStorageProblems } from '../src/shared/storage/safe-storage';
import { missingKeys } from './helpers/render';

beforeEach(() => {
  window.localStorage.clear();
  resetStorageProblems();
  missingKeys.length = 0;
});

afterEach(() => {
  cleanup();
  // A word the UI asked for that exists in no language would show as a raw key: fail the test.
  expect(missingKeys, 'missing translation keys').toEqual([]);
});
