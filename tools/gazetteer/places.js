// The gazetteer's places as the name and word scripts compare them: every place name and alias of gazetteer.tsv
// (so demonyms too), accents and the letters Unicode does not decompose folded to ASCII, lower-cased.
// Shared by build-names.js (a name list never claims "Jordan" or "Chester") and build-words.js (the place marker
// of english-words.txt), so that both leave out exactly the same places.
'use strict';
const fs = require('fs');

// Letters that Unicode does not decompose into a base letter and a mark; news prose often drops them ("Lukasz").
const UNDECOMPOSED = { 'ł': 'l', 'Ł': 'L', 'ı': 'i', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ß': 'ss', 'æ': 'ae', 'Æ': 'Ae' };
const ascii = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁıøØđĐßæÆ]/g, (c) => UNDECOMPOSED[c]).normalize('NFC');

function gazetteerPlaces(gazetteerFile) {
  const places = new Set();
  for (const line of fs.readFileSync(gazetteerFile, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    const fields = line.split('\t');
    for (const name of [fields[1]].concat(fields[3] ? fields[3].split('|') : [])) {
      if (name) places.add(ascii(name).toLowerCase());
    }
  }
  return places;
}

module.exports = { ascii, gazetteerPlaces };
