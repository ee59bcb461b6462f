package directory

// Header synonyms: for each field, the column names people write for it in
// English, the five UI languages (Bulgarian, Romanian, Latvian, Slovenian) and
// a few neighbours. They are compared after fold.Key, so case, diacritics,
// punctuation and the Cyrillic script do not matter ("E-pošta" and "e posta"
// meet, "Държава" folds to "darzhava"). The canonical field name, which the
// export writes, is always recognised too.

// orgSynonyms are the header names of organization fields.
var orgSynonyms = map[string][]string{
	"name": {"name", "organization", "organisation", "organization name", "organisation name", "org name",
		"legal name", "naziv", "naziv organizacije", "ime", "ime organizacije", "nume", "denumire", "denumirea",
		"nume organizatie", "denumire organizatie", "nosaukums", "organizācijas nosaukums", "име",
		"наименование", "име на организацията", "организация", "název", "název organizace", "nazwa",
		"nom", "nombre", "nome", "naam", "bezeichnung"},
	"name_lang":   {"name language", "language of name", "jezik imena", "limba denumirii", "nosaukuma valoda", "език на името"},
	"other_names": {"other names", "alternative names", "aliases", "also known as", "aka", "druga imena", "alte denumiri", "citi nosaukumi", "други имена"},
	"description": {"description", "about", "summary", "opis", "descriere", "apraksts", "описание", "beschreibung", "popis"},
	"country":     countrySynonyms,
	"region": {"region", "nuts", "nuts code", "nuts region", "nuts 2", "nuts 3", "nuts2", "nuts3", "regija", "regiune",
		"reģions", "регион", "област"},
	"city": {"city", "town", "locality", "mesto", "grad", "kraj", "oraș", "localitate", "localitatea", "pilsēta", "град",
		"населено място", "ort", "stadt", "ville", "ciudad", "città", "miasto", "město"},
	"level":  {"level", "scope", "raven", "nivel", "nivelul", "līmenis", "ниво", "равнище"},
	"sector": {"sector", "sektor", "sektors", "сектор", "secteur"},
	"kind": {"kind", "type", "organization type", "organisation type", "type of organization", "kind of organization",
		"vrsta", "vrsta organizacije", "tip", "tip organizație", "tipul organizației", "veids", "organizācijas veids",
		"вид", "тип", "вид организация"},
	"functions": {"functions", "function", "funkcije", "funkcija", "funcții", "funcție", "funkcijas", "функции", "функция"},
	"topics": {"topics", "topic", "themes", "theme", "policy areas", "teme", "tema", "subiecte", "domenii", "tēmas",
		"tēma", "теми", "тема"},
	"languages": {"languages", "language", "working languages", "jeziki", "jezik", "delovni jeziki", "limbi", "limbă",
		"limbi de lucru", "valodas", "valoda", "darba valodas", "езици", "език", "работни езици"},
	"members": {"members", "number of members", "membership", "člani", "število članov", "membri", "număr de membri",
		"biedri", "biedru skaits", "членове", "брой членове", "mitglieder"},
	"audience": {"audience", "reach", "followers", "občinstvo", "doseg", "sledilci", "audiență", "auditorija",
		"sekotāji", "аудитория", "публика", "последователи"},
	"website":         websiteSynonyms,
	"email":           emailSynonyms,
	"phone":           phoneSynonyms,
	"transparency_id": {"transparency register id", "transparency register", "transparency register number", "transparency id", "eu transparency register", "tr id", "register id", "register za preglednost", "registrul de transparență", "pārredzamības reģistrs", "регистър за прозрачност"},
	"pic":             {"pic", "pic code", "pic number", "participant identification code"},
	"national_id": {"national id", "registration number", "national registration number", "company number",
		"registry number", "matična številka", "cod fiscal", "cui", "cif", "reģistrācijas numurs", "reģ nr", "еик",
		"булстат", "еик булстат", "ičo"},
	"source": sourceSynonyms,
}

// personSynonyms are the header names of person fields. "full_name" is not a
// field of Person: its cells are split into given and family name.
var personSynonyms = map[string][]string{
	"given_name": {"given name", "first name", "firstname", "forename", "ime", "prenume", "vārds", "име",
		"собствено име", "vorname", "prénom"},
	"family_name": {"family name", "last name", "lastname", "surname", "priimek", "nume", "nume de familie",
		"uzvārds", "фамилия", "фамилно име", "nachname", "nom de famille"},
	"full_name": {"name", "full name", "ime in priimek", "nume complet", "numele complet", "vārds uzvārds",
		"име и фамилия"},
	"kind":      {"kind", "type", "category", "vrsta", "tip", "categorie", "veids", "вид", "категория"},
	"country":   countrySynonyms,
	"languages": {"languages", "language", "jeziki", "jezik", "limbi", "limbă", "valodas", "valoda", "езици", "език"},
	"email":     emailSynonyms,
	"phone":     phoneSynonyms,
	"website":   websiteSynonyms,
	"social": {"social", "twitter", "x", "social media", "mastodon", "bluesky", "družbena omrežja", "rețele sociale",
		"sociālie tīkli", "социални мрежи"},
	"political_group": {"political group", "group", "eugroup", "eu group", "ep group", "parliamentary group",
		"poslanska skupina", "politična skupina", "grup politic", "grupul politic", "politiskā grupa", "frakcija",
		"политическа група", "група"},
	"party": {"party", "political party", "national party", "stranka", "politična stranka", "partid", "partidul",
		"partija", "politiskā partija", "партия"},
	"external_id":    {"external id", "epid", "ep id", "mep id", "identifier"},
	"consent_basis":  {"consent basis", "legal basis", "consent", "pravna podlaga", "temei legal", "tiesiskais pamats", "правно основание"},
	"consent_date":   {"consent date", "date of consent", "datum privolitve", "data consimțământului", "piekrišanas datums", "дата на съгласие"},
	"consent_source": {"consent source", "source of consent", "vir privolitve", "sursa consimțământului", "piekrišanas avots", "източник на съгласие"},
	"consent_note":   {"consent note", "opomba o privolitvi", "notă consimțământ", "piekrišanas piezīme", "бележка за съгласие"},
	"organization": {"organization", "organisation", "company", "employer", "organizacija", "organizație", "organizācija",
		"организация"},
	"role":   {"role", "position", "job title", "title", "vloga", "delovno mesto", "rol", "poziție", "amats", "loma", "длъжност", "роля"},
	"source": sourceSynonyms,
}

var (
	websiteSynonyms = []string{"website", "web site", "web", "url", "homepage", "home page", "www", "site", "site web",
		"spletna stran", "spletišče", "pagina web", "tīmekļa vietne", "mājaslapa", "mājas lapa", "уебсайт",
		"уеб сайт", "сайт", "интернет страница", "webseite"}
	emailSynonyms = []string{"email", "e-mail", "mail", "email address", "e-mail address", "e-pošta",
		"elektronska pošta", "e-poštni naslov", "adresă de email", "adresa de e-mail", "e-pasts", "e-pasta adrese",
		"имейл", "електронна поща", "е-поща", "и-мейл"}
	phoneSynonyms = []string{"phone", "telephone", "tel", "phone number", "mobile", "telefon", "telefonska številka",
		"număr de telefon", "telefons", "tālrunis", "телефон"}
	countrySynonyms = []string{"country", "country code", "država", "țară", "țara", "valsts", "държава", "страна",
		"land", "pays", "país", "paese", "stát"}
	sourceSynonyms = []string{"source", "vir", "sursa", "sursă", "avots", "източник", "quelle"}
)
