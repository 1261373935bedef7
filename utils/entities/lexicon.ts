// Small hand-written word lists (written for Gloss, no outside source): titles that
// precede names, words that end organization names, nationality adjectives, and the
// country aliases coreference needs. Large name lists (GeoNames places, first names)
// are not here: they ship inside the model file (see gazetteer.ts).

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Lowercased titles and roles that stand before a name and are kept out of its span. */
export const TITLES = words(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. fr fr.
  president vice-president minister prime premier chancellor secretary senator sen. sen
  governor gov. gov mayor king queen prince princess pope cardinal archbishop bishop sheikh
  emir sultan ayatollah imam rabbi general gen. gen colonel col. col lieutenant lt. major maj.
  captain capt. sergeant sgt. admiral adm. commander marshal judge justice ambassador
  envoy spokesman spokeswoman spokesperson chairman chairwoman chair chief director
  congressman congresswoman representative rep. rep deputy leader coach manager striker
  midfielder defender goalkeeper champion saint st. dictator crown chief-executive ceo
  foreign defence defense interior finance economy trade justice health
`);

/**
 * More titles, used for hints and title cutting only. Kept out of TITLES because the
 * shipped model was trained with TITLES as a feature: changing that list means
 * retraining.
 */
export const HINT_TITLES = words(`
  secretary-general director-general under-secretary attorney-general chief-of-staff
  commissioner chancellor-elect president-elect cmdr cmdr. cpl cpl. pvt pvt. det. supt supt. insp. sgt cpt cpt.
`);

/** Title words that may be followed by further title words ("Foreign Minister"). */
export const TITLE_MODIFIERS = words(`
  foreign defence defense interior finance economy trade justice health prime vice deputy
  former acting chief crown first grand supreme attorney
`);

/** Lowercased last words of organization names. */
export const ORG_KEYWORDS = words(`
  inc inc. corp corp. corporation co co. ltd ltd. plc llc ag gmbh sa nv bv group holdings
  company companies bank banks fund trust university college institute school academy
  council committee commission ministry department agency authority office bureau board
  party front movement union federation association alliance league organisation organization
  army navy force forces police guard brigade militia court parliament assembly congress senate
  club fc united city rovers wanderers athletic news times post journal press tv radio network
  airlines airways motors industries systems technologies church foundation society center centre
  exchange service services team
`);

/** Lowercased nationality and group adjectives (mostly MISC in CoNLL terms). */
export const DEMONYMS = words(`
  american british english french german italian spanish russian chinese japanese korean
  turkish syrian iranian iraqi israeli palestinian egyptian saudi lebanese jordanian afghan
  pakistani indian bangladeshi australian canadian mexican brazilian argentine argentinian
  dutch belgian swiss austrian swedish norwegian danish finnish polish czech slovak hungarian
  romanian bulgarian serbian croatian bosnian greek ukrainian belarusian georgian armenian
  kurdish arab arabic african european asian nigerian kenyan ethiopian south-african
  irish scottish welsh portuguese cuban colombian venezuelan chilean peruvian muslim christian
  jewish catholic islamic sunni shiite shia western eastern soviet yemeni libyan tunisian
  algerian moroccan sudanese somali vietnamese thai indonesian malaysian filipino
`);

/** Surface forms of a few countries that coreference folds into one canonical name. */
export const COUNTRY_ALIASES: ReadonlyMap<string, string> = new Map([
  ['us', 'United States'],
  ['u.s.', 'United States'],
  ['u.s', 'United States'],
  ['usa', 'United States'],
  ['u.s.a.', 'United States'],
  ['america', 'United States'],
  ['united states', 'United States'],
  ['united states of america', 'United States'],
  ['the united states', 'United States'],
  ['uk', 'United Kingdom'],
  ['u.k.', 'United Kingdom'],
  ['britain', 'United Kingdom'],
  ['great britain', 'United Kingdom'],
  ['united kingdom', 'United Kingdom'],
  ['uae', 'United Arab Emirates'],
  ['u.a.e.', 'United Arab Emirates'],
  ['united arab emirates', 'United Arab Emirates'],
  ['n. korea', 'North Korea'],
  ['north korea', 'North Korea'],
  ['s. korea', 'South Korea'],
  ['south korea', 'South Korea'],
  ['un', 'United Nations'],
  ['u.n.', 'United Nations'],
  ['united nations', 'United Nations'],
  ['eu', 'European Union'],
  ['e.u.', 'European Union'],
  ['european union', 'European Union'],
]);

/**
 * Extra place names the gazetteer packages lack or spell differently (country short
 * forms used in news). Added to the country list at training time.
 */
export const EXTRA_COUNTRIES = `United States|US|U.S.|USA|America|Britain|Great Britain|UK|U.K.|
England|Scotland|Wales|Northern Ireland|Russia|Syria|Iran|North Korea|South Korea|Taiwan|
Vatican|Palestine|Gaza|West Bank|Kosovo|Burma|Ivory Coast|Czech Republic|Holland|Congo|
Middle East|Gulf|Persian Gulf|Balkans|Caucasus|Europe|Asia|Africa|North America|South America|
Latin America|Central America|Antarctica|Australia|Oceania|Scandinavia|Siberia|Crimea|
Kurdistan|Chechnya|Tibet|Kashmir|Sahara|Mediterranean|Atlantic|Pacific|Baltic|Arctic|
Nur-Sultan|Astana|Kiev|Kyiv|Peking|Bombay|Calcutta|Madras|Saigon|Rangoon|Korea|N. Korea|
S. Korea|Hong Kong|Macau|Greenland|Puerto Rico|Bosnia|Herzegovina|Bosnia and Herzegovina`
  .split('|')
  .map((s) => s.trim())
  .filter(Boolean);

/** Lowercase words never treated as gazetteer entries on their own (too ambiguous). */
export const GAZ_STOPWORDS = words(`
  a an the of and or in on at to for by with from as is it he she we they i you
  this that these those his her its our their my your be was were has have had not no
  but if so do does did will would can could may might must shall should new old
  police city man mobile union victoria national university best hope opportunity
  march may june august university of
`);

/** Month names and their abbreviations, folded (a dotted one is read without its dot). */
export const MONTHS = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);
/** Weekday names and their abbreviations, folded (a dotted one is read without its dot). */
export const WEEKDAYS = words(`
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
`);
/** Month and weekday names: capitalized, often first names too ("April", "May"), never PER. */
export const CALENDAR: ReadonlySet<string> = new Set([
  ...MONTHS,
  ...'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
]);

/**
 * Well-known organizations that news mentions without any cue word (international
 * bodies, agencies, armed groups, parties, large companies, media). Hand-written for
 * Gloss; it complements the cue words above, it does not try to be complete.
 */
export const KNOWN_ORGS = `United Nations|UN|U.N.|UNESCO|UNICEF|UNHCR|World Health Organization|WHO|
World Bank|International Monetary Fund|IMF|World Trade Organization|WTO|NATO|European Union|EU|
European Commission|European Parliament|European Central Bank|ECB|Council of Europe|OSCE|OPEC|
African Union|Arab League|ASEAN|G7|G20|Red Cross|International Committee of the Red Cross|
Amnesty International|Human Rights Watch|Greenpeace|Doctors Without Borders|Interpol|Europol|
International Criminal Court|International Atomic Energy Agency|IAEA|Security Council|
UN Security Council|Federal Reserve|Fed|Bank of England|Bundesbank|Supreme Court|Congress|
Senate|House of Representatives|Pentagon|White House|Kremlin|State Department|CIA|FBI|NSA|
NASA|EPA|FDA|CDC|Justice Department|Home Office|Foreign Office|Downing Street|Elysee|
Knesset|Duma|Bundestag|Parliament|Hamas|Hezbollah|Hizbollah|Taliban|al-Qaeda|al Qaeda|Al-Qaeda|
Islamic State|ISIS|ISIL|Daesh|Al-Nusra Front|Nusra Front|Jabhat al-Nusra|Hayat Tahrir al-Sham|
Boko Haram|Al-Shabaab|al-Shabab|Muslim Brotherhood|Free Syrian Army|Syrian Democratic Forces|
Kurdistan Workers' Party|PKK|YPG|IRA|ETA|FARC|Fatah|PLO|Houthis|Wagner Group|
Democratic Party|Republican Party|Labour Party|Conservative Party|Liberal Democrats|
Christian Democratic Union|CDU|SPD|Social Democratic Party|Communist Party|ANC|BJP|
Congress Party|United Russia|Likud|AKP|Sinn Fein|Reuters|Associated Press|AP|AFP|
Agence France-Presse|BBC|CNN|Fox News|Al Jazeera|New York Times|Washington Post|
Wall Street Journal|Financial Times|Guardian|Bloomberg|TASS|Interfax|RIA Novosti|Xinhua|
Apple|Google|Alphabet|Microsoft|Amazon|Meta|Facebook|Twitter|Tesla|Samsung|Toyota|
Volkswagen|Gazprom|Rosneft|Aramco|Saudi Aramco|ExxonMobil|Exxon|Shell|BP|Boeing|Airbus|
Goldman Sachs|JPMorgan|Morgan Stanley|Citigroup|HSBC|Barclays|Deutsche Bank|IBM|Intel|
Huawei|Alibaba|Tencent|Sony|Nissan|Honda|General Motors|Ford|Siemens|Nestle|Pfizer|
Moderna|Novartis|FIFA|UEFA|IOC|International Olympic Committee|NBA|NFL|NHL|MLB|Formula One`
  .split('|')
  .map((s) => s.trim())
  .filter(Boolean);
