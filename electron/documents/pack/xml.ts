/**
 * A minimal reader for the WordprocessingML the docx library writes (well-formed, no DTD, no CDATA): enough
 * to walk a generated document for its preview. Not a general XML parser.
 */

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: (XmlNode | string)[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(#x[\da-f]+|#\d+|\w+);/giu, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return String.fromCodePoint(n);
    }
    return entities[code] ?? whole;
  });

export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, children: [] };
  const stack = [root];
  const tag = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->/gu;
  let last = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const text = xml.slice(last, m.index);
    if (text) stack.at(-1)!.children.push(decode(text));
    last = tag.lastIndex;
    if (!m[2]) continue;
    if (m[1]) {
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of m[3]!.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/gu)) attrs[a[1]!] = decode(a[2]!);
    const node: XmlNode = { name: m[2], attrs, children: [] };
    stack.at(-1)!.children.push(node);
    if (!m[4]) stack.push(node);
  }
  return root;
}

export const elements = (node: XmlNode | undefined, name?: string): XmlNode[] =>
  (node?.children ?? []).filter((c): c is XmlNode => typeof c !== 'string' && (!name || c.name === name));

export const child = (node: XmlNode | undefined, name: string): XmlNode | undefined =>
  elements(node, name)[0];

/** The first descendant called `name`, depth first. */
export function find(node: XmlNode | undefined, name: string): XmlNode | undefined {
  for (const c of elements(node)) {
    if (c.name === name) return c;
    const deeper = find(c, name);
    if (deeper) return deeper;
  }
  return undefined;
}

export const attr = (node: XmlNode | undefined, name: string): string | undefined => node?.attrs[name];
export const numberAttr = (node: XmlNode | undefined, name: string): number | undefined => {
  const v = node?.attrs[name];
  return v === undefined ? undefined : Number(v);
};

/** A boolean property such as <w:b/> or <w:b w:val="false"/>. */
export const flag = (props: XmlNode | undefined, name: string): boolean | undefined => {
  const el = child(props, name);
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  return v === undefined || (v !== 'false' && v !== '0');
};
