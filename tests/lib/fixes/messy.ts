/** Requests with fixable mistakes, shared by the fix UI's tests. */
export const NOW = 1_700_000_000;

/** SendTimes in milliseconds and out of order once converted, comments, a trailing comma. */
export const MESSY = `{
  // exported from the old chat
  "GroupId": "@TGS#2C5SZEAEF",
  "MsgList": [
    {
      "From_Account": "amy",
      "SendTime": 1620808102000, // milliseconds
      "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "second" } }],
    },
    {
      "From_Account": "bob",
      "SendTime": 1620808101000,
      "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "first" } }]
    }
  ]
}`;

/** One mistake of each of several kinds, none depending on another. */
export const MIXED = `{
  "GroupId": "@TGS#2C5SZEAEF",
  "MsgList": [
    {
      "From_Account": "amy",
      "SendTime": 1620808101000,
      "Random": 7,
      "MsgBody": [{ "MsgType": "TIMFaceElem", "MsgContent": { "Index": "3", "Data": "smile" } }]
    },
    {
      "From_Acount": "bob",
      "SendTime": 1620808102,
      "Random": 7,
      "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "hi" } }], /* note */
    }
  ]
}`;
