/** The seed page's sample request, as parsed: written out by hand, an oracle independent of the parser. */
export const SEED_REQUEST = {
  GroupId: '@TGS#2C5SZEAEF',
  RecentContactFlag: 1,
  MsgList: [
    {
      From_Account: 'leckie',
      SendTime: 1620808101,
      Random: 8912345,
      MsgBody: [
        { MsgType: 'TIMTextElem', MsgContent: { Text: 'red packet' } },
        { MsgType: 'TIMFaceElem', MsgContent: { Index: 6, Data: 'abc\u0000\u0001' } },
      ],
    },
    {
      From_Account: 'peter',
      SendTime: 1620892821,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'red packet' } }],
    },
  ],
};
