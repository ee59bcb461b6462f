package gen

// langSpec is the word material of one language as written in the lang_*.go
// files: compact strings that compile (lang_compile.go) into ready pieces,
// each with its ASCII slug, so that generating a record only copies bytes.
//
// Templates name the parts of an organization's name in braces:
//
//	{T} the type word (Verein, biedrība), {P} the topic phrase of the name, {C} the city, {A} the city in the
//	    attributive or genitive form (Rīgas, Budapesti)
//	{B} a brand (an adjective and a noun: Zaļā brīvība), {Q} the same in the
//	    language's quotation marks, {E} an eponym (a person's name)
//	{D} the department word of a municipality, {S} the legal-form suffix
//	    (added at the end when a template does not place it)
//
// A name always starts with a capital letter, whatever comes first.
//
// Description frames use {p} (the topic in running text), {a} an activity,
// {g} a group of people, {l} the city with its preposition ("in Köln", "w
// Krakowie") and {y} a year.
type langSpec struct {
	code     string    // ISO 639-1
	in       string    // preposition before a city when the city has no explicit locative
	quote    [2]string // quotation marks around a brand
	attr     bool      // names start with the place in the genitive (Rīgas vides biedrība)
	adjAfter bool      // a brand's adjective follows its noun (Viitorul Verde)
	title    bool      // topic phrases are title-cased in names; descriptions lower-case them
	dept     string    // department of a municipality (Amt, nodaļa)
	famFirst bool      // people are named family name first (Kovács János)
	hyphen   bool      // a compound whose parts meet on the same vowel takes a hyphen (kuluttaja-alalla)

	// types are "kind|word|suffix|flags": a vocab org_kind, the type word,
	// the legal-form suffix with its leading separator, and which templates
	// the type takes: t topic, b brand, e eponym.
	types []string
	// civil, public and company override the default templates of their kinds.
	civil, public, company []string

	topics [nTopics]string // "name phrase" or "name phrase|phrase in running text"
	// and joins two topics in a name (für Umweltschutz und Klimaschutz): the
	// conjunction, then "prefix>replacement" rules that turn a topic phrase into
	// the second member of the pair (the first matching rule applies). Nil
	// when the language does not pair topics.
	and    []string
	adjs   []string // brand adjectives: "m|f|n", "m|f" or one form for every gender
	nouns  []string // brand nouns: "noun|g", g one of m f n
	male   []string // given names
	female []string
	family []string // family names: "masculine|feminine" or one form

	frames []string // description sentences; the first two use {p}
	acts   []string // activities, most frequent first
	groups []string // groups of people, most frequent first
	email  string   // local part of an organization's e-mail address (info, kontakt)
}

// nTopics is the number of topic concepts every language names, in the order
// of topicCodes.
const nTopics = 20

// topicCodes gives each topic concept its vocab topic codes: the first is the
// organization's main topic, a second one is added too.
var topicCodes = [nTopics][]string{
	{"environment_climate"},           // environmental protection
	{"environment_climate", "energy"}, // climate action
	{"education_youth_sport"},         // youth
	{"consumers_health"},              // public health
	{"culture_media"},                 // culture and the arts
	{"justice_fundamental_rights"},    // human rights
	{"agriculture"},                   // agriculture, farmers
	{"transport"},                     // cycling
	{"justice_fundamental_rights", "employment_social_affairs"}, // women's rights
	{"justice_fundamental_rights"},                              // democracy
	{"education_youth_sport"},                                   // education
	{"employment_social_affairs"},                               // social inclusion
	{"environment_climate", "agriculture"},                      // animal welfare
	{"culture_media", "regional_development"},                   // cultural heritage
	{"consumers_health"},                                        // consumer protection
	{"migration_asylum"},                                        // refugees and migrants
	{"employment_social_affairs"},                               // disability rights
	{"regional_development", "agriculture"},                     // rural development
	{"energy", "environment_climate"},                           // renewable energy
	{"research", "education_youth_sport"},                       // science and research
}

// defaultCivil are the civil-society templates of languages that put the type
// word first (Verein für Umweltschutz Köln e.V.).
var defaultCivil = []string{
	"{T} {P} {C}", "{T} {Q}", "{T} {P} {Q}", "{T} {Q} {C}", "{T} {P} {Q} {C}", "{T} {E}",
}

// defaultPublic are the templates of municipalities and their departments.
var defaultPublic = []string{"{T} {C}", "{T} {C} – {D} {P}"}

// defaultCompany are the templates of companies: a brand and a legal form.
var defaultCompany = []string{"{B}{S}", "{B} {C}{S}"}

// attrCivil, attrPublic are the defaults of languages that start a name with
// the place in the genitive (Rīgas vides biedrība, Vilniaus savivaldybė).
var (
	attrCivil  = []string{"{A} {P} {T}", "{T} {Q}", "{A} {P} {T} {Q}", "{A} {T} {Q}", "{P} {T} {Q}", "{T} {E}"}
	attrPublic = []string{"{A} {T}", "{A} {T} – {P} {D}"}
)
