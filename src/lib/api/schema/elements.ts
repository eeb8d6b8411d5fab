import { z } from 'zod';
import { ELEMENT_EXAMPLES } from './examples';
import { documented, downloadFlag, nonNegativeInt } from './fields';
import { GROUP_IMPORT_MSG_TYPES, type MsgType } from './msg-types';

export { GROUP_IMPORT_MSG_TYPES, OTHER_MSG_TYPES, MSG_TYPES, type MsgType } from './msg-types';

const str = (description: string, examples?: string[]) => documented(z.string(), { description, examples });
const int = (description: string, examples?: number[]) =>
  documented(nonNegativeInt(), { description, examples });

function element<T extends MsgType, S extends z.ZodRawShape>(msgType: T, description: string, content: S) {
  const example = ELEMENT_EXAMPLES[msgType];
  return z
    .strictObject({
      MsgType: documented(z.literal(msgType), { description: `Element type: \`${msgType}\`.` }),
      MsgContent: documented(z.strictObject(content), { description, examples: [example.MsgContent] }),
    })
    .meta({
      title: msgType,
      description,
      markdownDescription: `**${msgType}**: ${description}`,
      examples: [example],
      defaultSnippets: [{ label: msgType, description, body: example }],
      documentedForGroupImport: (GROUP_IMPORT_MSG_TYPES as readonly string[]).includes(msgType),
    });
}

export const TextElemSchema = element('TIMTextElem', 'A text message.', {
  Text: str('The message text. Counts toward the message size by its UTF-8 bytes.', ['red packet']),
});

export const FaceElemSchema = element(
  'TIMFaceElem',
  'An emoji (face) message; the app defines what the index means.',
  {
    Index: int('App-defined emoji index.', [6]),
    Data: str('Extra data for the emoji, app-defined.', ['abc']).optional(),
  },
);

export const LocationElemSchema = element('TIMLocationElem', 'A location message.', {
  Desc: str('Description of the place.', ['Shenzhen Bay']),
  Latitude: documented(
    z
      .number({ error: 'must be a number' })
      .min(-90, { error: 'must be between -90 and 90 (degrees)' })
      .max(90, { error: 'must be between -90 and 90 (degrees)' }),
    { description: 'Latitude in degrees, -90 to 90.', examples: [22.5163] },
  ),
  Longitude: documented(
    z
      .number({ error: 'must be a number' })
      .min(-180, { error: 'must be between -180 and 180 (degrees)' })
      .max(180, { error: 'must be between -180 and 180 (degrees)' }),
    { description: 'Longitude in degrees, -180 to 180.', examples: [113.9419] },
  ),
});

export const CustomElemSchema = element(
  'TIMCustomElem',
  'A custom message: an app-defined payload. At most one per message.',
  {
    Data: str('The payload, often a JSON string of your own format.', ['{"type":"order"}']),
    Desc: str('Text shown in offline push notifications.').optional(),
    Ext: str('Extension field carried to APNs pushes as `ext`.').optional(),
    Sound: str('Custom APNs push sound.').optional(),
  },
);

export const SoundElemSchema = element('TIMSoundElem', 'A voice message stored at a URL.', {
  Url: str('Download URL of the audio file.'),
  UUID: str('Unique ID of the audio.'),
  Size: int('Size of the audio file, in bytes.').optional(),
  Second: int('Length of the audio, in seconds.').optional(),
  Download_Flag: documented(downloadFlag(), { description: 'Must be 2: download from `Url`.' }),
});

const imageInfo = z
  .strictObject({
    Type: documented(
      z.union([z.literal(1), z.literal(2), z.literal(3)], {
        error: 'must be 1 (original), 2 (large) or 3 (thumbnail)',
      }),
      { description: 'Which image this is: 1 original, 2 large, 3 thumbnail.' },
    ),
    Size: int('Image size in bytes.').optional(),
    Width: int('Width in pixels.'),
    Height: int('Height in pixels.'),
    URL: str('Download URL of this image.'),
  })
  .meta({ description: 'One size of the image.' });

export const ImageElemSchema = element('TIMImageElem', 'An image message, in up to three sizes.', {
  UUID: str('Unique ID of the image.'),
  ImageFormat: documented(
    z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(255)], {
      error: 'must be 1 (JPG), 2 (GIF), 3 (PNG), 4 (BMP) or 255 (other)',
    }),
    { description: 'Image format: 1 JPG, 2 GIF, 3 PNG, 4 BMP, 255 other.' },
  ).optional(),
  ImageInfoArray: documented(z.array(imageInfo).min(1, { error: 'needs at least one image' }), {
    description: 'The original, large and thumbnail images.',
  }),
});

export const FileElemSchema = element('TIMFileElem', 'A file message stored at a URL.', {
  Url: str('Download URL of the file.'),
  UUID: str('Unique ID of the file.'),
  FileSize: int('File size in bytes.').optional(),
  FileName: str('File name shown to users.').optional(),
  Download_Flag: documented(downloadFlag(), { description: 'Must be 2: download from `Url`.' }),
});

export const VideoFileElemSchema = element('TIMVideoFileElem', 'A video message with its thumbnail.', {
  VideoUrl: str('Download URL of the video.'),
  VideoUUID: str('Unique ID of the video.'),
  VideoSize: int('Video size in bytes.').optional(),
  VideoSecond: int('Length in seconds.').optional(),
  VideoFormat: str('Container format, e.g. mp4.').optional(),
  VideoDownloadFlag: documented(downloadFlag(), { description: 'Must be 2: download from `VideoUrl`.' }),
  ThumbUrl: str('Download URL of the thumbnail.'),
  ThumbUUID: str('Unique ID of the thumbnail.'),
  ThumbSize: int('Thumbnail size in bytes.').optional(),
  // Required by the message-format page ("必须填入 … 字段"), like the URLs, UUIDs and flags (TENCENT-IM §2).
  ThumbWidth: int('Thumbnail width in pixels.'),
  ThumbHeight: int('Thumbnail height in pixels.'),
  ThumbFormat: str('Thumbnail format, e.g. JPG.').optional(),
  ThumbDownloadFlag: documented(downloadFlag(), { description: 'Must be 2: download from `ThumbUrl`.' }),
});

export const ELEMENT_SCHEMAS = {
  TIMTextElem: TextElemSchema,
  TIMFaceElem: FaceElemSchema,
  TIMLocationElem: LocationElemSchema,
  TIMCustomElem: CustomElemSchema,
  TIMSoundElem: SoundElemSchema,
  TIMImageElem: ImageElemSchema,
  TIMFileElem: FileElemSchema,
  TIMVideoFileElem: VideoFileElemSchema,
} as const;

export const MsgElementSchema = z
  .discriminatedUnion('MsgType', [
    TextElemSchema,
    FaceElemSchema,
    LocationElemSchema,
    CustomElemSchema,
    SoundElemSchema,
    ImageElemSchema,
    FileElemSchema,
    VideoFileElemSchema,
  ])
  .meta({
    title: 'TIMMsgElement',
    description: 'One element of a message: a MsgType and its MsgContent.',
    markdownDescription:
      'One element of a message: `MsgType` and its `MsgContent`. Group import documents `TIMTextElem`, ' +
      '`TIMFaceElem`, `TIMLocationElem` and `TIMCustomElem`.',
  });

export type MsgElement = z.infer<typeof MsgElementSchema>;
