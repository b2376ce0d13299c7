import { describe, expect, it } from 'vitest';
import type { MetricsRow } from '../../shared/domain/relation';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import { explainMetrics } from '../../renderer/features/map/explainMetrics';

const row = (name: string, betweenness: number): MetricsRow => ({ stakeholderId: name, name, inDegree: 0, outDegree: 0, closeness: 0, betweenness, eigenvector: 0 });
const people = [{ id: 'Rasidi', name: 'Rasidi', kind: 'buyer', organisation: '' }, { id: 'Koperasi', name: 'Koperasi', kind: 'cooperative', organisation: '' }] as Stakeholder[];
const sentenceKey = (value: number) => explainMetrics([row('Rasidi', value), row('Koperasi', 0)], ['betweenness'], people, [], (key) => key, String)[0]!.sentences[0];

describe('the betweenness sentence', () => {
  it('says "most paths pass through" only when a real share does', () => {
    expect(sentenceKey(0.043)).toBe('map.explain.betweennessLow');
    expect(sentenceKey(0.15)).toBe('map.explain.betweennessMedium');
    expect(sentenceKey(0.45)).toBe('map.explain.betweenness');
  });
});
