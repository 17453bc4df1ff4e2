import { removeTempDirs } from '../helpers/temp-dir';

// Every test file's scratch folders go when the file is done, whether its tests passed or not.
afterAll(removeTempDirs);
