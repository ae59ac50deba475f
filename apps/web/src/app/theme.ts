// The antd theme: the brand blue, and text colours that read at WCAG AA (4.5:1) where antd's
// defaults are lighter — links, secondary text, placeholders and the text of coloured tags
// ("no data" notes are in styles.css).
import type { ThemeConfig } from 'antd';

// a tag's text on its light fill: the first shade of each palette that reaches 4.5:1
const TAG_TEXT = {
  red7: '#a8071a',
  volcano7: '#ad2102',
  orange7: '#ad4e00',
  gold7: '#874d00',
  yellow7: '#876800',
  lime7: '#3f6600',
  green7: '#237804',
  cyan7: '#006d75',
  blue7: '#003eb3',
  magenta7: '#9e1068',
  // the status tags (success, processing, error, warning)
  colorSuccess: '#237804',
  colorInfo: '#003eb3',
  colorError: '#a8071a',
  colorWarning: '#874d00',
};

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f4e8c',
    colorLink: '#1f4e8c',
    borderRadius: 6,
    // antd's 0.45 gives 3.4:1 on white (descriptions' labels, secondary text, counts)
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: '#757575',
  },
  components: { Tag: TAG_TEXT },
};
