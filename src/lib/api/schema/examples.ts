/**
 * Example values of every element, a message and a whole request. Plain data, no zod: the schema carries them in its
 * `.meta()` (examples, editor snippets), and the templates reuse them without pulling zod into the page's start-up.
 */

export const ELEMENT_EXAMPLES = {
  TIMTextElem: { MsgType: 'TIMTextElem', MsgContent: { Text: 'Hello, everyone' } },
  TIMFaceElem: { MsgType: 'TIMFaceElem', MsgContent: { Index: 6, Data: 'smile' } },
  TIMLocationElem: {
    MsgType: 'TIMLocationElem',
    MsgContent: { Desc: 'Shenzhen Bay', Latitude: 22.5163, Longitude: 113.9419 },
  },
  TIMCustomElem: {
    MsgType: 'TIMCustomElem',
    MsgContent: { Data: '{"type":"order","id":"A-1001"}', Desc: 'New order', Ext: '', Sound: '' },
  },
  TIMSoundElem: {
    MsgType: 'TIMSoundElem',
    MsgContent: {
      Url: 'https://example.com/voice/1.m4a',
      UUID: 'voice-1',
      Size: 62351,
      Second: 4,
      Download_Flag: 2,
    },
  },
  TIMImageElem: {
    MsgType: 'TIMImageElem',
    MsgContent: {
      UUID: 'image-1',
      ImageFormat: 1,
      ImageInfoArray: [
        { Type: 1, Size: 1853095, Width: 2448, Height: 3264, URL: 'https://example.com/img/1.jpg' },
        { Type: 2, Size: 8192, Width: 720, Height: 960, URL: 'https://example.com/img/1-large.jpg' },
        { Type: 3, Size: 1024, Width: 150, Height: 200, URL: 'https://example.com/img/1-thumb.jpg' },
      ],
    },
  },
  TIMFileElem: {
    MsgType: 'TIMFileElem',
    MsgContent: {
      Url: 'https://example.com/files/report.pdf',
      UUID: 'file-1',
      FileSize: 1773552,
      FileName: 'report.pdf',
      Download_Flag: 2,
    },
  },
  TIMVideoFileElem: {
    MsgType: 'TIMVideoFileElem',
    MsgContent: {
      VideoUrl: 'https://example.com/video/1.mp4',
      VideoUUID: 'video-1',
      VideoSize: 1194603,
      VideoSecond: 5,
      VideoFormat: 'mp4',
      VideoDownloadFlag: 2,
      ThumbUrl: 'https://example.com/video/1.jpg',
      ThumbUUID: 'video-thumb-1',
      ThumbSize: 13907,
      ThumbWidth: 720,
      ThumbHeight: 1280,
      ThumbFormat: 'JPG',
      ThumbDownloadFlag: 2,
    },
  },
} as const;

export type ElementExampleType = keyof typeof ELEMENT_EXAMPLES;

export const MESSAGE_EXAMPLE = {
  From_Account: 'leckie',
  SendTime: 1620808101,
  Random: 8912345,
  MsgBody: [ELEMENT_EXAMPLES.TIMTextElem],
} as const;

export const REQUEST_EXAMPLE = {
  GroupId: '@TGS#2C5SZEAEF',
  MsgList: [
    MESSAGE_EXAMPLE,
    { From_Account: 'peter', SendTime: 1620892821, Random: 5201314, MsgBody: [ELEMENT_EXAMPLES.TIMFaceElem] },
  ],
} as const;
