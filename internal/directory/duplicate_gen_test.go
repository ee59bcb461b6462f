package directory

import "strings"

// genLang is what the synthetic directory knows of one language: legal forms,
// common words of organization names (topics, kinds), connecting words, cities,
// and the letters of invented proper names. Lists are separated by "|".
type genLang struct {
	countries, forms, words, links, cities string
	cons, vows                             string // letters of invented names
	latin                                  bool   // whether the script is Latin
}

// genLangs covers the 27 member states in their languages, with their own
// scripts and diacritics.
var genLangs = []genLang{
	{"DE|AT|LU", "e.V.|gGmbH|Stiftung", "Umwelt|Jugend|Kultur|Frauen|Bildung|Klimaschutz|Netzwerk|Initiative|Bündnis|Naturschutz", "für|und", "Berlin|München|Wien|Köln|Graz", "bdgklmnprstwzß", "aeiouäöü", true},
	{"FR|BE|LU", "asbl|Association|Fondation", "Environnement|Jeunesse|Culture|Femmes|Éducation|Climat|Réseau|Solidarité|Santé|Citoyens", "pour la|de la|des", "Paris|Lyon|Liège|Marseille|Namur", "bcdfglmnprstvç", "aeiouéèâ", true},
	{"NL|BE", "vzw|Stichting|Vereniging", "Milieu|Jongeren|Cultuur|Vrouwen|Onderwijs|Klimaat|Netwerk|Natuur|Gezondheid|Burgers", "voor|van de", "Amsterdam|Utrecht|Gent|Antwerpen|Rotterdam", "bdghklmnprstvwz", "aeiou", true},
	{"IE|MT", "Ltd|Foundation|Association", "Environment|Youth|Culture|Women|Education|Climate|Network|Rights|Community|Heritage", "for|of the", "Dublin|Cork|Valletta|Galway|Sliema", "bcdfghklmnprstvw", "aeiou", true},
	{"BG", "Сдружение|Фондация|ЕООД", "Околна среда|Младежи|Култура|Жени|Образование|Климат|Мрежа|Природа|Граждани|Здраве", "за|на", "София|Пловдив|Варна|Бургас|Русе", "бвгдзклмнпрстчшжц", "аеиоуъ", false},
	{"RO", "Asociația|Fundația|SRL", "Mediu|Tineret|Cultură|Femei|Educație|Climă|Rețea|Natură|Sănătate|Cetățeni", "pentru|din", "București|Cluj|Iași|Timișoara|Brașov", "bcdfglmnprsștțvz", "aeiouăâî", true},
	{"LV", "biedrība|nodibinājums|SIA", "Vide|Jaunatne|Kultūra|Sievietes|Izglītība|Klimats|Tīkls|Daba|Veselība|Pilsoņi", "par|un", "Rīga|Daugavpils|Liepāja|Jelgava|Ventspils", "bdgkļlmnņprsštvzž", "aeiouāēīū", true},
	{"SI", "društvo|zavod|ustanova", "Okolje|Mladi|Kultura|Ženske|Izobraževanje|Podnebje|Mreža|Narava|Zdravje|Državljani", "za|in", "Ljubljana|Maribor|Celje|Koper|Kranj", "bcčdgklmnprsštvzž", "aeiou", true},
	{"HR", "udruga|ustanova|d.o.o.", "Okoliš|Mladi|Kultura|Žene|Obrazovanje|Klima|Mreža|Priroda|Zdravlje|Građani", "za|i", "Zagreb|Split|Rijeka|Osijek|Zadar", "bcčćdđgklmnprsštvzž", "aeiou", true},
	{"CZ", "z.s.|o.p.s.|nadace", "Životní prostředí|Mládež|Kultura|Ženy|Vzdělávání|Klima|Síť|Příroda|Zdraví|Občané", "pro|a", "Praha|Brno|Ostrava|Plzeň|Olomouc", "bcčdďhklmnňprřsštvzž", "aeiouáéíůý", true},
	{"SK", "o.z.|nadácia|s.r.o.", "Životné prostredie|Mládež|Kultúra|Ženy|Vzdelávanie|Klíma|Sieť|Príroda|Zdravie|Občania", "pre|a", "Bratislava|Košice|Prešov|Žilina|Nitra", "bcčdďhklľmnňprsštvzž", "aeiouáéíóú", true},
	{"PL", "Fundacja|Stowarzyszenie|sp. z o.o.", "Środowisko|Młodzież|Kultura|Kobiety|Edukacja|Klimat|Sieć|Przyroda|Zdrowie|Obywatele", "dla|na rzecz", "Warszawa|Kraków|Łódź|Wrocław|Gdańsk", "bcćdgklłmnńprsśtwzźż", "aeiouóąę", true},
	{"HU", "Egyesület|Alapítvány|Kft.", "Környezet|Ifjúság|Kultúra|Nők|Oktatás|Klíma|Hálózat|Természet|Egészség|Polgárok", "a|az", "Budapest|Debrecen|Szeged|Pécs|Győr", "bcdfghklmnprstvz", "aeiouáéóöőüű", true},
	{"IT", "APS|ODV|Fondazione|Associazione", "Ambiente|Giovani|Cultura|Donne|Educazione|Clima|Rete|Natura|Salute|Cittadini", "per la|di", "Roma|Milano|Napoli|Torino|Bologna", "bcdfglmnprstvz", "aeiouàèò", true},
	{"ES", "Asociación|Fundación|SL", "Medio Ambiente|Juventud|Cultura|Mujeres|Educación|Clima|Red|Naturaleza|Salud|Ciudadanos", "para la|de", "Madrid|Barcelona|Valencia|Sevilla|Bilbao", "bcdfglmnñprstvz", "aeiouáéíó", true},
	{"PT", "Associação|Fundação|Lda.", "Ambiente|Juventude|Cultura|Mulheres|Educação|Clima|Rede|Natureza|Saúde|Cidadãos", "para a|de", "Lisboa|Porto|Braga|Coimbra|Faro", "bcçdfglmnprstvz", "aeiouãõáé", true},
	{"GR|CY", "Σωματείο|ΑΜΚΕ|ΙΚΕ", "Περιβάλλον|Νεολαία|Πολιτισμός|Γυναίκες|Εκπαίδευση|Κλίμα|Δίκτυο|Φύση|Υγεία|Πολίτες", "για το|της", "Αθήνα|Θεσσαλονίκη|Πάτρα|Λευκωσία|Ηράκλειο", "βγδζθκλμνπρστφχ", "αεηιοωάέί", false},
	{"DK", "Foreningen|forening", "Miljø|Unge|Kultur|Kvinder|Uddannelse|Klima|Netværk|Natur|Sundhed|Borgere", "for|og", "København|Aarhus|Odense|Aalborg|Esbjerg", "bdfgklmnprstv", "aeiouæøå", true},
	{"SE", "Föreningen|AB", "Miljö|Unga|Kultur|Kvinnor|Utbildning|Klimat|Nätverk|Natur|Hälsa|Medborgare", "för|och", "Stockholm|Göteborg|Malmö|Uppsala|Lund", "bdfgklmnprstv", "aeiouåäö", true},
	{"FI", "ry|Oy", "Ympäristö|Nuoret|Kulttuuri|Naiset|Koulutus|Ilmasto|Verkosto|Luonto|Terveys|Kansalaiset", "ja|puolesta", "Helsinki|Tampere|Turku|Oulu|Espoo", "hjklmnprstv", "aeiouäö", true},
	{"EE", "MTÜ|OÜ", "Keskkond|Noored|Kultuur|Naised|Haridus|Kliima|Võrgustik|Loodus|Tervis|Kodanikud", "ja|eest", "Tallinn|Tartu|Narva|Pärnu|Viljandi", "hjklmnprstv", "aeiouõäöü", true},
	{"LT", "VšĮ|asociacija", "Aplinka|Jaunimas|Kultūra|Moterys|Švietimas|Klimatas|Tinklas|Gamta|Sveikata|Piliečiai", "už|ir", "Vilnius|Kaunas|Klaipėda|Šiauliai|Panevėžys", "bdgjklmnprsštvzž", "aeiouąęėįųū", true},
}

// englishWords name alternative English names of some organizations.
var englishWords = strings.Split("Environment|Youth|Culture|Women|Education|Climate|Network|Nature|Health|Citizens", "|")

// genCountry is a member state and its language, split into lists.
type genCountry struct {
	code                        string
	forms, words, links, cities []string
	cons, vows                  []rune
	latin                       bool
}

// genCountries lists the 27 member states, each with the first language that
// names it in genLangs.
var genCountries = func() []genCountry {
	var out []genCountry
	seen := map[string]bool{}
	for _, l := range genLangs {
		for _, c := range strings.Split(l.countries, "|") {
			if seen[c] {
				continue
			}
			seen[c] = true
			out = append(out, genCountry{
				code: c, forms: strings.Split(l.forms, "|"), words: strings.Split(l.words, "|"),
				links: strings.Split(l.links, "|"), cities: strings.Split(l.cities, "|"),
				cons: []rune(l.cons), vows: []rune(l.vows), latin: l.latin,
			})
		}
	}
	return out
}()
