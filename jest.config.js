/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // office-addin-mock pulls in office-addin-manifest, which reaches for the network and is not needed to mock Excel.
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js' },
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/support/summary-line.js'],
};
