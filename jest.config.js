/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 120000,
  setupFilesAfterEnv: ['<rootDir>/test/support/temp-dirs.ts'],
  reporters: ['default', '<rootDir>/test/support/summary-line.js'],
};
