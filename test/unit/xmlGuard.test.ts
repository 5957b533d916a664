import { describe, expect, it } from 'vitest';
import { assertNoXmlDeclarations } from '../../src/main/imports/safety/xmlGuard';

const refused = (text: string, before = '') => {
  try {
    assertNoXmlDeclarations(text, 'a.xlsx', 'xl/worksheets/sheet1.xml', before);
    return false;
  } catch (e) {
    return (e as { code?: string }).code === 'XML_ENTITIES';
  }
};

describe('assertNoXmlDeclarations', () => {
  it('refuses a DOCTYPE or an ENTITY declaration in any case, anywhere in the text', () => {
    expect(refused('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><worksheet/>')).toBe(true);
    expect(refused('<worksheet><sheetData/></worksheet><!entity x "y">')).toBe(true);
    expect(refused(`${'<c r="A1"><v>1</v></c>'.repeat(5000)}<!DocType x>`)).toBe(true);
  });

  it('lets comments, CDATA and ordinary markup through', () => {
    expect(
      refused('<worksheet><!-- made by hand --><sheetData><![CDATA[<x>]]></sheetData></worksheet>'),
    ).toBe(false);
    expect(refused('<c r="A1" t="inlineStr"><is><t>&lt;!DOCTYPE is text here</t></is></c>')).toBe(false);
    expect(refused('<!')).toBe(false);
  });

  it('sees a declaration cut in two between streamed chunks, wherever the cut falls', () => {
    const xml = '<c r="B2"><v>0.8</v></c><!DOCTYPE x [<!ENTITY e "e">]><c/>';
    const at = xml.indexOf('<!DOCTYPE');
    for (let cut = at - 3; cut <= at + 9; cut++) {
      const first = xml.slice(0, cut);
      const second = xml.slice(cut).replace(/<!ENTITY[^>]*>/, ''); // only the cut DOCTYPE left to find
      const seen = refused(first) || refused(second, first.slice(-16));
      expect(seen, `cut at ${cut}`).toBe(true);
    }
  });
});
