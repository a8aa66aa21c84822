// Filters by relation type and by actor: a filtered data set has the same shape as the full one,
// so every analysis runs on it unchanged.
import { makeDataset, type Dataset } from './dataset';

export interface Filters {
  readonly hiddenTypes: readonly string[];
  readonly hiddenActors: readonly string[];
}

export const NO_FILTERS: Filters = { hiddenTypes: [], hiddenActors: [] };

export function isFiltering(filters: Filters): boolean {
  return filters.hiddenTypes.length > 0 || filters.hiddenActors.length > 0;
}

export function filterDataset(dataset: Dataset, filters: Filters): Dataset {
  if (!isFiltering(filters)) return dataset;
  const hiddenTypes = new Set(filters.hiddenTypes);
  const hiddenActors = new Set(filters.hiddenActors);
  return makeDataset({
    actors: dataset.actors.filter((a) => !hiddenActors.has(a.id)),
    relationTypes: [...dataset.relationTypes],
    views: [...dataset.views],
    relations: dataset.relations.filter(
      (r) => !hiddenTypes.has(r.type) && !hiddenActors.has(r.source) && !hiddenActors.has(r.target),
    ),
  });
}
