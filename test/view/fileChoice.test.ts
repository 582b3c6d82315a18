import { describe, expect, it } from 'vitest';
import { chooseGraphFiles, isEdgeTable } from '../../src/view/fileChoice';

const edges = { file: 'edges.csv', text: 'Source,Target,Type,Id\na,b,Directed,1\n' };
const nodes = { file: 'nodes.csv', text: 'Id,Label,kind\na,A,person\n' };

describe('isEdgeTable(text)', () => {
  it.each([
    ['Source,Target,Type', true],
    ['\uFEFF"Source";"Target";"stance"', true],
    ['source\ttarget', true],
    ['Id,Label,kind,country', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isEdgeTable(text)).toBe(expected);
  });
});

describe('chooseGraphFiles(files)', () => {
  it('reads one graph.json', () => {
    expect(chooseGraphFiles([{ file: 'graph.json', text: '{}' }])).toMatchObject({ kind: 'json' });
  });

  it('tells edges from nodes by header, in either order and whatever the names', () => {
    const renamed = [
      { file: 'Sheet1.csv', text: nodes.text },
      { file: 'Sheet2.csv', text: edges.text },
    ];
    expect(chooseGraphFiles(renamed)).toEqual({
      kind: 'csv',
      edges: renamed[1],
      nodes: renamed[0],
    });
    expect(chooseGraphFiles([edges, nodes])).toEqual({ kind: 'csv', edges, nodes });
  });

  it.each([
    ['no file', []],
    ['a lone CSV', [edges]],
    ['two edge tables', [edges, { ...edges, file: 'more.csv' }]],
    ['two node tables', [nodes, { ...nodes, file: 'more.csv' }]],
    ['a json with a csv', [{ file: 'graph.json', text: '{}' }, nodes]],
    ['an image', [{ file: 'photo.png', text: '' }]],
  ])('explains what to open instead of %s', (_name, files) => {
    const choice = chooseGraphFiles(files);
    expect(choice.kind).toBe('error');
    expect(choice.kind === 'error' && choice.message).toMatch(/graph\.json|edges\.csv/);
  });
});
