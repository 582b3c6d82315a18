// Reads the editable data files the extractor knows the world from: the
// gazetteer and the positions list.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeSources, SourceText } from '../../src/extract/types';
import { displayPath } from './cli';
import { readDataFile } from './readDataFile';

/** The project's own data folder, wherever the command is run from. */
export const PROJECT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** Each knowledge source's file, relative to the data folder. */
export const KNOWLEDGE_FILES: Readonly<Record<keyof KnowledgeSources, string>> = {
  countries: 'gazetteer/countries.csv',
  orgs: 'gazetteer/orgs.csv',
  people: 'gazetteer/people.csv',
  roles: 'gazetteer/roles.csv',
  roleTitles: 'gazetteer/role-titles.csv',
  positions: 'positions.csv',
};

/** Reads every knowledge source from `dataDir`; throws an InputError naming a missing file. */
export async function readKnowledgeSources(dataDir: string): Promise<KnowledgeSources> {
  const sources = {} as Record<keyof KnowledgeSources, SourceText>;
  for (const key of Object.keys(KNOWLEDGE_FILES) as (keyof KnowledgeSources)[]) {
    const file = displayPath(path.join(dataDir, KNOWLEDGE_FILES[key]));
    const text = await readDataFile(
      file,
      'restore it from the project, or pass --data with a folder that has it',
    );
    sources[key] = { file, text };
  }
  return sources;
}
