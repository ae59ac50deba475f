// 草稿: a preview is marked on every page so that nobody takes it for the document issued. The
// mark is Word's own watermark — a VML text shape in the page header, grey, turned 45 degrees,
// behind the text — which Word, WPS and LibreOffice all draw; the docx library cannot write
// VML, so the header carries a placeholder run that finishDocx replaces.
import { AlignmentType, Header, Paragraph, TextRun } from 'docx';
import { FONT } from './layout.ts';

export const DRAFT_TEXT = '草稿';
/** the header's words: a preview has no number and binds nobody until issued */
export const DRAFT_NOTE = `${DRAFT_TEXT}（预览，未编号，未签发）`;
const PLACEHOLDER = 'JianduDraftMark';

/** the page header: the mark's placeholder, and the same word as text, which a reader can search for */
export const draftHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun(PLACEHOLDER),
          new TextRun({
            text: DRAFT_NOTE,
            color: '808080',
            size: 24,
            font: { ascii: FONT.h1, hAnsi: FONT.h1, eastAsia: FONT.h1 },
          }),
        ],
      }),
    ],
  });

/** the watermark shape; the id is the one Word gives watermarks, by which LibreOffice knows it */
const shape = `<w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype><v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:360pt;height:180pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#c0c0c0" stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;Noto Serif CJK SC&quot;;font-size:1pt" string="${DRAFT_TEXT}"/></v:shape></w:pict></w:r>`;

/** a header part with the placeholder run replaced by the mark; other parts pass unchanged */
export function drawDraftMark(xml: string): string {
  return xml.replace(new RegExp(`<w:r>(?:(?!<w:r>).)*?${PLACEHOLDER}</w:t></w:r>`), shape);
}
