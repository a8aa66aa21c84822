// The glossary's explanations, fetched once, when the first "?" or the glossary is opened.
import type { GLOSSARY } from '../core/scene/glossary';

let glossary: Promise<typeof GLOSSARY> | undefined;

export function loadGlossary(): Promise<typeof GLOSSARY> {
  glossary ??= import('../core/scene/glossary').then((module) => module.GLOSSARY);
  return glossary;
}
