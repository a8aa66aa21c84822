// Actors and relations from GEXF (Gephi, or our own export): nodes become actors, edges
// relations, with their dates from the "from"/"until" attributes, the edge's start/end, or its
// first spell. The relation type must be an attribute "type" naming a type of the vocabulary.
// Read as a stream of tags (saxes), chunk by chunk, so a file of any size is never a DOM tree;
// gexf-elements.ts turns what the tags said into records once the attribute titles are all known.
import { SaxesParser, type SaxesTag } from 'saxes';
import { excerpt, EXCERPT_LENGTH } from '../../data/characters';
import type { DataError } from '../../data/errors';
import type { RawRecord } from '../../data/records';
import { actorOf, relationOf, type Collected } from './gexf-elements';

export interface GexfRecords {
  readonly records: RawRecord[];
  readonly errors: DataError[];
}

/** An open element: its local name, and the node or edge whose values or spells it holds. */
interface Open {
  readonly name: string;
  /** The node or edge this element is (or whose <attvalues> it is). */
  readonly values?: Collected;
  /** The nearest edge around it, whose first <spell> is its dates. */
  readonly edge?: Collected;
  /** The class ("node", "edge") of an <attributes> block of the graph. */
  readonly attributes?: string;
}

/**
 * saxes, with a numeric character reference decoded to whatever it names, as the DOM reader did,
 * so that a control character in a name is reported by validation with its record and field.
 * saxes checks a reference with its `isChar`, which it sets at the start and again at an XML
 * declaration: it is set after it each time, as a plain property (an accessor on the parser
 * would slow every access to it, doubling the time of a parse).
 */
class ReferencesAsWritten extends SaxesParser {}
type Versioned = { isChar: (c: number) => boolean; setXMLVersion(version: string): void };
const setXMLVersion = (SaxesParser.prototype as unknown as Versioned).setXMLVersion;
(ReferencesAsWritten.prototype as unknown as Versioned).setXMLVersion = function (
  this: Versioned,
  version: string,
) {
  setXMLVersion.call(this, version);
  this.isChar = (c) => Number.isInteger(c) && c >= 0 && c <= 0x10ffff;
};

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Anywhere in a file: GEXF files declare neither, and an entity can expand beyond any bound. */
const DOCTYPE = /<!DOCTYPE|<!ENTITY/i;
const DOCTYPE_OVERLAP = '<!DOCTYPE'.length - 1;

/**
 * A GEXF file read as it comes: `write` each piece of its text in order, then `end`. The first
 * XML error stops the collecting (it is the one reported); a DOCTYPE anywhere wins over it.
 */
export class GexfReader {
  private readonly parser = new ReferencesAsWritten({ position: true });
  private readonly stack: Open[] = [];
  private readonly nodes: Collected[] = [];
  private readonly edges: Collected[] = [];
  /** Attribute titles by class, then by id. */
  private readonly titles = new Map<string, Map<string, string>>();
  private xmlError: string | undefined;
  private doctype = false;
  private carry = '';
  private line = 0;
  private rootName: string | undefined;
  /** The depth of the first <graph> in the root while it is open; -1 before, -2 after. */
  private graphDepth = -1;
  private defaultDirected = false;

  constructor(private readonly file: string) {
    this.parser.on('error', (error) => {
      this.xmlError ??= error.message;
    });
    this.parser.on('opentagstart', () => {
      this.line = this.parser.line;
    });
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('closetag', () => {
      this.stack.pop();
      if (this.stack.length === this.graphDepth) this.graphDepth = -2;
    });
  }

  /** How many nodes and edges have been read so far. */
  get count(): number {
    return this.nodes.length + this.edges.length;
  }

  write(text: string): void {
    if (this.doctype) return;
    const seen = this.carry + text;
    if (DOCTYPE.test(seen)) {
      this.doctype = true;
      return;
    }
    this.carry = seen.slice(-DOCTYPE_OVERLAP);
    if (this.xmlError === undefined) this.parser.write(text);
  }

  end(): GexfRecords {
    const file = this.file;
    if (this.doctype) {
      const message = 'declares a DOCTYPE or entities; GEXF files do not, and they are not read';
      return { records: [], errors: [{ file, message }] };
    }
    if (this.xmlError === undefined) this.parser.close();
    const failed = (message: string): GexfRecords => ({ records: [], errors: [{ file, message }] });
    if (this.xmlError !== undefined)
      return failed(
        `XML error: ${excerpt(this.xmlError.split('\n')[0] ?? '', 2 * EXCERPT_LENGTH)}`,
      );
    if (this.rootName !== 'gexf') return failed('is not a GEXF file (no <gexf> element)');
    if (this.graphDepth === -1) return failed('has no <graph> element');
    const records: RawRecord[] = [];
    const nodeTitles = this.titles.get('node') ?? new Map<string, string>();
    const edgeTitles = this.titles.get('edge') ?? new Map<string, string>();
    // Each element is let go as its record is made, so the two are not held whole together.
    this.nodes.forEach((node, index) => {
      records.push(actorOf(file, index, node, nodeTitles));
      delete this.nodes[index];
    });
    this.edges.forEach((edge, index) => {
      records.push(relationOf(file, index, edge, edgeTitles, this.defaultDirected));
      delete this.edges[index];
    });
    return { records, errors: [] };
  }

  private open(tag: SaxesTag): void {
    const name = localName(tag.name);
    const attrs = tag.attributes as Record<string, string>;
    const parent = this.stack.at(-1);
    const depth = this.stack.length;
    let open: Open = { name, ...(parent?.edge ? { edge: parent.edge } : {}) };
    if (depth === 0) this.rootName = name;
    else if (this.graphDepth === -1 && name === 'graph') {
      this.graphDepth = depth;
      this.defaultDirected = attrs.defaultedgetype === 'directed';
    } else if (this.graphDepth >= 0 && depth > this.graphDepth && this.rootName === 'gexf') {
      open = this.inGraph(name, attrs, parent, depth, open);
    }
    this.stack.push(open);
  }

  /** An element inside the graph: a node, an edge, a value of one, a spell, an attribute title. */
  private inGraph(
    name: string,
    attrs: Record<string, string>,
    parent: Open | undefined,
    depth: number,
    open: Open,
  ): Open {
    if (name === 'node' || name === 'edge') {
      const element: Collected = { attrs, values: [], line: this.line };
      (name === 'node' ? this.nodes : this.edges).push(element);
      return name === 'edge' ? { name, values: element, edge: element } : { name, values: element };
    }
    if (name === 'attvalues' && parent?.values) return { ...open, values: parent.values };
    if (name === 'attvalue' && parent?.name === 'attvalues' && parent.values) {
      parent.values.values.push([attrs.for ?? attrs.id ?? '', attrs.value ?? '']);
    } else if (name === 'spell' && open.edge && !open.edge.spell) {
      open.edge.spell = attrs;
    } else if (name === 'attributes' && depth === this.graphDepth + 1) {
      return { ...open, attributes: attrs.class ?? '' };
    } else if (name === 'attribute' && parent?.attributes !== undefined) {
      const titles = this.titles.get(parent.attributes) ?? new Map<string, string>();
      this.titles.set(parent.attributes, titles);
      titles.set(attrs.id ?? '', attrs.title ?? attrs.id ?? '');
    }
    return open;
  }
}

/** The records of a GEXF text read whole (tests, and imports of bytes already in memory). */
export function recordsFromGexf(file: string, text: string): GexfRecords {
  const reader = new GexfReader(file);
  reader.write(text);
  return reader.end();
}
