import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect } from 'vitest';
import { resetStorageProblems } from '../src/shared/storage/safe-storage';
import { missingKeys } from './helpers/render';

// jsdom lacks Blob.text(), which every browser the app supports has.
if (!Blob.prototype.text)
  Blob.prototype.text = function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(this);
    });
  };

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
